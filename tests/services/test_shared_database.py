"""The shared PostgreSQL database as docs/deployment.md sets it up: roles, TLS, many writers."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from asylum_desk.domain.model import Case, Person
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.database_login import check_password, migrate_schema
from asylum_desk.services.shared_vault import create_shared_vault
from asylum_desk.services.vault_access import unlock
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.shared import SharedDatabaseError, SharedLocation, parse_database_url
from tests.conftest import PASSPHRASE, canary_case
from tests.postgres_server import PostgresServer

DEPLOYMENT = Path(__file__).resolve().parents[2] / "docs" / "deployment.md"


def _documented_roles_sql() -> list[str]:
    page = DEPLOYMENT.read_text(encoding="utf-8")
    block = page.split("<!-- asylum-desk: roles -->", 1)[1]
    found = re.search(r"```sql\n(.*?)```", block, re.S)
    assert found is not None
    return [line.strip() for line in found.group(1).split(";\n") if line.strip()]


@pytest.fixture
def documented_office(postgres_server: PostgresServer) -> tuple[SharedLocation, SharedLocation]:
    """The database and roles exactly as docs/deployment.md creates them."""
    statements = _documented_roles_sql()
    connection = postgres_server.admin_connection()
    try:
        for statement in statements:
            statement = statement.rstrip(";")
            if statement.startswith("\\connect"):
                connection.close()
                connection = postgres_server.admin_connection(statement.split()[1])
                continue
            # The documented passwords are placeholders; the test sets its own.
            statement = re.sub(
                r"PASSWORD '[^']*'", "PASSWORD 'documented-test-password'", statement
            )
            connection.execute(statement)  # type: ignore[arg-type]
    finally:
        connection.close()
    owner = SharedLocation(
        postgres_server.url("asylum", "asylum_owner"), "documented-test-password"
    )
    app = SharedLocation(postgres_server.url("asylum", "asylum_app"), "documented-test-password")
    yield owner, app
    postgres_server.drop_database("asylum")
    with postgres_server.admin_connection() as admin:
        admin.execute("DROP ROLE IF EXISTS asylum_app")
        admin.execute("DROP ROLE IF EXISTS asylum_owner")


def test_the_documented_roles_run_the_office_with_least_privilege(
    documented_office: tuple[SharedLocation, SharedLocation],
) -> None:
    owner, app = documented_office
    before, after = migrate_schema(owner)
    assert before is None and after
    created = create_shared_vault(
        app,
        office_code="HQ",
        office_name="Regional headquarters",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as vault:
        service = CaseService(vault)
        number = service.create_case(canary_case())
        assert [s.case_number for s in service.search("kyawswa")] == [number]
        assert verify_vault(vault).ok
        # The application's login cannot change the schema.
        with (
            pytest.raises(Exception, match="permission denied"),
            vault.engine.begin() as connection,
        ):
            connection.execute(text("CREATE TABLE intruder (id integer)"))
    assert migrate_schema(owner)[0] == after  # already current: nothing to do


def test_tls_is_required_and_a_refused_connection_is_one_line(
    postgres_server: PostgresServer, shared_location: SharedLocation
) -> None:
    with pytest.raises(SharedDatabaseError, match="unencrypted"):
        parse_database_url("postgresql://clerk@db.hq.example.org/asylum?sslmode=disable")
    assert parse_database_url("postgresql://clerk@db.hq.example.org/asylum").query["sslmode"] == (
        "require"
    )
    # This server accepts TLS only: a local connection without it is refused by the server.
    plain = shared_location.url.replace("sslmode=require", "sslmode=disable")
    with pytest.raises(SharedDatabaseError) as refused:
        check_password(plain, shared_location.password)
    assert "refused" in str(refused.value) and "\n" not in str(refused.value)
    check_password(shared_location.url, shared_location.password)
    with pytest.raises(SharedDatabaseError, match="refused the user name or password"):
        check_password(shared_location.url, "a wrong password")
    # The server really speaks TLS to the application.
    with psycopg.connect(
        host="127.0.0.1",
        port=postgres_server.port,
        user="asylum_admin",
        password=postgres_server.password,
        dbname="postgres",
        sslmode="require",
    ) as connection:
        assert connection.pgconn.ssl_in_use


def test_many_writers_at_once_get_distinct_numbers_and_one_audit_chain(
    shared_location: SharedLocation,
) -> None:
    created = create_shared_vault(
        shared_location,
        office_code="HQ",
        office_name="Regional headquarters",
        username="amara",
        passphrase=PASSPHRASE,
    )
    created.vault.close()
    numbers: list[str] = []
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            with unlock(shared_location, "amara", PASSPHRASE) as vault:
                service = CaseService(vault)
                for index in range(8):
                    numbers.append(
                        service.create_case(
                            Case(applicant=Person(given_names=f"Writer {worker} case {index}"))
                        )
                    )
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert len(numbers) == 32 and len(set(numbers)) == 32
    with unlock(shared_location, "amara", PASSPHRASE) as vault:
        report = verify_vault(vault)
        assert report.ok, report.problems
        assert report.cases == 32
