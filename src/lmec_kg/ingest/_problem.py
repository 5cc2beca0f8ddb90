"""The internal exception readers raise; ``read_briefing`` turns it into a BriefingError."""
from __future__ import annotations

__all__ = ["ReadProblem"]


class ReadProblem(ValueError):
    """A file cannot be read as a briefing; ``str(e)`` is the one-line problem."""
