"""PDF bytes -> briefing text: the text layer in reading order, without running heads or folios.

Each page's text lines come from pdfplumber. Lines in the top or bottom band of the page that
repeat on most pages (digits ignored, so "第 3 页" and "第 4 页" count as one) are running
headers or footers, and bare page numbers there are folios; both are dropped. A page with a clear
vertical gutter is read column by column. Hard-wrapped lines are joined back into paragraphs
(a Chinese name broken over two lines would otherwise be two strings), one paragraph per line.
"""
from __future__ import annotations

import contextlib
import io
import logging
import re
from collections import Counter
from statistics import median

from ._problem import NOTE_MARK, ReadProblem

__all__ = ["read_pdf"]

_PAGE_NUMBER = re.compile(
    r"^[-–—_\s]*(?:第\s*)?[0-9０-９ivxlcdmIVXLCDM]{1,4}(?:\s*页)?"
    r"(?:\s*(?:/|of|共)\s*[0-9]{1,4}\s*页?)?[-–—_\s]*$"
    r"|^(?:Page|p\.)\s*[0-9]{1,4}(?:\s*(?:/|of)\s*[0-9]{1,4})?$",
    re.I,
)
_DIGITS = re.compile(r"[0-9０-９]+")
_SPACES = re.compile(r"\s+")
_CID = re.compile(r"\(cid:\d+\)")
_LATIN_END = re.compile(r"[A-Za-z0-9,;:.)]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(]")
_CJK = re.compile(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]")
#: lines whose top is in the first or last EDGE share of the page height may be running heads
_EDGE = 0.12
_EDGE_LINES = 3


def read_pdf(raw: bytes) -> str:
    """Return the text of a PDF's text layer, or raise ReadProblem (scanned, corrupt, ...)."""
    if b"%PDF-" not in raw[:1024]:
        raise ReadProblem("not a PDF file (corrupt or wrong extension)")
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a declared dependency
        raise ReadProblem("cannot read PDF: pdfplumber is not installed") from None
    pages: list[list[dict]] = []
    images = 0
    try:
        with _quiet(), pdfplumber.open(io.BytesIO(raw)) as pdf:
            for page in pdf.pages:
                images += len(page.images)
                pages.append(_page_lines(page))
    except ReadProblem:
        raise
    except Exception as e:  # pdfminer raises many unrelated types for broken files
        problem = _pdf_problem(e)
        fallback = None if problem.startswith("encrypted") else _pypdf_pages(raw)
        if fallback is None:
            raise ReadProblem(problem) from None
        pages, images = fallback, 0
    if not any(pages):
        raise ReadProblem("no text layer (scanned PDF?); run OCR first")
    text_chars = sum(len(ln["text"]) for p in pages for ln in p)
    cid_chars = sum(len(m) for p in pages for ln in p for m in _CID.findall(ln["text"]))
    if cid_chars > 0.3 * text_chars:
        raise ReadProblem("PDF fonts have no Unicode mapping (text shows as (cid:N)); run OCR first")
    _drop_running_heads(pages)
    paragraphs: list[str] = []
    margins = _margins(pages)
    state: dict = {"margins": margins, "indented": _indented_style(pages, margins)}
    for page in pages:
        _reflow(page, paragraphs, state)
    text = "\n".join(paragraphs)
    if not text.strip():
        raise ReadProblem("no text layer (scanned PDF?); run OCR first")
    return text + "\n"


def _pypdf_pages(raw: bytes) -> list[list[dict]] | None:
    """Lines per page from pypdf, for files pdfminer cannot parse; None if pypdf fails too.

    There is no geometry: line numbers stand in for positions, so the first and last lines
    of each page are the edge bands and every line is its own paragraph.
    """
    try:
        from pypdf import PdfReader

        with _quiet():
            return _pypdf_lines(PdfReader(io.BytesIO(raw), strict=False))
    except Exception:
        return None


def _pypdf_lines(reader) -> list[list[dict]] | None:
    if reader.is_encrypted and not reader.decrypt(""):
        return None
    pages = []
    for page in reader.pages:
        lines = [ln.strip() for ln in (page.extract_text() or "").splitlines() if ln.strip()]
        n = float(max(len(lines), 1))
        pages.append([
            {"text": ln, "x0": 0.0, "x1": 0.0, "top": float(i), "bottom": float(i), "col": 0, "height": n}
            for i, ln in enumerate(lines)
        ])
    return pages if any(pages) else None


