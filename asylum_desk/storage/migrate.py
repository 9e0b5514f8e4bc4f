"""Bring a vault's schema to the current version with Alembic, on the keyed connection."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from asylum_desk.resources import package_path

MIGRATIONS = package_path("storage", "migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the packaged migrations (no ini file, no URL)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of Asylum Desk knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations are packaged")  # internal
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the vault is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration the vault has not had yet, in one transaction."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def known_revisions() -> set[str]:
    """Every schema revision this version of Asylum Desk can migrate from."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}
