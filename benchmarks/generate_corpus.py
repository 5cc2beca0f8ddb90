#!/usr/bin/env python3
"""Generate synthetic LMEC-style briefings for benchmarks (throughput, visualisation, SPARQL load).

Each briefing has the genre's shape: a masthead (publisher in Chinese and English, series,
"2022年 第5期", publication date), one to three event articles (~2,500 characters in all) with
organiser clauses (指导/主办/承办/支持/协办), chains of organisation + title + name, speeches,
dates, places and named documents, then a "联系我们" contact block. Names of people are composed
at random from syllables and are fictitious; organisations, departments and events are composed
from the project's lexicons and gazetteer plus built-in parts, so the number of distinct
entities keeps growing with the corpus while people and departments also recur across briefings.

Deterministic: briefing ``i`` depends only on ``--seed`` and ``i`` (not on ``--count``), so
``--count 100`` writes the first 100 files of ``--count 3000``, byte for byte.

Examples
--------
    python benchmarks/generate_corpus.py --count 3000 --out /tmp/corpus --seed 1
    python benchmarks/generate_corpus.py --count 50 --out /tmp/c --gold /tmp/c-gold   # + answers
    python benchmarks/generate_corpus.py --count 40 --out /tmp/mixed --formats txt,html,docx,pdf

``--gold DIR`` also writes, per briefing, a JSON file in the format of the evaluation's gold files
(posts, events, event organisations, speakers, organisation countries, mentions), from what the
templates stated; it is a smoke test for extraction at scale, not a substitute for the gold set.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "data" / "lexicons"
GAZETTEER = ROOT / "data" / "gazetteer"

# --- building blocks ------------------------------------------------------------------------

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
)
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容"]
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红燕鹏飞浩宇轩然子涵思远博文晨曦嘉怡欣悦佳琪雨泽"
    "俊辉志强海峰立新建国永红晓东春生秋月冬梅国梅润秋英民小智永康晓燕国栋振宇宏伟德胜家豪天佑静怡梦瑶雅婷"
    "婉清书瑶若曦语嫣诗涵梓萱一鸣亦凡子轩昊然皓轩致远明哲修远清扬凯瑞雪松云鹏晓光维新卫东爱民建华跃进文斌"
)
ROMAN = {  # syllables for fictitious Mekong-country names written in Latin script
    "LA": (["Bounmy", "Khamla", "Somsack", "Phonesavanh", "Vilay", "Souk", "Anousone", "Chanthaly",
            "Sengdao", "Viengkham", "Thongsay", "Latsamy", "Bouasone", "Keo", "Phet", "Sisouk"],
           ["PHOMMA", "SOUVANNA", "KEOMANY", "INTHA", "VONGSA", "SAYASITH", "LUANG", "DOUANG",
            "SOMPHOU", "CHANTHA", "BOUPHA", "SIHARATH"], ["VONG", "LATH", "PHANH", "XAY", "MALA", "SENG", ""]),
    "KH": (["Sokha", "Chenda", "Vannak", "Bopha", "Dara", "Rithy", "Sophal", "Sreymom", "Kosal",
            "Piseth", "Sothea", "Visal", "Chantrea", "Narith"],
           ["HENG", "CHEA", "SOK", "KEO", "MEAS", "NGUON", "PICH", "TEP", "LIM", "OUK", "SAO", "CHHAY"], [""]),
    "MM": (["Aung", "Kyaw", "Thin", "Myint", "Zaw", "Hla", "Nyein", "Tun", "Khin", "Win", "Thant", "Su"],
           ["Min", "Oo", "Htet", "Lwin", "Naing", "Soe", "Thu", "Aye", "Maung", "Myo", "Zin", "Chan"], [""]),
    "TH": (["Somchai", "Niran", "Kanya", "Pornthip", "Wichai", "Supaporn", "Anan", "Ratana",
            "Thanawat", "Siriporn", "Chatchai", "Nattaya", "Prasert", "Malee"],
           ["SRI", "WONG", "CHAI", "RAT", "SUK", "PRA", "THAM", "KIT", "BOON", "JIT", "SAENG", "PAN"],
           ["SUWAN", "PAIBOON", "CHAROEN", "NAKORN", "SAWAT", "WATTANA", "SOMBAT", "RUNG"]),
    "VN": (["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly"],
           ["Van", "Thi", "Duc", "Minh", "Quoc", "Thanh", "Hong", "Ngoc", "Huu", "Kim", "Xuan", "Bao"],
           ["Hung", "Lan", "Tuan", "Mai", "Son", "Huong", "Dung", "Anh", "Long", "Trang", "Phuong", "Khoa"]),
}
TRANSLIT = "普冯栾赛山塔尤斯穆索帕坎宋沙万蓬西拉达吉迪蒙顿纳鲁奥利查特耐博巴颂猜阿努温凯布拉昆桑通玛"
COUNTRIES = {"CN": "中国", "LA": "老挝", "KH": "柬埔寨", "MM": "缅甸", "TH": "泰国", "VN": "越南"}
#: country -> ministry -> units that plausibly belong to it
FOREIGN_MINISTRIES = {
    "LA": {"自然资源与环境部": ["污染控制司", "水资源司", "环境质量促进司", "国际合作司", "气候变化司",
                         "自然资源与环境研究院", "气象水文局"],
           "农业与环境部": ["规划与合作司", "森林司", "水资源司", "气象水文局"],
           "能源与矿产部": ["能源政策与规划司", "矿产管理司"],
           "计划与投资部": ["规划司", "国际合作司"],
           "公共工程与运输部": ["住房与城市规划司", "交通司"]},
    "KH": {"环境部": ["自然保护区管理司", "气候变化司", "污染控制司", "环境知识与信息总局", "可持续发展委员会"],
           "水资源与气象部": ["水文与河流工程司", "气象司"],
           "农林渔业部": ["渔业管理局", "林业局"],
           "外交国际合作部": ["东盟司", "亚洲司"]},
    "MM": {"自然资源与环境保护部": ["环境保护司", "森林司", "规划司", "生物多样性保护司"],
           "交通与通讯部": ["气象水文司", "水资源与河流系统改善司"]},
    "TH": {"自然资源与环境部": ["污染控制司", "环境质量促进司", "国际合作司", "气候变化与环境司", "水资源司"],
           "国家水资源办公室": ["政策与规划司", "国际合作司"],
           "农业与合作社部": ["皇家灌溉厅", "土地开发厅"]},
    "VN": {"自然资源与环境部": ["国际合作司", "气候变化司", "环境污染控制司", "水资源管理局", "自然保护与生物多样性局"],
           "农业与农村发展部": ["水利司", "林业局", "灌溉司"],
           "计划与投资部": ["对外经济司"]},
}
#: Chinese ministry -> its departments
CN_MINISTRIES = {
    "生态环境部": ["国际合作司", "应对气候变化司", "自然生态保护司", "大气环境司", "水生态环境司", "土壤生态环境司",
               "固体废物与化学品司", "科技与财务司", "综合司", "法规与标准司", "环境影响评价与排放管理司",
               "生态环境监测司", "海洋生态环境司", "宣传教育司"],
    "水利部": ["国际合作与科技司", "水资源管理司", "规划计划司", "河湖管理司", "水旱灾害防御司"],
    "自然资源部": ["国际合作司", "国土空间生态修复司", "科技发展司"],
    "外交部": ["亚洲司", "条约法律司", "国际经济司", "边界与海洋事务司"],
    "商务部": ["对外投资和经济合作司", "国际经贸关系司", "亚洲司"],
    "科学技术部": ["国际合作司", "社会发展科技司"],
    "农业农村部": ["国际合作司", "科技教育司"],
    "国家发展和改革委员会": ["国际合作司", "资源节约和环境保护司", "地区经济司"],
    "国家林业和草原局": ["湿地管理司", "野生动植物保护司", "国际合作司", "生态保护修复司"],
    "中国气象局": ["国际合作司", "应急减灾与公共服务司", "科技与气候变化司"],
}
CENTERS = [  # (name, name_en, parent)
    ("澜沧江-湄公河环境合作中心", "Lancang-Mekong Environmental Cooperation Center", "生态环境部"),
    ("生态环境部对外合作与交流中心", "Foreign Environmental Cooperation Center, Ministry of Ecology and Environment", "生态环境部"),
    ("中国-东盟环境保护合作中心", "China-ASEAN Environmental Cooperation Center", "生态环境部"),
    ("澜湄水资源合作中心", "Lancang-Mekong Water Resources Cooperation Center", "水利部"),
]
INTERNATIONAL = ["联合国环境署", "联合国开发计划署", "亚洲开发银行", "湄公河委员会秘书处", "世界资源研究所",
                 "世界自然基金会", "大自然保护协会", "全球环境基金", "国际山地综合发展中心", "湄公学院",
                 "亚洲理工学院", "世界自然保护联盟", "野生生物保护学会", "能源基金会", "东盟秘书处"]
DIVISIONS = ["综合处", "亚洲处", "东盟处", "多边处", "双边处", "项目处", "规划处", "政策处", "监测处", "技术处",
             "国际组织处", "区域合作处", "履约处", "标准处", "评估处", "宣传处", "信息处", "培训处"]
LOCAL_BUREAUS = ["生态环境局", "水务局", "林业和草原局", "外事办公室", "自然资源和规划局", "科学技术局", "气象局"]
PROVINCIAL_BODIES = ["生态环境厅", "水利厅", "林业和草原局", "外事办公室", "科学技术厅", "自然资源厅",
                     "生态环境科学研究院", "环境监测中心站", "人民政府"]
PROVINCE_FULL = {"广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
                 "内蒙古": "内蒙古自治区"}
UNIVERSITIES = [("云南大学", "CN"), ("广西大学", "CN"), ("清华大学", "CN"), ("北京大学", "CN"), ("武汉大学", "CN"),
                ("河海大学", "CN"), ("昆明理工大学", "CN"), ("北京师范大学", "CN"), ("中山大学", "CN"),
                ("老挝国立大学", "LA"), ("金边皇家大学", "KH"), ("朱拉隆功大学", "TH"), ("清迈大学", "TH"),
                ("河内国家大学", "VN"), ("仰光大学", "MM")]
BRAND = "绿源清湄澜泽华瑞恒康嘉禾晟蓝天润博远鑫德信和"
INDUSTRIES = ["环保科技", "环境工程", "新能源", "水务", "生态科技", "节能技术", "检测技术", "环境咨询"]
INSTITUTE_HEADS = ["研究院", "研究所", "研究中心", "技术中心", "发展中心", "监测站"]
TOPICS = ["生物多样性保护", "水环境治理", "大气污染防治", "应对气候变化", "绿色低碳发展", "环境影响评价",
          "固体废物管理", "湿地保护", "生态修复", "环境监测", "绿色金融", "可持续基础设施", "塑料污染治理",
          "农村环境整治", "清洁能源", "流域综合管理", "森林保护", "环境教育", "绿色供应链", "生态旅游",
          "海洋生态保护", "化学品管理", "环境信息共享", "防灾减灾", "水资源管理", "绿色城市", "环保产业合作",
          "循环经济", "自然保护地管理", "跨境环境合作"]
EVENT_HEADS = [("圆桌对话", "dialogue"), ("政策对话", "dialogue"), ("研讨会", "workshop"), ("研讨班", "workshop"),
               ("培训班", "training"), ("论坛", "forum"), ("高层论坛", "forum"), ("交流会", "meeting"),
               ("工作坊", "workshop"), ("座谈会", "meeting"), ("启动仪式", "ceremony"), ("联合考察", "field_visit")]
REGIONS = ["澜湄", "澜沧江-湄公河", "中国-东盟", "中老", "中柬", "中缅", "中泰", "中越", "南南合作", "湄公河流域"]
DOC_TYPES = ["合作战略", "行动计划", "合作框架", "谅解备忘录", "联合声明", "评估报告", "政策研究报告", "合作倡议"]
INITIATIVE_HEADS = ["计划", "行动计划", "倡议", "平台", "伙伴关系", "项目"]
SPEECH_VERBS = [("致开幕词", "opening"), ("致辞", "remarks"), ("致欢迎词", "opening"), ("发表讲话", "remarks")]
CATEGORIES = ["澜湄六国环境主管部门", "湄公河国家气候与环境部门", "国际组织驻华机构", "地方生态环境部门",
              "高校和科研院所", "相关企业和社会组织", "流域国家水资源管理部门", "东盟各国环境部门"]
SAYS = [
    "{topic}是区域可持续发展的重要基础，各方应在政策沟通和经验分享方面进一步加强合作",
    "本次活动为{region}各方搭建了交流平台，有助于推动{topic}领域的务实合作",
    "{country}高度重视{topic}，愿与各方分享实践经验，共同提升区域治理能力",
    "希望各方以此为契机，深化在{topic}领域的联合研究和人员交流",
    "近年来双方在{topic}方面开展了一系列示范项目，取得了积极成效",
    "面对新的形势，区域国家需要加强协调，共同应对{topic}带来的挑战",
    "{org}愿继续发挥桥梁作用，为{region}{topic}合作提供技术支持",
    "期待通过本次交流，进一步凝聚共识，推动合作成果惠及更多民众",
    "加强{topic}能力建设是各国的共同需求，培训和交流应更加注重实效",
    "应充分发挥多边机制的作用，推动{topic}领域的知识共享和技术转移",
]
CLOSINGS = [
    "与会代表围绕{t1}、{t2}等议题进行了深入交流，一致认为应进一步加强区域合作。",
    "会议期间，各方还就下一阶段合作重点和项目安排交换了意见。",
    "活动期间，与会代表实地参观了{place}的有关示范项目，了解当地在{t1}方面的做法。",
    "此次活动进一步增进了各方对{t1}政策与实践的了解，为深化合作奠定了基础。",
]


def _read_tsv(name: str, cols: int) -> list[list[str]]:
    path = LEXICONS / name
    rows = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                parts = line.split("\t")
                rows.append(parts + [""] * (cols - len(parts)))
    return rows


def _places() -> dict[str, list[str]]:
    """Country code -> cities (gazetteer/lexicon when present, else built in)."""
    by_country: dict[str, list[str]] = {}
    provinces: dict[str, str] = {}
    rows = _read_tsv("places.tsv", 4)
    for name, kind, parent, _ in rows:
        if kind == "province":
            provinces[name] = parent
    for name, kind, parent, _ in rows:
        if kind == "city":
            country = parent if parent in COUNTRIES else provinces.get(parent, "")
            if country in COUNTRIES:
                by_country.setdefault(country, []).append(name)
    builtin = {"CN": ["北京", "昆明", "南宁", "景洪", "大理", "成都", "武汉", "广州", "海口", "西宁"],
               "LA": ["万象", "琅勃拉邦"], "KH": ["金边", "暹粒"], "MM": ["内比都", "仰光"],
               "TH": ["曼谷", "清迈"], "VN": ["河内", "胡志明市"]}
    for k, v in builtin.items():
        by_country.setdefault(k, v)
    return {k: sorted(set(v)) for k, v in by_country.items()}


def _titles() -> list[str]:
    path = LEXICONS / "titles.txt"
    if path.is_file():
        got = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        if got:
            return got
    return ["司长", "副司长", "处长", "副处长", "主任", "副主任", "院长", "副院长", "局长", "副局长"]


PLACES = _places()
PROVINCE_OF = {"昆明": "云南", "景洪": "云南", "大理": "云南", "南宁": "广西", "成都": "四川", "武汉": "湖北",
               "广州": "广东", "海口": "海南", "西宁": "青海"}
for _name, _kind, _parent, _ in _read_tsv("places.tsv", 4):
    if _kind == "city" and _parent not in COUNTRIES:
        PROVINCE_OF.setdefault(_name, _parent)
TITLES = _titles()
TITLE_SET = set(TITLES)
INTERNATIONAL_TITLES = ["驻华代表", "国别主任", "项目官员", "高级顾问", "首席代表", "项目经理", "副秘书长", "协调员"]
UNIT_TITLES = {"有限公司": ["董事长", "总经理", "副总经理"], "人民政府": ["副省长", "副秘书长"],
               "学院": ["院长", "副院长", "教授"], "实验室": ["主任", "研究员"], "中心站": ["站长", "副站长"],
               "总局": ["局长", "副局长"], "委员会": ["秘书长", "副秘书长"], "司": ["司长", "副司长", "处长", "副处长"], "部": ["部长", "副部长", "部长助理"],
               "厅": ["厅长", "副厅长", "处长"], "局": ["局长", "副局长", "处长"], "中心": ["主任", "副主任", "处长", "项目官员"],
               "院": ["院长", "副院长", "研究员"], "所": ["所长", "副所长", "研究员"], "处": ["处长", "副处长"],
               "站": ["站长", "副站长"], "馆": ["大使", "参赞", "公使衔参赞", "一等秘书"], "办公室": ["秘书长", "副秘书长"]}


# --- the population: people and organisations that recur across briefings --------------------


@dataclass(frozen=True)
class Org:
    name: str
    country: str | None  # ISO code, None for international bodies
    short: str = ""  # the unit name alone, used after its parent in a chain


@dataclass(frozen=True)
class Person:
    name: str
    org: Org
    title: str
    country: str


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random("-".join(str(p) for p in (seed, *parts)))


def _chinese_name(r: random.Random) -> str:
    sur = r.choice(COMPOUND_SURNAMES) if r.random() < 0.02 else r.choice(SURNAMES)
    n = 1 if r.random() < 0.3 else 2
    return sur + "".join(r.choice(GIVEN) for _ in range(n))


def _foreign_name(r: random.Random, country: str) -> str:
    if r.random() < 0.35:  # a Chinese transliteration, "普冯·栾赛山"
        a = "".join(r.choice(TRANSLIT) for _ in range(r.randint(2, 3)))
        b = "".join(r.choice(TRANSLIT) for _ in range(r.randint(2, 3)))
        return f"{a}·{b}"
    first, mid, last = ROMAN[country]
    if country == "MM":
        return " ".join(r.choice(first if i == 0 else mid) for i in range(r.randint(2, 3)))
    if country == "VN":
        return f"{r.choice(first)} {r.choice(mid)} {r.choice(last)}"
    if country == "KH":
        return f"{r.choice(mid)} {r.choice(first)}"
    return f"{r.choice(first)} {r.choice(mid)}{r.choice(last)}"


def _title_for(r: random.Random, org: Org) -> str:
    if org.country is None:
        options = INTERNATIONAL_TITLES
    else:
        options = next((t for tail, t in UNIT_TITLES.items() if org.name.endswith(tail)), ["主任", "副主任", "处长"])
    known = [t for t in options if t in TITLE_SET] or options  # titles extraction can know
    return r.choice(known)


def _province_name(province: str) -> str:
    return PROVINCE_FULL.get(province, province + "省")


def _org(seed: int, k: int) -> Org:
    """Organisation number k of the population: departments and their divisions, local
    bureaus, foreign ministries' units, institutes, university schools, firms, agencies."""
    r = _rng(seed, "org", k)
    kind = r.random()
    if kind < 0.22:
        ministry = r.choice(sorted(CN_MINISTRIES))
        unit = r.choice(CN_MINISTRIES[ministry])
        return Org(ministry + unit, "CN", unit)
    if kind < 0.32:  # a division (处) of a department: 生态环境部国际合作司东盟处
        ministry = r.choice(sorted(CN_MINISTRIES))
        unit = r.choice(CN_MINISTRIES[ministry]) + r.choice(DIVISIONS)
        return Org(ministry + unit, "CN", unit)
    if kind < 0.45:
        cities = [c for c in PLACES["CN"] if c in PROVINCE_OF]
        if r.random() < 0.5 and cities:
            city = r.choice(cities)
            return Org(f"{city}市{r.choice(LOCAL_BUREAUS)}", "CN")
        province = r.choice(sorted(set(PROVINCE_OF.values())) or ["云南"])
        return Org(f"{_province_name(province)}{r.choice(PROVINCIAL_BODIES)}", "CN")
    if kind < 0.65:
        country = r.choice(sorted(FOREIGN_MINISTRIES))
        ministry = r.choice(sorted(FOREIGN_MINISTRIES[country]))
        unit = r.choice(FOREIGN_MINISTRIES[country][ministry])
        return Org(f"{COUNTRIES[country]}{ministry}{unit}", country, unit)
    if kind < 0.82:
        country = r.choice(["CN", "CN", "LA", "KH", "TH", "VN", "MM"])
        city = r.choice(PLACES.get(country, ["昆明"]))
        topic = r.choice(TOPICS)
        prefix = city if country == "CN" else COUNTRIES[country] + city
        return Org(f"{prefix}{topic}{r.choice(INSTITUTE_HEADS)}", country)
    if kind < 0.91:
        name, country = r.choice(UNIVERSITIES)
        return Org(f"{name}{r.choice(TOPICS)}{r.choice(['学院', '研究中心', '研究所', '重点实验室'])}", country)
    if kind < 0.97:
        city = r.choice(PLACES["CN"])
        brand = "".join(r.choice(BRAND) for _ in range(2))
        return Org(f"{city}{brand}{r.choice(INDUSTRIES)}有限公司", "CN")
    return Org(r.choice(INTERNATIONAL), None)


