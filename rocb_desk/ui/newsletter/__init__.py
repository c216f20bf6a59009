"""The quarterly newsletter: its news items written here, the newsletter made as Word or PDF."""

from .dialog import NewsletterDialog

__all__ = ["NewsletterDialog"]
