"""The act word a multilingual packet's leads write each in its own spelling names the main
event when the English leads share none (made-up leads)."""

from __future__ import annotations

from briefing.topics.event_cognates import cognate, cognate_act
from briefing.topics.event_shared import Lead
from briefing.topics.lexicon import STOPWORDS

_REFUSED = STOPWORDS | {"sunday", "people"}


def _leads(*pairs: tuple[str, str]) -> list[Lead]:
    return [Lead(language, _TITLES.get(text, ""), text) for language, text in pairs]


_ENGLISH = [
    "Norland won the title in a tense final at the Harbour Arena on Sunday.",
    "Vesta lost after penalties, sending the crowd home in silence.",
]
_OTHERS = [
    ("fr", "Norland a remporté la finale dimanche face à Vesta."),
    ("fr", "Une finale tendue, gagnée aux tirs au but."),
    ("de", "Norland gewinnt das Finale gegen Vesta."),
    ("ru", "Норланд выиграл финал у Весты."),
    ("ru", "В финальном матче Норланд оказался сильнее."),
]
#: Headlines of two languages carry the act (a lead without one has none).
_TITLES = {
    _OTHERS[0][1]: "Norland remporte une finale folle",
    _OTHERS[3][1]: "Норланд выиграл драматичный финал",
}


def testcognates_share_the_stem_and_differ_at_the_end() -> None:
    assert cognate("final", "finale") and cognate("final", "finalnom")
    assert cognate("summit", "summit") and cognate("referendum", "referendume")
    assert not cognate("final", "finalement")  # "finally": longer than an ending
    assert not cognate("penalties", "penales")
    assert not cognate("vote", "voto")  # a four-letter word must be written alike


def test_the_word_most_languages_write_names_the_act() -> None:
    leads = _leads(*(("en", t) for t in _ENGLISH), *_OTHERS)
    assert cognate_act(_ENGLISH, leads, _REFUSED, set(), STOPWORDS) == "final"


def test_no_act_without_enough_languages_articles_or_a_noun() -> None:
    # Two languages only.
    two = _leads(*(("en", t) for t in _ENGLISH), *[p for p in _OTHERS if p[0] == "fr"])
    assert cognate_act(_ENGLISH, two, _REFUSED, set(), STOPWORDS) is None
    # Fewer than half the leads write it.
    few = _leads(
        *(("en", t) for t in _ENGLISH),
        *_OTHERS[:1],
        *_OTHERS[2:4],
        *[("es", "Norland celebra en las calles.")] * 5,
    )
    assert cognate_act(_ENGLISH, few, _REFUSED, set(), STOPWORDS) is None
    # No headline carries it: a thing the leads mention, not what happened.
    plain = [
        Lead(language, "", text) for language, text in (*(("en", t) for t in _ENGLISH), *_OTHERS)
    ]
    assert cognate_act(_ENGLISH, plain, _REFUSED, set(), STOPWORDS) is None
    # Written only as a modifier in English ("final report") it is no noun, no act.
    modifier = ["The final report blamed Norland.", "Vesta read the final report on Sunday."]
    leads = _leads(*(("en", t) for t in modifier), *_OTHERS)
    assert cognate_act(modifier, leads, _REFUSED, set(), STOPWORDS) is None
    # A word of a listed name is no act.
    leads = _leads(*(("en", t) for t in _ENGLISH), *_OTHERS)
    assert cognate_act(_ENGLISH, leads, _REFUSED, {"final"}, STOPWORDS) is None


def test_a_packet_whose_english_leads_share_no_act_is_named_by_its_languages() -> None:
    from dataclasses import replace

    from topics.helpers import article

    from briefing.topics import extract_topics
    from briefing.topics.events import main_event

    texts = [("en", t) for t in _ENGLISH] + _OTHERS
    articles = [
        replace(article(f"{n:03d}", text), language=language, title=_TITLES.get(text))
        for n, (language, text) in enumerate(texts)
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Final"), name
