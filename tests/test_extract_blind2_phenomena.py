"""Phenomena first met in the second held-out set, each on invented sentences and briefings
(fictional people and events): adverbs between a name and its predicate, surnames that are
also function words, acting and country-qualified titles, speakers, dates, places,
initiatives and organisation boundaries."""
from lmec_kg.extract.people import find_posts

from .extractkit import facts, inits, name, orgs, posts, run

MAST = "澜沧江-湄公河环境合作中心\n\n工作简报\n\n2024年 第3期\n\n2024年7月20日\n\n"


# 1. adverbs between a name and its speech verb ---------------------------------------------
def test_adverb_after_a_name_is_not_part_of_it():
    assert name("郑明山也表示，") == "郑明山"
    assert name("黎秋水则指出，") == "黎秋水"
    assert name("韦光亮也分别介绍了两省的做法") == "韦光亮"
    assert name("孔德明进一步强调") == "孔德明"
    assert name("邵一凡还说") == "邵一凡"
    assert posts("老挝自然资源与环境部水资源司副司长蒙文达则表示，") == [
        ("蒙文达", "副司长", "老挝自然资源与环境部水资源司")]


def test_names_ending_in_an_adverb_character_are_kept():
    # two-character names are never cut to one; plural adverbs (均, 都) are name characters
    assert name("王则表示，") == "王则"
    assert name("周亦指出，") == "周亦"
    assert name("李文均表示，") == "李文均"
    assert name("杜建都介绍") == "杜建都"


# 2. surnames that are also function words ----------------------------------------------------
def test_surname_that_is_a_function_word_starts_a_name():
    assert posts("生态环境部环境规划院副院长任海波出席开幕式") == [("任海波", "副院长", "生态环境部环境规划院")]
    assert name("曾小梅表示") == "曾小梅"
    assert name("于立群，") == "于立群"
    assert name("祝红艳介绍") == "祝红艳"


def test_function_word_readings_are_not_names():
    assert name("任期内表示") is None
    assert name("曾在会上表示") is None
    assert name("曾多次表示") is None
    assert name("于会上表示") is None
    assert name("祝贺大会召开") is None


def test_centre_head_whose_surname_repeats_the_title_end():
    text = MAST + ("澜湄水环境管理研讨会在昆明举行\n\n7月10日，澜湄水环境管理研讨会在云南昆明举行。"
                   "澜沧江-湄公河环境合作中心主任任海波出席开幕式并致辞。任海波表示，中心将继续推动合作。\n")
    ex, names = run(text)
    assert ("任海波", "澜沧江-湄公河环境合作中心", "主任") in facts(ex, names, "post")
    assert any(s == "任海波" for s, _, _ in facts(ex, names, "speech"))


# 3. acting titles, country-qualified heads, Latin name before its title -----------------------
def test_acting_title_after_a_latin_name():
    assert posts("其中，柬埔寨农林渔业部渔业局Dara KHIEV代理局长、越南自然资源与环境部水资源管理局Lê Minh副局长担任组长。") == [
        ("Dara KHIEV", "代理局长", "柬埔寨农林渔业部渔业局"), ("Lê Minh", "副局长", "越南自然资源与环境部水资源管理局")]
    assert posts("老挝自然资源与环境部环境质量促进司代理司长Bounthan SISOMPHONE表示") == [
        ("Bounthan SISOMPHONE", "代理司长", "老挝自然资源与环境部环境质量促进司")]


def test_country_head_of_an_international_body():
    assert posts("世界自然基金会老挝国别主任陶文清、大自然保护协会中国首席代表吴小雨作主旨发言。") == [
        ("陶文清", "老挝国别主任", "世界自然基金会"), ("吴小雨", "中国首席代表", "大自然保护协会")]
    # a country before a plain title is not part of it
    assert posts("泰国代表团团长、泰国自然资源与环境部副常务秘书Anong MEESUK发言") [-1][1:] == (
        "副常务秘书", "泰国自然资源与环境部")


def test_technical_officer_of_a_regional_office():
    assert posts("世界卫生组织东南亚区域办事处技术官员Dr. Maya RAO发言") == [
        ("Maya RAO", "技术官员", "世界卫生组织东南亚区域办事处")]


