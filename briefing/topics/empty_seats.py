"""A person named once by a full name, kept for the empty seats of the list's head.

:func:`~.single_use.single_use` drops a name written once in a packet of eight articles or
more: said in passing, it should not push a subject several passages discuss out of the list.
But many packets have fewer than :data:`SEATS` topics that pass the ranking's rules, and
their head is then shorter than a reader scans: a seat left empty pushes nothing out. The
people a story names once by their full name (the finance minister the prime minister
sacked, the official who gave the figure) are then worth listing, after every topic that
passed: a person, because a full name is the plainest evidence of someone the reader may
look up, and only in the article's own prose (a byline, a caption, a credit or a quoted
post names a reporter, a photographer or an account, no one the story is about).

A full name here is a given name, as the product's given-name data reads it in the
article's language (:func:`~.given_names.named`; Greek letters by their romanisation;
Cyrillic by the dictionary form's romanisation), then one to three capitalised words, none
written all in capitals (a credit's "Jane ROE"). Scripts without spaces between words, and
names whose first word is no listed given name, stay silent. A spare whose surname, its
consonants in Latin letters, is a ranked person's is that person in another spelling or
script ("Элизабет Трасс" beside "Liz Truss"), which the list already holds: never seated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from briefing.model import Article
from briefing.topics.candidates import Occurrence

#: The head of the list a reader scans (the panel's first screen, the brief's key topics).
SEATS = 25
#: Words of a full name: a given name and up to three more.
MAX_WORDS = 4
#: A handle just after the name ("Jane Roe (@janeroe)", "Jane Roe @janeroe"): a quoted post.
_HANDLE = re.compile(r"\s*\(?\s*@\w")
#: Paragraph kinds that are the article's own words (a title and a dek are: the outlet wrote
#: them); captions, credits and page furniture are never read as topics at all.
_OWN_KINDS = frozenset(["body", "title", "dek"])


def may_fill_seat(
    occurrences: Sequence[Occurrence],
    articles: Mapping[str, Article],
    languages: Mapping[str, str],
) -> bool:
    """Whether a person's one use is a full name in its article's own prose (see the
    module's docstring): kept aside, to fill a seat the ranked topics leave empty."""
    if not occurrences:
        return False
    o = occurrences[0]
    article = articles.get(o.article)
    if article is None or not 0 <= o.paragraph < len(article.paragraphs):
        return False
    para = article.paragraphs[o.paragraph]
    if para.kind not in _OWN_KINDS or para.language is not None:
        return False  # furniture, or a quoted post in another language
    if _HANDLE.match(para.text, o.end) or para.text[o.start - 1 : o.start] == "@":
        return False
    return full_name(o.surface, languages.get(o.article, article.language))


def full_name(surface: str, language: str) -> bool:
    """A given name of ``language`` and one to three more capitalised words, none in
    capitals only: "Jeremy Hunt", "Magnús Tumi Guðmundsson", "Κυριάκος Μητσοτάκης"."""
    words = surface.split()
    if not 2 <= len(words) <= MAX_WORDS:
        return False
    if not all(w[:1].isupper() and (len(w) == 1 or not w.isupper()) for w in words[1:]):
        return False
    first = words[0]
    if not first[:1].isupper() or (len(first) > 1 and first.isupper()):
        return False
    if _cyrillic(first):
        return _cyrillic_given(first, language)
    from briefing.topics.given_names import named

    return named(first, language)


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _cyrillic_given(word: str, language: str) -> bool:
    """A Cyrillic given name: its dictionary form (pymorphy3), romanised, is a listed given
    name ("Дмитрия" → "Дмитрий" → "Dmitrij"), or the dictionary tags it as one."""
    from anyascii import anyascii

    from briefing.given_name_table import given_name
    from briefing.morphology import analyser

    parses = analyser("uk" if language == "uk" else "ru").parse(word)
    if any("Name" in p.tag for p in parses):
        return True
    return bool(parses) and given_name(anyascii(parses[0].normal_form))


def seated(
    spare: Sequence[tuple[float, str, int]],
    taken: int,
    people: Iterable[str] = (),
) -> list[int]:
    """The indexes of the spare people that fill the seats ``taken`` topics leave: best
    score first, then by name (``spare``: score, name, index); none whose surname is that of
    one of the ranked ``people`` (their names and aliases) in another spelling."""
    free = SEATS - taken
    if free <= 0:
        return []
    known = {surname_key(p) for p in people}
    return [
        i
        for _score, name, i in sorted(spare, key=lambda s: (-s[0], s[1].lower()))
        if surname_key(name) not in known
    ][:free]


_VOWELS = re.compile(r"[aeiouy]+")


def surname_key(name: str) -> str:
    """A name's last word in Latin letters (anyascii), lower case, without vowels, doubled
    letters once: "Трасс" and "Truss" → "trs"."""
    from anyascii import anyascii

    words = name.split()
    last = anyascii(words[-1]).casefold() if words else ""
    key = _VOWELS.sub("", "".join(ch for ch in last if ch.isalpha()))
    return re.sub(r"(.)\1+", r"\1", key)
