"""Phenomena first met in the fifth held-out set, each on invented sentences (fictional
bodies, places and programmes): 与/和 inside and between organisation and fund names,
quantifiers and province counts after a conjunction, foreign provinces' departments,
newspapers' departments."""
from lmec_kg.extract.mentions import find_initiatives
from lmec_kg.extract.orgs import find_orgs


def inits(text):
    return [n.name for n in find_initiatives(text, 0, len(text), [])]


def orgs(text):
    return [(o.name, o.country) for o in find_orgs(text)]


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
