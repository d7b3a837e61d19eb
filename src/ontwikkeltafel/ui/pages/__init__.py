"""The pages shown over the lists: the first page, a table, a meeting, and what they share."""
