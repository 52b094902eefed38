"""Page lines that are no title, and what they state (the neymar look's class, bmeta84): a
rubric glued before the headline (briefing.corpus.front_rubric), a weekday stamp closing the
head line that makes a month label exact (head_stamp), an agency in capitals over that stamp
(stamp_byline), a signature over a page's next item (editor_signature), a line of names in
another script (foreign_line). Every fixture is written for the test; ``Exa``, ``Rovers``,
``EXAPRESS`` are made-up names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support.languages import DE, FR, RU, read

from briefing.corpus.editor_signature import closing_signature
from briefing.corpus.front_rubric import front_rubric
from briefing.corpus.head_stamp import head_stamp
from briefing.corpus.stamp_byline import byline_over_stamp
from briefing.corpus.wires import WIRES

ES_LEAD = (
    "El delantero Exa firma con los Rovers por 20 millones de euros, según anunció el club "
    "este jueves. La liga rechaza el pago de la cláusula y acudirá a los tribunales."
)
ES_MORE = "El club dijo que el acuerdo se cerró tras semanas de negociaciones con su agente."
HEADLINE = "Exa firma con los Rovers por 20 millones y la liga rechaza el pago"


def test_a_rubric_glued_before_the_headline_is_cut_off(tmp_path: Path) -> None:
    text = f" date 2031-08 Mercado de verano {HEADLINE}\n\n{ES_LEAD}\n\n{ES_MORE}\n"
    assert read(tmp_path, text).title == HEADLINE


def test_a_crowded_head_line_gives_headline_day_and_agency(tmp_path: Path) -> None:
    line = (
        f" date 2031-08 Ventana de fichajes {HEADLINE} El organismo argumenta que el club "
        "incumple las normas EXAPRESS Jueves, 3 agosto 2031, 12:22"
    )
    article = read(tmp_path, f"{line}\n\n{ES_LEAD}\n\n{ES_MORE}\n")
    assert article.title == HEADLINE
    assert article.date == dt.date(2031, 8, 3)
    assert article.date_precision == "day"
    assert article.source == "EXAPRESS"


def test_a_description_or_a_name_before_the_headline_stays() -> None:
    headline = "Delantero brasileño Exa firma con los Rovers por 20 millones"
    # the lead repeats the description: the headline's own words
    lead = "El delantero brasileño Exa firma con los Rovers por 20 millones de euros."
    assert front_rubric(headline, lead, lead) is None
    # the story writes the two words together: "brasileño Exa" is a phrase
    short_lead = "Exa firma con los Rovers por 20 millones de euros, anunció el club."
    story = f"{short_lead}\nEl brasileño Exa jugará el sábado."
    assert front_rubric(headline, short_lead, story) is None
    # a name opens the line: the story writes "Roe" with its capital inside a sentence
    named = "Roe ante periodistas Exa firma con los Rovers por 20 millones"
    assert front_rubric(named, short_lead, f"{short_lead}\nLo dijo Jane Roe ayer.") is None
    # title case leaves no seam; a lead that restates nothing leaves the line whole
    assert front_rubric("Transfer Window Exa Signs For Rovers In Record Deal", ES_LEAD, "") is None
    assert front_rubric(f"Mercado de verano {HEADLINE}", ES_MORE, ES_MORE) is None


def test_a_weekday_stamp_with_a_comma_before_its_clock_ends_the_head_line() -> None:
    line = "Exa firma con los Rovers EXAPRESS Jueves, 3 agosto 2031, 12:22"
    assert line[head_stamp(line) or 0 :] == "Jueves, 3 agosto 2031, 12:22"
    assert head_stamp("Exa firma con los Rovers el 3 agosto 2031, 12 jugadores") is None


def test_a_stamp_of_another_month_leaves_the_label_a_month(tmp_path: Path) -> None:
    line = f" date 2031-08 {HEADLINE} Jueves, 31 julio 2031, 12:22"
    article = read(tmp_path, f"{line}\n\n{ES_LEAD}\n\n{ES_MORE}\n")
    assert (article.date, article.date_precision) == (dt.date(2031, 8, 1), "month")


def test_a_name_in_capitals_over_the_stamp_names_an_agency_only_when_it_is_one() -> None:
    stamp = "Jueves, 3 agosto 2031, 12:22"
    assert byline_over_stamp([HEADLINE, "… las normas EXAPRESS", stamp, ES_LEAD]) == "EXAPRESS"
    assert byline_over_stamp([HEADLINE, "… las normas EFE", stamp, ES_LEAD]) == "EFE"
    # a section (an everyday word), a reporter (a given name before), a subject named again
    assert byline_over_stamp([HEADLINE, "DEPORTES", stamp, ES_LEAD]) is None
    assert byline_over_stamp([HEADLINE, "Por Jean EXAVIER", stamp, ES_LEAD]) is None
    again = f"{ES_LEAD} EXAPRESS lo confirmó."
    assert byline_over_stamp([HEADLINE, "… EXAPRESS", stamp, again]) is None
    # no stamp under it: a line ending in capitals is no byline
    assert byline_over_stamp([HEADLINE, "… las normas EXAPRESS", ES_LEAD]) is None


def test_a_signature_over_the_pages_next_item_names_the_agency() -> None:
    item = ["Publié", "Ein anderer Beitrag", DE, DE]
    assert closing_signature(["Brücke gebilligt", DE, DE, "ats/fg", *item], WIRES) == (
        "Keystone-SDA"
    )
    # prose right under it: the story goes on; two agencies signing items: none for the whole
    assert closing_signature([DE, DE, "ats/fg", DE, "Publié", DE, DE], WIRES) is None
    two = [DE, DE, "ats/fg", "Publié", DE, DE, "dpa/jm", "Publié", DE, DE]
    assert closing_signature(two, WIRES) is None
    # over no prose at all: no story signed yet
    assert closing_signature(["ats/fg", "Publié", DE, DE, DE], WIRES) is None


def test_a_line_of_names_in_another_script_is_no_title(tmp_path: Path) -> None:
    text = f"Экса\n\nExa Look Press\n\n{RU}\n\n{RU}\n"
    assert read(tmp_path, text).title != "Exa Look Press"
    # the article's own script, or a sentence of another language's words, is not a name line
    own = f"Exa Look Press подписал контракт\n\n{RU}\n\n{RU}\n"
    assert read(tmp_path, own).title == "Exa Look Press подписал контракт"
    latin = f"Exa Look Press\n\n{FR}\n\n{FR}\n"
    assert read(tmp_path, latin).title == "Exa Look Press"


def test_a_quoted_names_inner_capital_splits_no_paragraph(tmp_path: Path) -> None:
    # a stamp cut off a section's line leaves the lead among the lines a headline is cut from
    lead = "Серверы банка и «ЭксаФона» подверглись атаке. Это произошло на фоне других взломов."
    text = f"Люди Ситуация 12 мая 2031, 20:54\n\nЭкса и банк оказались заражены вирусом\n\n{lead}\n"
    texts = [p.text for p in read(tmp_path, text).paragraphs]
    assert lead in texts
