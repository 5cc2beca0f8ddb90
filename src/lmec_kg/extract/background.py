"""The publisher's background paragraph (founding date) and contact block (address, phone,
fax, e-mail, web site, postcode, WeChat) -> facts on the publishing organisation only."""
from __future__ import annotations

import re

__all__ = ["contacts", "founded"]

_FIELDS = (
    ("postcode", re.compile(r"^(?:邮编|邮政编码)\s*[:：]\s*(\d{6})")),
    ("phone", re.compile(r"^(?:电话|联系电话|Tel)\s*[:：]\s*(.+)$", re.I)),
    ("fax", re.compile(r"^(?:传真|Fax)\s*[:：]\s*(.+)$", re.I)),
    ("email", re.compile(r"^(?:电子邮箱|邮箱|E-?mail)\s*[:：]\s*(\S+@\S+)", re.I)),
    ("url", re.compile(r"^(?:网址|网站|Web)\s*[:：]\s*<?(https?://[^\s>]+|www\.[^\s>]+)>?", re.I)),
    ("wechat", re.compile(r"^(?:微信公众号|微信|公众号)\s*[:：]\s*(\S+)")),
    ("address", re.compile(r"^(?:地址|通讯地址)\s*[:：]\s*(.+)$")),
)
_ADDRESS = re.compile(r"^\S{2,12}(?:省|市)\S*?(?:路|街|胡同|大道|巷)\S*?号\S*$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w.-]+\.\w+$")
_URL = re.compile(r"^<?(https?://[^\s>]+)>?$")


def contacts(text: str, a: int, b: int) -> list[tuple[str, str, int, int]]:
    """(kind, value, line start, line end) for each contact line in text[a:b]."""
    out = []
    pos = a
    for line in text[a:b].split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        s = line.strip()
        if not s:
            continue
        off = ls + (len(line) - len(line.lstrip()))
        found = False
        for kind, rx in _FIELDS:
            m = rx.match(s)
            if m:
                out.append((kind, m.group(1).strip().rstrip(">"), off, off + len(s)))
                found = True
                break
        if found:
            continue
        if _EMAIL.match(s):
            out.append(("email", s, off, off + len(s)))
        elif _URL.match(s):
            out.append(("url", _URL.match(s).group(1), off, off + len(s)))
        elif _ADDRESS.match(s):
            out.append(("address", s, off, off + len(s)))
    return out


_FOUNDED = re.compile(r"(?:于)?(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?[^。]{0,12}?(?:正式)?(?:成立|启动|挂牌|设立|建立)")


def founded(sentence: str) -> str | None:
    m = _FOUNDED.search(sentence)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    return y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