def _person(seed: int, k: int, pool_orgs: int) -> Person:
    r = _rng(seed, "person", k)
    org = _org(seed, r.randrange(pool_orgs))
    country = org.country or r.choice(["CN", "LA", "KH", "MM", "TH", "VN"])
    name = _chinese_name(r) if country == "CN" else _foreign_name(r, country)
    return Person(name, org, _title_for(r, org), country)


# --- one briefing ---------------------------------------------------------------------------


@dataclass
class Gold:
    doc: str
    posts: list = field(default_factory=list)
    events: list = field(default_factory=list)
    event_organizations: list = field(default_factory=list)
    event_speakers: list = field(default_factory=list)
    organization_countries: list = field(default_factory=list)
    mentions: list = field(default_factory=list)

    def org(self, org: Org) -> None:
        if org.country:
            row = {"organization": [org.name], "country": [COUNTRIES.get(org.country, org.country)]}
            if row not in self.organization_countries:
                self.organization_countries.append(row)

    def as_json(self) -> dict:
        return {"doc": self.doc, "source": "synthetic (benchmarks/generate_corpus.py)", "posts": self.posts,
                "events": self.events, "event_organizations": self.event_organizations,
                "event_speakers": self.event_speakers, "organization_countries": self.organization_countries,
                "mentions": self.mentions}


