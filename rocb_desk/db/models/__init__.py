"""All models, imported here so that Base.metadata knows every table."""

from .books import BudgetChapter, BudgetItem, BudgetLine, FinancialYearRecord, LedgerEntry
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
from .events import (
    Event,
    EventBeneficiary,
    EventDocument,
    EventExpert,
    EventPartner,
    EventRole,
    Participant,
    Room,
    RoomBooking,
)
from .files import Attachment
from .letters import (
    AttachmentText,
    Letter,
    LetterAttachment,
    LetterCorrespondent,
    LetterEvent,
    LetterTag,
)

__all__ = [
    "Attachment",
    "AttachmentText",
    "AuditEntry",
    "BudgetChapter",
    "BudgetItem",
    "BudgetLine",
    "FinancialYearRecord",
    "LedgerEntry",
    "Letter",
    "LetterAttachment",
    "LetterCorrespondent",
    "LetterEvent",
    "LetterTag",
    "ContactPoint",
    "ETrainingAccount",
    "Event",
    "EventBeneficiary",
    "EventDocument",
    "EventExpert",
    "EventPartner",
    "EventRole",
    "Expert",
    "Member",
    "OfficeSetting",
    "Participant",
    "Partner",
    "RegionalTrainingCenter",
    "Room",
    "RoomBooking",
    "RtcContact",
]
