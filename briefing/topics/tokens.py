"""Tokens with offsets, and the runs of capitalised words that names are made of.

Everything keeps character offsets into the paragraph's own text, because every mention the
package reports is a :class:`~briefing.model.Span` the reader highlights without re-searching.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from briefing.topics.korean_keys import korean_place_at
from briefing.topics.lexicon import (
    ABBREVIATIONS,
    ELISIONS,
    EVENT_HEADS,
    FOREIGN_PLACE_HEADS,
    MONTHS,
    NAME_PARTICLES,
    ORG_HEADS,
    TREATY_HEADS,
    WEEKDAYS,
)
from briefing.topics.linked_names import linked_end
from briefing.topics.name_links import HYPHENED, LINKS
from briefing.topics.name_syllables import DASHES, abbreviated_name, syllable_pair
from briefing.topics.numbered import HYPHENS, number_end
from briefing.topics.script_seams import has_glued, unglued
from briefing.word_marks import MARKS

#: Upper-case letters of the Latin alphabets (with their accents: "Élysée", "Œuvre", "Łódź").
_UPPER = "".join(ch for ch in map(chr, range(0x250)) if ch.isupper())


def _elided_pattern() -> str:
    """After a word (``\\w++``): its apostrophe when the word is a lower-case elided
    function word of :data:`.lexicon.ELISIONS` and a capital follows, so that "l'Élysée" is
    "l'" and "Élysée", "qu'Emmanuel" is "qu'" and "Emmanuel". Every language's list at
    once: the tokeniser does not know the paragraph's language, and other languages seldom
    write these letters, lower case, glued by an apostrophe to a capital. The capital is
    tested first (cheap, rarely true); Python's look-behinds are fixed-width: one per length.

    A capitalised elision is left whole: mid-sentence it belongs to the name ("L'Aquila",
    "D'Alema", "L'Oréal"), and at a sentence's start it cannot be told from one.
    """
    elided = sorted(frozenset().union(*ELISIONS.values()))
    lengths = sorted({len(e) for e in elided})
    # The elided word starts the word: no letter and no combining mark before it (a mark
    # belongs to what precedes it: "l" of "…ál'" in decomposed text ends a word).
    start = rf"(?<![\w{MARKS}])"
    behind = "|".join(
        rf"(?<={start}(?:{'|'.join(e for e in elided if len(e) == n)}))" for n in lengths
    )
    return rf"(?=[’'][{_UPPER}])(?:{behind})[’']"


_ELIDED = _elided_pattern()

#: Written for speed as well as meaning: the lookahead (a few letters, then a full stop)
#: skips the abbreviation list at most words, and a word is consumed once (possessively)
#: before deciding between a possessive's base ("Russia" of "Russia’s") and a whole word
#: ("don't", "CIS+"); the straightforward alternation re-scanned and backtracked over every
#: word. tests/topics/test_scale.py checks it against that alternation.
_TOKEN = re.compile(
    rf"(?=[A-Za-z]{{1,{max(map(len, ABBREVIATIONS))}}}\.)(?:(?:"
    + "|".join(ABBREVIATIONS)
    + r")\.(?=\s)"
    + r"|(?:[A-Za-z]\.){2,})"  # U.S., U.K., p.m.
    # the base of a possessive (Russia’s → Russia + ’s); an elided function word before a
    # capital (l’|Élysée, dell'|Aquila); or words, CIS+, don't
    # (a word keeps its combining marks: ``मुंबई``, ``ייִדיש``; :mod:`briefing.word_marks`)
    + rf"|\w++(?:[{MARKS}]++\w*+)*+(?:(?=[’']s\b)|"
    + _ELIDED
    + r"|(?:[’']\w+)*\+?)"
    + r"|[’']s\b"
    + r"|\S"
)
_SENTENCE_END = frozenset(".!?")
_QUOTES = frozenset("“”\"‘’'«»()[]")
_DATE_WORDS = MONTHS | WEEKDAYS
_HEADS = ORG_HEADS | TREATY_HEADS | EVENT_HEADS
#: "on" and "for" after an institution's head, in the languages that name a body by its task
#: ("Organization for Security", "Dicasterio para los Obispos", "Bundesamt für Migration").
_FOR = frozenset(["on", "for", "para", "per", "pour", "für"])
#: The articles that may follow them ("for the", "para los", "per i", "für die").
_FOR_ARTICLES = frozenset(
    ["the", "el", "la", "los", "las", "il", "lo", "i", "gli", "le", "les", "die", "den", "das"]
)


#: Plural "of the" in the languages that open a place's name with its head noun, which no
#: person's name holds: "Parc des Rois", "Palazzo dei Normanni", "Museo degli Uffizi".
#: Joins only after such a head noun (:data:`~.lexicon.FOREIGN_PLACE_HEADS`), never after a
#: name or an office ("Präsident des Bundestages" keeps its German genitive apart).
_PLURAL_OF = frozenset(["des", "dei", "degli", "delle"])


class Token(NamedTuple):
    """One token of a paragraph; ``start``/``end`` are offsets into the paragraph text.

    A named tuple because a large briefing has millions of them: creating one costs a tenth
    of a frozen dataclass.
    """

    text: str
    start: int
    end: int
    #: True for the first word of a sentence, whose capital letter says nothing about names.
    initial: bool
    lower: str

    @property
    def capitalised(self) -> bool:
        """Starts with a capital letter (a name word or an acronym)."""
        return self.text[0].isupper()

    @property
    def acronym(self) -> bool:
        """All capitals, two characters or more: CIS, CIS+, U.S., G7, NB8."""
        text = self.text
        return len(text) >= 2 and text.isupper() and sum(1 for ch in text if ch.isalnum()) >= 2


_make = tuple.__new__  # a Token without the named tuple's Python-level __new__
#: :data:`_TOKEN` after the white space before it. Every non-space character starts a token
#: and no token starts with a space, so the matches tile the text (up to trailing space):
#: a token starts where the previous match ended plus its leading space, and ``findall``
#: hands over plain strings instead of a match object per token (tokenising is the first
#: pass's largest single cost).
_SPACED = re.compile(r"(\s*+)(" + _TOKEN.pattern + ")")
_INITIAL_AFTER = _SENTENCE_END | {":"}


def tokenize(text: str) -> list[Token]:
    """Split a paragraph into tokens, marking sentence-initial words."""
    tokens: list[Token] = []
    append = tokens.append
    initial = True
    end = 0
    for space, word in unglued(_SPACED.findall(text), text):
        start = end + len(space)
        end = start + len(word)
        if word[0].isalnum():
            append(_make(Token, (word, start, end, initial, word.lower())))
            initial = False
        else:
            append(_make(Token, (word, start, end, False, word)))
            if word in _INITIAL_AFTER:
                initial = True
            elif word not in _QUOTES:
                initial = initial and word in "…"
    return tokens


def token_texts(text: str) -> list[str]:
    """The texts of :func:`tokenize`'s tokens, without building tokens (several times faster).

    Every non-space character belongs to some token (the pattern ends in ``\\S``), so these are
    exactly the texts :func:`tokenize` yields, in order.
    """
    if has_glued(text):
        return [word for _space, word in spaced_tokens(text)]
    return _TOKEN.findall(text)


def spaced_tokens(text: str) -> list[tuple[str, str]]:
    """(white space before, token text) of each of :func:`tokenize`'s tokens, in order: the
    pieces tile the text up to its trailing space, so a token ends at the summed lengths of
    the pieces up to and including its own."""
    return unglued(_SPACED.findall(text), text)


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each of :func:`tokenize`'s tokens, in order."""
    if not has_glued(text):
        return [match.span() for match in _TOKEN.finditer(text)]
    spans, end = [], 0
    for space, word in spaced_tokens(text):
        start = end + len(space)
        end = start + len(word)
        spans.append((start, end))
    return spans


