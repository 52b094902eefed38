"""A key word only ever written after an indefinite article or a possessive
(:mod:`briefing.topics.unspecific`).

Texts written for the test, about made-up people and places; each rule is shown with
look-alikes that must stay.
"""

from __future__ import annotations

import re

from briefing.topics.candidates import Occurrence
from briefing.topics.unspecific import unspecific

Lines = list[tuple[str, str]]


def _ask(lines: Lines, *forms: str) -> bool:
    """Whether the uses of ``forms`` in one-paragraph articles ((language, text) each) are
    unspecific."""
    texts = {(str(n), 0): text for n, (_language, text) in enumerate(lines)}
    languages = {str(n): language for n, (language, _text) in enumerate(lines)}
    pattern = "|".join(re.escape(f) for f in forms)
    uses = [
        Occurrence(article, paragraph, m.start(), m.end(), m.group())
        for (article, paragraph), text in texts.items()
        for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text)
    ]
    return unspecific(uses, lambda a, p: texts.get((a, p), ""), languages)


_DEPUTY: Lines = [
    ("en", "Mayor Halvard Tenn will stay on until a deputy is named by the council of Ostrava."),
    ("en", "Tenn said his deputy would be chosen within a week."),
    ("it", "Il sindaco di Ostrava resterà finché non sarà scelto un deputy dal consiglio."),
    ("de", "Bis dahin soll ein deputy bestimmt werden, hieß es in Ostrava."),
]


def test_only_a_or_his_makes_no_subject() -> None:
    assert _ask(_DEPUTY, "deputy")


def test_only_a_without_a_possessive_keeps_it() -> None:
    """A hypothesis the story argues about ("no sign of a cyberattack") is a subject."""
    lines: Lines = [
        ("en", "Officials in Ostrava saw no sign of a flood surge on the river."),
        ("fr", "Rien n'indique une flood surge, selon la mairie d'Ostrava."),
        ("en", "Engineers had warned of a flood surge since spring."),
    ]
    assert not _ask(lines, "flood surge")
    assert _ask([*lines, ("en", "Its flood surge was feared.")], "flood surge")


def test_one_use_with_the_definite_article_keeps_it() -> None:
    lines = [*_DEPUTY, ("en", "The deputy of Ostrava spoke on Friday.")]
    assert not _ask(lines, "deputy")


def test_a_bare_use_keeps_it() -> None:
    lines: Lines = [
        ("en", "A storm hit Ostrava on Monday."),
        ("fr", "Une tempête a frappé Ostrava lundi."),
        ("en", "Residents said a storm like it had not been seen in decades."),
        ("en", "Storms are rare in Ostrava in May."),
    ]
    assert not _ask(lines, "storm", "Storms", "tempête")


def test_too_few_uses_or_languages_without_articles_say_nothing() -> None:
    assert not _ask(_DEPUTY[:2], "deputy")
    russian: Lines = [("ru", f"Депутат {n} выступил в Остраве.") for n in range(6)]
    assert not _ask([*_DEPUTY[:3], *russian], "deputy", "Депутат")
