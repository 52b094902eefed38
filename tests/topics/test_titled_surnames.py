"""A surname that is also a place, after a lower-case office title: the one person of the packet
whose full name ends with it (made-up people and reports; "Kuroda" is a town's name the
gazetteer knows). Look-alikes: the word with no title before it, a title with "of" before
it, and two people who share the surname, all stay as they were."""

from __future__ import annotations

from topics.helpers import article

from briefing.model import Topic
from briefing.topics.assemble import build
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.titled_surnames import titled_surnames


def _topics(*texts: str) -> tuple[Topic, ...]:
    """The topics of the texts, in English, French and Japanese (whose towns the gazetteer
    then knows, "Kuroda" among them)."""
    languages = {f"a{i}": language for i, language in enumerate(("en", "fr", "ja"))}
    return build([article(f"a{i}", t) for i, t in enumerate(texts)], languages=languages)


def _holder(topics: tuple[Topic, ...], alias: str) -> list[tuple[str, str]]:
    return [(t.name, t.kind) for t in topics if alias in t.aliases]


def test_a_town_named_surname_after_a_title_joins_the_full_name() -> None:
    topics = _topics(
        "The bank raised rates on Tuesday. Former governor Tomoki Kuroda had kept them low.",
        "La banque a relevé ses taux. Sous le précédent gouverneur Kuroda, elle achetait.",
        "日本銀行は火曜日に金利を引き上げた。市場は落ち着いていた。",
    )
    assert _holder(topics, "Kuroda") == [("Tomoki Kuroda", "person")]


def _cands(text: str, people: list[str]) -> Candidates:
    cands = Candidates()
    cands.paragraphs = [("b", 0, text)]
    for name in people:
        cands.names.append(("person", Occurrence("a", 0, 0, len(name), name), False))
    start = text.index("Kuroda")
    cands.places.append(("Kuroda", Occurrence("b", 0, start, start + 6, "Kuroda")))
    return cands


def test_look_alikes_stay_places() -> None:
    moved = _cands("Le gouverneur Kuroda a parlé.", ["Tomoki Kuroda"])
    titled_surnames(moved)
    assert not moved.places and [o.surface for o, _ in moved.surnames] == ["Kuroda"]
    for text, people in (
        ("Il est arrivé à Kuroda hier.", ["Tomoki Kuroda"]),  # no title: the town
        ("Le maire de Kuroda a parlé.", ["Tomoki Kuroda"]),  # the office's see
        ("Le gouverneur Kuroda a parlé.", ["Tomoki Kuroda", "Emi Kuroda"]),  # two holders
        ("Le gouverneur Kuroda a parlé.", ["Tomoki Sato"]),  # nobody's surname
    ):
        cands = _cands(text, people)
        titled_surnames(cands)
        assert [p for p, _ in cands.places] == ["Kuroda"] and not cands.surnames, text
