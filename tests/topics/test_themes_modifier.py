"""A theme cut before its noun (:mod:`briefing.topics.themes_modifier`).

Texts written for the test, about a made-up quarry town; each rule is shown with
look-alikes that must stay themes.
"""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.cluster_asides import aside_theme
from briefing.topics.themes_modifier import cut_before_noun


def _cut(phrase: str, texts: list[str], language: str = "en") -> bool:
    """Whether ``phrase``, at each place it is written in ``texts`` (one article each), is
    a cut."""
    found: list[Occurrence] = []
    for n, text in enumerate(texts):
        at = text.lower().find(phrase)
        while at >= 0:
            end = at + len(phrase)
            found.append(Occurrence(f"a{n}", 0, at, end, text[at:end]))
            at = text.lower().find(phrase, end)
    assert found, phrase
    languages = {o.article: language for o in found}
    return cut_before_noun(found, lambda article, _p: texts[int(article[1:])], languages)


def test_a_pair_always_followed_by_its_noun_is_a_cut() -> None:
    texts = [
        "It was Varnia's worst quarry collapse in forty years.",
        "The worst quarry accident before it killed nine.",
        "Officials called it the worst quarry flood on record.",
    ]
    assert _cut("worst quarry", texts)


def test_an_attributive_noun_that_never_heads_its_phrase_is_a_cut() -> None:
    texts = ["The giant salt barge sank.", "A second giant salt barge docked at noon."]
    assert _cut("giant salt", texts)


def test_an_ambiguous_s_word_abstains_and_the_others_decide() -> None:
    texts = [
        "The worst quarry collapse came in spring.",
        "One of the worst quarry disasters in the valley.",
        "Locals recall the worst quarry flood.",
    ]
    assert _cut("worst quarry", texts)


def test_a_pair_that_heads_its_phrase_stays() -> None:
    texts = [
        "The death toll rose to twelve on Friday.",
        "Officials said the death toll could climb.",
        "A death toll of twelve was confirmed.",
    ]
    assert not _cut("death toll", texts)
    mourning = ["Varnia declared national mourning.", "National mourning began on Monday."]
    assert not _cut("national mourning", mourning)


def test_a_plural_pair_is_its_own_head() -> None:
    texts = ["Rescue workers pull a man out.", "Exhausted rescue workers rest."]
    assert not _cut("rescue workers", texts)
    rates = ["Interest rates rise again.", "Higher interest rates hurt quarry towns."]
    assert not _cut("interest rates", rates)


def test_a_verb_after_a_singular_pair_is_no_noun() -> None:
    assert not _cut(
        "migrant boat", ["A migrant boat capsizes.", "A migrant boat capsizes at dawn."]
    )
    assert not _cut("death toll", ["The death toll rose.", "The death toll stood at nine."])
    assert not _cut("salt barge", ["The salt barge sinking shocked them.", "A salt barge docked."])


def test_one_noun_after_it_among_several_uses_is_not_nearly_always() -> None:
    texts = [
        "The quarry town council met.",
        "Life in the quarry town is hard.",
        "The quarry town, they said, is quiet.",
    ]
    assert not _cut("quarry town", texts)


def test_silent_outside_english() -> None:
    texts = ["La crise économique mondiale frappe Varnia.", "La crise économique mondiale dure."]
    assert not _cut("crise économique", texts, language="fr")


def test_the_cut_is_an_aside_of_the_ranking() -> None:
    texts = {("a", 0): "The worst quarry collapse.", ("b", 0): "Its worst quarry flood."}
    occurrences = [
        Occurrence("a", 0, 4, 16, "worst quarry"),
        Occurrence("b", 0, 4, 16, "worst quarry"),
    ]
    assert aside_theme(occurrences, texts, set(), {}, {"a": "en", "b": "en"})
    head = {("a", 0): "The worst quarry.", ("b", 0): "Its worst quarry, again."}
    assert not aside_theme(occurrences, head, set(), {}, {"a": "en", "b": "en"})