def _pools(i: int) -> tuple[int, int]:
    # The population grows with the corpus, so entity counts keep rising with N,
    # while earlier people and organisations keep turning up in later briefings.
    return 40 + 6 * i, 60 + 12 * i


def _pick_people(r: random.Random, seed: int, i: int, n: int) -> list[Person]:
    n_orgs, n_people = _pools(i)
    out: list[Person] = []
    names: set[str] = set()
    while len(out) < n:
        # half from the recent past, half from anywhere: recurring people, growing population
        k = r.randrange(max(0, n_people - 80), n_people) if r.random() < 0.5 else r.randrange(n_people)
        p = _person(seed, k, n_orgs)
        if p.name not in names:
            names.add(p.name)
            out.append(p)
    return out


def _date_text(d: dt.date, with_year: bool) -> str:
    return (f"{d.year}年" if with_year else "") + f"{d.month}月{d.day}日"


def _article(r: random.Random, seed: int, i: int, when: dt.date, gold: Gold, host: tuple[str, str, str]) -> tuple[str, str]:
    """(headline, body) of one event article; records its facts in ``gold``."""
    topic = r.choice(TOPICS)
    region = r.choice(REGIONS)
    head, subtype = r.choice(EVENT_HEADS)
    nth = r.randint(1, 12)
    ordinal = f"第{'一二三四五六七八九十'[nth - 1] if nth <= 10 else '十' + '一二'[nth - 11]}届" if r.random() < 0.4 else ""
    event = f"{ordinal}{region}{topic}{head}" if ordinal else f"{when.year}年{region}{topic}{head}"
    country = r.choice(["CN", "CN", "CN", "LA", "KH", "TH", "VN", "MM"])
    online = r.random() < 0.15
    city = r.choice(PLACES.get(country, ["北京"]))
    if country == "CN":
        province = PROVINCE_OF.get(city)
        place_phrase = f"在{province}{city}" if province and r.random() < 0.6 else ("在京" if city == "北京" else f"在{city}")
    else:
        place_phrase = f"在{COUNTRIES[country]}{city}"
    span = r.random() < 0.3
    start = when
    date_phrase = _date_text(start, r.random() < 0.5)
    if span:
        end = start + dt.timedelta(days=r.randint(1, 3))
        date_phrase += f"至{end.day}日" if end.month == start.month else f"至{_date_text(end, False)}"
    verb = r.choice(["举行", "召开", "举办", "开幕"])
    if online:
        how, place_name = "以线上形式", None
        first = f"{date_phrase}，{event}{how}{verb}。"
    elif r.random() < 0.3:
        how, place_name = "以线上线下结合形式", city
        first = f"{date_phrase}，{event}{how}{place_phrase}{verb}。"
    else:
        place_name = city
        first = f"{date_phrase}，{event}{place_phrase}{verb}。"
    gold.events.append({"date": start.isoformat(), "place": [place_name] if place_name else [], **({"optional": True} if not place_name else {})})

    # organiser clause
    n_orgs, _ = _pools(i)
    roles: list[tuple[str, str]] = []  # (role, org name)
    guide = r.choice(["生态环境部", "水利部", "外交部"]) if r.random() < 0.5 else None
    if guide:
        roles.append(("guide", guide))
    hosts = [host[0]] + ([r.choice(CENTERS[1:])[0]] if r.random() < 0.3 else [])
    roles += [("host", h) for h in hosts]
    extra = [_org(seed, r.randrange(n_orgs)) for _ in range(r.randint(1, 4))]
    extra_names = list(dict.fromkeys(o.name for o in extra if o.name not in hosts and o.name != guide))
    for o in extra:
        gold.org(o)
    role_cycle = ["organizer", "supporter", "co-organizer"]
    assigned: dict[str, list[str]] = {}
    for k, name in enumerate(extra_names):
        assigned.setdefault(role_cycle[k % 3] if r.random() < 0.8 else r.choice(role_cycle), []).append(name)
    short = head if head not in ("启动仪式",) else "仪式"
    clause = f"本次{short}由"
    parts = []
    if guide:
        parts.append(f"{guide}指导")
    parts.append(f"{'、'.join(hosts)}{'共同' if len(hosts) > 1 else ''}主办")
    for role, zh in (("organizer", "承办"), ("supporter", "支持"), ("co-organizer", "协办")):
        for name in assigned.get(role, []):
            roles.append((role, name))
        if assigned.get(role):
            parts.append(f"{'、'.join(assigned[role])}{zh}")
    clause += "，".join(parts) + "。"
    for role, name in roles:
        gold.event_organizations.append({"organization": [name], "role": role})
    for name in ([guide] if guide else []) + hosts:
        gold.org(Org(name, "CN"))
    count = r.choice([30, 40, 50, 60, 70, 80, 100, 120, 150, 200, 300])
    qual = r.choice(["近", "约", "", ""])
    suffix = "余" if not qual and r.random() < 0.5 else ""
    cats = "、".join(r.sample(CATEGORIES, 2))
    attendance = f"来自{cats}的{qual}{count}{suffix}名代表参加了{short if len(short) <= 3 else '活动'}。"
    paragraphs = [first + clause + attendance]

    # officials: who chaired, who spoke, who gave keynotes
    people = _pick_people(r, seed, i, r.randint(3, 6))
    chair, speakers, keynotes = people[0], people[1:-1] or people[1:], people[-1:] if len(people) > 2 else []
    for p in people:
        gold.posts.append({"person": [p.name], "title": [p.title], "organization": [p.org.name]})
        gold.org(p.org)
    chain = "、".join(f"{p.org.name}{p.title}{p.name}" for p in speakers)
    speech, _ = r.choice(SPEECH_VERBS)
    second = (f"开幕式由{chair.org.name}{chair.title}{chair.name}主持。{chain}出席{'开幕式' if r.random() < 0.6 else '会议'}并{speech}。")
    if keynotes:
        k = keynotes[0]
        second += f"{k.org.name}{k.title}{k.name}就{r.choice(TOPICS)}作主旨发言。"
    paragraphs.append(second)
    for p in speakers + keynotes:
        gold.event_speakers.append([p.name])
    if r.random() < 0.7:
        ts = r.sample(TOPICS, 3)
        background = r.choice([
            f"据介绍，{event}是{region}各方在{topic}领域开展交流的重要平台，今年的活动设置了{ts[0]}、{ts[1]}和{ts[2]}三个专题。",
            f"活动期间，来自各国的{r.randint(5, 20)}位专家围绕{ts[0]}、{ts[1]}和{ts[2]}等专题进行了授课和案例分享，学员们结合本国实际开展了分组讨论。",
            f"本次{short}是{when.year}年{region}合作的系列活动之一，旨在为各方提供分享{topic}政策与技术经验的机会，推动形成更加紧密的合作网络。",
        ])
        paragraphs.append(background)
    # speeches
    for p in (speakers + keynotes)[: r.randint(3, 5)]:
        said = r.sample(SAYS, 3 if r.random() < 0.5 else 2)
        fill = dict(topic=r.choice(TOPICS), region=region, country=COUNTRIES.get(p.country, "中国")[:1] + "方",
                    org=p.org.name)
        paragraphs.append(f"{p.name}表示，" + "。".join(x.format(**fill) for x in said) + "。")
    # named documents and initiatives
    if r.random() < 0.6:
        y = when.year - r.randint(0, 3)
        doc = f"《{r.choice(REGIONS)}{r.choice(TOPICS)}{r.choice(DOC_TYPES)}（{y}-{y + 4}）》"
        ini_head = r.choice(INITIATIVE_HEADS)
        ini = f"“{r.choice(REGIONS)}{r.choice(TOPICS)}{ini_head}”"
        paragraphs.append(f"会议旨在落实{doc}，务实推进{ini}，推动{region}{topic}合作取得更多成果。")
        gold.mentions.append({"kind": "document", "name": [doc.strip("《》")]})
        gold.mentions.append({"kind": "initiative", "name": [ini.strip("“”")]})
    t1, t2 = r.sample(TOPICS, 2)
    paragraphs.append(r.choice(CLOSINGS).format(t1=t1, t2=t2, place=city))
    verb_head = "召开" if head not in ("启动仪式", "联合考察", "培训班", "研讨班") else "举办"
    where = "线上" if online else ("京" if city == "北京" and r.random() < 0.5 else city)
    headline = f"{event}在{where}{verb_head}" if r.random() < 0.7 else f"{event}顺利{verb_head}"
    return headline, "\n\n".join(paragraphs)


