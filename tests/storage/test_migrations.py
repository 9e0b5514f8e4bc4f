import os
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from asylum_desk.storage.engine import create_vault_engine
from asylum_desk.storage.migrate import current_revision, head_revision, upgrade_to_head
from asylum_desk.storage.migrations.filters import include_object
from asylum_desk.storage.shared import SharedLocation, create_shared_engine
from asylum_desk.storage.tables import Base
from tests.postgres_server import PostgresServer


def test_upgrade_head_on_an_empty_vault_equals_the_orm_schema(tmp_path: Path) -> None:
    engine = create_vault_engine(tmp_path / "empty.db", os.urandom(32), create=True)
    try:
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": include_object, "compare_type": True}
            )
            differences = compare_metadata(context, Base.metadata)
            assert differences == []
            names = {
                row[0]
                for row in connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")
                )
            }
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= names
    assert "case_search" in names
    assert "ix_cases_display_name_nocase" in names


def test_0002_moves_vulnerabilities_into_their_own_table(tmp_path: Path) -> None:
    from alembic import command

    from asylum_desk.storage.migrate import alembic_config

    engine = create_vault_engine(tmp_path / "old.db", os.urandom(32), create=True)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
            connection.execute(
                text(
                    "INSERT INTO cases (id, case_number, status, vulnerabilities, created_at, "
                    "updated_at, version, display_name, anonymous, has_statement, has_crossing) "
                    "VALUES (7, 'OLD-2025-0001', 'registered', '[\"medical\", \"elderly\"]', "
                    "'t', 't', 1, 'A', 0, 0, 0)"
                )
            )
        upgrade_to_head(engine)
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT case_id, position, vulnerability FROM case_vulnerabilities "
                    "ORDER BY position"
                )
            ).all()
            columns = [row[1] for row in connection.execute(text("PRAGMA table_info(cases)"))]
            indexes = [row[1] for row in connection.execute(text("PRAGMA index_list(cases)"))]
    finally:
        engine.dispose()
    assert [tuple(row) for row in rows] == [(7, 0, "medical"), (7, 1, "elderly")]
    assert "vulnerabilities" not in columns
    assert "ix_cases_display_name_nocase" in indexes


def test_the_same_migrations_build_a_shared_database_and_take_it_down(
    postgres_server: PostgresServer,
) -> None:
    from alembic import command

    from asylum_desk.storage.migrate import alembic_config

    name = f"asylum_migrations_{os.getpid()}"
    postgres_server.create_database(name)
    engine = create_shared_engine(
        SharedLocation(postgres_server.url(name), postgres_server.password)
    )
    try:
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": include_object, "compare_type": True}
            )
            # The case-insensitive name index is lower(display_name) here, by design.
            differences = [
                d for d in compare_metadata(context, Base.metadata) if "nocase" not in str(d)
            ]
            assert differences == []
            tables = set(inspect(connection).get_table_names())
        assert set(Base.metadata.tables) <= tables and "case_search" in tables
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert current_revision(engine) is None
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
        postgres_server.drop_database(name)
