"""Where the command line gets passphrases and recovery keys: environment, file or terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

MIN_PASSPHRASE_LENGTH = 8


class SecretUnavailableError(Exception):
    """No source for a secret was given and there is no terminal to ask on."""


def _from_file(path: str | None, what: str) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise SecretUnavailableError(
            f"Cannot read the {what} file {path}: {error.strerror}."
        ) from None
    return text.rstrip("\r\n")


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise SecretUnavailableError("")
    return getpass.getpass(prompt)


def passphrase(file: str | None, user: str) -> str:
    """The passphrase of ``user``: $ASYLUM_DESK_PASSPHRASE, the file, or a no-echo prompt."""
    found = os.environ.get("ASYLUM_DESK_PASSPHRASE") or _from_file(file, "passphrase")
    if found is not None:
        return found
    try:
        return _prompt(f"Passphrase for {user}: ")
    except SecretUnavailableError:
        raise SecretUnavailableError(
            "No passphrase given: set ASYLUM_DESK_PASSPHRASE, use --passphrase-file, "
            "or run in a terminal."
        ) from None


def _checked(value: str) -> str:
    if len(value) < MIN_PASSPHRASE_LENGTH:
        raise SecretUnavailableError(
            f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; "
            "several words are easiest to remember."
        )
    return value


def new_passphrase(file: str | None, user: str, *, env: str = "ASYLUM_DESK_NEW_PASSPHRASE") -> str:
    """A new passphrase: from ``env``, the file, or asked twice on a terminal."""
    found = os.environ.get(env) or _from_file(file, "new passphrase")
    if found is not None:
        return _checked(found)
    try:
        first = _prompt(f"New passphrase for {user}: ")
        second = _prompt("Type it again: ")
    except SecretUnavailableError:
        raise SecretUnavailableError(
            f"No new passphrase given: set {env}, use the passphrase file option, "
            "or run in a terminal."
        ) from None
    if first != second:
        raise SecretUnavailableError("The two passphrases are not the same; nothing was changed.")
    return _checked(first)


def recovery_key(file: str | None) -> str:
    """The printed recovery key: $ASYLUM_DESK_RECOVERY_KEY, the file, or a prompt."""
    found = os.environ.get("ASYLUM_DESK_RECOVERY_KEY") or _from_file(file, "recovery key")
    if found is not None:
        return found
    try:
        return _prompt("Recovery key (as printed): ")
    except SecretUnavailableError:
        raise SecretUnavailableError(
            "No recovery key given: set ASYLUM_DESK_RECOVERY_KEY, use --recovery-key-file, "
            "or run in a terminal."
        ) from None


def file_password(path: str) -> str:
    """The password that protects a saved PDF, read from a file (first line)."""
    found = _from_file(path, "file password")
    if not found:
        raise SecretUnavailableError(f"The password file {path} is empty.")
    return found
