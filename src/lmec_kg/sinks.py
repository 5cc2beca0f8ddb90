"""Stores that load N-Quads text in a thread while the graph is still being written.

Oxigraph parses and indexes in Rust without holding the GIL, so a store fed graph by graph
loads on the other core while Python writes the next briefing's statements. Text is handed
over in large batches, one Rust call each: a Python file object read a few kilobytes at a
time would make the loader queue for the GIL thousands of times.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable

__all__ = ["Sink"]

_EOF = object()
_ABORT = object()


class Sink:
    """Runs ``load(batch)`` in a thread for each batch fed, then ``finish()`` once the text
    has ended (its value is what :meth:`close` returns); :meth:`abort` calls ``discard()``
    instead, so nothing half-fed is kept."""

    def __init__(self, load: Callable[[bytes], object], finish: Callable[[], object],
                 discard: Callable[[], object] = lambda: None, *, name: str, depth: int = 4) -> None:
        self._q: queue.Queue = queue.Queue(maxsize=depth)
        self._result = self._error = None
        self._thread = threading.Thread(target=self._run, args=(load, finish, discard), name=name,
                                        daemon=True)
        self._thread.start()

    def _run(self, load, finish, discard) -> None:
        try:
            while True:
                batch = self._q.get()
                if batch is _EOF:
                    self._result = finish()
                    return
                if batch is _ABORT:
                    discard()
                    return
                load(batch)
        except BaseException as e:  # re-raised in the feeding thread
            self._error = e
            try:
                discard()
            except BaseException:
                pass

    def feed(self, batch: bytes) -> None:
        if not self._put(batch):
            self._raise()

    def close(self):
        """End the text; wait for the load; its result (or its error, raised)."""
        self._put(_EOF)
        self._thread.join()
        self._raise()
        return self._result

    def abort(self) -> None:
        """Drop what was loaded and wait for the thread."""
        self._put(_ABORT)
        self._thread.join()

    def _put(self, item) -> bool:
        while self._thread.is_alive():
            try:
                self._q.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
