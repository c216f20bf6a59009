"""The trust settings: the idle lock and the automatic backups kept, set by an administrator."""

from __future__ import annotations

from pathlib import Path

import pytest

from rocb_desk.domain.access import Account, Role
from rocb_desk.domain.errors import OfficeError, ValidationError
from rocb_desk.services import audit_view, trust_settings
from rocb_desk.services.office import Office, open_office


@pytest.fixture
def office(office_path: Path) -> Office:
    """An empty office (no reference data): these tests need none, and it opens at once."""
    opened = open_office(str(office_path), actor="tester")
    yield opened
    opened.close()


def test_defaults_until_someone_sets_them(office: Office):
    assert trust_settings.idle_minutes(office) == 15
    assert trust_settings.backups_kept(office) == 10


def test_settings_are_kept_and_audited(office: Office):
    trust_settings.set_idle_minutes(office, 0)  # never lock: a one-person office at home
    trust_settings.set_backups_kept(office, 30)
    assert trust_settings.idle_minutes(office) == 0
    assert trust_settings.backups_kept(office) == 30
    (line,) = audit_view.search_audit(
        office, audit_view.AuditFilter(entity="trust_settings"), limit=1
    )
    assert line.actor == "tester" and "backups_kept: 10 \u2192 30" in line.changes


@pytest.mark.parametrize(
    ("setter", "field", "value"),
    [
        (trust_settings.set_idle_minutes, "idle_minutes", -1),
        (trust_settings.set_idle_minutes, "idle_minutes", 241),
        (trust_settings.set_idle_minutes, "idle_minutes", "ten"),
        (trust_settings.set_backups_kept, "backups_kept", 0),
        (trust_settings.set_backups_kept, "backups_kept", 101),
        (trust_settings.set_backups_kept, "backups_kept", 2.5),
    ],
)
def test_a_value_out_of_bounds_is_refused_naming_the_field(office: Office, setter, field, value):
    with pytest.raises(ValidationError) as refused:
        setter(office, value)
    assert refused.value.for_field(field)
    assert trust_settings.idle_minutes(office) == 15
    assert trust_settings.backups_kept(office) == 10


def test_only_an_administrator_changes_them(office: Office):
    office.login_required = True
    office.account = Account("dora", Role.DIRECTOR)
    with pytest.raises(OfficeError, match="administrator"):
        trust_settings.set_idle_minutes(office, 5)
    with pytest.raises(OfficeError, match="administrator"):
        trust_settings.set_backups_kept(office, 5)
    assert trust_settings.idle_minutes(office) == 15  # everyone reads them: the lock obeys
    office.account = Account("ada", Role.ADMINISTRATOR)
    trust_settings.set_idle_minutes(office, 5)
    assert trust_settings.idle_minutes(office) == 5


def test_a_hand_written_value_does_not_break_the_window(office: Office):
    from rocb_desk.db.models import OfficeSetting

    with office.transaction() as session:
        session.add(OfficeSetting(key=trust_settings.IDLE_MINUTES, value="soon"))
        session.add(OfficeSetting(key=trust_settings.BACKUPS_KEPT, value="100000"))
    assert trust_settings.idle_minutes(office) == 15
    assert trust_settings.backups_kept(office) == 10
