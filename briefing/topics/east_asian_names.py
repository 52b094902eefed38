"""East Asian people the packet names in Latin letters, found again in their own scripts.

A Japanese, Chinese or Korean person is written family name first in those scripts and often
given name first in Latin text: "Shinzo Abe" is "安倍晋三" (Japanese, and Chinese by the same
characters), "아베 신조" (Korean). :mod:`.uncased_people` reads a foreign name by ear in the
Latin order, and anyascii reads kanji as Mandarin ("An Bei Jin San"), so neither is found.

- **Kanji in Japanese text** (a paragraph with Hiragana) are read in Japanese by pykakasi (an
  optional extra, GPL: see :func:`_reader`),
  whose dictionary splits a name into its family and given parts and reads names as names
  ("安倍" abe, "晋三" shinzou; chosen over cutlet/fugashi and janome, which read "文雄" bun'yuu
  and "晋三" susumu san: benchmarks/realworld/JAPANESE_READINGS.md). Two parts side by side
  whose readings are a person's two Latin words, in either order, long vowels folded
  ("shinzou" is "Shinzo"), are that person: the reading itself, not a consonant key, so a
  match is exact.
- **The same characters in Chinese text** are the same person by identity, old and new forms
  of a character folded ("安倍晉三" is "安倍晋三"): strings the Japanese articles matched; and
  a Chinese text's Han names read in Japanese window by window, a title glued before or after
  ("行长植田和男", :mod:`.han_readings`), where no Japanese article writes the full name.
- **Hangul** full names family first ("아베 신조", "아베 신조는"): each word, read as Hangul
  writes a Hepburn name's sounds (:func:`.hangul_names.korean_key`, vowels kept: "sinjo" is
  "Shinzo"), is the Latin name's, in reverse order.

A family name alone ("安倍氏", "岸田首相", "아베 전 총리") joins a person only where the script
shows it is a name: followed by a title or honorific glued to it (Han) or the next word
(Hangul) from :data:`HAN_TITLES` / :data:`HANGUL_TITLES`, a rule of the script, not of any
person; and only when the packet gives that family name one holder among its people's Latin
names. Two people who share it (Shinzo Abe, Akie Abe) keep it apart, but for a family name
and title the packet wrote after exactly one holder's full name ("安倍晋三元首相" makes "安倍元
首相" his; "아베 신조 전 일본 총리" makes "아베 전 총리" his). A family name no full name in Han
taught is still one holder's where Japanese text glues it before a person's title and it reads
as that holder's Latin family name ("植田総裁", :func:`.han_readings.titled_families`). A given
name alone with an honorific ("昭恵さん") is the one full name the packet matched with it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container, Iterable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.han_readings import (
    chinese_windows,
    hepburn_names,
    latin_families,
    titled_families,
)
from briefing.topics.hangul_names import HANGUL_TITLES, hangul_names, hangul_title, korean_key
from briefing.topics.kanji_readings import matched, other_readings
from briefing.topics.uncased_sounds import HAN, HANGUL

__all__ = ["HANGUL_TITLES", "HAN_TITLES", "east_asian_uses"]

#: Titles and honorifics Japanese and Chinese glue after a name, the longest first.
HAN_TITLES = tuple(
    sorted(
        {
            *("首相", "元首相", "前首相", "総理", "元総理", "前総理", "総理大臣", "元総理大臣"),
            *("总理", "總理", "前总理", "前總理", "官房長官", "長官", "大臣", "議長", "议长"),
            *("大統領", "总统", "總統", "前总统", "前總統", "知事", "市長", "市长", "総裁"),
            *("氏", "さん", "夫人", "様", "先生", "女士", "容疑者", "被告", "元被告"),
        },
        key=len,
        reverse=True,
    )
)
#: Honorifics after a given name alone ("昭恵さん"), the longest first.
_GIVEN_HONORIFICS = ("さん", "夫人", "様", "氏")
_HIRAGANA = re.compile("[\u3041-\u3096]")
_HAN_RUN = re.compile(f"[{HAN}]+")
_HAN_LETTER = re.compile(f"[{HAN}]")
_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"), ("aa", "a"))
#: The fewest letters a name's two readings keep together.
MIN_READING = 6


def _reading_key(word: str) -> str:
    """A Latin word or a Hepburn reading, its long vowels folded: "Shinzō", "Shinzou" and
    "shinzou" are "shinzo"; "Namba" is "nanba"."""
    key = "".join(ch for ch in anyascii(word).casefold() if ch.isalpha())
    for old, new in _LONG_VOWELS:
        key = key.replace(old, new)
    return re.sub(r"m(?=[bpm])", "n", key)


@functools.cache
def _reader() -> object | None:
    """pykakasi's reader, or None when the optional ``japanese`` extra is not installed.

    pykakasi is GPL-3.0-or-later and briefing is MIT, so it is an extra
    (``pip install 'briefing[japanese]'``), never a requirement: without it, kanji names are
    simply not read and the rule stays silent (Hangul and the same-characters rule still run
    on what they can match)."""
    try:
        import pykakasi  # a Japanese reading is only needed where a Japanese paragraph is
    except ImportError:
        return None
    return pykakasi.kakasi()


@functools.cache
def _fold_forms(text: str) -> str:
    """Old and new forms of a character folded ("安倍晉三" is "安倍晋三"), by pykakasi's table
    when it is installed; the text as written otherwise."""
    try:
        from pykakasi.kanji import Itaiji
    except ImportError:
        return text
    return str(Itaiji().convert(text))


def _two_words(people: Mapping[str, Iterable[str]]) -> dict[str, set[tuple[str, str]]]:
    """Each person's two-word names in Latin letters."""
    out: dict[str, set[tuple[str, str]]] = {}
    for root, surfaces in people.items():
        for surface in surfaces:
            words = surface.split()
            if len(words) == 2 and all(ch < "\u0250" for ch in surface if ch.isalpha()):
                out.setdefault(root, set()).add((words[0], words[1]))
    return out


