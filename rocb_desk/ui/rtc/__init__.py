"""The RTC reports page: the year's reports per RTC, the aggregate, the template, imports."""

from .page import RtcReportsPage

__all__ = ["RtcReportsPage"]
