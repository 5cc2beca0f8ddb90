"""Phenomena first met in the eighth held-out set, each on invented sentences (fictional
people, bodies and programmes): a seminar's guests listed one a line as "NAME，ORG TITLE；",
a field word before 专家 or 项目主任, an office named 湿地处, a company's announced short
form and "公司" in its own news, business titles (首席技术官), two posts joined by 兼 with a
body between them, 该部 for the ministry just named, a bureau listed after its department,
a foreign body's home country in parentheses before its office, a known body whose name ends
in no unit suffix, verbs of a clause that are no part of a unit, predicates 结合/讲解."""
from lmec_kg.extract.people import find_posts

from .extractkit import facts, orgs, posts, run


# 1. guests listed one a line: "NAME，ORG TITLE；" ----------------------------------------------
def test_listed_guest_latin_name_comma_body_title():
    t = "发言嘉宾包括：\nAnna BERGLUND，老挝农业与环境部灌溉司副司长；\n周海平，滇南大学湖泊研究院教授。\n"
    assert ("Anna BERGLUND", "副司长", "老挝农业与环境部灌溉司") in posts(t)
    assert ("周海平", "教授", "滇南大学湖泊研究院") in posts(t)


def test_listed_guest_speaks_later():
    t = ("某某研讨会线上举行\n\n5月3日，某某研讨会线上举行。发言嘉宾包括：\n"
         "Anna BERGLUND，老挝农业与环境部灌溉司副司长；\n周海平，滇南大学湖泊研究院教授。\n\n"
         "Anna BERGLUND在开幕致辞中指出，灌溉用水需统筹。周海平介绍了湖泊监测方法。\n")
    ex, names = run(t)
    speakers = {s for s, _, _ in facts(ex, names, "speech")}
    assert {"Anna BERGLUND", "周海平"} <= speakers


def test_listed_item_needs_the_item_to_end_at_the_title():
    # the title is followed by more of the sentence: no list item
    assert posts("会议认为，滇南大学湖泊研究院教授队伍不断壮大。") == []
    # a clause, not a name, before the comma
    assert posts("会议期间，滇南大学湖泊研究院教授。") == []


def test_listed_guest_with_field_word_before_expert():
    t = "Lena MOK，湄公河委员会秘书处水文监测专家；"
    assert posts(t) == [("Lena MOK", "水文监测专家", "湄公河委员会秘书处")]


def test_wetland_office_is_a_unit():
    t = "Dara PICH，柬埔寨环境部保护区总司湿地处处长；"
    assert posts(t) == [("Dara PICH", "处长", "柬埔寨环境部保护区总司湿地处")]
    assert orgs("该省地处热带，雨量充沛。") == []


# 2. a company: its announced short form, "公司" in its own news, business titles ------------
_COMPANY = ("云南清源环保科技股份有限公司\n新闻中心 > 公司新闻\n\n清源环保参加某某博览会\n\n发布日期：2025年5月22日\n\n"
            "5月20日，某某博览会在昆明开幕。云南清源环保科技股份有限公司（以下简称“清源环保”）携设备参展。"
            "展会期间，公司副总裁兼首席技术官范立言介绍了设备。清源环保总经理沈月华与合作方签署协议。"
            "清源环保董事长陶一鸣在签约仪式上致辞。\n")


def test_company_short_form_and_own_name_before_titles():
    ex, names = run(_COMPANY)
    got = facts(ex, names, "post")
    full = "云南清源环保科技股份有限公司"
    assert ("范立言", full, "副总裁兼首席技术官") in got
    assert ("沈月华", full, "总经理") in got
    assert ("陶一鸣", full, "董事长") in got


def test_company_word_alone_without_a_company_publisher_is_no_body():
    assert posts("展会期间，公司副总裁范立言介绍了设备。") == [("范立言", "副总裁", None)]


# 3. two posts joined by 兼 with a body between them --------------------------------------------
def test_two_posts_joined_by_jian_with_a_body_between():
    t = "外交部亚洲司参赞兼澜湄合作中国秘书处副秘书长马若川出席会议并讲话。"
    assert ("马若川", "参赞", "外交部亚洲司") in posts(t)
    assert ("马若川", "副秘书长", "澜湄合作中国秘书处") in posts(t)


# 4. 该部: the ministry just named -------------------------------------------------------------
def test_that_ministry_is_the_one_named_before():
    t = "代表团在万象拜会老挝农业与环境部，与该部常务国务秘书Khamsy VONG举行会谈。"
    assert posts(t) == [("Khamsy VONG", "常务国务秘书", "老挝农业与环境部")]
    assert ("老挝农业与环境部", "LA") in orgs(t)
    assert all("拜会" not in o for o, _ in orgs(t))


def test_that_ministry_without_a_ministry_before_is_nothing():
    assert posts("与该部常务国务秘书Khamsy VONG举行会谈。")[0][2] is None


