"""Sets of Qt event types for event filters, made when a filter first asks.

PySide makes an enum's Python members the first time the enum is used: 40 ms for
QEvent.Type's 180. A set built when its module loads made the window's first frame wait
for that; built on first use, it is paid when a filter first runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class EventTypes:
    """QEvent types by name: `event.type() in EVENT_TYPES` as with a frozenset."""

    def __init__(self, *names: str) -> None:
        self.names = names
        self._types: frozenset[QEvent.Type] | None = None

    def __contains__(self, kind: object) -> bool:
        if self._types is None:
            self._types = frozenset(getattr(QEvent.Type, name) for name in self.names)
        return kind in self._types
