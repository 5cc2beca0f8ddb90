"""Phenomena first met in held-out sets 103-107 (round thirteen), each on invented sentences."""
from __future__ import annotations

from .extractkit import events, facts, inits, orgs, post_facts, roles_of, run

HEAD = "简报\n2031年5月10日，某某培训班在昆明开幕。"


# --- an official report: a signature with a contact note under it -----------------------------

REPORT = """云南省生态环境厅

云南省生态环境厅关于2031年澜湄环境合作工作情况的报告

生态环境部国际合作司：

现将我厅2031年澜湄环境合作工作情况报告如下。

一、主要工作

1. 3月27日，澜湄流域生态保护交流会在昆明举行。交流会由我厅主办，某某研究院承办。厅党组成员、副厅长甘某林致辞。

特此报告。

云南省生态环境厅
2032年1月15日

（联系人：国际合作处 林某，电话：0871-00000000）
"""


def test_a_signature_above_a_contact_note_names_the_body_that_calls_itself_we():
    ex, names = run(REPORT)
    hosts = {o for _, o, v in facts(ex, names, "event_role") if v == "host"}
    assert hosts == {"云南省生态环境厅"}  # "我厅": the signing body, not a body named 我厅
    got = {(s, v, o) for s, o, v in facts(ex, names, "post")}
    assert ("甘某林", "副厅长", "云南省生态环境厅") in got  # "厅党组成员、副厅长"
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2031-03-27"}


def test_a_signature_still_needs_its_date_on_the_last_line_but_notes():
    # a date line followed by prose is no signature: the text goes on
    ex, names = run("某某会议纪要\n\n一、会议概况\n\n会议在昆明召开，我厅主办。\n\n2032年1月15日\n\n会议还商定了下一步工作。\n")
    assert "云南省生态环境厅" not in names.values()


# --- a press release: dateline in brackets, the meeting named before its date --------------------

def test_the_meeting_named_before_its_date_in_the_lead_is_the_event():
    text = ("新闻稿\n六国共商农业食品系统 某项目同期签约\n中国昆明（2031年6月30日）\n"
            "某某农业工作组第九次年会于6月28日至29日在中国云南省昆明市召开，会议采取线上线下相结合的方式。"
            "会议由亚洲开发银行主办。\n")
    assert events(text) == [("某某农业工作组第九次年会", "2031-06-28", "昆明")]


# --- newspapers: days in brackets, "当天" opening an item, a plan's place -------------------------

PAPER = """某某日报　2031年3月16日　星期六

某某项目交接仪式在金边举行

【本报金边讯】某某项目交接仪式，昨（15）日上午在金边隆重举行。仪式由柬埔寨农村发展部主办。

签署新一批项目协议

当天下午，双方在柬埔寨外交国际合作部签署了新一批项目协议。双方还商定，今年下半年在暹粒联合举办庆祝活动。
"""


def test_a_newspapers_day_in_brackets_and_an_item_on_the_same_day():
    got = events(PAPER)
    assert ("某某项目交接仪式", "2031-03-15", "金边") in got
    # "当天下午" opening the next item: the day above; "今年下半年在暹粒": where the next one will be
    assert ("签署新一批项目协议", "2031-03-15", None) in got


def test_a_planned_clause_in_the_dated_sentence_still_places_a_notice():
    # a notice's own event is planned: its place stays
    text = "关于召开某某座谈会的通知\n\n各有关单位：\n\n定于2031年6月在昆明召开某某座谈会。现通知如下：\n"
    assert [(d, p) for _, d, p in events(text)] == [("2031-06", "昆明")]


def test_held_at_in_hong_kong_and_macao_usage():
    text = "某某日报　2031年3月29日\n\n某某环境合作研讨会假某某会展中心举行\n\n【本报讯】某某环境合作研讨会昨（28）日下午在澳门举行。\n"
    assert events(text) == [("某某环境合作研讨会", "2031-03-28", "澳门")]


# --- titles and names ----------------------------------------------------------------------------

def test_acting_heads_in_macao_and_a_commissioners_office():
    got = post_facts(HEAD + "澳门特别行政区政府环境保护局署理局长何某莉致辞。外交部驻澳门特派员公署副特派员周某辉出席。")
    assert ("何某莉", "署理局长", "澳门特别行政区政府环境保护局") in got
    assert ("周某辉", "副特派员", "外交部驻澳门特派员公署") in got
    assert not any(p.startswith("公署") for p, _, _ in got)


