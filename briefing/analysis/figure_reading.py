"""Reading figures: each number of a sentence with what it counts, as an interval.

A figure is a number and what it counts: the noun that follows it ("eight *jewels*", "huit
*bijoux*", "7,7 *büyüklüğünde*"), stemmed in the article's language, or a unit of measure
named in any of its spellings (CLDR through :mod:`.units`: "km", "kilometres",
"километров"), keyed so that :mod:`.figures` compares only figures of one quantity. A
duration of seconds, minutes or hours is one quantity in every language ("sept minutes",
"vier Minuten", "семь минут": the unit says so, nothing is translated). Each figure is an
interval: "about 1,300" and "1,287" overlap, "more than 20" and "23" overlap, a round
"1,300" stands for 1,250–1,349; a hedge that bounds it on one side only ("more than",
"up to") is kept as :attr:`Figure.bound`.

A complete enumeration ("leaders of A, B, C and D will attend") is read as a count too.
Casualties ("137 morts", "139 Tote", "141 people were killed") are keyed per kind in every
language (:mod:`.casualties`). Growth factors ("multiplié par 13", "增加了13倍") are one quantity
in every language (:mod:`.growth_factors`), and so are factors of strength against an earlier
one ("five to six times stronger than", :mod:`.strength_factors`), a blast's yield ("unos 100
kilotones", :mod:`.yields`) and an agency's first magnitude ("initially reported as a
magnitude-5.1", :mod:`.first_magnitudes`); Chinese, Japanese and Korean
counts, written onto their counter ("12萬223人", "114個國家"), are read apart
(:mod:`.cjk_counts`), and so are their tolls ("當中4,291人死亡", :mod:`.cjk_tolls`) and their
figures in a unit of one thing ("5500万光年", :mod:`.cjk_units`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from briefing.analysis import scope
from briefing.analysis.age_figures import age_figures
from briefing.analysis.attributive import attributive_count
from briefing.analysis.bare_aboard import aboard_figure
from briefing.analysis.breakdowns import breakdown_share
from briefing.analysis.casualties import CASUALTIES, casualty_kind, running_toll
from briefing.analysis.cjk_counts import cjk_counts
from briefing.analysis.cjk_distances import cjk_distances
from briefing.analysis.cjk_spans import cjk_spans
from briefing.analysis.cjk_tolls import cjk_tolls
from briefing.analysis.cjk_units import cjk_units
from briefing.analysis.cjk_widths import cjk_widths
from briefing.analysis.clock_stages import stated_clocks
from briefing.analysis.compositions import one_item_of_list
from briefing.analysis.counted_noun import _WORD, _counted, _factors
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.crowds import is_crowd
from briefing.analysis.dates import find_dates
from briefing.analysis.day_counts import day_counts
from briefing.analysis.days import Day, context_day, days_by_sentence
from briefing.analysis.distances import DISTANCE, in_kilometres
from briefing.analysis.fates import fate_of
from briefing.analysis.figure_model import Figure
from briefing.analysis.first_figures import first_figures
from briefing.analysis.first_magnitudes import first_magnitudes
from briefing.analysis.growth_factors import growth_factors
from briefing.analysis.guests import guest_key
from briefing.analysis.hour_spans import hour_spans, span_figure
from briefing.analysis.listed_figures import list_figure, paragraph_stems
from briefing.analysis.lists import enumeration
from briefing.analysis.measures import head_before, in_base, named_after
from briefing.analysis.model import Quote
from briefing.analysis.money import money_figures
from briefing.analysis.money_counts import in_sum, named_sums
from briefing.analysis.names import is_place
from briefing.analysis.near_lengths import hyphenated
from briefing.analysis.numbers import Number, interval, is_year, scaled_interval, tally_at
from briefing.analysis.one_value import one_value_each
from briefing.analysis.other_years import dating_years
from briefing.analysis.others import other_injured
from briefing.analysis.parts import share
from briefing.analysis.passengers import passenger_key
from briefing.analysis.people_roles import people_role_key
from briefing.analysis.perpetrators import PERPETRATORS, perpetrator_count
from briefing.analysis.personal import personal_story
from briefing.analysis.precise import exact_beside, precise_counts
from briefing.analysis.property_measures import property_measures
from briefing.analysis.ranges import joins_range
from briefing.analysis.report_days import told_weekday
from briefing.analysis.residents import population_figure
from briefing.analysis.role_nouns import role_key
from briefing.analysis.sentence_numbers import numbers_in
from briefing.analysis.severity import severity
from briefing.analysis.shots import shots_count
from briefing.analysis.state_heads import cjk_heads_of_state, head_of_state_key
from briefing.analysis.stolen import STOLEN, stolen_count
from briefing.analysis.strength_factors import strength_factors
from briefing.analysis.succession_ranks import succession_ranks
from briefing.analysis.text import capitalised_words, language_of, sentences
from briefing.analysis.timeline import TimelineEntry
from briefing.analysis.totals import parts_of, year_like_total
from briefing.analysis.units import UNITS
from briefing.analysis.whole_counts import whole_counts
from briefing.analysis.yields import without_own_words, yields
from briefing.model import Article, Span
from briefing.topics.languages import function_words

#: :attr:`Figure.bound` of each one-sided hedge of :data:`numbers.QUALIFIERS`.
_BOUNDS = {"above": "lower", "from": "lower", "below": "upper", "upto": "maximum"}


def read_figures(
    articles: Sequence[Article], entries: Sequence[TimelineEntry] = ()
) -> tuple[list[Figure], list[Figure]]:
    """Every figure of ``articles``, and every complete enumeration read as a count."""
    days = days_by_sentence(entries)
    figures: list[Figure] = []
    lists: list[Figure] = []
    for article in articles:
        figures_of(article, days, figures, lists)
    return figures, lists


def figures_of(
    article: Article,
    days: dict[tuple[str, int, int], Day],
    figures: list[Figure],
    lists: list[Figure],
    memo: dict[Any, Any] | None = None,
) -> None:
    """Append one article's figures and enumerations (:func:`read_figures`, one article).

    With ``memo`` (a dict kept across the articles of one reading), a sentence read before
    with the same language, day and date of report is not read again: its figures are the
    same but for their quote (wire copy recurs across the articles of a large briefing)."""
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.foldable:
            continue
        parts = sentences(paragraph.text, language_of(paragraph.language, article.language))
        stems: frozenset[str] | None = None
        for position, sentence in enumerate(parts):
            day = context_day(days, article.id, p_index, parts, position)
            span = Span(p_index, sentence.start, sentence.end)
            quote = Quote(article.id, article.source, span, sentence.text)
            reported = article.date if article.date_precision == "day" else None
            spoken = paragraph.language  # quoted in another language ("und": unknown)
            spoken = None if spoken in ("", "und", article.language) else spoken
            key = (sentence.text, article.language, day, reported, spoken)
            known = memo.get(key) if memo is not None else None
            if known is None:
                found = _figures(sentence.text, article.language, day, quote, reported, spoken)
                found += precise_counts(sentence.text, article.language, quote)
                found += day_counts(sentence.text, article.language, quote)
                found += cjk_spans(sentence.text, article.language, quote)
                found += growth_factors(sentence.text, article.language, day, quote)
                found += strength_factors(sentence.text, article.language, quote)
                found = without_own_words(found + yields(sentence.text, article.language, quote))
                found += cjk_counts(sentence.text, article.language, day, quote)
                found += cjk_tolls(sentence.text, article.language, day, quote, reported)
                found += cjk_distances(sentence.text, article.language, day, quote)
                found += cjk_units(sentence.text, article.language, day, quote)
                found += cjk_widths(sentence.text, article.language, quote)
                # A width, length, height or weight, keyed in every language as well as by
                # its own language's word (.property_measures)
                found += property_measures(sentence.text, article.language, quote)
                found += succession_ranks(sentence.text, article.language, quote)
                found += cjk_heads_of_state(sentence.text, article.language, quote)
                found += money_figures(sentence.text, article.language, quote)
                listed = enumeration(sentence.text, article.language)
                # A count as of a time of day (:mod:`.clock_stages`); asked only of a
                # sentence with a figure (most have none).
                clocks = stated_clocks(sentence.text, article.language) if found else None
                if clocks:
                    found = [replace(figure, clocks=clocks) for figure in found]
                if found and first_figures(sentence.text, article.language):
                    found = [replace(figure, first=True) for figure in found]
                if memo is not None:
                    memo[key] = (found, listed)
            else:
                found = [replace(figure, quote=quote) for figure in known[0]]
                listed = known[1]
            figures.extend(found)
            figures += other_injured(parts, position, article.language, day, quote, reported)
            figures += first_magnitudes(parts, position, article.language, quote)
            if listed:
                if stems is None:  # only a list needs its paragraph's stems
                    stems = paragraph_stems(paragraph.text, article.language)
                lists.append(list_figure(listed, article.language, day, quote, stems))
                clocks = stated_clocks(sentence.text, article.language)
                if clocks:
                    lists[-1] = replace(lists[-1], clocks=clocks)
    figures.extend(age_figures(article, memo))


def _figures(text: str, language: str, day: Day | None, quote: Quote,
             reported: dt.date | None = None, spoken: str | None = None,
) -> list[Figure]:  # fmt: skip
    """``spoken``: a quoted paragraph's own language, in which what befell the people a
    count counts ("were dead") is read too: a count of people is one quantity only with it."""
    numbers = whole_counts(numbers_in(text, language), text, language)  # "20,000 personas"
    if not numbers:
        return []  # most sentences: what follows only qualifies the numbers
    tally = tally_at(text, language)
    phrases = find_dates(text, language)
    dated = [(p.start, p.end) for p in phrases]
    # A toll of a report of no known day, dated by a weekday only (:mod:`.report_days`).
    weekday = told_weekday(text, phrases) if reported is None and day is None else None
    # Where each year stands: every count keeps the years that date it (:mod:`.other_years`).
    year_spans = [
        (n.start, int(n.value))
        for i, n in enumerate(numbers)
        if is_year(n) and not year_like_total(numbers, i)
    ]
    years = {year for _, year in year_spans}
    if weekday is not None and years:
        weekday = None  # "since Beslan in 2004, which left 300 dead": another event's toll
    # Likewise beside a year other than its report's ("the 1996 fire, when 41 people died").
    elsewhere = reported is not None and bool(years - {reported.year})
    toll_day = None if elsewhere else reported  # a toll of no report day is never read
    named = capitalised_words(text)  # the places it is counted in, not "London Gatwick"
    # A language's function word capitalised at a sentence's start ("Una nuova eruzione") is
    # no place, though a place of that name exists somewhere.
    function = function_words(language)
    places = frozenset(
        w
        for _, e, w in named
        if is_place(w) and w.casefold() not in function and not named_after(text, e, language)
    )
    found = []
    spans = hour_spans(text, numbers, language)  # "2 hours 45 minutes": one length (.hour_spans)
    in_spans = {n.start for span in spans for n in span.numbers}
    sums = named_sums(text, language)  # a sum counts no currency: compared by .money alone
    for index, number in enumerate(numbers):
        if number.start in in_spans or in_sum(number, sums):
            continue
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if following and joins_range(text, number, following):
            continue  # "three to six days": the range is read at its upper end, below
        previous = numbers[index - 1] if index else None
        if (
            previous
            and text[previous.end : number.start] in "-–"
            and previous.value >= number.value
        ):
            continue  # "Boeing 787-8", "a 3-1 win": a model or a score, not a range or a count
        if previous and joins_range(text, previous, number):
            number = Number(previous.start, number.end, number.value, number.written,
                            number.in_words, number.qualifier, previous.value)  # fmt: skip
        if any(s <= number.start < e for s, e in dated):
            continue
        if is_year(number) and not year_like_total(numbers, index):
            continue  # "in 2023"; not "1966 أسيراً …، بينهم 1716 … و250" (:mod:`.totals`)
        if text[number.end : number.end + 1] in "-–/":
            # "three-day", "24/7": an adjective, not a count; "a 275-metre route" measures
            # the route (:mod:`.near_lengths`); "a 31-storey tower", storeys (:mod:`.attributive`).
            found += hyphenated(text, number, language, day, quote, places, reported)
            found += attributive_count(text, number, language, day, quote, places, reported)
            continue
        part = severity(text, number.start, number.end, language)
        if scope.revised(text, number.start, number.end, language) or (
            part is None and scope.another(text, number.start, number.end, language, number.hedge)
        ):
            # A first or updated value, or a second thing of its kind (:mod:`.scope`); "otros
            # cinco presentan lesiones leves" is the other part of the injured, not a second toll.
            continue
        lives = population_figure(text, number, language, _factors(language), quote, places)
        if lives is not None:  # "a city of 3 million inhabitants": also a count of its noun
            bound = _BOUNDS.get(number.qualifier or "", "") if number.low is None else ""
            found.append(replace(lives, bound=bound))
        who = perpetrator_count(text, number, language, following.start if following else None)
        if who is not None:  # "four gunmen", "au moins cinq hommes en armes": any language
            found.append(Figure(who[0], day, *who[1:], quote, noun=PERPETRATORS,
                                ranged=number.low is not None))  # fmt: skip
            continue
        if part is not None and (reported is not None or day is not None):
            # "five of them in serious condition": a part of the injured, a toll of its own
            # (compared like one: in every language between reports of one day).
            key = (ANY_LANGUAGE if reported is not None else language, f"{CASUALTIES} {part}")
            low, high = interval(number.value, number)
            shown = f"{number.hedge + ' ' if number.hedge else ''}{number.written} ("
            shown += f"{number.value:g}, {part})" if number.in_words else f"{part})"
            found.append(Figure(key, day, low, high, shown, quote, places, part,
                                reported=reported))  # fmt: skip
            continue
        counted = _counted(text, number.start, number.end, language)
        if aboard := aboard_figure(text, number, language, day, quote, places, reported):
            found.append(aboard)  # "with 212 on board": people carried (.bare_aboard)
            continue
        if tally is not None and number.end + 30 >= tally:
            # A running count ("76 so far"): reports hours apart rightly differ, so only a
            # toll is kept, as of its report ("the death toll rose to 137"; ``by_report``).
            toll = running_toll(text, number, counted and counted[:3], language, toll_day,
                                weekday is not None)  # fmt: skip
            if toll is not None:
                found.append(Figure(toll[0], day, *toll[1:], quote, places, toll[3].split()[-1],
                                     reported=reported, weekday=weekday))  # fmt: skip
            continue
        if counted is None or counted[1] == 1:
            # "fired five times", "quatre coups de feu", "trafen vier.": any language
            shots = shots_count(text, number, counted[0] if counted else "", language, following)
            if shots is not None:
                found.append(Figure(shots[0], day, *shots[1:4], quote, shots[4],
                                    noun=shots[0][1], ranged=number.low is not None))  # fmt: skip
                continue
        # "7 des 8", "four …, three more" (.parts); "16 people: … seven Russians" (.breakdowns)
        if share(text, numbers, index, language) or breakdown_share(text, numbers, index, language):
            continue  # (after the shots: "three of the six bullets struck" are the hits)
        if counted is None:
            # "The gunmen killed 133, officials said": a toll that counts no word.
            toll = running_toll(text, number, None, language, toll_day, weekday is not None)
            if toll is not None:
                found.append(Figure(toll[0], day, *toll[1:], quote, places, toll[3].split()[-1],
                                     reported=reported, weekday=weekday))  # fmt: skip
            continue
        noun, scale, key = counted[:3]
        value = number.value * scale
        if scale == 1:
            low, high = interval(value, number)
        else:  # "80 mila", "2,5 Mio.": the range of what is written, at its scale
            low, high = (bound * scale for bound in scaled_interval(number))
        if scale == 1 and number.low is None and not counted.unit and exact_beside(numbers, number):
            low = high = value  # "230 passengers and 12 crew": counted, not rounded
        written = text[number.start : number.end]
        multiplier = _WORD.search(text, number.end) if scale != 1 else None
        if multiplier is not None:  # "80 mila", "3 Mio.": a short form keeps its dot
            dot = text.startswith(".", multiplier.end())
            written = text[number.start : multiplier.end() + dot]
        shown = f"{number.hedge + ' ' if number.hedge else ''}{written} {noun}"
        if counted.unit and counted.end and scale != 1:  # "50 millions d'années-lumière"
            through = text[number.start : counted.end].rstrip(".")
            shown = f"{number.hedge + ' ' if number.hedge else ''}{through}"
        if number.in_words:
            shown += f" ({value:g})"
        measure = key[1].split(" ")[0] in UNITS or key[1].startswith(DISTANCE)
        kind = None if measure else casualty_kind(text, number.start, number.end, noun, language)
        if kind is None and not measure and spoken is not None:
            kind = casualty_kind(text, number.start, number.end, noun, spoken)
        loot = None if measure or kind or scale != 1 else stolen_count(text, number, noun, language)
        if loot is not None:  # "huit bijoux dérobés", "похитили девять предметов": any language
            found.append(Figure(loot[0], day, *loot[1:], quote, noun=STOLEN))
            continue
        if kind is None and not measure and one_item_of_list(text, number, numbers, language):
            continue  # "a frigate, a helicopter and three ships": a make-up (.compositions)
        if kind is None and not measure and personal_story(text, language):
            continue  # "moved from two hotels with her daughter": one family's (.personal)
        if kind is not None and reported is None and day is None and weekday is None:
            # A toll grows, so it is compared only for one day: a report of no known day
            # whose sentence dates nothing may be of any day ("36 dead" one day, "43" the next).
            continue
        if kind is not None and elsewhere:
            continue  # the toll of another year's event
        if kind is not None:
            # One quantity in every language, by its kind and not its noun ("40 people were
            # killed" and "50 people were injured" are two quantities): as of its report when
            # the report's day is known, else for the day its sentence dates (``day``).
            key = (ANY_LANGUAGE, f"{CASUALTIES} {kind}")
        what = counted.what or (
            (head_before(text, number.start, language) or "") if measure and " " in key[1] else ""
        )
        if counted.distance:  # compared in kilometres, shown as written
            low, high = low * in_kilometres(counted.unit), high * in_kilometres(counted.unit)
            what = counted.distance
        elif counted.unit:  # compared in its dimension's base unit, shown as written
            low, high = in_base(counted.unit, low, high, number)
        # Passengers, one count in every language (.passengers); not "242 passengers and
        # crew" (a sum, keyed by both nouns).
        plain = not (kind or measure or " " in key[1])
        carried = None
        if plain:  # passengers and guests, one count in every language
            carried = passenger_key(text, number.start, number.end, noun, language)
            carried = carried or guest_key(text, number.start, number.end, noun, language)
            if carried is None and not elsewhere:  # aboard, rescued (.people_roles)
                carried = people_role_key(text, number.start, number.end, noun, language,
                                          reported is not None or day is not None)  # fmt: skip
        headed = None if kind or measure else head_of_state_key(text, number.end, language)
        own = None
        if kind is None and not measure and scope.capacity(text, number.start, language):
            key = (key[0], f"{key[1]} capacity")  # how many it holds, not how many it held
        elif carried is not None:  # one count in every language (.passengers, .people_roles)
            key = carried
        elif headed is not None:  # heads of state, likewise (.state_heads)
            own, key = key, headed
        elif kind is None and not measure and scope.aboard(text, language):
            key = (key[0], f"{key[1]} aboard")  # occupants, not the hurt or the treated
        fate = "" if kind or measure else fate_of(text, number, noun, language)
        if not fate and not kind and not measure and spoken is not None:
            fate = fate_of(text, number, noun, spoken)  # a quote in its own language
        if key[0] != ANY_LANGUAGE and not (kind or measure or fate or elsewhere or headed):
            # A role noun ("14 teachers", "29 membres d'équipage"): one count in every
            # language, as passengers are (.role_nouns)
            narrowing = key[1].partition(" ")[2]
            key = role_key(text, number.start, number.end, noun, narrowing, language) or key
        # A crowd that gathered: tied across languages later (.crowds)
        crowd = plain and carried is None and is_crowd(text, number.start, number.end, noun,
                                                       language)  # fmt: skip
        figure = Figure(key, day, low, high, shown, quote, places, noun, measure=measure,
                        events=counted.events, own=own, fate=fate, crowd=crowd)  # fmt: skip
        ranged = number.low is not None
        bound = "" if ranged else _BOUNDS.get(number.qualifier or "", "")
        found.append(replace(figure, what=what, ranged=ranged, reported=reported, bound=bound,
                             weekday=weekday if kind is not None else None,
                             parts=parts_of(text, numbers, index, language),
                             years=frozenset() if measure else dating_years(
                                 text, year_spans, number.start, number.end)))  # fmt: skip
    found += [f for s in spans if (f := span_figure(text, s, language, day, quote, places))]
    return one_value_each(found)
