"""Outlets named by shapes of credit in several scripts: two places joined by a slash in a wire
dateline, an author field naming the house after a slash, an agency between slashes after an
Arabic city, a Persian site's name opening its lead, a Taiwanese wire's slashed dateline, and
an agency's own "X reports with reference to Y". Every text is made up for the test; the
look-alikes (a cited agency, a byline naming a person only) must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.arabic_dateline import arabic_dateline_outlet
from briefing.corpus.author_outlet import author_outlet
from briefing.corpus.cjk_credit import dateline_credit
from briefing.corpus.datelines import read_dateline
from briefing.corpus.selfref import self_reference
from briefing.corpus.sources import find_source

_EN = (
    "The council approved the new bridge plan on Tuesday after a long debate, and work on the "
    "crossing is to start next spring."
)
_ES = (
    "El consejo aprobó el martes el nuevo plan del puente tras un largo debate y las obras "
    "empezarán la próxima primavera."
)
_AR = "وافق المجلس البلدي يوم الثلاثاء على خطة الجسر الجديد بعد نقاش طويل بين الأعضاء والسكان"
_FA = (
    "شورای شهر روز سه شنبه پس از بحثی طولانی طرح پل تازه را تصویب کرد"
    " و کار ساخت آن از بهار آغاز می شود"
)
_ZH = "市議會週二在長時間辯論後通過新橋計畫，工程預計明年春天開始。"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("LISBON/MADRID, March 3 (Exampleinform) -- The council", "Exampleinform"),
        ("OSLO/BERGEN (Reuters) - The council", "Reuters"),
    ],
)
def test_two_places_joined_by_a_slash_open_a_wire_dateline(line: str, agency: str) -> None:
    dateline = read_dateline(line)
    assert dateline is not None and dateline.agency == agency
    assert find_source([line + " " + _EN[4:]]) == agency


def test_a_slash_after_a_space_still_opens_the_agency() -> None:
    dateline = read_dateline("KYIV, March 3. /Exampleinform/. The council approved")
    assert dateline is not None and dateline.place == "KYIV"
    assert dateline.agency == "Exampleinform"


def test_a_photographer_and_agency_joined_by_a_slash_is_no_dateline() -> None:
    assert read_dateline("Jane Roe/Example Agency") is None
    assert find_source([_EN, "Jane Roe/AFP", _EN]) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Autor: Redacción / Kvarna Noticias | Fecha: 3 de marzo de 2031", "Kvarna Noticias"),
        ("Author: Newsroom / Example Times", "Example Times"),
        ("Автор: Редакция / Пример Медиа", "Пример Медиа"),
    ],
)
def test_an_author_field_names_the_house_after_a_slash(line: str, outlet: str) -> None:
    assert author_outlet(line) == outlet
    assert find_source([line, _ES, _ES]) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Autor: Ana Ruiz",  # a person only
        "Autor: Ana Ruiz / Madrid",  # her bureau
        "Autor: Ana Ruiz / Juan Pérez",  # two people
        "Foto: Ana Ruiz / Kvarna Noticias",  # a picture's credit
        "Autor: Redacción / Ministerio del Interior",  # an institution
        "Author: Jane Roe / Staff Writer",  # her role
        "Autor: Ana Ruiz / Corresponsal en Bruselas",
    ],
)
def test_author_fields_without_an_outlet_name_none(line: str) -> None:
    assert author_outlet(line) is None
    assert find_source([line, _ES, _ES]) is None


def test_an_author_field_is_no_title(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"Autor: Redacción / Kvarna Noticias | Fecha: 3 de marzo de 2031\n\n{_ES}\n"
    )
    assert article.source == "Kvarna Noticias"
    assert article.title is None or "Autor" not in article.title
    assert article.paragraphs[0].kind == "meta"


def test_an_arabic_city_and_an_agency_between_slashes() -> None:
    assert arabic_dateline_outlet(["غزة /مثال/", _AR]) == "مثال"
    assert arabic_dateline_outlet([f"غزة /مثال/ {_AR}"]) == "مثال"
    # after a page's date label on the same line
    assert find_source(["date 2031-03-04 غزة /مثال/", _AR]) == "مثال"


def test_slashes_that_open_no_dateline() -> None:
    assert arabic_dateline_outlet(["مثالستان /مثال/", _AR]) is None  # no city
    assert arabic_dateline_outlet(["غزة /مثال/", "وافق المجلس"]) is None  # no lead
    assert arabic_dateline_outlet([f"قال الرئيس إن 20/30 من الأعضاء {_AR}"]) is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"مثالنیوز - {_FA}", "مثالنیوز"),  # a Latin brand written as one word ending in news
        (f"مثال نیوز - {_FA}", "مثال نیوز"),
    ],
)
def test_a_persian_site_naming_itself_before_its_lead(text: str, outlet: str) -> None:
    assert arabic_dateline_outlet([text, _FA]) == outlet


def test_a_city_or_a_plain_word_before_the_dash_is_no_outlet() -> None:
    assert arabic_dateline_outlet([f"تهران - {_FA}", _FA]) is None
    assert arabic_dateline_outlet([f"مثال - {_FA}", _FA]) is None
    # named again in the story: a quoted headline's speaker, not the outlet's credit
    assert arabic_dateline_outlet([f"مثالنیوز - {_FA}", f"مثالنیوز گزارش داد {_FA}"]) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("示例社／ 台北13日綜合外電報導", "示例社"),
        ("示例社/高雄3日電", "示例社"),
    ],
)
def test_a_taiwanese_wire_dateline_with_a_slash(line: str, name: str) -> None:
    found = dateline_credit(line)
    assert found is not None and found[0] == name
    assert find_source(["市議會通過新橋計畫", line, _ZH]) == name


@pytest.mark.parametrize(
    "text",
    [
        "記者王小明／台北報導",  # a reporter, no agency
        "本社／台北13日電",  # "this agency": no name
        f"示例社引述市議會的報導稱，{_ZH}",  # an agency cited in a sentence
    ],
)
def test_slashed_lines_that_name_no_agency(text: str) -> None:
    assert dateline_credit(text) is None
    assert find_source(["市議會通過新橋計畫", text, _ZH]) is None


def test_an_agency_reporting_with_reference_to_another_names_itself() -> None:
    text = f"{_EN[:-1]}, Examplenews reports with reference to the BBC."
    assert self_reference(text) == "Examplenews"
    assert find_source([text, _EN]) == "Examplenews"


def test_a_cited_agency_stays_no_outlet() -> None:
    assert find_source([f"{_EN[:-1]}, according to Examplenews.", _EN]) is None
    cited = f"{_EN[:-1]}, Examplenews reports with reference to the BBC."
    also = f"According to Examplenews, {_EN[0].lower()}{_EN[1:]}"
    assert find_source([cited, also]) is None
    assert find_source([f"{_EN[:-1]}, Examplenews reported, citing the BBC.", _EN]) is None


def test_an_agency_relaying_its_source_in_russian_names_itself() -> None:
    lead = "Городской совет во вторник одобрил план нового моста после долгих споров."
    text = "Как передает Пример, об этом сообщает пресс-служба совета."
    assert self_reference(text) == "Пример"
    assert find_source([lead, text, lead]) == "Пример"


@pytest.mark.parametrize(
    "text",
    [
        "Как сообщает Пример, совет во вторник одобрил план нового моста.",  # the fact cited
        "Как передает Пример, совет во вторник одобрил план нового моста.",
    ],
)
def test_a_cited_russian_agency_carrying_the_fact_stays_no_outlet(text: str) -> None:
    assert self_reference(text) is None