def test_departments_of_two_provinces_of_one_country_stay_two_bodies():
    got = post_facts(HEAD + "老挝琅南塔省农林厅代表出席。老方人员有：琅南塔省农林厅厅长Seng KHOUN，"
                            "丰沙里省农林厅副厅长Vila SOMSA，乌多姆赛省农林厅代厅长Kham DOUANG。")
    assert ("Vila SOMSA", "副厅长", "丰沙里省农林厅") in got
    assert ("Kham DOUANG", "代厅长", "乌多姆赛省农林厅") in got
    assert ("Seng KHOUN", "厅长", "琅南塔省农林厅") in got


def test_a_chinese_name_ending_in_and_before_its_latin_form():
    got = post_facts(HEAD + "芹苴市人民委员会副主席阮文和（Nguyễn Văn Hòa）、某某公司总经理出席。")
    assert ("阮文和", "副主席", "芹苴市人民委员会") in got
    # 和 still joins two bodies when no Latin form follows
    got = post_facts(HEAD + "云南省生态环境厅和老挝自然资源与环境部副部长Bounma KEO出席。")
    assert ("Bounma KEO", "副部长", "老挝自然资源与环境部") in got


def test_a_universitys_own_news_names_its_leaders_by_the_short_word():
    text = ("广西民族大学新闻网\n\n我校举行留学生开学典礼\n\n发布日期：2031年09月20日\n\n"
            "9月18日上午，广西民族大学留学生开学典礼在南宁举行。校党委书记蒙某林出席并致辞。\n")
    got = post_facts(text.replace("出席并致辞。", "出席并致辞，校长韦某敏、副校长卢某燕出席。"))
    assert ("蒙某林", "党委书记", "广西民族大学") in got
    assert ("韦某敏", "校长", "广西民族大学") in got and ("卢某燕", "副校长", "广西民族大学") in got
    # in another body's news a bare 校长 names no university
    assert not any(t == "校长" for _, t, _ in post_facts(HEAD + "校长韦某敏出席。"))


# --- bodies: their kind or their part in a contract before the name; an alias's country --------

def test_the_kind_of_a_local_body_after_its_country_is_no_part_of_its_name():
    got = orgs("由老挝本土环保组织湄公绿野环境教育中心协办，越南本土企业湄江投资股份公司出资。")
    assert ("湄公绿野环境教育中心", "LA") in got and ("湄江投资股份公司", "VN") in got
    assert orgs("老挝自然资源与环境部出席。") == [("老挝自然资源与环境部", "LA")]  # a ministry keeps its country


def test_a_partys_part_in_a_contract_is_no_part_of_its_name():
    got = post_facts(HEAD + "项目总承包方中澜水务工程有限公司第三水厂项目部项目经理廖某出席。")
    assert ("廖某", "项目经理", "中澜水务工程有限公司第三水厂项目部") in got


def test_associations_halls_and_chambers_of_the_chinese_abroad():
    got = roles_of("论坛由某某中心主办，中国驻泰国大使馆、泰国中华总商会给予支持，泰中文化经济协会及泰国潮州会馆协办。")
    assert ("泰国中华总商会", "supporter") in got and ("泰国潮州会馆", "co-organizer") in got


def test_a_short_name_of_an_international_body_gives_it_no_country():
    ex, names = run(HEAD + "联合国环境规划署（环境署）亚洲及太平洋办事处主办。环境署东南亚次区域协调员阮某担任主持。")
    got = {(s, o) for s, o, _ in facts(ex, names, "country")}
    assert not any("环境" in s and "署" in s for s, _ in got), got
    assert ("阮某", "东南亚次区域协调员", "联合国环境规划署") in {(s, v, o) for s, o, v in facts(ex, names, "post")}


def test_a_county_abroad_known_by_its_town_is_of_that_country():
    ex, names = run(HEAD + "木姐县行政长官吴某温在发言中表示欢迎。")
    got = {(s, o) for s, o, _ in facts(ex, names, "country")}
    assert ("木姐县政府", "缅甸") in got and not any(o == "中国" and s.startswith("木姐") for s, o in got)


# --- newspapers: a reporter's byline, "本月22日" --------------------------------------------------

