"""Organisation names: lexicon heads, country prefixes, sub-unit chains, A/B names."""
from lmec_kg.extract.orgs import find_orgs, guess_country, standalone_org, title_spans


def names(text):
    return [(o.name, o.country) for o in find_orgs(text)]


def test_chain_of_units_gives_every_level():
    [o] = find_orgs("老挝自然资源与环境部水资源司司长出席")
    assert o.chain == ["老挝自然资源与环境部", "老挝自然资源与环境部水资源司"]
    assert o.country == "LA" and o.subtype == "department"


def test_foreign_body_keeps_country_prefix_chinese_body_drops_it():
    assert names("缅甸交通与通讯部常务秘书") == [("缅甸交通与通讯部", "MM")]
    assert names("中国水利部愿与各方合作") == [("水利部", "CN")]


def test_two_names_of_one_institution():
    [o] = find_orgs("生态环境部对外合作与交流中心/澜沧江-湄公河环境合作中心副主任王某")
    assert o.name == "生态环境部对外合作与交流中心/澜沧江-湄公河环境合作中心"
    assert o.alt is not None and o.country == "CN"


def test_international_bodies_have_no_country():
    assert names("湄委会秘书处与亚洲开发银行") == [("湄委会秘书处", None), ("亚洲开发银行", None)]


def test_place_headed_local_bodies():
    assert names("云南省人民政府外事办公室主办") == [("云南省人民政府外事办公室", "CN")]
    assert names("万象市自然资源与环境局的代表") == [("万象市自然资源与环境局", "LA")]


def test_generic_words_are_not_organisations():
    # 部门 (departments), 地处 (lies in), 签署 (sign) end like names but are not
    assert names("各国环境部门代表") == []
    assert names("越南地处湄公河下游") == []
    assert [o.name for o in find_orgs("河海大学签署了协议")] == []


def test_enumerated_words_inside_one_unit_name():
    assert names("缅甸农业、畜牧与灌溉部副部长") == [("缅甸农业、畜牧与灌溉部", "MM")]
    # a list of ministries stays a list
    assert [n for n, _ in names("生态环境部、外交部")] == ["生态环境部", "外交部"]


def test_titles_stop_units_but_office_words_are_not_titles():
    text = "泰国自然资源与环境部常务秘书办公室东盟与区域处处长"
    assert [text[a:b] for a, b in title_spans(text)] == ["处长"]
    [o] = find_orgs(text)
    assert o.name.endswith("东盟与区域处")
    assert o.chain[1] == "泰国自然资源与环境部常务秘书办公室"
    t2 = "外交部亚洲司参赞兼处长、联合国环境署驻华代表和世界资源研究所北京代表处首席代表"
    assert [t2[a:b] for a, b in title_spans(t2)] == ["参赞兼处长", "驻华代表", "首席代表"]


def test_standalone_name_before_a_title():
    text = "。河海大学国际合作处处长"
    sp = standalone_org(text, text.index("处长", 8), 0)
    assert sp.name == "河海大学国际合作处" and [u.text for u in sp.units] == ["河海大学", "国际合作处"]
    assert sp.country == "CN"


def test_guess_country():
    assert guess_country("昆明理工大学") == "CN"
    assert guess_country("国际河流保护协会") is None
    assert guess_country("柬埔寨皇家农业大学") == "KH"


def test_a_list_of_one_governments_ministries_names_the_country_once():
    got = names("泰国外交部、高等教育和科研与创新部、自然资源部等政府部门")
    assert ("泰国外交部", "TH") in got and ("泰国自然资源部", "TH") in got
    # a Chinese ministry after a Chinese one keeps no prefix
    assert names("生态环境部、外交部") == [("生态环境部", "CN"), ("外交部", "CN")]


def test_latin_gloss_between_body_and_unit():
    [o] = find_orgs("世界自然基金会（WWF）北京代表处首席代表")
    assert o.name == "世界自然基金会北京代表处" and o.surface == "世界自然基金会（WWF）北京代表处"
    assert o.chain == ["世界自然基金会", "世界自然基金会北京代表处"]


def test_second_name_in_parentheses_is_the_same_body():
    [o] = find_orgs("生态环境部对外合作与交流中心（澜沧江-湄公河环境合作中心）副主任")
    assert o.name == "生态环境部对外合作与交流中心"
    assert o.gloss is not None and o.gloss.name == "澜沧江-湄公河环境合作中心"
