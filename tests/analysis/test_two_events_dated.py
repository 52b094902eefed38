"""Two events on two dates are not one event dated twice (analysis/events.py).

Fixtures are written for these tests: a release and the seizure it recalls share a noun
("prisoners"), and one article states both days.
"""

from __future__ import annotations

from analysis.builders import make_article

from briefing.analysis import find_discrepancies


def _dates(*texts: str) -> list[set[str]]:
    articles = [make_article(chr(ord("a") + i), t) for i, t in enumerate(texts)]
    return [{c.value for c in d.claims} for d in find_discrepancies(articles) if d.kind == "date"]


def test_a_past_event_recalled_beside_the_act_is_not_its_date() -> None:
    # "taken on 2 May 2022": the seizure the release recalls, two years before it.
    assert not _dates(
        "Marek Dolan freed on 14 March 2024 the prisoners taken on 2 May 2022 in the raid.",
        "Marek Dolan freed the prisoners held in Vornica on 14 March 2024.",
        "On 2 May 2022, soldiers seized the prisoners during Marek Dolan's raid on Vornica.",
    )


def test_one_act_dated_on_two_days_by_two_sources_is_still_flagged() -> None:
    (found,) = _dates(
        "Marek Dolan freed the prisoners in Vornica on 14 March 2024.",
        "Marek Dolan freed the prisoners in Vornica on 16 March 2024.",
    )
    assert len(found) == 2
