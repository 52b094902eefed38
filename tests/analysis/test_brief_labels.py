"""The brief's labels for disagreements: English, from the subject's structure, never a word
of another language or a fragment of a sentence (:mod:`briefing.brief_labels`)."""

from __future__ import annotations

import dataclasses

import pytest
from analysis.builders import in_language, make_article

from briefing.analysis.model import Claim, Discrepancy, Quote, Span
from briefing.brief import _disagreement
from briefing.brief_labels import is_english, label, note, read_value
from briefing.export import render_brief
from briefing.model import Article


def _figure(subject: str, *values: str, note: str = "") -> Discrepancy:
    return Discrepancy("figure", subject, tuple(Claim(v, ()) for v in values), note=note)


@pytest.mark.parametrize(
    ("subject", "languages", "expected"),
    [
        ("how many ferries on 3 May 2031", ["en"], "how many ferries on 3 May 2031"),
        ("how many personas / человека", ["es", "ru"], "a count"),
        ("how many Fähren", ["de"], "a count"),
        ("how many sillas / chairs", ["es", "en"], "how many chairs"),
        ("how many Tagen", ["de"], "how many days"),
        (
            "how many kilometers (distance from Dover)",
            ["en"],
            "the distance from Dover, in kilometers",
        ),
        ("how many years (age of Marrow)", ["en"], "the age of Marrow"),
        ("how many seconds (after takeoff)", ["en"], "how many seconds after takeoff"),
        ("an exact count the sources give slightly differently", ["hu"], "an exact count"),
        ("how many days: a count of days the sources give differently", ["it"], "how many days"),
        ("Kylian Marrow: the minute of one act", ["en"], "Kylian Marrow: the minute of one act"),
    ],
)
def test_a_label_says_what_is_compared_in_english(
    subject: str, languages: list[str], expected: str
) -> None:
    assert label(_figure(subject, "3", "4"), languages) == expected


def test_a_foreign_noun_with_decimals_is_a_figure_and_keeps_its_day() -> None:
    flag = _figure("how many büyüklüğünde on 6 May 2031", "7,4 büyüklüğünde", "7.7 büyüklüğünde")
    assert label(flag, ["tr"]) == "a value on 6 May 2031"


def test_the_note_drops_a_counted_noun_of_another_language() -> None:
    said = "the sources give figures for “sillas” that cannot all be true"
    assert note(_figure("how many sillas", "3", "4", note=said), ["es"]) == (
        "the sources give figures that cannot all be true"
    )
    kept = "the sources give figures for “ferries” that cannot all be true"
    assert note(_figure("how many ferries", "3", "4", note=kept), ["en"]) == kept


def test_a_word_is_english_unless_its_own_language_uses_it_far_more() -> None:
    assert is_english("passengers", ["es"])
    assert is_english("minutes", ["fr"])
    assert not is_english("personas", ["es"])
    assert not is_english("Gästen", ["de"])
    assert not is_english("", [])


def _quoted(article: Article, text: str, value: str) -> Claim:
    return Claim(value, (Quote(article.id, article.source, Span(0, 0, len(text)), text),))


def test_the_summary_gives_read_numbers_with_their_outlets() -> None:
    one_text = "The ferry line said 1716 از مسافران were carried."
    two_text = "Harbour officials counted 1,718 travellers that week."
    one = dataclasses.replace(make_article("a", one_text, source="Harbour Times"), language="en")
    two = dataclasses.replace(make_article("b", two_text, source="Port News"), language="en")
    flag = Discrepancy(
        "figure",
        "an exact count the sources give slightly differently",
        (_quoted(one, one_text, "1716 از"), _quoted(two, two_text, "1,718 travellers")),
    )
    articles = {a.id: a for a in (one, two)}
    assert read_value(flag.claims[1], flag, articles) == "1,718"
    said = _disagreement(flag, articles)
    assert said.startswith("an exact count: ")
    assert "1,718 (Port News)" in said
    assert "travellers" not in said


