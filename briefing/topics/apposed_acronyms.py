"""An acronym defined by the long form set beside it between commas: "dem IKRK, dem
Internationalen Komitee vom Roten Kreuz, übergeben", "the ICRC, the International Committee
of the Red Cross, said".

The first pass reads "Long Form (LF)" (:func:`.patterns.parenthesised_acronym`); news prose in
every language also writes the letters first and spells them out in an apposition, with or
without an article. The long form there holds lower-case words ("vom", "of the",
"international de la"), so the run of capitals cuts it into pieces ("Internationalen
Komitee", "Roten Kreuz") that name nothing alone. The pair is taken only when the letters
are the long form's, in order (Schwartz–Hearst, :func:`.patterns.initials_fit`), the long
form's first word opens with the acronym's first letter, each of its capitalised words opens
with one of the acronym's letters in order ("European Commission" spells no "EU"), and the
apposition closes at a comma, a full stop or the end
of a clause: so "NATO, Germany and France" (no initials fit) or "the FBI, Justice Department"
are never read as one.
"""

from __future__ import annotations

import re

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.patterns import initials_fit

#: Articles that may open the apposition ("the", "dem", "la", "l'").
_ARTICLES = words("the der die das dem den des la le les el los las il lo gli l'")
#: An acronym of two to six capitals (a lower-case letter inside: "CoE" is left out), a
#: comma, then up to eight words up to a comma, a full stop, a semicolon or a dash.
_APPOSED = re.compile(
    r"(?<![\w-])(?P<short>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]{2,6})\s*,\s+"
    r"(?P<long>[^\s,.;:()\"«»“”–—]+(?:\s+[^\s,.;:()\"«»“”–—]+){1,8})(?=\s*[,.;:)–—]|\s*$)"
)


def apposed_definitions(article: str, index: int, text: str) -> list[tuple[Occurrence, str]]:
    """(occurrence of the long form, acronym) for each "LF, Long Form," in ``text``."""
    found: list[tuple[Occurrence, str]] = []
    for m in _APPOSED.finditer(text):
        short = m.group("short")
        long_start = m.start("long")
        words = list(re.finditer(r"\S+", m.group("long")))
        if words and words[0].group().casefold() in _ARTICLES:
            words = words[1:]
        if len(words) < 2:
            continue
        first, last = words[0].group(), words[-1].group()
        if not (first[:1].isupper() and last[:1].isupper()):
            continue
        if first[0].casefold() != short[0].casefold():
            continue
        capitals = [w.group()[0].casefold() for w in words if w.group()[:1].isupper()]
        if len(capitals) < 2 or not _in_order(capitals, short.casefold()):
            continue  # "EU, European Commission": no C in "EU"
        start = long_start + words[0].start()
        end = long_start + words[-1].end()
        surface = text[start:end]
        if initials_fit(short, surface):
            found.append((Occurrence(article, index, start, end, surface), short))
    return found


def _in_order(initials: list[str], letters: str) -> bool:
    """Whether every capitalised word's initial is one of the acronym's letters, in order."""
    at = 0
    for ch in initials:
        at = letters.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True
