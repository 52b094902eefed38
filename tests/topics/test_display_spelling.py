"""Between forms of a name written equally often, the one the topic's other spellings agree
with names it: a one-off typo stays an alias (:func:`briefing.topics.naming.canonical`)."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.naming import canonical


def _occs(*surfaces: str) -> list[Occurrence]:
    return [Occurrence(f"{n:03d}", 0, 0, len(s), s) for n, s in enumerate(surfaces)]


def test_a_typo_tied_with_the_right_spelling_does_not_name_the_person() -> None:
    # "Dmitro Kavelenko" (a slip of one text; alphabetically first) beside the spelling
    # the Polish and Cyrillic texts agree with.
    written = _occs(
        "Dmitro Kavelenko", "Dmitro Kovalenko", "Dmytrowi Kowalence", "Дмитро Коваленко"
    )
    assert canonical("person", "p:kovalenko", written) == "Dmitro Kovalenko"


def test_the_form_written_most_still_wins() -> None:
    written = _occs("Dmitro Kavelenko", "Dmitro Kavelenko", "Dmitro Kovalenko", "Дмитро Коваленко")
    assert canonical("person", "p:kovalenko", written) == "Dmitro Kavelenko"
