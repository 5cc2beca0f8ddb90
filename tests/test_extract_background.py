"""Contact block and founding date -> facts on the publisher only."""
from lmec_kg.extract.background import contacts, founded

BLOCK = """联系我们
某某合作中心
北京市西城区后英房胡同5号
邮编：100035
电话：+86-10-82268242
传真：+86-10-82200579
电子邮箱：a.b@example.org.cn
c.d@example.org.cn
网址：<http://www.example.org.cn/>
微信公众号：lancang-mekongce"""


def test_contact_lines():
    got = [(k, v) for k, v, _, _ in contacts(BLOCK, 0, len(BLOCK))]
    assert got == [
        ("address", "北京市西城区后英房胡同5号"), ("postcode", "100035"), ("phone", "+86-10-82268242"),
        ("fax", "+86-10-82200579"), ("email", "a.b@example.org.cn"), ("email", "c.d@example.org.cn"),
        ("url", "http://www.example.org.cn/"), ("wechat", "lancang-mekongce")]
    for k, v, a, b in contacts(BLOCK, 0, len(BLOCK)):
        assert v in BLOCK[a:b]


def test_founding_date():
    assert founded("某中心于2017年11月在北京正式成立。") == "2017-11"
    assert founded("2017年11月28日，中心在北京正式启动。") == "2017-11-28"
    assert founded("中心致力于推动合作。") is None
