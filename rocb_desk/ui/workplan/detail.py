"""The review's detail panel: everything about the activity chosen, read-only.

Written as HTML into a text browser; every text from the office is escaped.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from ...domain.workplan import split_lines
from ...i18n import current_language
from ...services.events.queries import title_of
from ...services.office import Office
from ...services.workplan import evidence, register
from ...services.workplan.review import ReviewRow
from .labels import signed_text, source_label, status_colour, status_label
from .models import progress_text

OUTCOME_MARK = "\u221a"


def _swatch(status: str) -> str:
    return f'<span style="color:{status_colour(status).name()}">\u25a0</span>'


class ActivityDetail(QTextBrowser):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("activityDetail")
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.setHtml(
            "<p style='color:gray'>"
            + escape(self.tr("Choose an activity to see its progress, evidence and sign-off."))
            + "</p>"
        )

    def show_goal(self, number: int, title: str, impact: str, activities: list[ReviewRow]) -> None:
        """A goal's row: its title, the plan's expected impact, how its activities stand."""
        label = self.tr("Strategic Goal %1").replace("%1", str(number))
        parts = [f"<h3>{escape(label)}</h3>"]
        if title:
            parts.append(f"<p><b>{escape(title)}</b></p>")
        if impact:
            parts.append(self._field(self.tr("Expected impact"), impact))
        shown = [row for row in activities if row.goal_number == number]
        parts.append(
            "<p>"
            + escape(self.tr("Activities: %1; needing attention: %2"))
            .replace("%1", str(len(shown)))
            .replace("%2", str(sum(1 for row in shown if row.attention)))
            + "</p>"
        )
        self.setHtml("".join(parts))

    def show_activity(self, row: ReviewRow) -> None:
        lang = current_language()
        form = register.load_activity(self.office, row.id)
        history = register.status_history(self.office, row.id)
        items = evidence.evidence(self.office, row.id, lang)

        def text(name: str) -> str:
            return title_of(getattr(form, f"{name}_en"), getattr(form, f"{name}_ru"), lang)

        parts = [f"<h3>{escape(row.number)} {escape(row.title)}</h3>"]
        status = status_label(row.status)
        if row.status_note:
            status += " \u2013 " + row.status_note
        heading = self.tr("Status:")  # outside the f-string, where lupdate finds it
        parts.append(f"<p>{_swatch(row.status)} <b>{escape(heading)}</b> {escape(status)}</p>")
        if text("expected_output"):
            parts.append(self._field(self.tr("Expected output"), text("expected_output")))
        parts.append(self._indicator(row))
        if text("intended_outcome"):
            parts.append(self._field(self.tr("Intended outcome"), text("intended_outcome")))

        parts.append(self._heading(self.tr("Progress")))
        bullets = split_lines(text("progress"))
        if bullets:
            parts.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>")
        else:
            parts.append(self._muted(self.tr("No progress recorded.")))
        parts.append(self._heading(self.tr("Outcome")))
        if row.outcome:
            parts.append(f"<p>{OUTCOME_MARK} {escape(row.outcome)}</p>")
        else:
            parts.append(self._muted(self.tr("No outcome recorded.")))

        parts.append(self._heading(self.tr("Status history")))
        parts.append("<table cellspacing='0' cellpadding='2'>")
        for change in history:
            note = f" \u2013 {escape(change.note)}" if change.note else ""
            parts.append(
                f"<tr><td>{change.changed_on.isoformat()}&nbsp;&nbsp;</td>"
                f"<td>{_swatch(change.status)} {escape(status_label(change.status))}{note}"
                f" <span style='color:gray'>({escape(change.actor)})</span></td></tr>"
            )
        parts.append("</table>")

        parts.append(self._heading(self.tr("Evidence (%1)").replace("%1", str(len(items)))))
        if items:
            kinds = {
                "events": self.tr("Event"),
                "letters": self.tr("Letter"),
                "entries": self.tr("Ledger entry"),
                "documents": self.tr("Document"),
            }
            parts.append("<ul>")
            for item in items:
                day = item.day.isoformat() if item.day else ""
                parts.append(
                    f"<li><i>{escape(kinds.get(item.kind, item.kind))}</i>, {day}: "
                    f"{escape(item.label)}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(self._muted(self.tr("No evidence linked.")))

        parts.append(self._heading(self.tr("Sign-off")))
        if row.sign_off.signed:
            signed = self.tr("Signed off by %1").replace(
                "%1", signed_text(row.sign_off.by, row.sign_off.at)
            )
            parts.append(f"<p>{escape(signed)}</p>")
            if row.sign_off.comment:
                parts.append(f"<p><i>{escape(row.sign_off.comment)}</i></p>")
        else:
            parts.append(self._muted(self.tr("Not signed off yet.")))
        self.setHtml("".join(parts))

    def _indicator(self, row: ReviewRow) -> str:
        figures = []
        if row.actual is not None:
            figures.append(
                self.tr("counted: %1").replace("%1", progress_text(row.actual, row.target))
            )
        if row.baseline is not None:
            figures.append(self.tr("baseline: %1").replace("%1", str(row.baseline)))
        if row.target is not None and row.actual is None:
            figures.append(self.tr("target: %1").replace("%1", str(row.target)))
        words = row.indicator or source_label(row.source)
        if figures:
            words += " (" + "; ".join(figures) + ")"
        return self._field(self.tr("Indicator"), words)

    def _field(self, label: str, value: str) -> str:
        return f"<p><b>{escape(label)}:</b> {escape(value)}</p>"

    def _heading(self, text: str) -> str:
        return f"<h4 style='margin-top:10px'>{escape(text)}</h4>"

    def _muted(self, text: str) -> str:
        return f"<p style='color:gray'>{escape(text)}</p>"
