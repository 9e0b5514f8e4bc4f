"""The command line's arguments: every command and option of ``asylum-desk``."""

from __future__ import annotations

import argparse
from pathlib import Path

from asylum_desk import __version__
from asylum_desk.domain.enums import Role


def _where(parser: argparse.ArgumentParser, vault_help: str = "the vault folder") -> None:
    """``--vault FOLDER`` or, for a larger office, ``--database-url URL`` (one of them)."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--vault", type=Path, help=vault_help)
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="a shared PostgreSQL database instead, e.g. postgresql://clerk@hq/asylum "
        "(password: $ASYLUM_DESK_DATABASE_PASSWORD, the keyring, or a prompt)",
    )


def _vault_options(parser: argparse.ArgumentParser) -> None:
    _where(parser)
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
    parser.add_argument(
        "--database-url",
        dest="app_database_url",
        metavar="URL",
        help="the desktop app works on this shared PostgreSQL database instead",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new, empty vault")
    _where(init, "folder to create")
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
    _where(recover)
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
        choices=["en", "my", "hi"],
        help="the applicant's language: the declaration is in English and in this one "
        "(default: the statement's language, else my)",
    )
    packet.add_argument(
        "--letter-lang",
        dest="letter",
        default="en",
        choices=["en", "hi"],
        help="the language of the recipient's letters, declaration and certificates "
        "(default: en; a recipient without wording in it gets English)",
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
        choices=["en", "my", "hi"],
        help="the applicant's language (my: Burmese, hi: Hindi, then English from a new page)",
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

    conflicts = commands.add_parser(
        "conflicts", help="fields of received cases edited here and there (supervisors)"
    )
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION")
    conflicts_list = conflict_commands.add_parser(
        "list", help="the open conflicts, one a line (tab-separated)"
    )
    _vault_options(conflicts_list)
    conflicts_list.add_argument("--case", metavar="N", help="only this case's conflicts")
    conflicts_resolve = conflict_commands.add_parser(
        "resolve", help="keep this office's value (ours) or take the other office's (theirs)"
    )
    _vault_options(conflicts_resolve)
    conflicts_resolve.add_argument("id", type=int, metavar="ID", help="from conflicts list")
    conflicts_resolve.add_argument("--take", required=True, choices=["ours", "theirs"])

    demo = commands.add_parser("demo", help="create a vault of invented demo cases")
    demo.add_argument("--vault", required=True, type=Path, help="folder to create")
    demo.add_argument("--user", default="demo", help="user name (default: demo)")
    demo.add_argument("--passphrase-file", help="read the passphrase from a file")
    commands.add_parser(
        "self-test",
        help="check that this installation works, on a throwaway vault of demo cases",
    )
    database = commands.add_parser("database", help="a shared PostgreSQL database")
    database_commands = database.add_subparsers(dest="database_command", metavar="ACTION")
    database_commands.required = True
    for name, text in (
        ("remember", "check the password and keep it in this computer's keyring"),
        ("forget", "forget the password this computer remembers"),
        ("migrate", "bring the schema to this version (as the schema's owner)"),
    ):
        action = database_commands.add_parser(name, help=text)
        action.add_argument("--database-url", required=True, metavar="URL", help="the database")

    return parser
