"""A rate as one value in some sources and as a band in another (rate_bands.py, read by
percent_figures.py). Written fixtures: a made-up central bank raises its rate to a band of
0.25 to 0.5 %; sources say what it was before. Look-alikes: the new band in every source and
rounded ("around zero") in one; a value written "about"; a value inside the band; two
quantities in one article (a deposit rate at the band's end); no shared figure beside them;
a band's top written as the rate (shorthand, beside no band)."""

from __future__ import annotations

import dataclasses

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.percent_figures import percents_in
from briefing.analysis.rate_bands import rate_band_discrepancies
from briefing.model import Article

#: The new band and the old one as a band, in German.
_GERMAN = "Der Zins steigt auf 0,25 bis 0,5 Prozent, zuvor minus 0,25 bis null Prozent."


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _values() -> list[Article]:
    """Three sources in three languages: the old rate -0.25 %, raised to 0.25–0.5 %."""
    return [
        _in("fr", "f", "La banque de Norvalie relève son taux à 0,25-0,5 %, contre -0,25 % avant."),
        _in("ru", "r", "Банк Норвалии повысил ставку с -0,25% до 0,25–0,5%."),
        _in("zh", "z", "诺瓦利亚央行将利率从-0.25%上调至0.25到0.5%。"),
    ]


def _flags(*articles: Article) -> list[Discrepancy]:
    return rate_band_discrepancies(list(articles))


def test_percents_read_in_several_languages() -> None:
    def read(text: str, language: str) -> list[tuple[str, bool]]:
        return [(p.label(), p.hedged) for p in percents_in(text, language)]

    assert read("zuletzt lag sie bei minus 0,25 bis null Prozent", "de") == [
        ("-0.25% to 0%", False)
    ]
    assert read("с -0,25% до 0,25–0,5%", "ru") == [("-0.25%", False), ("0.25% to 0.5%", False)]
    assert read("بين صفر و0.5%، من -0.25%", "ar") == [("0% to 0.5%", False), ("-0.25%", False)]
    assert read("マイナス0.25%の金利を0から0.5%程度に", "ja") == [
        ("-0.25%", False),
        ("0% to 0.5%", True),
    ]
    assert read("연 -0.25%에서 연 0.25~0.5%로", "ko") == [
        ("-0.25%", False),
        ("0.25% to 0.5%", False),
    ]
    assert read("en torno al cero por ciento", "es") == [("0%", True)]
    assert read("بين 0 و0.5 بالمئة", "ar") == [("0% to 0.5%", False)]
    assert read("un taux de 0,5 pour cent", "fr") == [("0.5%", False)]
    # Romance "de" is also "of": "un rango de 0 a 0,5%" is a band; "desde" is a change.
    assert read("un rango de 0 a 0,5%", "es") == [("0% to 0.5%", False)]
    assert read("subió desde 0 a 0,5%", "es") == [("0.5%", False)]
    # A change, not a band; percentage points, not a level; COVID-19 is no minus.
    assert read("raised from -0.25% to 0.5%", "en") == [("-0.25%", False), ("0.5%", False)]
    assert read("up 0.25 percentage points, COVID-19 at 3%", "en") == [("3%", False)]


def test_one_value_against_a_band_across_languages() -> None:
    german = _in(
        "de",
        "g",
        "Die Notenbank hebt den Zins auf 0,25 bis 0,5 Prozent an. Zuletzt lag die Spanne "
        "bei minus 0,25 bis null Prozent.",
    )
    found = _flags(*_values(), german)
    assert [(c.value, c.article_ids) for d in found for c in d.claims] == [
        ("-0.25% (one value)", ("f", "r", "z")),
        ("-0.25% to 0% (a band)", ("g",)),
    ]
    assert found[0].kind == "figure"
    assert "0.25% to 0.5%" in found[0].subject
    # And through the whole list of checks.
    assert any(d.subject == found[0].subject for d in find_discrepancies([*_values(), german]))


def test_the_same_band_everywhere_and_a_rounding_are_silent() -> None:
    spanish = _in("es", "s", "El banco subió su tasa a en torno al cero por ciento.")
    english = _in("en", "e", "The bank raised its rate to 0.25-0.5 per cent from -0.25 per cent.")
    assert _flags(*_values(), spanish, english) == []


def test_a_hedged_band_or_value_is_silent() -> None:
    about = _in(
        "de",
        "g",
        _GERMAN.replace("zuvor", "zuvor etwa"),
    )
    assert _flags(*_values(), about) == []
    hedged = [
        _in("en", "a", "It raised the rate to 0.25-0.5%, from about -0.25%."),
        _in("en", "b", "It raised the rate to 0.25-0.5%, from around -0.25%."),
        _in(
            "de",
            "g",
            _GERMAN,
        ),
    ]
    assert _flags(*hedged) == []


def test_a_value_inside_the_band_is_silent() -> None:
    inside = [
        _in("en", "a", "The rate rose to 0.25-0.5%, from -0.1%."),
        _in("en", "b", "The rate rose to 0.25-0.5%, from -0.1%."),
        _in(
            "de",
            "g",
            _GERMAN,
        ),
    ]
    assert _flags(*inside) == []


def test_two_quantities_in_one_article_are_silent() -> None:
    """The deposit rate 0.5 % is the new band's top: the articles that give it give the band
    too, so the band against the value is two quantities, not one told two ways."""
    deposits = [
        _in("en", "a", "The rate is now 0.25-0.5%, and deposits earn 0.5% from -0.25%."),
        _in("en", "b", "The rate is now 0.25-0.5%; reserves are paid 0.5% against -0.25%."),
        _in("en", "c", "The policy rate band is 0.25-0.5%, while reserves are paid 0.5%."),
    ]
    assert _flags(*deposits) == []


def test_no_figure_beside_both_is_silent() -> None:
    """The band and the value told with nothing in common: perhaps two things."""
    apart = [
        _in("en", "a", "Inflation was 2% last year."),
        _in("en", "b", "Inflation stood at 2% in May."),
        _in("de", "g", "Das Wachstum lag zwischen 2 und 3 Prozent."),
    ]
    assert _flags(*apart) == []


def test_a_value_as_shorthand_for_a_band_is_silent() -> None:
    """The press writes a band's top as the rate ("raised rates to 5.5 %"): the sources that
    write the single value write no band beside it, so nothing says they would have."""
    shorthand = [
        _in("en", "a", "The bank raised its rate to 5.5% as inflation ran at 3.2%."),
        _in("en", "b", "Rates went up to 5.5%, with inflation at 3.2%."),
        _in("en", "c", "The bank raised its rate to 5.25-5.5% as inflation ran at 3.2%."),
    ]
    assert _flags(*shorthand) == []
