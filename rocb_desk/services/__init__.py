"""The office's work: each module one capability, returning plain data to the faces."""
