"""A person named once by a full name, kept for the empty seats of the list's head.

:func:`~.single_use.single_use` drops a name written once in a packet of eight articles or
more: said in passing, it should not push a subject several passages discuss out of the list.
But many packets have fewer than :data:`SEATS` topics that pass the ranking's rules, and
their head is then shorter than a reader scans: a seat left empty pushes nothing out. The
people a story names once by their full name (the finance minister the prime minister
sacked, the official who gave the figure) are then worth listing, after every topic that
passed: a person, because a full name is the plainest evidence of someone the reader may
look up, and only in the article's own prose (a byline, a caption, a credit or a quoted
post names a reporter, a photographer or an account, no one the story is about). And only
a person the story quotes or reports: the sentence holding the name has a verb of saying
(:func:`speaks`). Read on the 43 dev packets, a full name alone brought one person named
in passing in three (a leader in a list of reactions, a figure of history, a film's actor, a
correspondent's sign-off); those who speak are the story's sources
(the official who gave the toll, the witness, the analyst).

A full name here is a given name, as the product's given-name data reads it in the
article's language (:func:`~.given_names.named`; Greek letters by their romanisation;
Cyrillic by the dictionary form's romanisation), then one to three capitalised words, none
written all in capitals (a credit's "Jane ROE"). Scripts without spaces between words, and
names whose first word is no listed given name, stay silent; so does the tail of a longer
name (a given name written right before the use). A spare with a word after its given name whose
consonants in Latin letters are (or begin, or are begun by) a ranked person's surname's is
that person in another spelling, script or length ("Элизабет Трасс" beside "Liz Truss",
"Jane Roe Smith" beside "Jane Roe"), which the list already holds: never seated.
"""

from __future__ import annotations

import functools
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
    language = languages.get(o.article, article.language)
    return (
        full_name(o.surface, language)
        and not _after_given_name(para.text, o.start, language)
        and speaks(para.text, o.start, o.end)
    )


def _after_given_name(text: str, start: int, language: str) -> bool:
    """The use is the tail of a longer name: the word right before it is a given name
    ("Ana María Torres Ruiz" read as "María Torres Ruiz"), not a title ("Minister")."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and _given(words[-1], language)


#: Where a sentence ends: a full stop, a question or exclamation mark (and a Han full stop),
#: before a space or the paragraph's end.
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|[。！？]")
_WORDS = re.compile(r"[^\W\d_]+")


def speaks(text: str, start: int, end: int) -> bool:
    """Whether the sentence that holds ``text[start:end]`` has a verb of saying of some
    language (:data:`~briefing.analysis.saying.SAYING`, :data:`~.cited_words.SAY_VERBS`):
    the person is a source the story quotes or reports ("said Jane Roe, a police official",
    "a déclaré …", "заявил …"), not a name in passing (a figure of history, one leader of a
    list of reactions, a film's actor)."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END.search(text, end)
    sentence = text[opening : closing.end() if closing else len(text)]
    verbs = _saying()
    return any(w.casefold() in verbs for w in _WORDS.findall(sentence))


@functools.cache
def _saying() -> frozenset[str]:
    """Both lists' words but a lone letter (Romanian "a declarat" gives the list an "a")."""
    from briefing.analysis.saying import SAYING
    from briefing.topics.cited_words import SAY_VERBS

    return frozenset(w for w in SAYING | SAY_VERBS if len(w) > 1)


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
    return _given(first, language)


def _given(word: str, language: str) -> bool:
    if _cyrillic(word):
        return _cyrillic_given(word, language)
    from briefing.topics.given_names import named

    return named(word, language)


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
    known = {surname_key(p) for p in people} - {""}
    return [
        i
        for _score, name, i in sorted(spare, key=lambda s: (-s[0], s[1].lower()))
        if not any(_alike(w, k) for w in name.split()[1:] for k in known)
    ][:free]


def _alike(word: str, key: str) -> bool:
    """``word``'s key is ``key``, or (both of three letters or more) one begins the other:
    "Муэдаш" (mdsh) beside "Moedas" (mds), a romanisation's extra letter at the end."""
    mine = surname_key(word)
    if mine == key:
        return True
    return min(len(mine), len(key)) >= 3 and (mine.startswith(key) or key.startswith(mine))


_VOWELS = re.compile(r"[aeiouy]+")


def surname_key(name: str) -> str:
    """A name's last word in Latin letters (anyascii), lower case, without vowels, doubled
    letters once: "Трасс" and "Truss" → "trs"."""
    from anyascii import anyascii

    words = name.split()
    last = anyascii(words[-1]).casefold() if words else ""
    key = _VOWELS.sub("", "".join(ch for ch in last if ch.isalpha()))
    return re.sub(r"(.)\1+", r"\1", key)
