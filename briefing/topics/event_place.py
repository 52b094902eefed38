"""Where the main event happened, as the articles' leads say in any language.

Part of :mod:`briefing.topics.events`, read when no English lead writes the place right after
the act (:func:`~briefing.topics.event_venue.venue_of`: "heist at the Louvre"). A news lead
says where it happened before it says anything else of place: "Kahramanmaraş'ın Pazarcık
ilçesinde ... deprem", "L'épicentre se situe dans le district de Pazarcik". The most named
city of the packet is often another one: the largest the act touched, the one the rescue
works from, or the capital the wires file from (a dateline, "Sofia, 3 May (Reuters) -",
says where the reporter is and votes for nothing). So each article's lead votes for the
first place below a country it names; a place in an enumeration ("Kahramanmaraş, Malatya,
Gaziantep, Hatay ...": where it was felt, where people died) votes for nothing. A place
most voting articles agree on, in a tenth of the articles and two or more, is where it
happened; a town the leads write right beside it in two of them ("Kahramanmaraş'ın Pazarcık
ilçesinde", "Pazarcık, Kahramanmaraş"), and named by fewer articles than it, is the narrower
place and comes first ("Pazarcık, Kahramanmaraş"); so does a building or site written beside
it (:func:`is_venue`: "Moskova'daki Crocus City Hall"), however many articles name it. No
agreement: None, and the caller keeps its plainer choice.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefing.model import Topic

#: How many leads are read for where the event happened: a sample as good as all of them.
PLACE_LEADS = 1000

#: Between two places of one enumeration: commas, a short conjunction ("and", "ve", "и"), or
#: a case ending after an apostrophe that glues a province to its town ("Kahramanmaraş'ın").
_JOIN = re.compile(r"^(?:[’']\w{1,3})?[\s,;]*(?:\w{1,3}\s+)?$")
#: What follows a dateline's place: "Bratislava, 15 May (Reuters) - ", "Kyiv — ".
_DATELINE = re.compile(r"(?:,[^.,—–(\n]{0,25})?\s*(?:\([^)\n]{0,30}\))?\s*[—–-]\s")
#: Two places joined only by "and" or "or" are two places, not a town in its region.
_AND = re.compile(
    r"^[\s,]*(?:and|or|und|oder|et|ou|e|o|y|ve|veya|и|или|і|та|або|i|oraz|lub)[\s,]*$",
    re.IGNORECASE,
)
#: The share of the articles (and two at least) whose leads must vote for the place: two
#: leads of a thousand articles agree on a place by chance.
SHARE = 1 / 10
#: How many places in a row make an enumeration.
LIST = 3
#: Between a town and its region: a case ending after an apostrophe, a comma, one word at
#: most ("Varden'in Osko", "Osko, Varden", "Osko in Varden"); more words are a clause
#: ("Osko on Monday, officials in Brell" names two places, not one in the other). Quotation
#: marks around a venue's name are no word (Moskova'daki "Crocus ...", „Arena“ bei Osko).
_BESIDE = re.compile(r"^[\s\"“”„«»]*(?:[’']\w{1,4})?[\s,\"“”„«»]*(?:[^\W\d_]+[\s,\"“”„«»]+)?$")


def where_in(
    leads: Sequence[str], best: Sequence[Topic], states: frozenset[str], country: str | None = None
) -> str | None:
    """Where the event happened, for :mod:`.events`: the place the leads agree it happened
    in (:func:`lead_place`), below a country: a city or town of the best topics that two
    articles or more name (a small town may be named by few; the leads' vote is what makes
    it the place), not a state. The countries instead when the leads name no place below
    them (:func:`country_wide`; with ``country``, only those that start with it, else
    None: "Norway" written after the act becomes "Norway and Sweden")."""
    places = [t for t in best if t.kind == "place"]
    wide = country_wide(leads, places)
    if country is not None or wide is not None:
        return wide if country is None or (wide or "").startswith(country) else None
    below = [t for t in places if len(t.articles) >= 2 and t.name not in states]
    below = [t for t in below if not is_country(t.name) and not is_river(t)]
    return lead_place(leads, below, places)


def is_river(place: Topic) -> bool:
    """A river (one of its names has a river's head: "River Seine", "río Sena",
    :func:`~.landmarks.split_name`): it runs through many towns, and a lead naming it first
    ("along the Seine in Paris") says where on it, not which town."""
    from briefing.topics.landmarks import split_name

    return any((split_name(a) or ("", ""))[0] == "river" for a in place.aliases)


def lead_place(
    leads: Sequence[str], places: Sequence[Topic], every_place: Sequence[Topic]
) -> str | None:
    """The place the leads (one per article, a paragraph a line) agree the event happened
    in, as it is to be written ("Pazarcık, Kahramanmaraş"), or None. ``places`` are the
    candidates (below a country); ``every_place`` are all the place topics, for telling an
    enumeration."""
    pattern, ids = _pattern(every_place)
    votes: Counter[str] = Counter()
    found_in: list[list[tuple[int, int, str]]] = []
    wanted = {t.id for t in places}
    names = {t.id: t.name for t in places}
    for lead in leads:
        spots = [(m.start(), m.end(), ids[m.group()]) for m in pattern.finditer(lead)]
        # A dateline says where the reporter files from, not where it happened.
        spots = [s for s in spots if not _dateline(lead, s)]
        found_in.append(spots)
        listed = _enumerated(spots, lead)
        # A country before it ("in southern Turkey, in Kahramanmaraş") says less.
        first = next((s for s in spots if s[2] in wanted and s not in listed), None)
        if first is not None:
            votes[addressed_in(first, spots, lead, names)[2]] += 1
    if not votes:
        return None
    ranked = votes.most_common(2)
    best, n = ranked[0]
    least = max(2, len(leads) * SHARE)
    if n < least or (len(ranked) > 1 and ranked[1][1] == n) or 2 * n < sum(votes.values()):
        return None
    named = {t.id: t for t in places}
    town = _town(best, leads, found_in, named)
    return f"{town.name}, {named[best].name}" if town is not None else named[best].name


#: The comma of an address ("Boca Chica, Texas"), in any script.
_ADDRESS_COMMA = re.compile(r"\s*[,،，、]\s*$")


def addressed_in(
    spot: tuple[int, int, str],
    spots: list[tuple[int, int, str]],
    lead: str,
    wanted: Mapping[str, str],
) -> tuple[int, int, str]:
    """The state or country a town is written in as its address ("Boca Chica, Texas":
    Texas; ``wanted``: the candidates' ids → names), when it is a candidate too, else the
    town: the lead votes for the wider place, and the town is
    named with it by :func:`_town` when leads agree on it. A town too small for the
    gazetteer is named by as many articles as its state, and the votes split between them
    would name neither."""
    from briefing.topics.address_places import region_or_country

    after = next((s for s in spots if s[0] >= spot[1]), None)
    if after is None or after[2] not in wanted or after[2] == spot[2]:
        return spot
    if not _ADDRESS_COMMA.match(lead[spot[1] : after[0]]):
        return spot
    return after if region_or_country(wanted[after[2]]) else spot


def country_wide(leads: Sequence[str], every_place: Sequence[Topic]) -> str | None:
    """The country or countries the event spans, as the leads write it ("Spain and
    Portugal"), or None.

    An outage, a strike or a flood across a country has no town of its own: the leads name
    the country and no place in it ("a blackout brought much of Spain and Portugal to a
    standstill"), and a town some of them name is where a reporter saw it, not where it
    happened. A lead that names a place below a country outside an enumeration or a
    dateline votes for a place in it; one that names countries alone, for its first
    country. When more leads vote for the countries than for places in them (two at least),
    the event spans the country most of them name first, with the countries the leads join
    to it by "and" in two leads or more ("Spain and Portugal", "España y Portugal")."""
    pattern, ids = _pattern(every_place)
    named = {t.id: t for t in every_place}
    countries = {i for i, t in named.items() if is_country(t.name)}
    below = 0
    first: Counter[str] = Counter()
    joined: Counter[str] = Counter()
    for lead in leads:
        spots = [(m.start(), m.end(), ids[m.group()]) for m in pattern.finditer(lead)]
        spots = [s for s in spots if not _dateline(lead, s)]
        listed = _enumerated(spots, lead)
        states = [s for s in spots if s[2] in countries]
        if any(s[2] not in countries and s not in listed for s in spots):
            below += 1
            continue
        if not states:
            continue
        first[states[0][2]] += 1
        joined.update(
            {
                a[2] if b[2] == states[0][2] else b[2]
                for a, b in itertools.pairwise(states)
                if a[2] != b[2] and states[0][2] in (a[2], b[2]) and _AND.match(lead[a[1] : b[0]])
            }
        )
    ranked = first.most_common(2)
    alone = sum(first.values())
    if (
        not ranked
        or alone <= below
        or alone < 2
        or (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
    ):
        return None
    main = ranked[0][0]
    partners = [named[i].name for i, n in joined.most_common() if n >= 2 and i != main]
    names = [named[main].name, *partners]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _dateline(lead: str, spot: tuple[int, int, str]) -> bool:
    """The place opens a line of the lead (a paragraph) and a dateline's tail follows it."""
    opening = lead[lead.rfind("\n", 0, spot[0]) + 1 : spot[0]]
    return not opening.strip() and _DATELINE.match(lead, spot[1]) is not None


def _town(
    region: str,
    leads: Sequence[str],
    found_in: list[list[tuple[int, int, str]]],
    named: dict[str, Topic],
) -> Topic | None:
    """A candidate place written right beside ``region`` (:data:`_BESIDE`) in two leads or
    more, named by fewer articles than it: the town in it."""
    beside: Counter[str] = Counter()
    for lead, spots in zip(leads, found_in, strict=True):
        near = set()
        for a in (s for s in spots if s[2] == region):
            for b in spots:
                if b[2] == region or b[2] not in named:
                    continue
                gap = lead[min(a[1], b[1]) : max(a[0], b[0])]
                if _BESIDE.match(gap) and not _AND.match(gap):
                    near.add(b[2])
        beside.update(near)
    towns = [
        named[i]
        for i, n in beside.items()
        if n >= 2 and (len(named[i].articles) < len(named[region].articles) or is_venue(named[i]))
    ]
    return max(towns, key=lambda t: (beside[t.id], t.name), default=None)


def _enumerated(spots: list[tuple[int, int, str]], lead: str) -> set[tuple[int, int, str]]:
    """The spots that stand in a run of :data:`LIST` places or more joined by :data:`_JOIN`."""
    listed: set[tuple[int, int, str]] = set()
    run = spots[:1]
    for prev, spot in itertools.pairwise(spots):
        if _JOIN.match(lead[prev[1] : spot[0]]):
            run.append(spot)
            continue
        if len(run) >= LIST:
            listed.update(run)
        run = [spot]
    if len(run) >= LIST:
        listed.update(run)
    return listed


def _pattern(places: Sequence[Topic]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every capitalised alias of the places as whole words, longest first
    (a case ending after an apostrophe may follow: "Kahramanmaraş’ın"), and which place
    each alias is."""
    ids = {a: t.id for t in reversed(places) for a in t.aliases if a[:1].isupper() and len(a) > 2}
    # An alias two places share goes to the better ranked (the first of ``places``).
    if not ids:
        return re.compile(r"(?!)"), ids
    alternatives = "|".join(re.escape(a) for a in sorted(ids, key=lambda a: (-len(a), a)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), ids


def is_venue(place: Topic) -> bool:
    """A building or site, by the head noun its name ends with ("Crocus City Hall", "Vesper
    Arena"): inside the city it is written beside, however widely it is named."""
    from briefing.topics.lexicon import VENUE_HEADS

    words = place.name.split()
    return len(words) > 1 and words[-1].casefold() in VENUE_HEADS


def is_country(name: str) -> bool:
    """``name`` is a country's (ISO 3166's names, official and common)."""
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


#: Head nouns that make a country's name a common noun's phrase, which English writes with
#: "the": "the United Kingdom", "the Czech Republic", "the United Arab Emirates".
_COMMON_HEADS = frozenset({"kingdom", "states", "republic", "emirates", "islands", "union"})


def with_article(where: str) -> str:
    """``where`` as a place written after a preposition: "the United Kingdom" (its name ends
    with a common noun, :data:`_COMMON_HEADS`), "Genoa", "Pazarcık, Kahramanmaraş"."""
    words = where.split(",")[0].split()
    if len(words) > 1 and words[-1].casefold() in _COMMON_HEADS and words[0] != "the":
        return f"the {where}"
    return where


def preposition_at(where: str) -> str:
    """ "at" before a building or site ("at Crocus City Hall, Moscow"), else "in"."""
    from briefing.topics.lexicon import VENUE_HEADS

    words = where.split(",")[0].split()
    return "at" if len(words) > 1 and words[-1].casefold() in VENUE_HEADS else "in"
