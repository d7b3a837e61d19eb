"""The page of one meeting: its header, agenda, attendance and the minutes of each item."""
