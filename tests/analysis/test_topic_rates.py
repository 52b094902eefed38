"""One named place's rate across languages (topic_rates.py). Written fixtures: made-up tariff
lists for made-up countries (Norvalia, Kestria, Toland) in five languages, one place one topic
across them. Look-alikes that must not flag: a cumulative rate far from the others; what a
country is said to charge beside what it is charged; a rounding; a hedge; one article giving
both values; a rare value with no list beside it; a single source for the common value; a
person's figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.rate_bands import percents_of
from briefing.analysis.topic_rates import pairs_in, topic_rate_discrepancies
from briefing.model import Article, Mention, Span, Topic

_PLACES = {
    "norvalia": ("Norvalia", "Norvalie", "Норвалии", "诺瓦利亚", "نورفاليا"),
    "kestria": ("Kestria", "Kestrie", "Кестрии", "凯斯特里亚", "كيستريا"),
    "toland": ("Toland", "Толанда", "托兰", "تولاند"),
}


_LATIN = ("Norvalia", "Kestria", "Toland")


def _topics(articles: Sequence[Article], kinds: dict[str, str] | None = None) -> tuple[Topic, ...]:
    """One topic per made-up place, mentioned wherever one of its spellings stands."""
    topics = []
    for ident, aliases in _PLACES.items():
        mentions = tuple(
            Mention(article.id, Span(index, m.start(), m.end()), alias)
            for article in articles
            for index, paragraph in enumerate(article.paragraphs)
            for alias in aliases
            for m in re.finditer(re.escape(alias), paragraph.text)
        )
        kind = (kinds or {}).get(ident, "place")
        topics.append(Topic(ident, aliases[0], kind, aliases, mentions))  # type: ignore[arg-type]
    return tuple(topics)


def _flags(*articles: Article, kinds: dict[str, str] | None = None) -> list[tuple[str, dict]]:
    found = topic_rate_discrepancies(
        articles, [percents_of(a) for a in articles], lambda arts: _topics(arts, kinds)
    )
    return [(d.subject, {c.value: c.article_ids for c in d.claims}) for d in found]


def _pairs(text: str, names: Sequence[str]) -> list[tuple[str, str]]:
    """(figure as written, place) pairs of one sentence."""
    figures = [m.span() for m in re.finditer(r"\d+(?:[.,]\d+)?\s?%", text)]
    spans = [(m.start(), m.end(), name) for name in names for m in re.finditer(name, text)]
    return [(text[slice(*figures[i])], place) for i, place in pairs_in(text, figures, spans)]


def test_each_figure_goes_to_the_name_the_list_puts_beside_it() -> None:
    # A list that opens with a name: each figure takes the name before it.
    assert _pairs("Norvalia will face 24%, Kestria 25% and Toland 32%.", _LATIN) == [
        ("24%", "Norvalia"),
        ("25%", "Kestria"),
        ("32%", "Toland"),
    ]
    # A list that opens with a figure: each takes the name after it; names joined by "and"
    # share one figure.
    assert _pairs("a 25% levy for Norvalia and Kestria, and 32% for Toland", _LATIN) == [
        ("25%", "Norvalia"),
        ("25%", "Kestria"),
        ("32%", "Toland"),
    ]
    assert _pairs("34% على نورفاليا و20% على كيستريا", ["نورفاليا", "كيستريا"]) == [
        ("34%", "نورفاليا"),
        ("20%", "كيستريا"),
    ]
    assert _pairs(
        "对诺瓦利亚实施24%的关税,对凯斯特里亚、托兰实施10%的关税",
        ["诺瓦利亚", "凯斯特里亚", "托兰"],
    ) == [
        ("24%", "诺瓦利亚"),
        ("10%", "凯斯特里亚"),
        ("10%", "托兰"),
    ]
    assert _pairs("Норвалии – 24%, Кестрии – 25%", ["Норвалии", "Кестрии"]) == [
        ("24%", "Норвалии"),
        ("25%", "Кестрии"),
    ]


def test_figures_too_far_from_a_name_or_past_a_clause_are_not_its_own() -> None:
    # What the place is said to charge, then what it is charged: a comma apart.
    assert _pairs("Norvalia, which charges 67% on our goods, will now pay 34%.", _LATIN) == []
    # A figure with no name on its side: the second of two after one name.
    assert _pairs("Norvalia faces 24% while a 25% car levy stands.", _LATIN) == [
        ("24%", "Norvalia")
    ]
    # Too many words between.
    assert (
        _pairs("Norvalia said that after long talks the levy on its steel would be 24%", _LATIN)
        == []
    )


def _lists() -> list[Article]:
    """Three sources in three languages: Norvalia 24 %, Kestria 32 %."""
    return [
        in_language("en", "en", "The chart listed Norvalia at 24%, Kestria at 32% and Toland 10%."),
        in_language("ru", "ru", "Для Норвалии – 24%, для Кестрии – 32%, для Толанда – 10%."),
        in_language("zh", "zh", "对诺瓦利亚实施24%的关税,对凯斯特里亚实施32%的关税。"),
    ]


def test_one_place_given_another_rate_in_one_list() -> None:
    other = in_language("es", "es", "Anunció un 25% para Norvalia y un 32% para Kestria.")
    found = _flags(*_lists(), other)
    assert found == [("the rate for Norvalia", {"24%": ("en", "ru", "zh"), "25%": ("es",)})]
    # Through the whole check, with the topics given.
    flags = find_discrepancies([*_lists(), other], topics=_topics)
    assert [d.subject for d in flags if d.subject.startswith("the rate for")] == [
        "the rate for Norvalia"
    ]


def test_look_alikes_do_not_flag() -> None:
    def other(text: str) -> Article:
        return in_language("fr", "fr", text)

    # A cumulative rate, far from the rest.
    assert _flags(*_lists(), other("Norvalie 54 %, Kestrie 32 %.")) == []
    # A rounding of the same rate.
    assert _flags(*_lists(), other("Norvalie 24,4 %, Kestrie 32 %.")) == []
    # A hedge: a rounding, not a value to hold a source to.
    assert _flags(*_lists(), other("Norvalie environ 25 %, Kestrie 32 %.")) == []
    # No list beside the rare value: figures that only share a name.
    assert _flags(*_lists(), other("Norvalie 25 %, Kestrie 41 %.")) == []
    # One article gives both values: two quantities.
    both = other("Norvalie 25 %, Kestrie 32 %. Norvalie 24 % après la révision, Kestrie 32 %.")
    assert _flags(*_lists(), both) == []
    # The common value told by one source only.
    assert _flags(*_lists()[:2], other("Norvalie 25 %, Kestrie 32 %."), _lists()[2]) != []
    assert _flags(_lists()[0], other("Norvalie 25 %, Kestrie 32 %.")) == []
    # A person's figure (a vote share) is no place's rate.
    assert (
        _flags(*_lists(), other("Norvalie 25 %, Kestrie 32 %."), kinds={"norvalia": "person"}) == []
    )


def test_the_topics_are_not_asked_when_the_figures_alone_cannot_flag() -> None:
    def refuse(_articles: Sequence[Article]) -> tuple[Topic, ...]:
        raise AssertionError("the topics were asked for")

    def check(*articles: Article) -> list:
        return topic_rate_discrepancies(articles, [percents_of(a) for a in articles], refuse)

    # Lists that agree (no two values within 4/3 of each other); a lone percentage each.
    agreeing = [
        in_language("en", "en", "Norvalia 24%, Kestria 40% and Toland 10%."),
        in_language("ru", "ru", "Норвалии – 24%, Кестрии – 40%."),
        in_language("zh", "zh", "对诺瓦利亚实施24%的关税,对凯斯特里亚实施40%的关税。"),
    ]
    assert check(*agreeing) == []
    assert check(in_language("en", "a", "Prices rose 3%."), in_language("en", "b", "Up 4%.")) == []
