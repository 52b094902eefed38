"""A body that someone speaks to is the channel of their words, not what the story is about.

"a resident told AFP", "a précisé REN dans un communiqué envoyé à l'AFP", "explica una veïna
a l'ACN", "sagte gegenüber der Nachrichtenagentur dpa", "zei tegen de NOS", "w rozmowie z
TVN24": the body named there is the outlet that carried the statement. Such a use weighs as
an item of a list does (:data:`~briefing.topics.scoring.LISTED_WEIGHT`), so a body only
spoken to ranks below the names the packet writes about, while a broadcaster the texts also
quote, cite or write about keeps the weight of those uses.

A use is addressed when a verb of saying or sending (a closed class per language, in the
languages read here) stands before it in the same clause and the word right before the name,
or before its article and one or two describing words ("Iceland's RUV", "à la télévision
publique RÚV"), is the language's "to" ("told" takes none). Only organisations are asked:
a person spoken to ("he told Ana Ruiz") is someone the story is about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: Most characters between the verb and the name: a clause ("explica l'Andrea Lozano, una
#: veïna, a l'ACN").
REACH = 60

#: A verb of saying or sending, then anything but a sentence's end, then the "to" before
#: the name, optionally an article and up to three describing words. Per language: en, fr,
#: ca, es, it, pt, de, nl, pl.
_ADDRESSED = re.compile(
    r"(?:"
    # English: "told (the) X", "said to X", "speaking to X", "in an interview with X"
    r"\b(?:told|speaking to|spoke to|said to|talking to|in an interview with)\s+"
    r"|\b(?:"
    # French, Catalan
    r"déclar[ée]e?|dit|confi[ée]e?|expliqu(?:é|e|ait)|explica|affirm(?:é|e|ait)|précis[ée]e?|"
    r"indiqu[ée]e?|assur[ée]e?|racont[ée]e?|envoy[ée]e?s?|transmis[e]?|annonc[ée]e?|"
    r"adress[ée]e?|va dir|diu|ha dit|"
    # Spanish, Portuguese, Italian
    r"dijo|declaró|explicó|aseguró|contó|indicó|afirmó|confirmó|relató|"
    r"detto|dichiarato|spiegato|raccontato"
    r")\b[^.!?;]{0," + str(REACH) + r"}?\s(?:à|a|al|alla|allo|agli|alle)\s+"
    # Portuguese: only the contracted "to the" (a bare "a" is also the article "the")
    r"|\b(?:disse|declarou|explicou|afirmou|contou)\b[^.!?;]{0,"
    + str(REACH)
    + r"}?\s(?:à|ao|aos|às)\s+"
    # German: "sagte dem X", "sagte ... gegenüber der X" ("sagte der X" is also "said the
    # X", its subject); Dutch: "zei tegen X", "melden aan X"; Polish: "w rozmowie z X" (a
    # bare verb before a name is the speaker put after it: "– powiedziała policja")
    r"|\b(?:sagte|erklärte|sagt|erklärt|bestätigte|betonte)\b[^.!?;]{0,"
    + str(REACH)
    + r"}?\s(?:dem|gegenüber)\s+"
    r"|\b(?:zei|zegt|vertelde|meldde|melden|meldt)\s+(?:tegen|aan)\s+"
    r"|\bw rozmowie z\s+"
    r")"
    # An article, an elided one, or describing words before the name; not a clause's
    # conjunction ("dijo a los periodistas que X": X is what was said about).
    r"(?:l['’]|la |le |les |el |la |lo |o |a |il |the |de |het |der |dem |den )?"
    r"(?:(?!(?:que|that|qui|che|dass|dat|como|come|comme|wie|if|si)\s)[\w’'-]+\s+){0,3}"
    # The name may open in quotes: "dem Sender „X TV“".
    r"[„“\"«‚‘]?$",
    re.IGNORECASE,
)


#: Everything up to the last sentence's or clause's end: no match of :data:`_ADDRESSED` holds
#: one of these marks (its verb, its "to", its article and describing words have none), and
#: every match ends where the text before the name does, so none starts before the last.
_UP_TO_LAST_END = re.compile(r".*[.!?;]", re.DOTALL)


#: What every match of :data:`_ADDRESSED` in a text of ASCII letters holds, lower-cased: a
#: piece of each of its verbs or phrases that has no accented letter (one with an accented
#: letter, "déclaré", "erklärte", cannot match such a text, whatever the case: ``re``'s
#: case-blind matching pairs no ASCII letter with a non-ASCII one but the Kelvin sign, the
#: long s and the dotted and dotless i, none of them ASCII either). "ha dit" holds "dit",
#: "melden" "meld", "sagte" "sagt"; "raccontato" is "raccont", not French "racont".
_ASCII_CLUES = re.compile(
    "told|speaking to|spoke to|said to|talking to|in an interview with|"
    "dit|confie|expliqu|explica|affirm|indiqu|assur|racont|envoy|transmis|annonc|adress|"
    "va dir|diu|dijo|detto|dichiarato|spiegato|raccont|"
    "disse|declarou|explicou|afirmou|contou|"
    "sagt|betonte|zei|zegt|vertelde|meld|w rozmowie z"
)


def addressed(
    occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]
) -> set[Occurrence]:
    """The uses of a body that are someone's words addressed to it (see the module's
    docstring)."""
    found = set()
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        if _addressed_before(text[max(0, o.start - REACH - 40) : o.start]):
            found.add(o)
    return found


def _addressed_before(before: str) -> bool:
    """Whether the text before a name ends in words addressed to it. An ASCII text with none
    of :data:`_ASCII_CLUES` holds no match (asked in C first: rank asks this of every use of
    every body it scores, and the cited ones' too, ~100,000 texts at 10,000 articles, and 96 %
    of them are ASCII without a clue). Else searched from the last sentence's end on
    (:data:`_UP_TO_LAST_END`): the same answer, the pattern tried at fewer places."""
    if not _may_address(before):
        return False
    end = _UP_TO_LAST_END.match(before)
    return _ADDRESSED.search(before, end.end() if end is not None else 0) is not None


def _may_address(before: str) -> bool:
    """False when the text cannot hold a match of :data:`_ADDRESSED`: ASCII, without any of
    :data:`_ASCII_CLUES` (a superset: the pattern decides)."""
    return not before.isascii() or _ASCII_CLUES.search(before.lower()) is not None
