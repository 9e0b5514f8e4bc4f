"""Case exchanges with other offices, merge conflicts, and duplicate decisions.

An exchange keeps the case as it was last sent to or received from an office: it is the
common ancestor when that office sends the case again, so that a change made on one side
only is applied and a change made on both sides becomes a conflict for a supervisor. A
person link records a caseworker's decision that two cases are (or are not) the same person.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _case_fk(table: str, column: str = "case_id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["cases.id"], name=op.f(f"fk_{table}_{column}_cases"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "case_exchanges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("office_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        _case_fk("case_exchanges"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_exchanges")),
        sa.UniqueConstraint(
            "case_id", "office_fingerprint", name=op.f("uq_case_exchanges_case_id")
        ),
    )
    op.create_table(
        "merge_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("ours", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.Column("resolution", sa.String(length=8), nullable=True),
        _case_fk("merge_conflicts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_conflicts")),
    )
    op.create_index(
        "ix_merge_conflicts_open", "merge_conflicts", ["resolved_at", "case_id"], unique=False
    )
    op.create_table(
        "person_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("other_case_id", sa.Integer(), nullable=False),
        sa.Column("other_position", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        _case_fk("person_links"),
        _case_fk("person_links", "other_case_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_links")),
        sa.UniqueConstraint(
            "case_id",
            "position",
            "other_case_id",
            "other_position",
            name=op.f("uq_person_links_case_id"),
        ),
    )
    op.create_index("ix_person_links_other", "person_links", ["other_case_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_person_links_other", table_name="person_links")
    op.drop_table("person_links")
    op.drop_index("ix_merge_conflicts_open", table_name="merge_conflicts")
    op.drop_table("merge_conflicts")
    op.drop_table("case_exchanges")
