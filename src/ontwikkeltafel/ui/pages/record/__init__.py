"""What the table and meeting pages share: heading, autosave, parts, making a new record."""
