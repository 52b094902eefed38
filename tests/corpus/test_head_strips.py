"""Furniture run onto a plain-text headline: a page's update stamp after it, a topic kicker
before a sentence-case headline, a strip of name and time stamps, and a photo agency's credit
over a caption. None of it is the title; a strip's name is the outlet only when it looks like
a publisher's. Every text here is written for the test, in several languages, with look-alikes
that must be left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.corpus.kickers import headline_kicker_end
from briefing.corpus.labels import trailing_label
from briefing.corpus.time_strip import is_time_strip, read_time_strip, strip_outlet
from briefing.model import Article

DE_BODY = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für den Schwerverkehr zu "
    "sperren, nachdem Ingenieure Risse in zwei Stützen gefunden hatten. Die Reparatur dauert."
)
NL_BODY = (
    "De gemeenteraad heeft dinsdag besloten de oude havenbrug te sluiten voor zwaar verkeer, "
    "nadat ingenieurs scheuren in twee pijlers hadden gevonden. Het herstel duurt een jaar."
)
EN_BODY = (
    "The regional council voted on Tuesday to close the old harbour bridge to heavy traffic "
    "after engineers found cracks in two of its supports. Repairs are expected to last a year."
)


def read(tmp_path: Path, text: str) -> Article:
    article = read_file(write_article(tmp_path, "story.txt", text))
    assert isinstance(article, Article), article
    return article


# --- the update stamp after the headline -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Hafenbrücke wird gesperrt Stand: 04.03.2031 07:33 Uhr", "Stand: 04.03.2031 07:33 Uhr"),
        ("Harbour bridge to close Updated 4 March 2031, 10:22", "Updated 4 March 2031, 10:22"),
        ("Le pont du port fermé Mis à jour le 4 mars 2031 à 10h22", "Mis à jour le 4 mars 2031"),
    ],
)
def test_a_stamp_ending_the_headline_is_found(text: str, stamp: str) -> None:
    start = trailing_label(text)
    assert start is not None
    assert text[start:].startswith(stamp)


@pytest.mark.parametrize(
    "text",
    [
        "Der Stand der Dinge am 4. März 2031",  # "Stand" without a colon is a noun
        "Bridge report on the date 4 March 2031",  # a date the headline is about
        "Published on 4 March, the report says the bridge must close",  # not at the end
    ],
)
def test_a_date_inside_a_headline_is_no_stamp(text: str) -> None:
    assert trailing_label(text) is None


def test_the_stamp_is_cut_from_the_title_and_kept(tmp_path: Path) -> None:
    article = read(tmp_path, f"Hafenbrücke wird gesperrt Stand: 04.03.2031 07:33 Uhr\n\n{DE_BODY}")
    assert article.title == "Hafenbrücke wird gesperrt"
    assert any(p.text == "Stand: 04.03.2031 07:33 Uhr" for p in article.paragraphs)


# --- a topic kicker before a sentence-case headline ---------------------------------------


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Sperrung in Hamburg Warum kam die Entscheidung so spät?", "Warum kam"),
        ("Brug in Rotterdam De schade is groter dan gedacht", "De schade"),
        ("Pont de Nantes Des fissures dans deux piliers", "Des fissures"),
        ("Zamknięty most w Gdańsku Dlaczego decyzja zapadła tak późno?", "Dlaczego decyzja"),
        ("Мост в Самаре Почему решение приняли так поздно?", "Почему решение"),
    ],
)
def test_a_kicker_before_a_sentence_case_headline_is_cut(text: str, headline: str) -> None:
    end = headline_kicker_end(text)
    assert end is not None
    assert text[end:].startswith(headline)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour bridge Le Monde says repairs will take a year",  # a name: "Monde" capitalised
        "Traffic in Los Angeles slows after the bridge closure",  # no kicker at all
        "Why The Harbour Bridge Must Close Now",  # title case
        "Mayor says Sie müssen warten, to German visitors",  # formal "Sie"
        "Pro-EU Anna Dan wins the harbour board vote in a surprise turnaround",  # Dutch "dan"
        "Harbour bridge closes. The repairs start in May",  # two sentences: not one headline
        "Warum die Hafenbrücke gesperrt wird",  # the headline itself starts with it
    ],
)
def test_headlines_that_only_look_kicked_are_kept(text: str) -> None:
    assert headline_kicker_end(text) is None


def test_the_kicker_is_furniture_and_the_question_is_the_title(tmp_path: Path) -> None:
    text = f"Sperrung in Hamburg Warum kam die Entscheidung so spät?\n\n{DE_BODY}"
    article = read(tmp_path, text)
    assert article.title == "Warum kam die Entscheidung so spät?"
    kicker = next(p for p in article.paragraphs if p.text == "Sperrung in Hamburg")
    assert kicker.kind == "meta"


# --- a strip of name and time stamps ------------------------------------------------------


def test_a_strip_glued_to_the_headline_is_read() -> None:
    text = "Omroep NTR Nieuws • vandaag, 09:25 • Aangepast vandaag, 13:48 Brug gesloten na scheuren"
    strip = read_time_strip(text)
    assert strip is not None
    assert strip.name == "Omroep NTR Nieuws"
    assert text[strip.end :].strip() == "Brug gesloten na scheuren"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("NTR Nieuws • gisteren, 18:02", "NTR Nieuws"),
        ("XYZ News · 4 March 2031, 10:22", "XYZ News"),
        ("havenkrant.nl | 4 maart 2031", "havenkrant.nl"),
    ],
)
def test_a_publisher_strip_names_the_outlet(text: str, outlet: str) -> None:
    assert is_time_strip(text)
    assert strip_outlet(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Politik • heute, 10:22",  # a section, an everyday word
        "Anna Keller • 4 March 2031",  # a person's byline
    ],
)
def test_a_strip_without_a_publisher_names_no_outlet(text: str) -> None:
    assert is_time_strip(text)
    assert strip_outlet(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Politik • Morgen in Berlin",  # a relative day needs its time
        "Home | News | World",  # a menu
        "Bridge closes • repairs to last a year",  # no stamp
    ],
)
def test_bullets_without_a_stamp_are_no_strip(text: str) -> None:
    assert read_time_strip(text) is None


def test_the_strip_is_furniture_and_names_the_outlet(tmp_path: Path) -> None:
    text = (
        "NTR Nieuws • vandaag, 09:25 • Aangepast vandaag, 13:48 Havenbrug gesloten na scheuren "
        f"in twee pijlers\n\n{NL_BODY}"
    )
    article = read(tmp_path, text)
    assert article.title == "Havenbrug gesloten na scheuren in twee pijlers"
    assert article.source == "NTR Nieuws"


# --- a photo agency's credit over a caption ----------------------------------------------


def test_a_credit_over_a_caption_makes_it_no_title(tmp_path: Path) -> None:
    text = (
        "AFP De schade is groot, onder meer hier bij de haven\n\n"
        "Havenbrug gesloten na scheuren in twee pijlers\n\n"
        f"{NL_BODY}"
    )
    article = read(tmp_path, text)
    assert article.title == "Havenbrug gesloten na scheuren in twee pijlers"
    caption = next(p for p in article.paragraphs if p.text.startswith("De schade"))
    assert caption.kind == "caption"


def test_a_kicker_that_is_no_agency_leaves_the_headline(tmp_path: Path) -> None:
    article = read(tmp_path, f"Harbour bridge The repairs will last a year\n\n{EN_BODY}")
    assert article.title == "The repairs will last a year"
    assert all(p.kind != "caption" for p in article.paragraphs)


# --- links to other stories, and short lines after the story has started -----------------


@pytest.mark.parametrize(
    "text",
    [
        "READ MORE: Harbour board approves the new sea wall after a long and bitter debate "
        "over its cost to the town and to the fishermen who use the old quay",
        "Lesen Sie auch: Warum die Hafenbrücke schon im Mai gesperrt werden musste",
        "Czytaj także – Most w porcie zamknięty na rok",
        "ЧИТАЙТЕ ТАКЖЕ: Мост в порту закроют на год",
    ],
)
def test_a_link_to_another_story_is_boilerplate(tmp_path: Path, text: str) -> None:
    article = read(tmp_path, f"{EN_BODY}\n\n{text}\n\n{EN_BODY.replace('Tuesday', 'Monday')}")
    link = next(p for p in article.paragraphs if p.text == text)
    assert link.kind == "boilerplate"
    assert article.title != text


@pytest.mark.parametrize(
    "text",
    [
        "Read more about the harbour bridge and its history in the town's own guide.",
        "See also how the engineers found the cracks in two of the old supports last spring.",
    ],
)
def test_a_sentence_that_starts_like_a_link_stays(tmp_path: Path, text: str) -> None:
    article = read(tmp_path, f"{EN_BODY}\n\n{text}")
    assert next(p for p in article.paragraphs if p.text == text).kind == "body"


def test_a_short_line_after_the_story_has_started_is_not_its_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"{DE_BODY}\n\nWetter Langfristig Wochenende\n\n{DE_BODY}")
    assert article.title != "Wetter Langfristig Wochenende"
    assert article.provenance["title"] == "fallback"


def test_a_headline_before_the_story_is_still_its_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"Hafenbrücke wird gesperrt\n\n{DE_BODY}\n\nWetter am Wochenende")
    assert article.title == "Hafenbrücke wird gesperrt"
    assert article.provenance["title"] == "heuristic"
