"""Phenomena of the genre, each on small hand-written sentences and briefings (fictional
people and events): secondary events, datelines, non-events, organiser clauses, titles,
names, deixis, speech verbs, organisation countries and mentions."""
from lmec_kg.extract.events import dateline, roles, secondary_event
from lmec_kg.extract.mentions import find_documents, find_initiatives
from lmec_kg.extract.orgs import find_orgs, title_spans
from lmec_kg.extract.people import parse_name

from .extractkit import facts, posts, run

MAST = "澜沧江-湄公河环境合作中心\n\n工作简报\n\n2024年 第2期\n\n2024年6月20日\n\n"


def events(ex, names):
    out = {}
    for f in ex.facts:
        if f.kind == "event_date":
            out.setdefault(f.subject, {})["date"] = f.value
        if f.kind == "event_place":
            out.setdefault(f.subject, {})["place"] = names[f.object]
    return sorted((v.get("date"), v.get("place")) for v in out.values())


# 1. secondary events ------------------------------------------------------------------------
def test_more_news_items_are_events_with_their_own_date_and_place():
    text = MAST + ("绿色发展研讨会在昆明举行\n\n6月10日，澜湄绿色发展研讨会在云南昆明举行，约50人参加。\n\n"
                   "此前一天，中心在昆明举办了青年环境沙龙。\n\n"
                   "据介绍，今年以来中心已举办多期培训班，其中5月8日在万象开班的水质监测培训班有30名学员。\n\n"
                   "4月中旬，中老两国专家在琅勃拉邦开展了联合采样。\n\n"
                   "次日，与会代表将赴大理考察。\n\n"
                   "又讯  6月15日，澜湄环境青年营在广西桂林开营。\n")
    ex, names = run(text)
    assert events(ex, names) == [("2024-04", "琅勃拉邦"), ("2024-05-08", "万象"), ("2024-06-09", "昆明"),
                                 ("2024-06-10", "昆明"), ("2024-06-15", "桂林")]


def test_secondary_event_rules():
    s = "会后，双方商定于11月在河内举办成果交流会。"
    assert secondary_event(s, 0, len(s), "2024-10-15", 2024, "2024-10-09") is None  # a plan
    s = "2018年3月，中心发布了《澜湄环境合作战略》。"
    assert secondary_event(s, 0, len(s), "2024-10-15", 2024, "2024-10-09") is None  # a publication
    s = "此前，9月9日晚，双方举行视频通话。"
    assert secondary_event(s, 0, len(s), "2024-09-12", 2024, "2024-09-10")[0] == "2024-09-09"


# 2. datelines, timestamps, relative dates -----------------------------------------------------
def test_dateline_gives_date_and_place():
    s = "新华社昆明7月12日电（记者 甲乙、丙丁）第三届某某对话12日开幕。"
    assert dateline(s, 0, len(s), "2025-07-12", 2025)[:2] == ("2025-07-12", "昆明")
    text = ("某某对话开幕\n2025-07-12 19:36:05 来源：某网\n\n"
            "新华社昆明7月12日电（记者 石甲、孔乙）第三届澜湄环境对话12日开幕。生态环境部副部长郑某某致辞。\n")
    ex, names = run(text)
    assert events(ex, names) == [("2025-07-12", "昆明")]
    people = {n for k, n in names.items() if k.startswith("person:")}
    assert people == {"郑某某"}  # reporters are no people of the graph


# 3. non-events ------------------------------------------------------------------------------
def test_related_link_paragraph_is_background():
    text = MAST + ("研讨会在北京举行\n\n6月5日，澜湄环境研讨会在北京举行。\n\n"
                   "相关链接：澜沧江-湄公河环境合作中心于2017年11月成立，负责实施澜湄环境合作战略。2019年3月，中心在北京召开了成立大会。\n")
    ex, names = run(text)
    assert events(ex, names) == [("2024-06-05", "北京")]
    assert ("document", "澜湄环境合作战略") in {(e.kind, e.name) for e in ex.entities}


# 4. organiser clauses -------------------------------------------------------------------------
def test_guide_and_supporter_in_one_clause():
    s = "会议在生态环境部国际合作司的指导和世界自然基金会（WWF）北京代表处的支持下，由澜沧江-湄公河环境合作中心主办，承办方为云南大学。"
    got = {(o.name, r) for o, r in roles(s, 0, len(s))}
    assert got == {("生态环境部国际合作司", "guide"), ("世界自然基金会北京代表处", "supporter"),
                   ("澜沧江-湄公河环境合作中心", "host"), ("云南大学", "organizer")}


