"""The Strategic Framework, the annual Work Plans, their activities' progress and the needs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utc_now


class StrategicFramework(Base):
    """A multi-year Strategic Framework (2018–2021): mission, vision, values and goals."""

    __tablename__ = "strategic_framework"

    id: Mapped[int] = mapped_column(primary_key=True)
    start_year: Mapped[int] = mapped_column(unique=True)
    end_year: Mapped[int]
    mission_en: Mapped[str] = mapped_column(Text, default="")
    mission_ru: Mapped[str] = mapped_column(Text, default="")
    vision_en: Mapped[str] = mapped_column(Text, default="")
    vision_ru: Mapped[str] = mapped_column(Text, default="")
    # One value a line, as the report lists them.
    values_en: Mapped[str] = mapped_column(Text, default="")
    values_ru: Mapped[str] = mapped_column(Text, default="")


class StrategicGoal(Base):
    __tablename__ = "strategic_goal"
    __table_args__ = (UniqueConstraint("framework_id", "number", name="uq_goal_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("strategic_framework.id", ondelete="CASCADE")
    )
    number: Mapped[int]
    group: Mapped[str] = mapped_column(String(20))
    title_en: Mapped[str] = mapped_column(String(400), default="")
    title_ru: Mapped[str] = mapped_column(String(400), default="")
    # Lists are kept one item a line: they are only ever shown and printed whole.
    deliverables_en: Mapped[str] = mapped_column(Text, default="")
    deliverables_ru: Mapped[str] = mapped_column(Text, default="")
    stakeholders_en: Mapped[str] = mapped_column(Text, default="")
    stakeholders_ru: Mapped[str] = mapped_column(Text, default="")
    expected_impact_en: Mapped[str] = mapped_column(Text, default="")
    expected_impact_ru: Mapped[str] = mapped_column(Text, default="")
    indicators_en: Mapped[str] = mapped_column(Text, default="")
    indicators_ru: Mapped[str] = mapped_column(Text, default="")


class WorkPlan(Base):
    """The plan of one financial year, named by the year it starts (2021 is 2021/2022)."""

    __tablename__ = "work_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True)
    # The director's sign-off of the year's progress.
    signed_by: Mapped[str] = mapped_column(String(100), default="")
    signed_at: Mapped[datetime | None]
    sign_comment: Mapped[str] = mapped_column(Text, default="")


class PlanGoal(Base):
    """A goal's expected impact as the year's plan states it, under the goal's table."""

    __tablename__ = "plan_goal"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("work_plan.id", ondelete="CASCADE"), primary_key=True
    )
    goal_number: Mapped[int] = mapped_column(primary_key=True)
    expected_impact_en: Mapped[str] = mapped_column(Text, default="")
    expected_impact_ru: Mapped[str] = mapped_column(Text, default="")


class Activity(Base):
    __tablename__ = "activity"
    __table_args__ = (
        # "1.1" and "01.1" are one number: the position is what is unique, and its
        # index is also the plan's activities in the report's order.
        UniqueConstraint("plan_id", "major", "minor", name="uq_activity_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("work_plan.id", ondelete="CASCADE"))
    goal_number: Mapped[int]
    number: Mapped[str] = mapped_column(String(5))
    major: Mapped[int]
    minor: Mapped[int]
    title_en: Mapped[str] = mapped_column(String(500), default="")
    title_ru: Mapped[str] = mapped_column(String(500), default="")
    expected_output_en: Mapped[str] = mapped_column(Text, default="")
    expected_output_ru: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    status_note_en: Mapped[str] = mapped_column(String(300), default="")
    status_note_ru: Mapped[str] = mapped_column(String(300), default="")
    indicator_en: Mapped[str] = mapped_column(Text, default="")
    indicator_ru: Mapped[str] = mapped_column(Text, default="")
    indicator_source: Mapped[str] = mapped_column(String(10), default="none")
    baseline: Mapped[int | None]
    target: Mapped[int | None]
    intended_outcome_en: Mapped[str] = mapped_column(Text, default="")
    intended_outcome_ru: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None]
    # Progress of the reporting year: bullets one a line, and the "√" outcome.
    progress_en: Mapped[str] = mapped_column(Text, default="")
    progress_ru: Mapped[str] = mapped_column(Text, default="")
    outcome_en: Mapped[str] = mapped_column(Text, default="")
    outcome_ru: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(100), default="")
    signed_at: Mapped[datetime | None]
    sign_comment: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class ActivityStakeholder(Base):
    __tablename__ = "activity_stakeholder"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder: Mapped[str] = mapped_column(String(40), primary_key=True)


class ActivityStatusChange(Base):
    """The dated history of an activity's status."""

    __tablename__ = "activity_status_change"
    __table_args__ = (Index("ix_status_change_activity", "activity_id", "changed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(300), default="")
    changed_on: Mapped[date]
    actor: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)


class ActivityEvent(Base):
    __tablename__ = "activity_event"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActivityLetter(Base):
    __tablename__ = "activity_letter"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActivityEntry(Base):
    """A ledger entry as evidence of an activity (a payment it made possible)."""

    __tablename__ = "activity_entry"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("ledger_entry.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActivityDocument(Base):
    __tablename__ = "activity_document"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")


class Need(Base):
    """A capacity-building need a member administration asked for in the yearly cycle."""

    __tablename__ = "need"
    __table_args__ = (Index("ix_need_year", "year", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]  # the cycle's calendar year: the WCO asks in January
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    topic_en: Mapped[str] = mapped_column(String(400), default="")
    topic_ru: Mapped[str] = mapped_column(String(400), default="")
    category: Mapped[str] = mapped_column(String(40))
    path: Mapped[str] = mapped_column(String(20), default="received")
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")


class NeedStep(Base):
    """The day a need reached a step of its path."""

    __tablename__ = "need_step"
    __table_args__ = (Index("ix_need_step_path_day", "path", "day"),)

    need_id: Mapped[int] = mapped_column(
        ForeignKey("need.id", ondelete="CASCADE"), primary_key=True
    )
    path: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[date]
