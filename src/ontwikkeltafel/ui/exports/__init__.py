"""Reports, invitations and JSON import and export from the window, each off the UI thread."""
