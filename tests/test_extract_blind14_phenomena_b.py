"""Phenomena first met in the fourteenth held-out set (a university's own news of a joint
centre, a delegation's visit, a project launch, a translated dialogue report, an NGO webinar)
about organisations, their countries and roles, and named programmes, each on invented
sentences (fictional people, bodies, places and programmes)."""
from .extractkit import countries as _countries, facts, inits, run


def _org_names(text, **kw):
    ex, names = run(text, **kw)
    return {n for k, n in names.items() if k.startswith("organization:")}


# 1. 与/和 after a body's own name joins a second body ---------------------------------------------
def test_self_reference_and_a_partner_make_no_joint_name():
    text = ("昆明甲河大学新闻网\n\n首页 > 综合新闻 > 正文\n\n两校签署协议\n\n发布时间：2023-06-16\n\n"
            "本网讯  5月3日，我校与乙城大学续签合作协议。我校与乙城大学自2015年起合作。")
    got = _org_names(text)
    assert "乙城大学" in got
    assert not any(n.startswith(("我校与", "昆明甲河大学与")) for n in got)


def test_a_school_and_a_partner_university_are_two_bodies():
    got = _org_names("研讨会在昆明举行。沙龙由资源与环境学院与乙城大学农学院联合主办。")
    assert not any("学院与" in n for n in got)
    assert "乙城大学农学院" in got


def test_and_inside_a_name_stays():
    # "资源与环境学院": 资源 ends in no suffix, the 与 is inside one name
    got = _org_names("研讨会在昆明举行。会议由甲城大学资源与环境学院承办。")
    assert "甲城大学资源与环境学院" in got


# 2. a body named bare after its name with its country ------------------------------------------
def test_bare_university_after_its_country_qualified_name_is_that_body():
    text = "研讨会在昆明举行。甲城大学与老挝乙河大学共建联合中心。乙河大学农学院院长柏林出席。乙河大学将选派教师。"
    got = _countries(text)
    assert ("老挝乙河大学", "老挝") in got
    assert ("乙河大学农学院", "老挝") in got
    assert not any(s.startswith("乙河大学") and c == "中国" for s, c in got)


def test_bare_university_never_named_with_a_country_keeps_the_guess():
    got = _countries("研讨会在昆明举行。乙河大学农学院院长柏林出席。")
    assert ("乙河大学农学院", "中国") in got


# 3. "两校共同主办": the two universities named before host ----------------------------------------
def _roles(text):
    ex, names = run(text)
    return {(o, v) for _, o, v in facts(ex, names, "event_role")}


def test_two_schools_host_are_the_two_universities_named_before():
    text = "研讨会在昆明举行\n\n5月3日，甲城大学与泰国乙河大学联合研讨会在昆明举行。会议由两校共同主办，甲城大学环境学院承办。"
    got = _roles(text)
    assert ("甲城大学", "host") in got
    assert ("泰国乙河大学", "host") in got
    assert ("甲城大学环境学院", "host") not in got


def test_two_schools_with_one_university_named_have_no_hosts():
    text = "研讨会在昆明举行\n\n5月3日，甲城大学研讨会在昆明举行。会议由两校共同主办。"
    assert not any(v == "host" for _, v in _roles(text))


def test_two_schools_is_no_name_of_either():
    text = "研讨会在昆明举行\n\n5月3日，甲城大学与泰国乙河大学联合研讨会在昆明举行。会议由两校共同主办。"
    ex, names = run(text)
    assert not any("两校" in e.aliases for e in ex.entities)


# 4. a list opened by 以及 ---------------------------------------------------------------------------
def test_unit_after_yiji_before_a_known_body_is_a_body():
    got = _org_names("研讨会在昆明举行。甲省水利厅官员，以及林学院、甲城大学环境学院的师生出席。")
    assert "林学院" in got
    assert not any(n.startswith("以及") for n in got)


# 5. a list of posts in schools of one university --------------------------------------------------
def test_school_after_a_school_of_a_foreign_university_is_of_that_university():
    text = ("研讨会在昆明举行。老挝乙河大学副校长柏林出席。"
            "乙河大学农学院院长宋和（Som HOUA）、工程学院副院长Keo SAVANG出席。")
    got = _countries(text)
    assert ("乙河大学工程学院", "老挝") in got
    assert ("乙河大学农学院", "老挝") in got


def test_school_of_another_university_in_the_list_keeps_its_own_name():
    got = _org_names("研讨会在昆明举行。甲城大学农学院院长柏林、乙城大学林学院院长柏青出席。")
    assert "乙城大学林学院" in got
    assert not any(n.startswith("甲城大学乙城") for n in got)


