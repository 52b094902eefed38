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

Without such a site the caller keeps its plainer choice (the most named place), which is
often the country of one party ("Israel signs pacts …"), not where the act was done.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from briefing.model import Topic
from briefing.topics.event_place import is_country, preposition_at
from briefing.topics.event_whose import ends_with_word
from briefing.topics.lexicon import GEO_HEADS, OTHER_HEADS, VENUE_HEADS

#: Heads of things' names ("bridge", "tower", "river"): a place before one names the thing.
_THINGS = VENUE_HEADS | GEO_HEADS | OTHER_HEADS


def site_before(
    leads: Sequence[str], head: str, owner: Topic | None, states: Collection[str]
) -> str | None:
    """The alias of ``owner`` the leads write right before ``head`` the most often, when
    ``owner`` is a place below a country (a town, a building, a site), else None."""
    if owner is None or owner.kind != "place" or owner.name in states or is_country(owner.name):
        return None
    if head.casefold() in _THINGS:
        return None  # "Lagos bridge": a thing named after its town, no act done there
    aliases = sorted({a for a in (owner.name, *owner.aliases) if a[:1].isupper()}, key=len)
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    written: Counter[str] = Counter()
    for lead in leads:
        for m in pattern.finditer(lead):
            window = lead[max(0, m.start() - 80) : m.start()].rstrip()
            found = [a for a in aliases if ends_with_word(window.casefold(), a.casefold())]
            if found:
                written[max(found, key=len)] += 1
    best = written.most_common(1)
    return best[0][0] if best else None


def at_site(leads: Sequence[str], site: str) -> str:
    """ "at the White House" where the leads write the site's name after "the" (a building,
    a landmark, whose name takes the article), else :func:`.preposition_at`'s "in Paris"."""
    the = re.compile(rf"\bthe\s+{re.escape(site)}\b")
    if any(the.search(lead) for lead in leads):
        return f"at the {site}"
    return f"{preposition_at(site)} {site}"
