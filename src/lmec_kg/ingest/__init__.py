"""Ingest: files on disk -> :class:`~lmec_kg.model.Briefing` objects.

Formats
    ``.txt``/``.md``
        UTF-8 (with or without BOM), GB18030/GBK, Big5, UTF-16 (BOM, or BOM-less by its NUL
        pattern); detection tries strict UTF-8, then scores GB18030/Big5/UTF-16 readings by
        their share of common Chinese characters (``decode``).
    ``.pdf``
        the text layer via pdfplumber, in reading order (two-column pages, and two-column
        stretches between full-width text, column by column), without running headers/footers,
        folios and raised note marks, hard-wrapped lines joined back into one line per
        paragraph, also across page breaks; tables as one line per row, cells apart by tabs
        (ruled ones by pdfplumber's table finder); pypdf as a fallback (``pdftext``).
    ``.docx``
        body paragraphs and tables in document order (cells tab-separated, a merged cell in
        each row it spans, a layout table cell by cell), text boxes once, superscript note
        marks dropped; page headers and footers left out (``formats``).
    ``.html``/``.htm``
        the article block chosen by text density after navigation, scripts, styles, footers
        and share bars are dropped; one paragraph per line, ``<br>`` kept; the headline and the
        page's date (metadata, a dated header element, its printed address) put first
        (``htmltext``).

Every text is normalised the same way (``normalize``): NFC, ``\n`` line ends, traditional
characters simplified one for one (the published text kept in ``original``, same length, so
offsets hold for both), nothing else touched. The masthead gives publisher, series, year,
issue, date and the first headline (``masthead``), best effort. A file that cannot be read
becomes a one-line :class:`~lmec_kg.errors.BriefingError`, never a traceback.

Examples
--------
>>> from lmec_kg.ingest import SUPPORTED_SUFFIXES
>>> SUPPORTED_SUFFIXES
('.txt', '.md', '.pdf', '.docx', '.html', '.htm')
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import BriefingError, InputError
from ..model import Briefing
from ..namespaces import RESERVED_GRAPH_NAMES
from ._problem import ReadProblem
from .formats import SUPPORTED_SUFFIXES, format_of, read_bytes_as
from .masthead import parse_masthead
from .normalize import normalize_text
from .plaintext import chinese_dates, han_numeral_dates, reflow, unspace_words

__all__ = ["read_briefing", "iter_briefings", "find_briefing_files", "distinct_ids",
           "SUPPORTED_SUFFIXES", "briefing_from_text"]

#: larger files are not briefings (a briefing is a few pages)
MAX_BYTES = 200 * 1024 * 1024

PathLike = str | os.PathLike


def read_briefing(path: PathLike) -> Briefing:
    """Read one briefing file.

    Parameters
    ----------
    path : str or Path
        A .txt, .md, .pdf, .docx, .html or .htm file.

    Returns
    -------
    Briefing
        ``id`` is the file stem, ``sha256`` the digest of the raw bytes, ``format`` the format
        name (txt, md, pdf, docx, html), ``encoding`` the codec the text was decoded with ("" for
        PDF). Masthead fields are None where the masthead does not say.

    Raises
    ------
    BriefingError
        The file is missing, empty, binary, in no supported encoding, a scanned or corrupt PDF,
        a corrupt DOCX, ...; the message is "<path>: <problem>" on one line.
    """
    p = Path(path)
    shown = str(path)
    try:
        if p.is_dir():
            raise ReadProblem("is a folder, not a file")
        fmt = format_of(p.suffix)
        raw = _read_raw(p)
        if not raw.strip():
            raise ReadProblem("empty file" if not raw else "empty file (only whitespace)")
        text, encoding = read_bytes_as(fmt, raw)
        return briefing_from_text(
            text, id=p.stem, path=shown, sha256=hashlib.sha256(raw).hexdigest(),
            format=fmt, encoding=encoding,
        )
    except ReadProblem as e:
        raise BriefingError(shown, str(e)) from None
    except BriefingError:
        raise
    except Exception as e:  # a reader bug must still name the file, on one line
        detail = " ".join(str(e).split())[:120]
        raise BriefingError(shown, f"cannot read ({type(e).__name__}{': ' + detail if detail else ''})") from None


#: a header table's label cell and its value cell ("主办单位<TAB>某部、某中心"): written as the
#: label line prose uses ("主办单位：…"), so a table's header block reads as one
_LABEL_CELL = re.compile(r"^([ \t\u3000]*(?:会议|活动|培训)?(?:时间|日期|地点|主办单位|承办单位|协办单位|支持单位|指导单位|"
                         r"主办方|承办方|协办方|主持人|主题))\t+(?=[^\t\n]+$)", re.M)


def briefing_from_text(text: str, *, id: str, path: str = "", sha256: str = "", format: str = "txt",
                       encoding: str = "utf-8") -> Briefing:
    """Normalise decoded text and read its masthead into a Briefing (no I/O).

    >>> b = briefing_from_text("環境合作中心\\n简报\\n2022年第5期\\n\\n研讨会召开\\n", id="x")
    >>> b.text.splitlines()[0], b.original.splitlines()[0], b.issue, b.title
    ('环境合作中心', '環境合作中心', 5, '研讨会召开')
    """
    if format in ("txt", "md"):
        # a PDF's text layer saved as text, numeric dates, a translation with spaces between
        # words (after the dates: "2025.3.18 上午" is then "2025年3月18日上午")
        text = unspace_words(chinese_dates(reflow(text.replace("\r\n", "\n").replace("\r", "\n"))))
    text = han_numeral_dates(_LABEL_CELL.sub(r"\1：", text))
    text, original = normalize_text(text)
    if not text.strip():
        raise ReadProblem("empty file (only whitespace)" if text else "empty file")
    if not sha256:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    mh = parse_masthead(text)
    return Briefing(
        id=id, text=text, path=path, sha256=sha256, format=format, encoding=encoding,
        original=original, title=mh.title, series=mh.series, year=mh.year, issue=mh.issue,
        published=mh.published, publisher=mh.publisher, publisher_en=mh.publisher_en,
        language=_language(text),
    )


def _read_raw(p: Path) -> bytes:
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise ReadProblem("is a folder, not a file")
        if size > MAX_BYTES:
            raise ReadProblem(f"file too large ({size // (1024 * 1024)} MB) for a briefing")
        return p.read_bytes()
    except FileNotFoundError:
        raise ReadProblem("no such file") from None
    except PermissionError:
        raise ReadProblem("permission denied") from None
    except IsADirectoryError:
        raise ReadProblem("is a folder, not a file") from None
    except OSError as e:
        raise ReadProblem(f"cannot read file ({e.strerror or type(e).__name__})") from None


def find_briefing_files(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    """Candidate briefing files under ``paths``, sorted.

    Folders are searched recursively for files with a supported suffix (any case), skipping
    hidden files and folders and Office lock files (``~$x.docx``); a file named directly is
    always a candidate, whatever its suffix (reading it says if it is unsupported).

    Raises
    ------
    InputError
        A path does not exist, or a folder holds no briefing files; the message names the path.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    if not paths:
        raise InputError("no input paths given")
    found: dict[str, Path] = {}
    for given in paths:
        p = Path(given)
        if p.is_dir():
            files = _walk(p)
            if not files:
                raise InputError(f"{given}: no briefing files ({', '.join(SUPPORTED_SUFFIXES)}) in this folder")
            for f in files:
                found.setdefault(os.path.normpath(os.path.abspath(f)), f)
        elif p.exists():
            found.setdefault(os.path.normpath(os.path.abspath(p)), p)
        else:
            raise InputError(f"{given}: no such file or folder")
    return sorted(found.values(), key=lambda f: f.as_posix())


