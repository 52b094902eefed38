"""One person's prison term given as different numbers of years (prison_terms.py), with
look-alikes: two prisoners' terms, a term asked for, a term and its appeal in one article."""

from __future__ import annotations

from analysis.builders import claim_values, figure_flags, in_language, values_by_article

from briefing.analysis.model import Discrepancy
from briefing.model import Article


def _terms(*articles: Article) -> list[Discrepancy]:
    return [d for d in figure_flags(*articles) if d.subject.endswith("prison sentence")]


_GERMAN = in_language(
    "de",
    "de",
    "Der Pilot Dana Korvetz lebte lange in Minsk. Er wurde im Mai zu 14 Jahren Haft verurteilt.",
)


def test_one_persons_term_across_languages_and_a_pronoun() -> None:
    english = in_language(
        "en",
        "en",
        "The pilot Dana Korvetz was held for a year. He was sentenced to 12 years in prison.",
    )
    polish = in_language("pl", "pl", "Pilot Dana Korvetz, skazany w Mińsku na 14 lat więzienia.")
    found = _terms(english, _GERMAN, polish)
    assert [d.subject for d in found] == ["Korvetz's prison sentence"]
    assert values_by_article(found[0]) == {"14 years": ("de", "pl"), "12 years": ("en",)}


def test_another_prisoners_term_is_not_compared() -> None:
    # Brennick's 12 years is his own: only Korvetz's 14 is compared, and it agrees.
    german = in_language(
        "de",
        "de2",
        "Dana Korvetz wurde zu 14 Jahren Haft verurteilt. "
        "Der frühere Soldat Milo Brennick war zu 12 Jahren Haft verurteilt worden.",
    )
    english = in_language("en", "en", "The pilot Dana Korvetz was sentenced to 14 years.")
    assert _terms(german, english) == []


def test_a_term_asked_for_or_risked_is_no_sentence() -> None:
    asked = in_language(
        "en", "en", "Prosecutors asked that the pilot Dana Korvetz be sentenced to 20 years."
    )
    risked = in_language("pl", "pl", "Pilotowi Dana Korvetz grozi do 20 lat więzienia.")
    assert _terms(asked, risked, _GERMAN) == []


def test_an_article_giving_two_terms_is_left_out_for_that_person() -> None:
    appeal = in_language(
        "en",
        "en",
        "The pilot Dana Korvetz was sentenced to 20 years in May. "
        "In June he was sentenced to 14 years on appeal.",
    )
    assert _terms(appeal, _GERMAN) == []
    other = in_language("en", "en2", "The pilot Dana Korvetz was sentenced to 20 years.")
    assert [claim_values(d) for d in _terms(appeal, _GERMAN, other)] == [{"14 years", "20 years"}]


def test_a_term_before_any_name_in_its_sentence_is_not_given_to_a_later_name() -> None:
    # "sentenced to 12 years" comes before the only name of its sentence: whose it is, the
    # sentence does not say in the order this reads.
    before = in_language(
        "en",
        "en",
        "Already sentenced to 12 years in absentia, the pilot Dana Korvetz stayed abroad.",
    )
    assert _terms(before, _GERMAN) == []