def midsentence_capitals(texts: list[str]) -> Iterator[str]:
    """Capitalised token texts that :func:`tokenize` would not mark sentence-initial.

    The same state machine as :func:`tokenize`, run backwards from each capitalised word only:
    a word is initial when only quotes and ellipses stand between it and the paragraph's start
    or a ".", "!", "?" or ":". Capitalised words are a small share of the tokens, so this is
    much cheaper than tokenising when only the vocabulary is wanted.
    """
    for i, word in enumerate(texts):
        if not word[0].isupper():
            continue
        if not word[0].isalnum():
            yield word  # never marked initial
            continue
        j = i - 1
        while j >= 0 and (texts[j] in _QUOTES or texts[j] == "…"):
            j -= 1
        if j >= 0 and texts[j] not in _SENTENCE_END and texts[j] != ":":
            yield word


#: German particles that are also the preposition "from" ("Ursula von der Leyen", and "ein
#: Sprecher von der Hilfsorganisation X").
_FROM_PARTICLES = frozenset({"von", "vom"})


def _body_after(tokens: list[Token], first: int, k: int) -> bool:
    """The particle at ``first`` is the preposition "from" before a body's name, not a
    person's surname: "Vikash Tatayah von der Mauritian Wildlife Foundation". A surname after
    "von" is one word ("von der Leyen", "von Bismarck"); a run of two capitalised words or
    more from ``k`` that ends in a body's head noun (:data:`~.lexicon.ORG_HEADS`) is a body's
    name, and the person's name ends before the particle."""
    if tokens[first].text not in _FROM_PARTICLES:
        return False
    m = k
    while m + 1 < len(tokens) and tokens[m + 1].text[0].isalpha() and tokens[m + 1].capitalised:
        m += 1
    return m > k and tokens[m].lower in ORG_HEADS


