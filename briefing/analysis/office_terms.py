"""A date that begins someone's term in a top office: a profile's fact, not an event of the story.

"Okafor had been in power since February 2017", "X war seit Februar 2017 Präsident", "X занял
президентский пост в феврале 2017 года", "X est devenu président en 2017": the date says when
the person's term began, years before the story, as a birth date says when the person was
born (``births``). The manifests call it background, like the two ends of a past term
("president from 2007 to 2012", ``periods``). Read with the words of :mod:`.office_words` (a
verb of taking office, "became" before a top-office title) in the date's clause, or "since"
right before the date with a top-office title or "in power" / "in office" in that clause;
``asides`` clears the event only for a year or a month (a day written in full, "sworn in on
20 January 2017", is listed among earlier events) wholly before the story. In a language
without these words nothing is marked.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.office_words import BECAME, ENDINGS, TAKES, TITLES

#: "since" right before the date (at most a short article between: "depuis le", "desde el").
_SINCE: dict[str, str] = {
    "en": r"since",
    "fr": r"depuis",
    "de": r"seit",
    "es": r"desde",
    "it": r"da|dal|dall['’]|dallo|dalla",
    "pt": r"desde",
    "ru": r"с|со",
    "uk": r"з|із|зі",
}
#: Holding power or office, the state a "since" date begins.
_HOLDING: dict[str, str] = {
    "en": r"in power|in office",
    "fr": r"au pouvoir|en fonctions?",
    "de": r"an der Macht|im Amt",
    "es": r"en el poder|en el cargo",
    "it": r"al potere|in carica",
    "pt": r"no poder|no cargo",
    "ru": r"у власти|в должности",
    "uk": r"при владі|на посаді",
}
#: A break that ends the date's clause.
_BREAK = re.compile(r"[;:—–()“”\"«»]|,\s")


def begins_term(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the date at ``start``–``end`` of ``sentence`` begins a term in a top office
    (module docstring): the clause around it takes the office, or holds it "since" the date."""
    patterns = _patterns(language)
    if patterns is None:
        return False
    takes, holds, since = patterns
    before = list(_BREAK.finditer(sentence, 0, start))
    after = _BREAK.search(sentence, end)
    clause = sentence[before[-1].end() if before else 0 : after.start() if after else None]
    if takes.search(clause):
        return True
    dated_since = since.search(sentence, max(0, start - 12), start) or since.match(
        sentence[start:end].split(maxsplit=1)[0] + " "
    )  # "since February 2017" is one phrase in English
    return dated_since is not None and holds.search(clause) is not None


@cache
def _patterns(
    language: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(taking the office, holding it, "since" before a date) in ``language``."""
    if language not in TITLES:
        return None
    titles = "|".join(re.escape(t) for t in sorted(TITLES[language], key=len, reverse=True))
    title = rf"(?:{titles}){ENDINGS.get(language, '')}(?!\w)"
    became = BECAME.get(language)
    taking = TAKES[language] + (rf"|(?:{became}){title}" if became else "")
    takes = re.compile(rf"(?i)(?<!\w)(?:{taking})")
    holds = re.compile(rf"(?i)(?<!\w)(?:{_HOLDING[language]}|{title})")
    since = re.compile(rf"(?i)(?<!\w)(?:{_SINCE[language]})(?:\s+[^\W\d_]{{1,3}})?\s+$")
    return takes, holds, since
