"""Case assignments, the day a case was closed, the audit trail indexed for reading.

Assignments say who else works on a case and as what; the closing day starts the retention
period; the audit trail is read by day, user and action.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("assigned_at", sa.String(length=32), nullable=False),
        sa.Column("assigned_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_assignments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_assignments")),
        sa.UniqueConstraint("case_id", "username", name=op.f("uq_case_assignments_case_id")),
    )
    op.create_index("ix_case_assignments_case_id", "case_assignments", ["case_id"], unique=False)
    op.create_index(
        "ix_case_assignments_user",
        "case_assignments",
        ["username", "role", "case_id"],
        unique=False,
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"], unique=False)
    op.create_index("ix_audit_events_actor", "audit_events", ["actor"], unique=False)
    op.create_index("ix_audit_events_action", "audit_events", ["action"], unique=False)
    # A native ADD COLUMN (no batch rebuild): the cases table and its indexes stay as they are.
    op.add_column("cases", sa.Column("closed_on", sa.String(length=10), nullable=True))
    op.create_index("ix_cases_closed_on", "cases", ["closed_on"], unique=False)
    # Cases closed before this version: the day of their last "close" in the audit trail,
    # else the day they were last saved (the retention period runs from this day).
    op.execute(
        "UPDATE cases SET closed_on = COALESCE("
        "(SELECT substr(max(at), 1, 10) FROM audit_events "
        "WHERE audit_events.case_number = cases.case_number AND action = 'close'), "
        "substr(updated_at, 1, 10)) "
        "WHERE status = 'closed'"
    )


def downgrade() -> None:
    op.drop_index("ix_audit_events_action", table_name="audit_events")
    op.drop_index("ix_audit_events_actor", table_name="audit_events")
    op.drop_index("ix_audit_events_at", table_name="audit_events")
    op.drop_index("ix_cases_closed_on", table_name="cases")
    op.execute("ALTER TABLE cases DROP COLUMN closed_on")
    op.drop_index("ix_case_assignments_user", table_name="case_assignments")
    op.drop_index("ix_case_assignments_case_id", table_name="case_assignments")
    op.drop_table("case_assignments")
