"""Where a vault's files live: one folder holding the database and the key file beside it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asylum_desk.domain.messages import text
from asylum_desk.storage.errors import NotAVaultError, VaultExistsError, VaultMissingError

DATABASE_NAME = "vault.db"
KEY_FILE_NAME = "vault.key"
ATTEMPTS_FILE_NAME = "vault.attempts"


@dataclass(frozen=True, slots=True)
class VaultFiles:
    """The paths of one vault."""

    folder: Path

    @property
    def database(self) -> Path:
        """The SQLCipher database."""
        return self.folder / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        """The key slots that wrap the database's data key."""
        return self.folder / KEY_FILE_NAME

    @property
    def attempts_file(self) -> Path:
        """Failed unlock attempts since the last unlock (a count and a time, nothing else)."""
        return self.folder / ATTEMPTS_FILE_NAME

    @property
    def sidecars(self) -> tuple[Path, Path]:
        """SQLite's write-ahead log and shared-memory index."""
        return (
            self.folder / f"{DATABASE_NAME}-wal",
            self.folder / f"{DATABASE_NAME}-shm",
        )


def existing_vault(path: Path) -> VaultFiles:
    """The files of the vault at ``path``, which must exist (a vault is never created here)."""
    if not path.exists():
        raise VaultMissingError(text("There is no vault at {path}.", path=path))
    if not path.is_dir():
        raise NotAVaultError(
            text("{path} is not an Asylum Desk vault (a vault is a folder).", path=path)
        )
    files = VaultFiles(path)
    if not files.key_file.is_file():
        raise NotAVaultError(
            text(
                "{path} is not an Asylum Desk vault (it has no {key_file}).",
                path=path,
                key_file=KEY_FILE_NAME,
            )
        )
    return files


def new_vault_location(path: Path) -> VaultFiles:
    """The files of a vault about to be created at ``path`` (absent or an empty folder)."""
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise VaultExistsError(
            text("{path} already exists and is not empty; choose a new folder.", path=path)
        )
    return VaultFiles(path)
