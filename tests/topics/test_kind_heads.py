"""Named days are events, gardens are places, "D.C." is Washington (own text).

"Lantern Day" (a made-up holiday), "Tag der Einheit", "Día de la Unidad" name a day, an event;
"Doris Day" and "Dag Hammarskjöld" are people. "Lilac Garden" is a place like "Lilac Park".
"D.C." after Washington's name in Hangul is the capital's tail, not a body of its own.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article
from topics.helpers import kinds_by_alias as _kinds

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.kind_heads import named_day, tail_place
from briefing.topics.languages import function_words


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_named_days_in_several_languages() -> None:
    assert named_day(["Lantern", "Day"], "en", frozenset())
    assert named_day(["Day", "of", "the", "Lanterns"], "en", frozenset({"of", "the"}))
    assert named_day(["Tag", "der", "Einheit"], "de", function_words("de"))
    assert named_day(["Día", "de", "la", "Unidad"], "es", function_words("es"))
    assert named_day(["День", "Единства"], "ru", function_words("ru"))


def test_people_and_other_names_are_no_day() -> None:
    assert not named_day(["Doris", "Day"], "en", frozenset())
    assert not named_day(["Dag", "Hammarskjöld"], "nl", function_words("nl"))
    assert not named_day(["Tag", "Heuer"], "de", function_words("de"))
    assert not named_day(["Day"], "en", frozenset())
    assert not named_day(["Lantern", "Hall"], "en", frozenset())


def test_a_named_day_is_an_event_not_a_body() -> None:
    kinds = _kinds(
        _in("en", 0, "Crowds gathered in Varnel for Lantern Day on Sunday, officials said."),
        _in("en", 1, "The mayor of Varnel spoke on Lantern Day about the new bridge."),
    )
    assert kinds.get("Lantern Day") == "event"


def test_a_garden_is_a_place() -> None:
    kinds = _kinds(
        _in("en", 0, "The mayor spoke in the Lilac Garden of Varnel on Sunday."),
        _in("en", 1, "Guests left the Lilac Garden after the speech, officials said."),
    )
    assert kinds.get("Lilac Garden") == "place"


def test_a_dotted_tail_is_its_place() -> None:
    assert tail_place("D.C.") == "Washington"
    assert tail_place("DC") is None  # no dot inside: as often a company's letters
    assert tail_place("U.S.") is None


def test_dc_after_washington_in_hangul_is_washington() -> None:
    topics = extract_topics(
        [
            _in("ko", 0, "대통령은 워싱턴 D.C. 백악관에서 연설했다. 워싱턴 D.C.는 조용했다."),
            _in("en", 1, "The president spoke in Washington on Sunday, aides said."),
            _in("en", 2, "Officials in Washington said the speech was long."),
        ]
    )
    assert not [t for t in topics if t.name == "D.C." and t.kind == "organisation"]
    holders = [t for t in topics if "D.C." in t.aliases]
    assert all(t.name == "Washington" for t in holders), [t.name for t in holders]
