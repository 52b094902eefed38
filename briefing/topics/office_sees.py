"""A place named only as the see of someone's office: "the Archbishop of Canterbury",
"l'arcivescovo di Canterbury", "Italian Prime Minister Giorgia Meloni", "премьер Италии".

The place there says which archbishop or prime minister is meant; the sentence is about the
office holder (a topic of their own), not about the place. Turkish titles that follow their
province ("Mardin Valisi") are read from the names themselves
(:func:`~briefing.topics.crossnames.drop_role_phrases`); here the title words of the other
languages read here stand before the place, joined by "of" or its equivalents, or (in the
Slavic languages) before the place in the genitive, or, in English, after the place or its
adjective ("Italian Prime Minister", "Portugal's president").

Such a use weighs as an item of a list (:func:`~briefing.topics.rank.rank`), and, in a
packet of :data:`~briefing.topics.single_use.SINGLE_USE_ARTICLES` articles or more, a place
every use of which is such a see is no topic at all: a see the story is set in is written as
a setting too ("the archbishop of Canterbury" beside "the service in Canterbury"), and one
plain use keeps it. A short packet's few uses say too little ("Brazilian President Lula said
…" may be all it writes of Brazil).

The title words are a small closed vocabulary of general news language (heads of state and
government, ministers, mayors, governors, prefects, monarchs, bishops), not one story's words.
They are not :mod:`briefing.titles`' vocabulary: that one is English and holds every word that
may end a title before a person's name ("spokesman", "coach", "CEO"), most of which hold no
office in a place; these are the offices that have a see, in every language read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: Titles of an office held in a place, lower case, per language: en, fr, de, es, it, pt, nl.
_TITLES = (
    r"archbishops?|bishops?|patriarchs?|prime ministers?|premiers?|presidents?|mayors?|"
    r"governors?|prefects?|chancellors?|kings?|queens?|ministers?|"
    r"archevêque|évêque|patriarche|premier ministre|première ministre|présidente?|maire|"
    r"gouverneur|préfète?|chancelière?|roi|reine|ministre|"
    r"erzbischof|bischof|premierminister(?:in)?|ministerpräsident(?:in)?|präsident(?:in)?|"
    r"bürgermeister(?:in)?|präfekt(?:in)?|kanzler(?:in)?|könig(?:in)?|"
    r"arzobispo|obispo|patriarca|primer ministro|primera ministra|presidenta|alcalde(?:sa)?|"
    r"gobernador(?:a)?|prefect[oa]|canciller|rey|reina|ministr[oa]|"
    r"arcivescovo|vescovo|presidente(?:ssa)?|sindaco|governatore|prefett[oa]|cancelliere|"
    r"re|regina|"
    r"arcebispo|bispo|primeiro-ministro|primeira-ministra|prefeito|governador|chanceler|rei|"
    r"rainha|"
    r"aartsbisschop|bisschop|burgemeester|koning(?:in)?"
)
#: The same, public: a lower-case title of an office before a name (:mod:`.titled_surnames`).
OFFICE_TITLES = _TITLES
#: A title, then "of" or its equivalent (and an article), right before the place.
_TITLE_OF = re.compile(
    r"\b(?:" + _TITLES + r")\s+(?:of(?: the)?|de(?: la| l['’]| los| las)?|d['’]|du|des|von|vom|"
    r"der|di|del|della|dell['’]|degli|do|da|dos|das|van(?: de| het)?)\s*$",
    re.IGNORECASE,
)
#: A Slavic title right before a place in the genitive: "премьер Италии", "prezydent Francji".
_TITLE_GENITIVE = re.compile(
    r"(?:^|\s)(?:архиепископ|епископ|патриарх|премьер(?:-министр)?|президент|мэр|губернатор|"
    r"префект|канцлер|король|королева|министр|прем['’]єр(?:-міністр)?|міністр|"
    r"arcybiskup|biskup|premier|prezydent|burmistrz|gubernator|prefekt|kanclerz|król|"
    r"królowa|minister|arcibiskup|premiér|prezident|starosta|primátor)\w{0,3}\s+$",
    re.IGNORECASE,
)
#: In English, the place or its adjective before a title: "Italian Prime Minister",
#: "Portugal's president", "the French Foreign Minister".
_BEFORE_TITLE = re.compile(
    r"(?:['’]s)?\s+(?:(?:deputy|vice|foreign|interior|defen[cs]e|finance|acting)\s+)?"
    r"(?:prime minister|premier|president|chancellor|king|queen|mayor|governor|minister|"
    r"archbishop|bishop|patriarch)\b",
    re.IGNORECASE,
)
#: How far before a place its title is read.
_REACH = 40
#: The beginnings of the title words above, casefolded, and the short ones whole: one of the
#: three words before a place must be one for the patterns to be asked (most places follow
#: none, and the patterns are slow to search).
_STEMS = (
    "archbishop", "bishop", "patriarch", "premi", "presid", "mayor", "govern", "prefe",
    "chancel", "minist", "archev", "évêq", "présid", "maire", "gouvern", "préf", "erzbisch",
    "bisch", "präsid", "bürgerm", "präf", "kanzl", "köni", "arzob", "obisp", "alcald", "gobern",
    "cancill", "arcives", "vescov", "sindac", "arceb", "bisp", "primeir", "prefeit", "aartsb",
    "bissch", "burgem", "konin", "архиеп", "епископ", "патриарх", "премь", "президент", "мэр",
    "губернат", "префект", "канцлер", "корол", "министр", "прем'є", "прем’є", "міністр",
    "arcybisk", "biskup", "prezyd", "burmistrz", "gubernat", "prefekt", "kanclerz", "król",
    "arcibisk", "premiér", "prezident", "starost", "primátor",
)  # fmt: skip
_SHORT = frozenset(
    ["re", "rei", "rey", "roi", "king", "kings", "queen", "queens", "reina", "reine", "regina",
     "rainha"]
)  # fmt: skip
#: The words of "of" and its articles that may stand between a title and its place.
_OF = frozenset(
    ["of", "the", "de", "la", "l'", "l’", "los", "las", "d'", "d’", "du", "des", "von", "vom",
     "der", "di", "del", "della", "dell'", "dell’", "degli", "do", "da", "dos", "das", "van",
     "het"]
)  # fmt: skip
_PARTS = re.compile(r"[-'’]")
_PUNCTUATION = '"“”„«»‘(['


#: The title stems by their first two letters: a word is looked up by its own two.
_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _stem in _STEMS:
    _BY_HEAD[_stem[:2]] = (*_BY_HEAD.get(_stem[:2], ()), _stem)


def office_sees(
    occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]
) -> set[Occurrence]:
    """The mentions of places that are the see of an office (see the module docstring)."""
    return {o for o in occurrences if see(o, paragraphs)}


def only_sees(occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """Every use is the see of an office; asked one use at a time, the first use that is
    none ends it (most names' first)."""
    return bool(occurrences) and all(see(o, paragraphs) for o in occurrences)


def see(o: Occurrence, paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """Whether this mention is the see of an office."""
    text = paragraphs.get((o.article, o.paragraph), "")
    if _BEFORE_TITLE.match(text, o.end):
        return True
    before = text[max(0, o.start - _REACH) : o.start]
    return _titled(before) and bool(_TITLE_OF.search(before) or _TITLE_GENITIVE.search(before))


def _titled(before: str) -> bool:
    """Whether the words before a place may end in a title (and "of"): a cheap test every
    title passes, so that the patterns are asked only after it."""
    words = [w.strip(_PUNCTUATION).casefold() for w in before.split()[-3:]]
    words = [w for w in words if w]  # a quotation mark of its own
    while words and words[-1] in _OF:
        words.pop()  # "de la": the title stands before them
    return bool(words) and _title_word(words[-1])


def _title_word(word: str) -> bool:
    """A title word, or one with a prefix or an elided article ("ex-presidente",
    "l’archevêque", "Vize-Bürgermeister", "прем'єр-міністр")."""
    return any(
        part in _SHORT or part.startswith(_BY_HEAD.get(part[:2], ("\0",)))
        for part in (word, *_PARTS.split(word)[1:])
    )
