"""A short surname in Han right before the office the Latin articles give its bearer (invented
people): "塞拉尔总理" for "Prime Minister Orlan Sellar". Look-alikes: another office, a place
before the title, no edge before the name, two Latin bearers of the key, stay unfound."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.han_offices import office_surnames
from briefing.topics.uncased_sounds import sound_key


def _found(latin: str, han: str, *more: str, place: str = "") -> dict[str, list[str]]:
    """Surfaces found in ``han`` for the people named in ``latin`` (and ``more``, one person
    each, in articles of their own), their names the Latin text's capitalised pairs."""
    people: dict[str, list[Occurrence]] = {}
    texts: dict[tuple[str, int], str] = {}
    for n, text in enumerate((latin, *more)):
        name = " ".join(text.split()[-3:-1]) if text.endswith(" said.") else text.split(", ")[-1]
        start = text.index(name)
        people[f"p:{n}"] = [Occurrence(f"l{n}", 0, start, start + len(name), name)]
        texts[(f"l{n}", 0)] = text
    found = office_surnames(people, texts, [("zh", 0, han)], set(), lambda run: run == place)
    return {root: [o.surface for o in occs] for root, occs in found.items()}


def test_a_short_surname_before_the_same_office_is_the_person() -> None:
    assert sound_key("塞拉尔") == sound_key("Sellar")
    found = _found(
        "Kelvanian Prime Minister Orlan Sellar said.", "星期一,塞拉尔总理说。他说,塞拉尔认为"
    )
    # the use before the title, then the same letters elsewhere in the packet
    assert found == {"p:0": ["塞拉尔", "塞拉尔"]}
    french = "Le Premier ministre kelvanien, Orlan Sellar"
    assert _found(french, "塞拉尔总理说。") == {"p:0": ["塞拉尔"]}


def test_look_alikes_are_not_the_person() -> None:
    latin = "Kelvanian Prime Minister Orlan Sellar said."
    assert _found(latin, "星期一,塞拉尔总统说。") == {}  # another office
    envoy = "Kelvanian envoy Orlan Sellar said."  # no office in Latin
    assert _found(envoy, "塞拉尔总理说。") == {}
    deputy = "Kelvanian Deputy Prime Minister Orlan Sellar said."  # 副总理, another office
    assert _found(deputy, "塞拉尔总理说。") == {}
    assert _found(latin, "他和塞拉尔总理说。") == {}  # no edge: a longer run
    assert _found(latin, "塞拉尔总理说。", place="塞拉尔") == {}  # a place's prime minister
    # two Latin prime ministers with the one key: neither's
    assert _found(latin, "塞拉尔总理说。", "Prime Minister Anna Sollar said.") == {}
