"""Which exit code and one-line message each failure gets on the command line."""

from __future__ import annotations

from sqlalchemy.exc import DatabaseError

from asylum_desk.cli.secrets import SecretUnavailableError
from asylum_desk.domain.disclosure import RefusedRecipientError
from asylum_desk.domain.errors import CaseExistsError, CaseNotFoundError, ValidationError
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.packets.templates import TemplateError
from asylum_desk.security import errors as security
from asylum_desk.services.backup import BackupConflictError, BackupFileError
from asylum_desk.services.errors import NewerVaultError, PermissionDeniedError
from asylum_desk.services.merge import ConflictChangedError
from asylum_desk.storage.errors import (
    NotAVaultError,
    NotSQLCipherError,
    VaultDamagedError,
    VaultExistsError,
    VaultMissingError,
    VaultReadOnlyError,
    database_trouble,
)
from asylum_desk.storage.shared import (
    NotOnSharedDatabaseError,
    SharedDatabaseError,
    connection_problem,
)


class InputFileError(Exception):
    """An input file that cannot be read."""


_CODES: list[tuple[tuple[type[BaseException], ...], int]] = [
    ((ConflictChangedError,), 6),  # before ValueError (2), its base
    ((NotOnSharedDatabaseError,), 2),  # before SharedDatabaseError (5), its base
    (
        (
            SecretUnavailableError,
            CaseNotFoundError,
            RefusedRecipientError,
            TemplateError,
            ValueError,
        ),
        2,
    ),
    (
        (
            security.WrongPassphraseError,
            security.UnknownUserError,
            security.WrongRecoveryKeyError,
            security.RecoveryKeyTypoError,
            PermissionDeniedError,
        ),
        3,
    ),
    ((InterchangeError, ValidationError, InputFileError, BackupFileError), 4),
    (
        (
            NotAVaultError,
            VaultMissingError,
            VaultDamagedError,
            NotSQLCipherError,
            VaultReadOnlyError,
            NewerVaultError,
            security.KeyFileDamagedError,
            DatabaseError,
            SharedDatabaseError,
        ),
        5,
    ),
    ((CaseExistsError, VaultExistsError, security.UserExistsError, BackupConflictError), 6),
]


def exit_code_for(error: BaseException) -> int:
    """The documented exit code of a failure (1 for anything unexpected)."""
    for types, code in _CODES:
        if isinstance(error, types):
            return code
    return 1


def message_for(error: BaseException) -> str:
    """One line a person can read, never a traceback."""
    if isinstance(error, InterchangeError):
        return f"the file was not imported, nothing was changed: {error}"
    if isinstance(error, DatabaseError) and type(error.orig).__module__.startswith("psycopg"):
        return connection_problem(error)
    if isinstance(error, DatabaseError):
        trouble = database_trouble(str(error.orig))
        if trouble is not None:
            return trouble
        return f"The vault database is damaged ({error.orig}); nothing was changed."
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror}{where}; nothing was changed."
    text = str(error).strip().splitlines()
    if not text:
        return f"unexpected {type(error).__name__}; run again with --debug for details."
    return text[0]
