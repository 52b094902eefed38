"""Issue 12: a page that repeats its lead (a teaser, a summary cut at a line break, the lead
behind a dateline) states one thing once; two statements of one day stay two."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.model import Article

DAY = dt.date(2031, 3, 8)


def _statements(article: Article) -> list[tuple[str, str]]:
    return [(e.phrase, e.sentence) for e in extract_timeline([article]) if e.event]


def test_a_lead_repeated_behind_a_dateline_is_one_statement_the_fuller_one() -> None:
    teaser = "Dock workers extended a strike launched on March 6 over the harbour crane collapse"
    lead = f"PORTVILLE (Wire) - {teaser}, the union said."
    statements = _statements(make_article("en", teaser, lead, date=DAY))
    assert statements == [("March 6", lead)]


def test_a_summary_cut_at_a_line_break_in_french_and_russian() -> None:
    full = "Les trains sont suspendus le samedi 8 mars et le dimanche 9 mars, dit la compagnie."
    cut = "suspendus le samedi 8 mars et le dimanche 9 mars, dit la compagnie."
    fr = dataclasses.replace(make_article("fr", full, cut, date=DAY), language="fr")
    assert [s for _, s in _statements(fr)] == [full, full]  # two dates of one sentence
    ru_full = "Все поезда отменены в субботу, 8 марта, сообщила железнодорожная компания страны."
    ru_cut = "отменены в субботу, 8 марта, сообщила железнодорожная компания страны."
    ru = dataclasses.replace(make_article("ru", ru_full, ru_cut, date=DAY), language="ru")
    assert [s for _, s in _statements(ru)] == [ru_full]


def test_two_things_said_of_one_day_in_like_words_stay_two() -> None:
    article = make_article(
        "en",
        "On Tuesday the transport minister resigned over the crash near the river.",
        "On Tuesday the station master was arrested over the crash near the river.",
        date=DAY,
    )
    assert len(_statements(article)) == 2


def test_a_caption_repeating_the_lead_does_not_replace_it() -> None:
    lead = "Rescuers searched the wreckage on Thursday, March 6, 2031 near the old bridge."
    caption = (
        "Rescuers search the wreckage near the old bridge, Thursday, March 6, 2031.",
        "caption",
    )
    found = [
        (e.sentence, e.event)
        for e in extract_timeline([make_article("en", lead, caption, date=DAY)])
    ]
    assert (lead, True) in found


def test_a_headline_and_its_lead_naming_the_actor_two_ways_are_one_statement() -> None:
    headline = "Иван Петров объявил 6 марта днём траура в Заречной области"
    lead = "Губернатор объявил 6 марта днём траура в Заречной области."
    ru = dataclasses.replace(make_article("ru", headline, lead, date=DAY), language="ru")
    assert [s for _, s in _statements(ru)] == [headline]  # equal telling: the first kept
    other = "Губернатор посетил 6 марта больницу в Заречной области и раненых."
    two = dataclasses.replace(make_article("ru", headline, other, date=DAY), language="ru")
    assert len(_statements(two)) == 2