CONTACT = {
    "澜沧江-湄公河环境合作中心": ("北京市西城区后英房胡同5号", "100035", "+86-10-82268242", "lmec@lmec-example.org.cn", "http://www.lmec-example.org.cn/"),
    "澜湄水资源合作中心": ("北京市西城区白广路二条2号", "100053", "+86-10-63204000", "lmwrc@lmwrc-example.org.cn", "http://www.lmwrc-example.org.cn/"),
    "中国-东盟环境保护合作中心": ("北京市西城区后英房胡同5号", "100035", "+86-10-82268600", "caec@caec-example.org.cn", "http://www.caec-example.org.cn/"),
}


def briefing(seed: int, i: int) -> tuple[str, str, Gold]:
    """(file stem, text, gold) of synthetic briefing number ``i``."""
    r = _rng(seed, "briefing", i)
    host = CENTERS[0] if r.random() < 0.7 else r.choice([CENTERS[0], CENTERS[2], CENTERS[3]])
    year = 2017 + (i // 12) % 9
    issue = i % 12 + 1
    published = dt.date(year, min(12, issue), 1) + dt.timedelta(days=r.randint(0, 27))
    short = {"澜沧江-湄公河环境合作中心": "lmec", "澜湄水资源合作中心": "lmwrc", "中国-东盟环境保护合作中心": "caec"}[host[0]]
    stem = f"syn-{short}-briefing-{year}-{issue:02d}-{i:06d}"
    gold = Gold(stem)
    gold.org(Org(host[0], "CN"))
    series = "工作简报" if short == "lmwrc" else "简报"
    target = r.randint(2200, 2900)
    articles: list[tuple[str, str]] = []
    length = 0
    when = published - dt.timedelta(days=r.randint(5, 40))
    while length < target and len(articles) < 3:
        h, body = _article(r, seed, i, when, gold, host)
        articles.append((h, body))
        length += len(h) + len(body)
        when -= dt.timedelta(days=r.randint(3, 30))
    masthead = f"\n\n\n{host[0]}\n{host[1]}\n\n{series}\n\n{year}年 第{issue}期\n\n{_date_text(published, True)}\n\n"
    body = "\n\n\n".join(f"{h}\n\n{b}" for h, b in articles)
    addr, post, phone, email, url = CONTACT.get(host[0], CONTACT["澜沧江-湄公河环境合作中心"])
    contact = (f"\n\n\n联系我们\n\n{host[0]}\n{addr}\n邮编：{post}\n电话：{phone}\n传真：{phone[:-1]}9\n"
               f"电子邮箱：{email}\n网址：<{url}>\n")
    return stem, masthead + body + contact, gold


# --- other file formats (for ingest benchmarks over mixed folders) ---------------------------

FORMATS = ("txt", "html", "docx", "pdf")


def write_html(path: Path, text: str) -> None:
    """The briefing as a web page: navigation, the article in <p>s, a footer."""
    from html import escape

    paras = [p for p in text.split("\n") if p.strip()]
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>简报</title>"
        "<style>p{line-height:1.8}</style><script>var nav=1;</script></head><body>"
        "<nav><a href=\"/\">首页</a> <a href=\"/news\">新闻动态</a> <a href=\"/about\">关于我们</a></nav>"
        f"<div class=\"content\">{body}</div>"
        "<footer><p>版权所有 示例网站</p></footer></body></html>",
        encoding="utf-8",
    )


