"""What :mod:`.main_day` reads in one language: a day stated in the article's own month, and
the act's idiom as another article of the same language writes it beside the main day.

- **A weekday in an article that states only its month** ("date 2021-03", then "сел во
  вторник на мель") is placed like an undated article's, on the day with that name nearest
  the main day, but only inside the month it states (:func:`in_stated_month`): a month label
  is the article's, and a placed day outside it is a guess the text refutes.
- **An idiom tie** (:func:`tied_in_language`): the act's word is compared across languages by
  its first letters (:func:`~.day_words.word_key`, five at least), which misses an act its
  language writes in short words ("сел на мель", ran aground; "ha muerto"). Within one
  language the words themselves can be compared, however short: a later day's clause is
  tied to the act when it writes at least :data:`LEAST` of the words (exact forms, no
  function words, units of time or names) that another article of the same language writes
  beside the main day. Two words, not one: the aftermath of an act is told with one of its
  words ("the ship that ran aground", "снять с мели"), the act itself with its phrase.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.analysis.date_clause import clause_words
from briefing.analysis.day_words import PREFIX, stopwords, time_words
from briefing.analysis.text import NOUN_CAPS, WORD, unelided
from briefing.model import Article

#: At least this many word forms are shared by the two clauses.
LEAST = 2
#: Word forms shorter than this are not compared (a clitic, an initial).
SHORTEST = 3


def in_stated_month(day: dt.date, article: Article) -> bool:
    """``day`` may be the article's: it states no month, or ``day`` falls in the one it
    states."""
    if not isinstance(article.date, dt.date) or article.date_precision == "day":
        return article.date is None
    return (day.year, day.month) == (article.date.year, article.date.month)


def word_forms(
    sentence: str, start: int, end: int, language: str, near: int
) -> tuple[frozenset[str], frozenset[str]]:
    """The word forms of the ``near`` words each side of ``sentence[start:end]``, and those
    and the forms of its clause (:func:`.clause_words`), casefolded: no function words,
    units of time, numbers or names (a capital inside the sentence, where the language keeps
    capitals for names)."""
    close = [
        *list(WORD.finditer(sentence, 0, start))[-near:],
        *list(WORD.finditer(sentence, end))[:near],
    ]
    skip = stopwords(language) | time_words(language)
    nearby = frozenset(
        piece.casefold() for m in close if _is_form(piece := unelided(m.group()), m, skip, language)
    )
    clause = frozenset(
        piece.casefold()
        for m in clause_words(sentence, start, end)
        if _is_form(piece := unelided(m.group()), m, skip, language)
    )
    return nearby, nearby | clause


def _is_form(piece: str, match: re.Match[str], skip: frozenset[str], language: str) -> bool:
    return (
        len(piece) >= SHORTEST
        and piece.isalpha()
        and piece.casefold() not in skip
        and not (piece[:1].isupper() and match.start() > 0 and language not in NOUN_CAPS)
    )


def tying_articles(
    forms: frozenset[str],
    language: str,
    article_id: str,
    peers: list[tuple[str, str, frozenset[str]]],
) -> frozenset[str]:
    """The other articles of ``language`` whose statement of the main day ``forms`` (a rival
    day's clause) is tied to: at least :data:`LEAST` of its forms shorter than the key's
    letters (:data:`~.day_words.PREFIX`: what the key compares already is left to it) stand
    next to that statement's day. ``peers`` are (article id, language, forms next to the
    phrase) of the main day's statements. Next to the main day, not anywhere in its clause:
    the ship, the canal, the city stand in every clause of the story, the act beside its own
    day."""
    short = frozenset(form for form in forms if len(form) < PREFIX)
    return frozenset(
        other
        for other, lang, peer in peers
        if other != article_id and lang == language and len(short & peer) >= LEAST
    )