# 5. a bureau listed after its department belongs to it; same-level units stay siblings --------
def test_lower_unit_after_a_department_is_its_part():
    t = "泰国自然资源与环境部水资源厅代厅长Somchai DEE、地下水管理局局长Mali RAK出席。"
    assert ("Mali RAK", "局长", "泰国自然资源与环境部水资源厅地下水管理局") in posts(t)


def test_same_level_units_share_the_parent():
    t = "生态环境部国际合作司处长周一凡、应对气候变化司处长陈可心出席。"
    assert ("陈可心", "处长", "生态环境部应对气候变化司") in posts(t)


# 6. a foreign body's home country in parentheses before its office -----------------------------
def test_country_in_parentheses_inside_a_foreign_bodys_name():
    t = "世界自然基金会（英国）昆明代表处淡水项目主任林可欣作了讲座。"
    assert posts(t) == [("林可欣", "淡水项目主任", "世界自然基金会昆明代表处")]
    assert all(o != "昆明代表处" for o, _ in orgs(t))


def test_country_in_parentheses_without_an_office_after_is_no_name():
    t = "世界自然基金会（英国）表示支持。"
    assert ("世界自然基金会", None) in orgs(t)


# 7. a known body whose name ends in no unit suffix, then its unit --------------------------------
def test_known_federation_then_its_club():
    t = "泰国工业联合会水务产业俱乐部主席Anan SUK致辞。"
    assert orgs(t) == [("泰国工业联合会水务产业俱乐部", "TH")]
    ex, names = run("5月3日，某论坛在曼谷举行。" + t)
    assert ("泰国工业联合会", "泰国", None) in facts(ex, names, "country")


# 8. clause verbs are no part of a unit ------------------------------------------------------------
def test_clause_verbs_inside_a_place_headed_run():
    assert orgs("公司先后在老挝万象和柬埔寨金边设立子公司。") == []
    assert orgs("代表团在万象拜会老挝外交部。") == [("老挝外交部", "LA")]


# 9. 结合 / 讲解 end a name ------------------------------------------------------------------------
def test_jiehe_ends_the_name():
    t = "昆明海关缉私局副局长刘海川结合典型案件，讲解了查验要点。"
    assert posts(t) == [("刘海川", "副局长", "昆明海关缉私局")]
    assert find_posts("某局副局长刘海川讲解了要点。", 0, 13)[0].person.name == "刘海川"


# 10. "两部共同主办": the two ministries named before; a role clause beside a person -----------
_TWO = ("甲乙合作会议在昆明召开\n\n9日，生态环境部与老挝农业与环境部环境合作工作组会议在昆明召开。"
        "会议由两部共同主办，某某研究院承办。生态环境部副部长周明远出席并致辞。\n")


def test_two_ministries_named_before_host_together():
    ex, names = run(_TWO)
    hosts = {o for _, o, r in facts(ex, names, "event_role") if r == "host"}
    assert hosts == {"生态环境部", "老挝农业与环境部"}
    assert all(n != "两部" for n in names.values())


def test_two_ministries_without_antecedents_give_no_body():
    ex, names = run("某会议在昆明召开\n\n9日，某会议在昆明召开。会议由两部共同主办。\n")
    assert {o for _, o, _ in facts(ex, names, "event_role")} == set()
    assert all(n != "两部" for n in names.values())


def test_role_clause_in_a_sentence_with_a_person():
    t = ("某交流会在昆明举行\n\n9日，某交流会在昆明举行。交流会由生态环境部国际合作司主办，"
         "生态环境部副部长周明远出席并致辞。\n")
    ex, names = run(t)
    assert ("生态环境部国际合作司", "host") in {(o, r) for _, o, r in facts(ex, names, "event_role")}
    # the person's own body is no organiser
    t2 = "某交流会在昆明举行\n\n9日，某交流会在昆明举行。生态环境部副部长周明远出席并致辞。\n"
    ex, names = run(t2)
    assert facts(ex, names, "event_role") == set()


# 11. the third item of a list of departments shares the parent the second one restored --------
def test_third_department_in_a_list_keeps_the_ministry():
    t = ("某会议在昆明召开\n\n9日，某会议在昆明召开。老挝农业与环境部灌溉司、水文司、渔业司及老挝驻华大使馆官员参加会议。\n")
    ex, names = run(t)
    got = facts(ex, names, "country")
    assert ("老挝农业与环境部渔业司", "老挝", None) in got
    assert all(o != "渔业司" for o, _, _ in got)


# 12. "来自X的青年学者NAME": a qualified role word between body and name; 讲解了 is an address ------
def test_young_scholar_from_a_body_speaks():
    t = "某对话在曼谷举行\n\n9日，某对话在曼谷举行。来自老挝国立大学的青年学者Somsak KEO在发言中表示，应关注社区。\n"
    ex, names = run(t)
    assert "Somsak KEO" in {s for s, _, _ in facts(ex, names, "speech")}


def test_explained_is_an_address():
    t = "某培训班在昆明开班\n\n9日，某培训班在昆明开班。昆明海关缉私局副局长刘海川结合典型案件，讲解了查验要点。\n"
    ex, names = run(t)
    assert "刘海川" in {s for s, _, _ in facts(ex, names, "speech")}
    t2 = "某培训班在昆明开班\n\n9日，某培训班在昆明开班。学员们听取了刘海川的讲解。\n"
    ex, names = run(t2)
    assert facts(ex, names, "speech") == set()


