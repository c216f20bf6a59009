"""Pure rules of the office: money, financial years, references, validation.

Nothing here imports Qt, SQLAlchemy or any other part of the project.
"""
