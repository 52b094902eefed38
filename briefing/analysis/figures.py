"""Figure disagreements: one quantity given as different numbers, in any language.

A figure is a number and what it counts: the noun that follows it ("eight *jewels*", "huit
*bijoux*", "7,7 *büyüklüğünde*"), stemmed in the article's language, or a unit of measure
named in any of its spellings (CLDR through :mod:`.units`: "km", "kilometres",
"километров"). Two figures measure one quantity when they count the same noun in the same
language, or measure the same thing in one dimension ("a *depth* of 17.9 km" / "a *depth* of
24.1 kilometres"; "625 pieds *d'altitude*" / "150 m *d'altitude*", converted to the dimension's
base unit at the precision each is written to, :mod:`.measures`), for the same day where both
sentences date themselves, and in the same place where both name one. A duration of seconds,
minutes or hours is one quantity in every language ("sept minutes", "vier Minuten", "семь
минут": the unit says so, nothing is translated). Nouns are not translated: "jewels" and
"bijoux" are never compared, so a translation cannot disagree; a conversion ("24.1 km (14.9
miles)") agrees with what it converts, and money is no unit ("€88m ($102m)" is never compared
as a count): sums of money are compared by what they pay for and their currency
(:mod:`.money`, :mod:`.money_judge`).
Exact counts of four or more significant digits a hair apart are one count whatever their
nouns (:mod:`.precise`), and so are counts of days to the day in the hundreds ("738 Tage",
"۷۸۳ روز": :mod:`.day_counts`). A total its own sentence splits ("48 otages, dont 20 encore
vivants") is never compared with another source's count of one of its parts (:mod:`.totals`).

Each figure is an interval: "about 1,300" and "1,287" overlap, "more than 20" and "23"
overlap, a round "1,300" stands for 1,250–1,349. Only figures that cannot both be true are
flagged, and only when the quantity is plainly one thing:

- a source that itself gives two incompatible values for the noun ("nine taken, eight
  missing"; a toll updated within the article) shows the noun names several quantities;
- more than three incompatible values are a running count (a toll rising through the day);
- values more than twice apart are more likely a part and a whole, or another unit, than
  two reports of one number (up to four times for a count of one thing whose sentences all
  name one scene: :mod:`.scene_counts`);
- bounds in opposite directions ("over 30" / "up to 25") are not taken to bound one thing
  unless the key says what is counted (a toll): :func:`_clash`.

A complete enumeration ("leaders of A, B, C and D will attend") is a count too: it is
compared with a count of a noun its own paragraph names, on the same day.

Casualties ("137 morts", "139 Tote", "141 people were killed") are one quantity per kind in
every language between reports of one day (:mod:`.casualties`). In a report of no known day
they are compared in every language too, by kind, for the day their sentence dates ("20
vittime e 16 feriti" and "há 15 feridos" of 14 August, each outlet's first-day account;
within one language this held before, and a language is no better sign of one report day
than another); when the sentence dates nothing either, not at all (the toll of any day).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.analysis.age_topics import joined_by_topic, read_once
from briefing.analysis.ages import AGE, one_person_each
from briefing.analysis.attributive import ATTRIBUTIVE, joined
from briefing.analysis.casualties import CASUALTIES, by_report
from briefing.analysis.cjk_nouns import joined_heads
from briefing.analysis.cjk_nouns_before import joined_before
from briefing.analysis.clock_stages import other_moments
from briefing.analysis.crosscounts import ANY_LANGUAGE, Places, TopicSource, merge_linked
from briefing.analysis.crowds import CROWD, tie_crowds
from briefing.analysis.day_counts import DAY_COUNT, judge_day_counts
from briefing.analysis.distance_topics import joined_places
from briefing.analysis.distances import DISTANCE
from briefing.analysis.fate_roles import FATED, fated_label, tie_fates
from briefing.analysis.fates import other_fates
from briefing.analysis.figure_groups import by_day, by_place
from briefing.analysis.figure_model import apart, key_label
from briefing.analysis.figure_reading import Figure, figures_of, read_figures
from briefing.analysis.main_day import story_statements
from briefing.analysis.measures import BASE_UNITS
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.money import MONEY
from briefing.analysis.money_judge import judge_money
from briefing.analysis.near_lengths import near_lengths
from briefing.analysis.offsets import by_event, is_brief_offset
from briefing.analysis.one_and_others import counted_with_others
from briefing.analysis.other_years import of_story_years
from briefing.analysis.population_forms import near_populations, same_rounding
from briefing.analysis.precise import PRECISE, judge_precise
from briefing.analysis.property_measures import PROPERTY_KEYS, across_languages, by_size
from briefing.analysis.property_words import DIMENSION
from briefing.analysis.report_days import placed_reports
from briefing.analysis.residents import RESIDENTS
from briefing.analysis.role_nouns import ROLE
from briefing.analysis.scene_counts import SCENE_RATIO, scene_count
from briefing.analysis.severity import LIGHT, SERIOUS
from briefing.analysis.state_heads import in_one_language
from briefing.analysis.succession_ranks import SUCCESSION, heirs_apart
from briefing.analysis.timeline import TimelineEntry
from briefing.analysis.totals import without_split_totals
from briefing.analysis.undated_referents import join_undated
from briefing.analysis.units import unit_label, unit_names, unit_of_word
from briefing.model import Article

#: Read here before :mod:`.figure_reading` was split out; the readers import them from here.
__all__ = ["figure_discrepancies", "figures_of", "judge_figures", "read_figures"]

#: Incompatible values beyond which a count is a running tally, not a disagreement.
_MOST_VALUES = 3
#: Values further apart than this factor are not taken as two reports of one number.
_MOST_RATIO = 2.0
#: Parts of the injured by severity (:mod:`.severity`), read only from a clause that says
#: the state: never a whole against its part, so no ratio makes them two quantities.
_PARTS = frozenset({f"{CASUALTIES} {SERIOUS}", f"{CASUALTIES} {LIGHT}"})
#: A plain toll at least this share of a same-day "at least" toll may be its earlier stage.
_STAGE = 0.8


def figure_discrepancies(
    articles: Iterable[Article],
    entries: Sequence[TimelineEntry],
    topics: TopicSource | None = None,
) -> list[Discrepancy]:
    """Figures for one quantity that cannot all be true (``topics``: see :mod:`.crosscounts`)."""
    articles = tuple(articles)
    figures, lists = read_figures(articles, entries)
    main, _ = story_statements(articles, entries)
    return judge_figures(figures, lists, articles, topics, main)


def judge_figures(
    figures: list[Figure],
    lists: list[Figure],
    articles: Sequence[Article],
    topics: TopicSource | None = None,
    main_day: dt.date | None = None,
    mentioned: Places | None = None,
) -> list[Discrepancy]:
    """:func:`figure_discrepancies` from the figures :func:`read_figures` found; ``main_day``
    is the story's day (:func:`~.main_day.story_statements`), when one stands out;
    ``mentioned``: where the topics are mentioned, when worked out beside the reading
    (:mod:`.topic_places`)."""
    months = {a.id: (a.date.year, a.date.month) for a in articles if a.date is not None}
    languages = {a.id: a.language for a in articles}
    figures = placed_reports(figures, main_day, months)  # tolls dated by a weekday
    figures = of_story_years(figures, main_day)  # "in 1992, 263 died" (.other_years)
    figures = in_one_language(figures, {a.id: a.language for a in articles})  # .state_heads
    figures = joined_heads(figures)  # "206个参赛国家" with "205个国家" (.cjk_nouns)
    figures = joined_before(figures)  # "선수 7500명" with "선수 약 6500여 명" (.cjk_nouns_before)
    people = one_person_each([(f.key[1], f.person) for f in figures if f.key[0] == AGE])
    if any(key != person for key, person in people.items()):  # one person, two surnames
        figures = [
            replace(f, key=(AGE, people[f.key[1]])) if f.key[0] == AGE else f for f in figures
        ]
    topics = read_once(topics)  # asked by the ages and the counts across languages alike
    figures = joined_by_topic(figures, articles, topics)  # one person across scripts
    figures = joined_places(figures, articles, topics)  # one place across scripts
    figures = heirs_apart(figures)  # two heirs named in one script (.succession_ranks)
    figures = tie_fates(figures, articles, topics, mentioned)  # one role and fate (.fate_roles)
    figures = tie_crowds(figures, articles, topics, mentioned, main_day)  # one crowd (.crowds)
    money = [f for f in figures if f.key[1].startswith(MONEY)]  # by thing and currency
    figures = [f for f in figures if not f.key[1].startswith(MONEY)]
    precise = [f for f in figures if f.key[0] == PRECISE]  # compared by value (:mod:`.precise`)
    day_counts = [f for f in figures if f.key[0] == DAY_COUNT]  # likewise (:mod:`.day_counts`)
    adjectives = [f for f in figures if f.key[1].endswith(ATTRIBUTIVE)]  # (:mod:`.attributive`)
    figures = [
        f
        for f in figures
        if f.key[0] not in (PRECISE, DAY_COUNT) and not f.key[1].endswith(ATTRIBUTIVE)
    ]
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[figure.key].append(figure)
    # An age is keyed by its person and a toll by its kind, in every language already: never
    # tied to a count of a noun (:mod:`.casualties`).
    linkable = [f for f in figures if f.key[0] != AGE and not f.key[1].startswith(CASUALTIES)]
    merge_linked(groups, linkable, articles, topics, mentioned)
    join_undated(groups)  # "than before" beside "than in September 2016" (.undated_referents)
    # A list counts the noun its paragraph names, with what narrows it ("eight heads *of
    # state*"; :mod:`.scope`) but never a sum ("leaders and ministers") or occupants.
    heads: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in groups:
        stem, _, narrower = key[1].partition(" ")
        if not narrower or narrower.startswith("of "):
            heads[(key[0], stem)].append(key)
    for listed_figure in lists:
        if listed_figure.day is None:
            continue  # a list is only a count of the day it speaks of
        language = listed_figure.key[0]
        # The groups of a noun of the list's paragraph, looked up by that noun: a large
        # briefing has tens of thousands of groups and few nouns per paragraph.
        for key in (k for stem in listed_figure.counts for k in heads.get((language, stem), ())):
            groups[key].append(listed_figure)
    found_all = judge_precise(precise, articles)
    found_all += judge_day_counts(day_counts, articles)
    found_all += judge_money(money, _judge)
    for near in near_lengths(figures):  # one named thing's length under two words
        judged = _judge(near[0].key, near)
        if judged is not None:
            found_all.append(judged)
    for key, members in sorted(groups.items()):
        running = key[1].startswith(CASUALTIES) or (
            key[0] == ANY_LANGUAGE and key[1].startswith(FATED)
        )  # a toll, or a role's count by fate (.fate_roles): compared per day of report
        reports = by_report(members) if running else [members]
        for same_day in (d for r in reports for d in by_day(r, main_day)):
            places = by_place(same_day)
            if key == (ANY_LANGUAGE, RESIDENTS):  # a town's and its region's stay apart
                places = [p for g in places for p in near_populations(g)]
            for same_place in places:
                for same_end in by_event(same_place):  # offsets: one event (:mod:`.offsets`)
                    # one property of several things ("a canal 205 m wide", "a ship 59 m
                    # wide") split by size (:mod:`.property_measures`)
                    for same in by_size(same_end) if key in PROPERTY_KEYS else [same_end]:
                        if key in PROPERTY_KEYS and not across_languages(same, languages):
                            continue
                        judged = _judge(key, same)
                        if judged is not None and not counted_with_others(same, articles):
                            found_all.append(judged)
    shown = {(d.subject, frozenset(c.value for c in d.claims)) for d in found_all}
    for key, members in joined(adjectives, groups):  # "31-storey" with "32 storeys"
        for same_day in by_day(members, main_day):
            judged = _judge(key, same_day)
            values = frozenset(c.value for c in judged.claims) if judged else frozenset()
            if judged is not None and not any(
                s == judged.subject and values <= v for s, v in shown
            ):
                found_all.append(judged)
    return found_all


def _clash(a: Figure, b: Figure) -> bool:
    """Two sources' figures that cannot both be true. Bounds in opposite directions ("over
    30 years" / "up to 25 years") contradict only if they bound one thing, and a shared noun
    does not show that ("served over 30 years" / "faces up to 25 years"): they clash only
    for a toll of one kind and report (the casualty key says what is counted), and never
    with "up to", which gives a limit or a possibility rather than what happened."""
    if a.quote.article_id == b.quote.article_id:
        return False
    if a.named and b.named and a.named != b.named:
        return False  # "約100人の報道陣" / "200人を超える研究仲間": two groups (.cjk_nouns_after)
    if not apart(a, b) and not same_rounding(a, b):  # "etwa 310.000" / "circa 320.000"
        return False
    if (a.events or b.events) and not a.events & b.events:
        return False  # two offsets from one start to two events ("47 s … lost contact")
    if other_moments(a.clocks, b.clocks):
        return False  # "105 by 14:30" / "400 by 19:00": two stages of one day
    if other_fates(a.fate, b.fate):
        return False  # "100 foreigners freed" / "holding 41 foreigners" (:mod:`.fates`)
    if a.first != b.first:
        return False  # the first figures against a later count: a stage (.first_figures)
    bounds = {a.bound, b.bound} - {""}
    if len(bounds) < 2:  # a value against a value or a bound (two bounds of one side overlap)
        return not (a.key[1].startswith(CASUALTIES) and _still_rising(a, b))
    return "maximum" not in bounds and a.key[1].startswith(CASUALTIES)


def _still_rising(a: Figure, b: Figure) -> bool:
    """A toll hedged "at least 16" above another report's plain 15 of the same day: a toll only
    grows, and "at least" says the count is still open, so the lower figure is an earlier stage
    of it (a death in hospital that evening), not a rival. Only a little lower: "at least 40"
    against 25 is more likely two counts than one a few hours apart (``_STAGE``)."""
    low, plain = (a, b) if a.bound == "lower" else (b, a)
    if low.bound != "lower" or plain.bound:
        return False
    return _STAGE * low.low <= plain.high < low.low


def _judge(key: tuple[str, str], figures: list[Figure]) -> Discrepancy | None:
    figures = without_split_totals(figures)  # never a total against its part (.totals)
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_article[figure.quote.article_id].append(figure)
    for own in by_article.values():
        if any(apart(a, b) for i, a in enumerate(own) for b in own[i + 1 :]):
            return None  # one source, two values: the noun names more than one quantity
        if any(f.first for f in own) and len({f.value for f in own}) > 1:
            return None  # its first figures and a later one: a count it shows changing
    # The first clash is enough to go on (a common noun of a large briefing has thousands
    # of figures, and all their pairs were listed).
    if not any(_clash(a, b) for i, a in enumerate(figures) for b in figures[i + 1 :]):
        return None
    distinct: list[Figure] = []
    for figure in figures:
        if all(apart(figure, other) for other in distinct):
            distinct.append(figure)
            if len(distinct) > _MOST_VALUES:
                return None  # a running count (more values can only make it more of one)
    lows = [f.low for f in figures if f.low > 0]
    highs = [f.high for f in figures if math.isfinite(f.high)]
    if (
        lows
        and highs
        and max(lows) > _most_ratio(key, figures) * min(highs)
        and key[1] not in _PARTS
        and not (is_brief_offset(key) and len(_units(key[0], figures)) > 1)
    ):
        return None  # a part and a whole, or two things, more likely than one number
    by_value: dict[str, list[Quote]] = defaultdict(list)
    shown: dict[tuple[float, float], str] = {}
    own_labels: dict[str, list[tuple[Figure, str]]] = defaultdict(list)
    for figure in figures:
        # "7,7" and "7.7" are one value: quoted together under the first way it is written;
        # and so are one source's values that can both be true ("30 seconds", "about 30
        # seconds"): one source does not disagree with itself (checked above). Never a bound
        # ("at least 25 seriously hurt" beside "85 injured"): it may count a part.
        same_source = own_labels[figure.quote.article_id] if not figure.bound else []
        label = next((w for other, w in same_source if not apart(other, figure)), None)
        if label is None:
            label = shown.setdefault((figure.low, figure.high), figure.value)
        if not figure.bound:
            own_labels[figure.quote.article_id].append((figure, label))
        by_value[label].append(figure.quote)
    noun = next((f.noun for f in figures if f.noun), key[1])
    if "+" in key[0]:  # nouns of several languages, tied by :mod:`.crosscounts`
        noun = _joined_label(figures)
    if key == (ANY_LANGUAGE, RESIDENTS):  # a population (:mod:`.residents`)
        return _population(figures, by_value)
    if key[0] == ANY_LANGUAGE and key[1].startswith(DISTANCE):  # compared in kilometres
        noun = unit_label("length-kilometer")
    elif key in PROPERTY_KEYS:  # a width, length, height or weight (.property_measures)
        noun = unit_label(DIMENSION[key[1]])
    elif key == (ANY_LANGUAGE, CROWD):  # people who gathered, in several languages
        noun = "people in the crowd"
    elif fated_label(key) is not None:  # one role and fate in several languages
        noun = str(fated_label(key))
    elif key[0] == ANY_LANGUAGE and key[1].startswith(f"{ROLE} "):  # a role (.role_nouns)
        noun = key[1].removeprefix(f"{ROLE} ")
    elif key[0] == ANY_LANGUAGE:  # several languages: the unit's or kind's name, not one's word
        noun = key[1].split(" ", 1)[1] if key[1].startswith(CASUALTIES) else unit_label(key[1])
        noun = key_label(noun)  # "times stronger @September 2016": the date is in ``what``
    elif key[1].startswith(CASUALTIES):  # "people", "Tote": the kind they are counted as
        noun = key[1].split(" ", 1)[1]
    elif key[1].split(" ")[0] in BASE_UNITS and len(_units(key[0], figures)) > 1:
        noun = unit_label(key[1].split(" ")[0])  # "pieds" and "m": compared in metres
    when = next((f.day.short for f in figures if f.day and f.day.year), None) or next(
        (f.day.short for f in figures if f.day), None
    )
    what = next((f.what for f in figures if f.what), "")
    subject = f"how many {noun}" + (f" ({what})" if what else "") + (f" on {when}" if when else "")
    if key == (ANY_LANGUAGE, SUCCESSION):  # an ordinal, not a count (.succession_ranks)
        subject, noun = f"which {SUCCESSION} to the throne", SUCCESSION
    reported = next((f.reported for f in figures if f.reported), None)
    if key[1].startswith(CASUALTIES) and reported is not None:  # a toll is as of its report
        subject += f", reported {reported.day} {reported:%B %Y}"
    return Discrepancy(
        "figure",
        subject,
        tuple(Claim(value, tuple(dict.fromkeys(quotes))) for value, quotes in by_value.items()),
        note=f"the sources give figures for “{noun}” that cannot all be true",
    )


def _most_ratio(key: tuple[str, str], figures: list[Figure]) -> float:
    """How far apart values may be: wider for one thing's count about one scene."""
    return SCENE_RATIO if scene_count(key, figures) else _MOST_RATIO


