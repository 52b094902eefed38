"""The act's day, not its prelude's, for the main event's name (:mod:`.story_days`).

An act that happens once is named on the first day of the run of days the outlets date
(the days after a crash are its aftermath). A story can also open before its act: a player
tells his club he wants to leave on Wednesday, the fee is paid and the contract signed on
Thursday; Wednesday's reports date Wednesday, and the run's first day is the prelude's. The
brief's When line tells such a day (:mod:`briefing.brief_act_day`); the event's name must
give the same day, or the title and the When line disagree. Both signs must hold:

- a sentence dating the first day tells the act as not done yet — a prospect, a condition
  or an intent (:func:`briefing.brief_lede_unrealised.unrealised`); no report of a crash
  dates its day so;
- a later day of the run is dated by at least :data:`OUTNUMBERED` times as many articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from briefing.analysis.model import TimelineEntry
from briefing.model import Article

#: A later day of the run must be dated by this many times the articles of the first day.
OUTNUMBERED = 2
#: The shapes of an act not done yet (a charge follows the act: it is no prelude).
_PRELUDE = frozenset({"prospect", "condition", "intent"})


def past_prelude(
    start: dt.date,
    end: dt.date,
    named: Mapping[dt.date, set[str]],
    told: Sequence[TimelineEntry],
    articles: Sequence[Article],
) -> dt.date:
    """The act's day in the run ``start``–``end`` (``named``: the articles dating each day;
    ``told``: the entries dating ``start``): a later day when ``start`` is a prelude's
    (module doc), else ``start``."""
    from briefing.brief_lede_unrealised import unrealised
    from briefing.sentences import language_of

    first = len(named.get(start, ()))
    later = [
        day
        for day, ids in named.items()
        if start < day <= end and first and len(ids) >= OUTNUMBERED * first
    ]
    if not later:
        return start
    by_id = {a.id: a for a in articles}

    def language(entry: TimelineEntry) -> str:
        article = by_id.get(entry.article_id)
        if article is None:
            return ""
        index = entry.sentence_span.paragraph
        paragraph = article.paragraphs[index] if index < len(article.paragraphs) else None
        return language_of(paragraph.language if paragraph is not None else None, article.language)

    if not any(unrealised(e.sentence, language(e)) in _PRELUDE for e in told):
        return start
    return max(later, key=lambda d: (len(named[d]), -d.toordinal()))
