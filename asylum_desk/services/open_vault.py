"""An unlocked vault: its engine, who is signed in, and short transactions over it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import Role
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.storage import audit_chain
from asylum_desk.storage.engine import IMMEDIATE, checkpoint
from asylum_desk.storage.vault_files import VaultFiles


@dataclass
class OpenVault:
    """A vault unlocked by one user. Close it (or use ``with``) to lock it again."""

    files: VaultFiles
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
    def data_key(self) -> bytes:
        """The database key, needed to add users or re-key; gone once the vault is locked."""
        if self._data_key is None:
            raise RuntimeError("the vault is locked")
        return self._data_key

    @property
    def engine(self) -> Engine:
        """The database engine; refuses once the vault is locked."""
        if self._engine is None:
            raise RuntimeError("the vault is locked")
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
            allowed = ", ".join(role.value for role in roles)
            raise PermissionDeniedError(
                f"User '{self.username}' ({self.role.value}) may not do this; it needs: {allowed}."
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
            checkpoint(engine)
        finally:
            engine.dispose()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
