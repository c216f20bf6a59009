"""The director's review: a year's activities with counted indicators, attention, sign-off.

Indicators whose source is a register are counted here, never typed: the events and
letters linked to the activity that fall in the plan's financial year, or the needs
received in it. Counting is a handful of grouped queries per plan, not one per row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from ...db.base import utc_now
from ...db.models import (
    Activity,
    ActivityDocument,
    ActivityEntry,
    ActivityEvent,
    ActivityLetter,
    Event,
    Letter,
    Need,
    WorkPlan,
)
from ...domain.access import Permission
from ...domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.workplan import (
    FINISHED,
    NOT_STARTED,
    ActivityStatus,
    IndicatorSource,
    progress_share,
)
from .. import audit
from ..events.queries import title_of
from ..office import Office
from .register import NOT_FOUND, plan_of

NO_PLAN = QT_TRANSLATE_NOOP("Errors", "There is no work plan for {year}.")
TOO_LONG_COMMENT = 2000


@dataclass(frozen=True)
class SignOff:
    by: str
    at: datetime | None
    comment: str

    @property
    def signed(self) -> bool:
        return self.at is not None


@dataclass(frozen=True)
class ReviewRow:
    id: int
    goal_number: int
    number: str
    title: str
    status: str
    status_note: str
    indicator: str
    source: str
    baseline: int | None
    target: int | None
    actual: int | None  # counted; None for an indicator told in words
    outcome: str
    has_progress: bool
    evidence: int
    overdue: bool
    sign_off: SignOff

    @property
    def share(self) -> float | None:
        return progress_share(self.actual, self.target)

    @property
    def attention(self) -> list[str]:
        """Why the director should look: no progress, overdue, no evidence."""
        reasons = []
        if not self.has_progress:
            reasons.append("no_progress")
        if self.overdue:
            reasons.append("overdue")
        if not self.evidence:
            reasons.append("no_evidence")
        return reasons


ATTENTION_LABELS = {
    "no_progress": QT_TRANSLATE_NOOP("Workplan", "No progress recorded"),
    "overdue": QT_TRANSLATE_NOOP("Workplan", "Overdue"),
    "no_evidence": QT_TRANSLATE_NOOP("Workplan", "No evidence"),
}


def _grouped(session: Session, query) -> dict[int, int]:
    return {activity_id: count for activity_id, count in session.execute(query)}


def counted_actuals(session: Session, plan: WorkPlan) -> dict[str, dict[int, int] | int]:
    """Per source, the count of each activity of the plan (needs: one count for the year)."""
    year = FinancialYear(plan.year)
    in_plan = select(Activity.id).where(Activity.plan_id == plan.id)
    events = _grouped(
        session,
        select(ActivityEvent.activity_id, func.count())
        .join(Event, Event.id == ActivityEvent.event_id)
        .where(
            ActivityEvent.activity_id.in_(in_plan),
            Event.start_date.between(year.start, year.end),
        )
        .group_by(ActivityEvent.activity_id),
    )
    # A letter and its translation are one letter sent: each pair counts by its first id.
    one_of_pair = case((Letter.translation_id < Letter.id, Letter.translation_id), else_=Letter.id)
    letters = _grouped(
        session,
        select(ActivityLetter.activity_id, func.count(distinct(one_of_pair)))
        .join(Letter, Letter.id == ActivityLetter.letter_id)
        .where(
            ActivityLetter.activity_id.in_(in_plan),
            Letter.letter_date.between(year.start, year.end),
        )
        .group_by(ActivityLetter.activity_id),
    )
    # The needs cycle of calendar year C collects in February and March of C, inside the
    # financial year that ends on 31 March of C: the plan 2020/2021 counts cycle 2021.
    needs = session.scalar(select(func.count()).where(Need.year == plan.year + 1))
    return {"events": events, "letters": letters, "needs": needs or 0}


def _evidence_counts(session: Session, plan_id: int) -> Counter[int]:
    in_plan = select(Activity.id).where(Activity.plan_id == plan_id)
    counts: Counter[int] = Counter()
    for model in (ActivityEvent, ActivityLetter, ActivityEntry, ActivityDocument):
        counts.update(
            _grouped(
                session,
                select(model.activity_id, func.count())
                .where(model.activity_id.in_(in_plan))
                .group_by(model.activity_id),
            )
        )
    return counts


def counted_actual(activity: Activity, actuals: dict) -> int | None:
    source = activity.indicator_source
    if source == IndicatorSource.NEEDS.value:
        return actuals["needs"]
    if source in (IndicatorSource.EVENTS.value, IndicatorSource.LETTERS.value):
        return actuals[source].get(activity.id, 0)
    return None


def _overdue(activity: Activity, year: FinancialYear, today: date) -> bool:
    status = ActivityStatus(activity.status)
    if status in FINISHED or status == ActivityStatus.POSTPONED:
        return False
    if activity.due_date is not None:
        return activity.due_date < today
    return status in NOT_STARTED and year.end < today


def review(
    office: Office, year: int, lang: str, attention_only: bool = False, today: date | None = None
) -> list[ReviewRow]:
    """All activities of the year in the report's order (or only those needing attention)."""
    today = today or date.today()
    with office.reading() as session:
        plan = plan_of(session, year)
        if plan is None:
            return []
        actuals = counted_actuals(session, plan)
        evidence = _evidence_counts(session, plan.id)
        activities = session.scalars(
            select(Activity)
            .where(Activity.plan_id == plan.id)
            .order_by(Activity.major, Activity.minor)
        ).all()
        rows = [_row(a, lang, actuals, evidence, FinancialYear(year), today) for a in activities]
    if attention_only:
        rows = [row for row in rows if row.attention]
    return rows


