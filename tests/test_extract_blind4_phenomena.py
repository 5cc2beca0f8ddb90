"""Phenomena first met in the fourth held-out set, each on invented sentences (fictional
people, bodies and events): a conjunction or verb glued to a bare programme name, names of
forum sessions, programmes named by a Latin acronym, strategies a government carries out."""
from lmec_kg.extract.people import find_posts

from .extractkit import docs, inits, posts, roles_of


# 1. a conjunction or verb glued in front of a bare programme name ----------------------------
def test_conjunction_or_verb_before_a_bare_programme_is_not_part_of_it():
    assert "澜湄青年创新专项基金" in inits("“蓝色河流计划”和澜湄青年创新专项基金资助的项目已落地。")
    assert "澜湄青年创新专项基金" in inits("该研究获得澜湄青年创新专项基金资助。")
    assert "澜湄青年创新专项基金" in inits("该项目得到澜湄青年创新专项基金支持。")
    assert "中国-东盟海洋合作机制" in inits("依托城市建设和中国-东盟海洋合作机制，推进交流。") or \
        "中国—东盟海洋合作机制" in inits("依托城市建设和中国—东盟海洋合作机制，推进交流。")


def test_he_inside_a_name_stays():
    # 和平 / 和谐 open words; the 和 is not a conjunction there
    assert "澜湄和平发展计划" in inits("双方商定实施澜湄和平发展计划。")


# 2. a quoted name before 分论坛 names a session ------------------------------------------------
def test_quoted_session_name_is_no_programme():
    assert inits("“山地与河谷监测网络”分论坛由某大学教授主持。") == []
    assert inits("“澜湄青年交流网络”平行论坛在午后举行。") == []


def test_quoted_programme_before_other_words_stays():
    assert "澜湄青年交流网络" in inits("双方共建“澜湄青年交流网络”。")


# 3. programmes named by a Latin acronym -------------------------------------------------------
def test_latin_acronym_programme_quoted_and_bare():
    assert inits("该组织“DELTA”项目负责人作总结。") == ["DELTA项目"]
    assert inits("RIVERS项目自2015年启动以来成效显著。") == ["RIVERS项目"]


def test_acronym_of_an_organisation_or_a_meeting_is_no_programme():
    assert inits("GIZ项目官员出席。") == []  # a known body's projects
    assert inits("DELTA项目推进会在河内召开。") == []  # an event about it
    assert inits("北京2022项目") == []  # not an acronym


# 4. a quoted strategy a government carries out is a document --------------------------------
def test_quoted_strategy_of_a_government_is_a_document():
    assert ("三翼战略", "strategy") in docs("他表示，老挝政府实施的“三翼战略”将减贫作为重点。")
    assert ("四柱战略", "strategy") in docs("泰国政府提出的“四柱战略”注重绿色增长。")


def test_quoted_strategy_without_an_adopting_government_is_not():
    assert docs("他表示，“三翼战略”很重要。") == []
    assert docs("该公司实施的“双轮战略”取得成效。") == []


# 5. posts: a county head, a Latin gloss between body and title, a dotted name before a title --


def test_head_of_a_county_not_in_the_gazetteer():
    assert posts("青松县县长苏明远介绍了当地做法。") == [("苏明远", "县长", "青松县人民政府")]
    assert posts("白沙区副区长罗一鸣出席。") == [("罗一鸣", "副区长", "白沙区人民政府")]


def test_county_head_hard_negatives():
    # "该县县长": no name of a county
    assert all(o != "该县人民政府" for _, _, o in posts("该县县长苏明远介绍了当地做法。"))


def test_latin_gloss_between_body_and_title():
    assert posts("老挝国家湄公河委员会（Lao National Mekong Committee，LNMC）秘书长助理Vong Sisouk先生发言。") == [
        ("Vong Sisouk", "秘书长助理", "老挝国家湄公河委员会")]


def test_dotted_name_between_department_and_title_shares_the_parent():
    t = "代表团包括老挝环境部规划总司副总司长Noy PHOMMA、环境信息总司总司长Keo Dara、政策法规司坎·宁副司长等。"
    assert ("坎·宁", "副司长", "老挝环境部政策法规司") in posts(t)


def test_dotted_name_without_a_body_before_is_not_read_as_org_name_title():
    # the dotted name follows the title as usual
    assert posts("老挝环境部副部长坎·宁出席。") == [("坎·宁", "副部长", "老挝环境部")]


# 6. a foreign development agency known by its English acronym has its country --------------
def test_swiss_development_agency_is_swiss():
    from lmec_kg.extract.lexicon import lexicon
    lex = lexicon()
    assert lex.orgs["瑞士发展与合作署"].countries == ("CH",)
    assert lex.latin_orgs["SDC"].name == "瑞士发展与合作署"
    assert lex.countries["瑞士"][1] == "瑞士"


# 7. organisers glossed in English: commas inside the gloss bound no clause --------------------


def test_organisers_with_latin_glosses():
    t = ("2024年3月5日，湿地国际（Wetlands International，WI）与亚洲开发银行（Asian Development Bank，ADB）"
         "以线上方式联合举办了区域研讨会。")
    assert set(roles_of(t)) == {("湿地国际", "host"), ("亚洲开发银行", "host")}
    t = ("研讨会由日本国际协力机构（Japan International Cooperation Agency，JICA）提供支持，"
         "中国-东盟环境保护合作中心（China-ASEAN Environmental Cooperation Center，CAEC）协办。")
    assert set(roles_of(t)) == {
        ("日本国际协力机构", "supporter"), ("中国-东盟环境保护合作中心", "co-organizer")}


