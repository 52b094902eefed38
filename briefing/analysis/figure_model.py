"""A figure as read: a number, what it counts or measures, and the quote that states it.

Kept apart from :mod:`.figure_reading` so that the readers of special counts (:mod:`.precise`)
can build figures without importing the reader that calls them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing.analysis.days import Day
from briefing.analysis.model import Quote


@dataclass(frozen=True, slots=True)
class Figure:
    key: tuple[str, str]
    day: Day | None
    low: float
    high: float
    value: str
    quote: Quote
    places: frozenset[str] = frozenset()
    #: What is counted, as written ("jewels"), for the report's wording.
    noun: str = ""
    #: For an enumeration: the stems of its paragraph, any of which it may be counting.
    counts: frozenset[str] = field(default_factory=frozenset)
    #: A measurement in a unit (a depth, a duration), not a count: it does not add up over
    #: places, so figures naming overlapping places measure the same thing.
    measure: bool = False
    #: What a measurement is of, as written ("depth" in "a depth of 17.9 km"), else "".
    what: str = ""
    #: Written as a range ("three to six", "tres o cuatro"): the writer's own doubt.
    ranged: bool = False
    #: A hedge bounding the figure on one side only: "lower" ("more than", "at least"),
    #: "upper" ("less than", "under"), "maximum" ("up to": often a limit or a possibility,
    #: a sentence's "faces up to 25 years", not what happened); else "".
    bound: str = ""
    #: The day the article was published (when stated to the day), for tolls that grow.
    reported: dt.date | None = None
    #: For a toll of an article with no day of publication whose sentence dates it by a
    #: weekday only: that weekday (0 = Monday), placed in the story's week later
    #: (:mod:`.report_days`); else None.
    weekday: int | None = None
    #: Likewise for a Chinese, Japanese or Korean toll dated by a bare day of the month only
    #: ("5일 오전 현재", "5日現在"): that day of the month, placed in the story's week later.
    monthday: int | None = None
    #: For an age: the folded words of the person's full name (:func:`.ages.one_person_each`).
    person: frozenset[str] = frozenset()
    #: For an offset ("30 seconds after take-off"): the stems of what its sentence reports,
    #: the event at the span's far end (:mod:`.scope`); else empty.
    events: frozenset[str] = frozenset()
    #: For a round population hedged "about" ("etwa 310.000 Einwohner"): the unit it is rounded
    #: to (10,000), else 0; two such figures of one unit that differ are rivals though their
    #: hedged intervals overlap (:func:`.population_forms.same_rounding`).
    rounded: float = 0.0
    #: The times of day its sentence states, in minutes after midnight (:mod:`.clock_stages`):
    #: a count given as of one time of day is not compared with one given as of another.
    clocks: frozenset[int] = frozenset()
    #: For a total its own sentence splits ("48 hostages, of whom 20 alive"; :mod:`.totals`):
    #: the values of its parts. Another source's count of one of them counts that part.
    parts: frozenset[float] = frozenset()
    #: For a count keyed in every language by a closed class (:mod:`.state_heads`): the key
    #: of its own noun in its language, taken back when the packet writes the class in one
    #: language only (where the noun compares as it always has, with lists too).
    own: tuple[str, str] | None = None
    #: For a count (not a measurement): the years its sentence names ("in 1992, 263 died"),
    #: read against the story's year once it is known (:mod:`.other_years`).
    years: frozenset[int] = frozenset()
    #: What befell what a count counts, read from its clause ("held", "freed", "dead"; else
    #: ""): counts of one noun with two fates are two quantities (:mod:`.fates`).
    fate: str = ""
    #: Given by a sentence that calls its figures the first ones ("selon un premier bilan"):
    #: its moment's count, compared only with another first count (:mod:`.first_figures`).
    first: bool = False
    #: A crowd that gathered ("100,000 fans lined the route", "約15万人が集まった"), one count in
    #: every language once tied by a topic its sentences share (:mod:`.crowds`).
    crowd: bool = False
    #: For a Chinese, Japanese or Korean count keyed by its counter alone: the noun written
    #: beside it that no other article vouches for ("報道陣" of "約100人の報道陣"), else "".
    #: Two counts of one counter naming two nouns count two groups (:mod:`.cjk_nouns_after`).
    named: str = ""


#: Between a key's quantity and what narrows it to one thing ("times stronger @September 2016",
#: "magnitude @USGS first"): the report names the quantity by what comes before it, and says
#: the rest in the figure's :attr:`Figure.what`.
NARROWED = " @"


def key_label(key: str) -> str:
    """The report's name for a key's quantity: what comes before :data:`NARROWED`."""
    return key.split(NARROWED, 1)[0]


def apart(a: Figure, b: Figure) -> bool:
    """Whether two figures' intervals do not overlap: they cannot both be true."""
    return max(a.low, b.low) > min(a.high, b.high)
