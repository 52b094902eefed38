"""Whether a found name or theme is an aside rather than a topic (part of :mod:`.assemble`).

The tests themselves live in :mod:`.asides`, :mod:`.name_asides`, :mod:`.themes_usage` and
:mod:`.themes_cut`; these two functions say which apply to which kind, and are asked lazily,
only of the clusters the ranking scores. Apart from the assembly because assemble.py was past
400 lines.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from briefing.topics.asides import (
    apposed,
    describes_name,
    medium,
    possessed,
)
from briefing.topics.candidates import Occurrence
from briefing.topics.name_asides import hyphen_tail, street_name, title_before_person
from briefing.topics.place_words import part_theme, place_kind_theme
from briefing.topics.rank import Cluster
from briefing.topics.themes_cut import body_cut_short
from briefing.topics.themes_modifier import cut_before_noun
from briefing.topics.themes_usage import (
    after_preposition,
    introduced_anew,
    landmark,
    names_the_next,
    quoted,
)

__all__ = ["aside", "aside_theme"]


def aside(cluster: Cluster, texts: dict[tuple[str, int], str], function: frozenset[str]) -> bool:
    """A body named as the medium a statement went through ("on Telegram") or a thing
    someone has ("their DNA"): :mod:`briefing.topics.asides`; a name that is the tail of a
    hyphenated word ("dpa-AFX") or, for a person, a street's ("bulevardul Regina
    Elisabeta"): :mod:`briefing.topics.name_asides`. ``function``: the packet's function
    words."""
    occs = cluster.occurrences
    if cluster.kind in ("organisation", "person") and hyphen_tail(occs, texts):
        return True  # "AFX" of "dpa-AFX": :mod:`.name_asides`
    if cluster.kind == "person" and street_name(occs, texts):
        return True  # "bulevardul Regina Elisabeta": an address
    if cluster.kind == "organisation":
        return (
            medium(occs, texts)
            or possessed(occs, texts, function)
            # "Archbishop of Brenn, Justina Vell": her title (:mod:`.name_asides`)
            or title_before_person(occs, texts)
        )
    return False


def aside_theme(
    occurrences: list[Occurrence],
    texts: dict[tuple[str, int], str],
    names: set[str],
    heads: dict[str, set[str]],
    languages: Mapping[str, str] | None = None,
    place_forms: Mapping[str, set[str]] | None = None,
) -> bool:
    """A theme that only says what kind of place or thing a listed one is ("Juraj Cintula,
    a former security guard", "the concert hall"): :mod:`briefing.topics.asides`; or what
    kind of body the name after it is ("the news agency Ansa"), or a set phrase after a
    preposition ("in serious condition"), a speaker's words every use quotes, a thing
    every use brings in anew ("a literary club") or one that only places another ("near
    the emergency exit"): :mod:`briefing.topics.themes_usage`.
    A theme mostly written as the tail of a hyphenated word ("year prison" of "five-year
    prison") is a piece of a longer phrase (:mod:`.name_asides`).
    A one-word theme nearly always written beside a place's adjective is a body's name cut
    short ("the Turkish presidency"): :mod:`briefing.topics.themes_cut`. A theme nearly
    always followed by another noun of its phrase is cut before its noun ("worst mining" of
    "worst mining disaster"): :mod:`briefing.topics.themes_modifier`.
    ``languages``: article id → language. ``names``: all listed names' written forms;
    ``place_forms``: article id → its places' written forms."""
    text_of = functools.partial(_text, texts)
    return (
        hyphen_tail(occurrences, texts)  # "year prison" of "five-year prison": a piece
        or apposed(occurrences, texts, names)
        or describes_name(occurrences, heads, languages)
        or after_preposition(occurrences, text_of)
        or names_the_next(occurrences, text_of)
        or quoted(occurrences, text_of)
        or introduced_anew(occurrences, text_of, languages or {})
        or landmark(occurrences, text_of)
        or body_cut_short(occurrences, text_of, place_forms or {})
        or cut_before_noun(occurrences, text_of, languages or {})
        # "coastal villages": the listed places under their common noun; "the lunar surface":
        # a part of one (:mod:`.place_words`)
        or place_kind_theme(o.surface for o in occurrences)
        or part_theme(o.surface for o in occurrences)
    )


def _text(texts: dict[tuple[str, int], str], article: str, paragraph: int) -> str:
    return texts.get((article, paragraph), "")
