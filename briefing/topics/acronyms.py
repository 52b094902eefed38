"""Words in capitals that are acronyms only when the text shows it.

A headline or a quotation in capitals ("UN TÉMOIN RACONTE", "ОН ВИДЕЛ", "IT WAS TERRIBLE")
yields tokens shaped like acronyms that are function words or pronouns of some language.
Some real acronyms are spelled the same ("UN", "EU", "IS"). A token in capitals is
*ambiguous* when, lower-cased, it is a word of two or three letters that is a function word
of some language: stopwords-iso's lists for every language it has, and English's closed
list. (Longer words are left alone: wordfreq counts "nato" and "dna" as everyday words, so
it cannot tell a shouted word from an acronym.)

An ambiguous token is kept as an acronym only with evidence that it is one: the text defines
it ("United Nations (UN)"), its letters are the initials of a name of several words in the
same article, or articles write it as a word among lower-case words (not inside a run of
capitals) in :data:`OUTLETS` articles or more. Other acronyms ("AFAD", "NATO") need none.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable

from briefing.topics.apposed_nouns import common_noun
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.languages import NOUN_CAPITALISING, function_words
from briefing.topics.lexicon import NAME_PARTICLES, STOPWORDS
from briefing.topics.tokens import Token

#: Articles that must write an ambiguous token as an acronym for it to be one ("repeated
#: across outlets"): one text's shouting, or its one odd use, is no evidence.
OUTLETS = 2
_WORD = re.compile(r"[^\W_][\w’'.-]*")


@functools.cache
def short_function_words() -> frozenset[str]:
    """Function words of two or three letters in every language stopwords-iso lists, and
    in English's closed list: "un", "le", "il", "он", "bu", "we", "it"."""
    import stopwordsiso

    found = {w for w in STOPWORDS if 2 <= len(w) <= 3}
    every = stopwordsiso.stopwords(sorted(stopwordsiso.langs()))
    found |= {w.casefold() for w in every if 2 <= len(w) <= 3 and w.isalpha()}
    return frozenset(found)


def ambiguous(token: str) -> bool:
    """Whether a token in capitals is also a short function word of some language (see the
    module's docstring). Tokens with dots or digits ("U.S.", "G7") never are."""
    return token.isalpha() and token.casefold() in short_function_words()


def lone_short_acronym(word: Token, edges: frozenset[str], gaz: Gazetteer) -> bool:
    """A lone word of two or three capitals that is also a function word (one of ``edges``:
    "UN", "EU", "ОН"): the first pass keeps it for :func:`judge_acronyms`, which asks the
    whole text whether it is an acronym. A place code ("US") stays with the edge rules."""
    return (
        word.acronym
        and len(word.text) <= 3
        and word.text.isalpha()
        and word.lower in edges
        and gaz.place(word.text) is None
    )


def _own(token: str, language: str) -> bool:
    """Whether ``token`` is a function word of its article's own language ("AND" in
    English, "ОН" in Russian): written in prose there, it is still more likely the word."""
    word = token.casefold()
    return word in (STOPWORDS if language == "en" else function_words(language))


#: A clock time right before a token: "13h38 IST", "1:39 pm IST", "10.33 (GMT", "12:30 CET".
_CLOCK_BEFORE = re.compile(r"(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?\s?m\.?)\s*\(?\s*$")


def drop_time_zones(cands: Candidates, texts: dict[tuple[str, int], str]) -> None:
    """Drop the acronyms that are time zones: a token in capitals written right after a clock
    time in at least half of its uses ("13h38 IST", "10:33 GMT") says when, not who, in any
    language. A body sometimes named after a time ("at 10:30 NATO said") keeps its other uses.
    ``texts``: the paragraphs the acronyms are in, by (article, paragraph)."""
    uses: defaultdict[str, list[bool]] = defaultdict(list)
    for occ in cands.acronyms:
        before = texts.get((occ.article, occ.paragraph), "")[max(0, occ.start - 16) : occ.start]
        uses[occ.surface].append(_CLOCK_BEFORE.search(before) is not None)
    zones = {token for token, after in uses.items() if 2 * sum(after) >= len(after)}
    if zones:
        cands.acronyms = [occ for occ in cands.acronyms if occ.surface not in zones]


#: Initialisms that are common nouns in every language the packets are written in: a kind of
#: thing, never one body ("national TV", "alla TV", "un SMS", "el ADN", "a VIP"). A channel
#: or a body with such letters in its name is another token ("TV5", "TVP", "CNN"). "IT" is
#: a field of work ("global IT issues", "IT-Probleme", "le service IT"), and Russian "СМИ",
#: Ukrainian "ЗМІ" and Greek "ΜΜΕ" are "the media" at large ("как сообщают СМИ"): no body.
#: A company's posts are titles, not the company: "CEO" and its siblings, and French "PDG"
#: (président-directeur général), which "le PDG Jean Dupont" puts where a body's acronym
#: stands before its head (:mod:`.led_bodies` would join it to the company).
COMMON_INITIALISMS = frozenset(
    {"TV", "SMS", "GPS", "DNA", "ADN", "CEO", "SUV", "VIP", "UFO", "USB", "PDF", "HIV", "IT"}
    | {"CFO", "COO", "CTO", "PDG"}
    | {"СМИ", "ЗМІ", "ΜΜΕ"}
)


def drop_common_nouns(cands: Candidates) -> None:
    """Drop the acronyms that are common nouns (:data:`COMMON_INITIALISMS`): "national TV"
    names no broadcaster."""
    cands.acronyms = [o for o in cands.acronyms if o.surface not in COMMON_INITIALISMS]


