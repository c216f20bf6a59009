"""An outgoing letter as plain data: what the service says, what the writers lay out.

The service fills every text in the letter's language (the letterhead's captions and
the date included) from the settings and the Directory; the PDF and Word writers, which
may import only domain/, translate and look up nothing. The body is written in the
small Markdown subset of `domain.markup` (what the letter composer's editor saves).

A circular is one `LetterDocument` with several addressees: the same letter, once for
each of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The captions a service leaves out are printed in English. "page" takes {page} and
# {pages}; an empty "date" caption prints the date alone.
DEFAULT_LABELS: dict[str, str] = {
    "phone": "Tel.",
    "fax": "Fax",
    "email": "E-mail",
    "website": "Web",
    "reference": "Ref.",
    "date": "",
    "subject": "Subject:",
    "page": "Page {page} of {pages}",
}


@dataclass(frozen=True)
class Letterhead:
    office_name: str  # "Regional Office for Capacity Building"
    office_subtitle: str  # "World Customs Organization Europe Region"
    address: str  # may contain newlines
    phone: str = ""
    fax: str = ""
    website: str = ""
    email: str = ""
    logo_path: str = ""  # a PNG; "" = no logo
    # Translated captions: phone ("Tel."), fax, email, website, reference ("Ref." /
    # "Исх. №"), date, subject, page ("Page {page} of {pages}").
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        """The caption `key` as the service gave it, else its English default."""
        value = self.labels.get(key)
        return DEFAULT_LABELS.get(key, "") if value is None else value

    def page_label(self, page: int, pages: int) -> str:
        # Not str.format: a stray brace in a translation must not lose the letter.
        return self.label("page").replace("{pages}", str(pages)).replace("{page}", str(page))


@dataclass(frozen=True)
class Addressee:
    organization: str  # "Customs Service of the Republic of Moldova", an administration
    attention: str = ""  # "Ms. Ana Popa, National Contact Point for Capacity Building"
    address: str = ""  # may contain newlines


@dataclass(frozen=True)
class LetterDocument:
    lang: str
    letterhead: Letterhead
    reference: str  # "2021/2"
    date_text: str  # already in the letter's language: "15 January 2021" / "15 января 2021"
    addressees: tuple[Addressee, ...]  # one letter (a run of pages) per addressee
    subject: str
    body: str  # in the markup of domain.markup
    closing: str  # "Yours sincerely," / "С уважением,"
    signature_name: str
    signature_title: str  # may contain a newline ("Director\nROCB Europe")
    salutation: str = ""  # "Dear Colleagues," (optional)

    def letters(self) -> tuple[Addressee, ...]:
        """The addressees to write a letter to: a draft without any still gets one letter,
        with no addressee block."""
        return self.addressees or (Addressee(""),)
