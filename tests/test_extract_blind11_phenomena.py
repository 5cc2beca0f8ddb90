"""Phenomena first met in the eleventh held-out set (a meeting notice with an agenda, an annual
review, a translated digest of foreign ministries' news, a company's news, a forum report, a
dialogue of two water bodies), each on invented sentences (fictional people, bodies, places
and programmes)."""
from .extractkit import countries as _countries, facts, posts, run


def _events(text):
    ex, names = run(text)
    d = {s: v for s, _, v in facts(ex, names, "event_date")}
    p = {s: o for s, o, _ in facts(ex, names, "event_place")}
    return sorted((d.get(k), p.get(k)) for k in set(d) | set(p))


# 1. a meeting notice: numbered parts, labelled date and place, an agenda of speakers ----------
_NOTICE = ("甲省水利厅国际合作处\n\n甲水函〔2024〕12号\n\n关于举办2024年甲乙河流水文监测研讨会的通知\n\n各有关单位：\n\n"
           "为推进甲乙水文合作，经研究，定于2024年10月在云南省大理市举办2024年甲乙河流水文监测研讨会。现将有关事项通知如下：\n\n"
           "一、会议时间\n\n2024年10月22日至23日，会期2天。10月21日报到。\n\n"
           "二、会议地点\n\n苍山会议中心（云南省大理市某某路）\n\n"
           "三、组织单位\n\n主办单位：甲省水利厅\n\n承办单位：甲省水文研究中心\n\n"
           "四、会议议程（拟）\n\n10月22日上午　开幕式\n\n"
           "主持：甲省水文研究中心副主任　蓝晓雨\n\n"
           "致辞：甲省水利厅副厅长　白景川\n\n"
           "　　　老挝水利部水文司司长　Anna PHOMMA\n\n"
           "报告人：乙国河流研究所所长　Tom KEO；丙市水务局副局长　吴海平\n\n"
           "召集人：甲省水文研究中心监测处处长　何青\n\n"
           "闭幕式　总结讲话：甲省水文研究中心主任　柏林川\n\n"
           "五、有关要求\n\n请于10月10日前报送回执。\n\n"
           "附件1\n\n参会回执\n\n单位名称：＿＿＿＿＿＿\n抵达航班（车次）及时间：＿＿＿＿＿＿\n"
           "备注：请于10月10日前将回执发送至会务组邮箱。\n")


def test_numbered_parts_of_a_notice_are_no_headlines():
    from lmec_kg.extract.text import layout
    arts = layout(_NOTICE).articles
    assert [a.headline.text if a.headline else None for a in arts] == ["关于举办2024年甲乙河流水文监测研讨会的通知"]


def test_a_numbered_section_reporting_an_event_is_still_a_headline():
    from lmec_kg.extract.text import layout
    t = ("某中心工作简报\n2023年4月2日\n\n一、培训班在万象开班\n\n3月20日，甲乙水质培训班在万象开班。\n\n"
         "二、会议时间安排调整\n\n3月25日，甲乙河流研讨会在昆明召开。\n")
    assert len([a for a in layout(t).articles if a.headline]) == 2


def test_labelled_date_makes_the_notice_month_precise():
    assert _events(_NOTICE) == [("2024-10-22", "大理")]


def test_labelled_date_and_place_on_the_same_line():
    t = ("关于召开甲乙湿地保护座谈会的通知\n\n各有关单位：\n\n定于2024年6月召开甲乙湿地保护座谈会，现将有关事项通知如下：\n\n"
         "会议时间：2024年6月18日\n会议地点：泰国清迈某酒店\n")
    assert _events(t) == [("2024-06-18", "清迈")]


def test_a_labelled_date_of_another_month_does_not_override():
    t = ("关于召开甲乙湿地保护座谈会的通知\n\n各有关单位：\n\n定于2024年6月在昆明召开甲乙湿地保护座谈会。现通知如下：\n\n"
         "报名时间：2024年5月10日\n")
    assert _events(t) == [("2024-06", "昆明")]


