"""The list pages of the navigation: one kind of record each, with its form where it has one."""
