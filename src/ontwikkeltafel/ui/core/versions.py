"""The version of each record a form shows: what its saves and undo steps hand the service.

A form that loads a record tells :class:`Versions` (the window's, on its Editor) the
version it read; every save and undo step of that record passes it as
``expected_version`` and keeps the version the save left. A refresh (a colleague's change
came in) takes the new version, unless a field holds input typed over a value that
changed meanwhile: that input was typed against the old text, so its save must meet the
conflict rather than overwrite the colleague's text.
"""

from collections.abc import Iterable, Mapping
from typing import Any

Key = tuple[str, str]


class Versions:
    """The version of each (kind, record id) as the window's forms loaded or stored it."""

    def __init__(self) -> None:
        """Nothing known yet: saves of unknown records pass no version (no check)."""
        self._known: dict[Key, int] = {}

    def get(self, kind: str, record_id: str) -> int | None:
        """The version the forms showing the record hold (None: no form said)."""
        return self._known.get((kind, record_id))

    def stored(self, kind: str, record_id: str, version: int | None) -> None:
        """A save or undo step of this window left the record at ``version``."""
        if version is not None:
            self._known[(kind, record_id)] = int(version)

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
        stored): when a field with input changed in ``values``, the old version stays.
        """
        if values is None or values.get("version") is None:
            self._known.pop((kind, record_id), None)
            return
        key = (kind, record_id)
        for pending, shown in held:
            typed_over = any(n in values and values[n] != shown.get(n) for n in pending)
            if typed_over and key in self._known:
                return
        self._known[key] = int(values["version"])
