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

from asylum_desk.cli import secrets as cli_secrets
from asylum_desk.cli.conflicts import cmd_conflicts
from asylum_desk.cli.database import cmd_database, resolve_location
from asylum_desk.cli.errors import InputFileError, exit_code_for, message_for
from asylum_desk.cli.parser import build_parser
from asylum_desk.cli.self_test import cmd_self_test
from asylum_desk.domain.enums import Role
from asylum_desk.security.office_identity import parse_public_identity
from asylum_desk.security.process_hardening import disable_core_dumps
from asylum_desk.services import bundles, users, vault_access
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.shared_vault import create_shared_vault
from asylum_desk.services.transfer_files import export_cases, import_cases
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.shared import SharedLocation

OK, USAGE, AUTH, BAD_INPUT, VAULT, CONFLICT = 0, 2, 3, 4, 5, 6

RECOVERY_NOTICE = """\
Recovery key for this vault (shown only this once):

    {key}

Print or write it on paper and keep it locked away from the laptop. With it, a lost
passphrase can be replaced; without it and without any passphrase, the cases cannot be
recovered by anyone."""


class UsageError(Exception):
    """Arguments that make no sense together."""


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
    create = (
        create_shared_vault if isinstance(args.vault, SharedLocation) else vault_access.create_vault
    )
    created = create(
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
            preview = preview_packet(vault, args.case, args.recipient, args.letter)
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
            vault, args.case, args.recipient, args.letter, language=args.lang, password=password
        )
    _write_atomically(args.out, packet.pdf)
    if packet.letter_language != args.letter:
        print(f"No {args.letter} wording for {args.recipient}: English.", file=sys.stderr)
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

    from asylum_desk.services.restore import discard_replaced, restore_backup

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
            f"(fingerprint {received.sender.fingerprint()}): {len(received.new_cases)} new, "
            f"{len(received.merged)} merged, {received.conflicts} new conflicts"
            + (" (asylum-desk conflicts list)" if received.conflicts else "")
            + ".",
            file=sys.stderr,
        )
        for number in received.new_cases:
            print(f"{number}\tnew")
        for number in received.merged:
            print(f"{number}\tmerged")
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
    "conflicts": lambda args: cmd_conflicts(args, _unlock),
    "database": cmd_database,
    "self-test": cmd_self_test,
}


def _start_app(args: argparse.Namespace) -> int:
    """No command: the desktop app (the Qt libraries load only here)."""
    try:
        from asylum_desk.app import run_app
    except ImportError as error:
        print(f"asylum-desk: the desktop app cannot start ({error}).", file=sys.stderr)
        return 1
    return run_app(args.vault, getattr(args, "app_database_url", None))


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
        resolve_location(args)
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
