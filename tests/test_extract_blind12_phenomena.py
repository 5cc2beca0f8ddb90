"""Phenomena first met in the twelfth held-out set (a foreign delegation's visit, a
university's own news of its summer school, a ministerial meeting's report), each on invented
sentences (fictional people, bodies, places and programmes)."""
from .extractkit import countries as _countries, facts, orgs, post_facts as _posts, run


# 1. a unit named after its foreign parent inherits the parent's country -------------------------
_VISIT = ("3月5日，老挝农业与林业部林业司副司长Somsak KEO率团访问甲省。"
          "林业司森林保护处处长Bounmy SAY介绍了老挝的森林防火体系；森林资源监测处副处长Vanh LATH介绍了卫星监测情况。"
          "甲省林业局局长白云山表示，甲省愿与林业司在森林防火方面开展合作。")


def test_unit_named_by_its_foreign_parents_unit_name_is_of_that_country():
    c = _countries(_VISIT)
    assert ("老挝农业与林业部林业司森林保护处", "老挝") in c
    assert ("林业司森林保护处", "中国") not in c
    assert ("林业司", "中国") not in c


def test_parallel_clause_department_shares_the_restored_parent():
    c = _countries(_VISIT)
    assert ("老挝农业与林业部林业司森林资源监测处", "老挝") in c
    assert ("森林资源监测处", "中国") not in c
    p = _posts(_VISIT)
    assert ("Vanh LATH", "副处长", "老挝农业与林业部林业司森林资源监测处") in p


def test_place_then_modal_verb_is_no_body():
    assert not any(n.startswith("甲省愿") for n, _ in orgs("甲省愿与林业司在森林防火方面开展合作。"))
    assert not any("希望" in n for n, _ in orgs("乙市希望同丙国环境部加强合作。"))


def test_generic_unit_word_is_not_read_as_a_named_unit():
    # "办公室" names no one body: a bare 办公室 after another body's is not restored to it
    c = _countries("泰国环境部办公室主任A SOMCHAI出席。办公室综合处处长王明介绍了情况。")
    assert ("泰国环境部办公室综合处", "泰国") not in c


# 2. a university's own news: 我校 is the publisher, its bare schools are of its country ---------
_UNI = ("曲靖理工大学新闻网\n\n首页 > 学校要闻\n\n我校举办2024年澜湄青年水资源研修班\n\n来源：外事处　　发布时间：2024-09-02\n\n"
        "8月26日，“2024年澜湄青年水资源研修班”开班式在我校东校区学术交流中心举行。本次研修班由我校主办，"
        "海外教育学院、水利学院承办。海外教育学院院长葛文亮主持开班式。\n")


def test_our_university_is_the_publishing_university():
    ex, names = run(_UNI)
    roles = {(o, v) for _, o, v in facts(ex, names, "event_role")}
    assert ("曲靖理工大学", "host") in roles


def test_bare_school_of_the_publishing_university_is_of_its_country():
    c = _countries(_UNI)
    assert ("海外教育学院", "中国") in c


def test_campus_building_is_a_venue_not_a_unit():
    c = _countries(_UNI)
    assert not any("校区" in o for o, _ in c)


def test_our_school_needs_an_academic_publisher():
    # a ministry's news saying 我校 (a quote of a university's words) does not make the ministry a school
    ex, names = run("某国教育部新闻\n\n某某项目启动\n\n5月3日，A大学校长王海说，我校将承办该项目。\n")
    roles = {(o, v) for _, o, v in facts(ex, names, "event_role")}
    assert not any("教育部" in o for o, _ in roles)


# 3. civil-service rank titles; a lecture as a speech ----------------------------------------------
def test_civil_service_rank_titles():
    p = _posts("甲省水利厅水资源处一级调研员柏青山介绍了情况。乙市生态环境局二级主任科员卢晓云参加了会议。")
    assert ("柏青山", "一级调研员", "甲省水利厅水资源处") in p
    assert ("卢晓云", "二级主任科员", "乙市生态环境局") in p


def test_a_lecture_given_is_a_speech():
    ex, names = run("5月8日，2024年澜湄水资源管理研修班在昆明开班。昆明理工大学教授陶一鸣讲授了流域综合管理的方法。")
    assert "陶一鸣" in {s for s, _, _ in facts(ex, names, "speech")}


