"""The Work plan tab: the director's review of a year's activities, the status chart,
the needs register and the Strategic Framework the plan follows."""

from __future__ import annotations