def test_agenda_lines_give_posts_with_the_name_after_a_space():
    ps = set(posts("致辞：甲省水利厅副厅长　白景川"))
    assert ps == {("白景川", "副厅长", "甲省水利厅")}
    ps = set(posts("报告人：乙国河流研究所所长　Tom KEO；丙市水务局副局长　吴海平"))
    assert ("Tom KEO", "所长", "乙国河流研究所") in ps and ("吴海平", "副局长", "丙市水务局") in ps


def test_a_space_then_a_word_that_is_no_name_makes_no_post():
    assert posts("甲省水利厅副厅长　出席会议并讲话") == []


def test_agenda_speakers_and_not_the_chair_or_convenor():
    ex, names = run(_NOTICE)
    spk = {s for s, _, _ in facts(ex, names, "speech")}
    assert spk == {"白景川", "Anna PHOMMA", "Tom KEO", "吴海平", "柏林川"}
    got = {(p, o) for p, o, _ in facts(ex, names, "post")}
    assert {("蓝晓雨", "甲省水文研究中心"), ("何青", "甲省水文研究中心监测处"), ("Anna PHOMMA", "老挝水利部水文司")} <= got


def test_notice_roles_belong_to_the_notice_event():
    ex, names = run(_NOTICE)
    assert {(o, r) for _, o, r in facts(ex, names, "event_role")} == {("甲省水利厅", "host"), ("甲省水文研究中心", "organizer")}


# 2. an annual review published the next January; places of its entries ---------------------
_REVIEW = ("甲乙河流研究中心\n\n简报\n\n2025年 第1期\n\n2025年1月15日\n\n甲乙河流研究中心2024年度大事记\n\n"
           "2024年，中心围绕“甲乙绿色河流计划”开展了各项工作。现将全年主要工作整理如下。\n\n"
           "1月9日，中心召开2024年度工作会议。\n\n"
           "2月20日，中心支持的甲乙湿地监测项目在老挝万象启动。\n\n"
           "4月中旬，中心组织专家赴老挝琅南塔省，对示范项目开展中期评估。\n\n"
           "5月27日，甲乙河流周系列活动——澜湄青山计划：流域保护圆桌对话在云南昆明举行。\n\n"
           "10月15日至20日，甲乙环境管理官员研修班在浙江湖州举办。\n\n"
           "11月13日，中心在巴西贝伦某某大会中国角举办甲乙气候边会。\n")


def test_entries_of_a_year_review_take_the_reviewed_year():
    ev = _events(_REVIEW)
    dates = sorted(d for d, _ in ev)
    assert dates == ["2024-01-09", "2024-02-20", "2024-04", "2024-05-27", "2024-10-15", "2024-11-13"]


def test_entries_of_a_year_review_get_their_places():
    ev = dict(_events(_REVIEW))
    assert ev["2024-04"] == "琅南塔" and ev["2024-05-27"] == "昆明"
    assert ev["2024-10-15"] == "湖州" and ev["2024-11-13"] == "贝伦" and ev["2024-02-20"] == "万象"


def test_news_of_january_about_december_still_goes_back_one_year_only_by_month():
    t = "某中心动态\n\n2025年1月15日\n\n甲乙研讨会在昆明举行\n\n1月9日，甲乙研讨会在昆明举行。\n"
    assert _events(t) == [("2025-01-09", "昆明")]


def test_a_review_of_the_same_year_keeps_the_publication_year():
    t = ("某中心简报\n\n2024年12月30日\n\n某中心2024年工作回顾\n\n2024年，中心开展了多项工作。\n\n"
         "3月5日，甲乙研讨会在昆明举行。\n")
    assert ("2024-03-05", "昆明") in _events(t)


def test_a_city_opening_a_venue_or_site_before_the_verb():
    from lmec_kg.extract.events import find_place
    for t, want in (("中心在巴西贝伦某某大会中国角举办边会。", "贝伦"),
                    ("代表团赴琅勃拉邦省项目场址开展实地踏勘。", "琅勃拉邦"),
                    ("代表团前往老挝万象某某中心参观。", "万象")):
        assert find_place(t, 0, len(t))[0] == want


