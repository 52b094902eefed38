"""A noun a lead brings in with "a"/"an", and the kind written between them (made-up text):
the main event once the leads' most shared word is a verb whose noun the texts never write
("declared", never "declaration")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_brought import brought_in
from briefing.topics.event_leads import split_words
from briefing.topics.events import main_event

_REFUSED = frozenset({"the", "of", "at", "least"})


def _brought(lead: str, *nouns: str) -> dict[str, str]:
    return brought_in([split_words(lead, "en")], [lead], {}, _REFUSED, set(nouns).__contains__)


def test_a_kind_between_the_article_and_the_noun_is_kept() -> None:
    found = _brought("Crews battled to contain an acid spill near the lock.", "spill")
    assert found["spill"] == "acid"
    assert "acid" not in found  # a kind of the spill, not what was brought in


def test_a_word_no_noun_follows_is_brought_in_alone() -> None:
    found = _brought("A landslide blocked the road to Velmora.", "spill")
    assert found["landslide"] == ""
    assert "blocked" not in found


def test_a_word_of_size_brings_the_noun_in_without_a_kind() -> None:
    assert _brought("It was a massive spill.", "spill") == {"spill": ""}


def test_a_number_between_makes_no_kind() -> None:
    # "an estimated 300 tons", "a 7.8-magnitude quake": the number stands between.
    found = _brought("The barge leaked an estimated 300 tons of acid.", "tons")
    assert found == {"estimated": ""}
    found = _brought("A 7.8-magnitude quake hit the valley.", "quake")
    assert "quake" not in found


def test_a_hyphened_count_brings_its_noun_in() -> None:
    # "a four-year ban": the count is one hyphened word in lower case, the noun after it
    # what the lead brings in, as after "a massive" or "an acid".
    found = _brought("The panel gave Jane Roe a four-year ban from racing.", "ban")
    assert found["ban"] == "four-year"
    assert "four-year" not in found


def test_a_hyphened_word_before_no_noun_brings_in_only_itself() -> None:
    # The word after the hyphened one is no noun the leads share: nothing but the
    # hyphened word is brought in, as a plain word before no noun is.
    found = _brought("Jane Roe won a two-year battle over the ruling.", "ban")
    assert found == {"two-year": ""}


def _packet(third: str) -> list[Article]:
    def one(n: int, title: str, lead: str, day: int | None) -> Article:
        written = article(f"{n:03d}", lead)
        date = dt.date(2031, 3, day) if day else None
        return replace(written, title=title, language="en", date=date)

    return [
        one(
            0,
            "Norland declares emergency as stranded ship spills acid",
            "The river port of Korvel declared a state of emergency after a Danish-owned ship "
            "that ran aground days ago began spilling acid into the water.",
            8,
        ),
        one(
            1,
            "A Danish tanker that ran aground off Korvel…",
            "A Danish tanker that ran aground off Korvel has leaked at least an estimated 300 "
            "tons of acid, the operator said on Tuesday.",
            11,
        ),
        one(
            2,
            "Korvel declared a state of emergency",
            f"Minister Ana Ruiz declared a state of emergency in Korvel on Friday as the port "
            f"battled to contain {third}. The acid seeped from a Danish freighter that ran "
            "aground last month.",
            None,
        ),
    ]


def _name(third: str) -> str | None:
    articles = _packet(third)
    return main_event(articles, extract_topics(articles), frozenset({"Norland"}))


def test_an_accident_a_lead_brings_in_with_its_kind_names_the_event() -> None:
    name = _name("an acid spill")
    assert name is not None and name.startswith("Acid spill")


def test_a_spill_no_lead_brings_in_names_no_event() -> None:
    assert _name("the spill") is None  # written as known, never brought in as new


def test_a_word_of_size_is_no_kind_of_the_event() -> None:
    name = _name("a massive spill")
    assert name is not None and name.startswith("Spill")
