"""Publication dates and outlets that a blind packet's pictures and closing stamps got wrong
(a volcanic eruption, 2026-12-04), in text made up for the test, with look-alikes:

- a photo's date is the day the picture was taken: a caption's own dateline, pictures of two
  days, another outlet's pictures and an image file name never date the article (the
  outlet's own pictures of one day still may, last);
- a wire joined by ``/`` to a photographer or another credit is a photo credit, not the outlet;
- a short closing stamp with a full date and a clock time gives the day a month-only label
  lacks; a closing sentence about events does not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.corpus.classify import classify
from briefing.corpus.closing_stamp import closing_stamp_date
from briefing.corpus.datelines import read_dateline
from briefing.corpus.dates import find_dates
from briefing.corpus.paragraphs import split_paragraphs
from briefing.corpus.sources import find_source

LEAD = (
    "Crews worked through the night to raise the earth walls around the harbour town, and "
    "officials said the barriers had held back most of the flow by the morning."
)
MORE = (
    "Residents were allowed back for a few minutes to collect pets and papers before the "
    "roads were closed again, the civil defence office said in a statement on its website."
)


def values(text: str) -> dict[str, object]:
    return classify(split_paragraphs(text)).values


# --- 1. a photo's date is not the article's ---------------------------------------------


def test_a_caption_with_its_own_dateline_does_not_date_the_article() -> None:
    text = (
        "Walls of earth slow the lava at the harbour town\n\n"
        "shot_20310315093122417\n\n"
        "Example Images / Harbour TV\n\n"
        f"{LEAD}\n\n"
        "HARBOURTOWN, NORDLAND – MARCH 14: Smoke rises over the fissure north of the town on "
        "March 14, 2031. (Photo by Jane Roe / Handout via Example Images)\n\n"
        f"{MORE}\n"
    )
    got = values(text)
    assert got.get("date") is None


CAPTION_15 = "Rescue teams at the edge of the town on March 15, 2031. (Example Photo/Jane Roe)"


def test_pictures_of_two_days_date_nothing() -> None:
    long_caption = (
        "A coast guard helicopter flies over the glowing field near the town on March 14, 2031, "
        "as cars drive on the road below. "
        + " ".join(["The flow slowed overnight, the office said."] * 8)
        + " (Photo by John Doe/AFP via Example Images)"
    )
    text = f"Walls of earth slow the lava\n\n{LEAD}\n\n{CAPTION_15}\n\n{long_caption}\n\n{MORE}\n"
    assert values(text).get("date") is None


def test_a_long_caption_opening_with_a_dateline_is_not_the_story_dateline() -> None:
    long_caption = (
        "HARBOURTOWN, March 14, 2031 (Reuters) - A coast guard helicopter flies over the glowing "
        "field near the town as cars drive on the road below. "
        + " ".join(["The flow slowed overnight, the office said."] * 8)
        + " (Photo by John Doe/AFP via Example Images)"
    )
    text = f"Walls of earth slow the lava\n\n{long_caption}\n\n{LEAD}\n\n{CAPTION_15}\n"
    assert values(text).get("date") is None  # not the 14th of its dateline, nor a picture's day


def test_the_outlets_own_pictures_of_one_day_still_date_an_otherwise_undated_article() -> None:
    own = "Rescue teams at the edge of the town on March 15, 2031. (AP Photo/Jane Roe)"
    lead = f"HARBOURTOWN (AP) — {LEAD}"
    text = f"Walls of earth slow the lava\n\n{lead}\n\n{own}\n\n{MORE}\n\n{own}\n"
    assert values(text)["date"] == dt.date(2031, 3, 15)


@pytest.mark.parametrize(
    "lead",
    [
        LEAD,  # the text names no outlet: the pictures' day may be any day before it ran
        f"HARBOURTOWN (Example News) — {LEAD}",  # another outlet running a wire's pictures
    ],
)
def test_another_outlets_pictures_do_not_date_the_article(lead: str) -> None:
    wire = "Rescue teams at the edge of the town on March 15, 2031. (AP Photo/Jane Roe)"
    text = f"Walls of earth slow the lava\n\n{lead}\n\n{wire}\n\n{MORE}\n\n{wire}\n"
    assert values(text).get("date") is None


def test_a_real_dateline_opening_the_story_still_dates_it() -> None:
    text = f"Walls of earth slow the lava\n\nPARIS, Jan 14, 2031 (Reuters) - {LEAD}\n\n{MORE}\n"
    assert values(text)["date"] == dt.date(2031, 1, 14)
    line = read_dateline(f"PARIS, Jan 14 (Reuters) - {LEAD}")
    assert line is not None and line.agency == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "aerial-2031-03-14.jpg",
        "IMG_20310314_093122.jpg",
        "shot_20310314093122417",
        "harbour_2031-03-14_0931",
        "DSC 14.03.2031.JPG",
    ],
)
def test_a_date_in_an_image_file_name_is_not_a_stated_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text", ["date 2031-03-14", "on 2031-03-14.", "2031-03-14T09:31", "(14.03.2031)"]
)
def test_dates_written_in_the_text_are_still_read(text: str) -> None:
    assert find_dates(text) == [dt.date(2031, 3, 14)]


# --- 2. a wire joined by "/" to another credit is a photo credit --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CIVIL DEFENCE OFFICE/AFP / Example Press",
        "JANE ROE/AFP/ Example Images",
        "NORDLAND / AFP / Example Press",
    ],
)
def test_slash_joined_photo_credits_are_not_datelines(text: str) -> None:
    assert read_dateline(text) is None


def test_a_photo_credit_split_over_two_paragraphs_names_no_outlet() -> None:
    paragraphs = [
        "date 2031-03",
        LEAD,
        "The eruption (photo of 14.03.2031) / NORDLAND",
        "CIVIL DEFENCE OFFICE/AFP / Example Press",
        MORE,
    ]
    assert find_source(paragraphs) is None


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("KYIV, March 3. /Ukrinform/. The talks went on.", "Ukrinform"),
        ("МОСКВА, 9 октября./ТАСС/. Переговоры продолжились.", "ТАСС"),
        ("KYIV /Ukrinform/. The talks went on.", "Ukrinform"),
    ],
)
def test_slash_datelines_still_name_their_agency(text: str, agency: str) -> None:
    line = read_dateline(text)
    assert line is not None and line.agency == agency


# --- 3. a closing stamp gives the day ----------------------------------------------------


@pytest.mark.parametrize(
    ("closing", "day"),
    [
        ("Programme: Radio Example News, 14.03.2031 19:00 Uhr", dt.date(2031, 3, 14)),
        ("Evening bulletin, 14 March 2031, 7:30", dt.date(2031, 3, 14)),
        ("Émission : Radio Exemple, 14 mars 2031 19h30", dt.date(2031, 3, 14)),
        ("Radio Przykład, 14 marca 2031 19:00", dt.date(2031, 3, 14)),
    ],
)
def test_a_closing_stamp_gives_the_day(closing: str, day: dt.date | None) -> None:
    assert closing_stamp_date([LEAD, closing]) == day


@pytest.mark.parametrize(
    "closing",
    [
        "The vote is set for 20 March 2031 at 18:00.",  # a word between the date and the time
        "Die Wahllokale schließen am 20.03.2031 um 18:00 Uhr.",
        "Polls close 20.03.2031 18:00 and the count starts at once in every district.",
        "From 12.03.2031 to 20.03.2031 18:00",  # two dates: a timeline, not a stamp
        "Photo: Jane Roe, 14.03.2031 09:31",  # a picture's date
        "Programme: Radio Example News, March 2031 19:00",  # no day
        "Programme: Radio Example News, 14.03.2031",  # no clock time
        f"{LEAD} 14.03.2031 19:00",  # too long for a stamp
    ],
)
def test_closing_lines_that_are_not_stamps_give_no_day(closing: str) -> None:
    assert closing_stamp_date([LEAD, closing]) is None


def test_a_closing_stamp_makes_a_month_label_exact() -> None:
    text = f"date 2031-03\n\n{LEAD}\n\n{MORE}\n\nProgramme: Radio Example News, 14.03.2031 19:00\n"
    got = values(text)
    assert got["date"] == dt.date(2031, 3, 14)
    assert "date_precision" not in got
    assert got.get("source") is None  # the name before the date is not read as the outlet


def test_a_closing_stamp_of_another_month_leaves_the_label_alone() -> None:
    text = f"date 2031-03\n\n{LEAD}\n\n{MORE}\n\nProgramme: Radio Example News, 02.04.2031 19:00\n"
    got = values(text)
    assert got["date"] == dt.date(2031, 3, 1)
    assert got["date_precision"] == "month"


def test_a_stamp_in_the_middle_of_the_story_is_not_a_closing_stamp() -> None:
    text = f"date 2031-03\n\nNews desk, 14.03.2031 19:00\n\n{LEAD}\n\n{MORE}\n\n{LEAD}\n"
    assert values(text)["date_precision"] == "month"
