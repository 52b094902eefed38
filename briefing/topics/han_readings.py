"""Japanese names in Han letters where no Japanese article writes the full name.

:mod:`.east_asian_names` reads the kanji of Japanese paragraphs in Japanese and matches a
Chinese article's Han name only by the same characters as a Japanese match. A packet whose
Japanese articles write a person only as family name and title ("植田総裁") and whose Chinese
articles write the full name ("行长植田和男", the title glued before it) matched neither.

- **A Japanese name in a Chinese text** is read in Japanese window by window: the Chinese
  text is not Japanese and the reader splits a whole Chinese run into nonsense (it reads
  "行长植田和男" as "行 / 长 / 田和 / 男", a character lost), so at each Han letter a family
  name of one or two letters and a given name of one or two after it are read alone; only a
  window the reader splits into those two parts, read as a person's two Latin words, is that
  person (the reading itself, as for Japanese text: :func:`.kanji_readings.matched`). Only
  names whose two words are both Hepburn syllables (:data:`_HEPBURN`: "Kazuo", "Ueda", never
  "Donald" or "Jong") are looked for, since no Japanese reading spells anything else; a
  window is read only where its first letter's readings open a wanted family name, and then
  its family name first, so most letters cost one cached reading of that letter.
- **A family name before a title in a Japanese text** ("植田総裁", "岸田首相"): a word of two
  Han letters or more that the reader reads as the Latin family name (the last word) of one
  person of the packet, and of nobody else's name, glued before a title of a person
  (:data:`.east_asian_names.HAN_TITLES` but "市長" and "知事", which follow a town or a
  prefecture: "上田市長" is the mayor of Ueda, the town). The family name must keep
  :data:`MIN_FAMILY` letters: "abe" is 安倍 and 阿部, two families.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from briefing.topics.kanji_readings import matched, other_readings
from briefing.topics.uncased_sounds import HAN

__all__ = ["MIN_FAMILY", "chinese_windows", "hepburn_names", "latin_families", "titled_families"]

#: The titles of :data:`.east_asian_names.HAN_TITLES` a town or a prefecture takes.
_PLACE_TITLES = frozenset({"知事", "市長", "市长"})
#: The fewest letters a family name read alone keeps.
MIN_FAMILY = 4
_HAN_RUN = re.compile(f"[{HAN}]+")
#: A word of Hepburn syllables (a consonant or two, a vowel; or the syllabic "n"), read as a
#: key with its long vowels folded: what a Japanese reading can be.
_HEPBURN = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiou]|n)+")
_Part = dict[str, str]


@functools.lru_cache(maxsize=1 << 16)
def _read(reader: object, text: str) -> tuple[tuple[str, str], ...]:
    """The reader's parts of ``text`` as (written, Hepburn) pairs, cached: Chinese text
    repeats its words, and a window is read once however often it is written."""
    parts = reader.convert(text)  # type: ignore[attr-defined]
    return tuple((p["orig"], p["hepburn"]) for p in parts)


def _part(pair: tuple[str, str]) -> _Part:
    return {"orig": pair[0], "hepburn": pair[1]}


def hepburn_names(wanted: Mapping[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """The names of ``wanted`` (reading keys of two words → person) whose two words are both
    Hepburn syllables: the only ones a Japanese reading can spell."""
    return {
        pair: root
        for pair, root in wanted.items()
        if all(_HEPBURN.fullmatch(word) for word in pair)
    }


def chinese_windows(
    wanted: Mapping[tuple[str, str], str],
    reader: object,
    key: Callable[[str], str],
    paragraphs: Sequence[tuple[str, int, str]],
) -> Iterator[tuple[str, str, int, int, str, str]]:
    """(person, article, paragraph, start, family, given as written) for each window of a
    Chinese paragraph's Han runs read as a person's two Latin words (``wanted``, of
    :func:`hepburn_names`; module docstring)."""
    firsts = frozenset(a for a, _b in wanted)
    if not firsts:
        return
    for article, index, text in paragraphs:
        for run in _HAN_RUN.finditer(text):
            word, at, i = run.group(), run.start(), 0
            while i < len(word) - 1:
                hit = _window(word, i, wanted, firsts, reader, key)
                if hit is None:
                    i += 1
                    continue
                root, family, given = hit
                yield root, article, index, at + i, family, given
                i += len(family) + len(given)


def _window(
    word: str,
    i: int,
    wanted: Mapping[tuple[str, str], str],
    firsts: frozenset[str],
    reader: object,
    key: Callable[[str], str],
) -> tuple[str, str, str] | None:
    """The person whose name opens ``word`` at ``i``, their family and given names."""
    opening = _keys(reader, key, word[i])
    if not any(first.startswith(k) for k in opening for first in firsts):
        return None
    for size in (2, 1):
        family = word[i : i + size]
        if len(family) < size or not _keys(reader, key, family) & firsts:
            continue
        for rest in (2, 1):
            whole = word[i : i + size + rest]
            if len(whole) < size + rest:
                continue
            parts = _read(reader, whole)
            if len(parts) != 2 or parts[0][0] != family or parts[1][0] != whole[size:]:
                continue
            root = matched(wanted, _part(parts[0]), _part(parts[1]), key)
            if root is not None:
                return root, family, whole[size:]
    return None


@functools.lru_cache(maxsize=1 << 16)
def _keys(reader: object, key: Callable[[str], str], written: str) -> frozenset[str]:
    """The reading keys of a word of one or two Han letters read alone: the reader's, and
    the others its dictionary lists (:func:`.kanji_readings.other_readings`); none when the
    reader splits it or reads nothing."""
    parts = _read(reader, written)
    if len(parts) != 1 or not parts[0][1]:
        return frozenset()
    return frozenset({key(parts[0][1]), *(key(r) for r in other_readings(written))}) - {""}


def latin_families(
    named: Mapping[str, Iterable[tuple[str, str]]],
    holders: Mapping[str, set[str]],
    key: Callable[[str], str],
) -> dict[str, str]:
    """Each Latin family name's (a two-word name's last word's) reading key → its one
    person (``named``: person → (given, family) pairs), where no other person's name has
    that word (``holders``: a word's key → the people whose names have it)."""
    return {
        k: root
        for root, names in named.items()
        for _given, family in names
        if holders.get(k := key(family)) == {root}
    }


def titled_families(
    families: Mapping[str, str],
    reader: object,
    key: Callable[[str], str],
    titles: Sequence[str],
    paragraphs: Sequence[tuple[str, int, str]],
) -> dict[str, str]:
    """Each Han family name as written → its one person (``families``: a Latin family name's
    reading key → the one person of the packet whose name has it), where a Japanese
    paragraph glues it before a person's title (module docstring)."""
    personal = tuple(t for t in titles if t not in _PLACE_TITLES)
    wanted = {k: r for k, r in families.items() if len(k) >= MIN_FAMILY}
    out: dict[str, str] = {}
    if not wanted:
        return out
    for _article, _index, text in paragraphs:
        for run in _HAN_RUN.finditer(text):
            at = run.start()
            for written, hepburn in _read(reader, run.group()):
                end = at + len(written)
                if text[at:end] != written:
                    break  # the reader lost a letter: offsets no longer hold
                if len(written) >= 2 and _HAN_RUN.fullmatch(written) and hepburn:
                    root = wanted.get(key(hepburn))
                    if root is not None and text.startswith(personal, end):
                        out[written] = root
                at = end
    return out
