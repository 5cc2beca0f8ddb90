"""Phenomena first met in the nineteenth held-out set (a translated Thai ministry release with
Buddhist-era dates, a ministers' joint statement, a year in review, a quote-led report), each
on invented sentences (fictional people, bodies, places and programmes)."""
from lmec_kg.extract import extract
from lmec_kg.ingest import briefing_from_text
from lmec_kg.resolve import _local_name

from .extractkit import countries as _countries, docs, facts, orgs, post_facts as _posts, run


def _dates(text):
    ex, names = run(text)
    return {v for _, _, v in facts(ex, names, "event_date")}


# 1. Buddhist-era years (佛历2567 = 2024) -------------------------------------------------------
def test_buddhist_era_date_is_the_western_date():
    assert _dates("佛历2566年8月9日（2023年8月9日），甲乙两国水资源对话会在清迈举行。") == {"2023-08-09"}


def test_buddhist_era_date_without_the_western_date_in_brackets():
    assert _dates("佛历2566年8月9日，甲乙两国水资源对话会在清迈举行。") == {"2023-08-09"}


def test_earlier_event_dated_in_buddhist_era_is_its_own_event():
    text = ("佛历2566年8月9日，甲乙两国水资源对话会在清迈举行。\n\n"
            "此前，佛历2566年2月3日，泰国水资源厅副厅长王某率团赴万象，出席两国联合工作会议。")
    assert _dates(text) == {"2023-08-09", "2023-02-03"}


def test_a_number_like_a_buddhist_year_but_no_date_stays():
    # a release number and a count are no years; a Western year stays as written
    text = "第205/2566号\n\n2023年8月9日，甲乙两国水资源对话会在清迈举行，约2566人次在线观看。"
    assert _dates(text) == {"2023-08-09"}


def test_buddhist_era_masthead_date_is_the_publication_date():
    b = briefing_from_text("甲国某部\n新闻公报\n\n佛历2566年8月10日\n\n两国共商水资源合作\n\n8月9日，对话会在清迈举行。\n",
                           id="x")
    ex = extract(b)
    names = {e.key: e.name for e in ex.entities}
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2023-08-09"}


# 2. an embassy posted to a country written by its formal name ------------------------------------
def test_formal_name_of_the_host_country_is_shortened_in_an_embassy():
    c = _countries("中华人民共和国驻柬埔寨王国大使馆参赞白小川出席。")
    assert ("中国驻柬埔寨大使馆", "中国") in c
    assert ("白小川", "参赞", "中国驻柬埔寨大使馆") in _posts("中华人民共和国驻柬埔寨王国大使馆参赞白小川出席。")


def test_embassy_with_short_names_is_unchanged():
    assert ("中国驻缅甸大使馆", "中国") in _countries("中国驻缅甸大使馆参赞白小川出席。")


# 3. a city before a national ministry, and a headquarters ------------------------------------------
def test_capital_before_a_national_ministry_is_where_it_sits():
    o = orgs("双方在万象自然资源与环境部总部举行会谈。")
    assert [n for n, _ in o] == ["自然资源与环境部"]


def test_a_city_bureau_keeps_its_city():
    # not a national ministry: the city's own body
    assert ("昆明市生态环境局", "中国") in _countries("昆明市生态环境局副局长白小川出席。")


def test_government_and_its_ministry_are_two_bodies():
    c = _countries("我们感谢越南政府和工业与贸易部的周到安排。")
    assert not any("政府和" in o for o, _ in c)
    # a ministry's name with 和 inside stays one name
    assert ("老挝工业和贸易部", "老挝") in _countries("老挝工业和贸易部代表出席。")


# 4. a joint statement: heads of delegation listed, then "各代表团团长…作了发言" -------------------
_STATEMENT = ("三、出席会议的代表团团长为：\n甲国环境部部长白小川；\n乙国水利部副部长柯明远。\n"
              "各代表团团长在会上作了国别发言，介绍了本国的最新进展。\n")


