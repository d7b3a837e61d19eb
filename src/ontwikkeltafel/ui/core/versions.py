"""The version of each record a form shows: what its saves and undo steps hand the service.

A form that loads a record tells :class:`Versions` (the window's, on its Editor) the
values and version it read; every save of that record passes, for the fields it saves,
the value each was loaded as (the base) and the version it was loaded at as
``expected_version``, and keeps what the save left. The check is per field: a record
whose version moved on through a change of other fields (an automatic one, the status
following attendance, or a colleague's) is saved; only a field whose stored value is no
longer its base meets the conflict.

A refresh (a change came in) takes the new values and version, but for a field holding
input typed over a value that changed meanwhile: that input was typed against the old
text, so its save keeps the old base and version and meets the conflict rather than
overwrite the colleague's text.
"""

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.conflicts import Saved
from ontwikkeltafel.services.editing import update_record

Key = tuple[str, str]
#: Per field: the value the form loaded or stored it as, and the version it was read at.
Fields = dict[str, tuple[Any, int]]


class Versions:
    """Per (kind, record id): each field's base and version as the window's forms hold them."""

    def __init__(self) -> None:
        """Nothing known yet: saves of unknown records pass no version (no check)."""
        self._known: dict[Key, Fields] = {}

    def get(self, kind: str, record_id: str, names: Iterable[str] | None = None) -> int | None:
        """The version to pass for a save of the fields ``names`` (None: no form said).

        The oldest version any of them was read at: when the stored version is still that,
        none of them can have changed. Without ``names``: the oldest of all fields.
        """
        fields = self._known.get((kind, record_id))
        if not fields:
            return None
        chosen = list(fields) if names is None else [n for n in names if n in fields]
        if names is not None and len(chosen) < len(set(names)):
            chosen = list(fields)  # a field no form loaded: the record's oldest version
        return min(fields[name][1] for name in chosen)

    def base(self, kind: str, record_id: str, names: Iterable[str]) -> dict[str, Any] | None:
        """The values the fields ``names`` were loaded as (None: one of them is unknown)."""
        fields = self._known.get((kind, record_id))
        if not fields:
            return None
        wanted = list(names)
        if any(name not in fields for name in wanted):
            return None
        return {name: fields[name][0] for name in wanted}

    def stored(
        self,
        kind: str,
        record_id: str,
        version: int | None,
        values: Mapping[str, Any] | None = None,
    ) -> None:
        """A save or undo step of this window stored ``values``, leaving ``version``.

        Kept only for a record a form loaded (:meth:`loaded`). Without ``values`` nothing
        is known of which fields: each field keeps its base and version (a conflict's
        choice passes theirs).
        """
        fields = self._known.get((kind, record_id))
        if version is None or fields is None:
            return  # no form loaded the record (a list's edit): nothing to keep
        for name, value in (values or {}).items():
            if name not in ("id", "version"):
                fields[name] = (value, int(version))

    def seen(self, kind: str, record_id: str, values: Mapping[str, Any], version: int) -> None:
        """A list row showed ``values`` of the record at ``version``: an edit's base.

        For a cell edited in a list: those fields' bases are what the row showed, whatever
        was known of them before; other fields stay as they are.
        """
        fields = self._known.setdefault((kind, record_id), {})
        for name, value in values.items():
            fields[name] = (value, int(version))

    def shown(
        self, kind: str, record_id: str, values: Mapping[str, Any] | None = None
    ) -> tuple[int | None, dict[str, Any] | None]:
        """What a delete of the record passes: (the version, every field as shown).

        ``values`` (with their ``version``) when the page read them itself, else what the
        window's forms and lists hold; (None, None) when nothing was shown (no check).
        """
        if values is not None and values.get("version") is not None:
            fields = {n: v for n, v in values.items() if n not in ("id", "version")}
            return int(values["version"]), fields
        known = self._known.get((kind, record_id))
        if not known:
            return None, None
        return self.get(kind, record_id), {name: base for name, (base, _v) in known.items()}

    def older(self, kind: str, record_id: str, values: Mapping[str, Any]) -> bool:
        """Whether ``values`` (with their ``version``) were read before a version known here.

        A read that began before this window's own save and answered after it.
        """
        fields = self._known.get((kind, record_id))
        version = values.get("version")
        if not fields or version is None:
            return False
        return int(version) < max(known for _base, known in fields.values())

    def forget(self, kind: str, record_id: str | None) -> None:
        """A form shows the record no more: a later save of it elsewhere passes no version.

        (Else a list's edit of a record a form showed long ago would meet a stale version.)
        """
        if record_id is not None:
            self._known.pop((kind, record_id), None)

    def loaded(
        self,
        kind: str,
        record_id: str,
        values: Mapping[str, Any] | None,
        held: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]] = (),
    ) -> None:
        """A form read ``values`` (with their ``version``) of the record and shows them.

        ``held`` gives, per form, (its input not stored yet, the values it showed as
        stored): a field with input whose value changed in ``values`` keeps its old base
        and version (the input was typed over that).
        """
        if values is None or values.get("version") is None:
            self._known.pop((kind, record_id), None)
            return
        key = (kind, record_id)
        before = self._known.get(key, {})
        version = int(values["version"])
        fields: Fields = {n: (v, version) for n, v in values.items() if n not in ("id", "version")}
        for pending, shown in held:
            for name in pending:
                typed_over = name in values and values[name] != shown.get(name)
                if typed_over and name in before:
                    fields[name] = before[name]
        self._known[key] = fields


def linked_save(
    versions: Versions, sessions: SessionFactory, kind: str, record_id: str
) -> Callable[..., Saved[dict[str, Any]]]:
    """A save of a record's link list (or values) that a page makes an undo step of.

    ``save(values)`` passes the base and version the forms hold; ``save(values, base)``
    (its undo) passes what the step left as the base and the version it left: a
    colleague's change of the list since is a Conflict, a change of other fields not.
    """
    left: dict[str, int | None] = {}

    def save(values: dict[str, Any], base: dict[str, Any] | None = None) -> Saved[dict[str, Any]]:
        expected = versions.get(kind, record_id, values)
        if base is None:
            base = versions.base(kind, record_id, values)
        elif expected is not None:
            expected = left.get("version", expected)
        saved = update_record(
            sessions, kind, record_id, values, expected_version=expected, base=base
        )
        versions.stored(kind, record_id, saved.version, values)
        left["version"] = saved.version
        return saved

    return save
