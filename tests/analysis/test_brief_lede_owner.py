"""The body an event's name opens with in the possessive is whose the act is, not one of
the names a What-happened sentence is chosen by (:func:`briefing.brief_lede._event_topics`).

Made-up topics: "Orbex’s bankruptcy in Varnia": the act and the place are the event's names,
Orbex is not; a body named elsewhere in the name ("Takeover of Orbex by Vantor"), and a
person in the possessive, stay among them.
"""

from __future__ import annotations

from briefing.brief_lede import _event_topics
from briefing.model import Mention, Span, Topic


def _topic(name: str, kind: str, *aliases: str) -> Topic:
    return Topic(
        id=name.casefold().replace(" ", "-"),
        name=name,
        kind=kind,
        aliases=(name, *aliases),
        mentions=(Mention("a1", Span(0, 0, len(name)), name),),
    )


_ORBEX = _topic("Orbex", "organisation", "Orbex Group")
_VANTOR = _topic("Vantor", "organisation")
_VARNIA = _topic("Varnia", "place")
_PELL = _topic("Dana Pell", "person", "Pell")
_ACT = _topic("bankruptcy", "theme")
_TOPICS = [_ORBEX, _VANTOR, _VARNIA, _PELL, _ACT]


def _names(event: str) -> set[str]:
    return {t.name for t in _event_topics(_TOPICS, event)}


def test_the_owning_body_is_not_a_name_of_the_event() -> None:
    assert _names("Orbex’s bankruptcy in Varnia, 3 Mar 2031") == {"bankruptcy", "Varnia"}
    assert _names("Orbex Group's bankruptcy, 3 Mar 2031") == {"bankruptcy"}


def test_a_body_elsewhere_in_the_name_or_a_person_stays() -> None:
    assert _names("Takeover of Orbex by Vantor, 3 Mar 2031") == {"Orbex", "Vantor"}
    assert _names("Pell’s bankruptcy in Varnia, 3 Mar 2031") == {
        "Dana Pell",
        "bankruptcy",
        "Varnia",
    }