def test_no_site_place_from_a_list_a_role_phrase_or_a_province():
    from lmec_kg.extract.events import find_place
    for t in ("双方同意在万象和琅勃拉邦选取试点街区开展评估。", "活动在昆明市某局的支持下举办。",
              "代表团在曼谷某某陪同下参观了工厂。", "会议在云南某地举行。", "在中国驻老挝大使馆举行招待会。"):
        assert find_place(t, 0, len(t)) is None


def test_a_programme_named_bare_with_plan_in_it_is_no_future():
    from lmec_kg.extract.events import secondary_event
    t = "5月27日，甲乙河流周系列活动——澜湄青山计划：流域保护圆桌对话在云南昆明举行。"
    r = secondary_event(t, 0, len(t), "2024-06-01", 2024, "2024-01-09")
    assert r is not None and r[0] == "2024-05-27"
    t = "5月27日，中心计划在昆明举办圆桌对话。"
    assert secondary_event(t, 0, len(t), "2024-06-01", 2024, "2024-01-09") is None


def test_supporter_of_an_event_it_helps_another_body_hold():
    from .extractkit import roles_of
    t = "3月6日至7日，甲省环境研究中心支持老挝水利部在万象举办甲乙河流研讨会。"
    assert set(roles_of(t)) == {("甲省环境研究中心", "supporter"), ("老挝水利部", "host")}


def test_supporter_of_a_project_launched_in_a_review_entry():
    ex, names = run(_REVIEW, publisher="甲乙河流研究中心")
    assert ("甲乙河流研究中心", "supporter") in {(o, r) for _, o, r in facts(ex, names, "event_role")}


def test_support_of_a_person_or_of_a_cause_is_no_role():
    from .extractkit import roles_of
    assert roles_of("3月6日，甲省环境研究中心支持青年学者在万象开展研究。") == []
    assert roles_of("他表示，中方支持老方在湄公河流域开展合作。") == []


# 3. departments of foreign ministries keep their ministry's country ---------------------------
_DIGEST = ("某国动态\n\n2025年4月2日\n\n甲乙研讨会在万象举行\n\n"
           "3月20日，甲乙研讨会在万象举行。研讨会由老挝水利部主办，该部水文监测司承办。"
           "老挝水利部规划司、水文监测司及各省水利厅的50余名技术人员参加。\n\n"
           "水文监测司代理司长Anna PHOMMA介绍了研讨会安排。规划司副司长吴海明在研讨中发言。\n")


def test_a_bare_department_is_the_one_named_with_its_ministry_before():
    ex, names = run(_DIGEST)
    c = {(s, o) for s, o, _ in facts(ex, names, "country")}
    assert ("老挝水利部水文监测司", "老挝") in c and ("老挝水利部规划司", "老挝") in c
    assert not any(o == "中国" for _, o in c)
    got = {(p, t, o) for p, o, t in facts(ex, names, "post")}
    assert ("Anna PHOMMA", "代理司长", "老挝水利部水文监测司") in got and ("吴海明", "副司长", "老挝水利部规划司") in got


def test_that_ministrys_department_as_organiser():
    ex, names = run(_DIGEST)
    assert {(o, r) for _, o, r in facts(ex, names, "event_role")} == {("老挝水利部", "host"), ("老挝水利部水文监测司", "organizer")}


def test_a_bare_department_two_ministries_have_stays_apart():
    t = ("某国动态\n\n2025年4月2日\n\n甲乙研讨会在万象举行\n\n3月20日，甲乙研讨会在万象举行。"
         "老挝水利部规划司、泰国农业部规划司代表参加。规划司副司长吴海明发言。\n")
    got = {(p, o) for p, o, _ in facts(*run(t), "post")}
    assert ("吴海明", "老挝水利部规划司") not in got and ("吴海明", "泰国农业部规划司") not in got


def test_a_body_listed_before_yiji_is_cut_there():
    ex, names = run("某中心动态\n\n2025年4月2日\n\n甲乙研讨会在万象举行\n\n3月20日，甲乙研讨会在万象举行。"
                    "老挝水利部、万象市水务局、某某河流管理局以及社区代表约60人参加。\n")
    assert "某某河流管理局" in set(names.values())


