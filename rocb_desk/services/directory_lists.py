"""What each Directory list holds: its fields, their kinds and labels, in one place.

The window builds its tables and forms from these specs, the service validates and
stores by them, and the exports take their column titles from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ..domain.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ..db.base import Base

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
    lang: str = ""  # a column shown only when the interface speaks this language


@dataclass(frozen=True)
class ListSpec:
    key: str
    title: str
    singular: str
    # The mapped class by its name: the command line offers these lists, and the window
    # starts, without waiting for the mapped classes to load.
    model_name: str
    fields: tuple[FieldSpec, ...]
    # Contact points are never deactivated: they end, and the next one replaces them.
    history: bool = False

    @property
    def model(self) -> type[Base]:
        from ..db import models

        return getattr(models, self.model_name)

    def table_fields(self, lang: str) -> list[FieldSpec]:
        """The columns of the list's table in the interface language `lang`."""
        return [f for f in self.fields if f.in_table and f.lang in ("", lang)]

    def sort_field(self, lang: str) -> str:
        """What the list is ordered by: the name in the user's language where there is one."""
        names = {f.name for f in self.fields}
        for candidate in (f"short_{lang}", f"name_{lang}"):
            if candidate in names:
                return candidate
        return self.table_fields(lang)[0].name

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


NAME = FieldSpec("name", QT_TRANSLATE_NOOP("Directory", "Name"), required=True)
TITLE = FieldSpec("title", QT_TRANSLATE_NOOP("Directory", "Title"))
EMAIL = FieldSpec("email", QT_TRANSLATE_NOOP("Directory", "E-mail"), Kind.EMAIL)
PHONE = FieldSpec("phone", QT_TRANSLATE_NOOP("Directory", "Phone"), in_table=False)
ADMINISTRATION = FieldSpec(
    "member_id", QT_TRANSLATE_NOOP("Directory", "Administration"), Kind.MEMBER
)
NAME_EN = FieldSpec("name_en", QT_TRANSLATE_NOOP("Directory", "Name (English)"), required=True)
NAME_RU = FieldSpec("name_ru", QT_TRANSLATE_NOOP("Directory", "Name (Russian)"))
WEBSITE = FieldSpec("website", QT_TRANSLATE_NOOP("Directory", "Web site"), Kind.URL)

PARTNER_KINDS = (
    ("international organization", QT_TRANSLATE_NOOP("Directory", "International organization")),
    ("regional organization", QT_TRANSLATE_NOOP("Directory", "Regional organization")),
    ("academic", QT_TRANSLATE_NOOP("Directory", "Academic institution")),
    ("national agency", QT_TRANSLATE_NOOP("Directory", "National agency")),
    ("donor", QT_TRANSLATE_NOOP("Directory", "Donor")),
    ("other", QT_TRANSLATE_NOOP("Directory", "Other")),
)

MEMBERS = ListSpec(
    "members",
    QT_TRANSLATE_NOOP("Directory", "Member administrations"),
    QT_TRANSLATE_NOOP("Directory", "Member administration"),
    "Member",
    (
        FieldSpec(
            "iso", QT_TRANSLATE_NOOP("Directory", "ISO code"), Kind.ISO, required=True, hint="MD"
        ),
        NAME_EN,
        NAME_RU,
    ),
)

CONTACT_POINTS = ListSpec(
    "contact_points",
    QT_TRANSLATE_NOOP("Directory", "National Contact Points"),
    QT_TRANSLATE_NOOP("Directory", "National Contact Point"),
    "ContactPoint",
    (
        FieldSpec(
            "member_id",
            QT_TRANSLATE_NOOP("Directory", "Administration"),
            Kind.MEMBER,
            required=True,
        ),
        NAME,
        TITLE,
        EMAIL,
        PHONE,
        FieldSpec("valid_from", QT_TRANSLATE_NOOP("Directory", "From"), Kind.DATE),
        FieldSpec("valid_until", QT_TRANSLATE_NOOP("Directory", "Until"), Kind.DATE),
    ),
    history=True,
)

