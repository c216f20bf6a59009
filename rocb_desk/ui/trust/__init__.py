"""The window's side of trust: logging in, the idle lock, accounts, settings, backups."""
