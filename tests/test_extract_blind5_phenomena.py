"""Phenomena first met in the fifth held-out set, each on invented sentences (fictional
bodies, places and programmes): 与/和 inside and between organisation and fund names,
quantifiers and province counts after a conjunction, foreign provinces' departments,
newspapers' departments."""
from .extractkit import inits, orgs, roles_of


# 1a. 和 joining two nouns inside a fund's name ------------------------------------------------
def test_he_inside_a_fund_name_stays():
    assert "澜湄绿色和南南合作基金" in inits("该研究由澜湄绿色和南南合作基金资助。")
    assert "全球减贫和南南合作基金" in inits("项目得到全球减贫和南南合作基金支持。")


def test_he_after_a_verb_or_a_finished_name_still_cuts():
    assert inits("依托城市建设和中国-东盟海洋合作机制，推进交流。") == ["中国-东盟海洋合作机制"]
    assert inits("推动生态保护和澜湄水资源合作平台建设。") == ["澜湄水资源合作平台"]
    assert "澜湄青年创新专项基金" in inits("“蓝色河流计划”和澜湄青年创新专项基金资助的项目已落地。")
    assert "蓝色河流计划和澜湄青年创新专项基金" not in inits("蓝色河流计划和澜湄青年创新专项基金均已启动。")
    assert not any(n.startswith("该") for n in inits("该项目获南南合作基金支持。"))


# 1b. 与/和 before a country name joins a second party ----------------------------------------
def test_and_before_a_country_splits_two_parties():
    names = [n for n, _ in orgs("甲市水务集团与泰国能源部签署协议。")]
    assert "泰国能源部" in names
    assert not any("与" in n for n in names)
    assert [n for n, _ in orgs("甲省林业集团和越南农业与农村发展部会谈。")] == ["越南农业与农村发展部"] or \
        "越南农业与农村发展部" in [n for n, _ in orgs("甲省林业集团和越南农业与农村发展部会谈。")]


def test_and_inside_a_foreign_ministry_name_stays():
    assert ("老挝农业与林业部", "LA") in orgs("老挝农业与林业部派员出席。")


# 1c. 与/和 joining two nouns inside a name in a list of organisers ---------------------------
def test_and_inside_a_supporter_name_stays():
    assert ("某遗址保护与开发管理处", "supporter") in roles_of("座谈会由甲市环境局主办，某遗址保护与开发管理处提供支持。")
    assert ("某河保护和利用管理局", "host") in roles_of("活动由甲市环境局和某河保护和利用管理局共同主办。")


def test_and_between_two_bodies_still_splits():
    r = roles_of("会议由甲市环境局与乙县林业局共同主办。")
    assert ("甲市环境局", "host") in r and ("乙县林业局", "host") in r


# 3. "省…厅" alone: the department of the province last named, with that province's country ---
def test_bare_province_department_takes_the_named_provinces_country():
    from lmec_kg.extract.orgs import standalone_org
    t = "在万象省副省长和省农林厅厅长陪同下，代表团考察了湿地。"
    sp = standalone_org(t, t.index("厅厅长") + 1, t.index("和") + 1)
    assert (sp.name, sp.country) == ("省农林厅", "LA")


def test_bare_province_department_in_china_stays_chinese():
    from lmec_kg.extract.orgs import standalone_org
    t = "在云南省副省长和省林业厅厅长陪同下，代表团考察了湿地。"
    sp = standalone_org(t, t.index("厅厅长") + 1, t.index("和") + 1)
    assert (sp.name, sp.country) == ("省林业厅", "CN")
    t = "省林业厅厅长出席。"
    assert standalone_org(t, t.index("厅厅长") + 1, 0).country == "CN"


# 2. a quantifier after a conjunction, a count of provinces before a department ----------------
def test_quantifier_after_a_conjunction_is_no_office():
    assert orgs("代表团察看了万象河岸泵站和两处社区监测点。") == []
    assert orgs("专家组走访了清迈城郊堆场及一处回收站。") == []


def test_numbered_office_stays():
    assert ("万象省综合一处", "LA") in orgs("万象省综合一处处长出席。")


