"""Who addressed the event: speech verbs shared over lists, attending is not speaking."""
from lmec_kg.extract.speakers import speakers_in_sentence, speech_type, statement


def who(text, names):
    persons = []
    for n in names:
        i = text.index(n)
        persons.append((i, i + len(n), n))
    return [(k, v) for k, v, _ in speakers_in_sentence(text, 0, len(text), persons)]


def test_shared_verb_over_a_list():
    t = "张甲、李乙、王丙分别致辞。"
    assert [k for k, _ in who(t, ["张甲", "李乙", "王丙"])] == ["张甲", "李乙", "王丙"]


def test_each_clause_has_its_own_predicate():
    t = "开幕式上，刘甲致辞，查乙、基丙分别讲话，温丁等代表出席。"
    assert who(t, ["刘甲", "查乙", "基丙", "温丁"]) == [("刘甲", "致辞"), ("查乙", "讲话"), ("基丙", "讲话")]


def test_chairing_or_attending_is_not_speaking():
    assert who("仪式由副司长宋甲主持。", ["宋甲"]) == []
    assert who("王甲与大臣布乙共同主持会议。", ["王甲", "布乙"]) == []
    assert who("朱甲出席启动仪式，并与刘乙共同为项目揭牌。", ["朱甲", "刘乙"]) == []


def test_attend_and_speak():
    assert who("王甲，李乙、赵丙出席开班仪式并致辞。", ["王甲", "李乙", "赵丙"]) == [
        ("王甲", "致辞"), ("李乙", "致辞"), ("赵丙", "致辞")]


def test_speech_types_and_statement():
    assert speech_type("致开幕词") == "opening"
    assert speech_type("主旨发言") == "keynote"
    assert speech_type("致辞", "开幕式上，张三致辞") == "opening"
    assert speech_type("表示") == "remarks"
    t = "李甲表示，合作成果丰硕。"
    assert statement(t, t.index("表示") + 2, len(t)) == "合作成果丰硕。"
