"""A language's name is no body: "written in English, Hebrew and Arabic".

A capitalised word in mid-sentence that two articles write is read as a body's name; English
capitalises the names of languages, so the languages a treaty is written in, or a speech is
given in, became organisations ("Arabic", "Hebrew"). A language is the story's subject
seldom, and then many of the packet's articles name it (a law on a language, a language
made official): a topic whose every use is a language's name (CLDR's names via Babel, in
the article's language or in English, which every packet quotes) is no organisation. When a
share of the articles (:data:`SUBJECT_SHARE`) names it, it is a theme; otherwise it is said
in passing and no topic (:func:`language_kind`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence

#: The share of the packet's articles that must name a language for it to be a subject.
SUBJECT_SHARE = 1 / 3
#: The kind a language's name is wrongly read as (a person's surname that is a language's
#: name, "Chamorro", stays a person).
_NAME_KINDS = frozenset({"organisation"})


@functools.cache
def _language_names(language: str) -> frozenset[str]:
    """The names in ``language`` (CLDR via Babel, case folded) of the languages with a
    two-letter ISO 639-1 code: the written languages a text names, not the thousands of
    CLDR's that share their names with peoples' surnames ("Yao", "Wu")."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).languages
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(n.casefold() for code, n in names.items() if len(code) == 2 and " " not in n)


def language_name(word: str, language: str) -> bool:
    """Whether ``word`` is the name of a language in ``language`` or in English."""
    folded = word.casefold()
    return folded in _language_names(language) or folded in _language_names("en")


def language_kind(
    kind: str,
    occurrences: Iterable[Occurrence],
    languages: Mapping[str, str],
) -> str | None:
    """The kind of a topic of ``kind`` with these uses: ``kind`` unless every use is a
    language's name (see the module), then "theme" when a share of the packet's articles
    (``languages``: article → language) name it, None (no topic) when fewer do."""
    if kind not in _NAME_KINDS:
        return kind
    articles: set[str] = set()
    for occurrence in occurrences:
        surface = occurrence.surface
        if " " in surface or not language_name(surface, languages.get(occurrence.article, "en")):
            return kind
        articles.add(occurrence.article)
    if not articles:
        return kind
    return "theme" if len(articles) >= SUBJECT_SHARE * max(1, len(languages)) else None