# 6. "该部某司": a unit of the ministry named just before ----------------------------------------------
def test_unit_of_that_ministry_is_of_the_ministry_named_before():
    text = "考察在昆明开展。代表团由缅甸甲乙部环境司司长吴丁率领，成员包括该部林业司副司长杜敏。"
    got = _countries(text)
    assert ("缅甸甲乙部林业司", "缅甸") in got
    ex, names = run(text)
    assert ("杜敏", "缅甸甲乙部林业司", "副司长") in facts(ex, names, "post")
    assert not any("该部林业司" in e.aliases for e in ex.entities)


def test_that_ministry_with_none_named_before_makes_no_body():
    got = _org_names("考察在昆明开展。成员包括该部林业司副司长杜敏。")
    assert not any(n.startswith("该部") for n in got)


# 7. an ordinal and a measure word ---------------------------------------------------------------------
def test_first_law_of_the_country_is_no_ministry():
    got = _org_names("会议在昆明举行。《甲省湿地保护条例》是我国第一部专门针对湿地的地方性法规。")
    assert not any("第一部" in n for n in got)


def test_numbered_institute_keeps_its_name():
    assert "自然资源部第一海洋研究所" in _org_names("会议在青岛举行。自然资源部第一海洋研究所所长柏林出席。")


# 8. "省环科院": a province's own institute, by its short form ---------------------------------------------
def test_provincial_short_form_is_no_national_body():
    got = _org_names("会议在昆明举行。云南省生态环境科学研究院承办。省环科院已组建项目团队。")
    assert "中国环境科学研究院" not in got and "环科院" not in got


def test_national_short_form_alone_stays_the_national_body():
    ex, names = run("会议在北京举行。环科院已组建项目团队。")
    assert any("中国环境科学研究院" in (e.name, *e.aliases) for e in ex.entities)


# 9. a river named like a prefecture ---------------------------------------------------------------------
def test_river_basin_station_is_no_body_of_the_prefecture():
    got = _org_names("对话在河内举行。黄雄就红河流域水质自动监测站建设情况作了发言。")
    assert not any(n.startswith("红河") for n in got)


def test_prefecture_body_stays():
    assert ("红河州生态环境局", "中国") in _countries("会议在昆明举行。红河州生态环境局承办。")


# 10. a country's ministry by a short form that abbreviates its full name ---------------------------
def test_abbreviated_ministry_is_the_ministry_named_before():
    text = "对话在河内举行。会议由越南甲乙资源与环境部主办。越南资环部希望加强合作。"
    got = _org_names(text)
    assert "越南甲乙资源与环境部" in got and "越南资环部" not in got


def test_short_form_of_another_countrys_ministry_is_no_abbreviation():
    text = "对话在河内举行。会议由越南甲乙资源与环境部主办。老挝资环部希望加强合作。"
    assert "老挝资环部" in _org_names(text)


# 11. a building on a campus is a venue ------------------------------------------------------------------
def test_campus_building_is_no_unit_of_the_university():
    text = ("昆明甲河大学新闻网\n\n首页 > 综合新闻 > 正文\n\n联合中心揭牌\n\n发布时间：2023-06-16\n\n"
            "本网讯  6月15日，揭牌仪式在我校乙城校区学术交流中心举行。")
    got = _org_names(text)
    assert "昆明甲河大学" in got
    assert not any("校区" in n for n in got)


# 12. named programmes: a project after its label, a framework, a post's field, a body unveiled --------
def test_quoted_project_after_its_label_is_a_programme_before_its_launch():
    got = inits("甲河合作专项基金项目“乙湖周边农田退水净化示范”启动会在万象举行。")
    assert "乙湖周边农田退水净化示范" in got


def test_quoted_words_after_a_project_with_punctuation_are_no_programme():
    assert inits("他深刻体会到环保项目“建得起、用得好”的重要性。") == []


def test_quoted_project_opening_a_forum_is_no_programme():
    assert "乙湖周边农田退水净化示范" not in inits("专项基金项目“乙湖周边农田退水净化示范”论坛在万象举行。")


def test_quoted_slogan_before_a_framework_is_an_initiative():
    assert "三廊一带" in inits("越方愿在“三廊一带”框架与其他倡议对接过程中充实绿色内容。")


def test_quoted_words_before_a_framework_agreement_are_no_initiative():
    assert inits("双方签署了“甲乙”框架协议。") == []


def test_programme_named_in_a_post_is_no_programme():
    assert inits("研讨会由WWF亚太区淡水项目负责人柏琳主持。") == []
    assert "亚太区淡水项目" in inits("亚太区淡水项目已实施三年。")


def test_quoted_centre_unveiled_is_a_body_not_a_platform():
    assert inits("甲城大学与老挝乙河大学共建的“澜湄高原湖泊联合研究中心”揭牌仪式在昆明举行。") == []
    assert "澜湄高原湖泊联合研究中心" in inits("双方将共同建设“澜湄高原湖泊联合研究中心”。")
