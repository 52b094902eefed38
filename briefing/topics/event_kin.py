"""The main event's head word in the other Latin-script languages of the packet: "ceremony" in
"cérémonie", "ceremonia", "Zeremonie" and the German compound "Unterzeichnungszeremonie";
"coronation" in "coronación"; "sentence" in "sentenza", "sentencia".

:mod:`.event_loans` carries an event's head word into the scripts that borrow it by ear
("церемония", "セレモニー"); :mod:`.event_tongues` carries the act's word into languages
whose *candidates* agree (a word most anchored sentences write). A packet whose act is a
ceremony written in two English texts and two or three of each other language falls between
them: the foreign words are too few to be a language's candidate, and Latin letters are no
loan. Yet they are the same word, and the key :mod:`.event_loans` reads loans by tells it:
the consonants in order, folded by sound (:func:`~.event_loans.loan_key`: "ceremony",
"cérémonie", "Zeremonie" are all "sln"), with every guard of :func:`~.event_loans.loan_of`
(the first consonants and the vowel start agree, no syllable dropped, no much shorter word,
no extra consonant after a three-consonant key: "serment" is no "ceremony", nor
"ceremonial" one). Latin letters are what other languages' words share by chance far more
than a borrowing's, so the letters romanised must be alike too (:data:`SPELLED`: "penal" is
keyed as "final" is, "corso" as "crash", "Berichte" as "blackout") and the word no longer
than an inflection's ending more (:data:`~.event_cognates.LONGER`: "Eruptionsstelle" is a
place, not the eruption). A cognate spelled far apart ("couronnement" 55, "sommet" 67) is left.

Read only in articles of a language other than English (the English ones hold the word as
the event topic reads it), in body paragraphs, and never:

- a word capitalised inside a sentence in a language that does not capitalise its nouns (a
  name, or a word of one: "Sommet de la Francophonie");
- a word far commoner in its language than the English word in English (wordfreq,
  :data:`~.event_loans.COMMONER`): a native everyday word that sounds alike;
- in a sentence that names another year than the event's (an earlier ceremony).

A word a language writes as the tail of a compound ("Unterzeichnungszeremonie") is the head
too when the packet writes that tail on its own and it matched (the compound's other part is
a modifier: which ceremony; the tail is what it is). Each use becomes a mention of the main
event, not a name (as :mod:`.event_tongues` keeps the act's words).

Words of meaning rather than form ("Unterzeichnung", "подписания", 签字仪式, 署名式, حفل) share
no letters with the English word and are not read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from briefing.analysis.year_counts import years_written
from briefing.model import Article, Mention, Span, Topic, in_text_order
from briefing.sentences import sentence_spans
from briefing.topics.event_cognates import LONGER, plain
from briefing.topics.event_loans import (
    COMMONER,
    MIN_CONSONANTS,
    _zipf,
    head_words,
    loan_key,
    loan_of,
)
from briefing.topics.languages import NOUN_CAPITALISING

#: A word in Latin letters, accents included.
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]+")
#: A year as a text writes it.
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: The fewest letters a compound's first part keeps ("Unterzeichnungs-").
MIN_PART = 3
#: How alike (rapidfuzz's ratio) the word, romanised, and the English word must be: the
#: folded consonants of a Latin word meet other words by chance ("corso" and "crash",
#: "penal" and "final", "Berichte" and "blackout"), a cognate is spelled alike
#: ("Zeremonie" 71, "sentenza" 75, "finale" 91).
SPELLED = 70


def kin_of(head: str, word: str, language: str) -> bool:
    """Whether ``word`` (Latin letters, ``language``) is ``head``'s cognate by the loan key's
    guards, spelled alike, no longer than an ending more, and not far commoner in its
    language than ``head`` in English."""
    if not _LATIN.fullmatch(word) or not loan_of(head, word):
        return False
    letters, english = plain(word), head.casefold()
    if len(letters) > len(english) + LONGER or fuzz.ratio(english, letters) < SPELLED:
        return False
    theirs, ours = _zipf(word.casefold(), language), _zipf(head.casefold(), "en")
    return theirs is None or ours is None or theirs <= ours + COMMONER


def with_event_kin(
    topics: Sequence[Topic], articles: Sequence[Article], languages: Mapping[str, str] | None
) -> tuple[Topic, ...]:
    """``topics`` whose first, the main event, holds its head word's cognates in the other
    Latin-script languages of the packet as mentions (see the module's docstring)."""
    if not topics or topics[0].kind != "event" or not languages:
        return tuple(topics)
    event, rest = topics[0], topics[1:]
    heads = sorted(head_words(event, [t for t in rest if t.kind != "event"]))
    if not heads:
        return tuple(topics)
    prefixes = {loan_key(h)[:MIN_CONSONANTS] for h in heads}
    years = set(_YEAR.findall(event.name))
    taken = {(m.article_id, m.span.paragraph, m.span.start) for m in event.mentions}
    # First the words that are kin, each asked once per language; then their uses, read
    # sentence by sentence in the paragraphs that hold one.
    found: dict[tuple[str, str], bool] = {}
    for article in articles:
        language = languages.get(article.id, "und")
        if language in ("en", "und"):
            continue
        for _index, paragraph in article.body_paragraphs:
            for word in _LATIN.findall(paragraph.text):
                key = (language, word.casefold())
                if key not in found:
                    found[key] = (
                        len(word) > MIN_CONSONANTS
                        and loan_key(word)[:MIN_CONSONANTS] in prefixes
                        and any(kin_of(h, word, language) for h in heads)
                    )
    tails: dict[str, set[str]] = {}
    for (language, word), ok in found.items():
        if ok:
            tails.setdefault(language, set()).add(word)
    more: list[Mention] = []
    for article in articles:
        language = languages.get(article.id, "und")
        if language not in tails:
            continue
        capitalising = language in NOUN_CAPITALISING
        for index, paragraph in article.body_paragraphs:
            text = paragraph.text
            folded_text = text.casefold()
            if not any(tail in folded_text for tail in tails[language]):
                continue
            for s, e in sentence_spans(text, language):
                sentence = text[s:e]
                if years and _years(text, language, s, e) - years:
                    continue  # dated to another year: an earlier event of the kind
                for m in _LATIN.finditer(sentence):
                    word = m.group()
                    folded = word.casefold()
                    if not found.get((language, folded)) and not _compound(folded, tails[language]):
                        continue
                    if word[0].isupper() and not capitalising and m.start() > 0:
                        continue  # a name, or a word of one
                    if (article.id, index, s + m.start()) not in taken:
                        span = Span(index, s + m.start(), s + m.end())
                        more.append(Mention(article.id, span, word))
    if not more:
        return tuple(topics)
    return (replace(event, mentions=in_text_order((*event.mentions, *more))), *rest)


def _compound(word: str, tails: set[str]) -> bool:
    """Whether ``word`` ends with a matched cognate of its language (``tails``) after a first
    part of :data:`MIN_PART` letters or more ("unterzeichnungszeremonie")."""
    return any(len(word) >= len(tail) + MIN_PART and word.endswith(tail) for tail in tails)


def _years(text: str, language: str, start: int, end: int) -> set[str]:
    """The years ``text[start:end]`` writes, not the counts written like one ("1500 Tote",
    "2000 dead": :mod:`briefing.analysis.year_counts`)."""
    return {m.group(1) for m in years_written(_YEAR, text, language, start, end)}
