"""Drafts of unsaved edits; vulnerabilities in their own indexed table (fast list filters).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("draft_key", sa.String(length=64), nullable=False),
        sa.Column("case_number", sa.String(length=24), nullable=True),
        sa.Column("saved_at", sa.String(length=32), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("owner", "draft_key", name=op.f("uq_drafts_owner")),
    )
    op.create_table(
        "case_vulnerabilities",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("vulnerability", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_vulnerabilities_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_vulnerabilities")),
    )
    op.create_index(
        "ix_case_vulnerabilities_case_id", "case_vulnerabilities", ["case_id"], unique=False
    )
    op.create_index(
        "ix_case_vulnerabilities_kind",
        "case_vulnerabilities",
        ["vulnerability", "case_id"],
        unique=False,
    )
    if op.get_bind().dialect.name != "sqlite":
        # Shared databases start at the current schema: there is no old column to copy.
        op.drop_column("cases", "vulnerabilities")
        return
    op.execute(
        "INSERT INTO case_vulnerabilities (case_id, position, vulnerability) "
        "SELECT cases.id, CAST(entry.key AS INTEGER), entry.value "
        "FROM cases, json_each(cases.vulnerabilities) AS entry"
    )
    # A native DROP COLUMN keeps the table (and its expression index) instead of rebuilding it.
    op.execute("ALTER TABLE cases DROP COLUMN vulnerabilities")


def downgrade() -> None:
    op.add_column(
        "cases", sa.Column("vulnerabilities", sa.Text(), nullable=False, server_default="[]")
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE cases SET vulnerabilities = (SELECT COALESCE(json_agg(vulnerability "
            "ORDER BY position), '[]')::text FROM case_vulnerabilities v "
            "WHERE v.case_id = cases.id)"
        )
    else:
        op.execute(
            "UPDATE cases SET vulnerabilities = (SELECT json_group_array(vulnerability) FROM "
            "(SELECT vulnerability FROM case_vulnerabilities v WHERE v.case_id = cases.id "
            "ORDER BY position))"
        )
    op.drop_index("ix_case_vulnerabilities_kind", table_name="case_vulnerabilities")
    op.drop_index("ix_case_vulnerabilities_case_id", table_name="case_vulnerabilities")
    op.drop_table("case_vulnerabilities")
    op.drop_table("drafts")