def test_each_listed_head_of_delegation_spoke():
    ex, names = run("1月5日，某某水资源部长会议在万象举行。\n" + _STATEMENT)
    assert {"白小川", "柯明远"} <= {s for s, _, _ in facts(ex, names, "speech")}


def test_a_list_without_a_group_that_spoke_gives_no_speakers():
    text = "1月5日，某某水资源部长会议在万象举行。\n" + _STATEMENT.replace("各代表团团长在会上作了国别发言", "各代表团团长参观了展览")
    ex, names = run(text)
    assert not {s for s, _, _ in facts(ex, names, "speech")} & {"白小川", "柯明远"}


def test_a_statements_title_on_its_own_line_is_a_document():
    text = "1月5日，某某水资源部长会议在万象举行。会议通过了联合声明。\n\n首届湄公河水资源部长会议联合声明\n\n一、我们重申合作。\n"
    ex, names = run(text)
    assert "首届湄公河水资源部长会议联合声明" in {o for _, o, _ in facts(ex, names, "mentions")}


def test_a_headline_reporting_a_statement_is_no_title():
    assert not docs("\n湄公河水资源部长会议发表联合声明\n")


# 5. a quoted strategy glossed in English is a document -----------------------------------------
def test_quoted_strategy_with_an_english_name_is_a_document():
    assert ("蓝河战略", "strategy") in docs("两国共同推进“蓝河战略”（Blue River Strategy），开展联合监测。")


def test_quoted_strategy_without_a_gloss_is_not():
    assert not docs("两国共同推进“蓝河战略”，开展联合监测。")


# 6. short forms and community bodies ----------------------------------------------------------
def test_short_form_ends_the_one_longer_body_named_before():
    text = "研讨会由某中心主办，大理苍山国家级自然保护区管护局承办。管护局局长白小川介绍了情况。"
    assert ("管护局", "中国") not in _countries(text)
    assert ("白小川", "局长", "大理苍山国家级自然保护区管护局") in _posts(text)


def test_short_form_ending_two_bodies_stays_apart():
    c = _countries("大理市水务局和玉溪市水务局参加。水务局局长白小川介绍了情况。")
    assert ("大理市水务局", "中国") in c and ("玉溪市水务局", "中国") in c
    assert ("水务局", "中国") in c  # which of the two is not said


def test_cooperative_is_a_body_and_the_phrase_of_where_it_is_is_not_its_name():
    p = _posts("来自某湖保护区周边的桑河村生态渔业合作社负责人白小川说，收入提高了。")
    assert ("白小川", "负责人", "桑河村生态渔业合作社") in p
    assert not any(o.startswith("来自") for o, _ in orgs("来自某湖保护区周边的桑河村生态渔业合作社负责人白小川说。"))


# 7. one briefing's name of two bodies another briefing makes one --------------------------------
class _Row:
    def __init__(self, key):
        self.key = key


class _Link:
    def __init__(self, key):
        self.row = _Row(key)


class _N:
    def __init__(self, name, first, row):
        from lmec_kg.model import Entity
        self.entity = Entity(key=f"organization:{name}", kind="organization", name=name)
        self.first, self.primary, self.links = first, [name], [_Link(row)]


def test_briefing_names_the_body_it_writes_first_not_the_longer_one_in_passing():
    ns = [_N("甲河合作中心", 10, "cn-a"), _N("某部对外合作与交流中心", 40, "cn-b")]
    assert _local_name(ns, "zh") == "甲河合作中心"
    # the other way round: the briefing's own subject is the other body
    ns = [_N("甲河合作中心", 90, "cn-a"), _N("某部对外合作与交流中心", 40, "cn-b")]
    assert _local_name(ns, "zh") == "某部对外合作与交流中心"
    # one row: the most complete form, as before
    ns = [_N("甲河合作中心", 10, "cn-a"), _N("中国甲河合作中心", 40, "cn-a")]
    assert _local_name(ns, "zh") == "中国甲河合作中心"
