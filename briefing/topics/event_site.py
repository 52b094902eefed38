"""A place written right before the act is where it happened, not what it happened to.

Part of :mod:`briefing.topics.events`. The leads may write a listed name right before the
act's word (:func:`~.event_owner.owner_before`): a thing the act was done to ("Estlink 2
cable") or whose it is, and then the event is named after it and its topic stands for the
event. But a building or a town written so ("White House ceremony", "Élysée summit",
"Downing Street briefing") is where the act took place: it is no thing the act happened
to (unless the act's word is itself a thing's: "Lagos bridge" is the town's bridge), and
no country either (a country before the act says whose it is: "Romanian
election", :func:`~.event_whose.demonym_before`). Such a site names where the event
happened, as the leads write it (the name the texts use before the act, not the topic's
own name, which may be another alias of it), and the event still becomes a topic of its
own (:func:`~.event_topic.with_event`).

A body may be named for its seat ("White House", "Kremlin"): it is a site too when the leads
write it as where, after a preposition of place ("at the White House", "im Weißen Haus"),
which a party ("UBS takeover") never is. The site beats the leads' vote for countries
(:func:`~.event_place.country_wide`: the parties of a signing are countries, and the leads
name them first) and the most named place ("Israel signs pacts …": one party's country).
Without a site the caller keeps those choices.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from briefing.model import Topic
from briefing.topics.event_doer import LEADS, PLACE
from briefing.topics.event_place import is_country, preposition_at
from briefing.topics.event_whose import ends_with_word
from briefing.topics.lexicon import GEO_HEADS, OTHER_HEADS, VENUE_HEADS

#: Heads of things' names ("bridge", "tower", "river"): a place before one names the thing.
_THINGS = VENUE_HEADS | GEO_HEADS | OTHER_HEADS


def site_before(
    leads: Sequence[str], head: str, owner: Topic | None, states: Collection[str]
) -> str | None:
    """The alias of ``owner`` the leads write right before ``head`` the most often, when
    ``owner`` is a place below a country (a town, a building, a site), or a body the leads
    write as where, after a preposition of place, in :data:`~.event_doer.LEADS` leads or
    more (a seat named for its body: "at the White House", "im Weißen Haus"; never a
    party such as "UBS takeover"), else None."""
    if owner is None or owner.kind not in ("place", "organisation"):
        return None
    if owner.name in states or is_country(owner.name):
        return None
    if owner.kind == "organisation" and written_where(leads, owner) < LEADS:
        return None
    if head.casefold() in _THINGS:
        return None  # "Lagos bridge": a thing named after its town, no act done there
    aliases = sorted({a for a in (owner.name, *owner.aliases) if a[:1].isupper()})
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    written: Counter[str] = Counter()
    for lead in leads:
        for m in pattern.finditer(lead):
            window = lead[max(0, m.start() - 80) : m.start()].rstrip()
            found = [a for a in aliases if ends_with_word(window.casefold(), a.casefold())]
            if found:
                written[max(found, key=lambda a: _as_written(a, window, owner.name))] += 1
    best = written.most_common(1)
    return best[0][0] if best else None


def _as_written(alias: str, window: str, name: str) -> tuple[int, bool, bool, str]:
    """How well ``alias`` names what ``window`` ends with, to pick one of the aliases that
    all match it once case-folded ("New" and "NEW" before "new"): the longest, then the one
    written so, then the topic's name, then the greatest string. A total order: picking by
    length alone took whichever of two equal-length aliases a set of strings gave first,
    and that order changes from run to run with Python's string hashing (the main event
    came out "at the New" in one run and "in NEW" in the next on the same articles)."""
    return len(alias), window.endswith(alias), alias == name, alias


def at_site(leads: Sequence[str], site: str) -> str:
    """ "at the White House" where the leads write the site's name after "the" (a building,
    a landmark, whose name takes the article), else :func:`.preposition_at`'s "in Paris"."""
    the = re.compile(rf"\bthe\s+{re.escape(site)}\b")
    if any(the.search(lead) for lead in leads):
        return f"at the {site}"
    return f"{preposition_at(site)} {site}"


#: The word right before a name, a space between.
_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)\s+$")


def written_where(leads: Sequence[str], topic: Topic) -> int:
    """How many ``leads`` write one of ``topic``'s names after a preposition of place ("at
    the", "à la", "im", "в"; an article between: "at the White House")."""
    names = sorted(
        {a for a in (topic.name, *topic.aliases) if a.strip()}, key=lambda s: (len(s), s)
    )
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(n) for n in reversed(names))})(?!\w)")
    articles = {"the", "la", "le", "l", "el", "der", "die", "dem", "des"}
    count = 0
    for lead in leads:
        for match in pattern.finditer(lead):
            words = lead[max(0, match.start() - 24) : match.start()].replace("'", " ").split()
            words = words[-2:] if words and words[-1].casefold() in articles else words[-1:]
            if words and words[0].casefold() in PLACE:
                count += 1
                break
    return count
