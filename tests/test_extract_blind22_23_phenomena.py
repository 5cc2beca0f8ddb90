"""Phenomena first met in held-out sets 22 and 23 (centre briefings with talks and
memoranda; a press release signed at its foot, a news agency dispatch, a university news page),
each on invented sentences (fictional people, bodies, places and programmes)."""
from lmec_kg.extract.text import layout

from .extractkit import facts, inits, orgs, post_facts, posts, run


# 1. a release signed at its foot: the date there is no masthead, the body is read ---------------
_RELEASE = ("甲国驻华大使馆\n新闻公报\n\n甲乙河流合作成果交流会在京举行\n\n"
            "2031年6月16日，甲乙河流合作成果交流会在北京举行。交流会由甲国驻华大使馆主办，"
            "某某河流研究中心协办，各方代表约60人出席。\n\n"
            "使馆公使衔参赞Ana VELO主持交流会。甲国驻华大使白·山河致开幕词，"
            "某某河流研究中心副主任周青禾致辞。\n\n"
            "双方表示，将在水质监测和人员培训方面继续加强合作，推动成果在流域内推广应用。\n\n"
            "甲国驻华大使馆\n2031年8月30日\n")


def test_a_date_at_the_foot_is_no_masthead():
    lay = layout(_RELEASE)
    assert lay.masthead_end == 0
    assert lay.published == "2031-08-30"
    assert sum(len(a.sentences) for a in lay.articles) >= 5


def test_a_signed_release_is_read_whole_and_its_signature_is_no_body_text():
    ex, names = run(_RELEASE)
    assert ("周青禾", "副主任", "某某河流研究中心") in post_facts(_RELEASE)
    assert {d for _, _, d in facts(ex, names, "event_date")} == {"2031-06-16"}
    # the signature is not a sentence of the last article
    assert all(not s.text.startswith("甲国驻华大使馆") for a in layout(_RELEASE).articles for s in a.sentences
               if s.start > _RELEASE.index("双方表示"))


def test_the_signing_embassy_is_the_one_its_own_staff_belong_to():
    assert ("Ana VELO", "公使衔参赞", "甲国驻华大使馆") in post_facts(_RELEASE)


def test_a_date_in_the_last_line_of_prose_is_no_signature():
    text = "某中心动态\n\n甲乙论坛在昆明举行\n\n5月3日，甲乙论坛在昆明举行，会期至2031年5月5日。\n"
    assert layout(text).published is None


# 2. a web page's lead opening with its byline and a time of day ----------------------------------
def test_byline_and_time_of_day_before_the_lead_keep_the_first_article():
    text = ("某大学新闻网\n\n甲乙研修班在我校开班\n\n【发布日期：2031-11-22】\n\n"
            "本网讯 11月5日上午，甲乙研修班开班仪式在我校举行。研修班由某某河流研究中心主办。\n\n"
            "我校与某某大学签署合作协议\n\n"
            "11月18日，我校与某某大学在万象签署合作协议。\n")
    ex, names = run(text)
    assert {d for _, _, d in facts(ex, names, "event_date")} == {"2031-11-05", "2031-11-18"}


# 3. the year of a text without a masthead --------------------------------------------------------
def test_a_landmark_year_is_not_the_texts_year():
    text = ("某社昆明10月13日电 在“2030年后甲乙框架”讨论期间，甲乙对话会13日在昆明举行。\n")
    ex, names = run(text, path="/x/dispatch-2031.txt")
    assert {d for _, _, d in facts(ex, names, "event_date")} == {"2031-10-13"}


def test_the_texts_own_year_wins_over_the_files():
    text = "2032年10月13日，甲乙对话会在昆明举行。\n"
    ex, names = run(text, path="/x/dispatch-2031.txt")
    assert {d for _, _, d in facts(ex, names, "event_date")} == {"2032-10-13"}


# 4. organisation names that a clause or a second party must not run into -------------------------
def test_a_verb_inside_a_run_ends_the_body():
    found = [n for n, _ in orgs("白·山河表示，老挝湄江国立大学高度重视与滇南大学的合作。")]
    assert found[0] == "老挝湄江国立大学" and not any("重视" in n for n in found)
    assert [n for n, _ in orgs("我校与老挝国立大学签署共建联合研究中心协议")][-1] == "老挝国立大学"


def test_a_bare_body_and_a_countrys_body_are_two_parties():
    from lmec_kg.extract.orgs import standalone_org
    t = "中心与泰国某某大学签署备忘录"
    assert standalone_org(t, t.index("签"), 0).name == "泰国某某大学"
    t = "生态与环境学院签署备忘录"  # 与 inside one name stays
    assert standalone_org(t, t.index("签"), 0).name == "生态与环境学院"


def test_a_level_of_bodies_is_no_body():
    assert orgs("双方就推进老挝省级监测站建设交换了意见。") == []
    assert [n for n, _ in orgs("普洱西山国家级自然保护区管护局局长李青山出席。")] == ["普洱西山国家级自然保护区管护局"]


def test_a_listed_unit_named_a_and_b_keeps_its_parent():
    text = ("简报\n2031年第3期\n\n一、会谈\n8月27日，双方在北京举行会谈。"
            "柬埔寨环境部环境保护总司、环境知识与信息总司的有关负责人参加会谈。\n")
    ex, names = run(text)
    assert ("柬埔寨环境部环境知识与信息总司", "柬埔寨", None) in facts(ex, names, "country")


