"""Phenomena first met in the third held-out set, each on invented sentences and briefings
(fictional people and events): a coverb glued to a name, posts of people "from" a body,
organisers stated in a preamble or with a joint verb taking the event as object, venues on
a campus, well-known NGOs and their country offices, visit places, initiatives in
Vietnamese order, newspapers, and organisation countries."""
from lmec_kg.extract import extract
from lmec_kg.extract.assemble import affiliated_name
from lmec_kg.extract.events import roles, venue_place
from lmec_kg.extract.people import find_posts, parse_name
from lmec_kg.model import Briefing

MAST = "澜沧江-湄公河环境合作中心\n\n工作简报\n\n2025年 第2期\n\n2025年6月20日\n\n"


def run(text, id="t", **kw):
    ex = extract(Briefing(id=id, text=text, **kw))
    names = {e.key: e.name for e in ex.entities}
    return ex, names


def facts(ex, names, kind):
    return {(names.get(f.subject, f.subject), names.get(f.object, f.object) if f.object else None, f.value)
            for f in ex.facts if f.kind == kind}


def posts(text):
    return [(p.person.name, p.title, p.org.name if p.org else None) for p in find_posts(text, 0, len(text))]


def name(s):
    p = parse_name(s, 0, len(s))
    return p.name if p else None


# 1. the coverb 以 glued to a name ------------------------------------------------------------
def test_coverb_yi_after_a_name_is_not_part_of_it():
    assert name("韩立川以“城市河流治理”为题作报告") == "韩立川"
    assert name("苗青以视频方式致辞") == "苗青"
    assert name("罗佳文以观察员身份发言") == "罗佳文"
    assert posts("北方大学环境学院教授韩立川以“城市河流治理”为题作报告。") == [
        ("韩立川", "教授", "北方大学环境学院")]


def test_yi_inside_a_given_name_stays():
    assert name("王以宁表示，") == "王以宁"
    assert name("孙以诚指出") == "孙以诚"


# 2. "来自ORG的TITLE NAME" and "来自ORG的学员NAME代表…发言" -----------------------------------
def test_post_of_a_person_from_a_body():
    assert posts("来自柬埔寨环境部自然保护总司的副处长Dara KEO代表学员发言。") == [
        ("Dara KEO", "副处长", "柬埔寨环境部自然保护总司")]


def test_trainee_from_a_body_speaking_on_behalf_of_others():
    t = "来自老挝自然资源与环境部的学员Noy PHOMMA代表全体学员发言，感谢主办方。"
    i = t.index("的")
    p = affiliated_name(t, i, len(t), {i})
    assert p is not None and p.name == "Noy PHOMMA"
    # hard negative: no 来自, the role word is not skipped
    t2 = "老挝自然资源与环境部的学员代表发言。"
    assert affiliated_name(t2, t2.index("的"), len(t2), {t2.index("的")}) is None


# 3. organisers ----------------------------------------------------------------------------
def _roles(t):
    return {(o.name, r) for o, r in roles(t, 0, len(t))}


def test_joint_verb_with_the_event_as_object():
    t = "5月8日，澜湄水资源合作中心与泰国国家水资源办公室在清迈联合举办干旱预警技术研讨会，湄公河委员会秘书处提供支持。"
    got = _roles(t)
    assert ("澜湄水资源合作中心", "host") in got
    assert ("湄公河委员会秘书处", "supporter") in got
    t2 = "3月2日，老挝外交部与中国驻老挝大使馆在万象共同举办合作项目成果展。"
    got2 = _roles(t2)
    assert ("老挝外交部", "host") in got2 and ("中国驻老挝大使馆", "host") in got2


def test_plain_hold_is_no_host():
    t = "5月8日，澜湄水资源合作中心在清迈举办干旱预警技术研讨会。"
    assert _roles(t) == set()


def test_organisers_in_a_preamble_before_the_first_headline():
    text = (MAST + "编者按：本期刊发培训班通知和举办情况。\n\n一、通知（摘要）\n\n"
            "中心定于2025年4月在云南昆明举办“2025年澜湄水环境管理培训班”。培训班由生态环境部国际合作司指导，"
            "澜沧江-湄公河环境合作中心主办，云南大学生态与环境学院承办。\n\n"
            "二、培训班举办情况\n\n"
            "4月8日，2025年澜湄水环境管理培训班在昆明开班。来自五国的20名学员参加。\n")
    ex, names = run(text)
    got = {(o, v) for s, o, v in facts(ex, names, "event_role")}
    assert ("生态环境部国际合作司", "guide") in got
    assert ("云南大学生态与环境学院", "organizer") in got
    assert any(v == "host" for _, v in got)


def test_preamble_naming_no_reported_event_gives_no_roles():
    text = (MAST + "一、通知（摘要）\n\n"
            "中心定于2025年4月举办“澜湄青年环境营”。青年营由云南大学承办。\n\n"
            "二、研讨会举办情况\n\n"
            "4月8日，澜湄湿地保护研讨会在昆明举行。来自六国的30名代表参加。\n")
    ex, names = run(text)
    assert not facts(ex, names, "event_role")


def test_campus_venue_gives_the_city():
    t = "4月8日，研修班在昆明大学呈贡校区开班。"
    assert venue_place(t, 0, len(t))[0] == "昆明"