def test_joint_body_keeps_both_partners():
    s = "中国-东盟博览会秘书处协办。"
    assert [o.name for o in find_orgs(s)] == ["中国-东盟博览会秘书处"]


# 5, 6. titles -----------------------------------------------------------------------------
def test_descriptors_and_broader_titles():
    s = "世界自然基金会北京代表处缅甸项目主任岩某香、某某大学执行院长刀某英、联合国某署常驻代表王某"
    assert [s[a:b] for a, b in title_spans(s)] == ["缅甸项目主任", "执行院长", "常驻代表"]
    assert posts("澜沧江-湄公河环境合作中心政策与战略研究处处长喻某某出席。") == [
        ("喻某某", "处长", "澜沧江-湄公河环境合作中心政策与战略研究处")]
    assert posts("越南河内国家大学自然科学大学环境科学系系主任Nguyen Van A发言。") == [
        ("Nguyen Van A", "系主任", "越南河内国家大学自然科学大学环境科学系")]


# 7. names -----------------------------------------------------------------------------------
def test_dai_surnames_and_names_before_prepositions():
    assert posts("研究员岩某某介绍。")[0][0] == "岩某某"
    assert posts("项目官员那某某介绍。")[0][0] == "那某某"
    assert parse_name("蔡某某向代表团介绍", 0, 9).name == "蔡某某"
    assert parse_name("刀某某关于巡护的介绍", 0, 10).name == "刀某某"


def test_latin_acronym_office():
    text = MAST + ("会议在景洪召开\n\n6月3日，会议在景洪召开，德国国际合作机构（GIZ）中国代表处提供支持。"
                   "GIZ中国代表处首席代表Hans MUSTER致辞。\n")
    ex, names = run(text)
    assert ("Hans MUSTER", "德国国际合作机构中国代表处", "首席代表") in facts(ex, names, "post")
    assert ("德国国际合作机构中国代表处", "德国", None) in facts(ex, names, "country")


# 9. deixis ----------------------------------------------------------------------------------
def test_our_ministry_is_the_publisher():
    text = ("中华人民共和国生态环境部\n首页 > 新闻\n\n我部召开会议\n发布时间：2024-09-12 来源：国际合作司\n\n"
            "9月10日，我部与柬埔寨环境部在北京召开工作组会议。我部国际合作司司长梁某某致辞。\n\n"
            "该司司长在总结时表示，双方要抓好落实。\n")
    ex, names = run(text, publisher="中华人民共和国生态环境部")
    assert ("梁某某", "生态环境部国际合作司", "司长") in facts(ex, names, "post")
    assert not any(n.startswith("我部") for k, n in names.items() if k.startswith("organization:"))
    said = [f.value for f in ex.facts if f.kind == "speech" and names[f.subject] == "梁某某"]
    assert any("抓好落实" in v for v in said)


# 10. speech verbs ---------------------------------------------------------------------------
def test_publishing_and_presenting_is_addressing_chairing_is_not():
    text = MAST + ("研讨会在南宁召开\n\n6月3日，研讨会在南宁召开。广西大学副校长覃某某主持开幕式。"
                   "澜沧江-湄公河环境合作中心主任韩某某发布了《澜湄环境展望报告》并介绍了主要发现。\n")
    ex, names = run(text)
    speakers = {names[f.subject] for f in ex.facts if f.kind == "speech"}
    assert speakers == {"韩某某"}


# 11. organisation countries -----------------------------------------------------------------
def test_parents_universities_and_publishers_get_countries():
    text = MAST + ("研讨会在昆明召开\n\n6月3日，研讨会在昆明召开。中国科学院昆明植物研究所研究员甲某某、"
                   "泰国清迈大学生物系副教授Somchai A发言。云南大学生态与环境学院、国际关系研究院的专家参加。"
                   "会上发布了中国环境出版集团出版的图集。澜湄五国环境部门和地方政府代表出席。\n")
    ex, names = run(text)
    got = {(a, b) for a, b, _ in facts(ex, names, "country") if a in names.values()}
    for pair in [("中国科学院", "中国"), ("泰国清迈大学", "泰国"), ("泰国清迈大学生物系", "泰国"),
                 ("云南大学国际关系研究院", "中国"), ("中国环境出版集团", "中国")]:
        assert pair in got
    assert not any("地方政府" in n for n in names.values())


