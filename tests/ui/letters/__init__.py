"""The Correspondence tab driven through its widgets, offscreen, on the demo office's letters."""
