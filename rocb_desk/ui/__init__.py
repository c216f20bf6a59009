"""The window: Qt widgets that collect input, call a service, and show the result."""
