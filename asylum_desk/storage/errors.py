"""Storage errors, each a one-line message a person can act on."""


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
