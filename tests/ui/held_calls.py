"""Calls a test holds back until it lets them go: reads and searches the window hands off.

Shared by the tests of reads off the UI thread (a test module imports no other test module).
"""

import threading
from collections.abc import Callable
from typing import Any

#: A call held longer than this by the test: the window waited for it (it was not off its thread).
WAIT_S = 5
#: An event loop that did not turn for this long: a frozen window.
FROZEN_MS = 500


class Gates:
    """Each call waits for its own gate, opened by the test (in any order); its arguments kept."""

    def __init__(self, call: Callable[..., Any]) -> None:
        self.call = call
        self.gates: list[threading.Event] = []
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        self.lock = threading.Lock()

    def __call__(self, *arguments: Any, **options: Any) -> Any:
        with self.lock:
            gate = threading.Event()
            self.gates.append(gate)
            self.calls.append((arguments, options))
        gate.wait(WAIT_S)
        return self.call(*arguments, **options)

    def open(self, number: int) -> None:
        """Let call ``number`` (counted from 0 in the order they came) go on."""
        self.gates[number].set()
