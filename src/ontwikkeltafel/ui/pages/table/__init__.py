"""The page of one table: its details, members, themes, agenda template and meetings."""
