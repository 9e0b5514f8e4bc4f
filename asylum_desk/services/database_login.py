"""Reaching a shared database: its checked address, and its password kept in the keyring.

The password never goes into a file or a setting: it is typed, read from the environment
(for scripts), or remembered in a secure OS keyring under the database's address.
"""

from __future__ import annotations

from asylum_desk.domain.messages import text
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.errors import NewerVaultError
from asylum_desk.storage.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from asylum_desk.storage.shared import (
    SharedDatabaseError,
    SharedLocation,
    check_connection,
    connection_problem,
    create_shared_engine,
    parse_database_url,
)

PASSWORD_ENVIRONMENT = "ASYLUM_DESK_DATABASE_PASSWORD"

__all__ = [
    "PASSWORD_ENVIRONMENT",
    "SharedDatabaseError",
    "SharedLocation",
    "check_and_remember",
    "check_password",
    "database_address",
    "describe",
    "forget_password",
    "migrate_schema",
    "remembered_password",
]


def database_address(url: str) -> str:
    """The database's address as people and the keyring see it (checked; never a password)."""
    return parse_database_url(url).render_as_string(hide_password=True)


def describe(url: str) -> tuple[str, str, str]:
    """The user, server and database of an address, for people to read."""
    parsed = parse_database_url(url)
    server = parsed.host or text("this computer")
    if parsed.port:
        server = text("{server}:{port}", server=server, port=parsed.port)
    return parsed.username or "", server, parsed.database or ""


def remembered_password(url: str, cache: DeviceKeyCache) -> str | None:
    """The password remembered for this database, or None."""
    return cache.recall_database_password(database_address(url))


def check_password(url: str, password: str) -> None:
    """Connect once with ``password``; SharedDatabaseError (one line) when that fails."""
    engine = create_shared_engine(SharedLocation(database_address(url), password))
    try:
        check_connection(engine)
    finally:
        engine.dispose()


def check_and_remember(url: str, password: str, cache: DeviceKeyCache) -> None:
    """Connect once with ``password``; only if that works, keep it in the keyring."""
    check_password(url, password)
    cache.remember_database_password(database_address(url), password)


def forget_password(url: str, cache: DeviceKeyCache) -> None:
    """Forget the remembered password of this database (never raises)."""
    cache.forget_database_password(database_address(url))


def migrate_schema(location: SharedLocation) -> tuple[str | None, str]:
    """Bring the shared database's schema to this version's (run as the schema's owner).

    Returns the revision before and after. Refuses a schema newer than this version knows.
    """
    engine = create_shared_engine(location)
    try:
        try:
            before = current_revision(engine)
        except Exception as error:  # noqa: BLE001 - a failed connection is one line
            raise SharedDatabaseError(connection_problem(error)) from None
        if before is not None and before not in known_revisions():
            raise NewerVaultError(
                text("This database was set up by a newer version of Asylum Desk; please update.")
            )
        upgrade_to_head(engine)
        return before, head_revision()
    finally:
        engine.dispose()
