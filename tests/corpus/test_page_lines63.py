"""A page's date line, a site's name before a wire's dateline, bracketed provider credits,
copyright lines without a mark and a "original headline" label (invented text only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.date_only_line import is_date_only
from briefing.corpus.datelines import read_dateline
from briefing.corpus.korean_credit import copyright_outlet
from briefing.corpus.site_dateline import site_dateline_outlet
from briefing.corpus.slashed_credit import is_slashed_credit
from briefing.corpus.wire_cues import after_opening_note, wire_dateline
from briefing.corpus.wire_over_stamp import wire_over_stamp

_AR_LEAD = (
    "قالت السلطات في الجزيرة إن السفينة التجارية انقسمت إلى نصفين بعد أيام من جنوحها "
    "قرب الساحل الشرقي، وإن فرق الإنقاذ تعمل على احتواء الوقود المتسرب منها."
)
_FR_LEAD = (
    "Les autorités de l'île ont annoncé que le navire marchand s'était brisé en deux après "
    "plusieurs jours d'échouage près de la côte est, et que les équipes pompaient le carburant."
)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("الاثنين - 3 مايو 2038", "ar"),
        ("Lundi 3 mai 2038", "fr"),
        ("Montag, 3. Mai 2038", "de"),
        ("2038年5月3日 星期一", "zh"),
        ("понедельник, 3 мая 2038", "ru"),
    ],
)
def test_a_line_wholly_a_date_is_a_date_line(line: str, language: str) -> None:
    assert is_date_only(line, language)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Lundi 3 mai 2038 : la grève gagne le port", "fr"),  # a headline starting with a date
        ("3 May: what we know about the wreck", "en"),
        ("Mai 2038", "de"),  # a month, no day
        ("Le navire a 3 ponts", "fr"),  # a figure, no date
    ],
)
def test_a_headline_with_a_date_is_no_date_line(line: str, language: str) -> None:
    assert not is_date_only(line, language)


def test_a_page_date_line_is_never_the_title_nor_the_date(tmp_path: Path) -> None:
    headline = "انشطار سفينة الشحن قبالة الجزيرة"
    text = f"الاثنين - 3 مايو 2038\nالاثنين - 3 مايو 2038\n\n{headline}\n\n{_AR_LEAD}\n"
    article = read(tmp_path, text)
    assert article.title == headline
    assert article.date is None


def test_a_french_page_date_line_is_not_the_title(tmp_path: Path) -> None:
    headline = "Le cargo échoué se brise en deux"
    article = read(tmp_path, f"Lundi 3 mai 2038\n\n{headline}\n\n{_FR_LEAD}\n")
    assert article.title == headline


def test_a_headline_opening_with_a_date_stays_the_title(tmp_path: Path) -> None:
    headline = "3 mai : le cargo échoué se brise en deux"
    article = read(tmp_path, f"{headline}\n\n{_FR_LEAD}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Example News | PARIS (AFP)", "Agence France-Presse"),
        ("مثال الآن | جزيرة (رويترز)", "رويترز"),
        ("مثال الآن | جزيرة (رويترز) -", "رويترز"),
    ],
)
def test_a_site_name_and_a_wire_dateline_give_the_wire(line: str, outlet: str) -> None:
    assert site_dateline_outlet(line) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Harbour reopens | Example (Paris)",  # a place in brackets, no agency
        "Tickets | Concert (Saturday)",
        "Example News | PARIS (AFP) - The ship broke in two on Sunday",  # the lead run in
        "PARIS (AFP)",  # no site, no bar: the dateline readers' case
    ],
)
def test_no_site_dateline_without_a_known_agency_alone(line: str) -> None:
    assert site_dateline_outlet(line) is None


def test_the_site_dateline_line_is_no_title_and_no_place_outlet(tmp_path: Path) -> None:
    article = read(tmp_path, f"مثال الآن | جزيرة (رويترز)\n\n{_AR_LEAD}\n")
    assert article.source == "رويترز"
    assert article.title is None or "مثال الآن" not in article.title


def test_a_bracketed_provider_credit_names_the_outlet(tmp_path: Path) -> None:
    lead = (
        "インド洋の島国の沖合で座礁した貨物船から燃料が流れ出し、政府は八日までに環境の"
        "非常事態を宣言したことが分かった。当局は周辺の海岸で回収作業を続けている。"
    )
    article = read(tmp_path, f"{lead}\n\n(ニュース提供元:例示通信社)\n")
    assert article.source == "例示通信社"


def test_a_picture_credit_in_brackets_is_no_provider(tmp_path: Path) -> None:
    lead = (
        "インド洋の島国の沖合で座礁した貨物船から燃料が流れ出し、政府は八日までに環境の"
        "非常事態を宣言したことが分かった。当局は周辺の海岸で回収作業を続けている。"
    )
    article = read(tmp_path, f"{lead}\n\n(写真提供:例示通信社)\n")
    assert article.source is None


def test_a_copyright_holder_line_without_a_mark() -> None:
    assert copyright_outlet("[저작권자 EXAMPLE/ 무단복사, 무단전재 및 재배포 금지]") == "EXAMPLE"


@pytest.mark.parametrize(
    "line",
    [
        "저작권자 EXAMPLE 측은 입장을 밝혔다",  # the word in a sentence, no ban
        "사진 EXAMPLE 무단전재",  # no holder's label, no mark
    ],
)
def test_no_copyright_holder_without_label_and_ban(line: str) -> None:
    assert copyright_outlet(line) is None


def test_an_original_headline_label_is_stripped(tmp_path: Path) -> None:
    headline = "货船触礁断成两截清污工作受阻"
    lead = "当地时间周六，一艘搁浅多日的货船断成两截，当局表示清理工作因天气恶化而放缓。" * 2
    article = read(tmp_path, f"原标题:{headline}\n\n{lead}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Самара. 3 мая. EXAMPLE.RU - Власти города объявили режим тревоги.", "EXAMPLE.RU"),
        ("Самара. 3 мая. ПРИМЕР - Власти города объявили режим тревоги.", "ПРИМЕР"),
    ],
)
def test_a_dateline_set_off_by_stops_names_its_agency(text: str, agency: str) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "Самара. 3 мая прошёл митинг. ОМОН - на месте.",  # prose after the day
        "Самара. Власти города объявили режим тревоги.",  # no day
        "Самара. 3 мая. Власти - на месте событий.",  # no agency in capitals
    ],
)
def test_no_stop_dateline_without_day_and_agency(text: str) -> None:
    dateline = read_dateline(text)
    assert dateline is None or dateline.agency is None


def test_a_dateline_after_an_opening_note_names_its_agency() -> None:
    text = (
        "(Korrektur der Meldung vom 3.5.2038: Die Quelle ist die Reederei.)LISSABON (dpa-AFX)"
        " - Nach einem Unglück vor der Küste versuchen Helfer, Schlimmeres zu verhindern."
    )
    assert wire_dateline(text) == "dpa-AFX"


def test_a_short_bracket_before_a_place_is_no_note() -> None:
    assert after_opening_note("(Foto)Lissabon (dpa-AFX) - Nach einem Unglück …") is None
    assert wire_dateline("(siehe unten) Die Helfer arbeiten weiter an der Küste.") is None


_EN_LEAD = (
    "A cargo ship that ran aground off the island broke in two on Sunday, officials said, "
    "as crews raced to pump the remaining fuel from its tanks before the weather turned."
)


def test_a_wire_alone_over_the_stamp_is_the_byline(tmp_path: Path) -> None:
    article = read(tmp_path, f"REUTERS\nMay 3, 2038 at 18:15 JST\n\n{_EN_LEAD}\n")
    assert article.source == "Reuters"


@pytest.mark.parametrize(
    "top",
    [
        "REUTERS\nRescuers on the beach near the wreck on May 2",  # a picture's credit, caption
        "REUTERS\nMay 3, 2038",  # a day without a clock: no stamp
    ],
)
def test_a_wire_alone_over_no_stamp_is_no_outlet(tmp_path: Path, top: str) -> None:
    assert wire_over_stamp([*top.split("\n"), _EN_LEAD]) is None


def test_a_slashed_picture_credit_makes_the_line_above_a_caption(tmp_path: Path) -> None:
    headline = "Die Insel kämpft gegen die Ölpest"
    lead = (
        "Die Regierung der Insel hat den Notstand ausgerufen, nachdem ein Frachter vor der "
        "Küste auf Grund gelaufen ist und seitdem Tonnen an Treibstoff verliert."
    )
    top = "Öl rinnt aus einem Frachter\n\nAP/Example Press/Jane Roe\n\nNotstand"
    text = f"{top}\n\n{headline}\n\n{lead}\n"
    assert read(tmp_path, text).title == headline


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("AP/Example Press/Jane Roe", True),
        ("dpa/jp", False),  # a wire's signature: the agency and an editor's initials
        ("belga/rop", False),
        ("Berlin/Hamburg", False),  # places, no wire
        ("AP/ in der Nacht", False),  # one capital (a German noun): no name
        ("AP/Jane Roe", True),
    ],
)
def test_slashed_credit_shapes(line: str, credit: bool) -> None:
    assert is_slashed_credit(line) is credit


def test_the_stand_in_title_skips_an_opening_note_and_its_dateline(tmp_path: Path) -> None:
    text = (
        "(Korrektur der Meldung vom 3.5.2038: Die Quelle ist die Reederei.)LISSABON (dpa-AFX)"
        " - Nach einem Unglück vor der Küste versuchen Helfer, Schlimmeres zu verhindern. Der"
        " Frachter verliert seit Donnerstag Treibstoff aus einem seiner Tanks.\n"
    )
    article = read(tmp_path, text)
    assert article.title is not None and article.title.startswith("Nach einem Unglück")
    assert article.source == "dpa-AFX"