# 5. people and posts ------------------------------------------------------------------------------
def test_he_is_a_surname_after_a_title():
    assert posts("开班仪式由某省生态环境厅对外交流合作处处长和志远主持。") == [
        ("和志远", "处长", "某省生态环境厅对外交流合作处")]
    assert posts("某省生态环境厅处长和李青山出席。") == []  # 和 before a surname joins two people
    assert posts("某部部长和副部长出席。") == []


def test_a_counsellors_field_is_part_of_the_title():
    assert posts("中国驻甲国大使馆文化参赞白海潮出席签约仪式。") == [("白海潮", "文化参赞", "中国驻甲国大使馆")]


# 6. places and programmes --------------------------------------------------------------------------
def test_zhengzai_is_no_venue():
    text = ("一、双方在万象举行会谈\n7月12日，正在老挝访问的某部副部长白海潮在万象与老挝某部部长举行会谈。\n")
    ex, names = run(text, published="2031-07-20")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"万象"}


def test_a_verb_of_hosting_ends_a_bare_programme_name():
    assert inits("我校自2019年起连续承办澜湄国家河流保护研修项目。") == ["澜湄国家河流保护研修项目"]


def test_a_month_or_issue_line_below_the_prose_is_no_masthead():
    for foot in ("2031年8月", "2031年第5期"):
        text = ("甲乙河流合作交流会在京举行\n\n6月16日，甲乙河流合作交流会在北京举行，"
                "某某河流研究中心副主任周青禾致辞，各方代表约60人出席。\n\n" + foot + "\n")
        lay = layout(text)
        assert lay.masthead_end == 0, foot
        assert sum(len(a.sentences) for a in lay.articles) >= 1, foot


# 7. held-out set 24: places listed with 和 or counted (两地), committees, a post in parentheses -----
def test_the_first_of_listed_places_is_the_venue():
    for lead in ("7月16日至19日，甲国代表团先后在南宁、北海两地开展交流考察。",
                 "9月9日至12日，甲国代表团先后在昆明市和普洱市就河流保护合作开展交流。"):
        ex, names = run("一、甲国代表团来访\n" + lead + "\n", published="2031-09-20")
        places = {o for _, o, _ in facts(ex, names, "event_place")}
        assert places and places <= {"南宁", "昆明"}, lead


def test_a_places_committee_before_a_title_is_a_body():
    assert posts("开营仪式上，共青团云南省委副书记白海燕致辞。") == [("白海燕", "副书记", "共青团云南省委")]
    assert orgs("云南省委托某机构开展研究。") == []  # 委托 is a verb, not a committee


def test_a_post_in_parentheses_after_a_title_and_name():
    p = posts("上一届轮值主席陈青山（越南自然资源与环境战略政策研究院副院长）表示感谢。")
    assert ("陈青山", "副院长", "越南自然资源与环境战略政策研究院") in p
    p = posts("轮值主席Anna VELO（某某大学环境学院院长）致辞。")
    assert ("Anna VELO", "院长", "某某大学环境学院") in p


def test_role_units_listed_in_turn():
    from .extractkit import roles_of
    r = roles_of("三期研讨会的承办单位依次为南京大学环境学院、中国科学院生态环境研究中心和北京大学环境学院。")
    assert {o for o, role in r if role == "organizer"} == {"南京大学环境学院", "中国科学院生态环境研究中心", "北京大学环境学院"}


def test_a_body_that_ran_part_of_the_event_organises_it():
    from .extractkit import roles_of
    assert roles_of("大理白族自治州人民政府外事办公室承办了大理段的采访活动。") == [
        ("大理白族自治州人民政府外事办公室", "organizer")]
    assert roles_of("中国科学院生态环境研究中心承办了多项课题。") == []  # no event in the clause


def test_an_elected_chair_holds_the_post_in_the_body_named_before():
    text = ("二、甲乙河流智库网络年会召开\n11月24日，甲乙河流智库网络2031年年会在北京召开。"
            "按照网络章程，两年来网络运行良好。会议选举泰国朱拉隆功大学环境研究所所长Anna VELO为网络2032—2033年度轮值主席。"
            "某某大学环境学院院长白海潮当选网络新一届副主席。\n")
    p = post_facts(text, published="2031-11-30")
    assert ("Anna VELO", "轮值主席", "甲乙河流智库网络") in p
    assert ("白海潮", "副主席", "甲乙河流智库网络") in p
    assert not any(o in ("按照网络", "两年来网络") for _, _, o in p)


def test_name_title_then_the_body_in_parentheses():
    assert posts("会上，白海潮研究员（中国科学院生态环境研究中心）作主旨报告。") == [
        ("白海潮", "研究员", "中国科学院生态环境研究中心")]


def test_a_reporter_of_a_named_agency_holds_a_post_but_a_byline_makes_none():
    assert ("Anna VELO", "记者", "越南通讯社") in posts("越南通讯社记者Anna VELO在采访中表示，当地做法令人印象深刻。")
    ex, names = run("新华社昆明10月13日电（记者白海潮、丁雨石）甲乙对话会13日在昆明举行。\n", published="2031-10-13")
    assert facts(ex, names, "post") == set()
