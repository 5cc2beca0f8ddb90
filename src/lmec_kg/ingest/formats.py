"""File bytes -> (text, encoding) by format: plain text, PDF, DOCX, HTML.

Each reader raises ``ReadProblem`` with a one-line reason; ``read_briefing`` adds the path.
Heavy libraries (pdfplumber, python-docx, bs4) are imported only when a file needs them.
"""
from __future__ import annotations

import io
import zipfile

from ._problem import NOTE_MARK, ReadProblem
from .decode import decode_bytes, sniff_binary_kind

__all__ = ["FORMATS", "SUPPORTED_SUFFIXES", "format_of", "read_bytes_as"]

#: suffix -> format name (``Briefing.format``)
FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
SUPPORTED_SUFFIXES = tuple(FORMATS)

#: formats people may try, with what to do instead
_UNSUPPORTED_HINTS = {
    ".doc": "old Word .doc format is not supported; save it as .docx",
    ".wps": "WPS format is not supported; save it as .docx",
    ".rtf": "RTF is not supported; save it as .docx or .txt",
    ".odt": "ODT is not supported; save it as .docx",
    ".xls": "spreadsheets are not briefings",
    ".xlsx": "spreadsheets are not briefings",
    ".jpg": "an image; run OCR and save the text as .txt",
    ".jpeg": "an image; run OCR and save the text as .txt",
    ".png": "an image; run OCR and save the text as .txt",
    ".tif": "an image; run OCR and save the text as .txt",
    ".tiff": "an image; run OCR and save the text as .txt",
}


def format_of(suffix: str) -> str:
    """Format name for a file suffix, or raise ReadProblem naming what is supported."""
    fmt = FORMATS.get(suffix.lower())
    if fmt is None:
        hint = _UNSUPPORTED_HINTS.get(suffix.lower())
        if hint:
            raise ReadProblem(hint)
        shown = suffix or "(no suffix)"
        raise ReadProblem(f"unsupported format {shown}; expected one of {', '.join(SUPPORTED_SUFFIXES)}")
    return fmt


