"""The first page: the tables, their meetings, and deleting a table or meeting."""
