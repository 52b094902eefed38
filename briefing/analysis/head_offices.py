"""A country's head of government or of state named right before a full name.

:mod:`.role_holders` compares who holds one office across articles; its first offices were a
minister's portfolios. A prime minister and a president are offices of the same kind, held by
one person at a time in one country ("Norway's Prime Minister Kari Lund" against "des
norwegischen Premierministers Jonas Dahl"), and written in the press of every language with a
small closed vocabulary of general news language (the table below), never one story's words.

What is read, per title:

- the country, as for a portfolio (:mod:`.office_countries`): a name or adjective right before
  the title, or "of" and a name (a Russian genitive) right after it; a read with no country
  is kept as *bare*: it never puts a person in an office, and only adds its quote to a
  person another article put there (:mod:`.role_holders`);
- whether the title is an acting one ("acting", "interim", "par intérim", "interino",
  "и. о."): an acting holder may stand in for a holder who is still in office, so two people
  of whom one is only ever called acting are never compared;
- the full name right after the title (a comma and an acting word allowed between), read as
  :func:`.role_holders._name` reads a minister's.

Silent, for precision: a title a word before or after it sets at another time or makes
another office ("former", "late", "outgoing", "designate", "elect", "deputy", "vice", "then",
"new", a hyphen: "ex-président", "вице-президент", "President-elect"), a title inside a longer
word ("Vizepräsident"), and a sentence that writes a year (a background sentence: the holder
of another moment).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import NamedTuple

from briefing.analysis.nationality_words import adjective_country
from briefing.analysis.office_countries import _country_after, _country_before, _names

#: The offices read here, by the English name a flag shows.
PRIME_MINISTER = "prime minister"
PRESIDENT = "president"
HEADS = frozenset({PRIME_MINISTER, PRESIDENT})

#: Office → language → its titles (a regular expression, case-blind, whole words).
_TITLES: dict[str, dict[str, str]] = {
    PRIME_MINISTER: {
        "en": r"prime\s+minister", "fr": r"premi(?:er|ère)\s+ministre",
        "es": r"primer(?:a)?\s+ministr[oa]", "it": r"prim[oa]\s+ministr[oa]",
        "pt": r"primeir[oa][\s-]ministr[oa]",
        "de": r"premierminister(?:s|in)?|ministerpräsident(?:en|in)?",
        "ru": r"премьер-министр(?:а|у|ом|е)?", "uk": r"прем['’]єр-міністр(?:а|у|ом|ові)?",
    },
    PRESIDENT: {
        "en": r"president", "fr": r"présidente?", "es": r"president[ea]", "it": r"presidente",
        "pt": r"presidente", "de": r"präsident(?:en|in)?",
        "ru": r"президент(?:а|у|ом|е)?", "uk": r"президент(?:а|у|ом|ові)?",
    },
}  # fmt: skip
#: Words (lower case) that, among the two before a title or right after it, set it at
#: another time or make it another office.
_OTHER_TIME = {
    "en": "former ex then late deputy vice outgoing incoming designate designated elect "
    "future new previous predecessor",
    "fr": "ancien ancienne ex feu futur future nouveau nouvel nouvelle sortant sortante vice "
    "désigné désignée élu élue",
    "es": "ex antiguo antigua entonces difunto fallecido futuro futura nuevo nueva saliente "
    "vice electo electa designado designada",
    "it": "ex allora defunto futuro futura nuovo nuova uscente vice eletto eletta designato "
    "designata",
    "pt": "ex antigo antiga então falecido futuro futura novo nova vice eleito eleita "
    "designado designada",
    "de": "ehemalige ehemaliger ehemaligen frühere früherer früheren ex vize stellvertretende "
    "stellvertretender stellvertretenden designierte designierter designierten künftige "
    "künftiger künftigen neue neuer neuen scheidende scheidender scheidenden verstorbene "
    "verstorbener verstorbenen damalige damaliger damaligen gewählte gewählter gewählten "
    "bisherige bisheriger bisherigen",
    "ru": "бывший бывшего бывшему экс вице новый нового новому избранный избранного "
    "покойный покойного тогдашний тогдашнего будущий будущего",
    "uk": "колишній колишнього екс віце новий нового обраний обраного покійний покійного "
    "тодішній тодішнього майбутній майбутнього",
}  # fmt: skip
#: Acting titles: a word right before the title ...
_ACTING_BEFORE = {
    "en": r"acting|interim|caretaker",
    "de": r"kommissarische[rn]?|geschäftsführende[rn]?|interimistische[rn]?",
    "ru": r"и\.\s?о\.|исполняющ\w*\s+обязанности|временн\w+",
    "uk": r"в\.\s?о\.|тимчасов\w+",
}
#: ... or right after it (before the name).
_ACTING_AFTER = {
    "en": r"ad\s+interim",
    "fr": r"par\s+intérim|intérimaire|ad\s+interim",
    "es": r"interin[oa]|en\s+funciones",
    "it": r"ad\s+interim|facente\s+funzioni",
    "pt": r"interin[oa]",
    "de": r"ad\s+interim",
}
#: A lower-case word right after a title: a nationality's adjective in the languages that
#: put it after the noun.
_ADJECTIVE_AFTER = re.compile(r"\s+([^\W\d_A-ZÀ-Þ][\w-]*)")
#: A four-digit year in a sentence: the holder it names may be another moment's.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class HeadRead(NamedTuple):
    """One title read right before a full name."""

    office: str  # PRIME_MINISTER or PRESIDENT
    country: str | None  # GeoNames' English name; None for a bare title
    acting: bool
    name: str


def hinted(text: str) -> bool:
    """Letters every title above holds, in either case of its first letter: substring tests,
    much faster than the titles' pattern on a paragraph that has none."""
    return (
        "resident" in text
        or "résident" in text
        or "räsident" in text
        or "inist" in text
        or "резидент" in text
        or "іністр" in text
        or "инистр" in text
    )


