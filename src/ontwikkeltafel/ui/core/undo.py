"""Undoable edits: each command calls a service to do and its inverse to undo.

A command is carried out once *before* it is pushed, so that a refusal (a
:class:`UserError`) reaches the form that asked and nothing lands on the stack.
"""

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.conflicts import Conflict, Saved, same
from ontwikkeltafel.services.editing import (
    create_record,
    delete_record,
    read_record,
    restore_snapshot,
    update_record,
)
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.autosave import (
    SaveAgain,
    autosave_events,
    connection_lost,
    saving_in_background,
)
from ontwikkeltafel.ui.core.background import server_of
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.core.saves import Saves, saves_of
from ontwikkeltafel.ui.core.tasks import Outcome
from ontwikkeltafel.ui.core.versions import Versions

log = logging.getLogger(__name__)
T = TypeVar("T")
FIELD_EDIT_ID = 1  # commands with this id may merge: typing in one field is one undo step


class ServiceCommand(QUndoCommand):
    """An edit already done by ``do``; redo calls ``do`` again, undo calls ``undo``."""

    def __init__(
        self,
        text: str,
        notifier: ChangeNotifier,
        do: Callable[[], Change],
        undo: Callable[[], Change],
        stack: QUndoStack | None = None,
    ) -> None:
        """Wrap a done edit; the first redo (made by QUndoStack.push) does nothing.

        With its ``stack``, a step the database cannot take for a moment stays where it is.
        """
        super().__init__(text)
        self.notifier = notifier
        self.stack = stack
        self._do = do
        self._undo = undo
        self._done = True

    def redo(self) -> None:
        """Do the edit again (not on push: it is done already)."""
        if self._done or self.isObsolete():
            return
        self._step(self._do, done=True)

    def undo(self) -> None:
        """Take the edit back."""
        if not self._done or self.isObsolete():
            return
        self._step(self._undo, done=False)

    def _step(self, step: Callable[[], Change], done: bool) -> None:
        """Run ``step`` here, or on a server on the saves' thread ("opslaan…"); then ``_done``."""
        saves = saves_of(self.stack)
        if saves is None:
            if self._run(step):
                self._done = done
            return
        stack = self.stack
        assert stack is not None
        index = stack.index()  # where the stack stands until this call returns
        outcome = saves.store(step, lambda late: self._came_late(late, index, done))
        if outcome is None:
            # Not back in time: as good as lost for now. The step stays where it is and is
            # followed to its own outcome (_came_late), never run again while it may commit.
            self._stay()
            autosave_events().lost.emit(StoreUnavailable(CONNECTION_LOST, saves.where))
            return
        if outcome.error is None:
            self._done = done
            assert isinstance(outcome.result, Change)
            self.notifier.report(outcome.result)
            return
        if isinstance(outcome.error, StoreUnavailable) and outcome.error.transient:
            self._stay()  # not done: the step stays where it is
        self._refused(outcome.error, lambda: _again(stack, index, done))

    def _came_late(self, outcome: Outcome, index: int, done: bool) -> None:
        """A step given up on came back: stored, the stack moves on as asked; else again later."""
        stack = self.stack
        assert stack is not None
        if outcome.error is not None:
            self._refused(outcome.error, lambda: _again(stack, index, done))
            return
        self._done = done  # so that the stack's move below runs nothing
        assert isinstance(outcome.result, Change)
        self.notifier.report(outcome.result)
        if stack.index() == index:  # still where the step was left
            stack.setIndex(index + 1 if done else index - 1)

    def _stay(self) -> None:
        """The stack moves past this step once it returns: move it back (nothing was done)."""
        stack = self.stack
        if stack is not None:
            index = stack.index()
            QTimer.singleShot(0, lambda: stack.setIndex(index))

    def _run(self, step: Callable[[], Change]) -> bool:
        """Run a step; False when it was not done (the user is told why)."""
        try:
            self.notifier.report(step())
            return True
        except Exception as error:
            if isinstance(error, StoreUnavailable) and error.transient:
                self._stay()  # another program holds the database, or the server is away
            self._refused(error, None)
        return False

    def _refused(self, error: Exception, again: Callable[[], None] | None) -> None:
        """Say why a step was not done; a step the server was away for is tried when it is back.

        The server away: the window's banner says so (no message of its own), and the step,
        still where it was, is tried again once the server answers (``again``).
        """
        if connection_lost(error):
            if again is not None:
                _when_back(error, again)
            autosave_events().lost.emit(error)
        elif isinstance(error, StoreUnavailable) and error.transient:
            # Another program holds the database: the step stays, to be tried again.
            self.notifier.failed.emit(error)
        elif isinstance(error, UserError):
            # Someone else changed the database meanwhile (a shared PostgreSQL): say so.
            self.setObsolete(True)
            self.notifier.failed.emit(undo_refusal(error))
        else:  # a command must never take the app down
            log.error("undo step failed: %s", self.text(), exc_info=error)
            self.setObsolete(True)