def _unique(pairs: Iterable[tuple[object, str]]) -> dict[object, str]:
    owners: dict[object, set[str]] = {}
    for key, root in pairs:
        owners.setdefault(key, set()).add(root)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


class _Found:
    """The matches so far, and what they teach: each family name's full matches with the
    title written after them, each given name's person."""

    def __init__(self) -> None:
        self.uses: dict[str, list[Occurrence]] = {}
        self.taken: set[tuple[str, int, int]] = set()
        self.families: dict[str, set[str]] = {}  # family as written → people matched
        self.titled: dict[tuple[str, str], set[str]] = {}  # (family, title) → people
        self.givens: dict[str, set[str]] = {}
        self.full: dict[str, set[str]] = {}  # a whole kanji name → people

    def add(self, root: str, article: str, index: int, start: int, surface: str) -> None:
        self.uses.setdefault(root, []).append(
            Occurrence(article, index, start, start + len(surface), surface)
        )
        self.taken.add((article, index, start))


def east_asian_uses(
    people: Mapping[str, Iterable[str]],
    paragraphs: Sequence[tuple[str, int, str]],
    persons: Container[str] = (),
) -> dict[str, list[Occurrence]]:
    """Each person (root → their written names) → their names in the paragraphs' kanji
    (read in Japanese, or the same characters in Chinese) and Hangul, family name first,
    and their family names alone before a title (module docstring)."""
    named = {r: w for r, w in _two_words(people).items() if r in persons}
    if not named:
        return {}
    found = _Found()
    japanese = [p for p in paragraphs if _HIRAGANA.search(p[2]) and _HAN_RUN.search(p[2])]
    chinese = [p for p in paragraphs if not _HIRAGANA.search(p[2]) and _HAN_RUN.search(p[2])]
    wanted = _kanji_wanted(named) if japanese or chinese else {}
    # pykakasi is loaded (about a second) only where a wanted name may be read
    reader = _reader() if japanese and wanted else None
    if reader is not None:
        _kanji_names(wanted, reader, japanese, found)
    if found.full:
        _same_characters(found, chinese)
    hepburn = hepburn_names(wanted) if chinese else {}
    if hepburn and (reader := reader or _reader()) is not None:  # "行长植田和男"
        for root, article, index, start, family, given in chinese_windows(
            hepburn, reader, _reading_key, chinese
        ):
            if (article, index, start) not in found.taken:
                _learn(found, root, article, index, start, family, given, paragraphs)
    if japanese and wanted and reader is not None:  # "植田総裁", no full name in kanji
        families = latin_families(named, _holders(named), _reading_key)
        for written, root in titled_families(
            families, reader, _reading_key, HAN_TITLES, japanese
        ).items():
            found.families.setdefault(written, set()).add(root)
    hangul = [p for p in paragraphs if _HANGUL_WORD.search(p[2])]
    if hangul:
        _hangul_names(named, hangul, found)
    if found.families or found.givens:
        _family_alone(found, paragraphs, _holders(named))
    return found.uses


