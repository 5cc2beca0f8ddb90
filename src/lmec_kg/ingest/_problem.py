"""What the readers share: the exception they raise (``read_briefing`` turns it into a
BriefingError) and the pattern of a note's mark they drop."""
from __future__ import annotations

import re

__all__ = ["ReadProblem", "NOTE_MARK"]

#: a note's mark set apart from the text (superscript in Word, small and raised in a PDF): no text
NOTE_MARK = re.compile(r"\d{1,2}|[①-⑳*※]|\[\d{1,2}\]")


class ReadProblem(ValueError):
    """A file cannot be read as a briefing; ``str(e)`` is the one-line problem."""
