"""The work plan: Strategic Framework, annual plans, activities, progress, needs, review."""