def _particle(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is a particle inside a name: :data:`~.lexicon.NAME_PARTICLES`, a nasab
    link ("ben", "бен"), or an article joined by a hyphen ("az-", "аль-")."""
    text = tokens[k].text
    if text in NAME_PARTICLES:
        return True
    if text in LINKS:  # after a name, not an interjection: "Eh ben Macron", "Ah ben"
        return len(tokens[k - 1].text) >= 3

    return (
        text in HYPHENED
        and k + 1 < len(tokens)
        and tokens[k + 1].text in DASHES
        and adjacent(tokens[k], tokens[k + 1])
    )


def adjacent(left: Token, right: Token) -> bool:
    """True when nothing (not even a space) separates two tokens."""
    return left.end == right.start


class Chunk(NamedTuple):
    """A run of capitalised words, possibly joined by "of (the)" or a tight dash.

    A named tuple, built with ``tuple.__new__`` in :func:`chunks`: a frozen dataclass's
    ``__init__``, one per run of capitals, was a fiftieth of the first pass's reading."""

    first: int  # index of the first token
    last: int  # index of the last token (inclusive)


def chunks(tokens: list[Token]) -> list[Chunk]:
    """Maximal runs of capitalised tokens.

    "of" and "of the" join two capitalised runs ("Commonwealth of Independent States"); a dash
    with no space joins them too ("Russia–Tajikistan", "Secretary-General"), and callers split
    such compounds where the parts are names of their own. "and" never joins: "Russia and
    Tajikistan" is two names.
    """
    found: list[Chunk] = []
    n = len(tokens)
    free = 0  # the first token no chunk found so far holds
    # Most tokens open no chunk: one pass in a comprehension finds those that may.
    for i in [k for k, t in enumerate(tokens) if (h := t.text[0]).isupper() and h.isalpha()]:
        if i < free:
            continue
        j = i
        while j + 1 < n:
            nxt = tokens[j + 1]
            if nxt.text[0].isalpha() and nxt.capitalised and not nxt.initial:
                j += 1
                continue
            # "Estlink 2", "Luna-25", "Boeing 787": a number ends the name (:mod:`.numbered`).
            if (nxt.text[0].isdigit() or nxt.text in HYPHENS) and (
                end := number_end(tokens, j, _DATE_WORDS)
            ) is not None:
                j = end
                break
            if (
                nxt.text in DASHES
                and j + 2 < n
                and adjacent(tokens[j], nxt)
                and adjacent(nxt, tokens[j + 2])
                and tokens[j + 2].text[0].isalpha()
                and tokens[j + 2].capitalised
            ):
                j += 2
                continue
            # "Port-au-Prince": capitals linked by lower-case particles.
            if nxt.text == "-" and (end := linked_end(tokens, j)) is not None:
                j = end
                continue
            # "Kim Jong-un": a given name's second syllable in lower case; "Punggye-ri".
            if (j > i and syllable_pair(tokens, j)) or korean_place_at(tokens, j):
                j += 2
                break
            # "Donald J. Trump", "Guðni Th. Jóhannesson": a middle name cut short.
            if nxt.text == "." and abbreviated_name(tokens, j):
                j += 2
                continue
            # Name particles: "Ursula von der Leyen", "Mohammed bin Salman", "al-Assad", and
            # their elided forms, tokens of their own: "Côte d'Ivoire", "Palais de l'Élysée".
            # Nasab and article links (:mod:`.name_links`): "Abdallah ben Zayed",
            # "Абдалла бен Заид", "Абдель Латиф аз-Заяни".
            k = j + 1
            while k < n and k - j <= 2 and _particle(tokens, k):
                k += 1
            if k < n and tokens[k].text in DASHES and adjacent(tokens[k - 1], tokens[k]):
                k += 1
            if k > j + 1 and k < n and tokens[k].text[0].isalpha() and tokens[k].capitalised:
                if _body_after(tokens, j + 1, k):
                    break  # "Vikash Tatayah von der Mauritian Wildlife Foundation": two names
                j = k
                continue
            # "Parc des Rois": a head-first place noun, a plural "of the", a capital.
            if (
                nxt.text in _PLURAL_OF
                and tokens[j].lower in FOREIGN_PLACE_HEADS
                and j + 2 < n
                and tokens[j + 2].text[0].isalpha()
                and tokens[j + 2].capitalised
            ):
                j += 2
                continue
            # "Convention on the Law of the Sea", "Organization for Security": only after
            # a word that names an institution; so the other languages' "for" and its
            # article ("Dicasterio para los Obispos", "Ministero per i Beni Culturali").
            if nxt.text == "of" or (nxt.text in _FOR and tokens[j].lower in _HEADS):
                k = j + 2
                if k < n and tokens[k].text in _FOR_ARTICLES:
                    k += 1
                if k < n and tokens[k].text[0].isalpha() and tokens[k].capitalised:
                    j = k
                    continue
            break
        found.append(_make(Chunk, (i, j)))
        free = j + 1
    return found
