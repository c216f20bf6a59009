"""The Overview tab: the director's financial year at a glance."""
