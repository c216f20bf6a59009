"""Carry forward: next year's plan starts as a copy of this year's, without its progress.

Finished activities (completed, cancelled) stay behind. A counted indicator starts
the new year with this year's actual as its baseline; the target stays for the office
to revise. A next plan written on its own is not mixed with copies: carrying forward
only starts an empty plan, or tops up one carried from this year before. An activity
copied once is known by where it came from, however it was renumbered since, so
carrying forward twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ...db.models import Activity, ActivityStakeholder, ActivityStatusChange, PlanGoal
from ...domain.errors import QT_TRANSLATE_NOOP, OfficeError
from ...domain.fiscal import FinancialYear
from ...domain.workplan import FINISHED, ActivityStatus
from .. import audit
from ..office import Office
from .register import plan_of
from .review import NO_PLAN, counted_actual, counted_actuals

OWN_PLAN = QT_TRANSLATE_NOOP(
    "Errors",
    "The plan {year} already has activities of its own; carrying forward only starts an "
    "empty plan.",
)
# What a carried activity keeps: the plan's words, not the year's progress.
PLAN_FIELDS = (
    "goal_number",
    "number",
    "major",
    "minor",
    "title_en",
    "title_ru",
    "expected_output_en",
    "expected_output_ru",
    "status",
    "status_note_en",
    "status_note_ru",
    "indicator_en",
    "indicator_ru",
    "indicator_source",
    "target",
    "intended_outcome_en",
    "intended_outcome_ru",
)


@dataclass(frozen=True)
class CarryResult:
    copied: int
    finished: int  # left behind as completed or cancelled
    already_there: int  # carried before, or their number taken in the next plan meanwhile


def carry_forward(office: Office, year: int) -> CarryResult:
    target_year = FinancialYear(year).next()
    with office.transaction() as session:
        source = plan_of(session, year)
        if source is None:
            raise OfficeError(NO_PLAN, year=FinancialYear(year).name)
        plan = plan_of(session, target_year.start_year, create=True)
        actuals = counted_actuals(session, source)
        present = session.execute(
            select(Activity.number, Activity.carried_from_id).where(Activity.plan_id == plan.id)
        ).all()
        taken = {number for number, _origin in present}
        carried = {origin for _number, origin in present if origin is not None}
        sources = set(session.scalars(select(Activity.id).where(Activity.plan_id == source.id)))
        if present and not carried & sources:
            raise OfficeError(OWN_PLAN, year=target_year.name)
        activities = session.scalars(
            select(Activity)
            .where(Activity.plan_id == source.id)
            .order_by(Activity.major, Activity.minor)
        ).all()
        copied = finished = already = 0
        for old in activities:
            if ActivityStatus(old.status) in FINISHED:
                finished += 1
                continue
            if old.id in carried or old.number in taken:
                already += 1
                continue
            new = Activity(plan_id=plan.id, carried_from_id=old.id)
            for name in PLAN_FIELDS:
                setattr(new, name, getattr(old, name))
            counted = counted_actual(old, actuals)
            new.baseline = counted if counted is not None else old.baseline
            session.add(new)
            session.flush()
            for key in session.scalars(
                select(ActivityStakeholder.stakeholder).where(
                    ActivityStakeholder.activity_id == old.id
                )
            ).all():
                session.add(ActivityStakeholder(activity_id=new.id, stakeholder=key))
            session.add(
                ActivityStatusChange(
                    activity_id=new.id,
                    status=new.status,
                    note=new.status_note_en or new.status_note_ru,
                    changed_on=target_year.start,
                    actor=office.actor,
                )
            )
            copied += 1
        for impact in session.scalars(select(PlanGoal).where(PlanGoal.plan_id == source.id)).all():
            if session.get(PlanGoal, (plan.id, impact.goal_number)) is None:
                session.add(
                    PlanGoal(
                        plan_id=plan.id,
                        goal_number=impact.goal_number,
                        expected_impact_en=impact.expected_impact_en,
                        expected_impact_ru=impact.expected_impact_ru,
                    )
                )
        result = CarryResult(copied, finished, already)
        audit.record(
            session,
            office.actor,
            "carry_forward",
            "work_plan",
            plan.id,
            after={"from": FinancialYear(year).name, **result.__dict__},
        )
        return result
