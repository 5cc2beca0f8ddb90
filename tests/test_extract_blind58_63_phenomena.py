"""Phenomena first met in held-out set 55 (local papers) and in sets 58 to 63, each on invented
text (fictional people, townships and programmes; real counties from the gazetteer)."""
from .extractkit import countries, facts, orgs, post_facts, run


def test_a_township_head_holds_a_post_in_its_government():
    assert post_facts("考察中，白沙镇副镇长韦山成向来宾介绍了情况。") == {("韦山成", "副镇长", "白沙镇人民政府")}
    assert post_facts("会上，青松乡乡长杨石林介绍了情况。") == {("杨石林", "乡长", "青松乡人民政府")}


def test_a_name_before_a_verb_of_showing_or_telling():
    # "告诉记者", "指着…" close the name as a reporting verb does
    assert post_facts("在海堤上，白沙镇副镇长韦山成指着滩涂告诉记者，虾塘已经退了出来。") == {
        ("韦山成", "副镇长", "白沙镇人民政府")}
    assert post_facts("某市生态环境局副局长柏石青告诉记者，研修还将走进湿地。") == {
        ("柏石青", "副局长", "某市生态环境局")}


def test_a_border_county_committee_and_its_government():
    p = post_facts("会上，耿马县委常委、副县长俸山明致辞。")
    assert p == {("俸山明", "县委常委", "耿马县委"), ("俸山明", "副县长", "耿马县人民政府")}


def test_a_border_county_by_its_full_name_is_the_venue():
    ex, names = run("2031年11月7日，边境森林防火联合培训班在耿马傣族佤族自治县某某镇开班。")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"耿马"}
    # a given name that is also a county's short name stays a name
    assert post_facts("会上，某省生态环境厅副厅长张金平致辞。") == {("张金平", "副厅长", "某省生态环境厅")}


def test_a_county_holding_an_event_in_one_of_its_townships():
    ex, names = run("2031年11月5日，沧源佤族自治县在某某镇某某社区举办界河清洁行动，沿边群众200余人参加。")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"沧源"}
    ex, names = run("2031年9月10日，沧源县在某某口岸举办森林防火物资移交仪式。")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"沧源"}  # a border port of it


def test_a_place_before_a_national_body_is_its_site():
    # "在某县某镇中国科学院某植物园": where the garden is, not a county's own academy
    assert orgs("交流营在勐腊县某某镇中国科学院西双版纳热带植物园开营。")[0][0] == "中国科学院西双版纳热带植物园"
    assert ("中国科学院昆明植物研究所", "CN") in orgs("会议在昆明市中国科学院昆明植物研究所举行。")


def test_a_field_post_named_by_the_region_it_covers():
    assert post_facts("缅甸自然资源与环境保护部林业司腊戌区域林业官吴山温致辞。") == {
        ("吴山温", "腊戌区域林业官", "缅甸自然资源与环境保护部林业司")}


def test_glosses_of_a_short_name_and_an_abbreviation_part_no_list():
    from .extractkit import roles_of
    assert roles_of("会议由柬埔寨环境部与亚洲开发银行（亚行，ADB）共同主办，某某环境运营中心承办。")[:2] == [
        ("柬埔寨环境部", "host"), ("亚洲开发银行", "host")]


def test_well_known_foreign_bodies_and_a_permanent_delegation():
    from .extractkit import roles_of
    assert roles_of("对话由泰国自然资源与环境部主办，日本环境省和欧盟驻柬埔寨代表团支持。") == [
        ("泰国自然资源与环境部", "host"), ("日本环境省", "supporter"), ("欧盟驻柬埔寨代表团", "supporter")]
    assert ("东盟环境高官会", None) in orgs("东盟环境高官会主席、某国环境部副部长Anna LIM致辞。")
    assert orgs("中国代表团团长李某出席。") == []  # a travelling delegation is no body


def test_a_bare_programme_after_a_preposition_or_a_verb_of_speed():
    from .extractkit import inits
    assert inits("双方就中国—东盟环境信息共享平台的建设方案交换了意见。") == ["中国—东盟环境信息共享平台"]
    assert inits("中心将加快中国—东盟环境信息共享平台建设。") == ["中国—东盟环境信息共享平台"]


