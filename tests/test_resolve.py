"""Entity resolution: merge and no-merge cases on hand-made extractions."""
from __future__ import annotations

from lmec_kg.resolve import merge_rule_texts, resolve

from .kbfactory import brief, ent, post

LMEC = "澜沧江-湄公河环境合作中心"
FECO = "生态环境部对外合作与交流中心"


def kb_of(*extractions, curation=None):
    return resolve(list(extractions), curation=curation)


def keys(kb, kind):
    return sorted(e.key for e in kb.entities if e.kind == kind)


def entity(kb, key):
    return next(e for e in kb.entities if e.key == key)


def names(kb):
    return {(b, k): n for b, k, n in kb.local_names}


def rules(kb, briefing, local_key):
    return {r.rule for r in kb.reasons if r.briefing == briefing and r.local_key == local_key}


def test_full_and_short_names_across_briefings_are_one_organisation():
    kb = kb_of(brief("b1", [ent(f"organization:{LMEC}")]),
               brief("b2", [ent("organization:澜湄环境合作中心")]),
               brief("b3", [ent("organization:澜湄中心")]))
    assert keys(kb, "organization") == [f"organization:{LMEC}"]
    # each briefing keeps the name it writes
    assert names(kb)[("b2", f"organization:{LMEC}")] == "澜湄环境合作中心"
    assert names(kb)[("b3", f"organization:{LMEC}")] == "澜湄中心"
    e = entity(kb, f"organization:{LMEC}")
    assert e.attr("name_en") == "Lancang-Mekong Environmental Cooperation Center"
    assert e.attr("country") == "CN"


def test_a_well_known_body_with_a_generic_ending_is_one_across_briefings():
    # "亚洲理工学院" ends like a school of some university, but the lexicon knows it as one body;
    # a report forwarded in two files gives one institute and one lecturer of it
    kb = kb_of(brief("b1", [ent("person:Ann LIM"), ent("organization:亚洲理工学院")],
                     [post("person:Ann LIM", "organization:亚洲理工学院", "副教授")]),
               brief("b2", [ent("person:Ann LIM"), ent("organization:亚洲理工学院")],
                     [post("person:Ann LIM", "organization:亚洲理工学院", "副教授")]))
    assert keys(kb, "organization") == ["organization:亚洲理工学院"]
    assert keys(kb, "person") == ["person:Ann LIM"]
    # a short generic name the lexicon does not know stays one per briefing
    kb = kb_of(brief("b1", [ent("organization:环境学院")]), brief("b2", [ent("organization:环境学院")]))
    assert len(keys(kb, "organization")) == 2


def test_slash_name_joins_both_institutions_and_keeps_the_briefings_form():
    ab = f"{LMEC}/{FECO}"
    ba = f"{FECO}/{LMEC}"
    kb = kb_of(brief("b1", [ent(f"organization:{ab}", aliases=(LMEC, FECO))]),
               brief("b2", [ent(f"organization:{ba}", aliases=(FECO, LMEC)), ent(f"organization:{FECO}")]),
               brief("b3", [ent(f"organization:{FECO}")]))
    assert keys(kb, "organization") == [f"organization:{LMEC}"]
    n = names(kb)
    assert n[("b1", f"organization:{LMEC}")] == ab
    assert n[("b2", f"organization:{LMEC}")] == ba  # the most complete form b2 uses
    assert n[("b3", f"organization:{LMEC}")] == FECO
    assert "slash-name" in rules(kb, "b2", f"organization:{FECO}")


def test_renamed_ministries_stay_apart():
    kb = kb_of(brief("b1", [ent("organization:环境保护部"), ent("organization:环境保护部环境保护对外合作中心")]),
               brief("b2", [ent("organization:生态环境部"), ent(f"organization:{FECO}")]))
    assert keys(kb, "organization") == ["organization:环境保护部", "organization:环境保护部环境保护对外合作中心",
                                        "organization:生态环境部", f"organization:{FECO}"]


