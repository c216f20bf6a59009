"""All models, imported here so that Base.metadata knows every table."""

from .core import AuditEntry, OfficeSetting
from .directory import (
    ContactPoint,
    ETrainingAccount,
    Expert,
    Member,
    Partner,
    RegionalTrainingCenter,
    RtcContact,
)

__all__ = [
    "AuditEntry",
    "ContactPoint",
    "ETrainingAccount",
    "Expert",
    "Member",
    "OfficeSetting",
    "Partner",
    "RegionalTrainingCenter",
    "RtcContact",
]
