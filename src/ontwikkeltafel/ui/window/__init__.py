"""The main window: its menus, status bar, help, remembered state, translation and record pages."""