# 12. mentions -------------------------------------------------------------------------------
def test_mentions_bare_quoted_and_documents():
    s = "其中澜湄环境数据共享平台、“澜湄生物多样性保护案例库”和“一带一路”绿色发展国际联盟，以及“湄公河水质联合监测战略”。"
    docs = find_documents(s, 0, len(s))
    inits = find_initiatives(s, 0, len(s), [(d.start - 1, d.end + 1) for d in docs])
    assert {d.name for d in docs} == {"湄公河水质联合监测战略"}
    assert {i.name for i in inits} == {"澜湄环境数据共享平台", "澜湄生物多样性保护案例库", "“一带一路”绿色发展国际联盟"}
    s = "各方将在澜湄环境合作战略框架下加强合作。"
    assert [d.name for d in find_documents(s, 0, len(s))] == ["澜湄环境合作战略"]


def test_sub_events_in_the_report_paragraph_and_relative_days():
    text = MAST + ("青年交流周在昆明举行\n\n6月10日至16日，澜湄环境青年交流周在云南昆明举行。"
                   "12日，营员赴西双版纳开展野外实践。当天，中心还与某大学签署合作协议。次日，营员赴大理考察了洱海。\n\n"
                   "【又讯】6月18日，中心在北京召开年度工作会议。\n")
    ex, names = run(text)
    assert events(ex, names) == [("2024-06-10", "昆明"), ("2024-06-12", "西双版纳"), ("2024-06-13", "大理"),
                                 ("2024-06-18", "北京")]


def test_news_dateline_with_latin_parentheses():
    text = ("论坛开幕\n2024-03-06 10:02 来源：某网\n\n"
            "中新网万象3月5日电 (记者 王某)第五届湄公河环境论坛5日在老挝首都万象开幕。\n")
    ex, names = run(text)
    assert events(ex, names) == [("2024-03-05", "万象")]
    assert "event:第五届湄公河环境论坛" in names


def test_lancang_mekong_countries_are_six():
    text = MAST + "会议在昆明召开\n\n6月3日，会议在昆明召开，澜沧江-湄公河各国代表出席。\n"
    ex, names = run(text)
    keys = {m.key for m in ex.mentions if m.key.startswith("country:")}
    assert "country:LMC6" in keys and "country:MEKONG5" not in keys


def test_official_whose_only_body_is_a_country_holds_no_post():
    s = "泰国副总理兼外长Surachai A的特别代表Anong B致辞。"
    assert [p for p in posts(s) if p[2] is not None] == []


def test_recaps_last_year_and_attending():
    s = "去年5月，双方在河内召开了工作组会议。"
    assert secondary_event(s, 0, len(s), "2024-08-20", 2024, "2024-08-10")[0] == "2023-05"
    s = "今年3月，中心派员赴老挝参加了湄公河委员会峰会。"
    assert secondary_event(s, 0, len(s), "2024-08-20", 2024, "2024-08-10")[0] == "2024-03"
    s = "今年3月，中心派员参加了该项目的工作。"  # attending no meeting
    assert secondary_event(s, 0, len(s), "2024-08-20", 2024, "2024-08-10") is None


def test_foreign_bodies_and_university_units():
    text = MAST + ("研讨会在昆明召开\n\n6月3日，研讨会在昆明召开。日本国际协力机构（JICA）中国事务所、韩国环境研究院支持。"
                   "美国国际开发署湄公河项目官员John A出席。清华大学环境学院、地球系统科学系的学者参加。\n")
    ex, names = run(text)
    got = {(a, b) for a, b, _ in facts(ex, names, "country")}
    for pair in [("日本国际协力机构中国事务所", "日本"), ("韩国环境研究院", "韩国"), ("美国国际开发署", "美国"),
                 ("清华大学环境学院", "中国"), ("清华大学地球系统科学系", "中国")]:
        assert pair in got
    assert ("John A", "美国国际开发署", "湄公河项目官员") in facts(ex, names, "post")


def test_funders_and_assistant_titles():
    s = "会议由老挝自然资源与环境部牵头组织，亚洲开发银行资助。"
    assert ("亚洲开发银行", "supporter") in {(o.name, r) for o, r in roles(s, 0, len(s))}
    assert posts("联合国开发计划署驻华代表处助理代表王某某介绍。") == [("王某某", "助理代表", "联合国开发计划署驻华代表处")]


def test_quoted_programme_known_by_context():
    s = "双方将共同实施“澜湄绿色之约”，并启动“一站式”服务。“澜湄青年环境使者”项目已培训200人。以“澜湄同心”为主题。"
    assert [i.name for i in find_initiatives(s, 0, len(s), [])] == ["澜湄绿色之约", "澜湄青年环境使者"]
