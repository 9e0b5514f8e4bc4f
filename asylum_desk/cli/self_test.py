"""``asylum-desk self-test``: prove on this computer that the installation works, headless.

It makes a throwaway vault in a temporary folder with a passphrase of its own, imports the
invented demo cases through the interchange format (checked against the bundled schema),
renders one packet (bundled fonts and templates) and reads it back, opens the vault again with
its passphrase and verifies it. One line per step; any failure is one line and exit code 1.
The temporary folder is always removed. No real case is touched: no vault of the user's is
opened.
"""

from __future__ import annotations

import argparse
import io
import json
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from asylum_desk import __version__

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

PASSED = "self-test passed"
OFFICE_CODE = "TEST"
OFFICE_NAME = "Self-test office"
USER = "selftest"
RECIPIENT = "unhcr"


@dataclass
class _Run:
    """What the steps hand on to each other."""

    folder: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    vault: OpenVault | None = None
    case_numbers: list[str] = field(default_factory=list)

    def open_vault(self) -> OpenVault:
        if self.vault is None:
            raise RuntimeError("the vault was not created")
        return self.vault

    def close(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None


def _vault(run: _Run) -> str:
    from asylum_desk.services import vault_access
    from asylum_desk.storage.migrate import head_revision

    created = vault_access.create_vault(
        run.folder / "vault",
        office_code=OFFICE_CODE,
        office_name=OFFICE_NAME,
        username=USER,
        passphrase=run.passphrase,
    )
    run.vault = created.vault
    return f"created an encrypted vault (schema {head_revision()}) in a temporary folder"


def _import(run: _Run) -> str:
    import jsonschema

    from asylum_desk.interchange import load_schema
    from asylum_desk.interchange.writer import write_cases
    from asylum_desk.services.demo_cases import demo_cases
    from asylum_desk.services.transfer_files import import_cases

    document = write_cases(demo_cases())
    jsonschema.validate(json.loads(document), load_schema())
    run.case_numbers = import_cases(run.open_vault(), document)
    if not run.case_numbers:
        raise RuntimeError("no demo case was imported")
    return f"imported {len(run.case_numbers)} demo cases (the file matches the schema)"


def _packet(run: _Run) -> str:
    from pypdf import PdfReader

    from asylum_desk.services.packets import make_packet

    number = run.case_numbers[0]
    packet = make_packet(run.open_vault(), number, RECIPIENT)
    reader = PdfReader(io.BytesIO(packet.pdf))
    pages = len(reader.pages)
    if pages < 1 or pages != packet.page_count:
        raise RuntimeError(f"the packet has {pages} pages, expected {packet.page_count}")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if number not in text:
        raise RuntimeError(f"the packet's text does not name case {number}")
    return f"rendered the {RECIPIENT} packet of {number}: {pages} pages, read back"


def _verify(run: _Run) -> str:
    from asylum_desk.services import vault_access
    from asylum_desk.services.verification import verify_vault

    run.close()
    with vault_access.unlock(run.folder / "vault", USER, run.passphrase) as vault:
        report = verify_vault(vault)
    if not report.ok:
        raise RuntimeError("; ".join(report.problems))
    if report.cases != len(run.case_numbers):
        raise RuntimeError(f"the vault holds {report.cases} cases, not {len(run.case_numbers)}")
    return (
        f"unlocked the vault again and verified it: {report.cases} cases, "
        f"{report.audit_events} audit events, encryption pages and audit chain intact"
    )


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("vault", _vault),
    ("import", _import),
    ("packet", _packet),
    ("verify", _verify),
)


def _print_error(line: str) -> None:
    print(line, file=sys.stderr)


def run_self_test(
    print_line: Callable[[str], None] = print, print_error: Callable[[str], None] = _print_error
) -> bool:
    """Run every step, printing one line each; True when all passed."""
    folder = Path(tempfile.mkdtemp(prefix="asylum-desk-self-test-"))
    run = _Run(folder)
    try:
        print_line(f"asylum-desk {__version__} self-test")
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                said = step(run)
            except Exception as error:  # noqa: BLE001 - every failure becomes one line
                reason = str(error).splitlines()[0] if str(error) else type(error).__name__
                print_error(f"{name}: FAILED: {type(error).__name__}: {reason}")
                return False
            print_line(f"{name}: {said} ({time.perf_counter() - started:.1f} s)")
        print_line(PASSED)
        return True
    finally:
        try:
            run.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def cmd_self_test(args: argparse.Namespace) -> int:
    """Check that this installation works; exit 0 when it does, 1 naming the failed step."""
    del args
    return 0 if run_self_test() else 1