def test_count_of_provinces_before_a_department_is_no_body():
    names = [n for n, _ in orgs("甲国农业部及乙、丙、万象三省农业厅的代表出席。")]
    assert not any("三省" in n for n in names)
    assert ("云南省三江并流管理局", "CN") in orgs("云南省三江并流管理局出席。")


# 4. a newspaper named after its country, and its desks -----------------------------------------
def posts_of(text):
    from lmec_kg.extract.people import find_posts
    return [(p.person.name, p.title, p.org and p.org.name, p.org and p.org.country) for p in find_posts(text, 0, len(text))]


def test_country_newspaper_is_an_organisation_and_its_desk_part_of_the_post():
    assert ("泰国《晨星报》", "TH") in orgs("泰国《晨星报》记者参加了采访。")
    assert ("Somchai Dee", "经济部主任", "泰国《晨星报》", "TH") in posts_of("泰国《晨星报》经济部主任Somchai Dee在论坛上发言。")


def test_country_newspaper_is_no_document_but_a_report_is():
    from lmec_kg.extract.mentions import find_documents

    def docs(t):
        return [d.name for d in find_documents(t, 0, len(t))]
    assert docs("越南《青年报》记者报道了此事。") == []
    assert docs("中心发布了《澜湄环境年报》。") == ["澜湄环境年报"]
    assert docs("中心发布了《青年报》。") == ["青年报"]


def test_ministry_department_still_a_body():
    assert ("老挝自然资源与环境部规划司", "LA") in orgs("老挝自然资源与环境部规划司司长出席。")


# 5. the close of an event already reported is no event of its own -----------------------------
def _event_dates(text):
    from lmec_kg.extract import extract
    from lmec_kg.ingest import briefing_from_text
    x = extract(briefing_from_text(text, id="t-close"))
    return sorted(f.value for f in x.facts if f.kind == "event_date")


_CAMP = ("某环境合作中心\n\n简报\n\n2021年 第5期\n\n2021年5月20日\n\n2021澜湄青年湿地研修营在大理举行\n\n"
         "5月10日至5月16日，2021澜湄青年湿地研修营在云南大理举行。研修营由某大学主办，来自六国的40名学员参加。\n\n"
         "5月13日，作为研修营的一项内容，澜湄青年湿地论坛在洱源县举办。论坛由某大学生态学院承办。\n\n"
         "5月16日，研修营在大理结营，学员们提交了8份小组调研报告。\n")


def test_closing_of_a_reported_event_adds_no_date():
    ds = _event_dates(_CAMP)
    assert "2021-05-16" not in ds
    assert "2021-05-10" in ds and "2021-05-13" in ds


def test_a_dated_field_visit_still_counts():
    ds = _event_dates(_CAMP.replace("5月16日，研修营在大理结营，学员们提交了8份小组调研报告。",
                                    "5月16日，学员们赴剑川县开展了湿地调研。"))
    assert "2021-05-16" in ds


# 5b. a future word inside a quoted name does not make a dated event a plan ----------------------
def test_quoted_plan_name_does_not_make_an_event_future():
    from lmec_kg.extract.events import secondary_event
    t = "三、年会在京召开。9月8日，2020年澜湄伙伴年会暨“蓝色河流计划”成果发布会在北京召开。"
    r = secondary_event(t, t.index("9月"), len(t), "2020-12-30", 2020, "2020-03-01")
    assert r is not None and r[0] == "2020-09-08"


def test_a_real_plan_stays_future():
    from lmec_kg.extract.events import secondary_event
    t = "9月8日，双方计划在北京召开伙伴年会。"
    assert secondary_event(t, 0, len(t), "2020-12-30", 2020, "2020-03-01") is None


# 6. "某国家对…": a country as subject, then the preposition 对 -----------------------------------
def test_country_then_dui_is_no_programme_name():
    assert inits("企业认为，东盟国家对外资项目的审查日趋严格。") == []
    assert inits("东盟国家对澜湄水资源合作平台给予高度评价。") == ["澜湄水资源合作平台"]


def test_dialogue_inside_a_name_stays():
    assert inits("双方用好澜湄国家对话合作平台。") == ["澜湄国家对话合作平台"]
