"""A Japanese name glossed in Latin letters in brackets: "日揮(JGC Corporation)".

Japanese wire copy writes a foreign or company name in its own script and then the Latin name
in brackets: "日揮(JGC Corporation)", "ドナルド・トランプ(Donald Trump)", "毎日新聞(Mainichi
Shimbun)". That is the writer saying the two are one name, as :mod:`.glosses` reads between
cased scripts and :mod:`.han_glosses` for a person's Han name in Chinese. Here the Latin name
is any topic the packet already has (a body, a place, a person, whatever made it), and its
Japanese form, once known, is looked for in every Japanese paragraph: "日揮の現地スタッフ" in
another article is the same company.

The bracket fixes where the Japanese name ends; where it starts is the hard part, as Japanese
writes no spaces. It is taken only where the script fixes it (:func:`japanese_extent`):

- a katakana run (with its middle dots) that nothing but a kana, punctuation, a digit or a
  Latin letter precedes: "…を介したドナルド・トランプ(" — never one glued to a Han character
  before it ("中国地震台網センター(", "米ホワイトハウス(": the katakana is the compound's tail);
- a run of Han (and katakana) characters that a hiragana particle or punctuation opens: "大手、
  日揮(", "咸鏡北道の…" — in a paragraph with kana only: Chinese writes its prepositions and
  verbs in Han too ("据英国广播公司(", "在利比亚德尔纳("), so a Han run's start there is no
  word's, and nothing is taken (:mod:`.han_glosses` reads a person's name there its own way).

The bracket must hold a name: capitalised words (a particle such as "of" or "bin" between),
not all in capitals (an acronym is :mod:`.bracket_acronyms`'), no digit or comma ("(Queen
Consort Camilla、75)" is an aside), nor a lower-case gloss of a common noun ("天然ガス(natural
gas)"). A single word must also be written outside a bracket somewhere in the packet: one
capitalised word in brackets may be a common noun set off ("大流行病(Pandemic)").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.uncased_sounds import HAN, KATAKANA

__all__ = ["gloss_uses", "japanese_extent", "latin_name"]

#: A Han or katakana run right before a bracket holding Latin letters (a space may stand
#: between, ASCII or full-width brackets).
_GLOSSED = re.compile(
    f"([{HAN}{KATAKANA}・]+)[ \u3000]?[(（]([A-Za-z\u00c0-\u024f][^()（）]{{0,80}}?)[)）]"
)
_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa]")
_HIRAGANA = re.compile("[\u3041-\u309f]")
_KATAKANA = re.compile(f"[{KATAKANA}・]")
_HAN_LETTER = re.compile(f"[{HAN}]")
#: Punctuation that ends the word before it in Japanese (and a space or a line's start).
_OPENERS = frozenset("、。，．・「」『』【】〈〉《》（）()〔〕［］！？!?：:；; \u3000\n")
#: Lower-case words a name may hold between its capitalised ones.
_PARTICLES = words("of de du des la le al el bin ibn von van der den the and for di da do y")
#: Letters a name's words are made of (with inner hyphens, apostrophes and points).
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
#: Most words a glossed name holds.
MAX_WORDS = 6
#: Fewest characters of a Japanese name looked for again in the text.
MIN_NAME = 2


def latin_name(text: str) -> bool:
    """Whether a bracket's ``text`` is a name: capitalised words, not an acronym alone."""
    tokens = text.split()
    if not 1 <= len(tokens) <= MAX_WORDS or not all(map(_NAME_WORD.fullmatch, tokens)):
        return False
    if not (tokens[0][0].isupper() and tokens[-1][0].isupper()):
        return False
    capitalised = [w for w in tokens if w[0].isupper()]
    if len(capitalised) + sum(w in _PARTICLES for w in tokens) != len(tokens):
        return False
    return not all(w.isupper() for w in capitalised)


