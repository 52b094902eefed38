"""A body's name in Han, kana or Hangul, followed by its Latin acronym in brackets.

"世界衛生組織(WHO)", "世界保健機関(WHO)", "세계보건기구(WHO)": Chinese, Japanese and Korean
texts name a body in their own script and give the acronym the world knows it by right after
it. The first pass takes no name from these scripts (they have no capitals), so the long form
stays out of the acronym's topic although the text itself says they are one body. This module
reads the pair from the text: the run of Han, katakana or Hangul letters right before a bracket
holding one acronym and nothing else.

Where the name starts: hiragana (Japanese particles), punctuation, a space or a digit ends the
run, so "は世界保健機関(WHO)" gives "世界保健機関". A Korean particle written both before and
after the bracket ("세계보건기구가(WHO)가") is cut off before it; any other last syllable stays,
since many names end in one that is also a particle ("경기도", a province; "-로", a street).
Chinese writes no boundary, so words before the name may stay glued to it: a run longer than
:data:`LETTERS_EACH` letters for each of the acronym's is read as more than a name and left
out; a short word left glued ("据世界卫生组织") is still the same body's, never another's.

Guards, since two bodies must never be joined: the acronym is already a topic the packet
writes alone in :data:`MIN_ARTICLES` articles or more (so one bracket makes no topic of a
code), its topic holds no person or place; the run has at least as many letters as the acronym
(an acronym of five letters does not stand for a word of four: "비상사태(PHEIC)" is the last
word of a longer name) and at most :data:`LETTERS_EACH` times as many; every bracket after
that run holds the same acronym; the run is no place the gazetteer knows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import KOREAN_PARTICLES
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA

#: Fewest articles that write the acronym alone for it to be a topic of its own.
MIN_ARTICLES = 2
#: Most letters of the long form for each letter of the acronym: a word of a name is one to
#: three letters in these scripts ("世界衛生組織", WHO: two each), so a longer run holds more
#: than the name ("根據美國聯邦航空總署(FAA)", according to the FAA; "宣布該國最大銀行瑞銀(UBS)").
LETTERS_EACH = 3
#: Most letters of a long form read before a bracket.
MAX_LETTERS = 16
_PAIR = re.compile(
    rf"(?<![{HAN}{KATAKANA}{HANGUL}])(?P<long>[{HAN}{KATAKANA}{HANGUL}]{{2,{MAX_LETTERS}}})"
    r"\s?[(（]\s*(?P<short>[A-Z][A-Z0-9]{1,7})\s*[)）]"
)
_HANGUL = re.compile(f"[{HANGUL}]+")
#: One-syllable Korean particles, the ones a writer doubles around a bracket.
_SHORT_PARTICLES = frozenset(p for p in KOREAN_PARTICLES if len(p) == 1)


def _long_form(match: re.Match[str], text: str) -> tuple[int, str]:
    """(start offset, text) of the long form: the run, less a doubled Korean particle (a run
    of two letters is never cut: :data:`_PAIR` reads two at least, and one is no name)."""
    long = match.group("long")
    after = text[match.end() : match.end() + 1]
    if (
        len(long) > 2
        and _HANGUL.fullmatch(long)
        and long[-1] in _SHORT_PARTICLES
        and after == long[-1]
    ):
        long = long[:-1]
    return match.start("long"), long


def uncased_pairs(
    paragraphs: Iterable[tuple[str, int, str]],
    occ: Mapping[str, list[Occurrence]],
    kinds: Mapping[str, Counter[str]],
    find: Callable[[str], str],
    key: Callable[[str], str],
    place: Callable[[str], bool],
) -> list[tuple[Occurrence, str]]:
    """(occurrence of the long form, acronym key) pairs to join (see the module's docstring).

    ``occ`` and ``kinds``: the builder's sightings and kinds by key; ``find``: a key's root;
    ``key``: the key of a written name; ``place``: whether a text is a known place."""
    found: dict[str, list[tuple[Occurrence, str]]] = defaultdict(list)
    for article, index, text in paragraphs:
        if "(" not in text and "（" not in text:
            continue
        for match in _PAIR.finditer(text):
            start, long = _long_form(match, text)
            short = match.group("short")
            if not len(short) <= len(long) <= LETTERS_EACH * len(short) or place(long):
                continue
            occurrence = Occurrence(article, index, start, start + len(long), long)
            found[long].append((occurrence, key(short)))
    members: dict[str, list[str]] = defaultdict(list)
    for k in kinds:
        members[find(k)].append(k)
    pairs: list[tuple[Occurrence, str]] = []
    for uses in found.values():
        shorts = {short for _o, short in uses}
        if len(shorts) != 1:
            continue  # one run before two acronyms: which one it names is unclear
        short = shorts.pop()
        if short not in kinds or not kinds[short]["acronym"]:
            continue
        alone = {o.article for o in occ.get(short, ()) if o.surface.isupper()}
        root = find(short)
        if len(alone) < MIN_ARTICLES or any(
            kinds[k]["person"] or kinds[k]["place"] for k in members[root]
        ):
            continue
        pairs.extend(uses)
    return pairs
