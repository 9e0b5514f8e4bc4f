"""The headless command line: ``asylum-desk <command>``, calling the same services as the app.

Exit codes: 0 ok, 2 usage, 3 authentication failed, 4 invalid input file,
5 vault missing/damaged/not a vault, 6 conflict. Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from asylum_desk import __version__
from asylum_desk.cli import secrets as cli_secrets
from asylum_desk.cli.errors import InputFileError, exit_code_for, message_for
from asylum_desk.domain.enums import Role
from asylum_desk.security.office_identity import parse_public_identity
from asylum_desk.security.process_hardening import disable_core_dumps
from asylum_desk.services import bundles, users, vault_access
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import export_cases, import_cases
from asylum_desk.services.verification import verify_vault

OK, USAGE, AUTH, BAD_INPUT, VAULT, CONFLICT = 0, 2, 3, 4, 5, 6

RECOVERY_NOTICE = """\
Recovery key for this vault (shown only this once):

    {key}

Print or write it on paper and keep it locked away from the laptop. With it, a lost
passphrase can be replaced; without it and without any passphrase, the cases cannot be
recovered by anyone."""


class UsageError(Exception):
    """Arguments that make no sense together."""


def _vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", required=True, type=Path, help="the vault folder")
    parser.add_argument("--user", required=True, help="your user name in the vault")
    parser.add_argument(
        "--passphrase-file", help="read your passphrase from this file (first line)"
    )


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        help="read the new passphrase from this file "
        "(else $ASYLUM_DESK_NEW_PASSPHRASE or a prompt)",
    )


def build_parser() -> argparse.ArgumentParser:
    """All commands and their options."""
    parser = argparse.ArgumentParser(
        prog="asylum-desk",
        description="Offline, encrypted case records for field offices. "
        "Without a command, the desktop app starts.",
        epilog="Passphrases come from $ASYLUM_DESK_PASSPHRASE, --passphrase-file or a prompt.",
    )
    parser.add_argument("--version", action="version", version=f"asylum-desk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument(
        "--vault", type=Path, help="the vault folder the desktop app opens (default: data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new, empty vault")
    init.add_argument("--vault", required=True, type=Path, help="folder to create")
    init.add_argument("--office-code", required=True, help="2–8 letters, e.g. CPH")
    init.add_argument("--office-name", required=True, help="the office's name")
    init.add_argument("--user", required=True, help="the first user (an administrator)")
    init.add_argument("--passphrase-file", help="read the first user's passphrase from a file")

    imp = commands.add_parser("import", help="import cases from an interchange JSON file")
    _vault_options(imp)
    imp.add_argument("file", type=Path, help="cases file (interchange format v1)")

    exp = commands.add_parser("export", help="export cases to an interchange JSON file")
    _vault_options(exp)
    exp.add_argument("--case", action="append", dest="cases", metavar="N", help="repeatable")
    exp.add_argument("--out", required=True, type=Path, help="file to write")

    search = commands.add_parser("search", help="find cases by number, name or place")
    _vault_options(search)
    search.add_argument("query", help="words to look for (prefixes match)")
    search.add_argument("--json", action="store_true", help="print JSON instead of lines")
    search.add_argument("--limit", type=int, default=50, help="at most this many (50)")

    verify = commands.add_parser("verify", help="check encryption pages, audit trail, cases")
    _vault_options(verify)

    passwd = commands.add_parser("passwd", help="change your passphrase")
    _vault_options(passwd)
    _new_passphrase_option(passwd)

    recover = commands.add_parser("recover", help="set a new passphrase with the recovery key")
    recover.add_argument("--vault", required=True, type=Path, help="the vault folder")
    recover.add_argument("--user", required=True, help="whose passphrase to replace")
    recover.add_argument("--recovery-key-file", help="read the recovery key from a file")
    _new_passphrase_option(recover)

    add_user = commands.add_parser("add-user", help="give another person access (admins)")
    _vault_options(add_user)
    add_user.add_argument("--new-user", required=True, help="the new user's name")
    add_user.add_argument(
        "--role", required=True, choices=[role.value for role in Role], help="what they may do"
    )
    _new_passphrase_option(add_user)

    rekey = commands.add_parser("rekey", help="re-encrypt with a new key after a compromise")
    _vault_options(rekey)

    remove_user = commands.add_parser("remove-user", help="take away a user's access (admins)")
    _vault_options(remove_user)
    remove_user.add_argument("--name", required=True, help="the user to remove")
    remove_user.add_argument(
        "--no-rekey",
        action="store_true",
        help="do not re-encrypt afterwards (an old copy of the key file would then still "
        "open the vault with their passphrase)",
    )

    set_role = commands.add_parser("set-role", help="change another user's role (admins)")
    _vault_options(set_role)
    set_role.add_argument("--name", required=True, help="whose role to change")
    set_role.add_argument(
        "--role", required=True, choices=[role.value for role in Role], help="the new role"
    )

    assign = commands.add_parser(
        "assign", help="assign a case to a caseworker or interpreter (supervisors)"
    )
    _vault_options(assign)
    assign.add_argument("--case", required=True, help="the case number")
    assign.add_argument("--to", required=True, dest="assignee", metavar="USERNAME")
    assign.add_argument("--remove", action="store_true", help="withdraw the assignment instead")

    retention = commands.add_parser(
        "retention", help="the retention period; the closed cases due for erasure"
    )
    _vault_options(retention)
    retention_action = retention.add_mutually_exclusive_group()
    retention_action.add_argument(
        "--years", type=int, metavar="N", help="erase closed cases N years after closing (admins)"
    )
    retention_action.add_argument(
        "--off", action="store_true", help="no retention period: no case is ever due (admins)"
    )
    retention_action.add_argument(
        "--due", action="store_true", help="list the cases due for erasure (supervisors)"
    )

    erase = commands.add_parser("erase", help="erase closed cases due for erasure (supervisors)")
    _vault_options(erase)
    erase.add_argument(
        "--case",
        action="append",
        dest="cases",
        required=True,
        metavar="N",
        help="a case listed by retention --due (repeatable)",
    )

    packet = commands.add_parser("packet", help="make a case's application packet (PDF)")
    _vault_options(packet)
    packet.add_argument("--case", required=True, help="the case number")
    packet.add_argument(
        "--recipient", required=True, help="who receives it: government, unhcr, counsel, ..."
    )
    packet.add_argument(
        "--lang",
        default=None,
        choices=["en", "my"],
        help="the applicant's language: the declaration is in English and in this one "
        "(default: the statement's language, else my)",
    )
    target = packet.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="the PDF file to write")
    target.add_argument(
        "--preview", action="store_true", help="only list what the recipient would receive"
    )
    packet.add_argument(
        "--password-file", dest="file_password_file", help="encrypt the PDF with this password"
    )

    notice = commands.add_parser(
        "notice", help="print the applicant information notice (PDF; no vault needed)"
    )
    notice.add_argument(
        "--lang",
        required=True,
        choices=["en", "my"],
        help="the applicant's language (my: Burmese, then English from a new page)",
    )
    notice.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    notice.add_argument("--office", default="", help="the office's name, shown in the header")

    backup = commands.add_parser("backup", help="write one encrypted, verified backup file")
    _vault_options(backup)
    backup.add_argument(
        "--out",
        required=True,
        type=Path,
        help="the backup file (an earlier backup there is replaced only by a verified one)",
    )

    restore = commands.add_parser(
        "restore", help="restore a backup; the vault it replaces is kept aside"
    )
    _vault_options(restore)
    restore.add_argument("file", nargs="?", type=Path, help="the backup file to restore")
    restore.add_argument(
        "--discard-replaced",
        action="store_true",
        help="instead: delete the vaults earlier restores kept aside (once this one works)",
    )
    restore.add_argument(
        "--recovery-key",
        action="store_true",
        help="open the backup with its recovery key instead of a passphrase "
        "(from $ASYLUM_DESK_RECOVERY_KEY, --recovery-key-file or a prompt)",
    )
    restore.add_argument("--recovery-key-file", help="read the recovery key from this file")

    stats = commands.add_parser(
        "stats", help="case counts with small counts suppressed, as CSV or XLSX (supervisors)"
    )
    _vault_options(stats)
    stats.add_argument("--from", dest="crossed_from", metavar="YYYY-MM", help="crossed from")
    stats.add_argument("--to", dest="crossed_to", metavar="YYYY-MM", help="crossed until")
    stats.add_argument(
        "--threshold", type=int, default=5, help="suppress counts below this (default 5, min 3)"
    )
    stats.add_argument(
        "--table",
        action="append",
        dest="tables",
        choices=["month", "district", "crossing_point", "reason", "status", "vulnerability", "all"],
        help="repeatable (default: all); CSV writes FILE-TABLE.csv per table when several",
    )
    stats.add_argument("--out", required=True, type=Path, help="a .csv or .xlsx file to write")

    identity = commands.add_parser(
        "identity", help="print this office's public identity and fingerprint (for bundles)"
    )
    _vault_options(identity)

    offices = commands.add_parser("offices", help="the address book of other offices")
    office_commands = offices.add_subparsers(dest="offices_command", metavar="ACTION")
    offices_add = office_commands.add_parser(
        "add", help="add another office's identity (supervisors) after checking its fingerprint"
    )
    _vault_options(offices_add)
    offices_add.add_argument("identity", metavar="TEXT", help="the office's identity line")
    offices_add.add_argument(
        "--accept-fingerprint", metavar="FP", help="the fingerprint you compared by phone"
    )
    offices_list = office_commands.add_parser("list", help="list the offices you can send to")
    _vault_options(offices_list)

    transfer = commands.add_parser("transfer", help="send or receive encrypted case bundles")
    transfer_commands = transfer.add_subparsers(dest="transfer_command", metavar="ACTION")
    send = transfer_commands.add_parser("export", help="write a signed, encrypted bundle")
    _vault_options(send)
    send.add_argument("--to", action="append", required=True, metavar="OFFICE_CODE")
    send.add_argument("--case", action="append", required=True, dest="cases", metavar="N")
    send.add_argument("--out", required=True, type=Path, help="the .adbundle file to write")
    receive = transfer_commands.add_parser("import", help="check and import a bundle")
    _vault_options(receive)
    receive.add_argument("file", type=Path, help="the .adbundle file")
    receive.add_argument(
        "--accept-sender", metavar="FP", help="add an unknown sender with this fingerprint"
    )

    demo = commands.add_parser("demo", help="create a vault of invented demo cases")
    demo.add_argument("--vault", required=True, type=Path, help="folder to create")
    demo.add_argument("--user", default="demo", help="user name (default: demo)")
    demo.add_argument("--passphrase-file", help="read the passphrase from a file")
    return parser


def _unlock(args: argparse.Namespace) -> OpenVault:
    secret = cli_secrets.passphrase(args.passphrase_file, args.user)
    vault = vault_access.unlock(
        args.vault,
        args.user,
        secret,
        on_wait=lambda line: print(f"asylum-desk: {line}", file=sys.stderr, flush=True),
    )
    if vault.unlock_notice:
        print(f"asylum-desk: {vault.unlock_notice}", file=sys.stderr)
    return vault


def _print_recovery(key: str) -> None:
    print(RECOVERY_NOTICE.format(key=key))


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and print its recovery key once."""
    secret = cli_secrets.new_passphrase(
        args.passphrase_file, args.user, env="ASYLUM_DESK_PASSPHRASE"
    )
    created = vault_access.create_vault(
        args.vault,
        office_code=args.office_code,
        office_name=args.office_name,
        username=args.user,
        passphrase=secret,
    )
    created.vault.close()
    print(f"Created the vault {args.vault} for {args.office_name}.")
    _print_recovery(created.recovery_key)
    return OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a vault filled with invented demo cases."""
    from asylum_desk.services.demo_cases import demo_cases

    secret = cli_secrets.new_passphrase(
        args.passphrase_file, args.user, env="ASYLUM_DESK_PASSPHRASE"
    )
    created = vault_access.create_vault(
        args.vault,
        office_code="DEMO",
        office_name="Demo office",
        username=args.user,
        passphrase=secret,
    )
    with created.vault as vault:
        service = CaseService(vault)
        for case in demo_cases():
            print(service.create_case(case))
    _print_recovery(created.recovery_key)
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import a cases file; print the new case numbers."""
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise InputFileError(f"Cannot read {args.file}: {error.strerror}.") from None
    with _unlock(args) as vault:
        for number in import_cases(vault, data):
            print(number)
    return OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write cases to an interchange file."""
    _check_output(args.out)
    with _unlock(args) as vault:
        export_cases(
            vault, args.cases, write=lambda document: _write_atomically(args.out, document)
        )
    print(
        f"Wrote {args.out}. It is not encrypted: keep it safe and delete it when done.",
        file=sys.stderr,
    )
    return OK


def _check_output(path: Path) -> None:
    """Refuse an output file in a folder that does not exist, before any work is done."""
    folder = path.parent
    if not folder.is_dir():
        raise ValueError(f"Cannot write {path}: the folder {folder} does not exist.")


def _write_atomically(path: Path, content: str | bytes) -> None:
    temporary = path.with_name(f".{path.name}.partial")
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def cmd_packet(args: argparse.Namespace) -> int:
    """Write one case's packet for one recipient; list what the procedure still lacks."""
    from asylum_desk.services.packets import make_packet, preview_packet

    if args.preview:
        with _unlock(args) as vault:
            preview = preview_packet(vault, args.case, args.recipient)
        print(f"A packet for {preview.recipient_label} ({preview.recipient}) leaves out:")
        for item in preview.disclosure.withheld or ["nothing"]:
            print(f"  - {item}")
        print("Everything else recorded in the case is included.")
        if preview.missing:
            print("The procedure also asks for what the case lacks:")
            for problem in preview.missing:
                print(f"  - {problem}")
        return OK
    _check_output(args.out)
    password = None
    if args.file_password_file:
        password = cli_secrets.file_password(args.file_password_file)
    with _unlock(args) as vault:
        packet = make_packet(
            vault, args.case, args.recipient, language=args.lang, password=password
        )
    _write_atomically(args.out, packet.pdf)
    for problem in packet.missing:
        print(f"Missing for {args.recipient}: {problem}", file=sys.stderr)
    print(f"Wrote {args.out} (SHA-256 {packet.sha256}).")
    if password is None:
        print("The file is not encrypted: keep it safe and delete it when done.", file=sys.stderr)
    return OK


