"""The desktop UI (PySide6 only here): windows, pages, dialogs and table models."""
