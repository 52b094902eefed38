"""Places named only as items of an enumeration: "institutes of the US, Spain, Chile, France
and Mexico", "米、ベルギー、中国など".

A story that reached many places, or was made by many, lists them: the partner countries of a
telescope, the cities of six press conferences, the countries an outage hit. Each item is one
of many; the story is not about it, and a place every use of which is such an item (or one
more qualifier, yardstick or field of a comparison, :func:`~.rank._elsewhere_but_once`) is
no key topic. :func:`~.weak_mentions.listed` already weighs a list's items a third, but it
is asked after the names written once are dropped, so the list it sees has holes ("США,
Испании, Чили": Spain written once is gone, and the two left are no list of three); here
every found name counts, those written once too (:func:`every_name`).

A list is a run of names with nothing but list glue between them (a comma, the ideographic
comma, "and" in the languages read here: :data:`_GLUE`): three names or more, or two and
"etc." right after the last in the packet's languages ("など", "等", "등", "usw.", "и т. д."):
a closed class of words, read from the text, never from a list of places.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.weak_mentions import _AND_OR, _LIST_GLUE

#: List glue in every language read here: :data:`~.weak_mentions._LIST_GLUE` (commas, the
#: ideographic comma, English "and") or a comma and "and", "und", "et", "и", "ve", "και" ...
#: (:data:`~.weak_mentions._AND_OR`, a closed class, and a few more).
_GLUE = re.compile(
    _LIST_GLUE.pattern + r"|,?\s(?:" + _AND_OR + r"|og|och|și|και|és|ja)\s", re.IGNORECASE
)

#: "And so on" right after a list's last item: Latin and Cyrillic abbreviations, Japanese な
#: ど, Chinese and Japanese 等, Korean 등 (after a space).
_ETC = re.compile(
    r"(?:,?\s*(?:etc\.|etc\b|usw\.|u\.\s?a\.|и\s?т\.\s?д\.|и\s?т\.\s?п\.|и\s?др\.|і\s?т\.\s?д\.)"
    r"|など|等|\s?등(?![가-힣]))"
)


def enumerated(
    every: Iterable[Occurrence], paragraphs: Mapping[tuple[str, int], str]
) -> set[Occurrence]:
    """The uses, among ``every`` found name's, that are items of a list (see the module's
    docstring). Datelines are not asked: where the reporter was may be where the story is."""
    by_paragraph: dict[tuple[str, int], list[Occurrence]] = defaultdict(list)
    for o in every:
        by_paragraph[(o.article, o.paragraph)].append(o)
    found: set[Occurrence] = set()
    for key, occs in by_paragraph.items():
        if len(occs) < 2:
            continue
        text = paragraphs.get(key, "")
        run: list[Occurrence] = []
        for o in sorted(occs, key=lambda o: (o.start, -o.end)):
            if run and o.start < run[-1].end:
                continue  # nested in the previous mention
            if run and _GLUE.fullmatch(text[run[-1].end : o.start]):
                run.append(o)
                continue
            found.update(_items(run, text))
            run = [o]
        found.update(_items(run, text))
    return found


def _items(run: list[Occurrence], text: str) -> list[Occurrence]:
    """The run's names when it is a list: three or more, or two and "etc." after them."""
    if len(run) >= 3 or (len(run) == 2 and _ETC.match(text, run[-1].end)):
        return run
    return []


def listed_country(
    occurrences: Sequence[Occurrence], items: set[Occurrence], name: Callable[[], str]
) -> set[Occurrence] | frozenset[Occurrence]:
    """The uses of a place that are items of a list (``items``) when the place is a country
    (ISO 3166's names, by pycountry; ``name`` is asked only when a use is an item): a
    country in a list of countries is one participant or one place the story reached, while
    a town in a list of towns is often where it happened ("press conferences in Brennvik,
    Ostmark and Kelvar"), a setting of the story however it is written."""
    found = {o for o in occurrences if o in items}
    if not found:
        return frozenset()
    from briefing.topics.event_place import is_country

    named = name()
    return found if is_country(named.removeprefix("The ")) else frozenset()
