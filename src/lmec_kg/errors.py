"""The library's exceptions: the CLI turns each into a one-line message and an exit code."""
from __future__ import annotations

__all__ = [
    "LmecError", "InputError", "BriefingError", "QuerySyntaxError", "QueryError",
    "GraphError", "OutputError", "CurationError", "NothingReadError",
]


class LmecError(Exception):
    """Base class: an expected failure the user can act on; its message is one line."""


class InputError(LmecError):
    """A path or option the command cannot use (missing path, folder with no briefings)."""


class BriefingError(LmecError):
    """One briefing file cannot be read (empty, binary, undecodable, scanned PDF, ...).

    The message names the file; a build skips it and goes on with the others.
    """

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class QuerySyntaxError(LmecError):
    """SPARQL that does not parse; the message carries line and column."""


class QueryError(LmecError):
    """A query that parses but cannot run (or runs past a limit)."""


class GraphError(LmecError):
    """A graph file or store that cannot be opened or written."""


class OutputError(LmecError):
    """An output file or folder that cannot be written (a read-only folder, a file in the way)."""


class CurationError(LmecError):
    """A curation file entry that cannot be applied; the message names file and line."""


class NothingReadError(LmecError):
    """Every briefing file failed to read; ``skipped`` holds the one-line reason of each."""

    def __init__(self, skipped: list[str]):
        self.skipped = list(skipped)
        super().__init__(f"no briefing could be read ({len(self.skipped)} file(s) skipped)")
