"""Every file Asylum Desk reads, fuzzed (promises 8 and 15).

The key file, the vault database, case files to import, scans and packet templates are
truncated, bit-flipped, overwritten with junk at fixed offsets, blown up to huge sizes,
given JSON of the wrong types and nested absurdly deep. Each bad file must give one clear
line (an Asylum Desk error or a ValueError that the command line and the app show as one
line with its own exit code), change nothing on disk (same bytes, same modification times,
no new files), never crash with anything else and never hang (an alarm fails the test).

The examples are derandomised (the same every run) so that the suite is not flaky; raise
``max_examples`` locally to hunt for more.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import random
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from asylum_desk.cli import main
from asylum_desk.cli.errors import exit_code_for, message_for
from asylum_desk.domain.disclosure import RefusedRecipientError
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.reader import read_cases
from asylum_desk.interchange.writer import write_cases
from asylum_desk.packets import templates
from asylum_desk.packets.templates import TemplateError
from asylum_desk.resources import resource_path
from asylum_desk.security.errors import (
    KeyFileDamagedError,
    UnknownUserError,
    WrongPassphraseError,
)
from asylum_desk.security.kdf import INSECURE_TEST_SWITCH
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.services.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentError,
    check_attachment,
    read_attachment,
)
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.transfer_files import export_cases
from asylum_desk.services.vault_access import create_vault, unlock
from asylum_desk.storage.engine import create_vault_engine
from asylum_desk.storage.errors import NotAVaultError, VaultDamagedError
from asylum_desk.storage.tables import AuditEventRow
from asylum_desk.ui.workers import error_message
from tests import scan_samples
from tests.conftest import PASSPHRASE, canary_case

USER = "amara"
ATTEMPTS_FILE = "vault.attempts"
HANG_SECONDS = 20.0


def fuzz(examples: int) -> Any:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# ------------------------------------------------------------------------------ helpers


class Hang(BaseException):
    """Raised by the alarm when reading a file takes too long.

    Not an Exception, so that no ``except Exception`` in the code under test can hide it.
    """


@contextmanager
def no_hang(seconds: float = HANG_SECONDS) -> Iterator[None]:
    def _alarm(signum: int, frame: object) -> None:
        raise Hang(f"reading a bad file took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder``: content hash and modification time."""
    return {
        str(path.relative_to(folder)): (_digest(path), path.lstat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


def _digest(path: Path) -> str:
    if path.is_symlink() or not path.is_file():
        return "not a file"
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def one_line(error: BaseException) -> str:
    """The error is reported as one clear line by the command line and by the app."""
    cli, app = message_for(error), error_message(error)
    for line in (str(error), cli, app):
        assert line.strip(), repr(error)
        assert "\n" not in line and "\r" not in line, repr(line)
        assert len(line) < 400, line
    assert exit_code_for(error) != 1, f"no exit code of its own: {error!r}"
    assert not app.startswith("Something went wrong"), app
    assert "Traceback" not in cli
    return cli


def flip_bits(data: bytes, bits: list[int]) -> bytes:
    changed = bytearray(data)
    for bit in bits:
        changed[(bit // 8) % len(changed)] ^= 1 << (bit % 8)
    return bytes(changed)


def nested(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def json_paths(value: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in a JSON document, for replacing one value."""
    found: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        for key, child in value.items():
            found.append((value, key))
            found.extend(json_paths(child))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.append((value, index))
            found.extend(json_paths(child))
    return found


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def mutations(draw: st.DrawFn, original: bytes, *, json_document: bool = True) -> bytes:
    """A damaged copy of ``original``: cut, flipped, junk, wrong JSON type, deep, huge."""
    how = draw(
        st.sampled_from(
            ["truncate", "flip", "junk", "deep", "huge", "not utf-8"]
            + (["wrong type"] if json_document else [])
        )
    )
    if how == "truncate":
        return original[: draw(st.integers(0, len(original) - 1))]
    if how == "flip":
        bits = draw(st.lists(st.integers(0, len(original) * 8 - 1), min_size=1, max_size=4))
        return flip_bits(original, bits)
    if how == "junk":
        offset = draw(st.integers(0, len(original) - 1))
        junk = draw(st.binary(min_size=1, max_size=64))
        return original[:offset] + junk + original[offset + len(junk) :]
    if how == "deep":
        depth = draw(st.sampled_from([100, 1_000, 20_000, 200_000]))
        kind = draw(st.sampled_from(["list", "object"]))
        if not json_document or draw(st.booleans()):
            return nested(depth, kind).encode()
        document = json.loads(original)
        container, key = draw(st.sampled_from(json_paths(document)))
        container[key] = "DEEP"
        return json.dumps(document).replace('"DEEP"', nested(depth, kind)).encode()
    if how == "huge":
        size = draw(st.sampled_from([1024 * 1024 + 1, 3 * 1024 * 1024]))
        return original + b" " * size
    if how == "not utf-8":
        offset = draw(st.integers(0, len(original) - 1))
        return original[:offset] + b"\xff\xfe\xc3" + original[offset:]
    document = json.loads(original)
    container, key = draw(st.sampled_from(json_paths(document)))
    container[key] = draw(JSON_VALUES)
    return json.dumps(document).encode()


# ------------------------------------------------------------------------------ a vault


@dataclass(frozen=True)
class Template:
    folder: Path
    data_key: bytes
    key_file: bytes
    database: bytes
    case_number: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One closed vault with a case, made once; each example works on a copy."""
    folder = tmp_path_factory.mktemp("template") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(INSECURE_TEST_SWITCH, "1")
        created = create_vault(
            folder, office_code="CPH", office_name="Office", username=USER, passphrase=PASSPHRASE
        )
        with created.vault as vault:
            number = CaseService(vault).create_case(canary_case())
            data_key = vault.data_key
    return Template(
        folder,
        data_key,
        (folder / "vault.key").read_bytes(),
        (folder / "vault.db").read_bytes(),
        number,
    )


@contextmanager
def vault_copy(template: Template) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "vault"
        shutil.copytree(template.folder, folder)
        yield folder


def unlock_fails(folder: Path, *expected: type[BaseException]) -> BaseException:
    """Unlocking the damaged vault fails with one of ``expected`` and changes nothing.

    (A wrong passphrase or an unknown user is counted in ``vault.attempts``, on purpose.)
    """
    before = snapshot(folder)
    with no_hang():
        try:
            vault = unlock(folder, USER, PASSPHRASE)
        except expected as error:
            failure: BaseException = error
        else:
            vault.close()
            raise AssertionError("a damaged vault was unlocked")
    after = snapshot(folder)
    if isinstance(failure, WrongPassphraseError | UnknownUserError):
        after.pop(ATTEMPTS_FILE, None)
    assert after == before
    one_line(failure)
    return failure


def vault_contents(folder: Path) -> tuple[list[str], str, list[str]]:
    """File names, every case (exported) and every audit action except unlocking."""
    names = sorted(path.name for path in folder.iterdir())
    with unlock(folder, USER, PASSPHRASE) as vault:
        cases = export_cases(vault)
        with vault.transaction() as session:
            actions = [
                action
                for action in session.scalars(
                    select(AuditEventRow.action).order_by(AuditEventRow.id)
                )
                if action not in {"unlock", "export"}
            ]
    return names, cases, actions


# ------------------------------------------------------------------------------ key file


@fuzz(120)
@given(data=st.data())
def test_any_damage_to_the_key_file_is_reported_as_such(
    template: Template, data: st.DataObject
) -> None:
    """Parsing: KeyFileDamagedError or a key file that still opens only the right key."""
    damaged = data.draw(mutations(template.key_file))
    with no_hang():
        try:
            key_file = KeyFile.from_bytes(damaged)
        except KeyFileDamagedError as error:
            one_line(error)
            assert exit_code_for(error) == 5
            return
        if _kdf_params(key_file) != _kdf_params(KeyFile.from_bytes(template.key_file)):
            return  # other Argon2 costs: the GCM tag fails, after up to a minute of work
        try:
            opened = key_file.unlock_user(USER, PASSPHRASE)
        except (KeyFileDamagedError, WrongPassphraseError, UnknownUserError) as error:
            one_line(error)
            return
    assert opened.data_key == template.data_key  # never a new key


def _kdf_params(key_file: KeyFile) -> list[object]:
    return [slot.kdf.params for slot in key_file.slots]


@fuzz(25)
@given(data=st.data())
def test_a_damaged_key_file_on_disk_changes_nothing(
    template: Template, data: st.DataObject
) -> None:
    how = data.draw(st.sampled_from(["truncate", "flip", "junk", "deep", "huge", "not utf-8"]))
    damaged = data.draw(mutations(template.key_file, json_document=how != "deep"))
    if damaged == template.key_file:
        return
    with vault_copy(template) as folder:
        (folder / "vault.key").write_bytes(damaged)
        error = unlock_fails(folder, KeyFileDamagedError, WrongPassphraseError, UnknownUserError)
        assert exit_code_for(error) in (3, 5)


def test_a_huge_key_file_is_refused_without_reading_it_all(template: Template) -> None:
    with vault_copy(template) as folder:
        with open(folder / "vault.key", "r+b") as handle:
            handle.truncate(200 * 1024**2)  # sparse: 200 MB on paper
        error = unlock_fails(folder, KeyFileDamagedError)
        assert exit_code_for(error) == 5
        assert "key file" in one_line(error)


@pytest.mark.parametrize("kind", ["folder", "pipe", "device", "missing"])
def test_a_key_file_that_is_not_a_file(template: Template, kind: str) -> None:
    with vault_copy(template) as folder:
        key = folder / "vault.key"
        key.unlink()
        if kind == "folder":
            key.mkdir()
        elif kind == "pipe":
            os.mkfifo(key)  # opening it would block forever
        elif kind == "device":
            key.symlink_to("/dev/zero")
        error = unlock_fails(folder, NotAVaultError)
        assert exit_code_for(error) == 5


def test_a_damaged_pending_key_file_is_discarded_while_the_database_opens_with_the_old_key(
    template: Template,
) -> None:
    with vault_copy(template) as folder:
        pending = folder / "vault.key.pending"
        pending.write_bytes(template.key_file[:100])
        with no_hang(), unlock(folder, USER, PASSPHRASE) as vault:
            assert CaseService(vault).count() == 1
        assert not pending.exists()
        assert (folder / "vault.key").read_bytes() == template.key_file


def test_a_damaged_pending_key_file_after_re_encryption_is_reported(template: Template) -> None:
    with vault_copy(template) as folder:
        # The database as a finished "PRAGMA rekey" leaves it: the old key no longer opens it.
        engine = create_vault_engine(folder / "vault.db", template.data_key)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA rekey = \"x'{os.urandom(32).hex()}'\"")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        (folder / "vault.key.pending").write_bytes(b'{"format": "asylum-desk.keyfile"')
        error = unlock_fails(folder, KeyFileDamagedError)
        assert exit_code_for(error) == 5
        assert (folder / "vault.key").read_bytes() == template.key_file


# ------------------------------------------------------------------------------ database

PAGE = 4096
FIXED_OFFSETS = [0, 8, 15, 16, 20, 24, 100, 1024, 4000, 4016, PAGE - 1, PAGE, PAGE + 16, -PAGE, -1]


@st.composite
def database_damage(draw: st.DrawFn, size: int) -> Callable[[bytes], bytes]:
    how = draw(st.sampled_from(["truncate", "junk at a fixed offset", "junk", "extra page"]))
    if how == "truncate":
        keep = draw(st.integers(0, size - 1) | st.sampled_from([0, 100, PAGE, size - PAGE]))
        return lambda data: data[:keep]
    if how == "extra page":
        junk = random.Random(draw(st.integers(0, 2**32))).randbytes(PAGE)
        return lambda data: data + junk
    if how == "junk":
        offset = draw(st.integers(0, size - 1))
    else:
        offset = draw(st.sampled_from(FIXED_OFFSETS)) % size
    mask = bytes(byte or 0x80 for byte in draw(st.binary(min_size=1, max_size=48)))

    def overwrite(data: bytes) -> bytes:
        end = min(len(data), offset + len(mask))
        changed = bytes(a ^ b for a, b in zip(data[offset:end], mask, strict=False))
        return data[:offset] + changed + data[end:]

    return overwrite


@fuzz(40)
@given(data=st.data())
def test_a_damaged_database_is_reported_as_damaged_and_never_overwritten(
    template: Template, data: st.DataObject
) -> None:
    damage = data.draw(database_damage(len(template.database)))
    with vault_copy(template) as folder:
        (folder / "vault.db").write_bytes(damage(template.database))
        error = unlock_fails(folder, VaultDamagedError)
        message = one_line(error)
        assert "damaged" in message
        assert "passphrase" not in message
        assert exit_code_for(error) == 5


# ------------------------------------------------------------------------------ case files


def _case_file() -> bytes:
    case = canary_case()
    case.case_number = "CPH-2026-0999"
    return write_cases([case]).encode()


@fuzz(60)
@given(data=st.data())
def test_a_damaged_case_file_is_refused_in_one_line(data: st.DataObject) -> None:
    original = _case_file()
    damaged = data.draw(mutations(original))
    with no_hang():
        try:
            read_cases(damaged)
        except InterchangeError as error:
            one_line(error)
            assert exit_code_for(error) == 4


@pytest.mark.parametrize("depth", [500, 5_000, 1_000_000])
@pytest.mark.parametrize("kind", ["list", "object"])
def test_deeply_nested_case_files_are_refused(depth: int, kind: str) -> None:
    document = json.loads(_case_file())
    document["cases"][0]["applicant"]["given_names"] = "DEEP"
    for text in (
        nested(depth, kind),
        json.dumps(document).replace('"DEEP"', nested(depth, kind)),
        json.dumps({"format": "asylum-desk.cases", "version": 1, "cases": "DEEP"}).replace(
            '"DEEP"', nested(depth, kind)
        ),
    ):
        with no_hang(), pytest.raises(InterchangeError) as caught:
            read_cases(text)
        one_line(caught.value)


def test_huge_values_in_a_case_file_give_short_messages() -> None:
    document = json.loads(_case_file())
    for field, value in (
        ("nationality", "M" * 5_000_000),
        ("sex", "x" * 5_000_000),
        ("date_of_birth", "1" * 5_000_000),
    ):
        changed = copy.deepcopy(document)
        changed["cases"][0]["applicant"][field] = value
        with no_hang(), pytest.raises(InterchangeError) as caught:
            read_cases(json.dumps(changed))
        assert len(one_line(caught.value)) < 200
    with no_hang(), pytest.raises(InterchangeError) as caught:
        read_cases('{"format": "asylum-desk.cases", "version": ' + "9" * 100_000 + "}")
    one_line(caught.value)


def test_an_import_with_a_huge_attachment_changes_nothing(
    template: Template, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(_case_file())
    huge = scan_samples.jpeg() + bytes(MAX_ATTACHMENT_BYTES)
    document["cases"][0]["attachments"] = [
        {"file_name": "huge.jpg", "content_base64": base64.b64encode(huge).decode()}
    ]
    with vault_copy(template) as folder:
        case_file = folder.parent / "cases.json"
        case_file.write_text(json.dumps(document))
        before, file_before = vault_contents(folder), snapshot(folder.parent)
        monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
        with no_hang():
            code = main(["import", "--vault", str(folder), "--user", USER, str(case_file)])
        err = capsys.readouterr().err
        assert code == 4
        assert err.count("\n") == 1
        assert "cases[0].attachments[0]: huge.jpg is too large (20 MB); scans over 20 MB" in err
        assert vault_contents(folder) == before
        assert snapshot(folder.parent)["cases.json"] == file_before["cases.json"]


@fuzz(6)
@given(data=st.data())
def test_a_damaged_case_file_through_the_command_line_changes_nothing(
    template: Template, data: st.DataObject
) -> None:
    damaged = data.draw(mutations(_case_file()))
    with vault_copy(template) as folder:
        case_file = folder.parent / "cases.json"
        case_file.write_bytes(damaged)
        before = vault_contents(folder)
        os.environ["ASYLUM_DESK_PASSPHRASE"] = PASSPHRASE
        try:
            with no_hang():
                code = main(["import", "--vault", str(folder), "--user", USER, str(case_file)])
        finally:
            del os.environ["ASYLUM_DESK_PASSPHRASE"]
        assert case_file.read_bytes() == damaged
        if code == 0:  # the damage left a valid file (another name, say)
            return
        assert code == 4
        assert vault_contents(folder) == before


# ------------------------------------------------------------------------------ scans


SIGNATURES = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"%PDF-", b"%PDF-1.7\n", b""]


@st.composite
def scans(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.sampled_from(SIGNATURES)) + draw(st.binary(max_size=2000))
    original = draw(
        st.sampled_from(
            [
                scan_samples.png((30, 20)),
                scan_samples.jpeg((30, 20)),
                scan_samples.pdf(pages=2),
                scan_samples.png_declaring(9000, 9000),
            ]
        )
    )
    return draw(mutations(original, json_document=False))


@fuzz(150)
@given(content=scans())
def test_any_scan_is_accepted_as_what_it_is_or_refused_in_one_line(content: bytes) -> None:
    with no_hang():
        try:
            media_type = check_attachment("scan.bin", content)
        except AttachmentError as error:
            assert one_line(error).startswith("scan.bin ")
        else:
            assert media_type in {"image/png", "image/jpeg", "application/pdf"}


@fuzz(20)
@given(content=scans())
def test_reading_a_bad_scan_changes_nothing(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "scan.png"
        path.write_bytes(content)
        before = snapshot(Path(work))
        with no_hang():
            try:
                read_attachment(path)
            except AttachmentError as error:
                one_line(error)
        assert snapshot(Path(work)) == before


# ------------------------------------------------------------------------------ templates

TEMPLATE_FILES = sorted(path.name for path in resource_path("templates").glob("*.json"))
SAMPLE_VALUES = {name: f"<{name}>" for name in templates.PLACEHOLDERS}


def _load_everything(folder: Path) -> None:
    """What the packet code reads from a templates folder, and fills in like it does."""
    for recipient in templates.available_recipients(folder):
        for language in ("en", "my"):
            profile = templates.load_profile(recipient, language, folder=folder)
            wording = profile.wording
            for text in (
                *wording.cover_letter,
                *wording.declaration,
                *wording.interpreter_certificate,
                *wording.caseworker_certificate,
            ):
                text.format_map(SAMPLE_VALUES)
    for language in templates.applicant_languages(folder):
        wording = templates.load_applicant_wording(language, folder=folder)
        for text in (*wording.declaration, *wording.notice_paragraphs):
            text.format_map(SAMPLE_VALUES)


PLACEHOLDER_TRAPS = ["{date:>999999999}", "{date!r}", "{date!z}", "{date:%Y}", "{}", "{0}"]


@st.composite
def template_damage(draw: st.DrawFn, original: bytes) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        document = json.loads(original)
        texts = [(c, k) for c, k in json_paths(document) if isinstance(c[k], str)]
        container, key = draw(st.sampled_from(texts))
        container[key] += " " + draw(st.sampled_from(PLACEHOLDER_TRAPS))
        return json.dumps(document, ensure_ascii=False).encode()
    return draw(mutations(original))


@fuzz(80)
@given(data=st.data())
def test_a_damaged_template_is_refused_in_one_line(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(TEMPLATE_FILES))
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for file in TEMPLATE_FILES:
            shutil.copyfile(resource_path("templates") / file, folder / file)
        original = (folder / name).read_bytes()
        (folder / name).write_bytes(data.draw(template_damage(original)))
        before = snapshot(folder)
        with no_hang():
            try:
                _load_everything(folder)
            except (TemplateError, RefusedRecipientError) as error:
                assert exit_code_for(error) == 2
                one_line(error)
        assert snapshot(folder) == before


def test_templates_that_are_not_files_are_skipped_or_refused(tmp_path: Path) -> None:
    for file in TEMPLATE_FILES:
        shutil.copyfile(resource_path("templates") / file, tmp_path / file)
    os.mkfifo(tmp_path / "police.en.json")  # reading it would block forever
    (tmp_path / "court.en.json").mkdir()
    with no_hang():
        assert "police" not in templates.available_recipients(tmp_path)
        with pytest.raises(TemplateError) as caught:
            templates.load_profile("police", folder=tmp_path)
    one_line(caught.value)


def test_a_huge_template_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "unhcr.en.json"
    shutil.copyfile(resource_path("templates") / "unhcr.en.json", path)
    with open(path, "r+b") as handle:
        handle.truncate(200 * 1024**2)  # sparse: 200 MB on paper
    with no_hang(), pytest.raises(TemplateError) as caught:
        templates.load_profile("unhcr", folder=tmp_path)
    assert "too large" in one_line(caught.value)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda text: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (lambda text: text.replace("{date}", "{date!z}", 1), "only plain placeholders"),
        (lambda text: text.replace("{date}", "{date:>999999999}", 1), "only plain placeholders"),
        (lambda text: text.replace("{date}", "{da\\nte}", 1), "unknown placeholder {da te}"),
    ],
    ids=["deep", "conversion", "format spec", "line break"],
)
def test_template_problems_found_by_fuzzing(
    tmp_path: Path, change: Callable[[str], str], problem: str
) -> None:
    """Each of these crashed or passed loading and failed (or blew up) making a packet."""
    for file in TEMPLATE_FILES:
        shutil.copyfile(resource_path("templates") / file, tmp_path / file)
    path = tmp_path / "unhcr.en.json"
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with no_hang(), pytest.raises(TemplateError) as caught:
        templates.load_profile("unhcr", folder=tmp_path)
    assert problem in one_line(caught.value)


def test_the_shipped_templates_load_and_fill() -> None:
    _load_everything(resource_path("templates"))


def test_an_export_after_all_this_still_reads_back(template: Template) -> None:
    """The fuzzing above never touched the template vault itself."""
    assert (template.folder / "vault.key").read_bytes() == template.key_file
    assert (template.folder / "vault.db").read_bytes() == template.database
    with vault_copy(template) as folder, unlock(folder, USER, PASSPHRASE) as vault:
        [case] = read_cases(export_cases(vault, [template.case_number]))
        assert case.case_number == template.case_number
