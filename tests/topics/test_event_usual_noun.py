"""The act's noun as the articles write it when the leads state it by a verb (invented texts).

Count Orlan and Lady Vessa, of the invented town Danemos, are married; most texts call it
"the wedding", one writer "the marriage".
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics.event_usual_noun import usual_noun

STATING = [
    "Count Orlan married Lady Vessa on Saturday in Danemos. The wedding drew a large crowd.",
    "The couple married at noon in Danemos. Guests said the wedding was short.",
]
OTHER = "Orlan and Vessa exchanged vows. The marriage unites two old houses of Danemos."


def _packet(*texts: str, others: tuple[tuple[str, str], ...] = ()) -> list[Article]:
    english = [replace(article(f"{i:03}", t), language="en") for i, t in enumerate(texts)]
    more = [
        replace(article(f"{100 + i:03}", t), language=lang) for i, (lang, t) in enumerate(others)
    ]
    return english + more


def _ask(articles: list[Article]) -> str | None:
    languages = {a.id: a.language or "en" for a in articles}
    english = [a for a in articles if a.language == "en"]
    named = {"orlan", "vessa", "danemos", "count", "lady"}
    return usual_noun("marriage", "married", english, articles, languages, named)


def test_the_noun_every_text_stating_the_act_writes_names_it() -> None:
    articles = _packet(*STATING, OTHER, others=(("it", "Danemos, il Royal Wedding di Orlan."),))
    assert _ask(articles) == "wedding"


def test_the_verbs_own_noun_stays_where_the_stating_texts_write_it() -> None:
    stating = [STATING[0], STATING[1] + " Their marriage was blessed."]
    assert _ask(_packet(*stating, OTHER)) is None


def test_a_noun_written_only_before_another_is_a_modifier() -> None:
    stating = [
        "Count Orlan married Lady Vessa on Saturday. She wore a wedding dress.",
        "The couple married at noon; the wedding cake was white.",
    ]
    assert _ask(_packet(*stating, OTHER)) is None


def test_a_thing_or_an_occasion_is_no_act() -> None:
    stating = [
        "Count Orlan married Lady Vessa in a ceremony. The ceremony was short.",
        "The couple married at noon. The ceremony drew a crowd.",
    ]
    assert _ask(_packet(*stating, OTHER)) is None


def test_the_verbs_noun_written_more_widely_stays() -> None:
    others = [OTHER, "The marriage was the talk of Danemos.", "A marriage of two houses."]
    assert _ask(_packet(*STATING, *others)) is None


def test_one_text_stating_the_act_says_too_little() -> None:
    assert _ask(_packet(STATING[0], OTHER)) is None


def test_the_word_two_articles_write_before_it_says_its_kind() -> None:
    stating = [STATING[0], "The couple married at noon. It was a grand wedding in Danemos."]
    italian = (("it", "Danemos, il Grand Wedding di Orlan."),)
    assert _ask(_packet(*stating, OTHER, others=italian)) == "grand wedding"
    # One article's word is that writer's: no kind.
    assert _ask(_packet(*stating, OTHER)) == "wedding"
