"""Forms that edit one record of a list kind, and the list pages that show them beside the list."""