def _population(figures: list[Figure], by_value: dict[str, list[Quote]]) -> Discrepancy:
    """A place's population given as different numbers, named by the place every figure's
    sentence names when there is one."""
    shared = frozenset.intersection(*(f.places for f in figures))
    where = min(shared) if shared else "the place"
    return Discrepancy(
        "figure",
        f"how many people live in {where}",
        tuple(Claim(value, tuple(dict.fromkeys(quotes))) for value, quotes in by_value.items()),
        note="the sources give the population of one place as figures that cannot all be true",
    )


def _units(language: str, figures: list[Figure]) -> set[str]:
    """The units the figures are written in ("km" and "kilometres" are one)."""
    names = unit_names(language)
    return {names.get(f.noun.casefold().rstrip("."), f.noun) for f in figures}


def _joined_label(figures: list[Figure]) -> str:
    """What a count tied across languages counts, for its label: the unit's English name when
    the nouns that name a unit all name one ("44 Tagen", "45 jours": "days"; a word between
    the number and its unit, "45 miserable days", names none and says nothing against it),
    else each language's noun, as written. A label mixing "Tagen" with "miserable" reads as
    noise, and the value column already shows each source's words."""
    named = {unit_of_word(f.noun, f.key[0]) for f in figures if f.noun} - {None}
    if len(named) == 1:
        return unit_label(str(next(iter(named))))
    return " / ".join(dict.fromkeys(f.noun for f in figures if f.noun))
