"""The page's own logo over its headline, saved as its alt text: ``Exanews Logo``.

A page saved as text keeps its masthead's picture as the picture's alt text, the house's name
and a word for "logo", on a line of its own at the very top (``Exanews Logo``, ``Exanews
로고``, ``Exanewsのロゴ``). With a stamp after it on the line it is a portal's byline of its
partner (:mod:`briefing.corpus.logo_byline`); alone it is the house's own mark.

Not read: a file's name (``exa-logo``, ``logo_exa.png``: no capital, a hyphen or an
underscore), a logo further down (a partner's, a sponsor's, a picture of a logo in the
story), and a name a word list knows: the logos of the platforms a page links to
(``Facebook Logo``, ``YouTube logo``) and of a brand a story is about are words of the
languages' lists, a small house's name is not; a house the lists know is left unread.
"""

from __future__ import annotations

import re

__all__ = ["logo_alone_outlet"]

#: One to three capitalised words, then the word for "logo" (en, ko, ja), the whole line.
_LOGO = re.compile(
    r"\s*(?P<name>[A-Z][\w&'’.]+(?: [A-Z][\w&'’.]+){0,2})\s?(?: (?i:logo)| 로고|のロゴ)\s*$"
)
#: The first lines of the page: a masthead heads it.
_TOP = 3
#: Languages whose word lists are asked whether the name is a word.
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


def logo_alone_outlet(paragraphs: list[str]) -> str | None:
    """The house whose logo's alt text is alone on one of the first lines (module doc)."""
    for text in paragraphs[:_TOP]:
        match = _LOGO.match(text) if len(text) <= 60 else None
        if match is not None and not _known(match.group("name")):
            return match.group("name")
    return None


def _known(name: str) -> bool:
    """Whether a word list knows ``name`` (a platform's, a brand's, a word's)."""
    from briefing.corpus.wordlists import known  # deferred: only for a line of this shape

    return any(known(name.lower(), language, "small") for language in _LANGUAGES)
