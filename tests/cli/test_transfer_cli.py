"""`asylum-desk identity`, `offices` and `transfer` end to end between two vault folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_desk.cli import main
from asylum_desk.services import vault_access
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import create_vault
from tests.conftest import CANARY_BURMESE, CANARY_NAME, PASSPHRASE, canary_case


class Offices:
    """Two closed vaults (CPH with two canary cases, AIZ empty) and a way to run the CLI."""

    def __init__(
        self, root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.root = root
        self.capsys = capsys
        monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
        self.a, self.b = root / "cph", root / "aiz"
        for folder, code in ((self.a, "CPH"), (self.b, "AIZ")):
            created = create_vault(
                folder,
                office_code=code,
                office_name=f"{code} office",
                username="amara",
                passphrase=PASSPHRASE,
            )
            with created.vault as vault:
                if code == "CPH":
                    service = CaseService(vault)
                    self.numbers = [service.create_case(canary_case()) for _ in range(2)]

    def run(self, *argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def on(self, vault: Path, *argv: str) -> tuple[int, str, str]:
        command, *rest = argv
        if command in ("offices", "transfer"):
            action, *rest = rest
            return self.run(command, action, "--vault", str(vault), "--user", "amara", *rest)
        return self.run(command, "--vault", str(vault), "--user", "amara", *rest)

    def identity(self, vault: Path) -> tuple[str, str]:
        code, out, err = self.on(vault, "identity")
        assert code == 0, err
        return out.strip(), err.split("Fingerprint: ")[1].strip()


@pytest.fixture
def offices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Offices:
    return Offices(tmp_path, capsys, monkeypatch)


def test_exchange_send_and_receive(offices: Offices) -> None:
    text_a, fp_a = offices.identity(offices.a)
    text_b, fp_b = offices.identity(offices.b)
    assert text_a.startswith("asylum-desk-office:v1:CPH:")
    assert offices.identity(offices.a) == (text_a, fp_a)  # made once

    code, _, err = offices.on(offices.a, "offices", "add", text_b)  # stdin is not a terminal
    assert code == 2 and fp_b in err
    code, _, err = offices.on(offices.a, "offices", "add", text_b, "--accept-fingerprint", fp_b)
    assert code == 0, err
    code, out, _ = offices.on(offices.a, "offices", "list")
    assert out.startswith(f"AIZ\t{fp_b}\t")

    bundle = offices.root / "outbox.adbundle"
    argv = ["--to", "AIZ", "--case", offices.numbers[0], "--case", offices.numbers[1]]
    code, _, err = offices.on(offices.a, "transfer", "export", *argv, "--out", str(bundle))
    assert code == 0, err
    data = bundle.read_bytes()
    assert data.startswith(b"age-encryption.org/v1")
    for canary in (CANARY_NAME, CANARY_BURMESE):
        assert canary.encode("utf-8") not in data and canary.encode("utf-16-le") not in data

    # B does not know A yet: refused, naming the fingerprint, nothing imported.
    code, out, err = offices.on(offices.b, "transfer", "import", str(bundle))
    assert code == 4 and fp_a in err and "--accept-sender" in err and err.count("\n") == 1
    code, out, err = offices.on(
        offices.b, "transfer", "import", str(bundle), "--accept-sender", fp_a
    )
    assert code == 0, err
    assert sorted(out.splitlines()) == sorted(f"{n}\tnew" for n in offices.numbers)
    assert "2 new, 0 merged, 0 new conflicts." in err

    # Again: the cases exist now; they merge, with nothing to change.
    code, out, err = offices.on(offices.b, "transfer", "import", str(bundle))
    assert code == 0, err
    assert sorted(out.splitlines()) == sorted(f"{n}\tmerged" for n in offices.numbers)
    assert "0 new, 2 merged, 0 new conflicts." in err

    code, _, err = offices.on(offices.b, "verify")
    assert code == 0, err


def test_damaged_bundle_is_one_line_and_changes_nothing(offices: Offices) -> None:
    text_b, fp_b = offices.identity(offices.b)
    text_a, fp_a = offices.identity(offices.a)
    offices.on(offices.a, "offices", "add", text_b, "--accept-fingerprint", fp_b)
    offices.on(offices.b, "offices", "add", text_a, "--accept-fingerprint", fp_a)
    bundle = offices.root / "outbox.adbundle"
    code, _, err = offices.on(
        offices.a,
        "transfer",
        "export",
        "--to",
        "AIZ",
        "--case",
        offices.numbers[0],
        "--out",
        str(bundle),
    )
    assert code == 0, err
    data = bundle.read_bytes()
    bundle.write_bytes(data[: len(data) - 7])
    code, out, err = offices.on(offices.b, "transfer", "import", str(bundle))
    assert code == 4 and out == "" and err.startswith("asylum-desk: ") and err.count("\n") == 1
    with vault_access.unlock(offices.b, "amara", PASSPHRASE) as vault:
        assert CaseService(vault).count() == 0

    code, _, err = offices.on(
        offices.a,
        "transfer",
        "export",
        "--to",
        "MDY",
        "--case",
        offices.numbers[0],
        "--out",
        str(offices.root / "other.adbundle"),
    )
    assert code == 2 and "not in the address book" in err
    assert not (offices.root / "other.adbundle").exists()
