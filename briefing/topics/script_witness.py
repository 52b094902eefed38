"""A capitalised word that articles in another script spell too: a name, not a word.

A capitalised word mid-sentence that is nobody's surname becomes a name when two articles
write it (:meth:`~.cluster._Builder._people`); in a briefing of several languages, two
Latin-script languages must capitalise it, since French and Spanish capitalise demonyms
and the words of institutions' names ("Britanniques", "Unión") and English its titles and
churches ("Majesty", "Church"). A place too small to be known, named by the English
articles only ("Lindos", "Laerma"), is lost by that rule even when the Greek or Russian
articles of the same packet write it in their own letters ("Λίνδος", "Λάερμα"). A word of
the language would be translated there, not spelled letter for letter: the other script's
spelling is the second language that vouches for a name.

So a Latin word is vouched for when a lone capitalised Greek or Cyrillic word of another
article, in another language, romanises to it (the romanisations
:func:`~.romanise.spelled_names` joins them by afterwards), and the articles that write it
in either script are :data:`MIN_ARTICLES` or more: one Latin article and one witness is
too little ("Apollon" of "Galerie d'Apollon", "галерея Аполлона": a piece of a longer name
both write).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import has_cyrillic, lemma, name_kind
from briefing.topics.romanise import _greek, greek_spellings
from briefing.topics.spelling import skeleton

#: Articles, in both scripts together, that must write a vouched-for word.
MIN_ARTICLES = 3
#: Letters a word must have: short words meet too many others once romanised.
MIN_LETTERS = 4


def _keys(word: str) -> set[str]:
    """The skeleton keys a Greek or Cyrillic word romanises to (none for other words)."""
    if len(word) < MIN_LETTERS or not word.isalpha():
        return set()
    if _greek(word):
        return greek_spellings(word)
    if has_cyrillic(word):
        return {skeleton(anyascii(lemma(word)).replace("'", ""))}
    return set()


def other_script_articles(
    words: Mapping[str, Iterable[Occurrence]], languages: Mapping[str, str]
) -> dict[str, dict[str, tuple[str, str]]]:
    """Skeleton key → the articles (article → its language and the word it writes) that
    write a lone capitalised Greek or Cyrillic word of ``words`` (word → its uses)
    romanising to it; each word romanised once."""
    found: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for word, uses in words.items():
        keys = _keys(word)
        for occ in uses if keys else ():
            for key in keys:
                found[key].setdefault(occ.article, (languages.get(occ.article, ""), word))
    return found


def vouched(
    word: str,
    articles: set[str],
    languages: Mapping[str, str],
    witnesses: Mapping[str, Mapping[str, tuple[str, str]]],
) -> tuple[set[str], str | None]:
    """The articles of another language and script that spell the Latin ``word`` written
    by ``articles``, when together they are :data:`MIN_ARTICLES` or more (else none), and
    the kind the Russian or Ukrainian dictionary gives one of their words ("Наполеона":
    a person), which the Latin word, read without a dictionary, cannot tell."""
    if len(word) < MIN_LETTERS or _greek(word) or has_cyrillic(word):
        return set(), None
    own = {languages.get(a, "") for a in articles}
    seen = {
        a: written
        for a, (language, written) in witnesses.get(skeleton(word), {}).items()
        if a not in articles and language not in own
    }
    if not seen or len(articles | seen.keys()) < MIN_ARTICLES:
        return set(), None
    kind = next(filter(None, map(name_kind, sorted(set(seen.values())))), None)
    return set(seen), kind
