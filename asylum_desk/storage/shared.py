"""A shared PostgreSQL database in place of the vault file, for a larger office or headquarters.

The database server keeps the data encrypted at rest (its disks) and in transit (TLS); the
application insists on TLS to any host but this computer, never writes the database password
anywhere (it comes from the keyring, the environment or a prompt), and serialises its writing
units of work with one advisory lock, as the vault file does with SQLite's write lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from asylum_desk.domain.messages import text

WRITE_LOCK_KEY = 0x41534459  # "ASDY": the one advisory lock every writing unit of work takes
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
_SECURE_MODES = frozenset({"require", "verify-ca", "verify-full"})


class SharedDatabaseError(Exception):
    """The shared database cannot be reached or used; the message is one line for a person."""


class NotOnSharedDatabaseError(SharedDatabaseError):
    """What was asked concerns the vault files, which a shared database does not have."""


@dataclass(frozen=True)
class SharedLocation:
    """Where the shared database is (a URL without password) and the password to reach it."""

    url: str
    password: str = field(default="", repr=False)

    @property
    def display(self) -> str:
        """The URL for people: user, host and database, never a password."""
        return parse_database_url(self.url).render_as_string(hide_password=True)

    def __str__(self) -> str:
        return self.display


def parse_database_url(typed: str) -> URL:
    """Check a PostgreSQL URL: psycopg driver, no password inside, TLS unless on this computer.

    ``postgresql://clerk@hq.example.org/asylum`` becomes ``postgresql+psycopg://…`` with
    ``sslmode=require`` added when no mode is given.
    """
    try:
        url = make_url(typed.strip())
    except ArgumentError:
        raise SharedDatabaseError(
            text(
                "{url!r} is not a database URL (like postgresql://user@host/asylum).",
                url=typed.strip(),
            )
        ) from None
    if url.get_backend_name() != "postgresql":
        raise SharedDatabaseError(
            text("Only PostgreSQL can hold a shared Asylum Desk database (postgresql://…).")
        )
    if url.password:
        raise SharedDatabaseError(
            text(
                "Do not put the password in the database URL: it would be stored in plain text. "
                "Asylum Desk asks for it and can remember it in the system keyring."
            )
        )
    if not url.username or not url.database:
        raise SharedDatabaseError(text("The database URL needs a user and a database name."))
    url = url.set(drivername="postgresql+psycopg")
    mode = str(url.query.get("sslmode", ""))
    local = (url.host or "") in LOCAL_HOSTS
    if not mode:
        url = url.update_query_dict({"sslmode": "prefer" if local else "require"})
    elif mode not in _SECURE_MODES and not local:
        raise SharedDatabaseError(
            text(
                "sslmode={mode} would send case data unencrypted over the network; use "
                "sslmode=require or verify-full.",
                mode=mode,
            )
        )
    return url


def create_shared_engine(location: SharedLocation) -> Engine:
    """A SQLAlchemy engine over the shared database (checked URL, password kept in memory)."""
    url = parse_database_url(location.url).set(password=location.password or None)
    engine = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        connect_args={"application_name": "asylum-desk", "connect_timeout": 10},
    )
    _take_write_lock_when_asked(engine)
    return engine


def _take_write_lock_when_asked(engine: Engine) -> None:
    """Writing units of work (``IMMEDIATE``) take one advisory lock, held until they end.

    PostgreSQL would let two of them interleave; the audit trail's hash chain and the case
    number sequence each need one writer at a time, exactly as SQLite's BEGIN IMMEDIATE gives
    the vault file. The units are short, so waiting for the lock costs milliseconds.
    """

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        if connection.get_execution_options().get("asylum_desk_immediate", False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def connection_problem(error: BaseException) -> str:
    """One line for a failed connection: refused password, unreachable server, no TLS."""
    message = str(getattr(error, "orig", None) or error).strip().splitlines()
    first = message[0] if message else type(error).__name__
    if "FATAL:" in first:  # the server's own reason, without the driver's preamble
        first = first.split("FATAL:", 1)[1].strip()
    lowered = first.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return text("The database server refused the user name or password.")
    if "does not exist" in lowered and "database" in lowered:
        return text("The database server has no such database ({reason}).", reason=first)
    if "pg_hba.conf" in lowered:
        return text(
            "The database server refused the connection from this computer, user or "
            "without encryption ({reason}).",
            reason=first,
        )
    if "ssl" in lowered:
        return text("The database server refused the connection ({reason}).", reason=first)
    if "connection refused" in lowered or "timeout" in lowered or "could not translate" in lowered:
        return text("The database server cannot be reached; check the address and the network.")
    return text("The shared database cannot be used: {reason}", reason=first)


def check_connection(engine: Engine) -> None:
    """Connect once; raise SharedDatabaseError with a one-line reason when that fails."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DBAPIError as error:
        raise SharedDatabaseError(connection_problem(error)) from None


__all__ = [
    "LOCAL_HOSTS",
    "WRITE_LOCK_KEY",
    "NotOnSharedDatabaseError",
    "SharedDatabaseError",
    "SharedLocation",
    "check_connection",
    "connection_problem",
    "create_shared_engine",
    "parse_database_url",
]