def test_a_reporters_byline_and_a_day_of_this_month():
    text = ("某某日报　2031年11月25日\n\n第二届某某论坛在曼谷举行\n\n"
            "【本报记者陈某曼谷报道】第二届某某论坛于本月22日至23日在曼谷举行。\n")
    assert events(text) == [("第二届某某论坛", "2031-11-22", "曼谷")]


# --- an annual review: numbered entries, each its own event with its organisers and speakers ----

REVIEW = """某某中心
某某中心2031年度工作总结
（2032年1月12日）

2031年，某某中心（以下简称“中心”）稳步推进各项工作。

一、重点工作进展

1. 1月18日，中心以视频方式召开2031年联络人会议，六国联络人30余人参会。

2. 3月下旬，作为“澜湄周”系列活动之一，澜湄生物多样性保护青年对话在昆明举办。活动由生态环境部指导，云南省生态环境厅主办。云南省生态环境厅副厅长甘某林致辞。

3. 9月28日，《澜湄国家生态环境状况报告（2031）》发布会以线上方式举行。

4. 10月13日，澜湄环境执法能力建设研讨会在西双版纳傣族自治州景洪市举办。研讨会由广西壮族自治区生态环境厅承办。

二、2032年工作计划

2032年，中心将重点做好以下工作：

（一）3月下旬在昆明举办2032年“澜湄周”系列活动；

（二）下半年在老挝万象举办中老大气环境监测能力建设研讨班。
"""


def test_an_annual_reviews_entries_are_events_with_their_own_organisers_and_speakers():
    ex, names = run(REVIEW)
    dates = {s: v for s, _, v in facts(ex, names, "event_date")}
    assert dates == {"2031年联络人会议": "2031-01-18", "澜湄生物多样性保护青年对话": "2031-03",
                     "《澜湄国家生态环境状况报告（2031）》发布会": "2031-09-28",
                     "澜湄环境执法能力建设研讨会": "2031-10-13"}, dates  # no plan
    got = {(e, o, v) for e, o, v in facts(ex, names, "event_role")}
    assert ("澜湄生物多样性保护青年对话", "生态环境部", "guide") in got
    assert ("澜湄生物多样性保护青年对话", "云南省生态环境厅", "host") in got
    assert ("澜湄环境执法能力建设研讨会", "广西壮族自治区生态环境厅", "organizer") in got
    assert {(p, e) for p, e, _ in facts(ex, names, "speech")} == {("甘某林", "澜湄生物多样性保护青年对话")}


def test_a_verb_after_a_body_ends_it_and_a_source_of_money_opens_no_programme():
    assert orgs("此外，云南省生态环境厅配合省人民政府外事办公室完成了接待任务。")[0] == ("云南省生态环境厅", "CN")
    assert inits("合作项目资金来源单一，主要依靠澜湄合作专项基金。请某司继续对澜湄合作专项基金环境类项目给予指导。") \
        == ["澜湄合作专项基金", "澜湄合作专项基金"]


# --- speakers listed after a colon; a list written in English inside Chinese prose ----------------

def test_a_list_of_speakers_after_a_speech_verb_and_a_colon():
    for lead in ("以下嘉宾先后致辞：", "致辞嘉宾：", "先后致辞的有："):
        ex, names = run(HEAD + "开幕式上，" + lead + "生态环境部部长王某明、云南省人民政府副省长李某华。")
        assert {p for p, _, _ in facts(ex, names, "speech")} == {"王某明", "李某华"}, lead
    ex, names = run(HEAD + "出席开幕式的有：生态环境部部长王某明、云南省人民政府副省长李某华。")
    assert not facts(ex, names, "speech")  # attending is no speech


def test_names_with_their_title_body_and_country_in_english_brackets():
    text = (HEAD + "开幕式上，以下嘉宾先后致辞：Dr. Somchai Kaew (Director-General, Pollution Control Department, "
            "Thailand)、Ms. Huang Mou (Deputy Director-General, Lancang-Mekong Environmental Cooperation Center)、"
            "Mr. Boun KEO (Deputy Director-General, Department of Pollution Control, Ministry of Natural Resources "
            "and Environment, Lao PDR)。\n中心副主任黄某（Huang Mou）表示，中心将继续推动合作。")
    ex, names = run(text)
    got = {(s, v, o) for s, o, v in facts(ex, names, "post")}
    assert ("Somchai Kaew", "Director-General", "Pollution Control Department") in got
    assert ("Boun KEO", "Deputy Director-General", "Department of Pollution Control") in got
    # a well-known body named in English is the one the lexicon knows, and the Chinese name
    # given later in brackets is the same person
    assert ("Huang Mou", "Deputy Director-General", "澜沧江-湄公河环境合作中心") in got
    assert len([e for e in ex.entities if e.kind == "person"]) == 3
    countries = {(s, o) for s, o, _ in facts(ex, names, "country")}
    assert ("Pollution Control Department", "泰国") in countries and ("Department of Pollution Control", "老挝") in countries
    assert {p for p, _, _ in facts(ex, names, "speech")} >= {"Somchai Kaew", "Huang Mou", "Boun KEO"}


