"""The annual progress report in the window."""
