"""Named initiatives (quoted or bare with a proper element) and documents (《》)."""
from lmec_kg.extract.mentions import find_documents, find_initiatives


def inits(text):
    return [i.name for i in find_initiatives(text, 0, len(text), [])]


def test_documents_in_book_marks():
    t = "落实《澜沧江-湄公河环境合作战略与行动框架（2023-2027）》和《巴黎协定》"
    docs = find_documents(t, 0, len(t))
    assert [d.name for d in docs] == ["澜沧江-湄公河环境合作战略与行动框架（2023-2027）", "巴黎协定"]
    assert docs[0].subtype == "framework"
    assert all(t[d.start:d.end] == d.name for d in docs)


def test_quoted_initiatives_need_an_initiative_head():
    assert inits("通报了“中国-东盟环境信息共享平台”“绿色使者计划”等项目") == ["中国-东盟环境信息共享平台", "绿色使者计划"]
    assert inits("被誉为“金色样板”，弘扬“澜湄精神”") == []
    assert inits("以“澜湄区域水安全与发展”为主题") == []


def test_quoted_programme_under_an_initiative():
    assert inits("共同启动“绿色澜湄计划：澜沧江-湄公河环境合作奖学金项目”") == [
        "绿色澜湄计划", "澜沧江-湄公河环境合作奖学金项目"]


def test_bare_names_with_a_proper_element():
    assert inits("通过构建气候变化南南合作知识共享平台等方式") == ["气候变化南南合作知识共享平台"]
    assert inits("开通澜湄水资源合作信息共享平台网站") == ["澜湄水资源合作信息共享平台"]
    assert inits("中方支持建设的大气环境自动监测示范项目") == []  # generic, no proper element
    assert inits("召开2020年度澜湄环境合作项目推进会") == []  # names the meeting


def test_well_known_initiatives_written_bare():
    assert inits("澜湄合作已发展为最具活力的次区域合作机制") == ["澜湄合作"]
    assert inits("借助澜湄合作平台加强信息共享") == ["澜湄合作"]
    assert inits("以落实全球发展倡议为契机") == ["全球发展倡议"]
