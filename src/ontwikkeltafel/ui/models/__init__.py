"""Qt table models over the query services: lazy rows fetched as they are shown."""
