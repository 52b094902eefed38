"""A one-word name the text only ever writes after the same style of address keeps it.

The first pass drops a title before a name, so "Sir Keir Starmer" and "Keir Starmer" are
one person, keyed and shown without the title. For a name of two words or more that is still
the name ("Sir Elton John" is "Elton John"). A single word left after an honorific is often no
name by itself: a stage name or a styled name ("Lady Gaga", "Queen Latifah") is written with
its first word every time, and "Gaga" alone is a name no text used. So when every use of a
person's one-word name stands right after the same honorific, the name is shown as written
with it. An office ("President", "Minister") is never kept, even when the text never writes
the surname alone: "President Macron" is Macron, and a title glued to a name is the classic
wrong topic. One use without the honorific ("Gaga said") is enough to show the bare word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.patterns import REGNAL
from briefing.topics.personal_titles import any_language_office

#: Honorifics and styles of address that stage and styled names are made of; offices are not
#: here (:data:`briefing.titles.ROLE_HEADS` has both).
HONORIFICS = frozenset(
    {"Lady", "Sir", "Dame", "Lord", "Queen", "King", "Prince", "Princess", "Baron", "Baroness"}
)
#: The Latin word right before a use, and the space between (one space or a no-break space);
#: a Han or kana text runs into it with no space ("包括Lady Gaga").
_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]$")


def styled(
    name: str, occurrences: Iterable[Occurrence], texts: Mapping[tuple[str, int], str]
) -> str:
    """``name`` with the honorific every use of it follows ("Gaga" → "Lady Gaga", "Elizabeth
    II" → "Queen Elizabeth II"), or ``name`` unchanged: a name of several words, one use
    without the honorific, two different honorifics, or none at all."""
    words = name.split()
    if len(words) > 2 or (len(words) == 2 and not REGNAL.match(words[1])):
        return name  # a full name; a regnal name ("Elizabeth II") is one name and a numeral
    seen: set[str] = set()
    english = False  # a use after the English word itself: "rey Carlos" is no "King Carlos"
    for o in occurrences:
        if o.surface != name:
            continue  # another script's or case's form: judged by its own letters, not here
        text = texts.get((o.article, o.paragraph), "")
        found = _BEFORE.search(text, max(0, o.start - 20), o.start)
        if found is None:
            return name
        honorific = _honorific(found.group(1))
        if honorific is None:
            return name
        seen.add(honorific)
        english |= honorific == found.group(1)
        if len(seen) > 1:
            return name
    return f"{seen.pop()} {name}" if seen and english else name


def _honorific(word: str) -> str | None:
    """The English honorific a word before a name is: itself, or the English word of the
    personal title it is in another language ("Prinz", "prins" → "Prince":
    :mod:`.personal_titles`), so that one prince written under the titles of several
    languages is named as an English reader writes him ("Prince Charles"), when some use
    has the English word itself."""
    if word in HONORIFICS:
        return word
    english = any_language_office(word)
    return english if english in HONORIFICS else None