def _again(stack: QUndoStack, index: int, done: bool) -> None:
    """Try a step again (the server is back) if the stack still stands where it was left."""
    if stack.index() != index:
        return  # the user went on meanwhile
    if done:
        stack.redo()
    else:
        stack.undo()


def _when_back(error: Exception, again: Callable[[], None]) -> None:
    """Call ``again`` once, when the server ``error`` lost answers again."""
    events = autosave_events()
    where = getattr(error, "where", None)

    def back(answering: str) -> None:
        if answering != where:
            return
        events.back.disconnect(back)
        again()

    events.back.connect(back)


def ours(conflict: Conflict, values: dict[str, Any]) -> bool:
    """Whether what is stored is what we save, every field (our own save, stored late)."""
    theirs = conflict.theirs.values
    return all(name in theirs and same(theirs[name], value) for name, value in values.items())


def undo_refusal(error: UserError) -> UserError:
    """What to say of an undo or redo step refused: a conflict offers no choice there."""
    if isinstance(error, Conflict):
        refusal = Conflict(error.kind, error.record_id, error.theirs, error.mine)
        refusal.key = "edit.undo_conflict"
        return refusal
    return error


class FieldEdit(ServiceCommand):
    """A change of some values of one record; typed edits of the same fields in a row merge."""

    def __init__(
        self,
        text: str,
        notifier: ChangeNotifier,
        sessions: SessionFactory,
        kind: str,
        record_id: str,
        values: dict[str, Any],
        previous: dict[str, Any],
        merge: bool = True,
        stack: QUndoStack | None = None,
        versions: Versions | None = None,
        version: int | None = None,
    ) -> None:
        """Wrap an update already stored: ``previous`` holds the values it replaced.

        Without ``merge`` the edit is a step of its own (a choice, not typing). With
        ``versions`` (the window's forms show the record), redo and undo pass the version
        the step left (``version``) and the values it left as their base: a colleague's
        change of these fields since is a Conflict, a change of others is not.
        """
        self.key = (kind, record_id, frozenset(values))
        self.merge = merge
        self.values = values
        self.previous = previous
        self.version = version

        def store(chosen: dict[str, Any], base: dict[str, Any]) -> Change:
            known = versions is not None and versions.get(kind, record_id) is not None
            expected = self.version if known else None
            saved = update_record(
                sessions,
                kind,
                record_id,
                chosen,
                restoring=True,
                expected_version=expected,
                base=base,
            )
            self.version = saved.version
            if versions is not None:
                versions.stored(kind, record_id, saved.version, chosen)
            return saved[1]

        super().__init__(
            text,
            notifier,
            lambda: store(self.values, self.previous),
            lambda: store(self.previous, self.values),
            stack,
        )

    def id(self) -> int:
        """Typed field edits may merge with each other (-1: never merges)."""
        return FIELD_EDIT_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same fields of the same record."""
        if not isinstance(other, FieldEdit) or other.key != self.key:
            return False
        self.values = other.values
        self.version = other.version
        # Typed back to what it was: the stack drops the step instead of keeping a no-op.
        self.setObsolete(self.values == self.previous)
        return True


class Editor:
    """What a page needs to edit records undoably: the services, the stack, the notifier."""

    def __init__(self, sessions: SessionFactory, stack: QUndoStack, notifier: ChangeNotifier):
        """Edit through ``sessions``; push onto ``stack``; report to ``notifier``."""
        self.sessions = sessions
        self.stack = stack
        self.notifier = notifier
        self.versions = Versions()  # of the records the window's forms show
        # Values of saves given up on (the server lost): they may be stored all the same.
        self.unsure: dict[tuple[str, str], dict[str, Any]] = {}
        server = server_of(sessions)
        if server is not None:  # undo and redo steps off the UI thread ("opslaan…")
            Saves(stack, server)

    def push(self, text: str, do: Callable[[], Change], undo: Callable[[], Change]) -> Change:
        """Do an edit now (may raise UserError, then nothing is pushed) and make it undoable.

        On a server the edit is stored on the saves' thread, as an undo step is: the event
        loop turns meanwhile ("opslaan…"). A server away raises StoreUnavailable (the banner
        says so too); an edit given up on that the server stores late after all is pushed then.
        """
        saves = saves_of(self.stack)
        change = do() if saves is None else self._first_step(saves, text, do, undo)
        self._pushed(text, do, undo, change)
        return change

    def _pushed(
        self, text: str, do: Callable[[], Change], undo: Callable[[], Change], change: Change
    ) -> None:
        """Put a done edit on the stack (its push runs nothing) and tell the window."""
        self.stack.push(ServiceCommand(text, self.notifier, do, undo, self.stack))
        self.notifier.report(change)

    def _first_step(
        self, saves: Saves, text: str, do: Callable[[], Change], undo: Callable[[], Change]
    ) -> Change:
        """Run ``do`` on the saves' thread and wait for it (the event loop turning): its Change.

        Raises what ``do`` raised, or StoreUnavailable when it did not come back in time.
        """

        def late(outcome: Outcome) -> None:  # given up on, then stored after all: undoable
            if outcome.error is None:
                change = outcome.result
                assert isinstance(change, Change)
                # Not inside an undo or redo waiting for its step: pushed after it.
                saves.when_idle(lambda: self._pushed(text, do, undo, change))

        outcome = saves.store(do, late)
        error = outcome.error if outcome is not None else None
        if outcome is None:
            error = StoreUnavailable(CONNECTION_LOST, saves.where)
        if error is not None:
            if connection_lost(error):
                autosave_events().lost.emit(error)  # the window's banner
            raise error
        assert outcome is not None and isinstance(outcome.result, Change)
        return outcome.result

    def update(
        self, text: str, kind: str, record_id: str, values: dict[str, Any], merge: bool = True
    ) -> None:
        """Store changed values of a record (may raise UserError; then nothing is stored).

        Typed edits of the same fields in a row are one undo step; with ``merge`` False
        (choosing from a list, say) this edit is a step of its own.
        """
        store, base = self._store_step(kind, record_id, values)

        def then(outcome: Outcome) -> None:
            self._updated(text, kind, record_id, values, merge, base, outcome)

        saves = saves_of(self.stack)
        binder = saving_in_background()
        if saves is not None and binder is not None:  # autosave: typing goes on meanwhile
            binder.send_off(lambda done: saves.later(store, done), then)
            return
        if saves is not None:  # the event loop turns meanwhile (the user's input waits)
            stored = saves.store(store)
            if stored is None:
                stored = Outcome(error=StoreUnavailable(CONNECTION_LOST, saves.where))
            try:
                then(stored)
            except SaveAgain:  # over our own save, stored late: once more, over its version
                self.update(text, kind, record_id, values, merge)
            return
        try:
            then(Outcome(result=store()))
        except Conflict as conflict:
            then(Outcome(error=conflict))

    def _store_step(
        self, kind: str, record_id: str, values: dict[str, Any]
    ) -> tuple[Callable[[], Saved[dict[str, Any]]], dict[str, Any] | None]:
        """The save of ``values`` over the version the form holds, and the values it shows."""
        expected = self.versions.get(kind, record_id, values)
        base = self.versions.base(kind, record_id, values)

        def store() -> Saved[dict[str, Any]]:
            return update_record(
                self.sessions, kind, record_id, values, expected_version=expected, base=base
            )

        return store, base

    def update_later(
        self,
        text: str,
        kind: str,
        record_id: str,
        values: dict[str, Any],
        done: Callable[[UserError | None], None],
    ) -> None:
        """As :meth:`update` (a step of its own), without waiting for a server.

        On a server the save goes to the saves' thread and ``done(None)`` comes once it is
        stored (its undo step pushed), ``done(error)`` when it was refused or the server
        is away (the banner told too). On a SQLite file it is stored at once.
        """
        saves = saves_of(self.stack)
        if saves is None:
            try:
                self.update(text, kind, record_id, values, merge=False)
            except UserError as error:
                done(error)
                return
            done(None)
            return
        store, base = self._store_step(kind, record_id, values)

        def landed(outcome: Outcome) -> None:
            try:
                self._updated(text, kind, record_id, values, False, base, outcome)
            except SaveAgain:  # over our own save, stored late: once more, over its version
                self.update_later(text, kind, record_id, values, done)
                return
            except UserError as error:
                if connection_lost(error):
                    autosave_events().lost.emit(error)  # the window's banner
                done(error)
                return
            except Exception as exc:  # a failure no message foresees: said, never a crash
                log.error("a save failed: %s", text, exc_info=exc)
                done(UserError("edit.not_stored", kind=type(exc).__name__))
                return
            done(None)

        saves.later(store, landed)

    def _updated(
        self,
        text: str,
        kind: str,
        record_id: str,
        values: dict[str, Any],
        merge: bool,
        base: dict[str, Any] | None,
        outcome: Outcome,
    ) -> None:
        """What :meth:`update` stored (its undo step, the version), or raise its refusal."""
        saved: Saved[dict[str, Any]]
        unsure = self.unsure.get((kind, record_id), {})
        if outcome.error is None:
            assert isinstance(outcome.result, Saved)
            saved = outcome.result
            for name in values:
                unsure.pop(name, None)
        elif isinstance(outcome.error, Conflict):
            conflict = outcome.error
            version = conflict.theirs.version
            if base is None or version is None:
                raise conflict
            if not ours(conflict, values):
                earlier = {name: unsure.get(name, base.get(name)) for name in values}
                if not unsure or not ours(conflict, earlier):
                    raise conflict
                # Stored is what an earlier save of ours, given up on, stored after all:
                # no conflict. Save again over it (its values the base, its version).
                self.versions.stored(kind, record_id, version, earlier)
                for name in values:
                    unsure.pop(name, None)
                raise SaveAgain
            # Our own save, given up on (a frozen server) but stored after all when the
            # server resumed: theirs is mine, so no conflict. Take that version, go on.
            saved = Saved(base, Change.of(kind, ids=[record_id]), version)
        else:
            if connection_lost(outcome.error):  # it may have been stored all the same
                self.unsure.setdefault((kind, record_id), {}).update(values)
            raise outcome.error
        self.versions.stored(kind, record_id, saved.version, values)
        previous, change = saved
        if previous == values:
            return  # nothing really changed: no undo step
        command = FieldEdit(
            text,
            self.notifier,
            self.sessions,
            kind,
            record_id,
            values,
            previous,
            merge,
            self.stack,
            self.versions,
            saved.version,
        )
        self.stack.push(command)
        self.notifier.report(change)

    def choose(
        self, text: str, kind: str, record_id: str, values: dict[str, Any], version: int | None
    ) -> None:
        """Store the values chosen in a conflict over the record at ``version``: one step.

        Undo brings back what was stored at ``version``; a change made since is a Conflict
        again (raised, nothing stored).
        """
        self.versions.stored(kind, record_id, version)
        self.update(text, kind, record_id, values, merge=False)

    def create(self, text: str, kind: str, values: dict[str, Any]) -> str:
        """Store a new record; undo deletes it, redo puts it back with the same id."""
        return self.push_create(text, kind, lambda: create_record(self.sessions, kind, values))

    def push_create(self, text: str, kind: str, create: Callable[[], tuple[str, Change]]) -> str:
        """Make a record of ``kind`` with ``create``; undo deletes it, redo puts it back.

        The undo deletes it only as it was made: a colleague's change since refuses it.
        """
        kept: dict[str, Any] = {}

        def forward() -> Change:
            if "snapshot" in kept:
                return restore_snapshot(self.sessions, kept.pop("snapshot"))
            kept["id"], change = create()
            kept["made"] = self.versions.shown(kind, kept["id"], self.read(kind, kept["id"]))
            return change

        def backward() -> Change:
            expected, base = kept["made"]
            kept["snapshot"], change = delete_record(
                self.sessions, kind, kept["id"], expected_version=expected, base=base
            )
            return change

        self.push(text, forward, backward)
        return str(kept["id"])

    def push_inverse(
        self, text: str, do: Callable[[], tuple[T, Change]], undo: Callable[[T], Change]
    ) -> Change:
        """Do ``do`` now (a refusal raises, nothing is pushed); undo hands its result to ``undo``.

        For a service that returns what its undo needs (positions before, a snapshot, the
        previous value).
        """
        kept: dict[str, Any] = {}

        def forward() -> Change:
            kept["undo"], change = do()
            return change

        def backward() -> Change:
            return undo(kept.pop("undo"))

        return self.push(text, forward, backward)

    def delete(
        self, text: str, kind: str, record_id: str, shown: dict[str, Any] | None = None
    ) -> None:
        """Delete a record and all that hangs from it; undo puts every row back.

        Checked against what the page showed (``shown``: values with their version, else
        what the window's forms hold): a colleague's change of it since refuses the delete.
        """
        kept: dict[str, Any] = {}
        expected, base = self.versions.shown(kind, record_id, shown)

        def do() -> Change:
            kept["snapshot"], change = delete_record(
                self.sessions, kind, record_id, expected_version=expected, base=base
            )
            return change

        def undo() -> Change:
            return restore_snapshot(self.sessions, kept["snapshot"])

        self.push(text, do, undo)

    def read(self, kind: str, record_id: str) -> dict[str, Any] | None:
        """The stored values of a record (None when it is gone)."""
        return read_record(self.sessions, kind, record_id)