_PARTICLES = NAME_PARTICLES | {"of"}
#: An acronym's letters: "FAA", "ÖBB".
_LETTERS = re.compile(r"[^\W\d_]{2,6}")


def _acronyms_before_nouns(
    cands: Candidates, languages: dict[str, str], place: Callable[[str], object]
) -> None:
    """In a language that capitalises its nouns, an acronym and the noun after it are no one
    name: "stoppte die Aufsicht FAA Flüge von Airlines" is the acronym, then its object. The
    run is cut to the acronym when its second word is a common noun by the language's lexicon
    (:func:`~.apposed_nouns.common_noun`). A place the gazetteer knows is no common noun,
    however often the language writes it ("Berlin" is as frequent as a noun): an acronym
    before a place is a body named after its town ("des FC Ostheim", "der SC Nordtal"), one
    name, neither the letters alone nor the town."""
    kept = []
    for kind, occ, attested in cands.names:
        language = languages.get(occ.article, "")
        words = occ.surface.split()
        if (
            len(words) >= 2
            and language in NOUN_CAPITALISING
            and words[0].isupper()
            and _LETTERS.fullmatch(words[0])
            and common_noun(words[1], language)
            and place(words[1]) is None
        ):
            cands.acronyms.append(occ._replace(end=occ.start + len(words[0]), surface=words[0]))
        else:
            kept.append((kind, occ, attested))
    cands.names = kept


def _after_common_head(kind: str, occ: Occurrence, attested: bool) -> tuple[str, Occurrence, bool]:
    """``"CEO de Examplecorp"`` → an organisation ``"Examplecorp"`` at that word's offsets;
    any other name as it is."""
    head, _, rest = occ.surface.partition(" ")
    particle, _, body = rest.partition(" ")
    if (
        head not in COMMON_INITIALISMS
        or particle.casefold() not in _PARTICLES
        or not body[:1].isupper()
    ):
        return kind, occ, attested
    start = occ.end - len(body)
    return "organisation", occ._replace(start=start, surface=body), attested


def judge_acronyms(
    cands: Candidates,
    languages: dict[str, str],
    place: Callable[[str], object] = lambda _word: None,
) -> None:
    """Drop from ``cands.acronyms`` the ambiguous tokens the text gives no evidence for, the
    time zones (:func:`drop_time_zones`) and the common nouns (:func:`drop_common_nouns`).

    A function word of the article's own language needs its expanded form (a definition,
    or a name whose initials it spells in the same article); one of another language only
    ("UN" in English) may also be written in prose by :data:`OUTLETS` articles.
    """
    # A name that opens with a common initialism and a particle ("CEO of Examplecorp", "el
    # CEO de Examplecorp") is a post at that body: the body is the name, the post no third
    # topic beside it and its holder.
    cands.names = [_after_common_head(kind, occ, attested) for kind, occ, attested in cands.names]
    _acronyms_before_nouns(cands, languages, place)  # ``place``: the gazetteer's lookup
    if not cands.acronyms:
        return
    # Only the paragraphs of acronyms are read (a large briefing has a million), once for both.
    where = {(occ.article, occ.paragraph) for occ in cands.acronyms}
    texts = {(a, i): text for a, i, text in cands.paragraphs if (a, i) in where}
    drop_time_zones(cands, texts)
    drop_common_nouns(cands)
    doubtful = {occ.surface for occ in cands.acronyms if ambiguous(occ.surface)}
    if not doubtful:
        return
    defined = {short for _long, short in cands.definitions}
    foreign = [
        occ
        for occ in cands.acronyms
        if occ.surface in doubtful and not _own(occ.surface, languages.get(occ.article, "en"))
    ]
    initials = _initials_by_article(cands, doubtful)
    written: defaultdict[str, set[str]] = defaultdict(set)
    for occ in foreign:
        if _among_lower_case(texts.get((occ.article, occ.paragraph), ""), occ):
            written[occ.surface].add(occ.article)
    kept = {token for token in doubtful if token in defined or len(written[token]) >= OUTLETS}
    cands.acronyms = [
        occ
        for occ in cands.acronyms
        if occ.surface not in doubtful
        or occ.surface in kept
        or occ.surface.casefold() in initials.get(occ.article, ())
    ]


def _initials_by_article(cands: Candidates, doubtful: set[str]) -> dict[str, set[str]]:
    """Article → initials (case-folded) of its names of several words that spell one of the
    ``doubtful`` tokens: "Islamic State" → "is"."""
    wanted = {token.casefold() for token in doubtful}
    found: defaultdict[str, set[str]] = defaultdict(set)
    for _kind, occ, _attested in cands.names:
        words = [w for w in occ.surface.split() if w.casefold() not in STOPWORDS]
        if len(words) >= 2:
            letters = "".join(w[0] for w in words).casefold()
            if letters in wanted:
                found[occ.article].add(letters)
    return found


def _among_lower_case(text: str, occ: Occurrence) -> bool:
    """Whether the words on either side of the token are not in capitals: written as an
    acronym in prose, not as a piece of a line in capitals."""
    before = _WORD.findall(text[max(0, occ.start - 40) : occ.start])
    after = _WORD.findall(text[occ.end : occ.end + 40])
    neighbours = [w for w in (before[-1:] + after[:1]) if any(ch.isalpha() for ch in w)]
    return bool(neighbours) and not any(
        w.isupper() and sum(ch.isalpha() for ch in w) >= 2 for w in neighbours
    )
