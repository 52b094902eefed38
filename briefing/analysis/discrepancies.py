"""Where the sources disagree: dates, figures, spellings and names, with quotes side by side.

Each check is deliberately narrow (see its module): a flag the analyst would dismiss as noise
costs more than a missed one, because it teaches them to stop reading the list.

Each check reads every article (:mod:`.findings`, once per article, on up to ``jobs``
processes) and then compares what it read across articles here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing.analysis.age_topics import read_once
from briefing.analysis.arabic_spellings import arabic_spelling_discrepancies
from briefing.analysis.borrowed_given_names import borrowed_given_name_discrepancies
from briefing.analysis.borrowed_names import borrowed_name_discrepancies
from briefing.analysis.built_years import built_year_discrepancies
from briefing.analysis.clocks import judge_times
from briefing.analysis.crosscounts import Places, TopicSource
from briefing.analysis.death_dates import death_date_discrepancies
from briefing.analysis.death_spans import death_span_discrepancies
from briefing.analysis.earlier_acts import earlier_act_discrepancies
from briefing.analysis.events import date_discrepancies
from briefing.analysis.figures import judge_figures
from briefing.analysis.findings import processes, read_articles
from briefing.analysis.first_days import first_day_discrepancies
from briefing.analysis.founding_ages import founding_age_discrepancies
from briefing.analysis.given_names import given_name_discrepancies
from briefing.analysis.han_spellings import han_spelling_discrepancies
from briefing.analysis.hangul_spellings import hangul_spelling_discrepancies
from briefing.analysis.hospitals import hospital_discrepancies, hospital_paragraphs
from briefing.analysis.kana_spellings import kana_spelling_discrepancies
from briefing.analysis.last_time import last_time_discrepancies
from briefing.analysis.latin_spellings import latin_spelling_discrepancies
from briefing.analysis.links import link_discrepancies
from briefing.analysis.main_day import main_day_discrepancies, story_statements
from briefing.analysis.main_part import main_part_discrepancies
from briefing.analysis.main_time import judge_main_times
from briefing.analysis.match_minutes import minute_discrepancies
from briefing.analysis.model import Discrepancy
from briefing.analysis.money_conversions import conversion_discrepancies
from briefing.analysis.nationalities import nationality_discrepancies
from briefing.analysis.numbered_days import numbered_day_discrepancies
from briefing.analysis.office_starts import office_start_discrepancies
from briefing.analysis.offices import office_discrepancies, titled
from briefing.analysis.period_ends import period_end_discrepancies
from briefing.analysis.person_sums import person_sum_discrepancies
from briefing.analysis.places import judge_places
from briefing.analysis.portfolios import portfolio_discrepancies
from briefing.analysis.prison_terms import prison_paragraphs, prison_term_discrepancies
from briefing.analysis.ranks import RANKS, rank_discrepancies
from briefing.analysis.rate_bands import rate_band_discrepancies
from briefing.analysis.regions import region_discrepancies
from briefing.analysis.role_holders import role_holder_discrepancies
from briefing.analysis.single_name_spellings import single_name_discrepancies
from briefing.analysis.spelling import judge_spellings
from briefing.analysis.spelling_groups import grouped_spellings
from briefing.analysis.stages import staged
from briefing.analysis.start_days import start_day_discrepancies
from briefing.analysis.tenures import tenure_discrepancies
from briefing.analysis.term_counts import term_count_discrepancies, term_paragraphs
from briefing.analysis.timeline import TimelineEntry, extract_timeline
from briefing.analysis.topic_places import topic_places
from briefing.analysis.topic_rates import topic_rate_discrepancies
from briefing.analysis.venues import judge_venues
from briefing.analysis.vote_shares import vote_share_discrepancies
from briefing.analysis.weekday_slips import (
    bare_weekday_discrepancies,
    weekday_slip_discrepancies,
)
from briefing.analysis.year_slips import year_slip_discrepancies
from briefing.model import Article

_ORDER = {"date": 0, "figure": 1, "spelling": 2, "name": 3}


def find_discrepancies(
    articles: Iterable[Article],
    timeline: Sequence[TimelineEntry] | None = None,
    topics: TopicSource | None = None,
    jobs: int = 1,
) -> tuple[Discrepancy, ...]:
    """Every discrepancy in ``articles``; pass ``timeline`` if it is already extracted, and
    ``topics`` to give the packet's topics when a count needs them (else extracted). The
    articles are read by up to ``jobs`` processes; the result is the same for any number."""
    articles = tuple(articles)
    # Where the caller's topics are mentioned (the counts across languages read it after
    # the reading) is worked out beside it when workers read: ~3 s at 10,005 articles, there
    # while the workers read. Not otherwise: one process would work it out first for a count
    # that may never need it, and topics not given would have to be extracted for it.
    early_places = topics is not None and processes(articles, jobs) >= 2
    topics = read_once(topics)  # the counts, the ages and the minutes may each ask for them
    entries = tuple(timeline) if timeline is not None else extract_timeline(articles)
    main, placed = story_statements(articles, entries)
    languages = {a.id: a.language for a in articles}
    # The checks that compare only the articles and their timeline run while the workers
    # read (:func:`read_articles`' ``beside``): on one process after another they were the
    # parent's serial half at 10,005 articles (benchmarks/PROFILE.md). Each is a function of
    # its arguments alone, so when it runs changes nothing it finds; the order is kept below.
    unread: list[list[Discrepancy]] = []
    # The paragraphs three checks judge once the names and figures are read: looked for
    # beside the reading too, so that only the judging of those few is left after it.
    looked: list[list[tuple[int, int, str]]] = []
    places: list[Places] = []

    def beside() -> None:
        looked.extend(
            [term_paragraphs(articles), prison_paragraphs(articles), hospital_paragraphs(articles)]
        )
        ranked = list(titled(articles, RANKS))  # read once: two rules compare the same ranks
        unread.extend(
            [
                acts := date_discrepancies(entries, languages),
                office_start_discrepancies(entries, languages),
                days := main_day_discrepancies(articles, entries, (main, placed)),
                slips := weekday_slip_discrepancies((main, placed), days),
                year_slip_discrepancies(articles, entries, (main, placed)),
                bare_weekday_discrepancies(articles, (main, placed), [*days, *slips], topics),
                earlier := earlier_act_discrepancies(articles, entries, (main, placed)),
                numbered := numbered_day_discrepancies(articles, entries, main),
                last_time_discrepancies(articles, main),
                starts := start_day_discrepancies(articles, entries, main),
                first_day_discrepancies(
                    articles, entries, main, [*acts, *days, *earlier, *numbered, *starts]
                ),
                built_year_discrepancies(articles, main),
                death_span_discrepancies(articles, (main, placed)),
                death_date_discrepancies(articles, entries, main, topics),
                tenure_discrepancies(articles),
                period_end_discrepancies(articles),
                minute_discrepancies(articles, topics),
                founding_age_discrepancies(articles),
                borrowed_given_name_discrepancies(articles),
                hangul_spelling_discrepancies(articles),
                kana_spelling_discrepancies(articles),
                han_spelling_discrepancies(articles),
                arabic_spelling_discrepancies(articles),
                region_discrepancies(articles),
                link_discrepancies(articles),
                office_discrepancies(articles),
                portfolio_discrepancies(articles),
                role_holder_discrepancies(articles),
                rank_discrepancies(articles, ranked),
                given_name_discrepancies(articles, ranked),
                conversion_discrepancies(articles),
                person_sum_discrepancies(articles, topics),
            ]
        )
        if early_places:
            places.append(topic_places(topics(articles)))

    read = staged(articles, entries, read_articles(articles, entries, jobs, beside))
    (
        dates, office_starts, days, weekday_slips, year_slips, bare_weekdays, earlier_acts,
        numbered_days, last_times, start_days, first_days, built_years, death_spans,
        death_dates, tenures, period_ends, minutes, founding_ages,
        borrowed_given_names, hangul, kana, han, arabic, regions, links, offices, portfolios,
        holders,
        ranks, given_names, conversions, person_sums,
    ) = unread  # fmt: skip
    terms, prisons, hospitals = looked
    times = judge_times(read.times)
    found = [
        *dates,
        *office_starts,
        *days,
        *weekday_slips,
        *year_slips,
        *bare_weekdays,
        *earlier_acts,
        *numbered_days,
        *last_times,
        *start_days,
        *first_days,
        *built_years,
        *death_spans,
        *death_dates,
        *tenures,
        *period_ends,
        *times,
        *_not_told(judge_main_times(read.main_times), times),
        *main_part_discrepancies(placed, main, read.main_times),
        *_not_rated(
            judge_figures(
                read.figures, read.lists, articles, topics, main, places[0] if places else None
            ),
            rates := topic_rate_discrepancies(articles, read.percents, topics),
        ),
        *minutes,
        *founding_ages,
        *rate_band_discrepancies(articles, read.percents),
        *rates,
        *conversions,
        *vote_share_discrepancies(articles, read.percents),
        *grouped_spellings(
            [
                *judge_spellings(articles, read.names),
                *borrowed_name_discrepancies(articles, read.latin_names),
                *latin_spelling_discrepancies(articles, read.names, read.latin_names),
                *borrowed_given_names,
            ],
            articles,
        ),
        *hangul,
        *kana,
        *han,
        *arabic,
        *nationality_discrepancies(articles, read.names),
        *judge_venues(read.venues),
        *hospital_discrepancies(articles, read.figures, hospitals),
        *prison_term_discrepancies(articles, read.names, prisons),
        *term_count_discrepancies(articles, read.names, terms),
        *judge_places(articles, read.standalone),
        *regions,
        *links,
        *offices,
        *portfolios,
        *holders,
        *ranks,
        *given_names,
    ]
    found += _not_rated(person_sums, [d for d in found if d.kind == "figure"])
    found += _not_spelt(single_name_discrepancies(articles), found)
    return tuple(sorted(found, key=lambda d: _ORDER[d.kind]))


def _not_spelt(flags: list[Discrepancy], shown: list[Discrepancy]) -> list[Discrepancy]:
    """``flags`` (one word's two spellings, :mod:`.single_name_spellings`) less those whose
    spellings a flag of ``shown`` already sets side by side, alone or in a full name
    ("Larisa / Larissa" among the places, "Abdourahamane Tchiani / Abdourahmane Tchiani")."""
    words = [{w for c in d.claims for w in c.value.split()} for d in shown]
    return [d for d in flags if not any({c.value for c in d.claims} <= s for s in words)]


def _not_told(flags: list[Discrepancy], told: list[Discrepancy]) -> list[Discrepancy]:
    """``flags`` less those whose times another flag of ``told`` already sets side by side
    (the main moment's 18:07 / 18:08 that :mod:`.clocks` found by a shared word)."""
    shown = [{_as_written(c.value) for c in d.claims} for d in told]
    return [
        d for d in flags if not any({_as_written(c.value) for c in d.claims} <= s for s in shown)
    ]


def _as_written(value: str) -> str:
    """The time a value states as its source wrote it: its last clock time ("about 18:07",
    "16:07 UTC (18:07)": 18:07), else its last word."""
    clocks = re.findall(r"\d\d:\d\d", value)
    return clocks[-1] if clocks else value.split()[-1]


def _not_rated(flags: list[Discrepancy], rates: list[Discrepancy]) -> list[Discrepancy]:
    """``flags`` less those a rate flag of ``rates`` already makes (:mod:`.topic_rates`;
    also a person's sum another figure flag already sets side by side, :mod:`.person_sums`):
    each of its values, as written less spaces ("24 %", "24%"), given by sources that rate
    flag gives it by. "24 %" against "25 %" of tariffs in two Spanish texts is the rate for
    Japan the rate flag sets side by side in six languages, not a second disagreement."""
    told = [_given(d) for d in rates]
    return [d for d in flags if not any(_given(d) <= s for s in told)]


def _given(flag: Discrepancy) -> set[tuple[str, str]]:
    """(value less spaces, article) for each source of each value of ``flag``."""
    return {("".join(c.value.split()), a) for c in flag.claims for a in c.article_ids}
