"""The Directory tab: the office's address book, every list built from its spec."""