def test_met_in_the_capital_or_at_a_seat_said_to_be_in_a_city():
    ex, names = run("2031年7月12日，某国驻华大使馆参赞李山石一行在京就深化环境合作与中心座谈交流。")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"北京"}
    ex, names = run("2031年3月10日，某部副部长魏山川在位于北京的某部会见了来访的代表团。")
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"北京"}


def test_a_transliterated_name_mentioned_again_by_one_part():
    text = ("2031年3月24日，代表团在曼谷会见了泰国自然资源与环境部污染控制厅副厅长披山·通岩。"
            "披山介绍说，旱季北部常受烟霾影响。\n\n"
            "3月25日，代表团在内比都会见了缅甸自然资源与环境保护部常务秘书吴登山纽。登山纽表示，缅方愿加强合作。")
    ex, names = run(text)
    said = {(s, v) for s, _, v in facts(ex, names, "speech")}
    assert {s for s, _ in said} == {"披山·通岩", "吴登山纽"}
    assert ("披山·通岩", "旱季北部常受烟霾影响。") in said  # "介绍说，": what was said, without 说


def test_an_appointment_closes_the_name():
    assert post_facts("某某大学环境学院教授聂山航被聘为研究院首任院长。") >= {("聂山航", "教授", "某某大学环境学院")}


def test_a_city_of_an_asean_country_gives_its_bureau_a_country():
    assert orgs("泗水市环境局局长王某出席。") == [("泗水市环境局", "ID")]


def test_four_characters_after_a_bodys_de_are_no_name_without_a_compound_surname():
    ex, names = run("2031年5月8日，某某圆桌对话在南宁举行。广西某厅副厅长韦山华介绍了做法，表示广西愿发挥面向东盟的区位优势，与各国开展合作。")
    assert {e.name for e in ex.entities if e.kind == "person"} == {"韦山华"}


def test_an_event_held_in_a_manner_is_named_before_it():
    text = ("某某中心简报\n\n2031年9月1日\n\n某某交接仪式在万象举行\n\n8月28日，某某交接仪式在万象举行。\n\n"
            "另悉，8月24日，澜湄合作第九次领导人会议以视频方式举行。")
    ex, names = run(text, published="2031-09-01")
    dates = {(names[s], v) for s, _, v in [(f.subject, f.object, f.value) for f in ex.facts if f.kind == "event_date"]}
    assert ("澜湄合作第九次领导人会议", "2031-08-24") in dates


def test_a_years_work_summary_titled_in_the_masthead_dates_its_entries_in_that_year():
    text = ("某某环境合作中心\n\n2030年度工作纪要\n\n2031年1月20日\n\n前言：2030年，中心保持了与各方的沟通。\n\n"
            "1月9日至10日，某某固体废物管理研讨会在老挝琅勃拉邦举行。\n\n"
            "5月20日，某某政策对话以视频方式召开。\n")
    ex, names = run(text)
    assert {v for _, _, v in facts(ex, names, "event_date")} == {"2030-01-09", "2030-05-20"}


def test_a_launch_meeting_of_drafting_work_is_an_event():
    # 编制 (drafting) names no event alone, but "…编制工作启动会" is a meeting about it
    text = ("某某中心\n\n2030年合作进展一览\n\n2031年1月18日\n\n2030年是合作的起步之年。\n\n"
            "2030年12月21日，新一期某某合作战略编制工作启动会以视频方式召开，六国联络员参加。\n")
    ex, names = run(text)
    assert ("新一期某某合作战略编制工作启动会", None, "2030-12-21") in facts(ex, names, "event_date")


def test_an_exchange_is_a_company_and_iucn_by_its_other_chinese_name():
    assert post_facts("深圳某某排放权交易所总经理王山介绍了碳市场。") == {("王山", "总经理", "深圳某某排放权交易所")}
    assert ("国际自然保护联盟中国代表处", None) in orgs("国际自然保护联盟中国代表处首席代表魏山安出席。")


