"""Drafts: autosaved, unsaved edits of a case, restored after a crash.

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


def downgrade() -> None:
    op.drop_table("drafts")
