"""Phenomena first met in held-out set 55 (local papers) and in sets 58 to 63, each on invented
text (fictional people, townships and programmes; real counties from the gazetteer)."""
from .extractkit import facts, orgs, post_facts, run


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


def test_a_place_before_a_national_body_is_its_site():
    # "在某县某镇中国科学院某植物园": where the garden is, not a county's own academy
    assert orgs("交流营在勐腊县某某镇中国科学院西双版纳热带植物园开营。")[0][0] == "中国科学院西双版纳热带植物园"
    assert ("中国科学院昆明植物研究所", "CN") in orgs("会议在昆明市中国科学院昆明植物研究所举行。")


def test_a_field_post_named_by_the_region_it_covers():
    assert post_facts("缅甸自然资源与环境保护部林业司腊戌区域林业官吴山温致辞。") == {
        ("吴山温", "腊戌区域林业官", "缅甸自然资源与环境保护部林业司")}
