"""The Events tab: the register with its calendar, the year's statistics, the premises.

Documents of events (tables, attendance sheets, certificates) may be wanted in the
other language than the window's: they are built inside `i18n.document_language`.
"""

from __future__ import annotations

DOCUMENT_LANGUAGES = (("en", "English"), ("ru", "Русский"))
