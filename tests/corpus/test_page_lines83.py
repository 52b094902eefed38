"""Page lines a blind packet (a ship grounding, 2026-12-07) showed misread, each written here in
text made up for the test, with the look-alikes that must stay silent:

- a dateline that opens with the day, then the house's name and a dash (``29 марта.
  Example.ru — …``) under a month label: the day (the year from the label, when the months
  agree) and the outlet; a place in its stead gives the day only, a person's name nothing;
- a kicker glued to the headline by its closing quote (``SOS «Example»Ship runs …``): cut;
- a reporter's credit ending in "translated" (``記者張三/編譯``), a lead set as one long
  sentence with a caption under it, and one-line kickers over or before the lead (``Traffic
  jams on the canal.``): never the title, guessed or not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import DE, EN, ES, FR, RU, read

from briefing.corpus.byline_outlet import is_person_byline
from briefing.corpus.closed_kicker import closed_kicker_end
from briefing.corpus.datelines import read_dateline
from briefing.corpus.fallback_titles import fallback_lead, fallback_title
from briefing.corpus.reporter_line import is_reporter_line

_RU_LEAD = (
    "Городской совет в субботу одобрил план строительства нового моста после долгих споров. "
    "Мэр сообщил, что переправу восстановят в камне за два года."
)

# --- "<day> <month>. <Name> —": the day, and the outlet when the name is a house's ------------


@pytest.mark.parametrize(
    ("text", "outlet", "day"),
    [
        (f"29 марта. Example.ru — {RU}", "Example.ru", 29),
        (f"le 5 mars. Exemple.fr — {FR}", "Exemple.fr", 5),
        (f"5. März. Beispiel.de – {DE}", "Beispiel.de", 5),
        (f"5 de marzo. Ejemplo.es — {ES}", "Ejemplo.es", 5),
        (f"March 5. Example.com — {EN}", "Example.com", 5),
        (f"March 5. Reuters — {EN}", "Reuters", 5),  # a known wire
    ],
)
def test_a_day_then_a_site_name_and_a_dash_is_a_dateline(text: str, outlet: str, day: int) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and dateline.agency == outlet
    assert dateline.date is not None and dateline.date.day == day


@pytest.mark.parametrize("text", [f"5 mars. PARIS — {FR}", f"5 mars. Paris — {FR}"])
def test_a_day_then_a_place_gives_the_day_and_no_outlet(text: str) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and dateline.agency is None
    assert dateline.date is not None and dateline.date.day == 5


@pytest.mark.parametrize(
    "text",
    [
        f"5 May. Jane — {EN}",  # a name that may be a person's: nothing read
        "5 March – 7 April the bridge was closed for repairs.",  # a range, not a dateline
        "5 March. Example.com said the bridge was closed.",  # no dash: prose
        "Mr.Smith — the mayor said the bridge was closed.",  # no day
    ],
)
def test_look_alikes_of_a_day_dateline_name_no_outlet(text: str) -> None:
    dateline = read_dateline(text)
    assert dateline is None or dateline.agency is None


def test_a_month_label_over_a_day_dateline_gives_the_day_and_the_outlet(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-03 29 марта. Example.ru — {_RU_LEAD}\n")
    assert article.date == dt.date(2031, 3, 29) and article.date_precision == "day"
    assert article.source == "Example.ru"
    assert article.title is not None and not article.title.startswith("29")


def test_a_day_dateline_of_another_month_leaves_the_month(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2031-04 29 марта. Example.ru — {_RU_LEAD}\n")
    assert article.date == dt.date(2031, 4, 1)  # the label's month: the two disagree
    assert article.date_precision == "month"


# --- "SOS «Example»Ship runs aground": a kicker glued by its closing quote ---------------------


@pytest.mark.parametrize(
    ("text", "kicker"),
    [
        ("SOS «Example»Ship runs aground in the canal", "SOS «Example»"),
        ("Live „Beispiel“Schiff läuft im Kanal auf Grund", "Live „Beispiel“"),
        ('Alert "Example"Ship runs aground in the canal', 'Alert "Example"'),
        ("Live [Example]Talks resume in the city", "Live [Example]"),
    ],
)
def test_a_kicker_glued_by_its_closing_quote_is_cut(text: str, kicker: str) -> None:
    end = closed_kicker_end(text)
    assert end is not None and text[:end] == kicker


@pytest.mark.parametrize(
    "text",
    [
        "The «Example»-Ship runs aground in the canal",  # a compound with a hyphen
        "Ten «Example»s run aground in the canal",  # a glued small letter: a plural
        "Ship «Example» runs aground in the canal",  # a space: no seam
        '"We are ready,"Jane Roe said of the plan for the bridge.',  # speech, not a tag
        "(EXA)The council approved the plan",  # a bracket opening the line: a wire's credit
        "SOS «Example»USA",  # an acronym, and no headline after it
        "An «Example»Ship",  # too short to be a headline after it
    ],
)
def test_look_alikes_of_a_glued_kicker_stay(text: str) -> None:
    assert closed_kicker_end(text) is None


def test_the_glued_kicker_is_not_in_the_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"SOS «Example»Ship runs aground in the canal\n\n{EN}\n\n{EN}\n")
    assert article.title == "Ship runs aground in the canal"


# --- lines that are never titles ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["記者張三/編譯", "记者李四／编译", "記者王五/綜合編譯", "記者張三/整理"]
)
def test_a_reporter_line_ending_in_translated_is_a_credit(text: str) -> None:
    assert is_reporter_line(text)


@pytest.mark.parametrize("text", ["記者會上宣布新政策", "記者張三/編譯新書出版引發熱議"])
def test_look_alikes_of_a_translated_credit_stay(text: str) -> None:
    assert not is_reporter_line(text)


_ONE_SENTENCE_LEAD = (
    "The Example, a ferry of 120 metres flying the flag of Exampleland and run by the "
    "Example Line company, ran aground on a sandbank at the mouth of the river and blocked "
    "all traffic to the port."
)


def test_a_caption_under_a_one_sentence_lead_is_no_title(tmp_path: Path) -> None:
    text = f"{_ONE_SENTENCE_LEAD}\n\nThe ferry Example\n\n{EN} {EN}\n"
    article = read(tmp_path, text)
    assert article.title != "The ferry Example"


def test_a_headline_under_a_one_sentence_dek_stays(tmp_path: Path) -> None:
    head = "Ferry Stuck at River Mouth: Port Closed, Salvage Teams Called In"
    article = read(tmp_path, f"{_ONE_SENTENCE_LEAD}\n\n{head}\n\n{EN} {EN}\n")
    assert article.title == head


def test_a_subhead_after_two_one_sentence_paragraphs_is_no_title(tmp_path: Path) -> None:
    second = (
        "Salvage teams from three countries were called in on Tuesday evening, and the harbour "
        "master said the channel would stay closed for at least two days."
    )
    text = f"{_ONE_SENTENCE_LEAD}\n\n{second}\n\nHarbour master warns of long delays\n\n{EN}\n"
    assert read(tmp_path, text).title != "Harbour master warns of long delays"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Traffic jams on the canal. {EN}", "The city council approved the plan after a…"),
        (f"Ce qui nous manque. {FR}", "Le conseil municipal a approuvé le projet après…"),
        (f"Moscú, 15 de agosto. {ES}", "El ayuntamiento aprobó el plan tras un largo…"),
    ],
)
def test_a_kicker_run_into_the_lead_is_no_guessed_title(text: str, title: str) -> None:
    assert fallback_title(text, "en") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Traffic jams on the canal. It rained.", "Traffic jams on the canal"),  # no lead after
        # a script without spaces: never a kicker
        ("示例市。市議會週六通過新橋計畫,市長表示新橋將在兩年內以石材重建。", "示例市。"),
        ("Dr. Roe. The council approved the plan.", None),  # an abbreviation: no rule asked
    ],
)
def test_a_short_first_sentence_with_no_lead_after_it_stays(text: str, title: str | None) -> None:
    got = fallback_title(text, "en")
    assert got is not None
    if title is not None:
        assert got.startswith(title.rstrip("。"))


def test_a_one_line_kicker_over_the_lead_is_passed_over() -> None:
    assert fallback_lead(["What we lack.", EN]) == EN
    assert fallback_lead(["What we lack."]) == "What we lack."  # nothing else to take
    assert fallback_lead([f"{EN}"]) == EN


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        ("Von Jane Roe", DE),
        ("Por Juan Pérez", ES),
        ("Par Jeanne Dupont", FR),
        ("Von Jane Roe und John Doe", DE),
        ("Автор: Иван Петров", RU),
    ],
)
def test_a_byline_line_is_never_the_title(tmp_path: Path, head: str, lead: str) -> None:
    article = read(tmp_path, f"{head}\n\n{lead} {lead}\n\n{lead}\n")
    assert article.title is not None and head not in article.title


@pytest.mark.parametrize(
    "head",
    [
        "Von Anfang an ein Streit um die Brücke",  # the byline word opens a headline
        "Por fin llega el puente nuevo a la ciudad",
        "Par Avion Example gagne le prix",  # no given name after the word
    ],
)
def test_a_headline_opening_with_a_byline_word_stays(tmp_path: Path, head: str) -> None:
    lead = FR if head.startswith("Par") else ES if head.startswith("Por") else DE
    assert is_person_byline(head) is False
    article = read(tmp_path, f"{head}\n\n{lead} {lead}\n\n{lead}\n")
    assert article.title == head
