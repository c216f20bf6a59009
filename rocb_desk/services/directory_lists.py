"""What each Directory list holds: its fields, their kinds and labels, in one place.

The window builds its tables and forms from these specs, the service validates and
stores by them, and the exports take their column titles from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..db.base import Base
from ..db.models import (
    ContactPoint,
    ETrainingAccount,
    Expert,
    Member,
    Partner,
    RegionalTrainingCenter,
)
from ..domain.errors import QT_TRANSLATE_NOOP

CONTEXT = "Directory"


class Kind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    URL = "url"
    ISO = "iso"  # a unique two-letter country code
    MEMBER = "member"  # a member administration, by id
    DATE = "date"
    BOOL = "bool"
    INT = "int"
    LINES = "lines"  # several values, one a line
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # a source text in CONTEXT
    kind: Kind = Kind.TEXT
    required: bool = False
    in_table: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label source text)
    hint: str = ""  # placeholder text in the form


@dataclass(frozen=True)
class ListSpec:
    key: str
    title: str
    singular: str
    model: type[Base]
    fields: tuple[FieldSpec, ...]
    # Contact points are never deactivated: they end, and the next one replaces them.
    history: bool = False

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


T = QT_TRANSLATE_NOOP
NAME = FieldSpec("name", T(CONTEXT, "Name"), required=True)
TITLE = FieldSpec("title", T(CONTEXT, "Title"))
EMAIL = FieldSpec("email", T(CONTEXT, "E-mail"), Kind.EMAIL)
PHONE = FieldSpec("phone", T(CONTEXT, "Phone"), in_table=False)
ADMINISTRATION = FieldSpec("member_id", T(CONTEXT, "Administration"), Kind.MEMBER)
NAME_EN = FieldSpec("name_en", T(CONTEXT, "Name (English)"), required=True)
NAME_RU = FieldSpec("name_ru", T(CONTEXT, "Name (Russian)"))
WEBSITE = FieldSpec("website", T(CONTEXT, "Web site"), Kind.URL)

PARTNER_KINDS = (
    ("international organization", T(CONTEXT, "International organization")),
    ("regional organization", T(CONTEXT, "Regional organization")),
    ("academic", T(CONTEXT, "Academic institution")),
    ("national agency", T(CONTEXT, "National agency")),
    ("donor", T(CONTEXT, "Donor")),
    ("other", T(CONTEXT, "Other")),
)

MEMBERS = ListSpec(
    "members",
    T(CONTEXT, "Member administrations"),
    T(CONTEXT, "Member administration"),
    Member,
    (
        FieldSpec("iso", T(CONTEXT, "ISO code"), Kind.ISO, required=True, hint="MD"),
        NAME_EN,
        NAME_RU,
    ),
)

CONTACT_POINTS = ListSpec(
    "contact_points",
    T(CONTEXT, "National Contact Points"),
    T(CONTEXT, "National Contact Point"),
    ContactPoint,
    (
        FieldSpec("member_id", T(CONTEXT, "Administration"), Kind.MEMBER, required=True),
        NAME,
        TITLE,
        EMAIL,
        PHONE,
        FieldSpec("valid_from", T(CONTEXT, "From"), Kind.DATE),
        FieldSpec("valid_until", T(CONTEXT, "Until"), Kind.DATE),
    ),
    history=True,
)

RTCS = ListSpec(
    "rtcs",
    T(CONTEXT, "Regional Training Centers"),
    T(CONTEXT, "Regional Training Center"),
    RegionalTrainingCenter,
    (
        FieldSpec("code", T(CONTEXT, "Code"), required=True, in_table=False),
        FieldSpec("short_en", T(CONTEXT, "Short name (English)"), required=True),
        FieldSpec("short_ru", T(CONTEXT, "Short name (Russian)"), in_table=False),
        NAME_EN,
        FieldSpec("name_ru", T(CONTEXT, "Name (Russian)"), in_table=False),
        FieldSpec("member_id", T(CONTEXT, "Host administration"), Kind.MEMBER),
        FieldSpec("head", T(CONTEXT, "Head")),
        WEBSITE,
        EMAIL,
        FieldSpec("staff_count", T(CONTEXT, "Staff"), Kind.INT),
        FieldSpec(
            "contacts",
            T(CONTEXT, "Contact persons"),
            Kind.LINES,
            hint=T(CONTEXT, "One a line: name; e-mail; phone"),
        ),
    ),
)

PARTNERS = ListSpec(
    "partners",
    T(CONTEXT, "Partner organizations"),
    T(CONTEXT, "Partner organization"),
    Partner,
    (
        FieldSpec("short", T(CONTEXT, "Abbreviation")),
        NAME_EN,
        NAME_RU,
        FieldSpec("kind", T(CONTEXT, "Kind"), Kind.CHOICE, choices=PARTNER_KINDS),
        WEBSITE,
        EMAIL,
    ),
)

EXPERTS = ListSpec(
    "experts",
    T(CONTEXT, "Regional Experts Database"),
    T(CONTEXT, "Expert"),
    Expert,
    (
        NAME,
        ADMINISTRATION,
        FieldSpec(
            "fields",
            T(CONTEXT, "Fields of expertise"),
            Kind.LINES,
            hint=T(CONTEXT, "One field of expertise a line"),
        ),
        FieldSpec("languages", T(CONTEXT, "Languages"), hint="en, ru"),
        EMAIL,
        FieldSpec("wco_accredited", T(CONTEXT, "WCO-accredited"), Kind.BOOL),
        FieldSpec("consent_to_share", T(CONTEXT, "Consent to share"), Kind.BOOL),
    ),
)

ETRAINING = ListSpec(
    "etraining",
    T(CONTEXT, "e-Training accounts"),
    T(CONTEXT, "e-Training account"),
    ETrainingAccount,
    (
        NAME,
        TITLE,
        ADMINISTRATION,
        FieldSpec("email", T(CONTEXT, "E-mail"), Kind.EMAIL, required=True),
        FieldSpec("registered_on", T(CONTEXT, "Registered"), Kind.DATE),
    ),
)

LISTS: dict[str, ListSpec] = {
    spec.key: spec for spec in (MEMBERS, CONTACT_POINTS, RTCS, PARTNERS, EXPERTS, ETRAINING)
}

ACTIVE_LABEL = T(CONTEXT, "Active")
CURRENT_LABEL = T(CONTEXT, "Current")
YES = T(CONTEXT, "yes")
NO = T(CONTEXT, "no")
