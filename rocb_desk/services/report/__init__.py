"""The annual progress report: its own texts per year, and the report assembled from all."""
