"""Phenomena first met in held-out sets 46 to 51 (centre briefings, Mekong-country media in
translation, provincial departments, NGOs' project reports, long issues), each on invented
sentences (fictional people, bodies and places)."""
from lmec_kg.extract.orgs import names_kind, standalone_org

from .extractkit import facts, orgs, posts, roles_of, run

MAST = "某某中心\n\n简报\n\n2031年 第2期\n\n2031年5月20日\n\n"


def _standalone(text, verb):
    o = standalone_org(text, text.index(verb), 0)
    return (o.name, o.country) if o else None


def test_a_local_bodys_kind_before_its_name():
    assert _standalone("由老挝本土社会组织老挝山村发展互助协会承办。", "承办") == ("老挝山村发展互助协会", "LA")
    # the kind's country is the body's when its name has none
    assert _standalone("由缅甸本土环保组织青湖保护联盟承办。", "承办") == ("青湖保护联盟", "MM")
    assert _standalone("由柬埔寨本土组织柬埔寨海岸社区发展组织承办。", "承办") == ("柬埔寨海岸社区发展组织", "KH")
    # 民间组织 inside a body's own name is no kind before it
    assert _standalone("由中国国际民间组织合作促进会支持。", "支持") == ("中国国际民间组织合作促进会", "CN")
    assert names_kind("老挝本土社会组织") and not names_kind("中国国际民间组织")


def test_roles_of_bodies_named_after_their_kind():
    assert roles_of("培训班由某某研究所主办，老挝本土社会组织老挝山村发展互助协会承办。") == [
        ("某某研究所", "host"), ("老挝山村发展互助协会", "organizer")]


def test_a_districts_government_abroad_in_a_role():
    text = "培训在老挝琅勃拉邦省青岭县举行。培训班由某某研究所主办，青岭县政府协办。"
    assert _standalone(text, "协办") == ("青岭县政府", "LA")
    assert _standalone("培训班由某某研究所主办，青松县政府协办。", "协办") == ("青松县政府", "CN")


def test_a_thai_provinces_governor():
    # the province by its own name (as writers name the body a governor heads), unless the
    # briefing names its government (tests/test_extract_blind90_phenomena.py)
    assert posts("清迈府府尹颂山·坤通（Somsak Khunthong）致欢迎辞。") == [("颂山·坤通", "府尹", "清迈府")]


def test_a_confluence_is_no_office():
    assert orgs("活动在琅勃拉邦市湄公河与南康河交汇处举行。") == []


def test_leading_a_group_ends_the_name():
    assert posts("某省生态环境厅厅长覃建山率考察团赴越南河内开展交流访问。") == [("覃建山", "厅长", "某省生态环境厅")]


def test_a_visit_to_the_capital():
    text = MAST + "越南代表团来访\n\n5月5日，越南某部某局副局长Trinh VINH率代表团来京访问某某中心。\n"
    ex, names = run(text)
    assert {o for _, o, _ in facts(ex, names, "event_place")} == {"北京"}
