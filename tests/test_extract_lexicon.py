"""Lexicons load once, parse their columns and give longest-match regexes."""
from lmec_kg.extract.lexicon import alternation, lexicon, norm_name


def test_loaded_once_and_cached():
    assert lexicon() is lexicon()


def test_alternation_prefers_the_longest_word():
    rx = alternation(["处", "处长", "代表", "代表处", "司长", "副司长"])
    assert [m.group() for m in rx.finditer("副司长处长代表处处")] == ["副司长", "处长", "代表处", "处"]


def test_lexicon_contents():
    lex = lexicon()
    assert "副司长" in lex.titles and "首席代表" in lex.titles
    assert lex.orgs["湄委会秘书处"].name == "湄公河委员会秘书处"
    assert lex.orgs["世界资源研究所"].countries == ()  # international: no country
    assert lex.orgs["自然资源与环境部"].countries[0] == "VN"
    assert lex.places["昆明市"].name == "昆明" and lex.places["昆明"].parent == "云南"
    assert lex.countries["老挝"][0] == "LA" and lex.countries["澜湄六国"][2] == "group"
    assert lex.speech["致开幕词"] == "opening" and lex.speech["主旨发言"] == "keynote"
    assert lex.city_abbrev["京"] == "北京"


def test_norm_name_reads_long_form_as_short():
    assert norm_name("澜沧江—湄公河环境合作中心") == norm_name("澜湄环境合作中心")
