"""Phenomena first met in the seventh held-out set (minutes, a WeChat article, a local
government item, an embassy release, an annual review), each on invented sentences
(fictional people, bodies, places and programmes)."""
from .extractkit import facts, orgs, posts, run


# 1. the post in parentheses after the name ----------------------------------------------------
def test_post_in_parentheses_after_a_name():
    assert posts("蓝·海川（某国水利部水质管理司司长）致欢迎辞。") == [("蓝·海川", "司长", "水质管理司")] or \
        posts("蓝·海川（某国水利部水质管理司司长）致欢迎辞。")[0][:2] == ("蓝·海川", "司长")
    assert posts("主持人：周小禾（甲市环境保护研究中心副主任）、Anna BELL（乙国林业部规划司处长）") == [
        ("周小禾", "副主任", "甲市环境保护研究中心"), ("Anna BELL", "处长", "乙国林业部规划司")] or \
        [p[0] for p in posts("主持人：周小禾（甲市环境保护研究中心副主任）、Anna BELL（乙国林业部规划司处长）")] == ["周小禾", "Anna BELL"]
    assert ("Lee Mok", "副总司长", "老挝水利部山林总司") in posts("Lee Mok（老挝水利部山林总司副总司长）表示，双方将加强合作。")


def test_title_alone_in_parentheses_takes_the_body_before_the_name():
    assert posts("生态环境部气候变化司吴思远（副司长）介绍了情况。") == [("吴思远", "副司长", "生态环境部气候变化司")]


def test_parentheses_without_a_name_before_make_no_post():
    assert posts("会议听取了湄公河（下游段主任）汇报。") == []
    assert posts("他在会上（此处为附注说明）说明了情况。") == []


def test_parenthesised_speakers_speak():
    ex, names = run("甲国河流论坛\n2023年5月6日\n第二届甲乙河流论坛在昆明举行。\n"
                    "孔·达明（老挝水利部水质司司长）致欢迎辞。吴思远（生态环境部气候变化司副司长）表示，愿加强合作。\n")
    spk = {s for s, _, _ in facts(ex, names, "speech")}
    assert {"孔·达明", "吴思远"} <= spk


# 2. layout: section headings that are no new event, a headline's English line, note lines ----
def _dates(text):
    ex, names = run(text)
    return sorted(v for _, _, v in facts(ex, names, "event_date"))


def test_numbered_speech_section_is_no_new_event():
    from lmec_kg.extract.text import layout
    t = ("某某工作组会议纪要\n2023年4月2日印发\n\n工作组第三次会议于2023年3月28日在万象召开。\n\n"
         "一、开幕致辞\n\n孔·达明（老挝水利部水质司司长）致欢迎辞。\n\n二、闭幕式\n\n会议在友好气氛中结束。\n")
    assert [a.headline for a in layout(t).articles] == [None]
    assert _dates(t) == ["2023-03-28"]


def test_numbered_section_reporting_an_event_stays_a_headline():
    from lmec_kg.extract.text import layout
    t = ("某中心工作简报\n2023年4月2日\n\n一、培训班在万象开班\n\n3月20日，甲乙水质培训班在万象开班。\n\n"
         "二、研讨会在昆明召开\n\n3月25日，甲乙河流研讨会在昆明召开。\n")
    assert len([a for a in layout(t).articles if a.headline]) == 2


def test_wechat_numbered_section_is_no_headline():
    from lmec_kg.extract.text import layout
    t = ("护河营结营\n原创  某公众号  2023年8月6日\n\n7月20日，甲乙青年护河营在大理开营。\n\n01 | 营员说\n\n"
         "8月1日，营员们分享了心得。\n")
    assert [a.headline for a in layout(t).articles] == [None]


def test_english_line_under_a_headline_and_a_note_line():
    from lmec_kg.extract.text import layout
    t = ("某国大使馆\n\n新闻稿\n\n2023年5月9日\n\n中乙签署水资源合作协议\n"
         "China and Someland Sign an Agreement on Water Resources Cooperation Between the Two Ministries\n\n"
         "（本稿据英文通稿编译。）\n\n2023年5月8日，协议签字仪式在曼谷举行。\n")
    arts = layout(t).articles
    assert arts[0].headline is not None and arts[0].headline.text == "中乙签署水资源合作协议"
    assert arts[0].sentences[0].text.startswith("2023年5月8日")
    assert _dates(t) == ["2023-05-08"]


# 3. the lead paragraph after header lines or a teaser ------------------------------------------
def _events(text):
    ex, names = run(text)
    d = {s: v for s, _, v in facts(ex, names, "event_date")}
    p = {s: o for s, o, _ in facts(ex, names, "event_place")}
    return sorted((d.get(k), p.get(k)) for k in set(d) | set(p))