def test_department_with_and_without_its_ministry_when_the_parent_is_consistent():
    kb = kb_of(brief("b1", [ent("organization:生态环境部"), ent("organization:生态环境部国际合作司"),
                            ent("organization:国际合作司")]),
               brief("b2", [ent("organization:越南自然资源与环境部"), ent("organization:越南自然资源与环境部国际合作司"),
                            ent("organization:国际合作司")]))
    orgs = keys(kb, "organization")
    assert "organization:国际合作司" not in orgs
    assert "department-of-parent" in rules(kb, "b1", "organization:国际合作司")
    # each briefing's bare name went to its own ministry's department
    assert {r.entity for r in kb.reasons if r.local_key == "organization:国际合作司"} == {
        "organization:生态环境部国际合作司", "organization:越南自然资源与环境部国际合作司"}


def test_department_named_with_its_country_but_without_its_ministry():
    kb = kb_of(brief("b1", [ent("organization:老挝自然资源与环境部"), ent("organization:老挝自然资源与环境部水资源司"),
                            ent("organization:老挝水资源司"), ent("organization:越南水资源司")]))
    orgs = keys(kb, "organization")
    assert "organization:老挝水资源司" not in orgs
    assert "department-of-parent" in rules(kb, "b1", "organization:老挝水资源司")
    assert "organization:越南水资源司" in orgs  # another country's department


def test_provincial_department_written_without_its_province():
    kb = kb_of(brief("b1", [ent("organization:广西壮族自治区生态环境厅"), ent("organization:四川省生态环境厅"),
                            ent("organization:省林业和草原局"), ent("organization:贵州省林业和草原局")]))
    orgs = keys(kb, "organization")
    assert "organization:省林业和草原局" not in orgs
    assert "department-of-parent" in rules(kb, "b1", "organization:省林业和草原局")
    # two provinces' bodies of one name: the deictic form stays apart
    kb = kb_of(brief("b1", [ent("organization:四川省生态环境厅"), ent("organization:贵州省生态环境厅"),
                            ent("organization:省生态环境厅")]))
    assert "organization:省生态环境厅" in keys(kb, "organization")


def test_bare_department_with_two_possible_parents_is_not_merged():
    kb = kb_of(brief("b1", [ent("organization:生态环境部国际合作司"), ent("organization:越南自然资源与环境部国际合作司"),
                            ent("organization:国际合作司")]))
    assert "organization:国际合作司" in keys(kb, "organization")


def test_department_whose_stated_parent_differs_is_not_merged():
    kb = kb_of(brief("b1", [ent("organization:外交部亚洲司"), ent("organization:亚洲司"), ent("organization:某某部")],
                     [("part_of", "organization:亚洲司", "organization:某某部")]))
    assert "organization:亚洲司" in keys(kb, "organization")


def test_latin_case_and_one_letter_variants_merge_within_a_briefing():
    kb = kb_of(brief("b1", [ent("person:Heng Chan Thoeum"), ent("person:HENG Chan Thoeun"),
                            ent("person:Akkharath INTHAVY"), ent("person:Akkharath Inthavy"),
                            ent("person:Anoulak KITTIKHOUN"), ent("person:Kittikhoun")]))
    assert len(keys(kb, "person")) == 3
    assert "latin-one-letter" in rules(kb, "b1", "person:HENG Chan Thoeun")
    assert "latin-case" in rules(kb, "b1", "person:Akkharath Inthavy")
    assert "latin-partial" in rules(kb, "b1", "person:Kittikhoun")
    n = names(kb)
    assert n[("b1", "person:Anoulak KITTIKHOUN")] == "Anoulak KITTIKHOUN"


def test_vietnamese_diacritics_fold_and_the_marked_spelling_is_canonical():
    kb = kb_of(brief("b1", [ent("person:NGUYEN Thi Thanh Huyen"), ent("person:Nguyễn Thị Thanh Huyền")]))
    assert keys(kb, "person") == ["person:Nguyễn Thị Thanh Huyền"]


def test_different_latin_names_stay_apart():
    kb = kb_of(brief("b1", [ent("person:San Oo"), ent("person:San Aung"), ent("person:Tran Van Nam"),
                            ent("person:Tran Van Lam")]))
    assert len(keys(kb, "person")) == 4


