"""The annual reports of the Regional Training Centres, collected on the office's template.

One report per RTC and financial year (named by the year it starts: 2020 is 2020/2021):
the RTC's general information as it wrote it, the events it organized or hosted and
those it plans, its developments and remarks, and the short survey of the template.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from .directory import RegionalTrainingCenter

# A survey answer: "yes", "no" or "unknown" (not answered).
ANSWER = String(8)


class RtcReport(Base):
    __tablename__ = "rtc_report"
    __table_args__ = (UniqueConstraint("rtc_id", "year", name="uq_rtc_report_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rtc_id: Mapped[int] = mapped_column(ForeignKey("rtc.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    # General information, as the RTC wrote it.
    name_reported: Mapped[str] = mapped_column(String(400), default="")
    head: Mapped[str] = mapped_column(String(400), default="")
    website_email: Mapped[str] = mapped_column(String(400), default="")
    staff: Mapped[str] = mapped_column(String(200), default="")  # "36 employees", "-"
    contact_person: Mapped[str] = mapped_column(Text, default="")
    contact_email_phone: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[str] = mapped_column(Text, default="")
    developments: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    # The survey.
    own_building: Mapped[str] = mapped_column(ANSWER, default="unknown")
    strategy_document: Mapped[str] = mapped_column(ANSWER, default="unknown")
    accommodation: Mapped[str] = mapped_column(ANSWER, default="unknown")
    own_budget: Mapped[str] = mapped_column(ANSWER, default="unknown")
    outside_support: Mapped[str] = mapped_column(ANSWER, default="unknown")
    staff_adequate: Mapped[str] = mapped_column(ANSWER, default="unknown")
    willing_to_specialize: Mapped[str] = mapped_column(ANSWER, default="unknown")
    specialization_topics: Mapped[str] = mapped_column(Text, default="")

    rtc: Mapped[RegionalTrainingCenter] = relationship()
    events: Mapped[list[RtcReportEvent]] = relationship(
        back_populates="report",
        cascade="all, delete-orphan",
        order_by="(RtcReportEvent.kind, RtcReportEvent.position)",
    )


class RtcReportEvent(Base):
    """An event of a report: organized or hosted ("held") or planned or foreseen."""

    __tablename__ = "rtc_report_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("rtc_report.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))  # "held" or "planned"
    position: Mapped[int]
    name: Mapped[str] = mapped_column(Text, default="")
    dates: Mapped[str] = mapped_column(String(200), default="")  # as the RTC wrote them
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    attendance: Mapped[str] = mapped_column(Text, default="")
    attendance_count: Mapped[int | None]
    purpose: Mapped[str] = mapped_column(Text, default="")

    report: Mapped[RtcReport] = relationship(back_populates="events")
