"""Names the history is read and written by, without SQLAlchemy (the quick commands use them)."""

#: The note that begins the entries an import of a file without history writes of its own
#: ("import demo.json"); what reads the past (services/past.py) knows them by it.
IMPORT_NOTE = "import"
