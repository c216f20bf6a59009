"""The office's single-entry books: classification, ledger, years, contributions, budget."""
