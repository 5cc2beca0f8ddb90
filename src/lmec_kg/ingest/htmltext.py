"""HTML bytes -> briefing text: the article body, one paragraph per line.

Web copies of briefings wrap the article in navigation, headers, share buttons and footers. Those
are removed by tag, ARIA role and class/id words; the main block is then the element whose
paragraphs hold the most non-link text (text density, as readability does). The page's single
<h1>, when outside that block, is put first so the headline is not lost.
"""
from __future__ import annotations

import re

from ._problem import ReadProblem
from .decode import decode_bytes

__all__ = ["read_html", "decode_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "canvas", "iframe", "form",
              "button", "select", "input", "textarea", "nav", "aside", "footer", "object",
              "embed", "head", "link", "meta"]
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar"}
_NOISE = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|sidebar|side|"
    r"share|social|comments?|copyright|banner|advert|ads?|related|pagination|pager|toolbar|"
    r"login|search|subscribe|cookie|popup|modal|skip)(?:$|[\s_\-])",
    re.I,
)
_ARTICLE_WORDS = re.compile(r"article|title|post|news|detail|content|arti|wz|xl", re.I)
_BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "td", "th",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "dt", "dd", "figure",
          "figcaption", "header", "address", "center", "tbody", "thead"}
_CELL = {"td", "th"}
_LAYOUT = ["p", "div", "table", "br", "h1", "h2", "h3", "ul", "ol"]
_WS = re.compile(r"[ \t\r\n\f\v]+")
#: a source line break between two CJK characters is no space in the text ("澜湄\n合作")
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r\f\v]*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])")


def _squeeze(s: str) -> str:
    # HTML whitespace rules: runs collapse to one space, except across a CJK line break
    return _WS.sub(" ", _CJK_BREAK.sub("", s)).strip()


def decode_html(raw: bytes) -> tuple[str, str]:
    """Decode with the declared <meta charset> when it decodes cleanly, else detect."""
    m = _META_CHARSET.search(raw[:4096])
    if m and not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):  # a BOM outranks <meta>
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("gb2312", "gbk"):
            declared = "gb18030"  # the declared name is usually a subset of what is used
        try:
            return raw.decode(declared).lstrip("\ufeff"), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(raw)


