"""Events, their roles, partners, participants and documents; the rooms and their bookings;
the event an entry of the books belongs to.

The four rooms of the premises (report, Annex IV) are inserted here: every office has them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 06:15:41.091818
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.String(length=400), nullable=False),
        sa.Column("title_ru", sa.String(length=400), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("delivered_by_wco", sa.Boolean(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("countries", sa.Integer(), nullable=True),
        sa.Column("narrative_en", sa.Text(), nullable=False),
        sa.Column("narrative_ru", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(participants IS NULL OR participants >= 0) AND (countries IS NULL OR countries >= 0)",
            name=op.f("ck_event_counts_not_negative"),
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_event_end_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index("ix_event_start", ["start_date", "id"], unique=False)

    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("code", name=op.f("uq_room_code")),
    )
    op.create_table(
        "event_beneficiary",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_beneficiary_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_event_beneficiary_member_id_member")
        ),
        sa.PrimaryKeyConstraint("event_id", "member_id", name=op.f("pk_event_beneficiary")),
    )
    with op.batch_alter_table("event_beneficiary", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_beneficiary_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "event_document",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_event_document_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_document_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "attachment_id", name=op.f("pk_event_document")),
    )
    op.create_table(
        "event_partner",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_partner_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_event_partner_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("event_id", "partner_id", name=op.f("pk_event_partner")),
    )
    with op.batch_alter_table("event_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_partner_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "event_role",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_role_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "role", name=op.f("pk_event_role")),
    )
    with op.batch_alter_table("event_role", schema=None) as batch_op:
        batch_op.create_index("ix_event_role_role", ["role", "event_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("administration", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=10), nullable=False),
        sa.Column("attendance", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_participant_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_participant_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index("ix_participant_event", ["event_id", "name"], unique=False)

    op.create_table(
        "event_expert",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_expert_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"], ["expert.id"], name=op.f("fk_event_expert_expert_id_expert")
        ),
        sa.PrimaryKeyConstraint("event_id", "expert_id", name=op.f("pk_event_expert")),
    )
    with op.batch_alter_table("event_expert", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_expert_expert_id"), ["expert_id"], unique=False)

    op.create_table(
        "room_booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("organization", sa.String(length=300), nullable=False),
        sa.Column("rent", sa.BigInteger(), nullable=True),
        sa.Column("income_entry_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_room_booking_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_room_booking_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["income_entry_id"],
            ["ledger_entry.id"],
            name=op.f("fk_room_booking_income_entry_id_ledger_entry"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["room.id"], name=op.f("fk_room_booking_room_id_room")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_booking")),
        sa.UniqueConstraint("income_entry_id", name="uq_room_booking_income_entry"),
    )
    with op.batch_alter_table("room_booking", schema=None) as batch_op:
        batch_op.create_index("ix_room_booking_room_time", ["room_id", "starts_at"], unique=False)

    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("event_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_ledger_entry_event_id"), ["event_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_ledger_entry_event_id_event"),
            "event",
            ["event_id"],
            ["id"],
            ondelete="SET NULL",
        )

    room = sa.table(
        "room",
        sa.column("code", sa.String),
        sa.column("name_en", sa.String),
        sa.column("name_ru", sa.String),
        sa.column("seats", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        room,
        [
            {"code": code, "name_en": en, "name_ru": ru, "seats": seats, "active": True}
            for code, en, ru, seats in ROOMS
        ],
    )


# Annex IV: "conference hall (53 seats with mics); computer lab with 20 working stations;
# 2 equipped training classes (30 seats each)".
ROOMS = (
    ("conference-hall", "Conference hall", "Конференц-зал", 53),
    ("computer-lab", "Computer lab", "Компьютерный класс", 20),
    ("classroom-1", "Training class 1", "Учебный класс 1", 30),
    ("classroom-2", "Training class 2", "Учебный класс 2", 30),
)


def downgrade() -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_ledger_entry_event_id_event"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_ledger_entry_event_id"))
        batch_op.drop_column("event_id")

    with op.batch_alter_table("room_booking", schema=None) as batch_op:
        batch_op.drop_index("ix_room_booking_room_time")

    op.drop_table("room_booking")
    with op.batch_alter_table("event_expert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_expert_expert_id"))

    op.drop_table("event_expert")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_event")

    op.drop_table("participant")
    with op.batch_alter_table("event_role", schema=None) as batch_op:
        batch_op.drop_index("ix_event_role_role")

    op.drop_table("event_role")
    with op.batch_alter_table("event_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_partner_partner_id"))

    op.drop_table("event_partner")
    op.drop_table("event_document")
    with op.batch_alter_table("event_beneficiary", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_beneficiary_member_id"))

    op.drop_table("event_beneficiary")
    op.drop_table("room")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_start")

    op.drop_table("event")
