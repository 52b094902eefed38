"""One ranked person's given name, when two articles write the same rank and surname before
two different given names.

"General Abdourahamane Tchiani" in one article and "General Ömer Tchiani" in another: one
surname, one rank, and a given name that is another name, not another spelling. Two people
may share a surname, so the rule asks for everything that makes them one person short of
their roles (which no closed vocabulary reads): the same military rank before the surname
in every article (:mod:`.ranks`, one script), no article naming two people of that surname
(two given names in one text are two people), a surname rare enough to be no common word or
common family name, and exactly two given names that are no rendering of one another.

A rendering is one name spelt another way ("Abdourahamane" / "Abdourahmane", "Mohamed" /
"Muhammed", "Omar" / "Ömer", "Abdou" / "Abdourahamane"): the two are close letter for letter
(difflib's ratio on accent-free forms), one begins the other, or their consonants are one
sequence. Those are one value, never compared. A given name translated into a different word
("Joseph" / "Giuseppe") would read as two; news does not translate a serving officer's name,
and a rank is required, so a pope's or a king's name never comes here.

Silent, each for precision: a person with a title but no given name anywhere; a surname
given two ranks (that is :mod:`.ranks`' question, or two people); three given names or more
(the names are loose there); a frequent surname ("Khan", "Smith": many officers share it).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from briefing.analysis.inflection import folded
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.offices import Titled, titled
from briefing.analysis.ranks import RANKS
from briefing.model import Article

#: Two given names this close letter for letter (difflib's ratio) are one name spelt two ways.
_CLOSE = 0.6
#: A surname at least this frequent in any of these languages is a common family name or word.
_COMMON_ZIPF = 3.0
_COMMON_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "tr")
_VOWELS = frozenset("aeiouy")


def given_name_discrepancies(
    articles: Sequence[Article], reads: Sequence[Titled] | None = None
) -> list[Discrepancy]:
    """Ranked people whom two articles give two different given names (module docstring);
    ``reads``: ``titled(articles, RANKS)`` if already read (:mod:`.ranks` reads the same)."""
    by_person: dict[tuple[str, str], list[Titled]] = defaultdict(list)
    for read in titled(articles, RANKS) if reads is None else reads:
        if read.given:
            by_person[read.person].append(read)
    found = []
    for _person, reads in sorted(by_person.items()):
        if len({r.value for r in reads}) != 1:
            continue
        groups = _renderings(reads)
        if len(groups) != 2:
            continue
        owners = [{r.article for r in group} for group in groups]
        if owners[0] & owners[1]:
            continue  # one article names both: two people of one surname
        # Last: the word lists are loaded (seconds) only for a surname that could be flagged.
        if _common(reads[0].surname):
            continue
        claims = tuple(
            Claim(_shown(group), tuple(_first_quotes(group)))
            for group in sorted(groups, key=lambda g: -len({r.article for r in g}))
        )
        found.append(
            Discrepancy(
                "name",
                f"the given name of {reads[0].value} {reads[0].surname}",
                claims,
                note="the sources give one person two different given names",
            )
        )
    return found


def _renderings(reads: list[Titled]) -> list[list[Titled]]:
    """``reads`` grouped by given name, a name's renderings in one group."""
    groups: list[list[Titled]] = []
    for read in reads:
        joined = [g for g in groups if any(_one_name(read.given, r.given) for r in g)]
        merged = [r for g in joined for r in g] + [read]
        groups = [g for g in groups if g not in joined] + [merged]
    return groups


def _one_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when some word of ``a`` is some word of ``b`` spelt another way."""
    return any(_rendering(_plain(x), _plain(y)) for x in a for y in b)


def _rendering(x: str, y: str) -> bool:
    if x == y or x.startswith(y) or y.startswith(x):
        return True
    if SequenceMatcher(None, x, y).ratio() >= _CLOSE:
        return True
    return _consonants(x) == _consonants(y)


def _consonants(word: str) -> str:
    """The first letter and consonants of ``word``, "h" and doubled letters dropped
    ("Muhammed", "Mohamed" → "md"; "Omar" → "omr")."""
    letters = [c for i, c in enumerate(word) if i == 0 or (c not in _VOWELS and c != "h")]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def _plain(word: str) -> str:
    """``word`` folded, without accents ("Ömer" → "omer")."""
    decomposed = unicodedata.normalize("NFKD", folded(word))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _common(surname: str) -> bool:
    from briefing.corpus.wordlists import zipf  # deferred: only once a rank is read

    for language in _COMMON_LANGUAGES:
        try:
            if zipf(surname.lower(), language, "best") >= _COMMON_ZIPF:
                return True
        except (LookupError, ValueError):
            continue
    return False


def _shown(group: list[Titled]) -> str:
    """The given names as written, most told first."""
    counts: dict[str, int] = defaultdict(int)
    for read in group:
        counts[" ".join(read.given)] += 1
    return " / ".join(sorted(counts, key=lambda n: -counts[n]))


def _first_quotes(group: list[Titled]) -> list[Quote]:
    """One quote per article, the first it gives."""
    quotes: dict[str, Quote] = {}
    for read in group:
        quotes.setdefault(read.article, read.quote)
    return list(quotes.values())