def write_docx(path: Path, text: str) -> None:
    import docx

    d = docx.Document()
    d.sections[0].footer.paragraphs[0].text = "内部资料"
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(str(path))


def write_pdf(path: Path, text: str) -> None:
    """A4, STSong-Light, a running header and page numbers, paragraphs wrapped by width."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font, size = "STSong-Light", 11
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = A4
    left, right, top, bottom = 72, width - 72, height - 72, 72
    c = canvas.Canvas(str(path), pagesize=A4)
    page = 1

    def furniture() -> None:
        c.setFont(font, 9)
        c.drawString(left, height - 40, "澜湄环境合作简报（内部资料）")
        c.drawCentredString(width / 2, 36, f"- {page} -")
        c.setFont(font, size)

    furniture()
    y = top
    # reportlab's STSong-Light gives U+00B7 no advance and pdfminer drops it; U+30FB is drawn
    # in its place and read back as "·", so names like 普冯·栾赛山 survive the round trip
    text = text.replace("\u00b7", "\u30fb")
    for para in text.split("\n"):
        if not para.strip():
            continue
        lines, line = [], ""
        for token in _WRAP_UNITS.findall(para):  # a Latin word or number wraps whole
            avail = right - left - (2 * size if not lines else 0)
            if line and pdfmetrics.stringWidth(line + token, font, size) > avail:
                lines.append(line.rstrip(" "))
                line = token.lstrip(" ")
            else:
                line += token
        lines.append(line)
        for k, ln in enumerate(lines):
            if y < bottom:
                c.showPage()
                page += 1
                furniture()
                y = top
            c.drawString(left + (2 * size if k == 0 else 0), y, ln)
            y -= size * 1.7
    c.showPage()
    c.save()


_WRAP_UNITS = re.compile(r" ?[A-Za-z0-9@.:/<>_\-]+|.", re.S)
_WRITERS = {"html": write_html, "docx": write_docx, "pdf": write_pdf}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100, help="number of briefings (default 100)")
    ap.add_argument("--out", required=True, help="folder to write the briefings into (created)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--start", type=int, default=0, help="number of the first briefing (default 0)")
    ap.add_argument("--gold", help="also write one gold JSON per briefing into this folder")
    ap.add_argument("--formats", default="txt",
                    help="comma-separated formats to cycle through: txt,html,docx,pdf (default txt); "
                         "briefing i is written as formats[i %% len(formats)]")
    ap.add_argument("--quiet", action="store_true", help="no summary line")
    args = ap.parse_args(argv)
    if args.count < 0:
        ap.error("--count must be >= 0")
    formats = [f.strip().lower() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        ap.error(f"--formats: unknown {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gold_dir = Path(args.gold) if args.gold else None
    if gold_dir:
        gold_dir.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(args.start, args.start + args.count):
        stem, text, gold = briefing(args.seed, i)
        fmt = formats[i % len(formats)]
        if fmt == "txt":
            (out / f"{stem}.txt").write_text(text, encoding="utf-8")
        else:
            _WRITERS[fmt](out / f"{stem}.{fmt}", text)
        chars += len(text)
        if gold_dir:
            (gold_dir / f"{stem}.json").write_text(json.dumps(gold.as_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.quiet:
        print(f"wrote {args.count} briefings ({chars:,} characters) to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
