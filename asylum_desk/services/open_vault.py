"""An unlocked vault: its engine, who is signed in, and short transactions over it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import Role, role_word
from asylum_desk.domain.messages import listed, text
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.key_store import DatabaseKeyStore, FileKeyStore, KeyStore
from asylum_desk.storage import audit_chain
from asylum_desk.storage.engine import IMMEDIATE, checkpoint
from asylum_desk.storage.shared import NotOnSharedDatabaseError, SharedLocation
from asylum_desk.storage.vault_files import VaultFiles


@dataclass
class OpenVault:
    """A vault unlocked by one user. Close it (or use ``with``) to lock it again.

    ``location`` is the vault's folder or, for a larger office, the shared database.
    """

    location: VaultFiles | SharedLocation
    vault_id: str
    username: str
    role: Role
    office_code: str
    office_name: str
    _engine: Engine | None = field(repr=False)
    _data_key: bytes | None = field(default=None, repr=False)
    unlock_notice: str = field(default="", compare=False)
    """What to tell the person who just unlocked (failed attempts before), or ""."""
    _on_close: list[Callable[[], None]] = field(default_factory=list, repr=False, compare=False)

    def when_closed(self, forget: Callable[[], None]) -> None:
        """Call ``forget`` when the vault locks (services drop what they keep in memory)."""
        self._on_close.append(forget)

    @property
    def is_shared(self) -> bool:
        """Whether this is a shared PostgreSQL database rather than a vault file."""
        return isinstance(self.location, SharedLocation)

    @property
    def files(self) -> VaultFiles:
        """The vault's files; refused, in one line, on a shared database (it has none)."""
        if isinstance(self.location, VaultFiles):
            return self.location
        raise NotOnSharedDatabaseError(
            text(
                "This applies to a vault file; on a shared database it is the server's job "
                "(see docs/deployment.md)."
            )
        )

    @property
    def key_store(self) -> KeyStore:
        """Where the users' key slots are kept (key file or shared database)."""
        if isinstance(self.location, VaultFiles):
            return FileKeyStore(self.location.key_file)
        return DatabaseKeyStore(self.engine)

    @property
    def place(self) -> Path | SharedLocation:
        """Where the vault is, as ``vault_access.unlock`` takes it (to sign in again)."""
        if isinstance(self.location, VaultFiles):
            return self.location.folder
        return self.location

    @property
    def data_key(self) -> bytes:
        """The database key, needed to add users or re-key; gone once the vault is locked."""
        if self._data_key is None:
            raise RuntimeError("the vault is locked")  # internal
        return self._data_key

    @property
    def engine(self) -> Engine:
        """The database engine; refuses once the vault is locked."""
        if self._engine is None:
            raise RuntimeError("the vault is locked")  # internal
        return self._engine

    @property
    def is_open(self) -> bool:
        """Whether the vault is still unlocked."""
        return self._engine is not None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short unit of work: committed on success, rolled back on any error.

        It holds the vault's write lock from its start (nearly every unit of work writes, if
        only to the audit trail), so another program writing to the vault is waited for
        instead of failing half-way.
        """
        writer = self.engine.execution_options(**IMMEDIATE)
        with Session(writer, expire_on_commit=False) as session, session.begin():
            yield session

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        case_number: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Record what the signed-in user did (inside the caller's transaction)."""
        audit_chain.append(
            session,
            actor=self.username,
            action=action,
            entity=entity,
            case_number=case_number,
            detail=detail,
        )

    def require_role(self, *roles: Role) -> None:
        """Refuse unless the signed-in user has one of ``roles``."""
        if self.role not in roles:
            raise PermissionDeniedError(
                text(
                    "User '{user}' ({role}) may not do this; it needs: {allowed}.",
                    user=self.username,
                    role=role_word(self.role),
                    allowed=listed(role_word(role) for role in roles),
                )
            )

    def close(self) -> None:
        """Lock: fold the write-ahead log into the database, close every connection."""
        if self._engine is None:
            return
        engine, self._engine = self._engine, None
        self._data_key = None
        forgets, self._on_close = self._on_close, []
        for forget in forgets:
            with contextlib.suppress(Exception):  # locking must never fail half-way
                forget()
        try:
            if not self.is_shared:
                checkpoint(engine)
        finally:
            engine.dispose()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass(frozen=True, slots=True)
class NewVault:
    """A freshly created vault and the recovery key to print (shown this once only)."""

    vault: OpenVault
    recovery_key: str
