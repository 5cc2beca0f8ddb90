"""The build's statements in sorted order, in bounded memory.

Every triple-format export wants all statements sorted, and a build of a few thousand
briefings makes millions of them: held as Python strings they would be the build's largest
cost in memory, growing with the corpus. Here they are kept in memory up to a bound, then
written to a temporary file as one sorted chunk; reading them back merges the chunks
(an external merge sort), so memory stays one chunk however many briefings are built.
"""
from __future__ import annotations

import heapq
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["SortedStatements"]

#: statements held in memory before a chunk is written (about 28 MB of Python strings)
CHUNK = 100_000
_WRITE_SLICE = 4096


class SortedStatements:
    """Distinct N-Triples statements (without the final " ."), added as sorted runs and read
    back as one sorted sequence, as often as needed until :meth:`close`.

    The runs must be disjoint (each triple is written once, into one graph), so merging
    them gives each statement once.
    """

    def __init__(self, chunk: int | None = None) -> None:
        self._chunk = chunk or CHUNK
        self._pending: list[str] = []
        self._files: list[Path] = []
        self._dir: Path | None = None
        self._count = 0
        self._sorted = True

    def add(self, run: list[str]) -> None:
        """One graph's statements, sorted."""
        self._pending.extend(run)
        self._count += len(run)
        self._sorted = False
        if len(self._pending) >= self._chunk:
            self._spill()

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        if not self._sorted:
            self._pending.sort()  # sorted runs, merged: timsort finds them
            self._sorted = True
        if not self._files:
            return iter(self._pending)
        return heapq.merge(*(self._read(f) for f in self._files), self._pending)

    def close(self) -> None:
        """Forget the statements and delete the chunk files."""
        self._pending = []
        self._files = []
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> SortedStatements:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _spill(self) -> None:
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="lmec-kg-statements-"))
        self._pending.sort()
        path = self._dir / f"{len(self._files):05d}.nt"
        # statements never hold a raw line break (N-Triples escapes them), so one per line;
        # written a slice at a time: one joined string of the chunk (Han text takes 2-4 bytes a
        # character in Python) and its UTF-8 copy would triple the chunk's memory for a moment
        pending = self._pending
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for i in range(0, len(pending), _WRITE_SLICE):
                fh.write("\n".join(pending[i:i + _WRITE_SLICE]))
                fh.write("\n")
        self._files.append(path)
        self._pending = []
        self._sorted = True

    @staticmethod
    def _read(path: Path) -> Iterator[str]:
        with open(path, encoding="utf-8", newline="\n") as fh:
            for line in fh:
                yield line[:-1]
