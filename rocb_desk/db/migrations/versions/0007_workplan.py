"""The work plan: the Strategic Framework and its goals, the annual plans, their
activities with stakeholders, status history and evidence links, and the needs register.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 08:47:17.318222
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "strategic_framework",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("mission_en", sa.Text(), nullable=False),
        sa.Column("mission_ru", sa.Text(), nullable=False),
        sa.Column("vision_en", sa.Text(), nullable=False),
        sa.Column("vision_ru", sa.Text(), nullable=False),
        sa.Column("values_en", sa.Text(), nullable=False),
        sa.Column("values_ru", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategic_framework")),
        sa.UniqueConstraint("start_year", name=op.f("uq_strategic_framework_start_year")),
    )
    op.create_table(
        "work_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("signed_by", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("sign_comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_plan")),
        sa.UniqueConstraint("year", name=op.f("uq_work_plan_year")),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("goal_number", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=5), nullable=False),
        sa.Column("major", sa.Integer(), nullable=False),
        sa.Column("minor", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.String(length=500), nullable=False),
        sa.Column("title_ru", sa.String(length=500), nullable=False),
        sa.Column("expected_output_en", sa.Text(), nullable=False),
        sa.Column("expected_output_ru", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_note_en", sa.String(length=300), nullable=False),
        sa.Column("status_note_ru", sa.String(length=300), nullable=False),
        sa.Column("indicator_en", sa.Text(), nullable=False),
        sa.Column("indicator_ru", sa.Text(), nullable=False),
        sa.Column("indicator_source", sa.String(length=10), nullable=False),
        sa.Column("baseline", sa.Integer(), nullable=True),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.Column("intended_outcome_en", sa.Text(), nullable=False),
        sa.Column("intended_outcome_ru", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("progress_en", sa.Text(), nullable=False),
        sa.Column("progress_ru", sa.Text(), nullable=False),
        sa.Column("outcome_en", sa.Text(), nullable=False),
        sa.Column("outcome_ru", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("sign_comment", sa.Text(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["activity.id"],
            name=op.f("fk_activity_carried_from_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["work_plan.id"],
            name=op.f("fk_activity_plan_id_work_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("plan_id", "major", "minor", name="uq_activity_position"),
    )

    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("topic_en", sa.String(length=400), nullable=False),
        sa.Column("topic_ru", sa.String(length=400), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("path", sa.String(length=20), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_need_event_id_event"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_need_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index("ix_need_year", ["year", "member_id"], unique=False)

    op.create_table(
        "plan_goal",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("goal_number", sa.Integer(), nullable=False),
        sa.Column("expected_impact_en", sa.Text(), nullable=False),
        sa.Column("expected_impact_ru", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["work_plan.id"],
            name=op.f("fk_plan_goal_plan_id_work_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("plan_id", "goal_number", name=op.f("pk_plan_goal")),
    )
    op.create_table(
        "strategic_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=20), nullable=False),
        sa.Column("title_en", sa.String(length=400), nullable=False),
        sa.Column("title_ru", sa.String(length=400), nullable=False),
        sa.Column("deliverables_en", sa.Text(), nullable=False),
        sa.Column("deliverables_ru", sa.Text(), nullable=False),
        sa.Column("stakeholders_en", sa.Text(), nullable=False),
        sa.Column("stakeholders_ru", sa.Text(), nullable=False),
        sa.Column("expected_impact_en", sa.Text(), nullable=False),
        sa.Column("expected_impact_ru", sa.Text(), nullable=False),
        sa.Column("indicators_en", sa.Text(), nullable=False),
        sa.Column("indicators_ru", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["strategic_framework.id"],
            name=op.f("fk_strategic_goal_framework_id_strategic_framework"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategic_goal")),
        sa.UniqueConstraint("framework_id", "number", name="uq_goal_number"),
    )
    op.create_table(
        "activity_document",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_document_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_activity_document_attachment_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("activity_id", "attachment_id", name=op.f("pk_activity_document")),
    )
    op.create_table(
        "activity_event",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_event_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_activity_event_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "event_id", name=op.f("pk_activity_event")),
    )
    with op.batch_alter_table("activity_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_event_event_id"), ["event_id"], unique=False)

    op.create_table(
        "activity_letter",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_letter_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_activity_letter_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "letter_id", name=op.f("pk_activity_letter")),
    )
    with op.batch_alter_table("activity_letter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_letter_letter_id"), ["letter_id"], unique=False
        )

    op.create_table(
        "activity_stakeholder",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_stakeholder_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "stakeholder", name=op.f("pk_activity_stakeholder")),
    )
    op.create_table(
        "activity_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_status_change_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_status_change")),
    )
    with op.batch_alter_table("activity_status_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_status_change_activity", ["activity_id", "changed_on"], unique=False
        )

    op.create_table(
        "need_step",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"], ["need.id"], name=op.f("fk_need_step_need_id_need"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("need_id", "path", name=op.f("pk_need_step")),
    )
    with op.batch_alter_table("need_step", schema=None) as batch_op:
        batch_op.create_index("ix_need_step_path_day", ["path", "day"], unique=False)

    op.create_table(
        "activity_entry",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_entry_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_activity_entry_entry_id_ledger_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "entry_id", name=op.f("pk_activity_entry")),
    )
    with op.batch_alter_table("activity_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_entry_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("activity_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_entry_entry_id"))

    op.drop_table("activity_entry")
    with op.batch_alter_table("need_step", schema=None) as batch_op:
        batch_op.drop_index("ix_need_step_path_day")

    op.drop_table("need_step")
    with op.batch_alter_table("activity_status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_status_change_activity")

    op.drop_table("activity_status_change")
    op.drop_table("activity_stakeholder")
    with op.batch_alter_table("activity_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_letter_letter_id"))

    op.drop_table("activity_letter")
    with op.batch_alter_table("activity_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_event_event_id"))

    op.drop_table("activity_event")
    op.drop_table("activity_document")
    op.drop_table("strategic_goal")
    op.drop_table("plan_goal")
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index("ix_need_year")

    op.drop_table("need")
    op.drop_table("activity")
    op.drop_table("work_plan")
    op.drop_table("strategic_framework")
