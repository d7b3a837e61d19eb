"""Undo steps for the structural edits of the table and meeting pages, on the window's Editor.

A service that returns what its undo needs (positions before, a snapshot, the previous
value) becomes one command with :func:`push_inverse`; one that makes a record becomes
one with :func:`push_create`, whose redo puts back exactly what its undo took.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import delete_record, restore_snapshot
from ontwikkeltafel.ui.undo import Editor

T = TypeVar("T")


def push_inverse(
    editor: Editor,
    text: str,
    do: Callable[[], tuple[T, Change]],
    undo: Callable[[T], Change],
) -> Change:
    """Do ``do`` now (a refusal raises, nothing is pushed); undo hands its result to ``undo``."""
    kept: dict[str, Any] = {}

    def forward() -> Change:
        kept["undo"], change = do()
        return change

    def backward() -> Change:
        return undo(kept.pop("undo"))

    return editor.push(text, forward, backward)


def push_create(
    editor: Editor, text: str, kind: str, create: Callable[[], tuple[str, Change]]
) -> str:
    """Make a record of ``kind`` with ``create``; undo deletes it, redo restores it as it was."""
    kept: dict[str, Any] = {}

    def forward() -> Change:
        if "snapshot" in kept:
            return restore_snapshot(editor.sessions, kept.pop("snapshot"))
        kept["id"], change = create()
        return change

    def backward() -> Change:
        kept["snapshot"], change = delete_record(editor.sessions, kind, kept["id"])
        return change

    editor.push(text, forward, backward)
    return str(kept["id"])
