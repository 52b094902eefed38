"""Whether the event's noun in a lede is the object of a preposition, not its subject.

Part of :mod:`briefing.brief_lede`. A lede's "early" point says the event is what the
sentence is about: its act named in its first part, as its subject ("A double explosion
shook the port on Tuesday"). A sentence about something else names the act early too,
inside a phrase hanging on its own subject: what is known "of the origin *of the
explosion*", the questions "*over* the collapse", an inquiry "*into* the crash", a day of
mourning "*after* the massacre", "sur l'origine *de la* double explosion", "*Nach der*
Detonation beginnt die Suche", "*после* взрыва". There the act is the object of a
preposition, and the sentence's statement is the origin, the inquiry, the aftermath.

So the act's noun counts as early only where it is not so governed: no preposition of the
sentence's language stands before it with nothing but a few words, none capitalised
(articles, adjectives: "of the massive double explosion"), and no punctuation between
(:func:`governed`). The prepositions are those that make the act a complement or a time
reference (of, about, over, into, on, after, since, before, during …). Left out are those
under which the act still does what the sentence says: agency ("rocked *by* an explosion",
"par", "por", "durch", "da"), cause ("killed *in* the blast", "dead *from* the storm",
"от взрыва": an immediate toll, which a lede may state), place, and purpose ("filed *for*
bankruptcy", "voted *in* a referendum": the act's own verb phrase). A named storm or ship
("*from* Cyclone Chido") is a thing that acts, not the act's noun (:func:`proper`).

Prepositions are a closed class of each language, listed here for the languages written
with spaces that put them before the noun; elsewhere (Turkish, Japanese and Korean
postpositions; Chinese; a genitive without one, "die Ursache der Explosion", "причина
взрыва") nothing is governed and the rule is silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Prepositions of complement, topic and time (closed classes), with their contractions
#: with an article ("du", "del", "della", "dell’").
PREPOSITIONS: dict[str, frozenset[str]] = {
    lang: frozenset(listed.split())
    for lang, listed in {
        "en": "of about over into on after following since before behind amid during",
        "fr": "de d du des sur après depuis avant lors pendant",
        "es": "de del sobre tras después desde antes durante",
        "it": "di del dello della dell dei degli delle su sul sullo sulla sull sui sugli "
        "sulle dopo prima durante",
        "pt": "de do da dos das sobre após depois desde antes durante",
        "de": "über nach seit vor wegen infolge während",
        "nl": "van over na sinds tijdens",
        "ru": "о об обо про после до вследствие",
        "uk": "про після до внаслідок",
        "pl": "o po przed podczas",
        "ar": "عن حول بعد منذ قبل إثر جراء",
    }.items()
}
#: The most words that may stand between the preposition and the noun ("of the massive
#: double explosion": three).
BETWEEN = 3

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def governed(text: str, at: int, language: str) -> bool:
    """The noun starting at offset ``at`` of ``text`` follows a preposition of ``language``
    (:data:`PREPOSITIONS`) with at most :data:`BETWEEN` words, none capitalised, and no
    punctuation between: it is the object of that preposition, not the sentence's subject.
    False in a language not listed."""
    prepositions = PREPOSITIONS.get(language.split("-")[0])
    if prepositions is None:
        return False
    end = at
    for word in reversed(list(_WORD.finditer(text[:at]))[-(BETWEEN + 1) :]):
        if text[word.end() : end].strip(" \u00a0’'"):
            return False  # punctuation or a figure between: another phrase
        # "d'une", "dell'": a preposition elided before the next word.
        preposition = re.split(r"[’']", word.group().casefold())[0]
        if preposition in prepositions:
            return not _counted(text[: word.start()], preposition, language)
        if word.group()[:1].isupper():
            return False  # a name or the sentence's first word: the subject's own phrase
        end = word.start()
    return False


#: "Of" in each language, and its indefinite articles: "a wave of", "une vague de", "una
#: serie di" count the act (the wave is of attacks), where "the origin of" names another thing.
_OF = {
    "en": ("of", "a an"),
    "fr": ("de d", "un une"),
    "es": ("de", "un una"),
    "it": ("di", "un uno una"),
    "pt": ("de", "um uma"),
    "nl": ("van", "een"),
}
_INDEFINITE_HEAD = {
    lang: re.compile(rf"(?:^|\s)(?:{'|'.join(articles.split())})\s+[^\W\d_][\w-]*\s+$", re.I)
    for lang, (_of, articles) in _OF.items()
}


def _counted(before: str, preposition: str, language: str) -> bool:
    """``preposition`` is the language's "of" and ``before`` (the text up to it) ends with an
    indefinite article and one noun: "A wave of …", "Une série de …" — a count or a kind of
    the act, whose head is the sentence's subject with the act, not another thing."""
    lang = language.split("-")[0]
    if lang not in _OF or preposition not in _OF[lang][0].split():
        return False
    return _INDEFINITE_HEAD[lang].search(before) is not None


def proper(form: str) -> bool:
    """``form`` holds a capitalised word after its first ("Cyclone Chido", "Storm Daniel"):
    the name of a thing that acts, not the act's noun."""
    return any(w[:1].isupper() for w in form.split()[1:])


def ungoverned(text: str, forms: Iterable[str], language: str) -> list[int]:
    """Where in ``text`` any of ``forms`` (the act's nouns, any case) is written whole and
    is not the object of a preposition (:func:`governed`; a :func:`proper` name always
    counts)."""
    folded = text.casefold()
    found = []
    for form in forms:
        if not form:
            continue
        pattern = rf"(?<!\w){re.escape(form.casefold())}(?!\w)"
        found += [
            m.start()
            for m in re.finditer(pattern, folded)
            if proper(form) or not governed(text, m.start(), language)
        ]
    return found
