"""Page lines naming the house (bmeta73): a correspondent's credit after an abbreviation, a
Chinese house tag in round brackets, a city and a Latin credit opening Japanese or Chinese
copy, a Korean bracket crediting a wire and its house, a house's name on the last line; and
the look-alikes each must leave alone. Every fixture is written for the test."""

from __future__ import annotations

import pytest

from briefing.corpus.cjk_credit import bracket_credit
from briefing.corpus.closing_house import closing_house
from briefing.corpus.correspondent_credit import credited_agency
from briefing.corpus.datelines import read_dateline
from briefing.corpus.sources import find_source

RU_LEAD = "Городской совет одобрил строительство нового моста через реку после долгих споров."


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        (f"ПРИМЕРСК, 3 марта. /Корр. ЭКСА Иван Петров/. {RU_LEAD}", "ЭКСА"),
        (f"ПРИМЕРСК, 3 марта. /Спец. корр. ЭКСА/. {RU_LEAD}", "ЭКСА"),
        (f"ПРИМЕРСК, 3 марта. /Соб. корр. РИА Новости Анна Сидорова/. {RU_LEAD}", "РИА Новости"),
        (f"3 марта, Примерск /Корр. ЭКСА/. {RU_LEAD}", "ЭКСА"),
        ("EXAMPLETON, March 3. /Corr. EXA Jane Roe/. The council approved it.", "EXA"),
    ],
)
def test_the_house_after_a_correspondents_abbreviation(line: str, agency: str) -> None:
    dateline = read_dateline(line)
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    "line",
    [
        f"ПРИМЕРСК, 3 марта. /Корр. нашего издания/. {RU_LEAD}",  # no house after it
        f"ПРИМЕРСК, 3 марта. /Корр./. {RU_LEAD}",
        f"ПРИМЕРСК, 3 марта. /Ред. примечание к тексту/. {RU_LEAD}",
    ],
)
def test_an_abbreviation_alone_is_no_outlet(line: str) -> None:
    dateline = read_dateline(line)
    assert dateline is not None and dateline.agency is None
    assert find_source(["Мост через реку", line, RU_LEAD]) is None


def test_a_credit_without_an_abbreviation_is_unchanged() -> None:
    assert credited_agency("Ukrinform") == "Ukrinform"
    assert credited_agency("EXA.RU") == "EXA.RU"  # capitals and a dot: a name, no abbreviation
    dateline = read_dateline(f"ПРИМЕРСК, 3 марта. /ЭКСА/. {RU_LEAD}")
    assert dateline is not None and dateline.agency == "ЭКСА"


ZH_LEAD = "示例市议会周二批准了一项新的桥梁建设计划,工程将于明年春季开始。"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (f"(示例早报网讯){ZH_LEAD}", "示例早报网"),
        (f"（示例日报讯）{ZH_LEAD}", "示例日报"),
        (f"(示例社北京电){ZH_LEAD}", "示例社"),
    ],
)
def test_a_house_tag_in_round_brackets(line: str, outlet: str) -> None:
    credit = bracket_credit(line)
    assert credit is not None and credit[0] == outlet
    assert find_source([line, ZH_LEAD]) == outlet


def test_a_house_tag_after_a_date_label() -> None:
    assert find_source([f"date 2031-05 (示例早报网讯){ZH_LEAD}", ZH_LEAD]) == "示例早报网"


@pytest.mark.parametrize(
    "line",
    [
        f"(本报讯){ZH_LEAD}",  # "this paper": no name
        f"(示例病毒){ZH_LEAD}",  # a gloss: no outlet word, no mark
        f"(张三讯){ZH_LEAD}",  # a name that ends in no outlet word
        f"(据示例社报道){ZH_LEAD}",  # a citation
    ],
)
def test_round_brackets_in_prose_name_no_house(line: str) -> None:
    assert bracket_credit(line) is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("ロンドン(EXA) 英国の首相は13日までに、新しい橋の計画を発表した。", "EXA"),
        ("ロンドン（ＥＸＡ）　英国の首相は13日までに発表した。", "EXA"),
        ("伦敦(Exa News) - 英国首相周二宣布了新的桥梁计划。", "Exa News"),
    ],
)
def test_a_city_and_a_latin_credit_open_cjk_copy(line: str, agency: str) -> None:
    dateline = read_dateline(line)
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    "line",
    [
        "示例機構(EXO)は13日、新しい計画を発表した。",  # a gloss glued to its particle
        "示例機構(EXO) は13日、新しい計画を発表した。",  # no city before the bracket
        "ロンドン(London) 英国の首相は発表した。",  # a city's Latin name, no credit
        "ロンドン(EXA)の首相は発表した。",  # glued: a gloss
    ],
)
def test_a_cjk_gloss_is_no_dateline(line: str) -> None:
    assert read_dateline(line) is None


KO_LEAD = (
    "예시시 의회가 화요일 긴 토론 끝에 다리 공사 계획을 승인했다. "
    "공사는 내년 봄에 시작되며 3년 동안 이어질 예정이라고 시 관계자들이 밝혔다."
)


@pytest.mark.parametrize(
    "line",
    [
        f"【런던 = EXA/예시뉴스】홍길동 기자 = {KO_LEAD}",
        f"【서울=예시뉴스】 홍길동 기자 = {KO_LEAD}",
        f"(런던=EXA/예시뉴스) 홍길동 특파원 = {KO_LEAD}",
    ],
)
def test_a_korean_bracket_names_the_house_after_the_slash(line: str) -> None:
    assert find_source(["예시 다리 공사 계획 승인", line, KO_LEAD]) == "예시뉴스"


@pytest.mark.parametrize(
    "line",
    [
        # a caption
        f"【런던 = EXA/예시뉴스】 = 홍길동 장관이 지난해 행사에 참석한 모습. {KO_LEAD}",
        f"【런던 = EXA/예시뉴스) 홍길동 기자 = {KO_LEAD}",  # brackets that do not pair
        "【런던 = EXA/예시뉴스】홍길동 기자 = 29일 서울에서 찍은 사진. hong@example.kr",
    ],
)
def test_a_korean_picture_credit_names_no_house(line: str) -> None:
    assert find_source(["예시 다리 공사 계획 승인", line, KO_LEAD]) is None


EN_BODY = [
    "Example Headline About A Bridge",
    "The council approved the bridge on Tuesday after a long debate.",
    "Work starts next spring and runs for three years, officials said.",
]


@pytest.mark.parametrize("line", ["Exava News", "EXA Times", "ExaIndia Daily"])
def test_a_house_signs_the_last_line(line: str) -> None:
    assert closing_house([*EN_BODY, line]) == line
    assert find_source([*EN_BODY, line]) == line


@pytest.mark.parametrize(
    "line",
    [
        "Related News",  # a page's navigation
        "Latest News",
        "World News",
        "Jane Roe",  # a person
        "Photo: Exava News",  # a label: a picture's credit
        "The council met again on Friday News",  # a sentence
    ],
)
def test_a_last_line_that_is_no_house(line: str) -> None:
    assert closing_house([*EN_BODY, line]) is None


def test_a_house_name_before_the_last_line_is_not_read() -> None:
    assert closing_house([*EN_BODY[:2], "Exava News", EN_BODY[2]]) is None
