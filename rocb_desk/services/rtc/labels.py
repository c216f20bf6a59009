"""The words of the RTC reports: the template's items, the survey's questions, the
sentences of the aggregate. Source texts in English, translated in context "Rtc"."""

from __future__ import annotations

from ...domain.errors import QT_TRANSLATE_NOOP
from ...i18n import translate
from .reports import RtcAggregate

CONTEXT = "Rtc"

GENERAL_LABELS = {
    "name_reported": QT_TRANSLATE_NOOP("Rtc", "Name of the RTC"),
    "head": QT_TRANSLATE_NOOP("Rtc", "Head of the RTC"),
    "website_email": QT_TRANSLATE_NOOP("Rtc", "RTC website and e-mail address"),
    "staff": QT_TRANSLATE_NOOP("Rtc", "Number of staff"),
    "contact_person": QT_TRANSLATE_NOOP("Rtc", "Contact person"),
    "contact_email_phone": QT_TRANSLATE_NOOP("Rtc", "Contact person e-mail & phone number"),
    "history": QT_TRANSLATE_NOOP("Rtc", "Brief history & information about the centre"),
    "developments": QT_TRANSLATE_NOOP("Rtc", "Developments"),
    "remarks": QT_TRANSLATE_NOOP("Rtc", "Additional remarks"),
}

QUESTIONS = {
    "own_building": QT_TRANSLATE_NOOP(
        "Rtc",
        "Does the RTC have its own building, with adequate rooms or space for trainings, "
        "meetings etc.?",
    ),
    "strategy_document": QT_TRANSLATE_NOOP(
        "Rtc", "Does the RTC work on the basis of a strategy document, action plan or similar?"
    ),
    "accommodation": QT_TRANSLATE_NOOP("Rtc", "Does the RTC have accommodation facilities?"),
    "own_budget": QT_TRANSLATE_NOOP(
        "Rtc", "Does the RTC have its own budget, separate from the Customs administration?"
    ),
    "outside_support": QT_TRANSLATE_NOOP(
        "Rtc", "Does the RTC receive support from others than its Customs administration?"
    ),
    "staff_adequate": QT_TRANSLATE_NOOP(
        "Rtc", "Is the number of staff at the RTC adequate for the workload allocated to it?"
    ),
    "willing_to_specialize": QT_TRANSLATE_NOOP(
        "Rtc", "Is the RTC willing to specialize in certain topic(s)? If so, which?"
    ),
}

# "{yes} of the {reports} RTCs ..." : one sentence a question, for the aggregate.
SENTENCES = {
    "own_building": QT_TRANSLATE_NOOP(
        "Rtc",
        "{yes} of the {reports} RTCs have their own building with adequate rooms for "
        "trainings and meetings.",
    ),
    "strategy_document": QT_TRANSLATE_NOOP(
        "Rtc",
        "{yes} of the {reports} RTCs work on the basis of a strategy document, action plan "
        "or similar.",
    ),
    "accommodation": QT_TRANSLATE_NOOP(
        "Rtc", "{yes} of the {reports} RTCs have accommodation facilities."
    ),
    "own_budget": QT_TRANSLATE_NOOP(
        "Rtc",
        "{yes} of the {reports} RTCs have their own budget separate from the Customs "
        "administration.",
    ),
    "outside_support": QT_TRANSLATE_NOOP(
        "Rtc",
        "{yes} of the {reports} RTCs receive support from others than their Customs "
        "administration.",
    ),
    "staff_adequate": QT_TRANSLATE_NOOP(
        "Rtc",
        "{yes} of the {reports} RTCs consider their number of staff adequate for their workload.",
    ),
    "willing_to_specialize": QT_TRANSLATE_NOOP(
        "Rtc", "{yes} of the {reports} RTCs are willing to specialize in certain topics."
    ),
}
EVENTS_SENTENCE = QT_TRANSLATE_NOOP(
    "Rtc", "The RTCs organized or took part in {held} events and plan {planned} more."
)
REPORTS_SENTENCE = QT_TRANSLATE_NOOP(
    "Rtc", "{reports} of the {rtcs} RTCs sent their annual report for {year}."
)
NO_REPORTS = QT_TRANSLATE_NOOP("Rtc", "No RTC report has been recorded for {year}.")

ANSWER_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Rtc", "yes"),
    "no": QT_TRANSLATE_NOOP("Rtc", "no"),
    "unknown": QT_TRANSLATE_NOOP("Rtc", "not answered"),
}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def events_sentence(result: RtcAggregate) -> str:
    return tr(EVENTS_SENTENCE).format(held=result.held, planned=result.planned)


def survey_sentences(result: RtcAggregate) -> list[str]:
    return [
        tr(SENTENCES[count.question]).format(yes=count.yes, reports=count.reports)
        for count in result.survey
    ]


def aggregate_sentences(result: RtcAggregate) -> list[str]:
    """The aggregate in words, in the current (or document) language: who reported, the
    events, then one sentence a survey question. Empty years say so in one sentence."""
    if not result.reports:
        return [tr(NO_REPORTS).format(year=result.year.name)]
    return [
        tr(REPORTS_SENTENCE).format(
            reports=result.reports, rtcs=max(result.rtcs, result.reports), year=result.year.name
        ),
        events_sentence(result),
        *survey_sentences(result),
    ]
