"""The Overview tab: the director's financial year at a glance, each figure opening the
tab behind it. The figures come whole from services/overview.py; this only shows them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.events import ROLE_LABELS, OfficeRole
from ...domain.fiscal import FinancialYear
from ...domain.letters import Direction
from ...domain.money import format_money
from ...domain.workplan import STATUS_COLOURS, STATUS_LABELS, ActivityStatus
from ...i18n import current_language, translate
from ...services.office import Office
from ..background import Fetch
from ..messages import show_refusal
from ..shown import after_first_frame
from .cards import GOOD, NEUTRAL, OVER, Bar, Card, Link, big_figure, bold, muted
from .navigation import BOOKS, EVENTS, LETTERS, WORKPLAN, Target

if TYPE_CHECKING:
    from ...services.overview import Overview

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def _service():  # noqa: ANN202 - the module services/overview.py
    """The figures' service, imported where first used: on the reader's thread when the
    window opens, so that its mapped classes load behind the window's first frame."""
    from ...services import overview

    return overview


@dataclass(frozen=True)
class OverviewTabState:
    year: int | None


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # gone from the card now, freed when Qt is idle
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class OverviewTab(QWidget):
    # A figure was clicked: the main window shows the place it names (navigation.go).
    openRequested = Signal(object)  # noqa: N815 - Qt signal naming; a navigation.Target
    loaded = Signal()  # the figures of the year chosen are shown

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setObjectName("overviewTab")
        self.figures: Overview | None = None
        self.fetch = Fetch(self)
        self._shown_once = False
        self._undrawn = False  # figures read while the tab was hidden, not drawn yet

        self.year_combo = QComboBox(objectName="overviewYearCombo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        year_label = QLabel(self.tr("Financial &year:"))
        year_label.setBuddy(self.year_combo)
        # Until the figures are read (after the window's first frame): say so.
        self.period_label = muted(QLabel(self.tr("Reading the office's figures…")))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.period_label)
        top.addStretch(1)

        self.balance_card = Card("balanceCard")
        self.contributions_card = Card("contributionsCard")
        self.letters_card = Card("lettersCard")
        self.chapters_card = Card("chaptersCard")
        self.events_card = Card("eventsCard")
        self.workplan_card = Card("workplanCard")
        self.attention_card = Card("attentionCard")
        self.attention_model = QStandardItemModel(self)
        self.attention_list = QListView(objectName="attentionList")
        self.attention_list.setModel(self.attention_model)
        self.attention_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attention_list.setWordWrap(True)
        self.attention_list.setUniformItemSizes(False)
        self.attention_list.setFrameShape(QListView.Shape.NoFrame)
        self.attention_list.clicked.connect(self._open_line)
        self.attention_list.activated.connect(self._open_line)
        self.attention_card.layout().insertWidget(2, self.attention_list, 1)
        self.attention_card.layout().takeAt(3)  # no stretch under the list: it fills the card

        grid = QGridLayout()
        grid.setSpacing(10)
        for position, card in enumerate(self._cards()):
            grid.addWidget(card, position // 3, position % 3)
        grid.addWidget(self.attention_card, 0, 3, 2, 1)
        for card in (*self._cards(), self.attention_card):
            card.title.clicked.connect(lambda c=card: c.target and self._open(c.target))
        for column, stretch in enumerate((4, 4, 4, 6)):
            grid.setColumnStretch(column, stretch)
        board = QWidget(objectName="overviewBoard")
        board_layout = QVBoxLayout(board)
        board_layout.addLayout(top)
        board_layout.addLayout(grid, 1)
        scroll = QScrollArea(objectName="overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.year_combo.currentIndexChanged.connect(self.reload)
        after_first_frame(self, self.reload_all)

    def _cards(self) -> tuple[Card, ...]:
        return (
            self.balance_card,
            self.contributions_card,
            self.letters_card,
            self.chapters_card,
            self.events_card,
            self.workplan_card,
        )

    # --- the year -------------------------------------------------------------------------

    def reload_years(self, wanted: int | None = None) -> None:
        """The years with something in them; keeps the one shown unless `wanted` says."""
        offered, opening = _service().year_choices(self.office)
        current = wanted if wanted is not None else self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in offered:
            self.year_combo.addItem(year.name, year.start_year)
        position = self.year_combo.findData(current)
        if position < 0:
            position = self.year_combo.findData(opening.start_year)
        self.year_combo.setCurrentIndex(max(position, 0))
        self.year_combo.blockSignals(False)

    def selected_year(self) -> FinancialYear | None:
        start = self.year_combo.currentData()
        return FinancialYear(start) if start is not None else None

    def set_year(self, start_year: int) -> None:
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(start_year), 0))

    def state(self) -> OverviewTabState:
        return OverviewTabState(self.year_combo.currentData())

    def restore_state(self, state: OverviewTabState) -> None:
        if state.year is not None:
            self.reload_years(wanted=state.year)
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """The other tabs may have changed entries, events, letters or plans meanwhile."""
        if self._shown_once:
            self.reload_all()
        elif self._undrawn and self.figures is not None:
            self._show(self.figures)  # read before the tab was ever shown
        self._shown_once = True
        super().showEvent(event)

    def reload_all(self) -> None:
        """Read the years to offer and the figures of the one shown, both off the window's
        thread: the window opens (or the tab shows) before a query has run."""
        office, lang, shown = self.office, current_language(), self.year_combo.currentData()

        def read() -> tuple[list[FinancialYear], Overview]:
            overview = _service()
            offered, opening = overview.year_choices(office)
            starts = [year.start_year for year in offered]
            year = FinancialYear(shown) if shown in starts else opening
            return offered, overview.overview(office, year, lang)

        self.fetch.start(read, self._show_all, self._refused)

    def _show_all(self, read: tuple[list[FinancialYear], Overview]) -> None:
        offered, figures = read
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in offered:
            self.year_combo.addItem(year.name, year.start_year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(figures.year.start_year), 0))
        self.year_combo.blockSignals(False)
        self._show(figures)

    def reload(self, *_args: object) -> None:
        """Read the year's figures again, off the window's thread: the tab shows at once
        (with the figures it had) and fills in when they are read."""
        year = self.selected_year()
        if year is None:
            return
        office, lang = self.office, current_language()
        self.fetch.start(lambda: _service().overview(office, year, lang), self._show, self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, OfficeError):
            raise error
        if self.figures is None:
            self.period_label.clear()  # nothing is being read any more
        show_refusal(self, error)

    def _show(self, figures: Overview) -> None:
        self.figures = figures
        if self.window().isVisible() and not self.isVisible():
            # Read for a tab the user has left meanwhile: the cards are made when it is
            # next shown (showEvent), not now under other work.
            self._undrawn = True
            return
        self._undrawn = False
        year = figures.year
        self.period_label.setText(
            self.tr("%1 to %2")
            .replace("%1", year.start.isoformat())
            .replace("%2", year.end.isoformat())
        )
        self._show_balance(figures)
        self._show_contributions(figures)
        self._show_letters(figures)
        self._show_chapters(figures)
        self._show_events(figures)
        self._show_workplan(figures)
        self._show_attention(figures)
        self.loaded.emit()

    # --- helpers ---------------------------------------------------------------------------

    def _money(self, amount: Decimal) -> str:
        return self.tr("%1 €").replace("%1", format_money(amount, current_language()))

    def _open(self, target: Target) -> None:
        self.openRequested.emit(target)

    def _link(self, text: str, target: Target, tooltip: str, name: str = "") -> Link:
        link = Link(text)
        if name:
            link.setObjectName(name)
        link.setToolTip(tooltip)
        link.clicked.connect(lambda: self._open(target))
        return link

    def _title(self, card: Card, text: str, target: Target, tooltip: str) -> None:
        card.title.setText(text + " \u203a")
        card.title.setToolTip(tooltip)
        card.target = target
        _clear(card.body)

    def _row(self, card: Card, left: QLabel, right: QLabel) -> None:
        row = QHBoxLayout()
        row.addWidget(left, 1)
        right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(right)
        card.body.addLayout(row)

    def _headline(self, card: Card, figure: Link, caption: str) -> None:
        row = QHBoxLayout()
        row.addWidget(big_figure(figure))
        row.addWidget(muted(QLabel(caption)), 0, Qt.AlignmentFlag.AlignBaseline)
        row.addStretch(1)
        card.body.addLayout(row)

    # --- the cards -------------------------------------------------------------------------

    def _show_balance(self, figures: Overview) -> None:
        year = figures.year.start_year
        books = self.tr("Open the ledger of the year in the Bookkeeping tab")
        self._title(self.balance_card, self.tr("Balance"), Target(BOOKS, year), books)
        closing = self._link(
            self._money(figures.balance.closing), Target(BOOKS, year), books, "closingFigure"
        )
        self.balance_card.body.addWidget(big_figure(closing))
        for text, amount in (
            (self.tr("Opening balance"), figures.balance.opening),
            (self.tr("Income"), figures.balance.income),
            (self.tr("Expenditure"), figures.balance.expenditure),
        ):
            self._row(self.balance_card, QLabel(text), QLabel(bold(self._money(amount))))

    def _show_contributions(self, figures: Overview) -> None:
        target = Target(BOOKS, figures.year.start_year, page="contributions")
        tip = self.tr("Open the contributions in the Bookkeeping tab")
        card = self.contributions_card
        self._title(card, self.tr("Contributions"), target, tip)
        received = self._link(
            self._money(figures.contributions_received), target, tip, "receivedFigure"
        )
        card.body.addWidget(big_figure(received))
        expected = figures.contributions_expected
        card.body.addWidget(
            muted(QLabel(self.tr("received of %1 expected").replace("%1", self._money(expected))))
        )
        bar = Bar()
        bar.setObjectName("contributionsBar")
        share = float(figures.contributions_received / expected) if expected else 0.0
        bar.set_share(share, GOOD if share >= 1 else NEUTRAL)
        card.body.addWidget(bar)
        self._row(
            card,
            QLabel(self.tr("Members contributing")),
            QLabel(
                bold(
                    self.tr("%1 of %2")
                    .replace("%1", str(figures.contributing_members))
                    .replace("%2", str(figures.members))
                )
            ),
        )
        self._row(
            card,
            QLabel(self.tr("Outstanding")),
            QLabel(bold(self._money(figures.contributions_outstanding))),
        )

    def _show_letters(self, figures: Overview) -> None:
        year = figures.year.start_year
        tip = self.tr("Open the letters in the Correspondence tab")
        card = self.letters_card
        self._title(card, self.tr("Letters"), Target(LETTERS, year), tip)
        for text, count, direction, name in (
            (self.tr("Received"), figures.letters_in, Direction.INCOMING.value, "lettersInFigure"),
            (self.tr("Sent"), figures.letters_out, Direction.OUTGOING.value, "lettersOutFigure"),
        ):
            link = self._link(
                bold(str(count)), Target(LETTERS, year, direction=direction), tip, name
            )
            self._row(card, QLabel(text), big_figure(link))
        unanswered = QLabel(
            self.tr("%1 not answered after %2 days")
            .replace("%1", bold(str(figures.unanswered_total)))
            .replace("%2", str(_service().UNANSWERED_DAYS))
        )
        unanswered.setWordWrap(True)
        card.body.addWidget(muted(unanswered) if not figures.unanswered_total else unanswered)

    def _show_chapters(self, figures: Overview) -> None:
        year = figures.year.start_year
        card = self.chapters_card
        self._title(
            card,
            self.tr("Expenditure by chapter"),
            Target(BOOKS, year, page="budget"),
            self.tr("Open the budget against actual in the Bookkeeping tab"),
        )
        planned_any = any(c.planned for c in figures.chapters)
        largest = max((c.actual for c in figures.chapters), default=Decimal(0))
        tip = self.tr("Open the chapter's entries in the ledger")
        for chapter in figures.chapters:
            name = QLabel(f"{chapter.number} {chapter.name}")
            name.setToolTip(name.text())
            if planned_any:
                figure = self.tr("%1 of %2").replace("%1", bold(self._money(chapter.actual)))
                figure = figure.replace("%2", self._money(chapter.planned))
            else:
                figure = bold(self._money(chapter.actual))
            link = self._link(figure, Target(BOOKS, year, chapter=chapter.number), tip)
            link.setObjectName(f"chapter{chapter.number}Figure")
            self._row(card, name, link)
            bar = Bar()
            if planned_any:
                over = chapter.actual > chapter.planned
                share = float(chapter.actual / chapter.planned) if chapter.planned else float(over)
                bar.set_share(share, OVER if over else NEUTRAL)
            else:
                bar.set_share(float(chapter.actual / largest) if largest else 0.0)
            card.body.addWidget(bar)
        if not planned_any:
            note = muted(QLabel(self.tr("No budget planned for this year: bars compare chapters.")))
            note.setWordWrap(True)
            card.body.addWidget(note)

    def _show_events(self, figures: Overview) -> None:
        year = figures.year.start_year
        tip = self.tr("Open the year's events in the Events tab")
        card = self.events_card
        self._title(card, self.tr("Events"), Target(EVENTS, year), tip)
        total = self._link(str(figures.events), Target(EVENTS, year), tip, "eventsFigure")
        self._headline(card, total, self.tr("events in the year"))
        for role in OfficeRole:
            count = figures.events_by_role.get(role.value, 0)
            link = self._link(bold(str(count)), Target(EVENTS, year, role=role.value), tip)
            link.setObjectName(f"role_{role.value}Figure")
            self._row(card, QLabel(translate("Events", ROLE_LABELS[role])), link)

    def _show_workplan(self, figures: Overview) -> None:
        year = figures.year.start_year
        tip = self.tr("Open the review of the year's work plan")
        card = self.workplan_card
        self._title(card, self.tr("Work plan"), Target(WORKPLAN, year), tip)
        total = self._link(str(figures.activities), Target(WORKPLAN, year), tip, "activitiesFigure")
        self._headline(card, total, self.tr("activities in the plan"))
        chart = Target(WORKPLAN, year, page="chart")
        for status in ActivityStatus:
            count = figures.activities_by_status.get(status.value, 0)
            if not count:
                continue
            name = QLabel(
                f'<span style="color:{STATUS_COLOURS[status]}">\u25a0</span> '
                + translate("Workplan", STATUS_LABELS[status])
            )
            link = self._link(bold(str(count)), chart, self.tr("Open the status chart"))
            link.setObjectName(f"status_{status.value}Figure")
            self._row(card, name, link)
        if not figures.activities:
            card.body.addWidget(muted(QLabel(self.tr("No work plan for this year."))))

    # --- what needs attention --------------------------------------------------------------

    def _show_attention(self, figures: Overview) -> None:
        year = figures.year.start_year
        card = self.attention_card
        total = len(figures.without_progress) + len(figures.owing) + figures.unanswered_total
        self._title(
            card,
            self.tr("Needs attention (%1)").replace("%1", str(total)),
            Target(WORKPLAN, year, attention=True),
            self.tr("Open the activities needing attention in the Work plan tab"),
        )
        model = self.attention_model
        model.clear()
        self._heading(
            self.tr("Activities without progress (%1)").replace(
                "%1", str(len(figures.without_progress))
            ),
            Target(WORKPLAN, year, attention=True),
        )
        for activity in figures.without_progress:
            self._line(
                f"{activity.number} {activity.title}",
                Target(WORKPLAN, year, activity_id=activity.id, attention=True),
            )
        self._heading(
            self.tr("Contributions outstanding (%1)").replace("%1", str(len(figures.owing))),
            Target(BOOKS, year, page="contributions"),
        )
        for member in figures.owing:
            text = self.tr("%1 owes %2 (arrears %3)")
            text = text.replace("%1", member.name).replace("%2", self._money(member.outstanding))
            self._line(
                text.replace("%3", self._money(member.arrears)),
                Target(BOOKS, year, page="contributions", member_id=member.member_id),
            )
        self._heading(
            self.tr("Letters not answered after %1 days (%2)")
            .replace("%1", str(_service().UNANSWERED_DAYS))
            .replace("%2", str(figures.unanswered_total)),
            Target(LETTERS, year, direction=Direction.INCOMING.value),
        )
        for letter in figures.unanswered:
            text = self.tr("%1 of %2: %3 (%4 days)")
            text = text.replace("%1", letter.reference).replace(
                "%2", letter.letter_date.isoformat()
            )
            text = text.replace("%3", letter.subject).replace("%4", str(letter.days))
            self._line(
                text,
                Target(LETTERS, year, letter_id=letter.id, reference=letter.reference),
            )
        hidden = figures.unanswered_total - len(figures.unanswered)
        if hidden > 0:
            self._line(
                self.tr("… and %1 more").replace("%1", str(hidden)),
                Target(LETTERS, year, direction=Direction.INCOMING.value),
            )

    def _heading(self, text: str, target: Target) -> None:
        item = QStandardItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setData(target, TARGET_ROLE)
        item.setToolTip(text)
        self.attention_model.appendRow(item)

    def _line(self, text: str, target: Target) -> None:
        item = QStandardItem("\u2022 " + text)
        item.setData(target, TARGET_ROLE)
        item.setToolTip(text)
        self.attention_model.appendRow(item)

    def attention_texts(self) -> list[str]:
        return [
            self.attention_model.item(row).text().removeprefix("\u2022 ")
            for row in range(self.attention_model.rowCount())
        ]

    def _open_line(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if target is not None:
            self._open(target)