# 4. speakers named by the body they come from, or after 负责人 ------------------------------
def test_people_named_by_their_body_speak():
    text = MAST + ("澜湄环境政策对话在北京举行\n\n7月5日，澜湄环境政策对话在北京举行。"
                   "在专题交流环节，北京师范大学的宋雨桐、河内国家大学的Linh PHAM分别就湿地保护和城市污水治理作了发言。"
                   "宋雨桐认为，湿地保护要统筹上下游。Linh Pham强调，城市污水治理需要更多投资。\n")
    ex, names = run(text)
    speakers = {s for s, _, _ in facts(ex, names, "speech")}
    assert {"宋雨桐", "Linh PHAM"} <= speakers
    assert not any(f.kind == "post" and names[f.subject] == "宋雨桐" for f in ex.facts)


def test_body_then_de_is_not_a_person_without_a_name():
    text = MAST + ("澜湄环境政策对话在北京举行\n\n7月5日，澜湄环境政策对话在北京举行。"
                   "北京师范大学的专家、亚洲开发银行的GEF项目团队参加了对话，生态环境部的高度重视得到各方肯定。\n")
    ex, names = run(text)
    assert not [e for e in ex.entities if e.kind == "person"]


def test_head_of_an_office_is_a_post_but_a_generic_responsible_is_not():
    assert posts("老挝自然资源与环境部水资源司琅南塔办公室负责人宋巴在交流中介绍了情况。") == [
        ("宋巴", "负责人", "老挝自然资源与环境部水资源司琅南塔办公室")]
    assert posts("云南省生态环境厅有关负责人告诉记者，今年还将举办培训。") == []


# 5. dates: headline with a subheading, a source line's publication time, reported past -------
def event_dates(ex, names):
    return sorted(f.value for f in ex.facts if f.kind == "event_date")


def test_day_only_date_under_a_headline_with_a_subheading_and_a_byline():
    text = ("南方日报　2024年5月9日（星期四）　A05　要闻\n\n"
            "澜湄湿地保护论坛在广州举行\n六国学者共商候鸟栖息地保护\n\n"
            "【南方日报讯】（记者 林晓峰）由澜沧江-湄公河环境合作中心主办的「澜湄湿地保护论坛」8日在广州开幕，为期两天。"
            "约80人出席。\n\n广东省林业局副局长陈国华在开幕式上致辞。\n")
    ex, names = run(text)
    assert event_dates(ex, names) == ["2024-05-08"]
    ev = [e for e in ex.entities if e.kind == "event"]
    assert len(ev) == 1 and "湿地保护论坛" in ev[0].name


def test_source_line_with_publication_time_dates_the_page():
    text = ("首页 > 新闻 > 动态\n\n中老环境合作联委会会议在万象召开\n\n"
            "来源：国际合作司　　发布时间：2022-06-10 09:30　　【字体：大 中 小】\n\n"
            "6月8日，中老环境合作联委会会议在老挝万象召开。双方审议了2022—2023年工作计划。\n")
    ex, names = run(text)
    assert event_dates(ex, names) == ["2022-06-08"]


def test_past_event_in_a_speakers_words_is_not_an_event():
    text = MAST + ("中泰环境合作工作组会议在曼谷召开\n\n7月10日，中泰环境合作工作组会议在泰国曼谷召开。"
                   "生态环境部国际合作司副司长周卫东出席会议。\n\n"
                   "周卫东表示，今年4月两国签署了《环境合作谅解备忘录》，合作取得积极进展。\n\n"
                   "11日，代表团赴春武里府考察了垃圾填埋场。\n")
    ex, names = run(text)
    assert event_dates(ex, names) == ["2024-07-10", "2024-07-11"]