def _kanji_wanted(named: Mapping[str, set[tuple[str, str]]]) -> dict[tuple[str, str], str]:
    """The reading keys of each person's two Latin words, in either order → that person."""
    return _unique(  # type: ignore[return-value]
        ((_reading_key(a), _reading_key(b)), root)
        for root, names in named.items()
        for given, family in names
        for a, b in ((family, given), (given, family))
        if len(_reading_key(given) + _reading_key(family)) >= MIN_READING
    )


def _learn(
    found: _Found,
    root: str,
    article: str,
    index: int,
    start: int,
    family: str,
    given: str,
    paragraphs: Sequence[tuple[str, int, str]],
) -> None:
    """A Han full name read in a Chinese text: a use, and its family and given names."""
    name = family + given
    found.add(root, article, index, start, name)
    found.families.setdefault(family, set()).add(root)
    found.givens.setdefault(given, set()).add(root)
    found.full.setdefault(_fold_forms(name), set()).add(root)
    text = next(t for a, i, t in paragraphs if a == article and i == index)
    title = _title_at(text, start + len(name))
    if title:
        found.titled.setdefault((family, title), set()).add(root)


def _kanji_names(
    wanted: Mapping[tuple[str, str], str],
    reader: object,
    paragraphs: Sequence[tuple[str, int, str]],
    found: _Found,
) -> None:
    """Two kanji words side by side read as a person's two Latin words, in either order."""
    for article, index, text in paragraphs:
        for run in _HAN_RUN.finditer(text):
            if len(run.group()) < 2:
                continue
            parts = reader.convert(run.group())  # type: ignore[attr-defined]
            at = run.start()
            starts = []
            for part in parts:
                starts.append(at)
                at += len(part["orig"])
            for i in range(len(parts) - 1):
                one, two = parts[i], parts[i + 1]
                if not (_HAN_RUN.fullmatch(one["orig"]) and _HAN_RUN.fullmatch(two["orig"])):
                    continue
                root = matched(wanted, one, two, _reading_key)
                if root is None:
                    continue
                name = one["orig"] + two["orig"]
                found.add(root, article, index, starts[i], name)
                found.families.setdefault(one["orig"], set()).add(root)
                found.givens.setdefault(two["orig"], set()).add(root)
                found.full.setdefault(_fold_forms(name), set()).add(root)
                title = _title_at(text, starts[i] + len(name))
                if title:
                    found.titled.setdefault((one["orig"], title), set()).add(root)


def _title_at(text: str, at: int) -> str:
    """The title glued at ``text[at:]`` (its core: "元首相" is "首相"), or ""."""
    for title in HAN_TITLES:
        if text.startswith(title, at):
            return _core(title)
    return ""


def _core(title: str) -> str:
    return title[1:] if title[0] in "元前" and len(title) > 2 else title


def _same_characters(found: _Found, paragraphs: Sequence[tuple[str, int, str]]) -> None:
    """A whole kanji name the Japanese articles matched, written in a Chinese article."""
    names = {n: next(iter(r)) for n, r in found.full.items() if len(r) == 1 and len(n) >= 3}
    if not names:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for article, index, text in paragraphs:
        folded = _fold_forms(text)
        if len(folded) != len(text):
            continue  # offsets must hold
        for m in pattern.finditer(folded):
            found.add(names[m.group()], article, index, m.start(), text[m.start() : m.end()])
            family = _family_of(found, names[m.group()], m.group())
            title = _title_at(text, m.end())
            if family and title:
                found.titled.setdefault((family, title), set()).add(names[m.group()])