def test_a_body_under_the_state_council_is_one_name():
    ex, names = run("某公司新闻\n\n2025年4月2日\n\n某公司签约\n\n3月20日，某公司在昆明签约。"
                    "该公司是国务院国有资产监督管理委员会监管的中央企业。\n")
    assert "国务院" not in set(names.values()) and "国务院国有资产监督管理委员会" in set(names.values())


def test_a_foreign_ministry_named_with_its_country_is_not_chinas():
    from lmec_kg.resolve import resolve
    from .kbfactory import brief, ent
    kb = resolve([brief("b1", [ent("organization:外交部"), ent("organization:外交部亚洲司"), ent("organization:泰国外交部"),
                               ent("organization:泰国外交部东盟司")],
                        [("country", "organization:外交部", "country:CN"), ("country", "organization:泰国外交部", "country:TH"),
                         ("part_of", "organization:泰国外交部东盟司", "organization:泰国外交部")])])
    by_name = {(b, n): k for b, k, n in kb.local_names}
    assert by_name[("b1", "外交部")] != by_name[("b1", "泰国外交部")]


# 4. posts: field words before a staff title, a body's kind word for the one named before,
# the last item of a list after 以及, a company with its country in parentheses ---------------
_DELEGATION = ("某中心动态\n\n2025年4月2日\n\n甲乙技术对话在北京举行\n\n3月20日，甲乙技术对话在北京举行。"
               "老挝国家湄公河委员会秘书处执行主任Anna LIM率代表团出席，代表团成员包括秘书处规划司司长Tom KEO、"
               "水质监测高级项目官员Lisa WONG、湿地保护首席专家Mark SOK，以及特邀专家王五。\n")


def test_field_word_and_staff_title_in_a_list_of_one_bodys_people():
    ex, names = run(_DELEGATION)
    got = {(p, t, o) for p, o, t in facts(ex, names, "post")}
    body = "老挝国家湄公河委员会秘书处"
    assert {("Anna LIM", "执行主任", body), ("Tom KEO", "司长", body + "规划司"),
            ("Lisa WONG", "水质监测高级项目官员", body), ("Mark SOK", "湿地保护首席专家", body)} <= got
    assert not any(p == "王五" for p, _, _ in got)  # an invited expert is no member of the body


def test_committee_word_for_the_committee_named_before():
    t = ("某中心动态\n\n2025年12月20日\n\n甲乙专家咨询委员会年会召开\n\n"
         "12月18日，甲乙河流专家咨询委员会2025年会以视频方式召开。委员会主任委员、某某大学环境学院教授周青山主持会议。\n")
    got = {(p, t, o) for p, o, t in facts(*run(t), "post")}
    assert ("周青山", "主任委员", "甲乙河流专家咨询委员会") in got and ("周青山", "教授", "某某大学环境学院") in got


def test_committee_word_with_two_committees_before_is_left_alone():
    t = ("某中心动态\n\n2025年12月20日\n\n两委员会联席会议召开\n\n"
         "12月18日，甲河专家咨询委员会与乙河专家咨询委员会联席会议召开。委员会主任委员周青山主持会议。\n")
    got = {(p, o) for p, o, _ in facts(*run(t), "post")}
    assert not any(p == "周青山" for p, _ in got)


def test_last_guest_after_yiji_in_a_parenthesised_list():
    assert posts("对话嘉宾包括：王一（甲国某研究所所长）、Ann LEE（乙国某大学副教授）以及苏小荷（丙国某研究院助理研究员）。")[-1] == \
        ("苏小荷", "助理研究员", "丙国某研究院")
    assert posts("嘉宾：和平（某研究所所长）。") == []


def test_company_with_its_country_of_registration_in_parentheses():
    ps = posts("签约仪式上，青川能源（柬埔寨）有限公司总经理方一舟介绍了项目。")
    assert ps == [("方一舟", "总经理", "青川能源（柬埔寨）有限公司")]
    ex, names = run("某集团新闻\n\n2025年4月2日\n\n青川集团签约\n\n3月20日，签约仪式在金边举行。仪式由青川集团主办，"
                    "青川能源（柬埔寨）有限公司承办。\n")
    assert ("青川能源（柬埔寨）有限公司", "organizer") in {(o, r) for _, o, r in facts(ex, names, "event_role")}
    assert ("青川能源（柬埔寨）有限公司", "柬埔寨") in {(s, o) for s, o, _ in facts(ex, names, "country")}
    assert posts("青川能源（某某）有限公司总经理方一舟出席。") != [("方一舟", "总经理", "青川能源（某某）有限公司")]