@contextlib.contextmanager
def _quiet():
    """pdfminer and pypdf log warnings about damaged files; the caller reports the problem."""
    loggers = [logging.getLogger(n) for n in ("pdfminer", "pypdf", "pdfplumber")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def _pdf_problem(e: Exception) -> str:
    name = type(e).__name__
    chain = [e, e.__cause__, e.__context__, *[a for a in e.args if isinstance(a, BaseException)]]
    msg = " ".join(f"{type(x).__name__} {x}" for x in chain if x is not None).lower()
    if "password" in msg or "encrypt" in msg:
        return "encrypted PDF; remove the password first"
    detail = str(e).strip().splitlines()[0][:80] if str(e).strip() else name
    return f"corrupt PDF ({detail})"


def _page_lines(page) -> list[dict]:
    """Text lines of one page in reading order, each with geometry and a 'col' block number."""
    height = float(page.height) or 1.0
    blocks = [page]
    tables = _ruled_tables(page)
    # (a page with a ruled table is read top to bottom: its columns are the table's)
    gutter = _gutter(page) if not tables else None
    if gutter is not None:
        # lines that span the gutter above or below the columns (running heads, a banner
        # headline, folios) are read whole; then the left column, then the right
        gutter, head, foot = gutter
        x0, top, x1, bottom = page.bbox
        blocks = [
            page.crop((x0, top, x1, head), strict=False),
            page.crop((x0, head, gutter, foot), strict=False),
            page.crop((gutter, head, x1, foot), strict=False),
            page.crop((x0, foot, x1, bottom), strict=False),
        ]
    out: list[dict] = []
    for col, block in enumerate(blocks):
        lines = block.extract_text_lines(strip=True, return_chars=True)
        lines.sort(key=lambda ln: (round(ln["top"]), ln["x0"]))
        for ln in lines:
            if ln["text"].strip() and not any(_inside(ln, t["bbox"]) for t in tables):
                out.append({
                    "text": _table_row(ln.get("chars") or ()) or _unspace(ln["text"]), "x0": ln["x0"],
                    "x1": ln["x1"], "top": ln["top"], "bottom": ln["bottom"], "col": col, "height": height,
                })
    if tables:
        out += [dict(row, col=0, height=height) for t in tables for row in t["rows"]]
        out.sort(key=lambda ln: (round(ln["top"]), ln["x0"]))
    return out


def _inside(ln: dict, bbox) -> bool:
    x0, top, x1, bottom = bbox
    mid = (ln["top"] + ln["bottom"]) / 2
    return top <= mid <= bottom and ln["x0"] < x1 and ln["x1"] > x0


def _ruled_tables(page) -> list[dict]:
    """The page's ruled tables of three columns or more, each row a line of its cells apart
    by tabs; a cell's wrapped lines are joined back ("生态环境部固体废物与化学品管理技术" +
    "中心"), so a body, a title or a name stays whole in its cell."""
    try:
        found = page.find_tables()
    except Exception:  # a table finder's failure only loses the tables' layout
        return []
    out = []
    for t in found:
        try:
            rows = t.extract()
        except Exception:
            continue
        if len(rows) < 2 or max(len(r) for r in rows) < 3:
            continue
        lines = []
        for cells, row in zip(rows, t.rows):
            texts = [_cell_text(c) for c in cells if c is not None]
            if any(texts):
                x0, top, x1, bottom = row.bbox
                lines.append({"text": "\t".join(x for x in texts if x), "x0": x0, "x1": x1, "top": top,
                              "bottom": bottom})
        out.append({"bbox": t.bbox, "rows": lines})
    return out


def _cell_text(cell: str | None) -> str:
    parts = [_unspace(p.strip()) for p in (cell or "").split("\n") if p.strip()]
    text = parts[0] if parts else ""
    for p in parts[1:]:
        # a break between two Latin words is a space ("Thongsavanh" / "PHETLAMANY"), inside an
        # upper-case word none ("RATTANAWON" / "G"), beside Chinese none
        a, b = text[-1], p[0]
        gap = a.isascii() and a.isalpha() and b.isascii() and b.isalpha() and not (a.isupper() and b.isupper())
        text += (" " if gap else "") + p
    return text


def _table_row(chars) -> str | None:
    """A table's row as its cells apart by tabs ("柬埔寨\tChhun SOTHEA\t某部某司\t副司长"), or
    None for a line that is no row of three cells or more.

    A table's cells stand apart by gaps far wider than a character; read as one line they run
    together ("柬埔寨 Chhun SOTHEA 柬埔寨环境部某司 副司长"), and the name, the body and the title
    can no longer be told apart. A tracked-out heading ("会 议 纪 要") has wide gaps too, but
    between single characters."""
    if len(chars) < 4:
        return None
    cells: list[list[str]] = [[]]
    prev = None
    for c in chars:
        if prev is not None:
            size = max(float(c.get("size") or 0), float(prev.get("size") or 0), 1.0)
            gap = float(c["x0"]) - float(prev["x1"])
            if gap > 1.2 * size:
                cells.append([])
            elif gap > 0.15 * size and cells[-1]:
                cells[-1].append(" ")
        cells[-1].append(c["text"])
        prev = c
    texts = [_unspace("".join(cell).strip()) for cell in cells]
    texts = [t for t in texts if t]
    if len(texts) < 3 or all(len(t) <= 1 for t in texts):
        return None
    return "\t".join(texts)


_SPACED = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")
_CJK_PAIR = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef](?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")


def _unspace(text: str) -> str:
    """"简 报" -> "简报" on letter-spaced lines (most Han pairs spaced); other spaces stay.

    Tracked-out headings and justified lines put gaps between characters that pdfplumber
    reads as spaces; a space between two Han characters on an otherwise normal line is kept.
    """
    spaced = len(_SPACED.findall(text))
    if not spaced:
        return text
    if spaced >= 2 and spaced >= 0.6 * (spaced + len(_CJK_PAIR.findall(text))):
        return _SPACED.sub("", text)
    if spaced == 1 and len(text.strip()) == 3:  # "简 报"
        return _SPACED.sub("", text)
    return text


def _gutter(page) -> tuple[float, float, float] | None:
    # A two-column page: some x in the middle third that no word crosses, text on both sides.
    try:
        words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    except Exception:
        return None
    all_words = words
    x0, top, x1, bottom = page.bbox
    band = _EDGE * (bottom - top)
    # running heads and centred folios cross the gutter; only the body band counts
    words = [w for w in words if w["top"] > top + band and w["bottom"] < bottom - band]
    if len(words) < 8:  # a CJK line without spaces is a single "word"
        return None
    width = x1 - x0
    left_edge = x0 + width / 3
    steps = 40
    sizes = sorted(w["bottom"] - w["top"] for w in words)
    half = max(4.0, 0.6 * sizes[len(sizes) // 2])  # a gutter is at least about a character wide
    if _table_like(words, 2 * half):
        return None  # a table's columns, read row by row (``_table_row``), not column by column
    for k in range(steps + 1):
        x = left_edge + k * (width / 3) / steps
        if any(w["x0"] < x + half and w["x1"] > x - half for w in words):
            continue
        left = sum(1 for w in words if w["x1"] <= x)
        right = len(words) - left
        if left >= 0.2 * len(words) and right >= 0.2 * len(words):
            # both sides must hold text on the same rows, else it is ragged single-column text
            rows_left = {round(w["top"] / 4) for w in words if w["x1"] <= x}
            rows_right = {round(w["top"] / 4) for w in words if w["x0"] >= x}
            if len(rows_left & rows_right) >= 0.5 * min(len(rows_left), len(rows_right)):
                mid = (top + bottom) / 2
                crossing = [w for w in all_words if w["x0"] < x + half and w["x1"] > x - half]
                head = max([w["bottom"] for w in crossing if w["bottom"] < mid], default=top)
                foot = min([w["top"] for w in crossing if w["top"] > mid], default=bottom)
                return x, head + 0.1, foot - 0.1
    return _column_band(all_words, page.bbox, half, steps, band)


def _column_band(all_words: list[dict], bbox, half: float, steps: int, band: float):
    """A two-column stretch between full-width text ("嘉宾观点摘录" set in two columns under a
    one-column report, going on at the next page's top): the longest run of rows, six at
    least (two at the page's top), that no word crosses at some x in the middle third, with text on either side in
    most of them, each side at least a third of the page wide (a table's narrow columns are
    no text columns). (x, head, foot) as ``_gutter`` gives them, or None."""
    x0, top, x1, bottom = bbox
    width = x1 - x0
    order = _rows(all_words)
    # the page's first and last lines, if in its edges, are its running head and folio
    if order and min(w["top"] for w in order[0]) < top + band:
        order = order[1:]
    if order and max(w["bottom"] for w in order[-1]) > bottom - band:
        order = order[:-1]
    best = None
    for k in range(steps + 1):
        x = x0 + width / 3 + k * (width / 3) / steps
        run: list[list[dict]] = []
        found: list[list[dict]] = []
        for row in order + [None]:
            if row is not None and not any(w["x0"] < x + half and w["x1"] > x - half for w in row):
                run.append(row)
                continue
            if len(run) > len(found):
                found = run
            run = []
        # (two rows are enough at the page's top: columns going on from the page before)
        if len(found) < (2 if found and found[0] is order[0] else 6) or (
                best is not None and len(found) <= len(best[1])):
            continue
        left = [w for row in found for w in row if w["x1"] <= x]
        right = [w for row in found for w in row if w["x0"] >= x]
        # (the two columns' lines need not share a baseline: each side on most rows)
        on_left = sum(1 for row in found if any(w["x1"] <= x for w in row))
        on_right = sum(1 for row in found if any(w["x0"] >= x for w in row))
        if (min(on_left, on_right) < 0.4 * len(found) or not left or not right
                or max(w["x1"] for w in left) - min(w["x0"] for w in left) < width / 3
                or max(w["x1"] for w in right) - min(w["x0"] for w in right) < width / 3
                or _table_like([w for row in found for w in row], 2 * half)):
            continue
        best = (x, found)
    if best is None:
        return None
    x, found = best
    first, last = min(w["top"] for w in found[0]), max(w["bottom"] for w in found[-1])
    crossing = [w for w in all_words if w["x0"] < x + half and w["x1"] > x - half]
    head = max([w["bottom"] for w in crossing if w["bottom"] <= first], default=top)
    if found[0] is order[0]:
        # columns from the page's top: only its running head (which need not cross the gutter)
        # is above them
        head = max([w["bottom"] for w in all_words if w["bottom"] <= first], default=top)
    foot = min([w["top"] for w in crossing if w["top"] >= last], default=bottom)
    return x, head + 0.1, foot - 0.1


def _rows(words: list[dict]) -> list[list[dict]]:
    """The words grouped by row (tops within a few points), top to bottom."""
    rows: dict[int, list[dict]] = {}
    for w in words:
        rows.setdefault(round(w["top"] / 4), []).append(w)
    return [rows[k] for k in sorted(rows)]


def _table_like(words: list[dict], gap: float) -> bool:
    """Whether most rows of the page's words have two wide gaps or more: a table's cells.
    Two columns of text have one (the gutter)."""
    counts = []
    for row in _rows(words):
        row.sort(key=lambda w: w["x0"])
        counts.append(sum(1 for a, b in zip(row, row[1:]) if b["x0"] - a["x1"] > gap))
    counts.sort()
    return bool(counts) and counts[len(counts) // 2] >= 2


def _key(text: str) -> str:
    return _SPACES.sub("", _DIGITS.sub("#", text))


def _in_edge(ln: dict, i: int, n: int) -> bool:
    top_band = ln["top"] < _EDGE * ln["height"] and i < _EDGE_LINES
    bottom_band = ln["bottom"] > (1 - _EDGE) * ln["height"] and i >= n - _EDGE_LINES
    return top_band or bottom_band


def _detached(page: list[dict], i: int) -> bool:
    # A running head stands apart from the body: a gap of about a line or more between it
    # and the next line inwards (a masthead or contact line sits in the text's own rhythm).
    ln = page[i]
    size = ln["bottom"] - ln["top"]
    if ln["top"] < 0.5 * ln["height"]:
        nxt = page[i + 1] if i + 1 < len(page) else None
        return nxt is None or nxt["top"] - ln["bottom"] > 0.8 * size
    prev = page[i - 1] if i > 0 else None
    return prev is None or ln["top"] - prev["bottom"] > 0.8 * size


def _drop_running_heads(pages: list[list[dict]]) -> None:
    counts: Counter[str] = Counter()
    for page in pages:
        keys = {_key(ln["text"]) for i, ln in enumerate(page)
                if _in_edge(ln, i, len(page)) and _detached(page, i)}
        counts.update(keys)
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {k for k, c in counts.items() if c >= threshold}
    for p, page in enumerate(pages):
        n = len(page)
        keep = []
        for i, ln in enumerate(page):
            if _in_edge(ln, i, n):
                if _PAGE_NUMBER.match(ln["text"].strip()):
                    continue
                if _key(ln["text"]) in repeated and _detached(page, i):
                    continue
            keep.append(ln)
        pages[p] = keep


def _wrapped_at_space(before: str, after: str) -> bool:
    # "Heng Chan\nThoeum", "Kyaw\nMyo就…" wrapped at a space (CJK typesetting wraps Latin
    # words whole); "。2\n022年" is one number split by the wrap, so digits need Latin context
    if before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() and after[:1].isalpha():
        return True
    return (
        bool(_LATIN_END.search(before)) and bool(_LATIN_START.match(after))
        and not _CJK.search(before[-8:]) and not _CJK.search(after[:8])
    )


#: a line ending in one of these closes its paragraph even when it runs to the margin
_CLOSERS = tuple("。！？；：…”」』）)!?;:")


def _margins(pages: list[list[dict]]) -> dict[int, tuple[float, float, float]]:
    """Per column: (line height, left margin, right margin) over the whole document, so that
    a page holding only a few short lines (the contact block) is not its own measure."""
    by_col: dict[int, list[dict]] = {}
    for page in pages:
        for ln in page:
            by_col.setdefault(ln["col"], []).append(ln)
    out = {}
    for col, lines in by_col.items():
        # (a table's rows, often set smaller, are no measure of the text's lines)
        lines = [ln for ln in lines if "\t" not in ln["text"]] or lines
        size = median(ln["bottom"] - ln["top"] for ln in lines)
        lefts = sorted(ln["x0"] for ln in lines)
        rights = sorted(ln["x1"] for ln in lines)
        out[col] = (size, lefts[len(lefts) // 10], rights[-1 - len(rights) // 10])
    return out


def _indented_style(pages: list[list[dict]], margins: dict) -> bool:
    """True when paragraphs open with a first-line indent (so an unindented line continues)."""
    lines = [ln for page in pages for ln in page]
    if not lines:
        return False
    indented = 0
    for ln in lines:
        size, left, _ = margins[ln["col"]]
        if size > 0 and left + 1.0 * size < ln["x0"] < left + 3.5 * size:
            indented += 1
    return indented >= 0.08 * len(lines)


_FIRST_WORD = re.compile(r"[A-Za-z0-9@.:/<>_\-]+")


def _stopped_short(prev: dict, nxt: dict, right: float, size: float) -> bool:
    """The previous line ended before the margin with room for the next line's first word:
    a paragraph end, not a wrap (a long Latin name wrapped whole leaves a ragged gap)."""
    m = _FIRST_WORD.match(nxt["text"])
    first = len(m.group()) * 0.75 * size if m else size  # capitals run wide
    return right - prev["x1"] > max(2.0 * size, first + 0.5 * size)


def _reflow(lines: list[dict], out: list[str], state: dict) -> None:
    """Join hard-wrapped lines into paragraphs; appends one string per paragraph to ``out``.

    ``state["last"]`` carries across columns and pages: the first line of a column or page
    continues the paragraph of the previous column's last line when that line ran on to the
    margin (without closing punctuation, in documents without first-line indents) and the new
    line is not indented.
    """
    if not lines:
        return
    by_col: dict[int, list[dict]] = {}
    for ln in lines:
        by_col.setdefault(ln["col"], []).append(ln)
    for col, col_lines in by_col.items():
        size, left, right = state["margins"][col]
        geometry = size > 0  # pypdf fallback lines have none: one line, one paragraph
        para = ""
        prev = None
        for ln in col_lines:
            text = ln["text"]
            h = ln["bottom"] - ln["top"]
            if geometry and NOTE_MARK.fullmatch(text.strip()) and h < 0.9 * size and (
                    ln["x0"] > left + 2 * size or h < 0.75 * size):
                continue  # a note's mark, set small and raised (inside a line, or at a note): no text
            if prev is None:
                carry = geometry and out and "\t" not in text and "\t" not in out[-1] and _continues(state, ln, left, size)
                if carry:
                    para = out.pop()
                new = not carry
            else:
                new = (
                    "\t" in text or "\t" in prev["text"]  # a table's row is a line of its own
                    or ln["top"] - prev["bottom"] > 0.9 * size  # a blank line between
                    or ln["x0"] > left + 1.5 * size  # first-line indent, or a centred line
                    or _stopped_short(prev, ln, right, size)
                    or prev["x0"] > left + 4.0 * size  # the previous line was centred (heading)
                )
            if new:
                if para:
                    out.append(para)
                para = text
            elif _wrapped_at_space(para, text):
                para += " " + text  # Latin words wrapped at a space
            else:
                para += text
            prev = ln
        if para:
            out.append(para)
        state["last"] = (prev, right, size) if geometry else None


def _continues(state: dict, ln: dict, left: float, size: float) -> bool:
    last = state.get("last")
    if not last or ln["x0"] > left + 1.5 * size:
        return False
    prev, right, prev_size = last
    if _stopped_short(prev, ln, right, prev_size):
        return False
    # with first-line indents the new line's indent decides; else a closing mark ends it
    return bool(state.get("indented")) or not prev["text"].rstrip().endswith(_CLOSERS)