def _family_of(found: _Found, root: str, name: str) -> str:
    return next((f for f, r in found.families.items() if root in r and name.startswith(f)), "")


def _hangul_names(
    named: Mapping[str, set[tuple[str, str]]],
    paragraphs: Sequence[tuple[str, int, str]],
    found: _Found,
) -> None:
    """Two Hangul words, family name first (:func:`.hangul_names.hangul_names`)."""
    wanted = _unique(
        ((korean_key(family), korean_key(given)), root)
        for root, names in named.items()
        for given, family in names
        if len(korean_key(family) + korean_key(given)) >= MIN_READING
    )
    texts = {(a, i): t for a, i, t in paragraphs}
    for root, article, index, start, family, given in hangul_names(wanted, paragraphs):  # type: ignore[arg-type]
        found.add(root, article, index, start, f"{family} {given}")
        found.families.setdefault(family, set()).add(root)
        text = texts[(article, index)]
        end = start + len(family) + 1 + len(given)
        after = text[end:].split(maxsplit=1)
        title = hangul_title(after[0]) if text[end : end + 1].isspace() and after else ""
        if title:
            found.titled.setdefault((family, title), set()).add(root)


def _holders(named: Mapping[str, set[tuple[str, str]]]) -> dict[str, set[str]]:
    """Each Latin name word (its reading key) → the people whose two-word name has it."""
    out: dict[str, set[str]] = {}
    for root, names in named.items():
        for pair in names:
            for word in pair:
                out.setdefault(_reading_key(word), set()).add(root)
    return out


def _family_alone(
    found: _Found,
    paragraphs: Sequence[tuple[str, int, str]],
    holders: Mapping[str, set[str]],
) -> None:
    """A family name (or a given name) the full matches wrote, alone before a title."""
    family_of: dict[str, str] = {}
    for family, roots in found.families.items():
        if len(roots) != 1:
            continue
        root = next(iter(roots))
        latin = [r for k, r in holders.items() if root in r and _owns(family, k)]
        if latin and all(len(r) == 1 for r in latin):
            family_of[family] = root
    titled = {k: next(iter(v)) for k, v in found.titled.items() if len(v) == 1}
    givens = {g: next(iter(r)) for g, r in found.givens.items() if len(r) == 1 and len(g) >= 2}
    for article, index, text in paragraphs:
        for run in _HAN_RUN.finditer(text):
            _han_alone(found, article, index, text, run.start(), family_of, titled, givens)
        words = list(_HANGUL_WORD.finditer(text))
        for one, two in itertools.pairwise(words):
            family = one.group()
            title = hangul_title(two.group())
            if text[one.end() : two.start()] != " " or not title:
                continue
            owner = family_of.get(family) or titled.get((family, title))
            if owner and (article, index, one.start()) not in found.taken:
                found.add(owner, article, index, one.start(), family)


def _owns(family: str, key: str) -> bool:
    """Whether a Latin word's reading key is this family name's (Han read in Japanese,
    Hangul by its consonants)."""
    if _HAN_LETTER.match(family):
        parts = _reader().convert(family)  # type: ignore[attr-defined]
        read = {"".join(p["hepburn"] for p in parts), *other_readings(family)}
        return key in {_reading_key(r) for r in read}
    return korean_key(family) == korean_key(key)


def _han_alone(
    found: _Found,
    article: str,
    index: int,
    text: str,
    start: int,
    family_of: Mapping[str, str],
    titled: Mapping[tuple[str, str], str],
    givens: Mapping[str, str],
) -> None:
    if (article, index, start) in found.taken:
        return
    for family in sorted({*family_of, *(f for f, _ in titled)}, key=len, reverse=True):
        if not text.startswith(family, start):
            continue
        title = _title_at(text, start + len(family))
        root = family_of.get(family) or titled.get((family, title))
        if title and root:
            found.add(root, article, index, start, family)
            return
    for given, root in givens.items():
        end = start + len(given)
        if text.startswith(given, start) and text.startswith(_GIVEN_HONORIFICS, end):
            found.add(root, article, index, start, given)
            return
