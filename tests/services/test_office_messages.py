"""Backups, restore, retention, statistics and verification tell people things as ``Text``.

The English sentence stays as it was; the error keeps its template and values so the
interface can show it in its own language (``ui/workers.py`` ``error_message``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from asylum_desk.domain.messages import Text
from asylum_desk.services import retention
from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.backup import (
    BackupConflictError,
    BackupFileError,
    BackupUnknownUserError,
    BackupWrongPassphraseError,
    NewerBackupError,
    check_backup_destination,
    describe_backup,
    take_backup,
)
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.notices import save_notice
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.restore import restore_backup
from asylum_desk.services.retention import RetentionError
from asylum_desk.services.statistics import StatisticsQuery, parse_tables
from asylum_desk.services.statistics_export import output_paths
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.tables import AuditEventRow
from tests.conftest import PASSPHRASE, canary_case


def message(error: pytest.ExceptionInfo[BaseException]) -> Text:
    """The error's first argument, which must be a ``Text``."""
    first = error.value.args[0]
    assert isinstance(first, Text), f"{type(first).__name__}: {first!r}"
    return first


@pytest.mark.vault_file_only
def test_backup_refusals_keep_their_template_and_values(vault: OpenVault, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(ValueError) as missing:
        check_backup_destination(tmp_path / "nowhere" / "b.adbackup", vault.files.folder)
    assert message(missing).template == "Cannot write {out}: the folder {folder} does not exist."
    assert message(missing).values["folder"] == tmp_path / "nowhere"
    with pytest.raises(ValueError) as inside:
        check_backup_destination(vault.files.folder / "b.adbackup", vault.files.folder)
    assert str(message(inside)) == (
        "Keep backups outside the vault folder (on a USB stick, for example)."
    )
    (usb / "notes.txt").write_text("not a backup")
    with pytest.raises(BackupConflictError) as other_file:
        check_backup_destination(usb / "notes.txt", vault.files.folder)
    assert message(other_file).template == (
        "{out} exists and is not an Asylum Desk backup; choose another file name."
    )
    with pytest.raises(BackupFileError) as not_backup:
        describe_backup(usb / "notes.txt")
    assert message(not_backup).values == {"shown": usb / "notes.txt"}
    assert str(not_backup.value) == f"{usb / 'notes.txt'} is not an Asylum Desk backup file; " + (
        "nothing was changed."
    )


@pytest.mark.vault_file_only
def test_a_damaged_or_tampered_backup_and_a_wrong_user_say_so_translatably(
    vault: OpenVault, tmp_path: Path
) -> None:
    CaseService(vault).create_case(canary_case())
    out = tmp_path / "office.adbackup"
    take_backup(vault, out)
    with pytest.raises(BackupWrongPassphraseError) as wrong:
        restore_backup(out, tmp_path / "restored", "amara", "not the passphrase at all")
    assert message(wrong).template.startswith("The passphrase is not correct for user '{user}'")
    assert message(wrong).values == {"user": "amara"}
    with pytest.raises(BackupUnknownUserError) as unknown:
        restore_backup(out, tmp_path / "restored", "nobody", PASSPHRASE)
    assert message(unknown).template == "There is no user '{user}' in this backup."
    with pytest.raises(ValueError) as neither:
        restore_backup(out, tmp_path / "restored", "amara")
    assert message(neither).template == "Restoring needs either a passphrase or the recovery key."

    data = bytearray(out.read_bytes())
    data[-1] ^= 0xFF  # the checksum no longer matches
    damaged = tmp_path / "damaged.adbackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupFileError) as broken:
        describe_backup(damaged)
    assert message(broken).template == (
        "The backup {shown} is damaged or incomplete (its checksum does not match); "
        "nothing was changed."
    )
    assert message(broken).values == {"shown": damaged}


@pytest.mark.vault_file_only
def test_a_backup_header_that_was_tampered_with_is_reported_as_tampered(tmp_path: Path) -> None:
    import hashlib
    import json
    import struct

    from asylum_desk.services import backup

    def container(header: dict[str, object]) -> Path:
        body = json.dumps(header).encode()
        data = backup.MAGIC + struct.pack(">I", len(body)) + body + bytes(32)
        path = tmp_path / f"v{header.get('version')}.adbackup"
        path.write_bytes(data + hashlib.sha256(data).digest())
        return path

    with pytest.raises(BackupFileError) as tampered:
        describe_backup(container({"format": "something else", "version": 1}))
    assert message(tampered).template.startswith("The backup {shown} was changed after it")
    with pytest.raises(NewerBackupError) as newer:
        describe_backup(container({"format": backup.FORMAT_NAME, "version": 99}))
    assert message(newer).template == (
        "This backup was written by a newer version of Asylum Desk; please update."
    )


def test_retention_refusals_are_text(vault: OpenVault) -> None:
    with pytest.raises(RetentionError) as too_long:
        retention.set_retention_years(vault, 500)
    assert message(too_long).template == (
        "The retention period must be between 1 and {most} years, not {years}."
    )
    assert message(too_long).values == {"most": retention.MAX_RETENTION_YEARS, "years": 500}
    number = CaseService(vault).create_case(canary_case())
    CaseService(vault).close_case(number, "moved away")
    with pytest.raises(RetentionError) as no_period:
        retention.erase_cases(vault, [number], date.today() + timedelta(days=9999))
    assert message(no_period).values == {"number": number}
    retention.set_retention_years(vault, 3)
    with pytest.raises(RetentionError) as not_due:
        retention.erase_cases(vault, [number])
    assert message(not_due).template == (
        "Case {number} is not due for erasure (only closed cases are, {years} years after closing)."
    )
    assert message(not_due).values == {"number": number, "years": 3}
    with pytest.raises(ValueError) as too_many:
        read_audit_log(vault, AuditQuery(limit=5000))
    assert message(too_many).values == {"most": 1000}


def test_statistics_and_file_refusals_are_text(tmp_path: Path) -> None:
    with pytest.raises(ValueError) as month:
        StatisticsQuery(crossed_from="2026-13")
    assert message(month).template == "{bound!r} is not a month (use YYYY-MM)."
    assert str(month.value) == "'2026-13' is not a month (use YYYY-MM)."
    with pytest.raises(ValueError) as backwards:
        StatisticsQuery(crossed_from="2026-05", crossed_to="2026-01")
    assert message(backwards).values == {"end": "2026-01"}
    with pytest.raises(ValueError) as low:
        StatisticsQuery(threshold=1)
    assert message(low).template == "The threshold must be at least {least}."
    with pytest.raises(ValueError) as table:
        parse_tables(["month", "shoe_size"])
    assert message(table).values["names"] == "month, shoe_size"
    with pytest.raises(ValueError) as suffix:
        output_paths(tmp_path / "figures.pdf", parse_tables(["all"]))
    assert message(suffix).template == "Cannot write {out}: the file must end in .csv or .xlsx."
    with pytest.raises(ValueError) as folder:
        save_notice(tmp_path / "gone" / "notice.pdf", b"%PDF")
    assert message(folder).values == {
        "path": tmp_path / "gone" / "notice.pdf",
        "folder": tmp_path / "gone",
    }


def test_verification_problems_are_text(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    with vault.transaction() as session:
        row = session.query(AuditEventRow).filter_by(case_number=number).one()
        session.delete(row)  # the audit trail breaks and the case loses its fingerprint
    problems = verify_vault(vault).problems
    assert problems and all(isinstance(problem, Text) for problem in problems)
    templates = {problem.template for problem in problems}  # type: ignore[attr-defined]
    assert templates & {
        "audit trail row {row} {reason}",
        "case {number} was changed outside Asylum Desk (it does not match its last audit entry)",
    }
