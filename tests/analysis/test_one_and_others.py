"""A group counted with the one it surrounds (:mod:`briefing.analysis.one_and_others`).

Written fixtures (no article text): a made-up junta's broadcast, a major reading a statement
among soldiers; the look-alikes keep the counts and change what says who is counted.
"""

from __future__ import annotations

from analysis.builders import figure_flags, in_language

from briefing.model import Article

TWELVE = "Le 3 mars, un groupe de douze soldats est apparu à la télévision d'État."
OTHERS = "Le major Kessou Alvandi, entouré de onze autres hommes, a lu le communiqué."
ELEVEN = "Il 3 marzo il maggiore Kessou Alvandi, al fianco di undici soldati, ha letto il testo."


def _flags(*articles: Article) -> list[str]:
    return [d.subject for d in figure_flags(*articles)]


def test_a_group_counted_with_the_one_it_surrounds_is_no_disagreement() -> None:
    french = in_language("fr", "a", f"{TWELVE} {OTHERS}")
    assert _flags(french, in_language("it", "b", ELEVEN)) == []


def test_without_the_others_the_counts_disagree() -> None:
    french = in_language("fr", "a", TWELVE)
    assert _flags(french, in_language("it", "b", ELEVEN)) != []


def test_others_in_another_paragraph_say_nothing_of_this_count() -> None:
    french = in_language("fr", "a", TWELVE, OTHERS)
    assert _flags(french, in_language("it", "b", ELEVEN)) != []


def test_others_two_fewer_are_another_group() -> None:
    others = "Le major Kessou Alvandi, entouré de dix autres hommes, a lu le communiqué."
    french = in_language("fr", "a", f"{TWELVE} {others}")
    assert _flags(french, in_language("it", "b", ELEVEN)) != []


def test_more_soldiers_are_no_others() -> None:
    # "onze nouveaux soldats" adds to a count; only the plain word for "other" is read.
    more = "Le major Kessou Alvandi, rejoint par onze nouveaux soldats, a lu le communiqué."
    french = in_language("fr", "a", f"{TWELVE} {more}")
    assert _flags(french, in_language("it", "b", ELEVEN)) != []