def head_reads(
    text: str, language: str, read_name: Callable[[str, str], str | None]
) -> Iterator[HeadRead]:
    """Every head of government or state of one sentence, titled right before a full name;
    ``read_name`` reads the name that opens a text (None when there is none)."""
    pattern = _pattern(language)
    if pattern is None or _YEAR.search(text):
        return
    other = set(_OTHER_TIME.get(language, "").split())
    for match in pattern.finditer(text):
        before = text[: match.start()]
        rest = text[match.end() :]
        if before.endswith("-") or rest.startswith("-"):
            continue  # "ex-président", "вице-президент", "President-elect"
        words = re.findall(r"\w+", before[-40:])[-2:]
        if any(w.casefold() in other for w in words) and not _named_country(words, language):
            continue
        acting = False
        acting_before = _acting_before(language)
        if acting_before is not None:
            found = acting_before.search(before)
            if found is not None:
                acting, before = True, before[: found.start()]
        acting_after = _acting_after(language)
        if acting_after is not None:
            found = acting_after.match(rest)
            if found is not None:
                acting, rest = True, rest[found.end() :]
        following = re.match(r"[\s,]*(\w+)", rest)
        if following is not None and following.group(1).casefold() in other:
            continue  # "le Premier ministre sortant", "President elect"
        office = next(o for o, g in match.groupdict().items() if g is not None)
        country = _country_before(before, language)
        adjective = _ADJECTIVE_AFTER.match(rest)
        if adjective is not None and len(adjective_country(adjective.group(1), language)) == 1:
            # "le président haïtien", "el primer ministro noruego": the adjective follows
            (after_adjective,) = adjective_country(adjective.group(1), language)
            if country is not None and country != after_adjective:
                continue
            country, rest = after_adjective, rest[adjective.end() :]
        after = _country_after(rest, language)
        if after is not None:
            written = rest[: len(rest) - len(after[1])].split()[-1]
            if adjective_country(written, language) or adjective_country(written, "en"):
                continue  # "president of the Indian Space Research Organisation": a body's
            if country is not None and country != after[0]:
                continue  # two countries: whose office is unclear
            country, rest = after
        name = read_name(rest, language)
        if name is not None and name[:1].isupper():  # not "de la Douma": no one's name
            yield HeadRead(_OFFICE_NAMES[office], country, acting, name)


_OFFICE_NAMES = {"pm": PRIME_MINISTER, "president": PRESIDENT}


def _named_country(words: list[str], language: str) -> bool:
    """Whether the two words before a title are a country's name ("New Zealand", "Papua New"
    Guinea's last two): "New" there is no new holder."""
    phrase = " ".join(words)
    return len(words) == 2 and any(
        name == phrase or name.endswith(f" {phrase}") for name in _names(language)
    )


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    pm = _TITLES[PRIME_MINISTER].get(language)
    president = _TITLES[PRESIDENT].get(language)
    if pm is None or president is None:
        return None
    return re.compile(rf"(?<![\w\-])(?i:(?P<pm>{pm})|(?P<president>{president}))(?![\w\-])")


@cache
def _acting_before(language: str) -> re.Pattern[str] | None:
    words = _ACTING_BEFORE.get(language)
    return None if words is None else re.compile(rf"(?<!\w)(?i:{words})\s*$")


@cache
def _acting_after(language: str) -> re.Pattern[str] | None:
    words = _ACTING_AFTER.get(language)
    return None if words is None else re.compile(rf"\s*,?\s*(?i:{words})(?!\w)")
