"""Storage errors, each a one-line message a person can act on."""

from asylum_desk.domain.messages import text


class StorageError(Exception):
    """Base of storage errors."""


class NotAVaultError(StorageError):
    """The path exists but is not an Asylum Desk vault."""


class VaultMissingError(StorageError):
    """Nothing exists at the vault path (a vault is never created silently)."""


class VaultExistsError(StorageError):
    """``init`` was asked to create a vault where one (or any file) already is."""


class VaultDamagedError(StorageError):
    """The database is truncated, tampered with or otherwise unreadable with the right key."""


class NotSQLCipherError(StorageError):
    """The database driver is not SQLCipher: refuse to write anything in plain SQLite."""


class VaultReadOnlyError(StorageError):
    """The vault's folder or medium cannot be written (write protection, permissions)."""


READ_ONLY = text(
    "The vault's folder is read-only (a write-protected USB stick or missing permission); "
    "Asylum Desk needs to write beside the vault. Nothing was changed."
)
DISK_FULL = text(
    "The disk is full or could not be written; nothing was saved. Free some space (or check "
    "the USB stick) and try again."
)
BUSY = text(
    "The vault is busy: another Asylum Desk program is writing to it. Nothing was changed; "
    "try again in a moment."
)


def database_trouble(message: str) -> str | None:
    """A one-line explanation for a database error that is not damage, else None.

    SQLite reports a read-only folder, a full disk and a busy vault as errors of the same
    kind as a damaged file; telling a caseworker "damaged" for a full disk would send them
    looking for a backup they do not need.
    """
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return READ_ONLY
    if "disk is full" in lowered or "disk i/o error" in lowered:
        return DISK_FULL
    if "is locked" in lowered or "busy" in lowered:  # database (or table) is locked
        return BUSY
    return None