def test_a_chinese_parenthesis_with_commas_still_bounds_clauses():
    # hard negative: the body before a Chinese aside is not pulled into the next clause
    t = "会议在河内举行（为期两天，共三场），湿地国际协办。"
    assert set(roles_of(t)) == {("湿地国际", "co-organizer")}


# 8. scientists named by their field are posts ------------------------------------------------
def test_field_scientist_title():
    assert posts("澳大利亚南岛大学（South Island University）鸟类学家Ann Whitby女士介绍了调查结果。") == [
        ("Ann Whitby", "鸟类学家", "澳大利亚南岛大学")]
    assert posts("北方大学植物学家郑秋实介绍了调查结果。") == [("郑秋实", "植物学家", "北方大学")]


def test_field_scientist_as_a_predicate_noun_is_no_post():
    assert posts("他是一位著名的生态学家。") == []


# 9. a department after its parent's English gloss; a body after a list of countries ----------
def test_department_after_a_glossed_parent_belongs_to_it():
    t = "老挝国家湄公河委员会秘书处（Lao National Mekong Committee Secretariat）水文司副司长Keo Vanna女士发言。"
    p = find_posts(t, 0, len(t))
    assert [(x.person.name, x.title, x.org.name, x.org.country) for x in p] == [
        ("Keo Vanna", "副司长", "老挝国家湄公河委员会秘书处水文司", "LA")]


def test_body_after_a_list_of_countries_is_not_the_last_countrys():
    from lmec_kg.extract.orgs import find_orgs
    t = "来自缅甸、老挝、越南国家湄公河委员会的代表参会。"
    assert [o.name for o in find_orgs(t)] == []
    # hard negative: a list of bodies, each with its own country
    t = "缅甸环境部、越南国家湄公河委员会代表参会。"
    assert "越南国家湄公河委员会" in [o.name for o in find_orgs(t)]


# 10. a verb and a quantifier before 处 make no office -----------------------------------------
def test_verb_quantifier_chu_is_no_office():
    from lmec_kg.extract.orgs import find_orgs
    assert [o.name for o in find_orgs("双方商定在老挝选定一处湿地开展联合监测。")] == []
    assert [o.name for o in find_orgs("示范点将在缅甸遴选两处，由双方共同建设。")] == []
    # hard negatives: numbered offices keep their names
    assert [o.name for o in find_orgs("老挝环境部规划一处处长出席。")] == ["老挝环境部规划一处"]


# 11. "自治区X厅" / "市X局": the autonomous region (city) the briefing is about, name left out ---
def test_autonomous_region_department_written_without_its_name():
    from lmec_kg.resolve import resolve
    from .kbfactory import brief, ent
    kb = resolve([brief("b1", [ent("organization:宁夏回族自治区林业和草原局"), ent("organization:自治区林业和草原局")])])
    assert "organization:自治区林业和草原局" not in {e.key for e in kb.entities}
    # hard negative: two regions' bodies of one name, the deictic form stays apart
    kb = resolve([brief("b1", [ent("organization:宁夏回族自治区林业和草原局"), ent("organization:广西壮族自治区林业和草原局"),
                               ent("organization:自治区林业和草原局")])])
    assert "organization:自治区林业和草原局" in {e.key for e in kb.entities}
    # hard negative: the prefix is no place
    kb = resolve([brief("b1", [ent("organization:某某协会自治区林业和草原局"), ent("organization:自治区林业和草原局")])])
    assert "organization:自治区林业和草原局" in {e.key for e in kb.entities}


# 12. "在X与某方举行会谈": the place of a bilateral meeting ------------------------------------
def test_place_before_a_partner_and_a_meeting_verb():
    from lmec_kg.extract.events import find_place
    t = "2025年3月4日，某部副部长在昆明与老挝环境部代表团举行会谈。"
    assert find_place(t, 0, len(t))[0] == "昆明"
    t = "双方部长在河内同缅甸代表团会见。"
    assert find_place(t, 0, len(t))[0] == "河内"


def test_place_with_a_partner_but_no_meeting_verb_is_no_venue():
    from lmec_kg.extract.events import find_place
    for t in ("双方在中国与东盟国家之间开展合作。", "他在昆明与同事交流经验。"):
        assert find_place(t, 0, len(t)) is None


# 13. a translator's note in parentheses under a headline is no headline -----------------------
def test_note_line_under_a_headline():
    from lmec_kg.extract.text import layout
    t = ("湿地国际与亚洲开发银行联合举办线上研讨会\n\n（译自湿地国际新闻稿，原文2024年5月2日发布于河内，译文仅供参考）\n\n"
         "2024年5月1日，湿地国际与亚洲开发银行联合举办了区域研讨会。会议讨论了湿地保护。\n")
    lay = layout(t)
    assert [a.headline.text for a in lay.articles] == ["湿地国际与亚洲开发银行联合举办线上研讨会"]


def test_parenthesised_line_alone_opens_no_article():
    from lmec_kg.extract.text import layout
    t = "（本期要目）\n\n2024年5月1日，某中心在昆明举办了研讨会。会议讨论了湿地保护。\n"
    assert all(a.headline is None or not a.headline.text.startswith("（") for a in layout(t).articles)