def test_latin_one_letter_across_briefings_needs_the_same_organisation():
    org = "organization:柬埔寨环境部"
    kb = kb_of(brief("b1", [ent("person:Heng Chan Thoeum"), ent(org)], [post("person:Heng Chan Thoeum", org, "副秘书长")]),
               brief("b2", [ent("person:HENG Chan Thoeun"), ent(org)], [post("person:HENG Chan Thoeun", org, "秘书长")]),
               brief("b3", [ent("person:Heng Chan Thoeur")]))
    people = keys(kb, "person")
    assert len(people) == 2  # b1 + b2 merged (same ministry), b3 has no evidence
    assert any(r.rule == "person-same-org" for r in kb.reasons if r.briefing == "b2")


def test_same_chinese_name_in_one_organisation_is_one_person_with_both_posts():
    kb = kb_of(brief("b1", [ent("person:李霞"), ent(f"organization:{LMEC}/{FECO}", aliases=(LMEC, FECO))],
                     [post("person:李霞", f"organization:{LMEC}/{FECO}", "处长")]),
               brief("b2", [ent("person:李霞"), ent(f"organization:{LMEC}")],
                     [post("person:李霞", f"organization:{LMEC}", "首席专家")]))
    assert keys(kb, "person") == ["person:李霞"]
    posts = sorted((f.briefing, f.value, f.object) for f in kb.facts if f.kind == "post")
    assert posts == [("b1", "处长", f"organization:{LMEC}"), ("b2", "首席专家", f"organization:{LMEC}")]
    assert entity(kb, "person:李霞").attr("pinyin") == "Li Xia"


def test_same_name_in_a_department_and_its_ministry_is_one_person():
    kb = kb_of(brief("b1", [ent("person:周军"), ent("organization:生态环境部国际合作司")],
                     [post("person:周军", "organization:生态环境部国际合作司", "处长")]),
               brief("b2", [ent("person:周军"), ent("organization:生态环境部")],
                     [post("person:周军", "organization:生态环境部", "司长")]))
    assert keys(kb, "person") == ["person:周军"]


def test_same_chinese_name_in_unrelated_organisations_stays_two_people():
    kb = kb_of(brief("b1", [ent("person:王平"), ent("organization:中国驻老挝大使馆")],
                     [post("person:王平", "organization:中国驻老挝大使馆", "参赞")]),
               brief("b2", [ent("person:王平"), ent("organization:长江水利委员会")],
                     [post("person:王平", "organization:长江水利委员会", "处长")]),
               brief("b3", [ent("person:王平")]))
    people = keys(kb, "person")
    # the earliest briefing keeps the plain key; the others are disambiguated, readably
    assert people == ["person:王平", "person:王平@b3", "person:王平@长江水利委员会"]
    # facts follow their own person
    assert {(f.briefing, f.subject) for f in kb.facts if f.kind == "post"} == {
        ("b1", "person:王平"), ("b2", "person:王平@长江水利委员会")}


def test_english_and_chinese_names_of_one_body_via_gazetteer():
    kb = kb_of(brief("b1", [ent("organization:世界自然基金会")]),
               brief("b2", [ent("organization:WWF")]),
               brief("b3", [ent("organization:World Wide Fund for Nature")]))
    assert keys(kb, "organization") == ["organization:世界自然基金会"]
    assert {r.rule for r in kb.reasons if r.briefing == "b2"} >= {"gazetteer"}


def test_traditional_and_simplified_names_merge():
    kb = kb_of(brief("b1", [ent("organization:湄公河委員會秘書處")]), brief("b2", [ent("organization:湄委会秘书处")]))
    assert keys(kb, "organization") == ["organization:湄公河委员会秘书处"]


def test_foreign_ministry_without_country_prefix_links_with_country_context():
    kb = kb_of(brief("b1", [ent("organization:自然资源与环境部"), ent("country:LA", "老挝")],
                     [("country", "organization:自然资源与环境部", "country:LA")]),
               brief("b2", [ent("organization:自然资源与环境部")]))
    orgs = keys(kb, "organization")
    assert "organization:老挝自然资源与环境部" in orgs
    assert "organization:自然资源与环境部" in orgs  # b2 gives no country: left for review


