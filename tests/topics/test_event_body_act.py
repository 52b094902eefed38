"""An organisation's own act names whose the main event is (:mod:`.event_body_act`).

Made-up leads: an exchange "Orbex" files for bankruptcy, its name opening the headlines in
several languages; the event is "Orbex’s". Look-alikes: a body that only modifies the act's
noun ("Vantor outage"), one after a preposition ("caused by Vantor"), one set apart by a
dateline ("(Wirepress) —"), one the act was done to ("Vantor was hacked"), the possessor of
what acted ("Orbex’s rocket exploded"), a list of bodies, a person as the subject, a place,
and a body that opens no headline.
"""

from __future__ import annotations

from briefing.model import Mention, Span, Topic
from briefing.topics.event_body_act import acting_body


def _topic(name: str, kind: str, *aliases: str) -> Topic:
    return Topic(
        id=name.casefold().replace(" ", "-"),
        name=name,
        kind=kind,
        aliases=(name, *aliases),
        mentions=tuple(Mention(f"a{n}", Span(0, 0, len(name)), name) for n in range(4)),
    )


_ORBEX = _topic("Orbex", "organisation", "Orbex Group")
_VANTOR = _topic("Vantor", "organisation")
_WIRE = _topic("Wirepress", "organisation")
_DANA = _topic("Dana Pell", "person", "Pell")
_VARNIA = _topic("Varnia", "place")
_NAMED = [_ORBEX, _VANTOR, _WIRE, _DANA, _VARNIA]

_FILED = [
    "Troubled exchange Orbex collapses, files for bankruptcy\nMore text follows here.",
    "Orbex, short of cash, is seeking bankruptcy protection in Varnia.",
]
_ELSEWHERE = [
    "Orbex meldet Insolvenz an\nDer Handelsplatz ist pleite.",
    "La plateforme Orbex dépose le bilan\nLa suite.",
    "OrbexがIPO破産申請\n詳細。",
]


def _act(
    english: list[str], others: list[str] = _ELSEWHERE, verbs: set[str] | None = None
) -> str | None:
    return acting_body(english, english + others, {"bankruptcy"}, verbs or {"filed"}, _NAMED)


def test_the_body_written_as_the_acts_subject_and_opening_the_headlines_is_whose() -> None:
    assert _act(_FILED) == "Orbex"


def test_the_possessor_of_the_acts_noun_is_whose() -> None:
    assert _act(["Orbex’s bankruptcy shocks markets\nText."]) == "Orbex"


def test_a_modifier_of_the_noun_is_not_whose() -> None:
    assert _act(["Orbex bankruptcy shocks markets\nText."]) is None


def test_a_body_after_a_preposition_or_set_apart_is_not_the_subject() -> None:
    assert _act(["A bankruptcy caused by Orbex\nText.", "Bankruptcy of Orbex\nText."]) is None
    assert _act(["(Orbex) — the firm is seeking bankruptcy\nText."]) is None


def test_a_body_the_act_was_done_to_is_not_whose() -> None:
    lead = ["Orbex was filed against in court\nText.", "Orbex was filed\nText."]
    assert _act(lead) is None


def test_the_possessor_of_what_acted_is_not_whose() -> None:
    assert _act(["Orbex’s crypto empire filed for protection\nText."]) is None


def test_a_list_of_bodies_names_no_one() -> None:
    assert _act(["Orbex, Vantor bankruptcy: markets fall\nText."]) is None
    assert _act(["Orbex, Vantor and Wirepress filed\nText.", "Vantor filed\nText."]) is None


def test_a_person_or_a_place_as_the_subject_is_not_a_body() -> None:
    assert _act(["Dana Pell filed for bankruptcy\nText."] * 2, ["Pell bankrupt\nx"] * 3) is None
    assert _act(["Varnia is seeking bankruptcy\nText."] * 2) is None


def test_a_body_that_opens_no_headlines_is_not_whose() -> None:
    others = ["Vantor reagiert\nText.", "Vantor réagit\nText.", "VantorがIPO\nText."]
    assert _act(_FILED, others) is None


def test_a_name_inside_a_longer_word_opens_no_headline() -> None:
    others = ["Orbexa meldet\nText.", "Orbexian dépose\nText.", "Vantor réagit\nText."]
    assert _act(["Orbex files for bankruptcy protection\nText."], others) is None


def test_a_body_whose_act_hangs_on_another_noun_is_not_the_subject() -> None:
    lead = ["Orbex mourned the victims of the bankruptcy\nText."] * 2
    assert _act(lead) is None


def test_a_body_the_leads_write_as_a_place_is_not_whose() -> None:
    lead = [*_FILED, "Orbex files for bankruptcy in Varnia\nTraders in Orbex wait."]
    assert _act(lead) == "Orbex"
    placed = [*lead, "Bankruptcy fears in Orbex\nText.", "Crowds gather at Orbex\nText."]
    assert _act(placed) is None
