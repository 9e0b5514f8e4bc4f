"""Initial schema: cases and their sections, users, settings, audit trail, search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import TSVECTOR

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("case_number", sa.String(length=24), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_events_case_number"), ["case_number"], unique=False
        )

    op.create_table(
        "case_sequences",
        sa.Column("office", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("office", "year", name=op.f("pk_case_sequences")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_number", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("registered_on", sa.String(length=10), nullable=True),
        sa.Column("caseworker", sa.String(length=100), nullable=True),
        sa.Column("vulnerabilities", sa.Text(), nullable=False),
        sa.Column("closed_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("fears_on_return", sa.Text(), nullable=True),
        sa.Column("has_statement", sa.Boolean(), nullable=False),
        sa.Column("statement_text", sa.Text(), nullable=True),
        sa.Column("statement_language", sa.String(length=3), nullable=True),
        sa.Column("statement_translation", sa.Text(), nullable=True),
        sa.Column("statement_interpreter", sa.String(length=200), nullable=True),
        sa.Column("has_crossing", sa.Boolean(), nullable=False),
        sa.Column("crossing_date", sa.String(length=10), nullable=True),
        sa.Column("crossing_crossing_point", sa.Text(), nullable=True),
        sa.Column("crossing_district", sa.String(length=200), nullable=True),
        sa.Column("crossing_state", sa.Text(), nullable=True),
        sa.Column("crossing_country", sa.String(length=3), nullable=True),
        sa.Column("crossing_route", sa.Text(), nullable=True),
        sa.Column("crossing_travelled_with", sa.Text(), nullable=True),
        sa.Column("crossing_received_by", sa.Text(), nullable=True),
        sa.Column("crossing_current_location", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("case_number", name=op.f("uq_cases_case_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_caseworker"), ["caseworker"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_crossing_date"), ["crossing_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cases_crossing_district"), ["crossing_district"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "attachments",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "coi_refs",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=True),
        sa.Column("document_type", sa.Text(), nullable=True),
        sa.Column("accessed_on", sa.String(length=10), nullable=True),
        sa.Column("pinpoint", sa.Text(), nullable=True),
        sa.Column("supports", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_coi_refs_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coi_refs")),
    )
    with op.batch_alter_table("coi_refs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coi_refs_case_id"), ["case_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=40), nullable=False),
        sa.Column("disclose_identity", sa.Boolean(), nullable=False),
        sa.Column("disclose_family", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.String(length=10), nullable=True),
        sa.Column("obtained_by", sa.Text(), nullable=True),
        sa.Column("interpreter", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_consents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_case_id"), ["case_id"], unique=False)

    op.create_table(
        "documents",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_documents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_case_id"), ["case_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_case_id"), ["case_id"], unique=False)

    op.create_table(
        "family_members",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("relationship", sa.String(length=100), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("has_location", sa.Boolean(), nullable=False),
        sa.Column("location_country", sa.String(length=3), nullable=True),
        sa.Column("location_region", sa.Text(), nullable=True),
        sa.Column("location_exact", sa.Text(), nullable=True),
        sa.Column("location_granularity", sa.String(length=40), nullable=True),
        sa.Column("situation", sa.String(length=40), nullable=False),
        sa.Column("last_contact", sa.String(length=10), nullable=True),
        sa.Column("safe_to_contact", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_family_members_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_members")),
    )
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_members_case_id"), ["case_id"], unique=False)

    op.create_table(
        "notes",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.String(length=10), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_notes_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_case_id"), ["case_id"], unique=False)

    op.create_table(
        "people",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("relationship", sa.String(length=100), nullable=True),
        sa.Column("given_names", sa.Text(), nullable=True),
        sa.Column("family_name", sa.Text(), nullable=True),
        sa.Column("name_original_script", sa.Text(), nullable=True),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("sex", sa.String(length=40), nullable=True),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("nationality", sa.String(length=3), nullable=True),
        sa.Column("ethnicity", sa.Text(), nullable=True),
        sa.Column("religion", sa.Text(), nullable=True),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("occupation", sa.Text(), nullable=True),
        sa.Column("has_service", sa.Boolean(), nullable=False),
        sa.Column("service_force", sa.Text(), nullable=True),
        sa.Column("service_rank", sa.Text(), nullable=True),
        sa.Column("service_unit", sa.Text(), nullable=True),
        sa.Column("service_service_number", sa.Text(), nullable=True),
        sa.Column("has_place_of_origin", sa.Boolean(), nullable=False),
        sa.Column("place_of_origin_country", sa.String(length=3), nullable=True),
        sa.Column("place_of_origin_region", sa.Text(), nullable=True),
        sa.Column("place_of_origin_township", sa.Text(), nullable=True),
        sa.Column("place_of_origin_village", sa.Text(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("anonymity_requested", sa.Boolean(), nullable=False),
        sa.Column("anonymity_pseudonym", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_people_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_case_id"), ["case_id"], unique=False)

    op.create_table(
        "reasons",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_reasons_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reasons")),
    )
    with op.batch_alter_table("reasons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reasons_case_id"), ["case_id"], unique=False)

    op.create_table(
        "service_orders",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("issuing_rank", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_service_orders_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_orders")),
    )
    with op.batch_alter_table("service_orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_orders_case_id"), ["case_id"], unique=False)

    op.create_table(
        "service_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("force", sa.Text(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("station", sa.Text(), nullable=True),
        sa.Column("rank", sa.Text(), nullable=True),
        sa.Column("service_number", sa.Text(), nullable=True),
        sa.Column("joined_on", sa.String(length=10), nullable=True),
        sa.Column("left_on", sa.String(length=10), nullable=True),
        sa.Column("duties", sa.Text(), nullable=True),
        sa.Column("protest_deployments", sa.Text(), nullable=True),
        sa.Column("has_refusal", sa.Boolean(), nullable=False),
        sa.Column("refusal_what", sa.Text(), nullable=True),
        sa.Column("refusal_date", sa.String(length=10), nullable=True),
        sa.Column("refusal_how", sa.Text(), nullable=True),
        sa.Column("refusal_witnesses", sa.Text(), nullable=True),
        sa.Column("separation", sa.Text(), nullable=True),
        sa.Column("consequences", sa.Text(), nullable=True),
        sa.Column("conduct_statement", sa.Text(), nullable=True),
        sa.Column("colleagues_who_fled", sa.Text(), nullable=False),
        sa.Column("crossing_helpers", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_service_records_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_records")),
        sa.UniqueConstraint("case_id", name=op.f("uq_service_records_case_id")),
    )

    if op.get_bind().dialect.name == "postgresql":
        # A shared database: the same list order by a lower-case index, and the search index
        # as a table of text-search documents (see storage/search_index.py).
        op.create_index("ix_cases_display_name_nocase", "cases", [sa.text("lower(display_name)")])
        op.create_table(
            "case_search",
            sa.Column("rowid", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("document", TSVECTOR(), nullable=False),
            sa.PrimaryKeyConstraint("rowid", name=op.f("pk_case_search")),
        )
        op.create_index(
            "ix_case_search_document", "case_search", ["document"], postgresql_using="gin"
        )
        return
    op.create_index(
        "ix_cases_display_name_nocase", "cases", [sa.text("display_name COLLATE NOCASE")]
    )
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "body, content='', contentless_delete=1, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS case_search")
    op.drop_index("ix_cases_display_name_nocase", table_name="cases")
    op.drop_table("service_records")
    with op.batch_alter_table("service_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_orders_case_id"))

    op.drop_table("service_orders")
    with op.batch_alter_table("reasons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reasons_case_id"))

    op.drop_table("reasons")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_case_id"))

    op.drop_table("people")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_case_id"))

    op.drop_table("notes")
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_members_case_id"))

    op.drop_table("family_members")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_case_id"))

    op.drop_table("events")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_case_id"))

    op.drop_table("documents")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_case_id"))

    op.drop_table("consents")
    with op.batch_alter_table("coi_refs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coi_refs_case_id"))

    op.drop_table("coi_refs")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_case_id"))

    op.drop_table("attachments")
    op.drop_table("users")
    op.drop_table("settings")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_updated_at"))
        batch_op.drop_index(batch_op.f("ix_cases_status"))
        batch_op.drop_index(batch_op.f("ix_cases_crossing_district"))
        batch_op.drop_index(batch_op.f("ix_cases_crossing_date"))
        batch_op.drop_index(batch_op.f("ix_cases_caseworker"))

    op.drop_table("cases")
    op.drop_table("case_sequences")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_case_number"))

    op.drop_table("audit_events")
