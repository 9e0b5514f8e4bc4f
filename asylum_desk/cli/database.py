"""The command line and a shared database: where ``--database-url`` leads, and its password."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from asylum_desk.cli.secrets import SecretUnavailableError
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.database_login import (
    PASSWORD_ENVIRONMENT,
    check_and_remember,
    database_address,
    forget_password,
    migrate_schema,
    remembered_password,
)
from asylum_desk.storage.shared import NotOnSharedDatabaseError, SharedLocation

FILE_ONLY_COMMANDS = frozenset({"backup", "restore", "rekey", "demo"})


def _typed_password(address: str) -> str:
    if not sys.stdin.isatty():
        raise SecretUnavailableError(
            f"No password for {address}: set ${PASSWORD_ENVIRONMENT}, remember it with "
            "'asylum-desk database remember', or run in a terminal to be asked."
        )
    return getpass.getpass(f"Database password for {address}: ")


def database_password(url: str, cache: DeviceKeyCache | None = None) -> str:
    """The environment's password, else the keyring's, else one typed at a no-echo prompt."""
    found = os.environ.get(PASSWORD_ENVIRONMENT)
    if found:
        return found
    remembered = remembered_password(url, cache or DeviceKeyCache())
    if remembered is not None:
        return remembered
    return _typed_password(database_address(url))


def resolve_location(args: argparse.Namespace) -> None:
    """Turn ``--database-url`` into the location every command opens, in ``args.vault``."""
    url = getattr(args, "database_url", None)
    if not url:
        return
    if args.command in FILE_ONLY_COMMANDS:
        raise NotOnSharedDatabaseError(
            f"'{args.command}' applies to a vault file; on a shared database it is the "
            "server's job (see docs/deployment.md)."
        )
    if args.command == "database":
        return
    args.vault = SharedLocation(database_address(url), database_password(url))


def cmd_database(args: argparse.Namespace) -> int:
    """``database remember|forget|migrate`` for a shared database."""
    url = args.database_url
    address = database_address(url)
    if args.database_command == "remember":
        password = os.environ.get(PASSWORD_ENVIRONMENT) or _typed_password(address)
        check_and_remember(url, password, DeviceKeyCache())
        print(f"The password for {address} is kept in this computer's keyring.")
    elif args.database_command == "forget":
        forget_password(url, DeviceKeyCache())
        print(f"This computer no longer remembers a password for {address}.")
    else:
        before, after = migrate_schema(SharedLocation(address, database_password(url)))
        if before == after:
            print(f"The schema of {address} is current ({after}).")
        else:
            print(f"The schema of {address} went from {before or 'empty'} to {after}.")
    return 0
