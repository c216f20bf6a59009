"""The Bookkeeping tab: the ledger, contributions, budget and charts of the office's books."""
