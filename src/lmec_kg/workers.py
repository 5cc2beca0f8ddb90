"""Worker processes leave Ctrl-C and SIGTERM to the process that started them.

A forked worker inherits the command's SIGTERM handler (which raises KeyboardInterrupt so
the command's cleanup runs): when the parent, interrupted, terminates its pool, each worker
would print a traceback. Workers ignore Ctrl-C (the parent gets it too, and stops them) and
die quietly on SIGTERM.
"""
from __future__ import annotations

import signal

__all__ = ["leave_signals_to_parent"]


def leave_signals_to_parent() -> None:
    """A pool's ``initializer``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
