"""Sets of Qt event types for event filters, made when a filter first asks.

PySide makes an enum's Python members the first time the enum is used: 40 ms for
QEvent.Type's 180. A set built when its module loads made the window's first frame wait
for that; built on first use, it is paid when a filter first runs.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent


class EventTypes:
    """QEvent types by name: `event.type() in EVENT_TYPES.types`, the frozenset made on the
    first look and kept (an attribute after that: no Python call per event)."""

    def __init__(self, *names: str) -> None:
        self.names = names

    @functools.cached_property
    def types(self) -> frozenset[QEvent.Type]:
        return frozenset(getattr(QEvent.Type, name) for name in self.names)
