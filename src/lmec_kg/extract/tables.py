"""Tables flattened into text: a participants' list or an agenda as rows of cells.

A Word or PDF table pasted as text keeps its rows on lines and its cells apart by tabs, runs of
spaces or "|". Read as prose, a row "2  柬埔寨  Chea Sreymom  环境部某某总司  技术官员" is no
sentence at all: the name, the body and the title stand in cells, in the order the header
row gives ("序号 国家 姓名 单位 职务"). An agenda row without such a header ("09:00 | 开幕致辞 |
王某 | 某中心副主任") gives the name in one cell and the body and title, as prose writes them,
in the next.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import lexicon
from .orgs import OrgSpan, find_orgs, title_spans
from .people import PersonName, Post, whole_body, whole_name

__all__ = ["TablePost", "table_posts"]

# between cells: a tab, two spaces or more (an ideographic space counts as two), or a bar
_CELL_GAP = re.compile(r"\t+[ \t]*| {2,}|\u3000+|\s*[|｜]\s*")
_NAME_HEAD = re.compile(r"^(?:姓名|名字|发言人|主讲人|报告人|嘉宾|主持人|代表|参会代表|出席代表|与会代表|参会人员|Name)$", re.I)
_ORG_HEAD = re.compile(r"^(?:单位|工作单位|所在单位|机构|所在机构|部门|单位名称|Organi[sz]ation)$", re.I)
_TITLE_HEAD = re.compile(r"^(?:职务|职位|职称|头衔|Title|Position)$", re.I)
_COUNTRY_HEAD = re.compile(r"^(?:国家|国别|Country)(?:\s*[/／、]\s*(?:机构|组织|地区))?$", re.I)


@dataclass
class TablePost:
    post: Post
    row: tuple[int, int]  # the row's line: the fact's source


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of the line text[a:b]."""
    out, pos = [], a
    for m in _CELL_GAP.finditer(text, a, b):
        if m.start() > pos and text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if pos < b and text[pos:b].strip():
        out.append((pos, b))
    return [(x + len(text[x:y]) - len(text[x:y].lstrip()), y - (len(text[x:y]) - len(text[x:y].rstrip())))
            for x, y in out]


def _person(text: str, a: int, b: int) -> PersonName | None:
    return PersonName(text[a:b], a, b) if whole_name(text[a:b], latin_words=2) else None


def _org(text: str, a: int, b: int) -> OrgSpan | None:
    """The body a whole cell names."""
    return whole_body(text, a, b, find_orgs(text, a, b))


def _with_country(org: OrgSpan, text: str, cell: tuple[int, int] | None) -> OrgSpan:
    """A body written without its country in a table whose country column names it (not one
    whose name holds it already, "泰国工业联合会", nor an international body sited there)."""
    if cell is None or org.prefix or org.international:
        return org
    c = lexicon().countries.get(text[cell[0]:cell[1]])
    if c is None or c[2] != "country" or c[0] == "CN" or org.country not in (None, "CN", c[0]) \
            or lexicon().country_re.match(org.surface):
        return org  # (a body of another country, or named with its country, keeps its name)
    return replace(org, country=c[0], prefix=c[1], lead=0)


def table_posts(text: str, lines: list[tuple[int, int]]) -> list[TablePost]:
    """Posts in the table rows among ``lines`` ((start, end) of each line of the body)."""
    out: list[TablePost] = []
    header: dict[str, int] | None = None
    width = 0
    for a, b in lines:
        cells = _cells(text, a, b)
        if len(cells) < 3:
            header = None
            continue
        words = [text[x:y] for x, y in cells]
        cols = {}
        for i, w in enumerate(words):
            for key, rx in (("name", _NAME_HEAD), ("org", _ORG_HEAD), ("title", _TITLE_HEAD),
                            ("country", _COUNTRY_HEAD)):
                if rx.match(w):
                    cols.setdefault(key, i)
        if "name" in cols and ("org" in cols or "title" in cols):
            header, width = cols, len(cells)
            continue
        if header is not None and len(cells) == width:
            tp = _header_row(text, cells, header, (a, b))
        else:
            tp = _agenda_row(text, cells, (a, b))
        if tp is not None:
            out.append(tp)
    return out


def _header_row(text: str, cells, cols: dict[str, int], row) -> TablePost | None:
    person = _person(text, *cells[cols["name"]])
    if person is None or "org" not in cols or "title" not in cols:
        return None
    org = _org(text, *cells[cols["org"]])
    ta, tb = cells[cols["title"]]
    # (the title column's cell may add the field to a staff title: "化学品与污染行动协调员")
    if org is None or not (lexicon().title_re.fullmatch(text[ta:tb]) or _field_title(text[ta:tb])):
        return None
    org = _with_country(org, text, cells[cols["country"]] if "country" in cols else None)
    return TablePost(Post(person, text[ta:tb], org, ta, tb), row)


def _field_title(cell: str) -> bool:
    """A title column's cell that is a field and a title ("海外业务总监", "环境专家")."""
    ts = title_spans(cell)
    return (len(cell) <= 16 and bool(ts) and ts[-1][1] == len(cell) and lexicon().org_suffix_re.search(cell) is None
            and re.fullmatch(r"[\u4e00-\u9fff]+", cell) is not None)


def _agenda_row(text: str, cells, row) -> TablePost | None:
    """A name cell, then a cell that is a body and a title, as prose writes them; or one cell
    that holds both, the name first ("王某，某中心副主任")."""
    pairs = [(cells[i], cells[i + 1]) for i in range(len(cells) - 1)]
    for a, b in cells:
        m = _NAME_THEN_POST.match(text, a, b)
        if m is not None:
            pairs.append(((a, m.end(1)), (m.end(), b)))
    for name_cell, (a, b) in pairs:
        person = _person(text, *name_cell)
        if person is None:
            continue
        ts = [(x + a, y + a) for x, y in title_spans(text[a:b])]
        if not ts or ts[-1][1] != b:
            continue  # ("主旨发言 | 某某": a session's name that reads like a name)
        ta, tb = ts[-1]
        org = next((o for o in find_orgs(text, a, ta) if o.start == a and o.end == ta), None)
        if org is not None:
            return TablePost(Post(person, text[ta:tb], org, ta, tb), row)
    return None


# a name, a comma, then the rest of the cell
_NAME_THEN_POST = re.compile(r"([^，,、；;]{2,40}?)\s*[，,]\s*(?=\S)")
