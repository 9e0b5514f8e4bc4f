"""Promise 1: the files on disk hold no stored value in any encoding."""

from pathlib import Path

from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import export_cases, import_cases
from asylum_desk.services.vault_access import unlock
from asylum_desk.storage.vault_files import VaultFiles
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    CANARY_STATEMENT,
    PASSPHRASE,
    canary_case,
)

CANARIES = [CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, CANARY_STATEMENT]
WORDS = ["Kyawswa", "Quillwhistle", "marchers", "Thitpyinkone", "Sagaing", "Battalion"]


def _encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")]


def _vault_files(files: VaultFiles) -> list[Path]:
    return [path for path in files.folder.iterdir() if path.is_file()]


def assert_no_plaintext(paths: list[Path]) -> None:
    assert paths
    for path in paths:
        data = path.read_bytes()
        lowered = data.lower()
        for value in CANARIES + WORDS:
            for encoded in _encodings(value):
                assert encoded not in data, f"{value!r} found in {path.name}"
                assert encoded.lower() not in lowered, f"{value!r} found in {path.name}"


def test_database_wal_and_key_file_hold_no_plaintext_while_open(vault: OpenVault) -> None:
    service = CaseService(vault)
    with vault.engine.connect():  # an open reader keeps the write-ahead log on disk
        numbers = [service.create_case(canary_case()) for _ in range(3)]
        import_cases(vault, export_cases(vault, numbers).replace("CPH-2026-000", "CPH-2026-100"))
        assert service.search("Kyawswa")
        files = _vault_files(vault.files)
        assert any(path.name.endswith("-wal") and path.stat().st_size for path in files)
        assert_no_plaintext(files)


def test_files_hold_no_plaintext_after_close_and_edit(vault: OpenVault, vault_path: Path) -> None:
    number = CaseService(vault).create_case(canary_case())
    vault.close()
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        service = CaseService(reopened)
        case = service.get_case(number)
        case.applicant.given_names = "Someone Else"
        service.update_case(case)
    files = _vault_files(VaultFiles(vault_path))
    assert not (vault_path / "vault.db").read_bytes().startswith(b"SQLite format 3")
    assert_no_plaintext(files)