# --- titles and names: 部长 or 长江, a note on the post, "对话会前一天" ------------------------------

def test_a_ministrys_office_on_the_yangtze_is_no_minister():
    got = post_facts(HEAD + "农业农村部长江流域渔政监督管理办公室水生生物保护处处长邱某庆出席。农业农村部长王某出席。")
    assert ("邱某庆", "处长", "农业农村部长江流域渔政监督管理办公室水生生物保护处") in got
    # a surname 江 or 沙 after a head's title stays a name
    got = post_facts(HEAD + "生态环境部自然生态保护司副司长江屿出席。云南省生态环境厅副厅长沙明德致辞。")
    assert ("江屿", "副司长", "生态环境部自然生态保护司") in got and ("沙明德", "副厅长", "云南省生态环境厅") in got


def test_a_note_on_the_post_between_title_and_name():
    got = post_facts(HEAD + "澜沧江-湄公河环境合作中心副主任（主持工作）黄某鸣致辞。")
    assert ("黄某鸣", "副主任", "澜沧江-湄公河环境合作中心") in got


def test_the_day_before_the_meeting_named_at_the_clause_start():
    text = ("某某对话会在昆明举办\n发布日期：2031-03-31\n3月26日，第二届某某对话会在云南昆明举办。\n"
            "对话会前一天，部分与会代表赴滇池湖滨湿地实地考察。\n")
    assert "2031-03-25" in {d for _, d, _ in events(text)}


def test_a_known_bodys_full_name_before_at():
    got = roles_of("澜沧江-湄公河环境合作中心与联合国环境规划署亚洲及太平洋办事处在大会中国角共同主办某某边会。")
    assert ("联合国环境规划署亚洲及太平洋办事处", "host") in got


def test_higher_education_is_no_list_ending_in_etc():
    got = post_facts(HEAD + "老挝教育与体育部高等教育司司长王某出席。水利部、教育部等单位参加。")
    assert ("王某", "司长", "老挝教育与体育部高等教育司") in got
    assert ("水利部", "CN") in orgs("水利部、教育部等单位出席。")


def test_a_quoted_programme_that_won_a_fund():
    assert inits("某大学牵头申报的“澜湄国家可再生能源联合研发与人才培养”项目获得澜湄合作专项基金立项支持。") \
        == ["澜湄国家可再生能源联合研发与人才培养", "澜湄合作专项基金"]


def test_thai_universities_named_without_their_country():
    assert ("孔敬大学", "TH") in orgs("孔敬大学副校长Pongsak BOON出席。")
    assert ("玛哈沙拉堪大学", "TH") in orgs("玛哈沙拉堪大学校长助理Nattaya CHAI出席。")


# --- companies ----------------------------------------------------------------------------------

def test_a_visit_verb_before_a_company_and_its_short_name():
    text = (HEAD + "越南自然资源与环境部副部长范某凯率代表团到访中环清源环境集团股份有限公司（以下简称“中环清源”）杭州总部。"
            "座谈会上，中环清源党委书记、董事长王某峰致欢迎辞。")
    got = post_facts(text)
    assert ("王某峰", "董事长", "中环清源环境集团股份有限公司") in got
    assert ("王某峰", "党委书记", "中环清源环境集团股份有限公司") in got


def test_a_groups_company_in_a_country_is_one_name():
    assert ("薛某德", "董事长", "中缅联合投资集团缅甸有限公司") in post_facts(HEAD + "中缅联合投资集团缅甸有限公司董事长薛某德致辞。")
    assert ("缅甸自然资源与环境保护部", "MM") in orgs("缅甸自然资源与环境保护部出席。")


def test_an_honorific_after_the_name_ends_it():
    assert ("陈某发", "副会长", "柬华理事总会") in post_facts(HEAD + "柬华理事总会副会长陈某发勋爵出席。")
