"""The work plan's tests start from the demo office (a copy of the test's own), acting as
the director who reviews and signs off."""

from __future__ import annotations

import pytest

from rocb_desk.services.office import Office, open_office


@pytest.fixture
def demo(demo_office: Office) -> Office:
    office = open_office(demo_office.url.render_as_string(hide_password=False), actor="director")
    yield office
    office.close()
