"""Correspondence: the register of letters, their attachments' text, search, import and the composer."""
