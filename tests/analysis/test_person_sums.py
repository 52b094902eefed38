"""One person's sum given as two close amounts (analysis/person_sums.py): the person topic
named nearest the sum, one currency, one value repeated, the other close and disjoint.

Fixtures are written for these tests (a fictional transfer of the rower "Ilse Marhold"), no
article text; the person topics are built by hand, as the topic extractor would merge them.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.builders import in_language

from briefing.analysis.person_sums import person_sum_discrepancies
from briefing.model import Article, Mention, Span, Topic

_NAMES = ("Ilse Marhold", "Мархольд", "Tomas Venn")


def _people(articles: Sequence[Article]) -> tuple[Topic, ...]:
    """Person topics of the names in ``_NAMES`` (the first two one person) with their
    mentions in ``articles``."""
    mentions: dict[str, list[Mention]] = {"marhold": [], "venn": []}
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            for name in _NAMES:
                at = paragraph.text.find(name)
                if at >= 0:
                    key = "venn" if name == "Tomas Venn" else "marhold"
                    span = Span(index, at, at + len(name))
                    mentions[key].append(Mention(article.id, span, name))
    return (
        Topic("marhold", "Ilse Marhold", "person", _NAMES[:2], tuple(mentions["marhold"])),
        Topic("venn", "Tomas Venn", "person", _NAMES[2:], tuple(mentions["venn"])),
    )


def _flags(*texts: tuple[str, str]) -> list[dict[str, tuple[str, ...]]]:
    articles = [in_language(language, f"a{n}", text) for n, (language, text) in enumerate(texts)]
    return [
        {c.value: c.article_ids for c in d.claims}
        for d in person_sum_discrepancies(articles, _people)
    ]


def test_one_persons_fee_as_two_close_amounts_across_scripts() -> None:
    flags = _flags(
        ("en", "The club paid 46 million euros for Ilse Marhold last year."),
        ("de", "Für Ilse Marhold zahlte der Klub 46 Millionen Euro."),
        ("ru", "За Мархольд клуб заплатил 51 млн евро."),
    )
    assert flags == [
        {
            "46 million euros (46 million)": ("a0",),
            "46 Millionen Euro (46 million)": ("a1",),
            "51 млн евро (51 million)": ("a2",),
        }
    ]


def test_look_alikes_stay_silent() -> None:
    # one fee in two currencies; a hedged amount; a far-off sum (a salary); a source
    # giving both amounts; a sum nearer another person
    assert (
        _flags(
            ("en", "The club paid 46 million euros for Ilse Marhold."),
            ("en", "Ilse Marhold cost 46 million euros, her salary 4 million euros."),
            ("en", "Ilse Marhold went for £40 million."),
            ("en", "Ilse Marhold went for about 50 million euros."),
            ("en", "Ilse Marhold cost 46 million euros; the club said 48 million euros."),
            ("en", "Ilse Marhold joined Tomas Venn, who was bought for 49 million euros."),
        )
        == []
    )


def test_a_value_told_by_one_source_only_is_not_compared() -> None:
    assert (
        _flags(
            ("en", "The club paid 46 million euros for Ilse Marhold."),
            ("en", "Ilse Marhold cost 51 million euros."),
        )
        == []
    )
