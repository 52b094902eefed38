"""Labels, datelines and stamps a blind packet (a wedding, 2026-12-06) showed misread, each
written here in text made up for the test, with the look-alikes that must not be read:

- a wire dateline whose agency's bracket has no dash after it (``Exampleton, May 19 (EXA) The
  …``), in several languages; a bracket in prose, a country's code or a place with no date is
  no agency;
- a day label earlier than the story's own dateline: an article is not published before it is
  filed, so the label dates nothing and lends no year; a label a day later stays;
- a stamp of day, time and house under a month label (``2031年03月14日 04:10 示例時報 張三
  /綜合報導``, ``14.03 19:05 Example.com``): the day, the outlet, and never the title; a stamp
  of another month leaves the label, a word that is no house's names no outlet;
- posts embedded in the page (``… — Jane Roe (@jroe) <date>``) do not outvote the article's
  own language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.datelines import read_dateline
from briefing.corpus.embedded_post import is_embedded_post
from briefing.corpus.sources import find_source
from briefing.corpus.stamp_outlet import is_stamp_line, read_stamp, stamp_outlet

_EN = (
    "The council approved the new bridge plan on Saturday after a long debate, and the mayor "
    "said the crossing would be rebuilt in stone within two years."
)
_RU = (
    "Городской совет в субботу одобрил план строительства нового моста после долгих споров. "
    "Мэр сообщил, что переправу восстановят в камне за два года, а старый мост разберут. "
    "Жители города давно ждали этого решения и пришли на площадь, чтобы услышать его."
)
_ZH = (
    "示例市議會週六通過新橋計畫,市長表示新橋將在兩年內以石材重建,"
    "舊橋將於今年拆除,居民紛紛表示歡迎。"
)


# --- "Exampleton, May 19 (EXA) The …": the agency's bracket with no dash after it ------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (f"Exampleton, May 19 (EXA) {_EN}", "EXA"),
        (f"London, March 3 (IANS) {_EN}", "IANS"),  # a known wire
        ("Roma, 4 mar. (EXA) Il consiglio ha approvato il nuovo piano del ponte.", "EXA"),
        ("МОСКВА, 9 октября (ЭКС) Городской совет одобрил план нового моста.", "ЭКС"),
        ("19 мая, Москва (ЭКС) Городской совет одобрил план нового моста.", "ЭКС"),
        (f"Exampleton, May 19 (EXA) “{_EN}”", "EXA"),  # the lead opens on a quote
    ],
)
def test_a_dashless_bracket_after_a_place_and_a_day_is_the_agency(text: str, agency: str) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and dateline.agency == agency
    assert find_source([text]) in (agency, "IANS")


@pytest.mark.parametrize(
    "text",
    [
        f"Exampleton, May 19 (Friday) {_EN}",  # a word in brackets, no tag
        f"Exampleton, May 19 (USA) {_EN}",  # a country's code: where, not who
        f"Exampleton, May 19 (UK) {_EN}",
        f"Exampleton, May 19 (Photo) {_EN}",
        f"Exampleton (EXA) {_EN}",  # no day: a capitalised word and initials open many lines
        f"The Example Council (EXA) {_EN}",  # an organisation's initials mid-sentence
        f"On May 19 the Example Council (EXA) {_EN}",
        "Exampleton, May 19 (EXA) said the council.",  # no capital: the bracket runs on
    ],
)
def test_a_bracket_that_is_not_in_a_dateline_names_no_agency(text: str) -> None:
    dateline = read_dateline(text)
    assert dateline is None or dateline.agency is None
    assert find_source([text]) is None


# --- a day label earlier than the story's own dateline ----------------------------------------


def test_a_label_before_the_dateline_gives_no_date_and_the_agency(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-05-18 Exampleton, May 19 (EXA) {_EN}\n\n{_EN}\n")
    assert article.date is None  # the label is earlier than the filing; its year is not lent
    assert article.source == "EXA"


def test_a_label_before_a_dated_dateline_yields_to_it(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-05-18\n\nEXAMPLETON, May 19, 2031 (EXA) - {_EN}\n")
    assert article.date == dt.date(2031, 5, 19)


def test_a_label_before_a_dateline_across_the_new_year(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-12-31\n\nExampleton, Jan. 1 (EXA) {_EN}\n")
    assert article.date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the same day, and a label a day later (the next morning's paper): the label stays
        (f"date 2031-05-19\n\nExampleton, May 19 (EXA) {_EN}\n", (2031, 5, 19)),
        (f"date 2031-05-20\n\nExampleton, May 19 (EXA) {_EN}\n", (2031, 5, 20)),
        # a dateline earlier than the label by days: a later report, the label stays
        (f"date 2031-05-25\n\nExampleton, May 19 (EXA) {_EN}\n", (2031, 5, 25)),
    ],
)
def test_a_label_on_or_after_the_dateline_stays(
    tmp_path: Path, text: str, day: tuple[int, int, int]
) -> None:
    assert read(tmp_path, text).date == dt.date(*day)


# --- a stamp of day, time and house ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("2031年03月14日 04:10 示例時報 張小明 /綜合報導 /綜合報導", "示例時報"),
        ("2031年3月14日 19時05分 示例新聞", "示例新聞"),
        ("2031-03-14 19:05 예시일보 홍길동 기자", "예시일보"),
        ("2031.03.14 10:22 예시뉴스", "예시뉴스"),
        ("14.03 19:05 Example.com", "Example.com"),  # day.month, no year, the site's domain
        ("date 2031-03-14 14.03 19:05 Example.com", "Example.com"),  # after the page's label
        ("14 March 2031 10:22 example.org", "example.org"),
    ],
)
def test_a_stamp_names_its_house(text: str, outlet: str) -> None:
    assert stamp_outlet(text) == outlet
    assert is_stamp_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "2031年03月14日 04:10 國際 張小明 /綜合報導",  # a section, no house's word
        "14.03 19:05 Example.org Jane Roe",  # a domain followed by more: not the site alone
        "2031年03月14日 示例時報 張小明",  # no clock
        "示例時報 張小明 2031年03月14日 04:10",  # the date not first
    ],
)
def test_a_stamp_without_a_house_names_none(text: str) -> None:
    assert stamp_outlet(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "14.03 19:05 The council voted to close the harbour after a long debate.",  # prose
        "2031年03月14日 04:10 示例市議會週六通過新橋計畫,市長表示新橋將在兩年內重建。",
        "3 bridges closed in 2031, 12:00 the deadline",
        "12.5 million people watched the final on Sunday",
    ],
)
def test_a_date_and_clock_over_prose_is_no_stamp(text: str) -> None:
    assert read_stamp(text) is None


def test_a_stamp_under_a_month_label_gives_the_day_the_house_and_no_title(
    tmp_path: Path,
) -> None:
    article = read(
        tmp_path, f"date 2031-03 2031年03月14日 04:10 示例時報 張小明 /綜合報導\n\n{_ZH}\n\n{_ZH}\n"
    )
    assert article.date == dt.date(2031, 3, 14) and article.date_precision == "day"
    assert article.source == "示例時報"
    assert article.title is None or "04:10" not in article.title


def test_a_stamp_of_another_month_leaves_the_month_label(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"date 2031-03 2031年04月14日 04:10 示例時報 張小明 /綜合報導\n\n{_ZH}\n"
    )
    assert article.date == dt.date(2031, 3, 1) and article.date_precision == "month"


def test_a_domain_stamp_under_a_day_label_names_the_site(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-03-14 14.03 19:05 Example.com\n\n{_RU}\n\n{_RU}\n")
    assert article.source == "Example.com"
    assert article.date == dt.date(2031, 3, 14)


# --- embedded posts and the article's language ------------------------------------------------

_POST = (
    "The bridge is open again and the whole town came out to see it this morning #Exampleton "
    "pic.twitter.com/AbCdEf123 — Exampleton Council (@exampletown) 14 марта 2031 г."
)


def test_embedded_posts_do_not_outvote_the_articles_language(tmp_path: Path) -> None:
    short = _RU.split(". ")[0] + "."
    article = read(tmp_path, "Заголовок о мосте\n\n" + f"{_POST}\n\n" * 4 + f"{short}\n\n{_RU}\n")
    assert article.language == "ru"


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (_POST, True),
        ("A great day for the town — Jane Roe (@jroe) March 14, 2031", True),
        ("Open again pic.twitter.com/AbCdEf123", True),
        ("The council (@exampletown) said on Monday that the bridge would reopen soon.", False),
        ("Write to the desk — Jane Roe (@jroe) answers every letter we receive each week.", False),
        (_EN, False),
    ],
)
def test_an_embedded_post_is_told_by_its_signature(text: str, post: bool) -> None:
    assert is_embedded_post(text) is post


@pytest.mark.parametrize(
    "text",
    [
        "2031-03-14 19:05 Storm closes Velmora harbour",  # a headline under its stamp
        "12.05 19:00 Concert",  # a listing's day and hour, no year and no house
    ],
)
def test_a_date_and_clock_before_words_of_no_house_is_no_stamp_line(text: str) -> None:
    assert not is_stamp_line(text)


@pytest.mark.parametrize(
    "text", ["2031年03月14日 04:10 張小明 /綜合報導", "2031-03-14 17:41 홍길동 기자"]
)
def test_a_stamp_of_day_time_and_reporter_is_no_title(text: str) -> None:
    assert is_stamp_line(text) and stamp_outlet(text) is None


def test_a_label_before_the_dateline_anchors_no_weekday_in_the_timeline(tmp_path: Path) -> None:
    from briefing.analysis import extract_timeline

    article = read(tmp_path, f"date 2031-05-16\n\nExampleton, May 17 (EXA) {_EN}\n")
    entries = extract_timeline([article])
    saturday = [e for e in entries if e.phrase == "on Saturday"]
    assert saturday and all(e.date is None for e in saturday)  # not counted from the label


def test_a_related_storys_stamp_line_does_not_refine_a_month_label(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"date 2031-03\n\n{_EN}\n\n2031-03-14 19:05 Storm closes harbour\n\n{_EN}\n"
    )
    assert article.date == dt.date(2031, 3, 1) and article.date_precision == "month"