def test_a_participants_table_gives_posts_by_its_header():
    text = ("某某培训班在北京举行\n\n2031年5月6日，某某培训班在北京开班。学员名单如下：\n\n"
            "序号\t国家\t姓名\t单位\t职务\n"
            "1\t柬埔寨\tChea Sreymon\t环境部自然保护总司\t技术官员\n"
            "2\t老挝\tPhone KEOMANYS\t老挝自然资源与环境部环境质量促进司\t副处长\n"
            "3\t中国\t邵山静\t生态环境部国际合作司\t处长\n")
    ex, names = run(text, published="2031-05-08")
    p = {(s, v, o) for s, o, v in facts(ex, names, "post")}
    assert {("Phone KEOMANYS", "副处长", "老挝自然资源与环境部环境质量促进司"),
            ("邵山静", "处长", "生态环境部国际合作司")} <= p
    # a body written without its country takes the country column's
    assert ("Chea Sreymon", "技术官员", "柬埔寨环境部自然保护总司") in p


def test_an_agenda_table_gives_the_speakers_posts():
    text = ("某某对话在北京举行\n\n2031年11月5日，某某对话在北京举行。会议议程如下：\n\n"
            "时间 | 环节 | 发言人 | 单位及职务\n"
            "09:00-09:10 | 开幕致辞 | 罗山岚 | 澜沧江-湄公河环境合作中心副主任\n"
            "09:30-09:50 | 主旨发言 | Thandar WINS | 缅甸自然资源与环境保护部环境保护司副司长\n\n"
            "罗山岚在开幕致辞中指出，合作前景广阔。Thandar WINS介绍了缅甸的做法。\n")
    ex, names = run(text, published="2031-11-08")
    p = {(s, v, o) for s, o, v in facts(ex, names, "post")}
    assert {("罗山岚", "副主任", "澜沧江-湄公河环境合作中心"),
            ("Thandar WINS", "副司长", "缅甸自然资源与环境保护部环境保护司")} <= p
    assert {s for s, _, _ in facts(ex, names, "speech")} == {"罗山岚", "Thandar WINS"}


def test_thanks_and_long_standing_support_in_a_speech():
    # "感谢" opens no body's name; "部长期以来" holds no 部长
    assert post_facts("在此，我还要特别感谢省环境保护厅杨山华厅长和他的同事们。") == {("杨山华", "厅长", "省环境保护厅")}
    assert post_facts("我要特别感谢柬埔寨环境部长期以来的鼎力支持。") == set()
    assert post_facts("开班式上，生态环境部国际合作司副司长罗山明专程到会致辞。") == {
        ("罗山明", "副司长", "生态环境部国际合作司")}


def test_a_foreign_ministrys_own_report_names_its_own_departments_bare():
    text = ("发件：老挝人民民主共和国自然资源与环境部国际合作司\n收件：某某中心\n\n关于研讨会举办情况的报告\n\n"
            "2031年11月14日，某某研讨会在万象举行。研讨会由老挝自然资源与环境部主办，国际合作司承办。"
            "水资源司副司长Bounmy SIHALA介绍了情况。\n")
    c = countries(text, published="2031-11-26")
    assert ("水资源司", "老挝") in c  # (国际合作司 is the sender's own, named in full above)
    assert ("老挝自然资源与环境部国际合作司", "老挝") in c
    # the same bare department in a Chinese centre's briefing stays China's
    text = "某某中心简报\n\n2031年11月26日\n\n研讨会在北京举行\n\n2031年11月14日，研讨会在北京举行，国际合作司承办。\n"
    assert ("国际合作司", "中国") in countries(text, published="2031-11-26")


def test_well_known_programmes_of_the_mekong_countries_and_asean_named_bare():
    from .extractkit import inits
    assert inits("泰国推进生物-循环-绿色经济模式的成效显著。") == ["生物-循环-绿色经济模式"]
    assert inits("双方推动“两廊一圈”框架与共建“一带一路”倡议对接。") == ["两廊一圈", "一带一路"]
    assert inits("东盟正在推进东盟智慧城市网络建设。") == ["东盟智慧城市网络"]
