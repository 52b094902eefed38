"""A byline card: the reporter's name, the role, then the outlet: ``Jane Roe Journaliste Exa``.

Many sites set the author's card above or under the story as three parts on one line, the
page's layout having lost what stood them apart: the person, the word for their trade, the
house they write for (``Jane Roe Reporter Example``, ``Anna Kolbe Redakteurin Exa``, ``Ana
Ruiz Periodista Exa``, ``Иван Петров Корреспондент Exa``). The role word is what makes it a
card: a name followed by "journalist" is a person's trade, and the capitalised words after it
name the house.

It is read only when it cannot be anything else:

- the line is the card alone (a few words, no sentence);
- the person starts with a given name (:mod:`briefing.given_name_table`; a Cyrillic one by
  its Latin letters);
- the outlet is one to three capitalised words that are not a given name (a second person),
  not a city or a country (``Korrespondent Brüssel``, the bureau), and not all common words
  of the role word's own language: ``Redakteur Politik``, ``Reporter Sport``,
  ``Journaliste Culture`` name the desk, not the house (a brand that is a common word of that
  language, ``Redakteur Blick`` in German, is missed rather than guessed);
- the words after the role are a name: ``Journaliste indépendant``, ``Reporter vor Ort``
  ("freelance", "on the spot") have no capital and name no one.
"""

from __future__ import annotations

import re

__all__ = ["byline_card"]

#: The role words, each with the languages it is a word of (whose common words are no outlet).
_ROLES: dict[str, tuple[str, ...]] = {
    "Journaliste": ("fr",),
    "Journalist": ("en", "de", "nl", "sv"),
    "Journalistin": ("de",),
    "Reporter": ("en", "de", "it", "pl"),
    "Reporterin": ("de",),
    "Redakteur": ("de",),
    "Redakteurin": ("de",),
    "Rédacteur": ("fr",),
    "Rédactrice": ("fr",),
    "Periodista": ("es",),
    "Redactor": ("es", "ro"),
    "Redactora": ("es",),
    "Giornalista": ("it",),
    "Jornalista": ("pt",),
    "Redattore": ("it",),
    "Redattrice": ("it",),
    "Correspondent": ("en", "nl"),
    "Correspondant": ("fr",),
    "Correspondante": ("fr",),
    "Korrespondent": ("de", "sv"),
    "Korrespondentin": ("de",),
    "Corresponsal": ("es",),
    "Corrispondente": ("it",),
    "Dziennikarz": ("pl",),
    "Dziennikarka": ("pl",),
    "Журналист": ("ru", "uk"),
    "Корреспондент": ("ru", "uk"),
    "Обозреватель": ("ru",),
}
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_WORD = rf"[{_UP}][\w'’.&-]*"
_CARD = re.compile(
    rf"(?P<person>{_WORD}(?: {_WORD}){{1,2}}) (?P<role>{'|'.join(_ROLES)}) "
    rf"(?P<outlet>[{_UP}0-9][\w'’.&-]*(?: [{_UP}0-9][\w'’.&-]*){{0,2}})\.?"
)
#: A card is short: three words of name, the role, three of outlet.
_MAX_CHARS = 80
#: A word this common in the role's language is the desk's name, not the house's.
_COMMON_ZIPF = 3.5


def byline_card(text: str) -> str | None:
    """The outlet of a ``<person> <role> <outlet>`` card that is all of ``text`` (module doc),
    or None."""
    if len(text) > _MAX_CHARS:
        return None
    match = _CARD.fullmatch(text.strip())
    if match is None:
        return None
    from anyascii import anyascii

    from briefing.corpus.colon_dateline import is_city, is_country
    from briefing.corpus.wordlists import at_least
    from briefing.given_name_table import given_name

    person, outlet = match.group("person").split(), match.group("outlet")
    words = outlet.split()
    first = person[0].split("-")[0]
    if not (given_name(first) or (not first.isascii() and given_name(anyascii(first)))):
        return None  # a Cyrillic given name is looked up by its Latin letters: "Ivan"
    if not words[0].isupper() and given_name(words[0]):
        return None  # "Jane Roe Reporter John Doe": two people
    if is_city(outlet) or is_country(outlet):
        return None
    languages = _ROLES[match.group("role")]
    if all(
        any(at_least(word.lower(), lang, "best", _COMMON_ZIPF) for lang in languages)
        for word in words
    ):
        return None
    return outlet
