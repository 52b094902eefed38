"""A name glossed in another script joins it (:mod:`briefing.topics.glosses`), on made-up
names, with the brackets that are no gloss."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.glosses import gloss_pairs
from briefing.topics.naming import person_key


def _pairs(text: str, name: str, known: list[str]) -> list[tuple[str, str]]:
    start = text.index(name)
    use = Occurrence("a", 0, start, start + len(name), name)
    uses = {person_key(name): [use], **{person_key(k): [] for k in known}}
    return gloss_pairs(uses, {("a", 0): text}, person_key)


def test_a_name_glossed_in_another_script_is_one_person() -> None:
    text = "Про це заявив мер міста Джона Ленка (John Lenk) у середу."
    assert _pairs(text, "Джона Ленка", ["John Lenk"]) == [
        (person_key("Джона Ленка"), person_key("John Lenk"))
    ]
    text = "The mayor, John Lenk (Джон Ленк), spoke on Wednesday."
    assert _pairs(text, "John Lenk", ["Джон Ленк"]) == [
        (person_key("John Lenk"), person_key("Джон Ленк"))
    ]


def test_brackets_that_are_no_gloss_join_nothing() -> None:
    # a role, not a name; the same script; more words than the name; a name nobody else uses
    assert _pairs("Мер Джон Ленк (голова адміністрації) сказав.", "Джон Ленк", []) == []
    assert _pairs("The mayor John Lenk (Mary Soto) spoke.", "John Lenk", ["Mary Soto"]) == []
    assert _pairs("Мер Джон Ленк (John Lenk Jr. Smith) сказав.", "Джон Ленк", ["John Lenk"]) == []
    assert _pairs("Мер Джон Ленк (Mary Soto) сказав.", "Джон Ленк", []) == []
    assert _pairs("Мер Джон Ленк (2031) сказав.", "Джон Ленк", []) == []


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_the_glossed_forms_are_one_topic_in_a_packet() -> None:
    # "Вітлі" romanises to "Vitli", which no key joins to "Whitley": only the gloss says so
    found = extract_topics(
        [
            _in("en", 1, "Mayor John Whitley ordered an inquiry into the fire in Velmora."),
            _in("en", 2, "John Whitley said the Velmora fire was the worst in decades."),
            _in("uk", 3, "Розслідування пожежі у Вельморі доручив мер Джон Вітлі (John Whitley)."),
            _in("uk", 4, "Мер Джон Вітлі пообіцяв допомогу мешканцям Вельмори."),
        ]
    )
    holders = [t for t in found if t.kind == "person" and "John Whitley" in t.aliases]
    assert len(holders) == 1
    assert any(a.startswith("Джон") for a in holders[0].aliases), holders[0].aliases
