"""The gazetteer files: readable, valid, sorted; and linking in context."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from lmec_kg.errors import InputError
from lmec_kg.gazetteer import ORG_COLUMNS, load_gazetteer, read_countries, read_organizations

GAZ = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


def _data_lines(path: Path) -> list[str]:
    return [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


def test_organizations_file_has_comment_header_and_stable_columns():
    text = (GAZ / "organizations.csv").read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert _data_lines(GAZ / "organizations.csv")[0] == ",".join(ORG_COLUMNS)


def test_organization_rows_are_valid_unique_and_sorted():
    rows = read_organizations(GAZ / "organizations.csv")
    keys = [r.key for r in rows]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    countries = {c.key for c in read_countries(GAZ / "countries.csv")}
    for r in rows:
        assert re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)+", r.key), r.key
        assert r.name_en and r.source, r.key
        assert not r.wikidata or re.fullmatch(r"Q[1-9]\d*", r.wikidata)
        assert not r.country or r.country in countries, r.key


def test_no_two_rows_share_a_chinese_name():
    seen = {}
    for r in read_organizations(GAZ / "organizations.csv"):
        for n in (r.name_zh, *r.aliases_zh):
            assert n not in seen, f"{n} in {seen.get(n)} and {r.key}"
            seen[n] = r.key


def test_required_bodies_are_present():
    gaz = load_gazetteer(GAZ)
    for name in ["生态环境部", "外交部", "水利部", "国家林业和草原局", "环境保护部", "澜湄环境合作中心",
                 "澜湄水资源合作中心", "澜湄合作中国秘书处", "湄公河委员会", "长江水利委员会", "UNEP", "UNDP",
                 "FAO", "ESCAP", "东盟秘书处", "ACB", "亚洲开发银行", "世界银行", "AIIB", "IFC", "WRI", "WWF",
                 "IUCN", "WCS", "乐施会", "The Asia Foundation", "Conservation International", "TNC", "IGES",
                 "湄公学院", "柬埔寨环境部", "老挝自然资源与环境部", "缅甸自然资源与环境保护部", "泰国自然资源与环境部",
                 "越南自然资源与环境部"]:
        assert gaz.link(name) is not None, name


def test_country_and_wikidata_of_linked_rows():
    gaz = load_gazetteer(GAZ)
    assert gaz.link("东盟").row.wikidata == "Q7768"
    assert gaz.link("东盟").row.country == ""  # international bodies have no country
    assert gaz.link("生态环境部").row.country == "CN"


def test_short_forms_link_only_in_context():
    gaz = load_gazetteer(GAZ)
    assert gaz.link("自然资源与环境部") is None  # Laos, Viet Nam and Thailand all have one
    assert gaz.link("自然资源与环境部", country="VN").row.key == "vn-monre"
    assert gaz.link("国际合作司") is None
    assert gaz.link("国际合作司", parents={"cn-mee"}).row.key == "cn-mee-dic"
    assert gaz.link("国际合作司", parents={"vn-monre"}).row.key == "vn-monre-dic"
    assert gaz.link("中国外交部").row.key == "cn-mfa"


def test_a_bad_file_is_an_error_naming_the_line(tmp_path):
    bad = tmp_path / "organizations.csv"
    head = ",".join(ORG_COLUMNS)
    bad.write_text(f"# comment\n{head}\nx-a,甲,,A,,,ministry,,,Q12x,src\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"organizations.csv:3: wikidata"):
        read_organizations(bad)
    bad.write_text(f"{head}\nx-a,甲,,A,,,ministry,,,,s\nx-a,乙,,B,,,ministry,,,,s\n", encoding="utf-8")
    with pytest.raises(InputError, match=r":3: key 'x-a' repeats line 2"):
        read_organizations(bad)
    bad.write_text("key,name\n", encoding="utf-8")
    with pytest.raises(InputError, match=r":1: header"):
        read_organizations(bad)
