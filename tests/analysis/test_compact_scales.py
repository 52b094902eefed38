"""Scale words and their short forms from CLDR's compact formats (briefing.analysis
.number_tables.compact_scales): "3 tys.", "1,5 млн", "2,5 Mio." are thousands and millions,
and a figure written before a scale word is a rounded one. Sentences written for the test."""

from __future__ import annotations

from analysis.builders import in_language, values_by_article

from briefing.analysis import find_discrepancies
from briefing.analysis.number_tables import compact_scales
from briefing.analysis.numbers import Number, scaled_interval
from briefing.sentences import sentence_spans


def test_short_forms_and_words_come_from_each_languages_own_formats() -> None:
    assert compact_scales("pl")["tys"] == compact_scales("pl")["tysięcy"] == 1e3
    assert compact_scales("ru")["млн"] == compact_scales("ru")["миллионов"] == 1e6
    assert compact_scales("de")["mio"] == compact_scales("de")["millionen"] == 1e6
    assert compact_scales("nl")["mln"] == 1e6
    # Each language's own sense: a French or German "billion" is 10^12, an English one 10^9.
    assert compact_scales("fr")["billion"] == compact_scales("de")["billion"] == 1e12
    assert compact_scales("en")["billion"] == 1e9
    # One-letter forms and unit names are never scales: "5 M", and Catalan's "kM" is "km".
    assert "m" not in compact_scales("es") and "km" not in compact_scales("ca")
    assert compact_scales("xx") == {}


def test_scale_words_written_with_vowel_signs_are_read_whole() -> None:
    # Hindi lakh (10^5) and crore (10^7), Bengali lakh: CLDR writes them with combining vowel
    # signs, which a letters-only pattern refused (before, "3 लाख" was read as 3).
    assert compact_scales("hi")["लाख"] == 1e5 and compact_scales("hi")["करोड़"] == 1e7
    assert compact_scales("hi")["हज़ार"] == 1e3 and compact_scales("bn")["লাখ"] == 1e5
    # A short form of one letter and its vowel sign stays out, as one-letter forms do.
    assert "হা" not in compact_scales("bn") and "மி" not in compact_scales("ta")


def test_a_short_form_scales_the_figure_before_it() -> None:
    a = in_language("ru", "a", "Из города эвакуировали 3 тыс. человек, сообщила полиция.")
    b = in_language("ru", "b", "Из города эвакуировали 5 тыс. человек, сообщил губернатор.")
    (found,) = find_discrepancies([a, b])
    assert values_by_article(found) == {"3 тыс. человек": ("a",), "5 тыс. человек": ("b",)}
    # 3,200 is what "3 тыс." rounds: no disagreement (before, "3 тыс." was read as 3) …
    c = in_language("ru", "c", "Из города эвакуировали 3200 человек, сообщила мэрия.")
    assert find_discrepancies([a, c]) == ()
    # … and 4,100 is not.
    d = in_language("ru", "d", "Из города эвакуировали 4100 человек, сообщила мэрия.")
    (found,) = find_discrepancies([a, d])
    assert values_by_article(found) == {"3 тыс. человек": ("a",), "4100 человек": ("d",)}


def test_a_short_form_with_its_dot_does_not_end_the_sentence() -> None:
    text = "Z zalanego miasta ewakuowano 3 tys. mieszkańców, podała policja. Dalej padało."
    assert [text[a:b] for a, b in sentence_spans(text, "pl")] == [
        "Z zalanego miasta ewakuowano 3 tys. mieszkańców, podała policja.",
        "Dalej padało.",
    ]
    # A capital after it: the figure may end the sentence ("… ewakuowano 3 tys. Policja …").
    ended = "Ewakuowano 3 tys. Policja podała to wieczorem."
    assert len(sentence_spans(ended, "pl")) == 2
    # A word that is no scale of the language keeps the break ("3 psy." is not "3 tys.").
    assert len(sentence_spans("Widziano 3 psy. mieszkańcy uciekli.", "pl")) == 2


def test_a_scaled_figure_is_rounded_to_its_last_written_digit() -> None:
    a = in_language("de", "a", "Rund um den Damm leben 2,5 Millionen Menschen, sagte die Behörde.")
    b = in_language("de", "b", "Rund um den Damm leben 2.520.000 Menschen, sagte das Amt.")
    assert find_discrepancies([a, b]) == ()  # 2.52 million is what "2,5 Millionen" rounds
    c = in_language("de", "c", "Rund um den Damm leben 3,1 Millionen Menschen, sagte das Amt.")
    assert find_discrepancies([a, c]) != ()


def _number(value: float, *, qualifier: str | None = None, low: float | None = None) -> Number:
    return Number(0, 1, value, str(value), False, qualifier, low)


def test_the_range_of_a_scaled_figure() -> None:
    assert scaled_interval(_number(3.0)) == (2.5, 3.5 - 1e-9)
    low, high = scaled_interval(_number(2.5))
    assert abs(low - 2.45) < 1e-9 and abs(high - 2.55) < 1e-9
    assert scaled_interval(_number(80.0)) == (75.0, 85.0 - 1e-8)
    # A range's low end stays in the written scale ("2 to 3 million"), never scaled twice.
    assert scaled_interval(_number(3.0, low=2.0)) == (2.0, 3.0)
    assert scaled_interval(_number(2.0, qualifier="above"))[0] == 2.0
