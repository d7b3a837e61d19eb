"""What every part of the window stands on: undo, autosave, notifier, tasks, labels, context."""
