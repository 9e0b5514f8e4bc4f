"""Shared fixtures: cheap key derivation (explicit test switch), vaults in temporary folders."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import FamilySituation, ReasonCategory, Sex
from asylum_desk.domain.model import (
    Anonymity,
    Case,
    Crossing,
    FamilyLocation,
    FamilyMember,
    Flight,
    Person,
    PlaceOfOrigin,
    Reason,
    ServiceDetails,
    Statement,
)
from asylum_desk.services.open_vault import NewVault, OpenVault
from asylum_desk.services.shared_vault import create_shared_vault
from asylum_desk.services.vault_access import create_vault
from asylum_desk.storage.migrate import upgrade_to_head
from asylum_desk.storage.shared import SharedLocation, create_shared_engine
from tests.postgres_server import PostgresServer, start_server

PASSPHRASE = "tea kettle under the mango tree"

# Canary values: if any of these is found in a file on disk, personal data leaked.
CANARY_NAME = "Zoë Kyawswa-Lwin"
CANARY_BURMESE = "ကျော်စွာလွင်"
CANARY_ARABIC = "ياسمينة"
CANARY_PLACE = "Thitpyinkone"
CANARY_STATEMENT = "Quillwhistle ordered us to fire on the marchers"


@pytest.fixture(autouse=True)
def _test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASYLUM_DESK_INSECURE_TEST_KDF", "1")
    for name in (
        "ASYLUM_DESK_PASSPHRASE",
        "ASYLUM_DESK_NEW_PASSPHRASE",
        "ASYLUM_DESK_RECOVERY_KEY",
    ):
        monkeypatch.delenv(name, raising=False)


def canary_case() -> Case:
    """A case whose every sensitive value is a canary."""
    return Case(
        registered_on=PartialDate(2026, 3, 10),
        caseworker="Ruth Lalhmangaihi",
        applicant=Person(
            given_names=CANARY_NAME,
            name_original_script=CANARY_BURMESE,
            aliases=[CANARY_ARABIC],
            sex=Sex.MALE,
            date_of_birth=PartialDate(1994, 5),
            nationality="MMR",
            languages=["my", "en"],
            occupation="police sergeant",
            service=ServiceDetails("Myanmar Police Force", "Sergeant", "Battalion 9", "PX-991"),
            place_of_origin=PlaceOfOrigin("MMR", "Sagaing", "Kalay", CANARY_PLACE),
            anonymity=Anonymity(requested=True, pseudonym="Applicant K"),
        ),
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name=f"Daw {CANARY_BURMESE}",
                age=61,
                location=FamilyLocation("MMR", "Sagaing", CANARY_PLACE),
                situation=FamilySituation.THREATENED,
                last_contact=PartialDate(2026, 2),
            )
        ],
        flight=Flight(
            reasons=[Reason(ReasonCategory.REFUSED_UNLAWFUL_ORDER, "refused to shoot")],
            statement=Statement(CANARY_STATEMENT, "en", None, "Interpreter B"),
            fears_on_return="arrest and torture",
        ),
        crossing=Crossing(date=PartialDate(2026, 3, 9), district="Champhai", country="IND"),
    )


# --- both engines ---------------------------------------------------------------------
# The storage and service tests run against a vault file (SQLCipher) and against a shared
# PostgreSQL database on loopback, which the session starts once (tests/postgres_server.py).
# A test about the vault's files (backups, key file, bytes on disk) is marked
# ``vault_file_only`` and runs against the vault file alone.

BOTH_ENGINES = ("tests/services/", "tests/storage/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_engine" not in metafunc.fixturenames:
        return
    path = metafunc.definition.path.as_posix()
    both = any(part in path for part in BOTH_ENGINES)
    if both and metafunc.definition.get_closest_marker("vault_file_only") is None:
        metafunc.parametrize("database_engine", ["sqlcipher", "postgresql"], indirect=True)


@pytest.fixture
def database_engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlcipher"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server, reason = start_server()
    if server is None:
        pytest.skip(f"no PostgreSQL server for the shared-database runs: {reason}")
    try:
        # A database with the current schema, copied for each database the tests use
        # (copying takes a tenth of the time migrating does).
        server.create_database(SCHEMA_TEMPLATE)
        engine = create_shared_engine(SharedLocation(server.url(SCHEMA_TEMPLATE), server.password))
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
        yield server
    finally:
        server.stop()


SCHEMA_TEMPLATE = "asylum_schema_template"
_databases = itertools.count(1)
_spare_databases: list[str] = []


@pytest.fixture
def shared_location(request: pytest.FixtureRequest) -> Iterator[SharedLocation]:
    """An empty PostgreSQL database with the current schema on the test server.

    Emptied after the test and handed to the next one (emptying takes a tenth of the time
    creating a database does).
    """
    server: PostgresServer = request.getfixturevalue("postgres_server")
    if _spare_databases:
        name = _spare_databases.pop()
    else:
        name = f"asylum_test_{os.getpid()}_{next(_databases)}"
        server.create_database(name, template=SCHEMA_TEMPLATE)
    try:
        yield SharedLocation(server.url(name), server.password)
    finally:
        server.empty_database(name)
        _spare_databases.append(name)


@pytest.fixture
def vault_path(
    tmp_path: Path, database_engine: str, request: pytest.FixtureRequest
) -> Path | SharedLocation:
    """Where the test's vault lives: a folder, or a shared database for the PostgreSQL run."""
    if database_engine == "postgresql":
        return request.getfixturevalue("shared_location")  # type: ignore[no-any-return]
    return tmp_path / "office-vault"


def make_vault(
    location: Path | SharedLocation,
    *,
    office_code: str = "CPH",
    office_name: str = "Champhai field office",
    username: str = "amara",
    passphrase: str = PASSPHRASE,
) -> NewVault:
    """Create a vault (file or shared database) at ``location``."""
    maker = create_shared_vault if isinstance(location, SharedLocation) else create_vault
    return maker(
        location,  # type: ignore[arg-type]
        office_code=office_code,
        office_name=office_name,
        username=username,
        passphrase=passphrase,
    )


@pytest.fixture
def vault(vault_path: Path | SharedLocation) -> Iterator[OpenVault]:
    created = make_vault(vault_path)
    with created.vault as opened:
        yield opened
