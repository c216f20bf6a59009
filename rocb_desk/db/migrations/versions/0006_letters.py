"""The correspondence register: letters, correspondents, tags, links to events,
attachments and their extracted text; on SQLite the FTS5 index of the letters.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 06:50:05.514810
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("sender_reference", sa.String(length=100), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("restriction", sa.String(length=15), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("circular", sa.Boolean(), nullable=False),
        sa.Column("translation_id", sa.Integer(), nullable=True),
        sa.Column("in_reply_to_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_letter_number_positive")),
        sa.ForeignKeyConstraint(
            ["in_reply_to_id"],
            ["letter.id"],
            name=op.f("fk_letter_in_reply_to_id_letter"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["translation_id"],
            ["letter.id"],
            name=op.f("fk_letter_translation_id_letter"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint("reference", "language", name="uq_letter_reference_language"),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index("ix_letter_date", ["letter_date", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_letter_in_reply_to_id"), ["in_reply_to_id"], unique=False
        )
        batch_op.create_index("ix_letter_numbering", ["direction", "year", "number"], unique=False)

    op.create_table(
        "attachment_text",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_text_attachment_id_attachment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_text")),
    )
    op.create_table(
        "letter_attachment",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_letter_attachment_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_attachment_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("letter_id", "attachment_id", name=op.f("pk_letter_attachment")),
    )
    with op.batch_alter_table("letter_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_attachment_attachment_id"), ["attachment_id"], unique=False
        )

    op.create_table(
        "letter_event",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_letter_event_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_event_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("letter_id", "event_id", name=op.f("pk_letter_event")),
    )
    with op.batch_alter_table("letter_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_event_event_id"), ["event_id"], unique=False)

    op.create_table(
        "letter_tag",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_tag_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("letter_id", "tag", name=op.f("pk_letter_tag")),
    )
    with op.batch_alter_table("letter_tag", schema=None) as batch_op:
        batch_op.create_index("ix_letter_tag_tag", ["tag", "letter_id"], unique=False)

    op.create_table(
        "letter_correspondent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("rtc_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.CheckConstraint(
            "(kind = 'member' AND member_id IS NOT NULL) OR (kind = 'partner' AND partner_id IS NOT NULL) OR (kind = 'rtc' AND rtc_id IS NOT NULL) OR (kind = 'name' AND name <> '')",
            name=op.f("ck_letter_correspondent_kind_has_its_record"),
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_correspondent_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_letter_correspondent_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_letter_correspondent_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["rtc_id"], ["rtc.id"], name=op.f("fk_letter_correspondent_rtc_id_rtc")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_correspondent")),
    )
    with op.batch_alter_table("letter_correspondent", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_letter_correspondent_letter_id"), ["letter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_letter_correspondent_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_letter_correspondent_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_letter_correspondent_rtc_id"), ["rtc_id"], unique=False
        )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE letter_search USING fts5(reference, subject, "
            "correspondents, body, attachments, tokenize = 'unicode61 remove_diacritics 2', "
            "prefix = '2 3 4')"
        )
        # Ranking weighs a word in the reference or subject above one in a long list of
        # a circular's addressees (reference, subject, correspondents, body, attachments).
        op.execute(
            "INSERT INTO letter_search(letter_search, rank) "
            "VALUES ('rank', 'bm25(10.0, 5.0, 0.5, 2.0, 1.0)')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS letter_search")
    with op.batch_alter_table("letter_correspondent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_correspondent_rtc_id"))
        batch_op.drop_index(batch_op.f("ix_letter_correspondent_partner_id"))
        batch_op.drop_index(batch_op.f("ix_letter_correspondent_member_id"))
        batch_op.drop_index(batch_op.f("ix_letter_correspondent_letter_id"))

    op.drop_table("letter_correspondent")
    with op.batch_alter_table("letter_tag", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_tag_tag")

    op.drop_table("letter_tag")
    with op.batch_alter_table("letter_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_event_event_id"))

    op.drop_table("letter_event")
    with op.batch_alter_table("letter_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_attachment_attachment_id"))

    op.drop_table("letter_attachment")
    op.drop_table("attachment_text")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_numbering")
        batch_op.drop_index(batch_op.f("ix_letter_in_reply_to_id"))
        batch_op.drop_index("ix_letter_date")

    op.drop_table("letter")
