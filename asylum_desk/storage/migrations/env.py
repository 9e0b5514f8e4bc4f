"""Alembic environment: always runs on the already-keyed connection handed in by the caller."""

from alembic import context

from asylum_desk.storage.migrations.filters import include_object
from asylum_desk.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(  # internal
        "Vault migrations run only through asylum_desk.storage.migrate "
        "(the key never goes in a URL)."
    )
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
