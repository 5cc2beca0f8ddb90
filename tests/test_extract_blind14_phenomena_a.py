"""Phenomena first met in the fourteenth held-out set (a network's year chronicle published the
next January, a translated news report with an editor's note over its dateline, a university's
news about a centre on one of its campuses) about event dates, places, posts and speakers, each
on invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import facts, posts, run


def _events(text):
    ex, names = run(text)
    d = {s: v for s, _, v in facts(ex, names, "event_date")}
    p = {s: o for s, o, _ in facts(ex, names, "event_place")}
    return sorted((d.get(k) or "", p.get(k) or "") for k in set(d) | set(p))


# 1. a chronicle's title above its numbered entries names the reviewed year ------------------------
_CHRONICLE = ("甲乙河流联盟\n\n通讯\n\n2026年第1期\n\n"
              "回望2025｜甲乙河流联盟年度大事记\n\n"
              "【编者按】2025年，联盟围绕三条主线开展工作。现将全年重要事项辑录如下。\n\n"
              "一、年度理事会在昆明召开\n\n"
              "2月10日，联盟2025年度理事会在昆明召开。会议由联盟秘书处主办。\n\n"
              "二、水质监测培训班在万象举办\n\n"
              "8月5日至7日，甲乙水质监测培训班在老挝万象举办。\n\n"
              "三、在泰国连续举办两期社区培训\n\n"
              "下半年，联盟联合某府环境办公室，在泰国清莱、难府两地先后举办了2期社区环保培训班。\n")


def test_entries_under_a_chronicle_title_take_the_reviewed_year():
    ev = _events(_CHRONICLE)
    assert ("2025-02-10", "昆明") in ev and ("2025-08-05", "万象") in ev
    assert not any(d.startswith("2026") for d, _ in ev)


def test_a_part_of_the_year_dates_an_entry_by_its_year_and_its_headline_gives_the_country():
    assert ("2025", "泰国") in _events(_CHRONICLE)


def test_a_title_naming_a_year_but_no_review_keeps_the_publication_year():
    t = ("甲乙河流联盟\n\n通讯\n\n2026年第1期\n\n回望2025｜甲乙河流联盟专家访谈\n\n"
         "【编者按】本期刊登专家访谈。\n\n一、年度理事会在昆明召开\n\n2月10日，联盟年度理事会在昆明召开。\n")
    assert ("2026-02-10", "昆明") in _events(t)


def test_part_of_year_with_its_own_year():
    t = "某中心动态\n\n2024年3月1日\n\n社区培训在泰国举办\n\n2023年下半年，中心在泰国举办了社区培训。\n"
    assert ("2023", "泰国") in _events(t)


# 2. an editor's note above the dateline: the day in the lead, not the day the report was filed ---
def test_dateline_under_an_editors_note_is_not_the_event_date():
    t = ("甲乙水资源对话在万象举行\n\n编者按：本文根据某通讯社2024年5月的报道编译整理。\n\n"
         "某通讯社万象5月9日电　5月8日上午，甲乙水资源对话在万象举行。双方交流了经验。\n")
    assert _events(t) == [("2024-05-08", "万象")]


def test_dateline_alone_still_dates_the_event():
    t = ("甲乙水资源对话在万象举行\n\n编者按：本文根据某通讯社2024年5月的报道编译整理。\n\n"
         "某通讯社万象5月9日电　甲乙水资源对话当天在万象举行。双方交流了经验。\n")
    assert _events(t) == [("2024-05-09", "万象")]


# 3. a venue of the home institution ("我校某校区") named by its place; 展开 holds an event -------
def test_own_campus_venue_gives_its_city():
    from lmec_kg.extract.events import venue_place
    t = "揭牌仪式在我校昆明校区图书馆报告厅举行。"
    assert venue_place(t, 0, len(t))[0] == "昆明"


def test_own_venue_without_a_place_gives_none():
    from lmec_kg.extract.events import venue_place
    t = "揭牌仪式在我校第一报告厅举行。"
    assert venue_place(t, 0, len(t)) is None


def test_an_event_unfolding_in_a_border_town():
    from lmec_kg.extract.events import find_place
    t = "甲乙联合巡查在广宁省芒街市展开。"
    assert find_place(t, 0, len(t))[0] == "芒街"
    t = "双方在会上展开了讨论。"
    assert find_place(t, 0, len(t)) is None
