"""The body that did a person's act to them: written after a preposition of agency.

Part of :mod:`briefing.topics.events`. A ruling, a sanction or an arrest is written with the
person it was done to as its subject and the body that did it after the passive's "by"
("Okafor was given a ban by the Football Tribunal", "Okafor a été suspendue par le
Tribunal", "Okafor fue sancionada por el Tribunal"): the body is who acted, and says more
about the event than the city its articles most name (where the person once competed, not
where the body ruled). Prepositions of agency are :data:`.event_doer.AGENCY`'s closed class;
between the preposition and the name may stand the language's function words ("by the",
"por el") and one possessive ("by Brenvik's Football Tribunal"); a short name in brackets
stands for the words before it ("por el Tribunal de Fútbol (TF)"). Only a sentence that
names the person before the preposition counts: the passive is then said of them ("I was
elected by the party" in a resignation speech is another act, done to another subject). A
body written so in :data:`~.event_doer.LEADS` leads or more, more often than after a
preposition of place, is the agent; none, when no body is written so or two are equally.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Topic
from briefing.topics.event_doer import AGENCY, LEADS, PLACE

__all__ = ["agent_of"]

#: How many words may stand between the preposition and the name ("by the", "by Brenvik's").
BETWEEN = 2

#: How many capitalised words a short name in brackets may stand for.
EXPANSION = 6

_ENDS = (". ", "! ", "? ", "。", "！", "？")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_WORDS_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)\W*$")
_POSSESSIVE = ("’s", "'s", "’", "'")


def agent_of(
    leads: Sequence[str],
    bodies: Sequence[Topic],
    function: Collection[str],
    person: Collection[str],
) -> Topic | None:
    """The one of ``bodies`` (organisations) the ``leads`` write as who acted on the person
    ``person`` names (its names, as written: see the module's docstring); ``function``
    holds the function words of the packet's languages."""
    said = [n for n in person if n.strip()]
    if not said:
        return None
    named = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in said)})(?!\w)")
    counts: list[tuple[int, int, Topic]] = []
    for topic in bodies:
        names = sorted({a for a in topic.aliases if a.strip()}, key=lambda s: (-len(s), s))
        if not names:
            continue
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in names)})(?!\w)")
        agency = place = 0
        for lead in leads:
            marks = {
                _preposition(_bracketed(before, function), function)
                for m in pattern.finditer(lead)
                for before in [_sentence(lead, m.start())]
                if named.search(before)
            }
            agency += "agency" in marks
            place += "place" in marks
        if agency >= LEADS and agency > place:
            counts.append((agency, len(topic.articles), topic))
    counts.sort(key=lambda c: (c[0], c[1]), reverse=True)
    if not counts or (len(counts) > 1 and counts[1][:2] == counts[0][:2]):
        return None
    return counts[0][2]


def _sentence(text: str, end: int) -> str:
    """The text of the sentence (or line) ``end`` falls in, up to ``end``."""
    start = max(text.rfind("\n", 0, end), *(text.rfind(p, 0, end) for p in _ENDS))
    return text[start + 1 : end]


def _bracketed(before: str, function: Collection[str]) -> str:
    """``before`` less the words a short name in brackets stands for ("por el Tribunal de
    Fútbol (" → "por el "): capitalised words, and the ``function`` words between them, as
    far back as :data:`EXPANSION` words; ``before`` itself when it does not end with "("."""
    if not before.rstrip().endswith("("):
        return before
    head = before.rstrip()[:-1]
    cut = len(head)
    for count, word in enumerate(reversed(list(_WORD.finditer(head)))):
        folded = word.group().casefold()
        if word.group()[:1].isupper():
            cut = word.start()  # the expansion opens with a capitalised word
        elif folded not in function or folded in AGENCY or folded in PLACE:
            break
        if count + 1 >= EXPANSION:
            break
    return head[:cut]


def _preposition(before: str, function: Collection[str]) -> str | None:
    """ "agency" or "place" when the text ``before`` a name ends with such a preposition,
    up to :data:`BETWEEN` function words or one possessive after it; else None."""
    skipped = possessives = 0
    while True:
        match = _WORDS_BEFORE.search(before)
        if match is None:
            return None
        word = match.group(1).casefold()
        if word in AGENCY:
            return "agency"
        if word in PLACE:
            return "place"
        if word.endswith(_POSSESSIVE) and possessives == 0:
            possessives += 1
        elif word not in function:
            return None
        skipped += 1
        if skipped > BETWEEN:
            return None
        before = before[: match.start()]