def japanese_extent(text: str, start: int, end: int, words: int = 1) -> str | None:
    """The Japanese name that ``text[start:end]`` (a Han/katakana run before a bracket)
    ends with, when the script fixes its start; None otherwise. ``words``: how many words
    the Latin gloss has, which a katakana run split by middle dots may not exceed
    ("ギリシャ・ロードス(Rhodes)" is Greece, then Rhodes)."""
    tail = end
    while tail > start and _KATAKANA.match(text[tail - 1]):
        tail -= 1
    if tail < end:  # the run ends in katakana: the katakana run, if nothing Han is glued on
        if tail > start:
            return None
        parts = text[start:end].strip("・").split("・")
        name = "・".join(parts[-words:])
    elif not _KANA.search(text):
        return None  # no kana in the paragraph: Chinese, where a Han run opens no word
    elif start and text[start - 1] not in _OPENERS and not _HIRAGANA.match(text[start - 1]):
        return None  # neither a particle nor punctuation opens the run
    else:
        run = text[start:end]
        kana = _KATAKANA.search(run)
        # Han before katakana is a prefix of no fixed extent ("母エリザベス女王"): the name
        # starts at the katakana; a run all Han or opening in katakana is taken whole.
        name = run[kana.start() :] if kana is not None and kana.start() > 0 else run
        name = name.strip("・")
    return name if len(name) >= MIN_NAME else None


def gloss_uses(
    named: Mapping[str, set[str]],
    paragraphs: Sequence[tuple[str, int, str]],
    every: Sequence[tuple[str, int, str]],
) -> dict[str, list[Occurrence]]:
    """Each topic (root → the surfaces it is written by) → the uses of the Japanese names
    the packet glosses with one of those surfaces (``paragraphs``: those with letters of
    scripts without capitals; ``every``: all the packet's, where a one-word name must be
    written outside a bracket too)."""
    owner: dict[str, set[str]] = defaultdict(set)
    for root, surfaces in named.items():
        for surface in surfaces:
            owner[" ".join(surface.split())].add(root)
    japanese = [p for p in paragraphs if _KANA.search(p[2])]
    learned: dict[str, set[tuple[str, str]]] = defaultdict(set)  # name → {(root, Latin)}
    outside: set[str] = set()  # one-word names some text writes outside a bracket
    for _article, _index, text in japanese:
        for m in _GLOSSED.finditer(text):
            latin = " ".join(m.group(2).split())
            roots = owner.get(latin)
            if roots is None or len(roots) != 1 or not latin_name(latin):
                continue
            name = japanese_extent(text, m.start(1), m.end(1), len(latin.split()))
            if name is not None:
                learned[name].add((next(iter(roots)), latin))
    if not learned:
        return {}
    single = {latin for pairs in learned.values() for _r, latin in pairs if " " not in latin}
    if single:
        outside = _written_outside(single, every)
    wanted = {
        name: next(iter(pairs))[0]
        for name, pairs in learned.items()
        if len({r for r, _l in pairs}) == 1
        and all(" " in latin or latin in outside for _r, latin in pairs)
    }
    return _uses(wanted, japanese)


def _written_outside(names: set[str], paragraphs: Sequence[tuple[str, int, str]]) -> set[str]:
    """The ``names`` some paragraph writes with no bracket opening right before them."""
    found: set[str] = set()
    pattern = re.compile(r"(?<![\w(（])(" + "|".join(map(re.escape, names)) + r")(?!\w)")
    for _article, _index, text in paragraphs:
        for m in pattern.finditer(text):
            found.add(m.group(1))
    return found


def _uses(
    wanted: Mapping[str, str], paragraphs: Sequence[tuple[str, int, str]]
) -> dict[str, list[Occurrence]]:
    """The uses of each Japanese name in ``wanted`` (name → root): a katakana name as a
    whole katakana run ("イナメナス" never inside a longer katakana word)."""
    if not wanted:
        return {}
    pattern = re.compile("|".join(map(re.escape, sorted(wanted, key=len, reverse=True))))
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        for m in pattern.finditer(text):
            name = m.group()
            if _KATAKANA.match(name[0]) and _KATAKANA.match(text[m.start() - 1 : m.start()]):
                continue
            if _KATAKANA.match(name[-1]) and _KATAKANA.match(text[m.end() : m.end() + 1]):
                continue
            found.setdefault(wanted[name], []).append(
                Occurrence(article, index, m.start(), m.end(), name)
            )
    return found
