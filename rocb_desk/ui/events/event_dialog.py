"""The event editor: what the event was, the office's part in it, its narrative, its costs,
documents and participants.

The first three tabs are one form, saved by Save or Apply. Costs, documents and
participants are written as soon as they are added, so they need a saved event: a new
event opens them after its first Apply.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import OfficeError
from ...domain.events import KIND_LABELS, MODALITY_LABELS, ROLE_LABELS
from ...domain.fiscal import FinancialYear
from ...i18n import current_language, translate
from ...services import directory
from ...services.events import choices, register
from ...services.events.register import EventForm
from ...services.office import Office
from ...services.workplan import evidence
from ..forms import (
    FieldErrors,
    may_close,
    save_apply_buttons,
    save_showing_refusals,
    show_first_refusal,
)
from ..hub import hub
from ..messages import show_refusal
from .event_panels import CostsPanel, DocumentsPanel
from .list_model import CheckListModel
from .participant_dialog import ParticipantsPanel


class CheckList(QWidget):
    """A titled list of choices with check boxes and a filter line above it."""

    def __init__(self, title: str, items: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.model = CheckListModel(items, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.heading = QLabel()
        self.filter_edit = QLineEdit(clearButtonEnabled=True)
        self.filter_edit.setPlaceholderText(self.tr("Filter"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.model.dataChanged.connect(self._count)
        self.model.modelReset.connect(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        self._count()

    def _count(self, *_args: object) -> None:
        chosen = len(self.model.checked)
        self.heading.setText(
            f"<b>{self.title}</b> ({chosen})" if chosen else f"<b>{self.title}</b>"
        )

    def value(self) -> set[int]:
        return set(self.model.checked)

    def set_value(self, ids: set[int]) -> None:
        self.model.set_checked(ids)


class EventDialog(QDialog):
    def __init__(self, office: Office, event_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.event_id = event_id
        # The version of the event read, given back with the save: a change made meanwhile
        # in another window is refused, never overwritten (see _panel_changed).
        self.version: int | None = None
        self.read: EventForm | None = None  # the event as it stood at that version
        self.changed = False  # something was written: the register reads it again
        self.errors = FieldErrors()
        lang = current_language()
        self.tabs = QTabWidget(objectName="eventTabs")
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._links_tab(lang), self.tr("&Roles and links"))
        self.tabs.addTab(self._narrative_tab(), self.tr("&Narrative"))
        self.costs = CostsPanel(office, self)
        self.documents = DocumentsPanel(office, self)
        self.participants = ParticipantsPanel(office, self)
        self.tabs.addTab(self.costs, self.tr("&Costs"))
        self.tabs.addTab(self.documents, self.tr("Doc&uments"))
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        for panel in (self.costs, self.documents, self.participants):
            panel.changed.connect(self._panel_changed)

        self.hint = QLabel(
            self.tr("Costs, documents and participants can be added once the event is saved.")
        )
        self.hint.setObjectName("eventHint")
        self.hint.setWordWrap(True)
        self.buttons = save_apply_buttons(
            self, lambda close: self.try_save(close=close), self.tr("Save and keep the event open")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(980, 660)

        self.set_form(self._load() if event_id else EventForm())
        self.saved = self.form()
        self._opened()

    # --- the form's tabs ----------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        self.title_en_edit = QLineEdit()
        self.title_ru_edit = QLineEdit()
        # One title is enough, in either language.
        self.title_en_edit.setPlaceholderText(self.tr("A title in English or in Russian"))
        self.title_ru_edit.setPlaceholderText(self.tr("A title in English or in Russian"))
        self.kind_combo = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(translate("Events", label), kind.value)
        self.modality_combo = QComboBox()
        for modality, label in MODALITY_LABELS.items():
            self.modality_combo.addItem(translate("Events", label), modality.value)
        self.venue_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.start_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.start_edit.dateChanged.connect(self._start_moved)
        self.participants_edit = QLineEdit()
        self.countries_edit = QLineEdit()
        digit = self.fontMetrics().horizontalAdvance("0")
        for edit in (self.participants_edit, self.countries_edit):
            edit.setPlaceholderText(self.tr("Not known"))
            edit.setMaximumWidth(digit * 14)
        for day in (self.start_edit, self.end_edit):
            day.setMaximumWidth(digit * 18)

        page = QWidget()
        form = QFormLayout(page)
        for name, label, editor in (
            ("title_en", self.tr("Title in English"), self.title_en_edit),
            ("title_ru", self.tr("Title in Russian"), self.title_ru_edit),
            ("kind", self.tr("Kind"), self.kind_combo),
            ("modality", self.tr("Modality"), self.modality_combo),
            ("venue", self.tr("Venue"), self.venue_edit),
            ("city", self.tr("City"), self.city_edit),
            ("country", self.tr("Country"), self.country_edit),
            ("start_date", self.tr("Start *"), self.start_edit),
            ("end_date", self.tr("End *"), self.end_edit),
            ("participants", self.tr("Participants"), self.participants_edit),
            ("countries", self.tr("Countries"), self.countries_edit),
        ):
            editor.setObjectName(f"{name}Edit")
            form.addRow(label, self.errors.wrap(name, editor))
        note = QLabel(
            self.tr("Once the event has a participant list, the counts are taken from it.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)
        return page

    def _links_tab(self, lang: str) -> QWidget:
        roles = QGroupBox(self.tr("The office's roles in the event"))
        grid = QGridLayout(roles)
        self.role_checks: dict[str, QCheckBox] = {}
        for number, (role, label) in enumerate(ROLE_LABELS.items()):
            check = QCheckBox(translate("Events", label), objectName=f"{role.value}Check")
            self.role_checks[role.value] = check
            grid.addWidget(check, number % 4, number // 4)
        roles_box = self.errors.wrap("roles", roles)
        self.wco_check = QCheckBox(
            self.tr("Delivered by experts of the WCO Secretariat"), objectName="wcoCheck"
        )
        self.partner_list = CheckList(
            self.tr("Partner organizations"), choices.partner_choices(self.office, lang)
        )
        self.beneficiary_list = CheckList(
            self.tr("Beneficiary administrations"), directory.member_choices(self.office, lang)
        )
        self.expert_list = CheckList(
            self.tr("Experts of the Regional Experts Database"),
            choices.expert_choices(self.office),
        )
        # What the event is evidence of in the work plan: its own year's activities.
        self.activity_list = CheckList(self.tr("Work plan activities"), [])
        self.activity_list.setObjectName("activityList")
        lists = QHBoxLayout()
        for check_list in (
            self.partner_list,
            self.beneficiary_list,
            self.expert_list,
            self.activity_list,
        ):
            lists.addWidget(check_list, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(roles_box)
        layout.addWidget(self.wco_check)
        layout.addLayout(lists, 1)
        return page

    def _narrative_tab(self) -> QWidget:
        self.narrative_en_edit = QPlainTextEdit(objectName="narrative_enEdit")
        self.narrative_ru_edit = QPlainTextEdit(objectName="narrative_ruEdit")
        for edit in (self.narrative_en_edit, self.narrative_ru_edit):
            edit.setTabChangesFocus(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Narrative for the report, in English")))
        layout.addWidget(self.narrative_en_edit, 1)
        layout.addWidget(QLabel(self.tr("Narrative for the report, in Russian")))
        layout.addWidget(self.narrative_ru_edit, 1)
        return page

    def _start_moved(self, start: QDate) -> None:
        """A one-day event stays one day when its start moves; a longer one keeps its end."""
        previous = getattr(self, "_start", None)
        if previous is not None and self.end_edit.date() == previous:
            self.end_edit.setDate(start)
        if previous is not None and FinancialYear.of(previous.toPython()) != FinancialYear.of(
            start.toPython()
        ):
            self._offer_activities(start.toPython())
        self._start = start

    def _offer_activities(self, day: date) -> None:
        """The activities of the plan of the event's year, and any linked in another year."""
        lang = current_language()
        keep = self.activity_list.value()  # chosen ones stay shown by name, whatever the year
        offered = evidence.activity_choices(self.office, day, lang, keep)
        self.activity_list.model.set_choices([(choice.id, choice.label) for choice in offered])

    # --- values -------------------------------------------------------------------------

    def _load(self) -> EventForm:
        assert self.event_id is not None
        self.read = register.load_event(self.office, self.event_id)
        self.version = self.read.version
        return self.read

    def set_form(self, form: EventForm) -> None:
        self.title_en_edit.setText(form.title_en)
        self.title_ru_edit.setText(form.title_ru)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(form.kind), 0))
        self.modality_combo.setCurrentIndex(max(self.modality_combo.findData(form.modality), 0))
        self.venue_edit.setText(form.venue)
        self.city_edit.setText(form.city)
        self.country_edit.setText(form.country)
        self._start = None
        self.start_edit.setDate(QDate(form.start_date))
        self.end_edit.setDate(QDate(form.end_date))
        self._start = self.start_edit.date()
        for edit, count in (
            (self.participants_edit, form.participants),
            (self.countries_edit, form.countries),
        ):
            edit.setText("" if count is None else str(count))
        for role, check in self.role_checks.items():
            check.setChecked(role in form.roles)
        self.wco_check.setChecked(form.delivered_by_wco)
        self.partner_list.set_value(form.partner_ids)
        self.beneficiary_list.set_value(form.beneficiary_ids)
        self.expert_list.set_value(form.expert_ids)
        self.activity_list.model.checked = set(form.activity_ids)
        self._offer_activities(form.start_date)
        self.activity_list.set_value(form.activity_ids)
        self.narrative_en_edit.setPlainText(form.narrative_en)
        self.narrative_ru_edit.setPlainText(form.narrative_ru)

    def _count(self, edit: QLineEdit) -> int | None | str:
        """The number typed, None when empty, or the text when it is not a whole number."""
        text = edit.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return text

    def form(self) -> EventForm:
        """The form as shown; a count that is not a number is kept as None (see `try_save`)."""
        counts = [self._count(e) for e in (self.participants_edit, self.countries_edit)]
        participants, countries = (c if not isinstance(c, str) else None for c in counts)
        return EventForm(
            title_en=self.title_en_edit.text(),
            title_ru=self.title_ru_edit.text(),
            kind=self.kind_combo.currentData(),
            modality=self.modality_combo.currentData(),
            venue=self.venue_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text(),
            start_date=self.start_edit.date().toPython(),
            end_date=self.end_edit.date().toPython(),
            roles={role for role, check in self.role_checks.items() if check.isChecked()},
            partner_ids=self.partner_list.value(),
            beneficiary_ids=self.beneficiary_list.value(),
            expert_ids=self.expert_list.value(),
            activity_ids=self.activity_list.value(),
            delivered_by_wco=self.wco_check.isChecked(),
            participants=participants,
            countries=countries,
            narrative_en=self.narrative_en_edit.toPlainText(),
            narrative_ru=self.narrative_ru_edit.toPlainText(),
            version=self.version,
        )

    def _not_numbers(self) -> list[str]:
        return [
            name
            for name, edit in (
                ("participants", self.participants_edit),
                ("countries", self.countries_edit),
            )
            if isinstance(self._count(edit), str)
        ]

    # --- saving -------------------------------------------------------------------------

    def try_save(self, close: bool) -> bool:
        wrong = self._not_numbers()
        if wrong:
            self.errors.clear()
            for name in wrong:
                self.errors.show(name, self.tr("Write a whole number, or leave it empty."))
            self._show_first_error()
            return False
        form = self.form()

        def save() -> None:
            self.event_id = register.save_event(self.office, form, self.event_id)

        if not save_showing_refusals(self, self.errors, save):
            self._show_first_error()
            return False
        self.changed = True
        assert self.event_id is not None
        self.set_form(self._load())  # as the office keeps it
        self.saved = self.form()
        hub.statusMessage.emit(self.tr("Event saved"))
        if close:
            self.accept()
        else:
            self._opened()
        return True

    def _show_first_error(self) -> None:
        show_first_refusal(self.errors, self.tabs)

    def _opened(self) -> None:
        """Title, hint and the tabs that need a saved event, as the event now stands."""
        saved = self.event_id is not None
        if saved:
            title = self.saved.title_en if current_language() == "en" else self.saved.title_ru
            title = title or self.saved.title_en or self.saved.title_ru
            self.setWindowTitle(self.tr("Event: %1").replace("%1", title))
        else:
            self.setWindowTitle(self.tr("New event"))
        self.hint.setVisible(not saved)
        self.costs.near = self.saved.start_date
        for panel in (self.costs, self.documents, self.participants):
            self.tabs.setTabEnabled(self.tabs.indexOf(panel), saved)
            if saved:
                panel.set_event(self.event_id)

    def _panel_changed(self) -> None:
        """A panel wrote at once (a document filed): the event has a newer version, which
        the form's save must not take for someone else's change. It is taken only while
        the event is still as it was read, so a change of another window stays refused."""
        self.changed = True
        if self.event_id is None:
            return
        try:
            stored = register.load_event(self.office, self.event_id)
        except OfficeError:
            return  # removed meanwhile: the save says so
        if stored == self.read:
            self.version = stored.version

    def has_unsaved_changes(self) -> bool:
        return bool(self._not_numbers()) or self.form() != self.saved

    def reject(self) -> None:
        """Closing with changes not saved asks first: nothing typed is lost by a slip."""
        if self.has_unsaved_changes() and not may_close(
            self,
            self.tr("The event has changes that are not saved. Save them?"),
            lambda: self.try_save(close=True) and False,  # a save closes the dialog itself
        ):
            return
        super().reject()

    @classmethod
    def edit(
        cls, parent: QWidget, office: Office, event_id: int | None, start: date | None = None
    ) -> tuple[int | None, bool]:
        """Open the event (a new one without `event_id`); returns its id and whether the
        office's data changed, which it may have even when the dialog was cancelled."""
        try:
            dialog = cls(office, event_id, parent)
        except OfficeError as error:  # removed meanwhile (another desk, another window)
            show_refusal(parent, error)
            return None, True
        if event_id is None and start is not None:
            dialog.start_edit.setDate(QDate(start))
            dialog.saved = dialog.form()
        dialog.exec()
        result = dialog.event_id, dialog.changed
        dialog.deleteLater()
        return result