# 3b. two posts joined by 兼, the second in a unit of the first post's body -------------------------
def test_second_post_after_jian_is_in_a_unit_of_the_first_body():
    p = _posts("曲靖理工大学副校长兼研究生院院长韦振宇出席并致辞。")
    assert ("韦振宇", "副校长", "曲靖理工大学") in p
    assert ("韦振宇", "院长", "曲靖理工大学研究生院") in p
    c = _countries("曲靖理工大学副校长兼研究生院院长韦振宇出席并致辞。")
    assert ("曲靖理工大学研究生院", "中国") in c


def test_second_post_after_jian_in_a_foreign_body_keeps_its_country():
    c = _countries("柬埔寨环境部国务秘书兼自然保护总司总司长Sok CHAN出席。")
    assert ("柬埔寨环境部自然保护总司", "柬埔寨") in c


def test_jian_between_two_bare_titles_is_still_one_compound_title():
    from .extractkit import posts
    assert posts("外交部亚洲司参赞兼处长罗青出席。") == [("罗青", "参赞兼处长", "外交部亚洲司")]


# 3c. a post in a relative clause before the name ---------------------------------------------------
def test_post_in_a_relative_clause_before_the_name():
    from .extractkit import posts
    assert ("Malee SUKJAI", "副院长", "泰国孔敬大学农学院") in posts(
        "现任泰国孔敬大学农学院副院长的Malee SUKJAI副教授分享了经验。")
    assert ("宋明", "院长", "老挝国立大学林学院") in posts("现任老挝国立大学林学院院长的宋明副教授介绍了情况。")


def test_title_then_de_without_xianren_is_no_post():
    from .extractkit import posts
    assert not any(p[0] == "精彩演讲" for p in posts("泰国孔敬大学农学院副院长的精彩演讲引发讨论。"))


# 4. a day named inside a longer event's span dates the event reported -------------------------------
def test_day_inside_a_longer_events_span_dates_the_side_event():
    ex, names = run("中心在甲会议举办流域适应边会\n\n第五届甲河流域大会于2024年9月3日至8日在曼谷举行。大会期间的9月5日，"
                    "甲河合作中心在大会展区主办“流域适应”边会。约60名代表参会。\n")
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2024-09-05"}


def test_span_alone_still_dates_by_its_first_day():
    ex, names = run("甲河论坛举行\n\n第五届甲河流域大会于2024年9月3日至8日在曼谷举行。约60名代表参会。\n")
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2024-09-03"}


# 6. a conjunction glued to a programme's name; a list of projects is no programme ------------------
def test_yiji_before_a_programme_is_no_part_of_its_name():
    from .extractkit import inits
    got = inits("会议审议了合作方案以及澜湄流域生态修复示范项目的进展。")
    assert not any(n.startswith(("及", "以")) for n in got)


def test_a_list_of_key_projects_is_no_programme():
    from .extractkit import inits
    assert not any("重点项目" in n for n in inits("代表们讨论了实施方案，以及2025年澜湄水资源合作重点项目清单。"))


# 3d. the deputy named right after the head, in the next clause, is of the same body -----------------
def test_deputy_after_the_head_in_the_next_clause_shares_the_body():
    from .extractkit import posts
    got = posts("甲省林业局局长白云山致欢迎辞，副局长柏青介绍了情况。")
    assert ("柏青", "副局长", "甲省林业局") in got


def test_other_title_in_the_next_clause_is_not_given_the_body():
    from .extractkit import posts
    got = posts("甲省林业局局长白云山致欢迎辞，副市长柏青介绍了情况。")
    assert ("柏青", "副市长", "甲省林业局") not in got


# 6b. a short form of a document's name is the one longer document ending with it ----------------------
def test_short_document_name_is_the_full_document():
    ex, names = run("甲河论坛举行\n\n2024年5月6日，第二届甲河流域部长级会议在万象举行。会议通过了《第二届甲河流域部长级会议联合声明》。"
                    "部长们表示，《联合声明》为下一步合作指明了方向。\n")
    docs = {n for k, n in names.items() if k.startswith("document:")}
    assert docs == {"第二届甲河流域部长级会议联合声明"}


def test_short_document_name_with_two_candidates_stays_apart():
    ex, names = run("甲河论坛举行\n\n2024年5月6日，甲河会议在万象举行。会议通过了《甲河会议联合声明》，并回顾了《乙河峰会联合声明》。"
                    "部长们表示，《联合声明》为合作指明了方向。\n")
    docs = {n for k, n in names.items() if k.startswith("document:")}
    assert "联合声明" in docs