# 6. numbered section headings that report an event open articles -----------------------------
def test_numbered_headings_are_article_headlines_with_their_own_place():
    text = ("“绿色澜湄计划”工作动态\n\n2024年第2期\n\n澜沧江-湄公河环境合作中心　编印　　2024年6月30日\n\n\n"
            "一、澜湄生态修复研讨会在昆明举行\n\n6月3日至4日，澜湄生态修复研讨会在云南昆明举行。约60人参加。\n\n\n"
            "二、澜湄水质监测技术交流会在金边召开\n\n近日，澜湄水质监测技术交流会在柬埔寨金边召开，柬埔寨环境部承办。\n\n\n"
            "三、工作安排\n\n中心将继续推进各项工作。\n")
    ex, names = run(text)
    evs = {}
    for f in ex.facts:
        if f.kind in ("event_date", "event_place"):
            evs.setdefault(names[f.subject], {})[f.kind] = f.value or names.get(f.object)
    assert evs == {"澜湄生态修复研讨会": {"event_date": "2024-06-03", "event_place": "昆明"},
                   "澜湄水质监测技术交流会": {"event_date": "2024-06", "event_place": "金边"}}


# 7. initiatives: built/piloted quoted names, place-named zones, scholarships, masthead -----------
def test_quoted_names_that_are_built_or_piloted_are_programmes():
    assert inits("专家介绍了“海绵城市”建设试点的经验。") == ["海绵城市"]
    assert inits("这也是“稻米走廊”“物流走廊”建设中需要考虑的问题。") == ["稻米走廊", "物流走廊"]
    # a quoted slogan or a quoted word is not
    assert inits("参观了“绿水青山就是金山银山”理念诞生地。") == []
    assert inits("让良好生态成为群众增收的“绿色银行”。") == []


def test_quoted_known_name_inside_a_phrase_is_just_the_name():
    assert inits("香港愿在“澜湄合作”框架下担当知识交流的平台。") == ["澜湄合作"]
    assert inits("以“一带一路”建设为平台，拓展合作。") == ["一带一路"]
    # a real continuation still counts
    assert inits("加入“一带一路”绿色发展国际联盟。") == ["“一带一路”绿色发展国际联盟"]


def test_demonstration_zone_named_by_its_place():
    assert inits("万象省清洁能源示范区等项目取得成果。") == ["万象省清洁能源示范区"]
    assert inits("在老挝万象合作建设低碳示范区。") == []


def test_scholarships_and_greater_mekong_cooperation():
    assert inits("设立了澜湄生态环境奖学金，惠及百余名学生。") == ["澜湄生态环境奖学金"]
    assert inits("亚洲开发银行通过大湄公河次区域合作支持流域国家。") == ["大湄公河次区域合作"]


def test_programme_in_the_newsletter_title_is_mentioned():
    text = ("“澜湄青年环境伙伴计划”工作通讯\n\n2024年第1期\n\n2024年3月1日\n\n"
            "澜湄生态修复研讨会在昆明举行\n\n2月20日，澜湄生态修复研讨会在云南昆明举行。\n")
    ex, names = run(text)
    assert "澜湄青年环境伙伴计划" in {e.name for e in ex.entities if e.kind == "initiative"}


# 8. organisation boundaries and an elided parent that is the ministry itself ------------------
def test_words_that_end_like_an_organisation_are_not_one():
    assert orgs("介绍了广州大气污染与哮喘入院率的研究结果") == []
    assert orgs("参观了万象省一处社区管理的湿地") == []
    assert orgs("老挝新一届政府提出了绿色增长目标") == []
    # real bodies ending in the same characters stay
    assert orgs("昆明医科大学公共卫生学院院长发言") == [("昆明医科大学公共卫生学院", "CN")]
    assert orgs("泰国自然资源与环境部国家公园、野生动植物保护厅处长发言")[0][1] == "TH"


def test_department_after_a_foreign_minister_post_belongs_to_that_ministry():
    assert posts("老挝自然资源与环境部副部长Chanthavong SAYASENG、水资源司司长Khamphou VONGSAK出席。") == [
        ("Chanthavong SAYASENG", "副部长", "老挝自然资源与环境部"),
        ("Khamphou VONGSAK", "司长", "老挝自然资源与环境部水资源司")]
    p = find_posts("老挝自然资源与环境部副部长Chanthavong SAYASENG、水资源司司长Khamphou VONGSAK出席。", 0, 60)
    assert p[1].org.country == "LA"
