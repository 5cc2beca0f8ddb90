"""Names after titles, posts, name variants."""
from lmec_kg.extract.people import find_posts, parse_name, same_person


def posts(text):
    return [(p.person.name, p.title, p.org.name if p.org else None) for p in find_posts(text, 0, len(text))]


def test_chain_with_elided_parent():
    text = "生态环境部国际合作司处长周军、应对气候变化司副处长陈某某出席会议。"
    assert posts(text) == [("周军", "处长", "生态环境部国际合作司"), ("陈某某", "副处长", "生态环境部应对气候变化司")]


def test_two_posts_for_one_person():
    text = "外交部亚洲司参赞兼处长、澜沧江-湄公河合作中国秘书处国家协调员曹某讲话。"
    assert posts(text) == [("曹某", "参赞兼处长", "外交部亚洲司"), ("曹某", "国家协调员", "澜沧江-湄公河合作中国秘书处")]


def test_ambassadors_and_consuls_belong_to_their_mission():
    text = "缅甸驻华大使吴某某、泰国驻昆代总领事贾某某出席。"
    assert posts(text) == [("吴某某", "驻华大使", "缅甸驻华大使馆"), ("贾某某", "代总领事", "泰国驻昆明总领事馆")]


def test_title_after_name_and_latin_names():
    assert posts("越南自然资源与环境部黎某某副部长表示，") == [("黎某某", "副部长", "越南自然资源与环境部")]
    assert posts("柬埔寨环境部可持续发展委员会副秘书长Heng Chan Thoeum出席会议") == [
        ("Heng Chan Thoeum", "副秘书长", "柬埔寨环境部可持续发展委员会")]


def test_multiword_titles_and_representatives():
    assert posts("国际金融公司亚太区首席投资官李某、世界资源研究所北京代表处首席代表方某") == [
        ("李某", "亚太区首席投资官", "国际金融公司"), ("方某", "首席代表", "世界资源研究所北京代表处")]
    assert posts("澜沧江-湄公河中国秘书处代表耿某出席") == [("耿某", "代表", "澜沧江-湄公河中国秘书处")]


def test_no_person_after_generic_representatives():
    assert posts("与会代表一致表示，") == []
    assert posts("广西壮族自治区人民政府代表也先后致辞。") == []


def test_names_end_before_their_predicate():
    t = "处长涂某和发言时指出"
    assert parse_name(t, 2, len(t)).name == "涂某和"
    t = "研究员周某新作主旨发言"
    assert parse_name(t, 3, len(t)).name == "周某新"
    t = "副部长普冯·栾某山介绍了情况"
    assert parse_name(t, 3, len(t)).name == "普冯·栾某山"
    t = "部长陈某河（Trần Hồng Hà）致辞"
    p = parse_name(t, 2, len(t))
    assert p.name == "陈某河" and p.aliases == ("Trần Hồng Hà",)


def test_name_variants_of_one_person():
    assert same_person("Heng Chan Thoeum", "HENG Chan Thoeun")
    assert same_person("Nguyễn Thị Thanh Huyền", "NGUYEN Thi Thanh Huyen")
    assert not same_person("Sok Vannara", "Sok Vanna")
    assert not same_person("王平", "王萍")


def test_list_members_share_the_body_and_honorifics_are_dropped():
    assert posts("老挝驻华大使馆临时代办宋某、参赞Dr. Somsak Phan出席。") == [
        ("宋某", "临时代办", "老挝驻华大使馆"), ("Somsak Phan", "参赞", "老挝驻华大使馆")]


def test_mayor_belongs_to_the_city_government():
    assert posts("桂林市副市长陈某强出席并致辞。") == [("陈某强", "副市长", "桂林市人民政府")]


def test_gloss_between_body_and_title_and_posts_joined_by_ji():
    text = "研究院副院长及全球湄公河研究中心（中国中心）主任荣某出席。"
    got = posts("中国国际问题" + text)
    assert ("荣某", "副院长", "中国国际问题研究院") in got
    assert ("荣某", "主任", "全球湄公河研究中心") in got


def test_prepositions_end_names_and_other_dot_marks():
    t = "国家协调员曹某在京会见来访团"
    assert parse_name(t, 5, len(t)).name == "曹某"
    t = "副总理宋沙瓦˙凌沙瓦做了主旨演讲"
    assert parse_name(t, 3, len(t)).name == "宋沙瓦˙凌沙瓦"


def test_title_inside_a_dotted_run_is_not_a_name():
    assert posts("泰王国总理府国务部长贴某·立某某出席。") == [("贴某·立某某", "国务部长", "泰国总理府")]


def test_he_variant_of_ministry_names_and_posted_country_inside_a_title():
    assert posts("中国驻泰国大使吕某和泰国自然资源和环境部次长维某11日签署协议。") == [
        ("吕某", "大使", "中国驻泰国大使馆"), ("维某", "次长", "泰国自然资源和环境部")]


def test_country_abbreviation_after_zhu():
    assert posts("中国驻柬大使熊某出席。") == [("熊某", "大使", "中国驻柬埔寨大使馆")]
