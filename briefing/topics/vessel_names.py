"""A ship's name is no body: "the ferry Marlowe", "el buque Marlowe", "паром «Марлоу»".

A one-word name that no dictionary knows is typed an organisation by the first pass, and a
common noun of a ship before it ("the tanker X", :data:`~.lexicon.DESCRIPTORS`) says so too,
as a ship's owner is often named that way. But a vessel is a thing the story is about, like
an aircraft or a flight ("Flight AI171", "Boeing 787-8" are themes in every manifest that
lists one), never an actor that says or decides: the texts say which it is by the class noun
of a vessel written right before the name, in their own language ("the ferry Marlowe", "le
navire Marlowe", "die Fähre "Marlowe"", "el transbordador Marlowe", "судно «Марлоу»").

So an organisation that :data:`.retyped.MIN_ARTICLES` articles or more write right after a vessel's
noun (one space, an opening quotation mark allowed) is a theme. Only the noun before the
name counts: after it, the noun names the owner's ship as often as the ship ("a Northway
ferry", "an Oresta tanker"), and a noun with another noun after it is no class noun of the
name ("the ferry operator Northway" has "operator" right before the name). An acronym is
never retyped: "the tanker MSC" names the shipowner. The nouns are a closed class of
general language (ship, vessel, ferry, tanker ... and their translations), read in Russian
and Ukrainian by their lemma.

:func:`noun_before` (the word right before a use, read past quotation marks and an optional
linking preposition) is shared with :mod:`.island_names`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Article, Topic
from briefing.topics.lexicon import words
from briefing.topics.retyped import retyped

#: The class nouns of a vessel, in the packets' languages, lower case (Russian and
#: Ukrainian in their dictionary form). Not "carrier" (an airline), nor "boat" alone in
#: German ("Boot" is a company's name often enough), nor "cruise" (a holiday).
VESSEL_NOUNS = words(
    """ship ships vessel vessels ferry ferries tanker tankers freighter freighters liner
    trawler yacht frigate destroyer submarine cargo-ship
    navire navires bateau bateaux paquebot pétrolier chalutier traversier
    buque buques barco barcos transbordador petrolero carguero pesquero crucero yate
    nave navi traghetto petroliera peschereccio
    navio navios petroleiro cargueiro
    schiff frachter fähre tanker jacht kutter
    schip veerboot vrachtschip
    statek tankowiec
    судно корабль паром теплоход танкер сухогруз лайнер яхта траулер
    корабель пором танкер
    πλοίο φέρι δεξαμενόπλοιο"""
)

#: Quotation marks that may stand between a noun and the name it classes.
_QUOTES = "\"'“”„‘’«»‹›"
#: The last word before a position, with what separates it from the name (spaces, quotes).
_LAST = re.compile(rf"([^\W\d_][\w-]*)([ \u00a0]+[{_QUOTES}]?|[{_QUOTES}])$")
#: A preposition that may link a class noun to its name ("island of X", "isla de X").
_LINK = re.compile(rf"([^\W\d_][\w-]*)[ \u00a0]+(of|de|di|do|da|del|d['’])[ \u00a0]*[{_QUOTES}]?$")


def _lemma(word: str) -> str:
    from briefing.topics.languages import has_cyrillic, lemma

    return lemma(word).casefold() if has_cyrillic(word) else word


def noun_before(text: str, start: int, nouns: Collection[str], linked: bool = False) -> bool:
    """Whether the word right before ``start`` in ``text`` (one space, an opening quotation
    mark allowed) is one of ``nouns`` (folded; a Cyrillic word read by its lemma); with
    ``linked``, also across a preposition ("the island of X", "l'île de X")."""
    window = text[max(0, start - 40) : start]
    found = _LAST.search(window)
    if found is not None:
        word = found.group(1).casefold()
        if word in nouns or _lemma(word) in nouns:
            return True
    if not linked:
        return False
    found = _LINK.search(window)
    if found is None:
        return False
    word = found.group(1).casefold()
    return word in nouns or _lemma(word) in nouns


def _after_vessel_noun(text: str, start: int, end: int) -> bool:
    return noun_before(text, start, VESSEL_NOUNS)


def vessels_as_themes(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` with the organisations the texts write as a ship made themes."""
    return retyped(topics, articles, _after_vessel_noun, "theme")
