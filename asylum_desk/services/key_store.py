"""Where a vault's key slots live: the key file beside a vault file, or a shared database row.

A shared PostgreSQL database keeps the same key slots (Argon2id-wrapped, one per user, plus
the recovery slot) in its settings table, so that every user signs in with their own
passphrase exactly as with a vault file. There the data key encrypts nothing (the server
keeps the data encrypted at rest); opening a slot proves who is signing in.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from asylum_desk.domain.messages import text
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.storage.tables import Setting

KEY_SLOTS_SETTING = "key_slots"


@dataclass(frozen=True)
class FileKeyStore:
    """The key file of a vault folder, replaced atomically on every change."""

    path: Path

    def read(self, session: Session | None = None) -> KeyFile:
        return KeyFile.read(self.path)

    def write(self, key_file: KeyFile, session: Session | None = None) -> None:
        key_file.write_atomic(self.path)


@dataclass(frozen=True)
class DatabaseKeyStore:
    """The key slots of a shared database, in one settings row, changed in transactions."""

    engine: Engine

    def read(self, session: Session | None = None) -> KeyFile:
        if session is None:
            with Session(self.engine) as own:
                return self.read(own)
        value = session.scalar(select(Setting.value).where(Setting.key == KEY_SLOTS_SETTING))
        if value is None:
            raise FileNotFoundError(text("this shared database has no key slots"))
        return KeyFile.from_bytes(base64.b64decode(value))

    def write(self, key_file: KeyFile, session: Session | None = None) -> None:
        encoded = base64.b64encode(key_file.to_bytes()).decode("ascii")
        if session is None:
            with Session(self.engine) as own, own.begin():
                self.write(key_file, own)
            return
        row = session.get(Setting, KEY_SLOTS_SETTING)
        if row is None:
            session.add(Setting(key=KEY_SLOTS_SETTING, value=encoded))
        else:
            row.value = encoded
        session.flush()


KeyStore = FileKeyStore | DatabaseKeyStore