RTCS = ListSpec(
    "rtcs",
    QT_TRANSLATE_NOOP("Directory", "Regional Training Centers"),
    QT_TRANSLATE_NOOP("Directory", "Regional Training Center"),
    "RegionalTrainingCenter",
    (
        FieldSpec("code", QT_TRANSLATE_NOOP("Directory", "Code"), required=True, in_table=False),
        FieldSpec(
            "short_en",
            QT_TRANSLATE_NOOP("Directory", "Short name (English)"),
            required=True,
            lang="en",
        ),
        FieldSpec("short_ru", QT_TRANSLATE_NOOP("Directory", "Short name (Russian)"), lang="ru"),
        FieldSpec("name_en", NAME_EN.label, required=True, lang="en"),
        FieldSpec("name_ru", QT_TRANSLATE_NOOP("Directory", "Name (Russian)"), lang="ru"),
        FieldSpec("member_id", QT_TRANSLATE_NOOP("Directory", "Host administration"), Kind.MEMBER),
        FieldSpec("head", QT_TRANSLATE_NOOP("Directory", "Head")),
        WEBSITE,
        EMAIL,
        FieldSpec("staff_count", QT_TRANSLATE_NOOP("Directory", "Staff"), Kind.INT),
        FieldSpec(
            "contacts",
            QT_TRANSLATE_NOOP("Directory", "Contact persons"),
            Kind.LINES,
            hint=QT_TRANSLATE_NOOP("Directory", "One a line: name; e-mail; phone"),
        ),
    ),
)

PARTNERS = ListSpec(
    "partners",
    QT_TRANSLATE_NOOP("Directory", "Partner organizations"),
    QT_TRANSLATE_NOOP("Directory", "Partner organization"),
    "Partner",
    (
        FieldSpec("short", QT_TRANSLATE_NOOP("Directory", "Abbreviation")),
        NAME_EN,
        NAME_RU,
        FieldSpec(
            "kind", QT_TRANSLATE_NOOP("Directory", "Kind"), Kind.CHOICE, choices=PARTNER_KINDS
        ),
        WEBSITE,
        EMAIL,
    ),
)

EXPERTS = ListSpec(
    "experts",
    QT_TRANSLATE_NOOP("Directory", "Regional Experts Database"),
    QT_TRANSLATE_NOOP("Directory", "Expert"),
    "Expert",
    (
        NAME,
        ADMINISTRATION,
        FieldSpec(
            "fields",
            QT_TRANSLATE_NOOP("Directory", "Fields of expertise"),
            Kind.LINES,
            hint=QT_TRANSLATE_NOOP("Directory", "One field of expertise a line"),
        ),
        FieldSpec("languages", QT_TRANSLATE_NOOP("Directory", "Languages"), hint="en, ru"),
        EMAIL,
        FieldSpec("wco_accredited", QT_TRANSLATE_NOOP("Directory", "WCO-accredited"), Kind.BOOL),
        FieldSpec(
            "consent_to_share", QT_TRANSLATE_NOOP("Directory", "Consent to share"), Kind.BOOL
        ),
    ),
)

ETRAINING = ListSpec(
    "etraining",
    QT_TRANSLATE_NOOP("Directory", "e-Training accounts"),
    QT_TRANSLATE_NOOP("Directory", "e-Training account"),
    "ETrainingAccount",
    (
        NAME,
        TITLE,
        ADMINISTRATION,
        FieldSpec("email", QT_TRANSLATE_NOOP("Directory", "E-mail"), Kind.EMAIL, required=True),
        FieldSpec("registered_on", QT_TRANSLATE_NOOP("Directory", "Registered"), Kind.DATE),
    ),
)

LISTS: dict[str, ListSpec] = {
    spec.key: spec for spec in (MEMBERS, CONTACT_POINTS, RTCS, PARTNERS, EXPERTS, ETRAINING)
}

ACTIVE_LABEL = QT_TRANSLATE_NOOP("Directory", "Active")
YES = QT_TRANSLATE_NOOP("Directory", "yes")
NO = QT_TRANSLATE_NOOP("Directory", "no")

# The date a new contact point takes over from the one it replaces.
TAKES_OVER = FieldSpec(
    "valid_from", QT_TRANSLATE_NOOP("Directory", "Takes over on"), Kind.DATE, required=True
)