def test_header_lines_before_the_report_of_minutes():
    t = ("甲乙水资源工作组第二次会议纪要\n2023年9月1日印发\n\n会议时间：2023年8月21日至22日\n会议地点：泰国清迈\n"
         "主持人：蓝·海川（老挝水利部水质管理司司长）\n\n"
         "甲乙水资源工作组第二次会议于2023年8月21日至22日在泰国清迈召开。会议由甲中心主办。\n")
    assert _events(t) == [("2023-08-21", "清迈")]


def test_a_teaser_before_the_lead_paragraph_of_a_wechat_article():
    t = ("山水有约｜甲乙青年护河营结营\n原创  某公众号  2023年8月6日\n\n点击上方蓝字，关注我们\n\n"
         "五天，四国，三十个年轻人。\n\n7月20日至24日，甲乙青年护河营在大理举办。\n")
    assert _events(t) == [("2023-07-20", "大理")]


def test_a_dated_first_paragraph_stays_the_lead():
    t = ("某中心动态\n2023年5月9日\n\n5月8日，甲乙河流对话在万象举行。\n\n"
         "6月2日，另一场乙丙研讨会将在昆明召开。\n")
    assert ("2023-05-08", "万象") in _events(t)


def test_a_field_trip_within_the_event_days_is_no_event():
    t = ("某大学新闻网\n\n发布日期：2023年06月09日\n\n6月3日至5日，甲乙论坛在昆明举行。\n\n"
         "5日上午，与会代表赴某湖湿地开展野外考察。\n")
    assert _events(t) == [("2023-06-03", "昆明")]


# 4. an annual review: numbered items, each an event with its own date and place ---------------
_REVIEW = ("甲乙河流研究院\n\n2022年工作回顾\n\n（2023年1月）\n\n"
           "一、概况\n\n甲乙河流研究院（以下简称“研究院”）2018年5月在昆明揭牌成立，秘书处设在某大学。\n\n"
           "二、年度活动\n\n（一）4月12日，研究院与某省林业科学研究所在大理共同主办湿地监测研讨会。\n\n"
           "（二）6月6日至8日，水质监测培训班在老挝万象举办。培训班由研究院主办，老挝水利部水质司指导，"
           "该司副司长Anna BELL出席开班式并致辞。\n\n"
           "（三）10月，第二届青年学者论坛在泰国清迈举行。\n\n"
           "三、下一步工作\n\n（一）完善制度建设。\n")


def test_review_items_are_events_of_their_own():
    assert _events(_REVIEW) == [("2022-04-12", "大理"), ("2022-06-06", "万象"), ("2022-10", "清迈")]


def test_a_founding_in_the_mandate_paragraph_is_no_event():
    assert all(d != "2018-05" for d, _ in _events(_REVIEW))


def test_short_name_defined_in_parentheses_names_the_body():
    ex, names = run(_REVIEW)
    r = {(o, v) for _, o, v in facts(ex, names, "event_role")}
    assert ("甲乙河流研究院", "host") in r


def test_roles_before_a_person_in_the_same_sentence():
    ex, names = run(_REVIEW)
    r = {(o, v) for _, o, v in facts(ex, names, "event_role")}
    assert ("老挝水利部水质司", "guide") in r


def test_undated_numbered_items_open_no_event():
    from lmec_kg.extract.text import layout
    t = "某工作组会议纪要\n2023年9月1日\n\n会议决定：\n（一）原则通过工作计划；\n（二）设立专家小组，由双方共同牵头。\n"
    assert len(layout(t).articles) == 1


# 5. organisation names: party committees, a city before a country's body, a seat's country in
# parentheses, halls of a venue --------------------------------------------------------------
def test_youth_league_and_party_committees_keep_their_head():
    assert ("共青团广西壮族自治区委员会", "CN") in orgs("共青团广西壮族自治区委员会副书记林某出席。")
    assert posts("共青团昆明市委员会书记赵小川致辞。") == [("赵小川", "书记", "共青团昆明市委员会")]


def test_a_city_before_a_countrys_body_is_where_it_is():
    assert orgs("仪式在万象老挝水利部大楼举行。") == [("老挝水利部", "LA")]


def test_a_city_before_its_own_body_stays_in_the_name():
    assert ("昆明市生态环境局", "CN") in orgs("昆明市生态环境局派员参加。")


def test_a_country_in_parentheses_between_a_body_and_its_office():
    names = [n for n, _ in orgs("支持单位：世界自然保护联盟（瑞士）北京代表处。")]
    assert "世界自然保护联盟北京代表处" in names and "北京代表处" not in names


def test_a_hall_is_no_body():
    assert orgs("开幕式在玉溪学院报告厅举行。") == [("玉溪学院", "CN")]
    assert ("云南省人民政府办公厅", "CN") in orgs("云南省人民政府办公厅派员出席。")


def test_gei_ends_a_name():
    assert posts("玉溪市林业局局长孙立平给学员们上了一课。") == [("孙立平", "局长", "玉溪市林业局")]