def cmd_notice(args: argparse.Namespace) -> int:
    """Write the applicant information notice; it names no case, so no vault is opened."""
    from asylum_desk.services.notices import make_information_notice

    _check_output(args.out)
    _write_atomically(args.out, make_information_notice(args.lang, args.office))
    print(f"Wrote {args.out}.")
    return OK


def cmd_search(args: argparse.Namespace) -> int:
    """Print matching cases, one a line."""
    with _unlock(args) as vault:
        found = CaseService(vault).search(args.query, 0, max(1, args.limit))
    if args.json:
        rows = [
            {"case_number": s.case_number, "display_name": s.display_name, "status": s.status.value}
            for s in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for summary in found:
            print(f"{summary.case_number}\t{summary.display_name}\t{summary.status.value}")
    return OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Check the vault; exit 5 naming each problem."""
    with _unlock(args) as vault:
        report = verify_vault(vault)
    if report.ok:
        print(
            f"Vault OK: {report.cases} cases, {report.audit_events} audit events, "
            "encryption pages and audit chain intact."
        )
        return OK
    for problem in report.problems:
        print(f"Problem: {problem}", file=sys.stderr)
    return VAULT


def _forget_remembered(vault: Path, user: str) -> None:
    """After a new passphrase, this device no longer remembers the old key (best effort)."""
    from asylum_desk.security.device_cache import DeviceKeyCache
    from asylum_desk.services.device_unlock import forget_on_device

    forget_on_device(vault, user, DeviceKeyCache())


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the signed-in user's passphrase."""
    with _unlock(args) as vault:
        new = cli_secrets.new_passphrase(args.new_passphrase_file, args.user)
        users.change_passphrase(vault, new)
    _forget_remembered(args.vault, args.user)
    print(f"Changed the passphrase of {args.user}.")
    return OK


def cmd_recover(args: argparse.Namespace) -> int:
    """Replace a lost passphrase with the recovery key."""
    key = cli_secrets.recovery_key(args.recovery_key_file)
    new = cli_secrets.new_passphrase(args.new_passphrase_file, args.user)
    vault_access.unlock_with_recovery(args.vault, args.user, key, new).close()
    _forget_remembered(args.vault, args.user)
    print(f"Set a new passphrase for {args.user} with the recovery key.")
    return OK


def cmd_add_user(args: argparse.Namespace) -> int:
    """Give a new user a key slot and a role."""
    with _unlock(args) as vault:
        vault.require_role(Role.ADMIN)
        new = cli_secrets.new_passphrase(args.new_passphrase_file, args.new_user)
        users.add_user(vault, args.new_user, Role(args.role), new)
    print(f"Added {args.new_user} ({args.role}).")
    return OK


def cmd_rekey(args: argparse.Namespace) -> int:
    """Re-encrypt the vault under a new data key."""
    vault = _unlock(args)
    try:
        key = users.rekey(vault)
    finally:
        vault.close()
    print(
        "Re-encrypted the vault with a new key. Every passphrase still works; "
        "the old recovery key no longer does."
    )
    _print_recovery(key)
    return OK


def cmd_remove_user(args: argparse.Namespace) -> int:
    """Destroy a user's key slot, then (by default) re-encrypt under a new key."""
    vault = _unlock(args)
    try:
        users.remove_user(vault, args.name)
        print(f"Removed {args.name}: their passphrase no longer opens this vault.")
        if args.no_rekey:
            print(
                "Not re-encrypted: an old copy of the key file still opens the vault with "
                f"{args.name}'s passphrase until `asylum-desk rekey`.",
                file=sys.stderr,
            )
            return OK
        key = users.rekey(vault)
    finally:
        vault.close()
    print(
        "Re-encrypted the vault with a new key: old copies of the key file open nothing. "
        "Every other passphrase still works; the old recovery key no longer does."
    )
    _print_recovery(key)
    return OK


def cmd_set_role(args: argparse.Namespace) -> int:
    """Give another user a different role."""
    with _unlock(args) as vault:
        users.set_role(vault, args.name, Role(args.role))
    print(f"{args.name} is now {args.role}.")
    return OK


def cmd_assign(args: argparse.Namespace) -> int:
    """Assign a case to a user, or withdraw the assignment."""
    from asylum_desk.services import assignments

    with _unlock(args) as vault:
        if args.remove:
            assignments.unassign(vault, args.case, args.assignee)
            print(f"Case {args.case} is no longer assigned to {args.assignee}.")
            return OK
        made = assignments.assign(vault, args.case, args.assignee)
    print(f"Assigned {made.case_number} to {made.username} ({made.role.value}).")
    return OK


def cmd_retention(args: argparse.Namespace) -> int:
    """Show or set the retention period; list the cases due for erasure."""
    from asylum_desk.services import retention

    with _unlock(args) as vault:
        if args.years is not None or args.off:
            retention.set_retention_years(vault, None if args.off else args.years)
        years = retention.retention_years(vault)
        due = retention.due_for_erasure(vault) if args.due else None
    if years is None:
        print("No retention period is set: closed cases are kept until one is.")
    else:
        print(f"Closed cases are due for erasure {years} years after closing.")
    if due is not None:
        for item in due:
            reason = item.closed_reason or ""
            print(f"{item.case_number}\tclosed {item.closed_on}\tdue {item.due_on}\t{reason}")
        if not due:
            print("No case is due for erasure.")
    return OK


def cmd_erase(args: argparse.Namespace) -> int:
    """Erase cases due for erasure, then overwrite the space they used."""
    from asylum_desk.services import retention

    with _unlock(args) as vault:
        report = retention.erase_cases(vault, args.cases)
    for number in report.case_numbers:
        print(f"Erased {number}; only its audit events remain.")
    for number in report.already_erased:
        print(f"{number} was erased before; its free space was overwritten again.")
    if not report.free_space_overwritten:
        print(
            "The vault is open elsewhere, so the space the cases used is not overwritten yet: "
            "close it everywhere and run the same command again.",
            file=sys.stderr,
        )
        return 1
    return OK


def cmd_backup(args: argparse.Namespace) -> int:
    """Write one encrypted backup file, read it back and check it, log it."""
    from asylum_desk.services.backup import check_backup_destination, take_backup

    check_backup_destination(args.out, args.vault)
    with _unlock(args) as vault:
        info = take_backup(vault, args.out)
    print(
        f"Wrote the backup {args.out} ({info.size} bytes, SHA-256 {info.sha256}); "
        "it was read back and every page checked."
    )
    print(
        "It is encrypted: it opens only with a passphrase that is valid today. "
        "Keep it away from the laptop."
    )
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup (keeping a replaced vault aside), or delete the vaults kept aside."""
    import shlex

    from asylum_desk.services.backup import discard_replaced, restore_backup

    if args.discard_replaced:
        if args.file is not None:
            raise ValueError("Give either a backup file to restore or --discard-replaced.")
        with _unlock(args) as vault:
            removed = discard_replaced(vault)
        for folder in removed:
            print(f"Deleted {folder}.")
        if not removed:
            print(f"No replaced vault is kept beside {args.vault}.")
        return OK
    if args.file is None:
        raise ValueError("Name the backup file to restore (or use --discard-replaced).")
    with_recovery = args.recovery_key or args.recovery_key_file is not None
    if with_recovery:
        key = cli_secrets.recovery_key(args.recovery_key_file)
        result = restore_backup(args.file, args.vault, args.user, recovery_key=key)
    else:
        secret = cli_secrets.passphrase(args.passphrase_file, args.user)
        result = restore_backup(args.file, args.vault, args.user, secret)
    taken = result.backup.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    print(f"Restored the backup taken {taken} into {result.vault}; every page was checked.")
    if result.migrated_from is not None:
        print(
            f"The backup was made with an older version (schema {result.migrated_from}); "
            "the restored vault was brought up to date."
        )
    if result.replaced is not None:
        again = shlex.join(
            ["asylum-desk", "restore", "--vault", str(args.vault), "--user", args.user]
        )
        print(f"The vault that was there is kept, unchanged, in {result.replaced}.")
        print("Deleting it is your choice. Once the restored vault works for you:")
        print(f"  {again} --discard-replaced")
    if with_recovery:
        recover = shlex.join(
            ["asylum-desk", "recover", "--vault", str(args.vault), "--user", args.user]
        )
        print(f"Now give {args.user} a new passphrase with the same recovery key:")
        print(f"  {recover}")
    return OK


def cmd_stats(args: argparse.Namespace) -> int:
    """Write statistics of every case (supervisors and admins); list the files written."""
    from asylum_desk.services.statistics import StatisticsQuery, parse_tables, produce_statistics
    from asylum_desk.services.statistics_export import output_paths, write_statistics

    query = StatisticsQuery(
        args.crossed_from, args.crossed_to, args.threshold, parse_tables(args.tables or ["all"])
    )
    paths = output_paths(args.out, query.tables)
    for path in paths:
        _check_output(path)
    with _unlock(args) as vault:
        produce_statistics(vault, query, write=lambda figures: write_statistics(figures, args.out))
    for path in paths:
        print(f"Wrote {path}.")
    print(
        f"Counts below {query.threshold} are shown as <{query.threshold}. The files name no "
        "person, but check them before sharing.",
        file=sys.stderr,
    )
    return OK


def cmd_identity(args: argparse.Namespace) -> int:
    """Print this office's identity line and its fingerprint."""
    with _unlock(args) as vault:
        own = bundles.own_identity(vault)
    print(own.text())
    print(f"Fingerprint: {own.fingerprint()}", file=sys.stderr)
    return OK


def cmd_offices(args: argparse.Namespace) -> int:
    """Add an office to the address book, or list it."""
    if args.offices_command == "add":
        office = parse_public_identity(args.identity)
        print(
            f"Office {office.office_code} ({office.office_name}), "
            f"fingerprint {office.fingerprint()}",
            file=sys.stderr,
        )
        accepted = args.accept_fingerprint
        if accepted is None:
            if not sys.stdin.isatty():
                raise ValueError(
                    "Compare the fingerprint with that office by phone, then add "
                    f"--accept-fingerprint {office.fingerprint()}."
                )
            answer = input("Does it match what the office read to you? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("asylum-desk: not added.", file=sys.stderr)
                return USAGE
            accepted = office.fingerprint()
        with _unlock(args) as vault:
            bundles.add_office(vault, args.identity, accepted)
        print(f"Added office {office.office_code}.", file=sys.stderr)
        return OK
    if args.offices_command == "list":
        with _unlock(args) as vault:
            for known in bundles.offices(vault):
                print(f"{known.office_code}\t{known.fingerprint()}\t{known.office_name}")
        return OK
    raise ValueError("Say what to do: asylum-desk offices add|list.")


def cmd_transfer(args: argparse.Namespace) -> int:
    """Write or receive an encrypted case bundle."""
    if args.transfer_command == "export":
        _check_output(args.out)
        with _unlock(args) as vault:
            bundles.export_bundle(vault, args.to, args.cases, args.out)
        print(f"Wrote {args.out}: only the recipient offices can open it.", file=sys.stderr)
        return OK
    if args.transfer_command == "import":
        try:
            data = args.file.read_bytes()
        except OSError as error:
            raise InputFileError(f"Cannot read {args.file}: {error.strerror}.") from None
        with _unlock(args) as vault:
            received = bundles.import_bundle(vault, data, args.accept_sender)
        print(
            f"From office {received.sender.office_code} "
            f"(fingerprint {received.sender.fingerprint()}):",
            file=sys.stderr,
        )
        for number in received.case_numbers:
            print(number)
        return OK
    raise ValueError("Say what to do: asylum-desk transfer export|import.")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "search": cmd_search,
    "verify": cmd_verify,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "add-user": cmd_add_user,
    "rekey": cmd_rekey,
    "remove-user": cmd_remove_user,
    "set-role": cmd_set_role,
    "assign": cmd_assign,
    "retention": cmd_retention,
    "erase": cmd_erase,
    "packet": cmd_packet,
    "notice": cmd_notice,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "stats": cmd_stats,
    "identity": cmd_identity,
    "offices": cmd_offices,
    "transfer": cmd_transfer,
}


def _start_app(args: argparse.Namespace) -> int:
    """No command: the desktop app (the Qt libraries load only here)."""
    try:
        from asylum_desk.app import run_app
    except ImportError as error:
        print(f"asylum-desk: the desktop app cannot start ({error}).", file=sys.stderr)
        return 1
    return run_app(args.vault)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    disable_core_dumps()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    if args.command is None:
        return _start_app(args)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print(
            "asylum-desk: interrupted; nothing was changed by the unfinished step.", file=sys.stderr
        )
        return 130
    except Exception as error:  # noqa: BLE001 - every failure becomes one readable line
        if args.debug:
            traceback.print_exc()
        print(f"asylum-desk: {message_for(error)}", file=sys.stderr)
        return exit_code_for(error)