def read_html(raw: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` of the article in an HTML page."""
    markup, encoding = decode_html(raw)
    try:
        from bs4 import BeautifulSoup
    except ImportError:  # pragma: no cover - a declared dependency
        raise ReadProblem("cannot read HTML: beautifulsoup4 is not installed") from None
    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception:
        soup = BeautifulSoup(markup, "html.parser")
    from bs4 import Comment

    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    meta_date = _meta_date(soup) or _dated_element(soup) or _url_date(soup)  # before <head> and the header go
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        attrs = tag.attrs or {}
        role = str(attrs.get("role", "")).lower()
        if role in _DROP_ROLES or attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
            tag.decompose()
            continue
        if tag.name in ("body", "html", "article", "main"):
            continue
        words = " ".join([*_as_list(attrs.get("class")), str(attrs.get("id", ""))])
        if words.strip() and _NOISE.search(words) and not _has_article(tag):
            h1 = tag.find("h1")
            if h1 is not None and (_ARTICLE_WORDS.search(words) or len(_text(h1)) >= 8):
                continue  # "article-header" (or a page header) holds the headline, not a logo
            tag.decompose()
        elif tag.name == "header" and tag.find_parent(["article", "main"]) is None and not tag.find("h1"):
            tag.decompose()
    body = soup.body or soup
    h1s = [h for h in body.find_all("h1") if _text(h)]
    main = _main_block(body)
    lines = _lines(main)
    if not h1s:  # a page whose headline is an <h2> over the article ("news-title")
        h1s = [h for h in body.find_all("h2") if len(_text(h)) >= 8 and not _contains(main, h)
               and h.find_parent("a") is None and h.find("a") is None][:1]
    if len(h1s) == 1 and not _contains(main, h1s[0]):
        head = _text(h1s[0])
        if head and (not lines or lines[0] != head):
            lines[:0] = [head, *_dated_lines_between(h1s[0], main)]
    if lines and not any(_DATE.search(ln) for ln in lines[:3]):
        # the page's date stands apart from the article ("2019-06-19 08:32 来源：…" in a cell
        # of its own, <meta name="PubDate">): a line of its own under the headline, so the
        # lead's "18日" has a month and a year
        date = meta_date or _date_before(main)
        if date:
            at = 1 if len(lines[0]) <= 60 and "。" not in lines[0] and len(lines) > 1 else 0
            lines.insert(at, date)
    text = "\n".join(lines)
    if not text.strip():
        raise ReadProblem("no article text found in the HTML page")
    return text + "\n", encoding


#: a date as a page's byline gives it ("2020年09月24日 21:06", "发布时间：2025-11-11")
_DATE = re.compile(r"(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月|[-/.]\d{1,2}[-/.]\d{1,2})")


def _dated_lines_between(h1, main) -> list[str]:
    """The byline under the headline, outside the article's paragraphs ("来源：… 发布时间：
    2025-11-11"): it dates the page, where the lead may give only "11月8日"."""
    out: list[str] = []
    taken: list = []
    for el in h1.find_all_next(["p", "div", "span", "time", "li"]):
        if el is main or _contains(main, el) or _contains(el, main):
            break
        if el.find(["p", "div", "li"]) is not None or any(_contains(t, el) for t in taken):
            continue  # a block of blocks, or a part of a line already taken
        text = _text(el)
        if len(text) <= 120 and _DATE.search(text):
            out.append(text)
            taken.append(el)
            if len(out) >= 2:
                break
    return out


# ("2022 08/16": a page's date set in spans, the year apart)
_YMD = re.compile(r"((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?:[-/.]|\s+)\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d))")
_META_DATE_NAMES = {"pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime",
                    "article:published_time", "og:published_time", "dc.date", "dc.date.issued",
                    "dcterms.issued", "dcterms.created", "date", "sailthru.date", "parsely-pub-date"}


def _ymd(text: str) -> str | None:
    """The first whole date in ``text`` as Chinese prose writes it."""
    m = _YMD.search(text)
    if m is None:
        return None
    return _zh_date(int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5)))


def _zh_date(y: int, mo: int, d: int) -> str | None:
    return f"{y}年{mo}月{d}日" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _meta_date(soup) -> str | None:
    """The publication date a page's metadata gives (<meta name="PubDate">, Open Graph's)."""
    for m in soup.find_all("meta"):
        key = str(m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        if key in _META_DATE_NAMES or key == "datepublished":
            date = _ymd(str(m.get("content") or ""))
            if date:
                return date
    return None


_DATED_CLASS = re.compile(r"time|date|pub", re.I)


def _dated_element(soup) -> str | None:
    """The date of the page's first short element named for it (class or id "…time…",
    "…date…", "pubtime"): a news page's date in its header ("2022 08/16 21:35")."""
    for el in soup.find_all(True):
        attrs = el.attrs or {}
        words = " ".join([*_as_list(attrs.get("class")), str(attrs.get("id", ""))])
        if words.strip() and _DATED_CLASS.search(words) and el.find_parent("a") is None and el.find("a") is None:
            text = _squeeze(el.get_text(" "))  # (its parts may stand in spans of their own)
            if len(text) <= 60:
                date = _ymd(str(attrs.get("datetime") or "")) or _ymd(text)
                if date:
                    return date
    return None


#: a Chinese government site's article address: ".../202409/t20240912_1086425.shtml"
_URL_DATE = re.compile(r"/t((?:19|20)\d\d)(\d\d)(\d\d)_\d+\.s?html?")


def _url_date(soup) -> str | None:
    """The date in the page's own address, printed on it ("网址：…/t20240912_….shtml"; not in a
    link's href: a sidebar's links carry other articles' dates)."""
    for s in soup.find_all(string=_URL_DATE):
        if s.find_parent("a") is None:
            date = _zh_date(*(int(g) for g in _URL_DATE.search(str(s)).groups()))
            if date:
                return date
    return None


def _date_before(main) -> str | None:
    """The date of the last short dated element before the article block that is no link
    (a byline cell "2019-06-19 08:32 来源：云南网", a div "2023/09/13", a <time>); a site's
    top bar giving today's date comes earlier, so the last one is the page's."""
    for el in main.find_all_previous(["p", "div", "span", "time", "td", "li", "em", "small"]):
        if el.find(["p", "div", "li", "td", "a"]) is not None or el.find_parent("a") is not None:
            continue
        text = _text(el)
        if len(text) <= 120:
            date = _ymd(str(el.get("datetime") or "")) or _ymd(text)
            if date:
                return date  # find_all_previous walks backwards: the first found is the last
    return None


def _as_list(v) -> list[str]:
    if v is None:
        return []
    return [str(x) for x in v] if isinstance(v, (list, tuple)) else [str(v)]


def _has_article(tag) -> bool:
    # a wrapper named "page-header-content" may still hold the article; keep anything with <p>s
    return len(tag.find_all("p")) >= 3


def _contains(outer, inner) -> bool:
    return outer is inner or any(p is outer for p in inner.parents)


def _text(tag) -> str:
    return _squeeze(tag.get_text())


def _main_block(body):
    """The element with the most paragraph text, discounted by its share of link text."""
    scores: dict[int, float] = {}
    nodes: dict[int, object] = {}
    for p in body.find_all(["p", "td", "pre", "li", "h2", "h3", "div", "section"]):
        if p.name in ("div", "section", "td", "li") and p.find(["p", "div", "section", "table", "li"]):
            continue  # only leaf blocks hold paragraph text themselves
        text = _text(p)
        if len(text) < 10:
            continue
        weight = len(text) + 10 * text.count("，") + 10 * text.count(",")
        parent = p.parent
        for share, node in ((1.0, parent), (0.5, parent.parent if parent is not None else None)):
            if node is None or not getattr(node, "name", None):
                continue
            scores[id(node)] = scores.get(id(node), 0.0) + share * weight
            nodes[id(node)] = node
    if not scores:
        return body
    best, best_score = body, 0.0
    for key, score in scores.items():
        node = nodes[key]
        total = len(_text(node)) or 1
        links = sum(len(_text(a)) for a in node.find_all("a"))
        score *= 1.0 - min(links / total, 1.0)
        if score > best_score:
            best, best_score = node, score
    # climb while the parent adds paragraphs of its own (articles split over sibling divs)
    while best.parent is not None and best.parent.name not in (None, "[document]", "html"):
        parent = best.parent
        own = len(_text(parent))
        if own > 1.6 * len(_text(best)) or best.name in ("tbody", "tr", "ul", "ol"):
            if best.name in ("tbody", "tr", "ul", "ol") or _paragraph_share(parent) > 0.6:
                best = parent
                continue
        break
    return best


def _paragraph_share(node) -> float:
    total = len(_text(node)) or 1
    links = sum(len(_text(a)) for a in node.find_all("a"))
    return 1.0 - links / total


def _lines(root) -> list[str]:
    """Block elements become lines; <br> breaks a line; table cells are joined by tabs."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        s = _squeeze("".join(buf))
        if s:
            lines.append(s)
        buf.clear()

    def walk(node) -> None:
        name = getattr(node, "name", None)
        if name is None:
            buf.append(str(node))
            return
        if name == "br":
            flush()
            return
        if name == "tr":
            flush()
            cells = node.find_all(_CELL, recursive=False)
            if any(c.find(_LAYOUT) for c in cells):
                # a layout table (old government sites): cells hold paragraphs, read them as blocks
                for c in cells:
                    walk(c)
                    flush()
                return
            row = "\t".join(t for t in (_text(c) for c in cells) if t)
            if row:
                lines.append(row)
            return
        block = name in _BLOCK
        if block:
            flush()
        for child in node.children:
            walk(child)
        if block:
            flush()

    walk(root)
    flush()
    return lines
