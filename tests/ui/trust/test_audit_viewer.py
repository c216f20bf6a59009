"""The audit trail viewer: filtered by who, what and which action, paged from the
service as it scrolls, each change shown before and after."""

from __future__ import annotations

from rocb_desk.services.books import ledger
from rocb_desk.services.books.ledger_query import LedgerFilter, fetch_lines
from rocb_desk.services.office import Office
from rocb_desk.ui import audit_dialog
from rocb_desk.ui.audit_dialog import AuditTrailDialog

from .conftest import password


def _viewer(qtbot, office: Office) -> AuditTrailDialog:  # noqa: ANN001
    dialog = AuditTrailDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _corrected_by_manager(office: Office) -> int:
    """The office manager corrects the description of the demo's first expense."""
    from rocb_desk.services import access

    access.login(office, "manager", password("manager"))
    lines = fetch_lines(office, LedgerFilter(kind="expense"), 0, 1)
    entry_id = lines[0].id
    values = ledger.entry_values(office, entry_id)
    ledger.update_entry(office, entry_id, values | {"description": "Paper, pens (corrected)"})
    # The trail shows what letters said: the administrator reads it, the manager may not.
    access.login(office, "admin", password("admin"))
    return entry_id


def test_the_trail_is_filtered_by_who_and_shows_the_change_before_and_after(qtbot, staffed: Office):
    entry_id = _corrected_by_manager(staffed)
    dialog = _viewer(qtbot, staffed)
    whos = [dialog.who_combo.itemText(i) for i in range(dialog.who_combo.count())]
    assert whos[0] == "Everyone" and {"tester", "admin", "manager"} <= set(whos)

    dialog.who_combo.setCurrentIndex(dialog.who_combo.findData("manager"))
    model = dialog.model
    assert model.rowCount() == 1  # the manager did one thing
    assert model.index(0, audit_dialog.WHO).data() == "manager"
    assert model.index(0, audit_dialog.ACTION).data() == "changed"
    assert model.index(0, audit_dialog.RECORD).data() == f"Ledger entry {entry_id}"
    assert dialog.count_label.text().startswith("1 ")
    # The selected entry's change, field by field.
    rows = [
        tuple(dialog.detail.item(r, c).text() for c in range(3))
        for r in range(dialog.detail.rowCount())
    ]
    (field, before, after) = next(row for row in rows if row[0] == "description")
    assert after == "Paper, pens (corrected)" and before and before != after
    assert "manager" in dialog.heading.text()

    dialog.who_combo.setCurrentIndex(dialog.who_combo.findData("admin"))
    actors = {model.index(r, audit_dialog.WHO).data() for r in range(model.rowCount())}
    assert actors == {"admin"} and model.rowCount() == 4  # the four accounts made after it


def test_what_and_action_filters_narrow_the_trail(qtbot, staffed: Office):
    _corrected_by_manager(staffed)
    dialog = _viewer(qtbot, staffed)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("user_account"))
    records = {
        dialog.model.index(r, audit_dialog.RECORD).data().rsplit(" ", 1)[0]
        for r in range(dialog.model.rowCount())
    }
    assert records == {"Account"} and dialog.model.rowCount() == 5
    dialog.what_combo.setCurrentIndex(0)
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("update"))
    actions = {dialog.model.lines[r].action for r in range(dialog.model.rowCount())}
    assert actions == {"update"}


def test_the_trail_is_read_a_page_at_a_time(qtbot, staffed: Office, monkeypatch):
    monkeypatch.setattr(audit_dialog, "PAGE", 20)
    dialog = _viewer(qtbot, staffed)
    model = dialog.model
    assert dialog.total > 60  # the demo office's own trail
    assert model.rowCount() == 20 and model.canFetchMore()
    assert "20 read" in dialog.count_label.text()
    model.fetchMore()
    assert model.rowCount() == 40
    ids = [line.id for line in model.lines]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 40  # newest first, no repeat
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == dialog.total


def test_an_officer_without_the_confidential_clearance_cannot_open_the_trail(qtbot, window_as):
    assert not window_as("officer").audit_action.isEnabled()
    assert window_as("director").audit_action.isEnabled()