def test_countries_get_english_labels_iso_and_wikidata():
    kb = kb_of(brief("b1", [ent("country:KH", "柬埔寨")]), brief("b2", [ent("country:KH", "柬方")]))
    kh = entity(kb, "country:KH")
    assert (kh.name, kh.attr("name_en"), kh.attr("iso"), kh.attr("wikidata")) == ("柬埔寨", "Cambodia", "KH", "Q424")
    assert names(kb)[("b2", "country:KH")] == "柬方"


def test_events_of_one_name_with_different_dates_stay_apart():
    kb = kb_of(brief("b1", [ent("event:启动仪式")], [("event_date", "event:启动仪式", None, "2017-11-28")]),
               brief("b2", [ent("event:启动仪式")], [("event_date", "event:启动仪式", None, "2023-03-23")]))
    assert len(keys(kb, "event")) == 2


def test_every_local_entity_has_a_reason_and_graph_texts():
    kb = kb_of(brief("b1", [ent("person:周军"), ent("organization:生态环境部")]))
    assert {(r.briefing, r.local_key) for r in kb.reasons} >= {("b1", "person:周军"), ("b1", "organization:生态环境部")}
    texts = merge_rule_texts(kb)
    assert texts[("b1", "person:周军")] == ["own: no other mention merged with it"]


def test_resolution_is_deterministic_whatever_the_input_order():
    exs = [brief("b1", [ent("person:李霞"), ent(f"organization:{LMEC}")], [post("person:李霞", f"organization:{LMEC}", "处长")]),
           brief("b2", [ent("person:李霞"), ent("organization:澜湄中心")], [post("person:李霞", "organization:澜湄中心", "主任")])]
    assert kb_of(*exs) == kb_of(*reversed(exs))


def test_company_abbreviation_within_a_briefing():
    kb = kb_of(brief("b1", [ent("organization:广西博世科环保科技股份有限公司"), ent("organization:博世科"),
                            ent("organization:东盟"), ent("organization:东盟秘书处")]))
    orgs = keys(kb, "organization")
    assert "organization:博世科" not in orgs and "organization:广西博世科环保科技股份有限公司" in orgs
    assert {"organization:东盟", "organization:东盟秘书处"} <= set(orgs)  # a body and its secretariat stay two
    assert "abbreviation" in rules(kb, "b1", "organization:博世科")


def test_a_body_and_its_only_unit_linked_by_part_of_stay_two():
    for parent, unit in (("中国科学院", "中国科学院昆明动物研究所"), ("老挝国立大学", "老挝国立大学环境科学学院")):
        kb = kb_of(brief("b1", [ent(f"organization:{parent}"), ent(f"organization:{unit}")],
                         [("part_of", f"organization:{unit}", f"organization:{parent}")]))
        assert {f"organization:{parent}", f"organization:{unit}"} <= set(keys(kb, "organization"))
        assert "abbreviation" not in rules(kb, "b1", f"organization:{parent}")
        # the same pair without the part_of fact is still read as a short form
        kb = kb_of(brief("b1", [ent(f"organization:{parent}"), ent(f"organization:{unit}")]))
        assert f"organization:{parent}" not in keys(kb, "organization")


def test_latin_names_in_other_word_order_are_one_person():
    kb = kb_of(brief("b1", [ent("person:INTHAVY Akkharath"), ent("person:Akkharath Inthavy")]))
    assert len(keys(kb, "person")) == 1


def test_consume_empties_the_list_and_resolves_the_same():
    """The build's consume=True lets extractions go as they are resolved: same answer."""
    def made():
        return [brief("b2", [ent("person:王明"), ent(f"organization:{FECO}")],
                      [post("person:王明", f"organization:{FECO}", "主任")]),
                brief("b1", [ent("person:王明"), ent(f"organization:{LMEC}")],
                      [post("person:王明", f"organization:{LMEC}", "主任")])]

    exs = made()
    consumed = resolve(exs, curation=None, consume=True)
    assert exs == []
    assert consumed == resolve(made(), curation=None)
    assert [b.id for b in consumed.briefings] == ["b1", "b2"]
    assert consumed.facts