def _row(activity, lang, actuals, evidence, year, today) -> ReviewRow:
    def text(name: str) -> str:
        return title_of(getattr(activity, f"{name}_en"), getattr(activity, f"{name}_ru"), lang)

    return ReviewRow(
        id=activity.id,
        goal_number=activity.goal_number,
        number=activity.number,
        title=text("title"),
        status=activity.status,
        status_note=text("status_note"),
        indicator=text("indicator"),
        source=activity.indicator_source,
        baseline=activity.baseline,
        target=activity.target,
        actual=counted_actual(activity, actuals),
        outcome=text("outcome"),
        has_progress=bool(
            activity.progress_en
            or activity.progress_ru
            or activity.outcome_en
            or activity.outcome_ru
        ),
        evidence=evidence.get(activity.id, 0),
        overdue=_overdue(activity, year, today),
        sign_off=SignOff(activity.signed_by, activity.signed_at, activity.sign_comment),
    )


def status_chart(office: Office, year: int) -> dict[int, dict[str, int]]:
    """Per goal, how many activities are in each status: the chart of the review."""
    with office.reading() as session:
        plan = plan_of(session, year)
        if plan is None:
            return {}
        rows = session.execute(
            select(Activity.goal_number, Activity.status, func.count())
            .where(Activity.plan_id == plan.id)
            .group_by(Activity.goal_number, Activity.status)
        ).all()
    chart: dict[int, dict[str, int]] = {}
    for goal, status, count in rows:
        chart.setdefault(goal, {})[status] = count
    return dict(sorted(chart.items()))


def _sign(office: Office, session: Session, row, entity: str, comment: str | None) -> SignOff:  # noqa: ANN001
    """Sign `row` (an activity or a plan) off with `comment`, or withdraw it with None."""
    before = {"by": row.signed_by, "at": row.signed_at, "comment": row.sign_comment}
    if comment is None:
        row.signed_by, row.signed_at, row.sign_comment = "", None, ""
    else:
        row.signed_by, row.signed_at = office.actor, utc_now()
        row.sign_comment = comment.strip()[:TOO_LONG_COMMENT]
    after = {"by": row.signed_by, "at": row.signed_at, "comment": row.sign_comment}
    if after == before:  # withdrawing what was never given changes nothing
        return SignOff(row.signed_by, row.signed_at, row.sign_comment)
    action = "sign_off" if comment is not None else "withdraw_sign_off"
    audit.record(session, office.actor, action, entity, row.id, before, after)
    return SignOff(row.signed_by, row.signed_at, row.sign_comment)


def sign_off_activity(office: Office, activity_id: int, comment: str | None = "") -> SignOff:
    """The director's sign-off of one activity's progress: who, when, and a comment.
    A comment of None withdraws the sign-off (a slip undone; the audit keeps both)."""
    with office.transaction(Permission.SIGN_OFF) as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise OfficeError(NOT_FOUND)
        return _sign(office, session, activity, "activity", comment)


def sign_off_year(office: Office, year: int, comment: str | None = "") -> SignOff:
    """The director's sign-off of the year's progress as a whole (None withdraws it)."""
    with office.transaction(Permission.SIGN_OFF) as session:
        plan = plan_of(session, year)
        if plan is None:
            raise OfficeError(NO_PLAN, year=FinancialYear(year).name)
        return _sign(office, session, plan, "work_plan", comment)


def year_sign_off(office: Office, year: int) -> SignOff | None:
    with office.reading() as session:
        plan = plan_of(session, year)
        if plan is None:
            return None
        return SignOff(plan.signed_by, plan.signed_at, plan.sign_comment)
