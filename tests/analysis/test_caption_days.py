"""A day only a photo caption gives is no rival day of an event (``events._judge``)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.model import Article


def _in(language: str, article_id: str, text: str, date: dt.date) -> Article:
    article = make_article(article_id, text, date=date)
    return dataclasses.replace(article, language=language)


def _date_flags(*articles: Article) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in find_discrepancies(articles) if d.kind == "date"]


_PROSE = "Minister Ortwin arrived in Kessel on Tuesday, February 28, 2034, for talks."


def test_a_caption_dated_the_day_after_is_not_a_rival_day() -> None:
    prose = _in("en", "a", _PROSE, dt.date(2034, 2, 28))
    caption = _in(
        "en",
        "b",
        "Minister Ortwin arrived in Kessel for talks. Crowds wait outside the hall after "
        "Minister Ortwin arrived in Kessel, Valdoria, Thursday, March 2, 2034.",
        dt.date(2034, 3, 2),
    )
    assert _date_flags(prose, caption) == []


def test_prose_dating_the_event_another_day_is_still_a_rival() -> None:
    prose = _in("en", "a", _PROSE, dt.date(2034, 2, 28))
    other = _in(
        "en",
        "b",
        "Minister Ortwin arrived in Kessel on Thursday, March 2, 2034, for talks.",
        dt.date(2034, 3, 2),
    )
    flags = _date_flags(prose, other)
    assert len(flags) == 1 and any("2 March" in v for v in flags[0])
