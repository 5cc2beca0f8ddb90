"""Phenomena first met in the seventeenth held-out set (event reports from outlets other than the
series: a provincial department, a wire report, an embassy, a university, an NGO, a forum with
parallel sessions), each on invented sentences (fictional people, bodies, places and programmes)."""
from .extractkit import countries as _countries, docs, facts, inits, name, post_facts as _posts, run


# 1. a three-character given name ending in a particle or coverb (之, 同, 和) -------------------
def test_name_ending_in_a_particle_before_a_comma_keeps_it():
    assert name("王敏之，") == "王敏之"
    p = _posts("甲大学副校长吕慕之，乙学院院长何立出席。")
    assert ("吕慕之", "副校长", "甲大学") in p


def test_particle_followed_by_more_text_still_ends_the_name():
    # "之" with a word after it is a word of its own, not the name's
    assert name("李强与赵") == "李强"
    assert name("王和，") == "王和"


# 2. a station named 中心站, its head 站长 ------------------------------------------------------
def test_central_station_keeps_its_name_and_head():
    p = _posts("在分论坛上，甲省水环境监测中心站站长魏东来发言。")
    assert ("魏东来", "站长", "甲省水环境监测中心站") in p
    assert ("甲省水环境监测中心站", "中国") in _countries("在分论坛上，甲省水环境监测中心站站长魏东来发言。")


def test_centre_then_station_head_is_the_centre():
    # "中心站长": the station head of a centre, the centre written once
    p = _posts("乙市水文监测中心站长王一鸣发言。")
    assert ("王一鸣", "站长", "乙市水文监测中心") in p
    p = _posts("某流域管理委员会长江处处长王明发言。")
    assert ("王明", "处长", "某流域管理委员会长江处") in p


# 3. speakers of a parallel session: a comma list sharing "分别就…发表看法", and a summing-up ----
_SESSION = ("2019年3月2日，甲论坛在乙市举行。甲省环境保护厅厅长王明致辞。"
            "在分论坛上，丙中心主任王一鸣，丁公司副总经理李二，柬埔寨环境部处长Sok DARA分别就低碳转型发表看法。"
            "闭幕式上，甲中心副主任赵三对讨论成果作了总结。")


def test_comma_listed_people_sharing_a_view_are_speakers():
    ex, names = run(_SESSION)
    sp = {s for s, _, _ in facts(ex, names, "speech")}
    assert {"王一鸣", "李二", "Sok DARA", "赵三"} <= sp


def test_summing_up_work_is_no_speech_without_a_person():
    ex, names = run("2019年3月2日，甲论坛在乙市举行。甲省环境保护厅厅长王明出席。会议对一年工作作了总结。")
    assert not {s for s, _, _ in facts(ex, names, "speech")}


# 4. quoted strategies and frameworks of two governments ---------------------------------------
def test_slogans_coordinated_before_a_framework_are_initiatives():
    assert inits("两省在“三廊两带”和“一带一路”框架下的往来日益密切。") == ["三廊两带", "一带一路"]
    assert inits("两国正在共同构建“金刚七角”合作架构。") == ["金刚七角"]


def test_quoted_strategy_a_government_acts_in_is_a_document():
    assert docs("王国政府在“四轮战略”中把绿色发展列为优先事项。") == [("四轮战略", "strategy")]


def test_quoted_phrases_without_framework_or_government_are_nothing():
    assert inits("在“三廊两带”和“四轮”方面。") == []
    assert docs("他在“绿色战略”中看到希望。") == []


# 5. a local body named after its village in Latin script -----------------------------------------
def test_body_opening_with_a_latin_place_keeps_it_and_takes_the_local_country():
    text = "2022年11月29日，甲工作坊在老挝举办。第一天，Ban Hat社区委员会主席王一鸣讲述了巡护队的坚守。"
    assert ("王一鸣", "主席", "Ban Hat社区委员会") in _posts(text)
    c = _countries(text)
    assert ("Ban Hat社区委员会", "老挝") in c
    assert not any(o == "Hat社区委员会" for o, _ in c)


def test_latin_words_not_at_a_boundary_are_no_part_of_the_body():
    # the Latin run opens no body when a Chinese word runs into it ("村民Sok Dara…")
    p = _posts("2022年11月29日，甲工作坊在昆明举办。村民Sok Dara社区委员会主席王一鸣讲述了坚守。")
    assert not any(o and o.startswith("Sok") for _, _, o in p)
    # an acronym is a known body, not a place: its own country stays
    assert ("GIZ项目办公室", "德国") in _countries("2022年11月29日，甲工作坊在老挝举办。GIZ项目办公室主任王一鸣讲述了坚守。")


# 6. a conference or exhibition centre is the venue, no body ----------------------------------
def test_conference_centre_where_an_event_is_held_is_no_body():
    c = _countries("9月18日，甲论坛在云南省乙市丙国际会议中心举行。")
    assert not any(o.endswith("会议中心") for o, _ in c)


def test_company_running_a_conference_centre_is_a_body():
    p = _posts("9月18日，甲论坛在丁市举行。丁市国际会展中心管理有限公司总经理王一鸣致辞。")
    assert ("王一鸣", "总经理", "丁市国际会展中心管理有限公司") in p


# 7. international cooperation is what a national centre does, not where it belongs -------------
def test_national_centre_for_international_cooperation_is_chinese():
    from lmec_kg.extract.orgs import guess_country
    assert guess_country("国家水资源战略研究和国际合作中心") == "CN"


def test_international_marker_without_the_activity_still_gives_no_country():
    from lmec_kg.extract.orgs import guess_country
    assert guess_country("亚洲国际合作中心") is None
    assert guess_country("国际河流研究中心") is None