# 6. places and past references ------------------------------------------------------------
def test_a_river_bank_of_a_named_town():
    ex, names = run("某州新闻\n发布时间：2023-05-21\n\n5月20日，甲乙护河活动在勐海县某镇南溪河畔举行。\n")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"勐海"}


def test_a_venue_building_opens_with_its_city():
    ex, names = run("某国大使馆\n\n2023年5月9日\n\n甲乙签署合作协议\n\n2023年5月8日，签字仪式在曼谷泰国外交部大楼举行。\n")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"曼谷"}


def test_a_recalled_event_of_an_earlier_year_is_no_event():
    t = ("某州新闻\n发布时间：2024-05-21\n\n5月20日，甲乙护河活动在景洪举行。\n\n"
         "2022年11月，双方曾在勐腊联合举办首届交流会。\n")
    assert [d for d, _ in _events(t)] == ["2024-05-20"]
    t2 = t.replace("2022年11月", "今年3月")
    assert "2024-03" in [d for d, _ in _events(t2)]


# 7. a programme's name after "X框架下" or "来自" ------------------------------------------------
def test_programme_name_starts_after_framework_and_source_words():
    from .extractkit import inits
    assert "澜湄水资源青年交流项目" in inits("本次活动是“蓝河计划”框架下澜湄水资源青年交流项目的年度活动。")
    assert inits("中心经费部分来自澜湄合作专项基金。") == ["澜湄合作专项基金"]
    assert "澜湄绿色和南南合作基金" in inits("中心经费来自澜湄绿色和南南合作基金。")


# 8. "该司副司长": the department of that kind named just before -------------------------------
def test_that_department_refers_back_to_the_one_just_named():
    assert posts("培训班由老挝水利部水质司指导，该司副司长Anna BELL出席开班式并致辞。") == [
        ("Anna BELL", "副司长", "老挝水利部水质司")]


def test_that_department_without_one_named_before_has_no_body():
    assert posts("该司副司长王某出席。") == [("王某", "副司长", None)]


def test_a_diplomat_posted_abroad_without_a_country_is_chinas():
    from .extractkit import posts

    assert posts("驻老挝大使周某出席并致辞。") == [("周某", "大使", "中国驻老挝大使馆")]
    assert posts("驻东盟大使钱某出席。") == [("钱某", "大使", "中国驻东盟使团")]
    # the sending country, when named, is kept; posted to China or to a city: no guess
    assert posts("泰国驻华大使某某出席。") == [("某某", "驻华大使", "泰国驻华大使馆")]
    assert posts("驻华大使某某出席。") == [("某某", "驻华大使", None)]
    assert posts("驻曼谷总领事孙某出席。") == [("孙某", "驻曼谷总领事", None)]


def test_a_bare_department_after_one_of_a_named_ministry_is_of_it_with_any_joiner():
    for joiner in ("、", "及", "和"):
        text = f"某会议在河内举行\n\n5月3日，某会议在河内举行。会议由越南某某部甲合作司{joiner}乙保护司承办。\n"
        ex, names = run(text)
        assert ("某会议", "越南某某部乙保护司", "organizer") in facts(ex, names, "event_role"), joiner
        assert ("越南某某部乙保护司", "越南", None) in facts(ex, names, "country"), joiner
        text = f"某会议在河内举行\n\n5月3日，某会议在河内举行。越南某某部甲合作司司长阮文丙{joiner}乙保护司副司长黎氏丁出席。\n"
        ex, names = run(text)
        assert ("黎氏丁", "越南某某部乙保护司", "副司长") in facts(ex, names, "post"), joiner
    # bodies of their own (a place or a country in the name) keep their own names
    ex, names = run("某会议在昆明举行\n\n5月3日，某会议在昆明举行。会议由某某部甲合作司主办，云南省某某厅和昆明市某某局承办。\n")
    got = facts(ex, names, "event_role")
    assert ("某会议", "云南省某某厅", "organizer") in got and ("某会议", "昆明市某某局", "organizer") in got


def test_a_name_with_its_latin_form_opening_a_clause_and_speaking_is_a_person():
    lead = "某论坛在昆明举行\n\n5月3日，某论坛在昆明举行。某某部甲合作司司长王某出席并致辞。"
    for body, said in (("林思雅（Sophia LIN）表示，青年应积极参与。", "青年应积极参与。"),
                       ("会上，林思雅（Sophia LIN）介绍了项目进展。", "项目进展。"),
                       ("林思雅（Sophia LIN）在发言中指出，青年应积极参与。", "")):
        ex, names = run(lead + body + "\n")
        assert ("林思雅", "某论坛", said) in facts(ex, names, "speech"), body
    # a body with its English name, or a person who does not speak, is no untitled speaker
    for body in ("某某环保基金会（Some Green Fund）表示，将继续支持。", "林思雅（Sophia LIN）参观了展览。"):
        ex, names = run(lead + body + "\n")
        assert {n for k, n in names.items() if k.startswith("person:")} == {"王某"}, body
