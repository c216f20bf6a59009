"""The trust settings: the administrator sets the idle time and the backups kept; the
others see them and cannot change them."""

from __future__ import annotations

from rocb_desk.services import trust_settings
from rocb_desk.services.office import Office
from rocb_desk.ui.trust.settings_dialog import TrustSettingsDialog


def test_the_administrator_changes_the_idle_time_and_the_window_follows(
    qtbot, staffed: Office, window_as, monkeypatch
):
    window = window_as("admin")

    def change(dialog: TrustSettingsDialog) -> int:
        assert dialog.idle_spin.value() == 15 and dialog.kept_spin.value() == 10
        dialog.idle_spin.setValue(5)
        dialog.kept_spin.setValue(3)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TrustSettingsDialog, "exec", change)
    window.trust_settings()
    assert trust_settings.idle_minutes(staffed) == 5
    assert trust_settings.backups_kept(staffed) == 3
    assert window.idle_watcher.interval == 5 * 60_000


def test_others_see_the_settings_read_only(qtbot, staffed: Office):
    from rocb_desk.services import access

    access.login(staffed, "officer", "officer-password")
    dialog = TrustSettingsDialog(staffed)
    qtbot.addWidget(dialog)
    assert dialog.idle_spin.isReadOnly() and dialog.kept_spin.isReadOnly()
    assert dialog.findChild(type(dialog.error_label), "settingsReadOnly").isVisibleTo(dialog)