# 5. a platform's name after a verb or after a topic joined by 与 ------------------------------
def test_platform_name_after_a_verb_of_widening():
    from .extractkit import inits
    assert inits("双方希望进一步扩大澜湄湿地监测数据共享平台与各国系统的对接。") == ["澜湄湿地监测数据共享平台"]
    assert inits("拓展中国-东盟红树林保护合作平台的功能。") == ["中国-东盟红树林保护合作平台"]


def test_a_topic_joined_by_yu_before_a_platform_is_no_part_of_it():
    from .extractkit import inits
    assert inits("专题交流二：山洪预警与澜湄湿地监测数据共享平台应用") == ["澜湄湿地监测数据共享平台"]


def test_yu_inside_a_platform_name_with_a_proper_element_stays():
    from .extractkit import inits
    assert inits("推进澜湄森林与可持续生计合作平台建设。") == ["澜湄森林与可持续生计合作平台"]
    assert inits("推进澜湄森林与湿地合作平台建设。") == ["澜湄森林与湿地合作平台"]


# 6. companies and associations: their country ------------------------------------------------
def test_a_company_of_chinese_company_law_is_chinese_whatever_its_name_says():
    from lmec_kg.extract.orgs import guess_country
    assert guess_country("青川国际工程有限公司") == "CN"
    assert guess_country("亚太青川水电股份有限公司") == "CN"
    assert guess_country("青川能源（柬埔寨）有限公司") == "KH"
    assert guess_country("亚太青川研究中心") is None  # an international marker still counts elsewhere


def test_a_company_named_in_passing_is_a_body_with_its_country():
    t = "某中心动态\n\n2025年4月2日\n\n甲乙考察\n\n3月20日，考察组在景洪考察，听取了青川澜沧江水电股份有限公司技术人员的介绍。\n"
    assert ("青川澜沧江水电股份有限公司", "中国") in _countries(t)


def test_an_association_named_by_its_country_is_the_parent_of_its_unit():
    ex, names = run("某中心动态\n\n2025年4月2日\n\n甲乙论坛举行\n\n3月20日，甲乙论坛在南宁举行。"
                    "中国水电企业联合会国际部副主任吴青介绍了经验。\n")
    c = {(s, o) for s, o, _ in facts(ex, names, "country")}
    assert ("中国水电企业联合会", "中国") in c and ("中国水电企业联合会国际部", "中国") in c
    assert ("中国水电企业联合会国际部", "中国水电企业联合会") in {(s, o) for s, o, _ in facts(ex, names, "part_of")}


def test_a_known_bodys_unit_with_and_without_its_country_is_one_body():
    ex, names = run("某中心动态\n\n2025年4月2日\n\n甲乙论坛举行\n\n3月20日，甲乙论坛在南宁举行，泰国清迈大学社会研究所协办。"
                    "嘉宾：Anna LEE（清迈大学社会研究所研究员）。\n")
    orgs = {n for k, n in names.items() if k.startswith("organization:")}
    # one body, named as the briefing names it bare (the country only qualifies a city's name)
    assert "清迈大学社会研究所" in orgs and "泰国清迈大学社会研究所" not in orgs
    assert ("Anna LEE", "清迈大学社会研究所", "研究员") in facts(ex, names, "post")


def test_the_stages_of_a_generic_project_delivery_model_are_no_programme():
    from .extractkit import inits
    assert inits("电站由青川集团以“建设—运营—移交”（BOT）模式投资建设。") == []
    assert inits("以“设计-采购-施工”（EPC）模式承建。") == []
    assert inits("实施“绿色-低碳”（GLC）项目。") == ["绿色-低碳"]
    assert inits("某国以“低碳-循环经济模式”（LCE模式）为引领。") == ["低碳-循环经济模式"]