def read_bytes_as(fmt: str, raw: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; encoding is "" for PDF, which has none of its own."""
    if fmt in ("txt", "md"):
        return decode_bytes(raw)
    if fmt == "html":
        kind = sniff_binary_kind(raw)
        if kind:
            raise ReadProblem(f"binary file ({kind}), not HTML")
        from .htmltext import read_html

        return read_html(raw)
    if fmt == "pdf":
        from .pdftext import read_pdf

        return read_pdf(raw), ""
    if fmt == "docx":
        return read_docx(raw), "utf-8"
    raise ReadProblem(f"unsupported format {fmt}")  # pragma: no cover - FORMATS is the list


# --- DOCX -----------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(raw: bytes) -> str:
    """Paragraphs and tables of the document body in order, one paragraph per line.

    Table rows become one line with cells separated by tabs (a vertically merged cell's text
    in each row it spans; a table laid out to hold stories side by side, cell by cell). Text boxes,
    where mastheads often live, are read where they are anchored; Word's VML fallback copy of
    each box is skipped so nothing is read twice. Page headers and footers are not body text.
    """
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadProblem("old Word .doc format saved as .docx; save it as .docx again")
    if not raw.startswith(b"PK"):
        raise ReadProblem("not a DOCX file (corrupt or wrong extension)")
    try:
        import docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise ReadProblem("cannot read DOCX: python-docx is not installed") from None
    try:
        document = docx.Document(io.BytesIO(raw))
        body = document.element.body
    except zipfile.BadZipFile:
        raise ReadProblem("corrupt DOCX (not a valid ZIP archive)") from None
    except KeyError as e:
        raise ReadProblem(f"corrupt DOCX (missing part {e})") from None
    except Exception as e:
        detail = str(e).strip().splitlines()[0][:80] if str(e).strip() else type(e).__name__
        raise ReadProblem(f"corrupt DOCX ({detail})") from None
    lines: list[str] = []
    try:
        for child in body.iterchildren():
            if child.tag == _W + "p":
                _docx_paragraph(child, lines)
            elif child.tag == _W + "tbl":
                _docx_table(child, lines)
            elif child.tag == _W + "sdt":  # content control wrapping paragraphs
                for el in child.iter(_W + "p", _W + "tbl"):
                    if el.tag == _W + "p" and el.getparent().tag != _W + "tc":
                        _docx_paragraph(el, lines)
    except Exception as e:  # malformed XML inside a valid package
        raise ReadProblem(f"corrupt DOCX ({type(e).__name__})") from None
    text = "\n".join(lines)
    if not text.strip():
        raise ReadProblem("empty document (no text in the DOCX body)")
    return text + "\n"


def _docx_paragraph(p, lines: list[str]) -> None:
    # text boxes anchored in this paragraph first (a masthead box sits above the body)
    for box in p.iter(_W + "txbxContent"):
        if not _owned_by(box, p) or any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue  # a box nested in another box, or Word's VML copy of a box
        for inner in box.iterchildren(_W + "p"):
            _docx_paragraph(inner, lines)
    lines.append(_runs_text(p))


def _runs_text(p) -> str:
    parts: list[str] = []
    for el in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen", _W + "txbxContent", _W + "delText"):
        # skip text inside nested text boxes (read separately) and deleted revisions
        if el.tag in (_W + "txbxContent", _W + "delText"):
            continue
        if any(a.tag == _W + "txbxContent" for a in el.iterancestors()) and not _owned_by(el, p):
            continue
        if el.tag == _W + "t":
            if NOTE_MARK.fullmatch((el.text or "").strip()) and _superscript(el):
                continue  # a note's mark ("某办公室²承办"): no text of the sentence
            parts.append(el.text or "")
        elif el.tag == _W + "tab":
            parts.append("\t")
        elif el.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        else:
            parts.append("-")
    return "".join(parts)


def _superscript(t) -> bool:
    run = t.getparent()
    va = run.find(f"{_W}rPr/{_W}vertAlign") if run is not None and run.tag == _W + "r" else None
    return va is not None and va.get(_W + "val") == "superscript"


def _owned_by(el, p) -> bool:
    # True when the nearest enclosing paragraph of el is p itself
    for a in el.iterancestors():
        if a.tag == _W + "p":
            return a is p
    return False


def _docx_table(tbl, lines: list[str]) -> None:
    merged: dict[int, str] = {}  # column -> the text of the vertically merged cell over it
    for tr in tbl.iterchildren(_W + "tr"):
        cells: list[list[str]] = []
        col = 0
        for tc in tr.iterchildren(_W + "tc"):
            span = tc.find(f"{_W}tcPr/{_W}gridSpan")
            width = int(span.get(_W + "val") or 1) if span is not None else 1
            vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if vmerge is not None and vmerge.get(_W + "val") in (None, "continue"):
                # a merged cell's continuation: its row is the merged cell's too ("柬埔寨" over
                # three participants' rows gives each its country)
                cells.append([merged.get(col, "")])
                col += width
                continue
            inner: list[str] = []
            for el in tc.iterchildren():
                if el.tag == _W + "p":
                    inner.append(_runs_text(el))
                elif el.tag == _W + "tbl":  # nested table: flatten its rows into the cell
                    nested: list[str] = []
                    _docx_table(el, nested)
                    inner.extend(nested)
            inner = [s.strip() for s in inner if s.strip()]
            if vmerge is not None:
                merged[col] = " ".join(inner)
            cells.append(inner)
            col += width
        if any(_prose(c) for c in cells):
            # a table used for layout (two stories side by side): each cell's paragraphs as
            # lines, cell by cell, not one row of run-together stories
            lines.extend(p for c in cells for p in c)
            continue
        row = "\t".join(t for t in (" ".join(c) for c in cells) if t)
        if row:
            lines.append(row)


def _prose(paragraphs: list[str]) -> bool:
    """A cell that holds sentences: two paragraphs or more, one of them a long sentence."""
    return len(paragraphs) >= 2 and any(len(p) >= 60 and p.rstrip().endswith(("。", "！", "？", "”")) for p in paragraphs)