# 13. programme names: 等 and 及 part a name from what precedes, 承建 is a verb, 相关 no name part ---
def test_deng_ends_an_example_before_a_category():
    from .extractkit import inits
    assert inits("并在澜湄合作等区域合作机制下推动交流。") == ["澜湄合作"]
    assert inits("依托澜湄水务信息平台等机制，加强合作。") == ["澜湄水务信息平台"]


def test_ji_joins_two_things_not_one_name():
    from .extractkit import inits
    got = inits("双方就参与“绿色澜湄计划”项目及澜湄水务技术交流平台建设交换了意见。")
    assert got == ["绿色澜湄计划", "澜湄水务技术交流平台"]


def test_built_projects_of_a_company_are_no_programme():
    from .extractkit import inits
    assert inits("公司累计在湄公河国家承建供水项目20余个。") == []


def test_related_after_a_quoted_name_is_no_part_of_it():
    from .extractkit import inits
    assert inits("该国已将湿地融资列入“四角战略”相关行动安排。") == []
    # a name that really goes on after the quotes still does
    assert inits("加入“一带一路”绿色发展国际联盟。") == ["“一带一路”绿色发展国际联盟"]


# 14. "代表团在某市拜会某部": the city is the visit's place ------------------------------------------
def test_visit_place_before_baihui():
    from lmec_kg.extract.events import find_place
    t = "3月2日，某中心代表团在万象拜会老挝农业与环境部。"
    assert find_place(t, 0, len(t))[0] == "万象"


# 15. event names: the object of "A与B联合举办X", and a later event named before its verb ----------
def test_event_is_the_object_of_a_joint_host_verb():
    from lmec_kg.extract.events import event_name
    first = "近日，某某基金会与位于泰国曼谷的某某办事处联合举办澜湄红树林保护线上研讨会。"
    assert event_name(None, first) == "澜湄红树林保护线上研讨会"
    # 位于 is no "held at": the subject is not cut there
    assert event_name(None, "5月3日，澜湄红树林保护线上研讨会在昆明举行。") == "澜湄红树林保护线上研讨会"


def test_later_event_named_before_its_verb():
    t = ("某部网站\n首页 > 新闻发布\n\n某工作组第三次会议在京召开\n\n发布时间：2025-10-17 16:20    来源：某司\n\n"
         "16日，某某工作组第三次会议在北京召开。会议由两部共同主办。\n\n"
         "17日上午，澜湄国家驻华使节水务交流会在京举行。交流会由生态环境部国际合作司主办。\n")
    ex, names = run(t)
    assert "澜湄国家驻华使节水务交流会" in {n for k, n in names.items() if k.startswith("event:")}
    assert "举行" not in names.values()


# 16. a company the lexicon does not head: its short form and its own page's masthead -----------
_COMPANY2 = _COMPANY.replace("云南清源", "云岭清源")


def test_company_without_a_place_head_is_found_by_its_short_form():
    ex, names = run(_COMPANY2)
    got = facts(ex, names, "post")
    full = "云岭清源环保科技股份有限公司"
    assert {("范立言", full, "副总裁兼首席技术官"), ("沈月华", full, "总经理"), ("陶一鸣", full, "董事长")} <= got


def test_short_form_of_a_programme_is_no_body():
    ex, names = run("某会议在昆明召开\n\n5月3日，某会议在昆明召开。会议启动了澜湄水务能力建设计划（以下简称“水务计划”）。\n")
    assert all(not k.startswith("organization:") or "计划" not in n for k, n in names.items())


# 17. a programme followed by a verb or noun that merely contains 展 or 会 ---------------------
def test_a_programme_before_kaizhan_or_fazhan_is_kept():
    from .extractkit import inits

    assert inits("中心依托澜湄水质监测合作平台开展能力建设培训。") == ["澜湄水质监测合作平台"]
    assert inits("双方依托湄公河旱季水资源合作机制发展伙伴关系。") == ["湄公河旱季水资源合作机制"]


def test_a_quoted_name_before_an_event_head_is_still_no_programme():
    from .extractkit import inits

    assert inits("“澜湄青年环保营”论坛在昆明开幕。") == []
    assert inits("“澜湄环保技术”展在南宁开幕。") == []
    assert inits("澜湄水质监测合作平台研讨会在京召开。") == []


# 18. partners from outside the region: their countries are known too -----------------------
def test_ministries_of_donor_countries_get_their_country():
    got = dict(orgs("荷兰基础设施与水管理部和挪威气候与环境部代表出席。"))
    assert got == {"荷兰基础设施与水管理部": "NL", "挪威气候与环境部": "NO"}
    # a Chinese region that contains a country's name is not that country
    assert dict(orgs("内蒙古自治区生态环境厅副厅长王某出席。")) == {"内蒙古自治区生态环境厅": "CN"}
