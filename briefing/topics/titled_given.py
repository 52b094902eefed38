"""One person named by a title and one given name across scripts: "Prince Harry", "принц Гарри",
"해리 왕자", "الأمير هاري", "哈利王子".

A person called by a title and a given name alone has no surname for
:func:`~.person_spellings.same_person` or :mod:`.uncased_people` to match: the full-name
matches need two words, and a given name alone is too short a sound to look for ("Harry" keeps
one consonant once its spellings by ear are folded). The title is what makes it safe: two
uses are one person when

- each stands right after (or, in Chinese, Japanese and Korean, right before) a title of the
  same office (:mod:`.personal_titles`: "Prince William" is no "King William");
- their names keep the same sounds (:func:`given_keys`: the consonants of
  :func:`~.uncased_sounds.sound_key`, and an opening "h", which Russian and Ukrainian write
  "г" or "х": "Гарри" for Harry); Chinese may drop a closing "s" ("查理" for Charles);
- that office and sound fit one person of the packet only: two princes whose names sound
  alike join nobody.

A given name with no title beside it is never matched across scripts by its sound alone.
Names a language translates rather than transliterates ("Enrique", "ヘンリー" for Harry;
"Carlos" for Charles) keep no sound of the other and stay apart.

:func:`titled_given_pairs` joins the Latin and Cyrillic keys the first pass made;
:func:`titled_given_uses` finds the name in the scripts without capitals, which the first
pass does not read, as uses of the person the Latin or Cyrillic articles name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import has_cyrillic
from briefing.topics.patterns import REGNAL
from briefing.topics.personal_titles import ARABIC_TITLES, EAST_ASIAN_TITLES, office_before
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA, sound_key

__all__ = ["given_keys", "titled_given_pairs", "titled_given_uses"]

#: The fewest letters a key keeps: one consonant fits too many names.
MIN_KEY = 2
#: The most Han characters a given name written by ear takes before its title.
MAX_HAN = 4
_LETTERS = re.compile(r"[^a-z]")
#: Cyrillic letters that write a Latin "h" (Гарри, Хелен).
_CYRILLIC_H = frozenset("ГгХх")
#: The Cyrillic letter Ukrainian (and at times Russian) writes a Latin "w" with (Вільям).
_CYRILLIC_W = frozenset("Вв")


def given_keys(word: str) -> set[str]:
    """The sound keys of one given name in any script, :data:`MIN_KEY` letters at least:
    its consonants as :func:`~.uncased_sounds.sound_key` folds them, an opening "h" kept
    ("Harry", "해리", "هاري", "哈利" are "hl"); a Cyrillic "г" or "х" opening it may be that
    "h" or itself ("Гарри": "hl" and "kl"), a "в" a "w" or a "v" ("Вільям": "ln", "bln")."""
    # Arabic writes "ch" as "تش"; Japanese and Korean write "th" as an "s" ("エリザベス")
    roman = _LETTERS.sub("", anyascii(word).casefold()).replace("tsh", "ch").replace("th", "s")
    if not roman:
        return set()
    keys: set[str] = set()
    if word[:1] in _CYRILLIC_W:  # "Вільям": a "w", which the key reads as a vowel, or a "v"
        keys.add(sound_key(roman[1:]))
    if word[:1] in _CYRILLIC_H:
        keys.add(sound_key(roman))
        roman = "h" + (roman[2:] if roman.startswith("kh") else roman[1:])
    if roman.startswith("h") and not roman.startswith("ch"):
        keys.add("h" + sound_key(roman[1:]))
    else:
        keys.add(sound_key(roman))
    return {k for k in keys if len(k) >= MIN_KEY}


def _titled_keys(
    occurrences: Iterable[Occurrence],
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
    regnal: bool = False,
) -> set[tuple[str, str]]:
    """(office, key) of each one-word use right after a title; with ``regnal``, of each
    regnal name ("Charles III": the name's key, the numeral left out)."""
    found: set[tuple[str, str]] = set()
    for o in occurrences:
        words = o.surface.split()
        if len(words) != (2 if regnal else 1) or (regnal and not REGNAL.match(words[1])):
            continue
        text = texts.get((o.article, o.paragraph), "")
        office = office_before(text, o.start, languages.get(o.article, ""))
        if office is not None:
            found.update((office, key) for key in given_keys(words[0]))
    return found


def _regnal_key(key: str) -> bool:
    """A key of a name and a Roman numeral ("p:charles iii")."""
    words = key[2:].split()
    return len(words) == 2 and REGNAL.match(words[1].upper()) is not None


def titled_given_pairs(
    keys: Iterable[str],
    occ: Mapping[str, list[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
    find: Callable[[str], str],
) -> list[tuple[str, str]]:
    """Pairs of person keys ("p:hari", "p:gari"; "p:charles", "p:carlos") that a title of
    one office and one sound make one person (see the module).

    Names without a numeral must be written in different languages: one language writing two
    names of one sound under one title names two people ("Prince Harry" and "Prince Hari"),
    and they are left apart. A regnal name ("King Charles III", "el rey Carlos III") takes
    the names of its office and sound without a numeral ("King Charles"), in any language,
    when it is the only regnal name of that office and sound ("Benedict XV" and "Benedict
    XVI" leave "Pope Benedict" to neither). A key whose sounds would join it to two groups
    joins none."""
    by_sound: dict[tuple[str, str], list[tuple[str, frozenset[str], bool]]] = defaultdict(list)
    for key in keys:
        if not key.startswith("p:") or not occ.get(key):
            continue
        regnal = _regnal_key(key)
        if " " in key and not regnal:
            continue
        spoken = frozenset(languages.get(o.article, "") for o in occ[key])
        for found in _titled_keys(occ[key], texts, languages, regnal):
            by_sound[found].append((key, spoken, regnal))
    groups: dict[str, set[frozenset[str]]] = defaultdict(set)  # key → the groups it joins
    pairs: list[tuple[str, str]] = []
    for members in by_sound.values():
        roots = frozenset(find(k) for k, _spoken, _regnal in members)
        if len(roots) < 2:
            continue
        bare = [(k, spoken) for k, spoken, regnal in members if not regnal]
        numbered = {find(k) for k, _spoken, regnal in members if regnal}
        shared = any(
            find(a) != find(b) and spoken_a & spoken_b
            for i, (a, spoken_a) in enumerate(bare)
            for b, spoken_b in bare[i + 1 :]
        )
        if shared or len(numbered) > 1:
            continue  # one language names two people so, or two regnal names share it
        first = members[0][0]
        for key, _spoken, _regnal in members:
            groups[key].add(roots)
            if find(key) != find(first):
                pairs.append((first, key))
    return [(a, b) for a, b in pairs if len(groups[a]) == 1 and len(groups[b]) == 1]


# -- the scripts without capitals -----------------------------------------------------------

_AFTER_NAME = {title: office for office, titles in EAST_ASIAN_TITLES.items() for title in titles}
_EAST_ASIAN_TITLE = re.compile("|".join(map(re.escape, sorted(_AFTER_NAME, key=len, reverse=True))))
_ARABIC_OFFICES: dict[str, set[str]] = defaultdict(set)
for _office, _titles in ARABIC_TITLES.items():
    for _title in _titles:
        if " " not in _title:
            _ARABIC_OFFICES[_title.removeprefix("ال")].add(_office)
#: An Arabic title with its article (or a preposition glued to it: "للأمير", "والأمير"), then
#: the name's word.
_ARABIC_TITLE = re.compile(
    r"(?<![\u0621-\u064a])[وفبك]?(?:ال|لل)?("
    + "|".join(map(re.escape, sorted(_ARABIC_OFFICES, key=len, reverse=True)))
    + r")\s+([\u0621-\u063a\u0641-\u064a]+)"
)
_HANGUL_BEFORE = re.compile(f"([{HANGUL}]+) ?$")
_KATAKANA_BEFORE = re.compile(f"([{KATAKANA}]+)$")
_HAN_BEFORE = re.compile(f"[{HAN}]+$")
#: How far before a title its name is read.
_REACH = 12


def _names_before(text: str, start: int) -> list[tuple[int, int, bool]]:
    """(start, end, Han) of the words that may be a given name written before a title at
    ``start``: a Hangul word (a space between or none), a Katakana run, or the last two to
    :data:`MAX_HAN` characters of a Han run."""
    before = text[max(0, start - _REACH) : start]
    offset = start - len(before)
    for pattern in (_HANGUL_BEFORE, _KATAKANA_BEFORE):
        m = pattern.search(before)
        if m is not None:
            return [(offset + m.start(1), offset + m.end(1), False)]
    m = _HAN_BEFORE.search(before)
    if m is None:
        return []
    return [(start - n, start, True) for n in range(2, min(MAX_HAN, len(m.group())) + 1)]


def titled_given_uses(
    people: Mapping[str, Iterable[Occurrence]],
    paragraphs: Sequence[tuple[str, int, str]],
    uncased: Sequence[tuple[str, int, str]],
    languages: Mapping[str, str],
) -> dict[str, list[Occurrence]]:
    """Person root → the uses of their titled given name in ``uncased`` paragraphs (a name
    beside a title of the office the Latin or Cyrillic articles give them).

    ``people``: each person topic's uses; ``paragraphs``: every paragraph (for the text
    before a Latin or Cyrillic use)."""
    texts: dict[tuple[str, int], str] | None = None
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for root, occs in people.items():
        # Latin letters only: a Cyrillic "г" may be a "g" or an "h" (:func:`given_keys`),
        # too loose a key to look for by its sound alone in another script.
        single = [
            o
            for o in occs
            if " " not in o.surface and not o.surface.isupper() and not has_cyrillic(o.surface)
        ]
        if not single:
            continue
        if texts is None:
            texts = {(a, i): t for a, i, t in paragraphs}
        for found in _titled_keys(single, texts, languages):
            owners[found].add(root)
    wanted = {found: next(iter(roots)) for found, roots in owners.items() if len(roots) == 1}
    if not wanted:
        return {}
    uses: dict[str, list[Occurrence]] = defaultdict(list)
    for article, index, text in uncased:
        for m in _EAST_ASIAN_TITLE.finditer(text):
            office = _AFTER_NAME[m.group()]
            for start, end, han in _names_before(text, m.start()):
                who = _owner(text[start:end], {office}, wanted, han)
                if who is not None:
                    uses[who].append(Occurrence(article, index, start, end, text[start:end]))
                    break
        for m in _ARABIC_TITLE.finditer(text):
            who = _owner(m.group(2), _ARABIC_OFFICES[m.group(1)], wanted, False)
            if who is not None:
                start, end = m.span(2)
                uses[who].append(Occurrence(article, index, start, end, m.group(2)))
    return dict(uses)


def _owner(
    name: str, offices: set[str], wanted: Mapping[tuple[str, str], str], han: bool
) -> str | None:
    """The one person whose titled given name ``name`` is under one of ``offices``."""
    keys = given_keys(name)
    if han:  # Chinese may leave a closing "s" unsounded: "查理" for Charles
        keys |= {k + "s" for k in keys if not k.endswith("s")}
    roots = {wanted[(office, k)] for office in offices for k in keys if (office, k) in wanted}
    return next(iter(roots)) if len(roots) == 1 else None