def _walk(folder: Path) -> list[Path]:
    out: list[Path] = []
    suffixes = set(SUPPORTED_SUFFIXES)
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        for name in files:
            if name.startswith((".", "~$")):
                continue
            if os.path.splitext(name)[1].lower() in suffixes:
                out.append(Path(root) / name)
    return sorted(out, key=lambda f: f.as_posix())


def iter_briefings(paths: PathLike | Iterable[PathLike]) -> Iterator[Briefing | BriefingError]:
    """Read every briefing under ``paths``, one at a time.

    The file list is made at once (so a missing path raises :class:`InputError` here, before
    anything is read); the files are then read lazily, in sorted order. A file that cannot be
    read is yielded as its :class:`BriefingError` so the caller can report it and go on. Two
    files with the same stem (``a/x.txt``, ``b/x.pdf``) would share a briefing id: the second
    is yielded as an error.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("简报\\n2022年 第5期\\n\\n圆桌对话召开\\n", encoding="utf-8")
    >>> _ = (d / "b.txt").write_bytes(b"")
    >>> [getattr(x, "title", None) or str(x).split("/")[-1] for x in iter_briefings(d)]
    ['圆桌对话召开', 'b.txt: empty file']
    """
    files = find_briefing_files(paths)
    return _iter(files)


def _iter(files: list[Path]) -> Iterator[Briefing | BriefingError]:
    for f in distinct_ids(files):
        if isinstance(f, BriefingError):
            yield f
            continue
        try:
            yield read_briefing(f)
        except BriefingError as e:
            yield e


def distinct_ids(files: Iterable[Path]) -> Iterator[Path | BriefingError]:
    """The files, each as itself or, if its stem cannot be its briefing id, as the error
    that says why: a stem an earlier file already has (``a/x.txt``, ``b/x.pdf``: the second
    would mix its facts into the first's graph) or a stem that names one of the graph's own
    named graphs (``entities.txt``).

    >>> [str(x) for x in distinct_ids([Path("a/x.txt"), Path("b/x.pdf"), Path("entities.txt")])]
    ['a/x.txt', "b/x.pdf: duplicate briefing id 'x' (also a/x.txt); rename one", "entities.txt: briefing id 'entities' is the name of the graph's own entities graph; rename the file"]
    """
    seen: dict[str, str] = {}
    for f in files:
        stem = f.stem
        if stem in RESERVED_GRAPH_NAMES:
            yield BriefingError(str(f), f"briefing id {stem!r} is the name of the graph's own {stem} graph; "
                                        f"rename the file")
        elif stem in seen:
            yield BriefingError(str(f), f"duplicate briefing id {stem!r} (also {seen[stem]}); rename one")
        else:
            seen[stem] = str(f)
            yield f


_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_SCRIPTS = (
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("lo", re.compile(r"[\u0e80-\u0eff]")),
    ("km", re.compile(r"[\u1780-\u17ff]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
    ("vi", re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")),
)


def _language(text: str) -> str:
    """Dominant script of the text: zh for Han, else th/lo/km/my/vi by script, else en."""
    sample = text[:20000:7] if len(text) > 1400 else text  # every 7th character is plenty
    han = len(_HAN.findall(sample))
    if han >= 0.2 * len(sample):
        return "zh"
    letters = len(_LETTER.findall(sample)) or 1
    if han >= 0.2 * letters:
        return "zh"
    best, best_n = "en", 0
    for lang, rx in _SCRIPTS:
        n = len(rx.findall(sample))
        if n > best_n:
            best, best_n = lang, n
    threshold = 0.02 if best == "vi" else 0.3
    return best if best_n >= threshold * letters else "en"