def test_a_value_the_product_cannot_read_is_shown_as_written() -> None:
    flag = _figure("how many ferries", "a dozen ferries", "two ferries")
    assert read_value(flag.claims[0], flag, {}) is None
    assert _disagreement(flag, {}) == "how many ferries: a dozen ferries vs two ferries"


def test_the_section_heads_a_disagreement_with_its_english_label() -> None:
    one = in_language("es", "a", "Llegaron 40 sillas al puerto de Vigo el lunes por la mañana.")
    two = in_language("es", "b", "Llegaron 35 sillas al puerto de Vigo el lunes por la mañana.")
    flag = Discrepancy(
        "figure",
        "how many sillas",
        (
            _quoted(one, one.paragraphs[0].text, "40 sillas"),
            _quoted(two, two.paragraphs[0].text, "35 sillas"),
        ),
        note="the sources give figures for “sillas” that cannot all be true",
    )
    brief = render_brief([one, two], discrepancies=[flag])
    assert "### 1. Figure: a count" in brief
    assert "sillas”" not in brief
    assert "- **40**" in brief


@pytest.mark.parametrize(
    ("language", "text", "value", "expected"),
    [
        (
            "de",
            "Mehr als 45 Tausend Menschen standen am Kai von Kiel.",
            "Mehr als 45 Tausend Menschen",
            "more than 45,000",
        ),
        (
            "it",
            "In piazza a Bari erano presenti 45mila persone ieri sera.",
            "45mila persone",
            "45,000",
        ),
        (
            "es",
            "Unas 20,000 personas esperaban en la plaza de Vigo.",
            "Unas 20,000 personas",
            "about 20,000",
        ),
    ],
)
def test_written_digits_are_read_at_the_scale_the_product_reads_them(
    language: str, text: str, value: str, expected: str
) -> None:
    article = dataclasses.replace(make_article("a", text), language=language)
    claim = _quoted(article, text, value)
    flag = Discrepancy("figure", "how many Menschen", (claim,))
    assert read_value(claim, flag, {"a": article}) == expected


def test_a_measure_is_read_with_its_units_english_name_and_an_age_is_its_number() -> None:
    from briefing.brief_labels import read_age

    text = "The pier at Dover is 380 kilometers from the capital."
    article = dataclasses.replace(make_article("a", text), language="en")
    flag = Discrepancy("figure", "how many kilometers (distance from Dover)", ())
    claim = _quoted(article, text, "380 kilometers")
    measured = read_value(claim, dataclasses.replace(flag, claims=(claim,)), {"a": article})
    assert measured == "380 kilometers"
    turkish = "Görüşme yaklaşık 3 saat sürdü ve sona erdi."
    talk = dataclasses.replace(make_article("b", turkish), language="tr")
    hours = _quoted(talk, turkish, "yaklaşık 3 saat")
    flag = Discrepancy("figure", "how many hours", (hours,))
    assert read_value(hours, flag, {"b": talk}) == "about 3 hours"
    age = Discrepancy("figure", "how many years (age of Marrow)", ())
    said = _quoted(article, "Marrow, aged 69, spoke.", "Marrow, aged 69")
    assert read_age(said, dataclasses.replace(age, claims=(said,)), {"a": article}) == "69"


def test_the_summary_names_outlets_and_counts_the_unnamed() -> None:
    from briefing.brief_labels import outlets

    named = dataclasses.replace(make_article("a", "x"), source="Port News")
    unnamed = dataclasses.replace(make_article("b", "x"), source=None)
    assert outlets(["a", "b"], {"a": named, "b": unnamed}) == "Port News and 1 other"
    assert outlets(["b"], {"b": unnamed}) == ""


def test_a_label_with_its_own_colon_is_followed_by_a_dash() -> None:
    flag = _figure("Kylian Marrow: the minute of one act", "minute 80", "minute 79")
    assert _disagreement(flag, {}) == (
        "Kylian Marrow: the minute of one act — minute 80 vs minute 79"
    )
