"""A one-word name the packet writes in Latin letters, found again in Arabic, Han, kana and
Hangul by its reading: "Neymar" is "نيمار", "内马尔", "ネイマール", "네이마르".

Those scripts have no capitals, so the first pass finds no name in them, and the rules that
look for the packet's people there (:mod:`.uncased_people`, :mod:`.arabic_names`) ask for a
full name of two words or more, since a consonant key of one word is too coarse to trust
("Neymar" keys "nl" by :func:`~.uncased_sounds.sound_key`, as half a language's words do).
A footballer, a singer or a place called by one word was never joined (a Cyrillic spelling
is, through its romanisation).

One word is compared by its whole reading instead, vowels and all: each side is romanised
(anyascii, which reads Han in pinyin and kana and Hangul by their syllables; Arabic with its
long vowels, :func:`~.arabic_vowels.voweled`), folded to the sounds these scripts cannot
tell apart (p/b/f/v, t/d, k/g, s/z, r/l; e/i, o/u), and the vowels these scripts add to a
foreign consonant dropped where they are sure (Hangul's "eu", pinyin's syllable "er" for a
final r). Two readings match when their consonants agree in order exactly,
:data:`MIN_CONSONANTS` or more, and the whole readings are :data:`SIMILAR` alike or more
(rapidfuzz's normalised Indel similarity): "nimalu" (ネイマール) and "nimal" (Neymar), while
"nomalu" (ノーマル, normal) is a vowel off at each syllable.

A form joins a topic only when

- the topic is named by one word in Latin letters, not in capitals (an acronym is
  :mod:`.uncased_acronyms`'), in two articles or more, and that word is neither very common
  in the languages its articles are written in ("United", "Parc") nor written in lower case
  anywhere in the packet: a word of the language is translated, not spelled by ear;
- exactly one topic of the packet reads so: a word of any other topic's name that reads
  alike (a surname of a full name, another one-word name) makes it nobody's;
- the form is a whole word of its script (a katakana run not tied to another part by a
  middle dot; a Hangul word but for a particle; an Arabic word but for a conjunction or
  preposition glued before it; in Han, which shows no word edges, the longest run of
  letters at a place that reads so), not already another topic's;
- the same form is written in :data:`MIN_ARTICLES` articles or more: one article's word may
  read like a name by chance;
- the form is not a common word of its language: wordfreq's small list of the article's
  language rates it below :data:`COMMON` and no more common than ten times the Latin name
  (a famous name is about as common as its rendering; "نمر", a tiger, is far more common
  than the surname it reads like).

Nothing here makes a topic: a form joins a topic the capitalised scripts already found.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from anyascii import anyascii
from rapidfuzz.distance import Indel

from briefing.topics.arabic_names import consonants as arabic_consonants
from briefing.topics.arabic_surnames import PROCLITIC_LETTERS
from briefing.topics.arabic_vowels import voweled
from briefing.topics.candidates import Occurrence
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA, PARTICLES, SPELLING_FOLDS
from briefing.topics.word_keys import zipf

__all__ = [
    "MIN_ARTICLES",
    "MIN_CONSONANTS",
    "SIMILAR",
    "latin_words",
    "lone_latin_names",
    "lone_name_uses",
    "reading",
    "written_lower",
]

#: The fewest consonants a one-word name keeps (folded) to be looked for.
MIN_CONSONANTS = 3
#: How alike two readings are at least (normalised Indel similarity).
SIMILAR = 0.8
#: The fewest articles a form must be written in.
MIN_ARTICLES = 2
#: A form this common in its language (wordfreq's Zipf scale, 1 in 300,000 words) and ten
#: times as common as the Latin name is a word of its own.
COMMON = 3.5
#: A Latin name this common in its articles' languages (1 in 30,000 words) is a word they
#: translate.
LATIN_COMMON = 4.5
#: The most Han letters a one-word name is looked for in.
_HAN_LONGEST = 6

_KANA_RUN = re.compile(f"[{KATAKANA}]+")
_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
_HAN_RUN = re.compile(f"[{HAN}]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3]+")
#: What ties two parts of one full name together in kana and Han.
_TIES = frozenset("・·•‧＝=")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_FOLDS = (
    *SPELLING_FOLDS,
    ("g", "k"),
    ("j", "s"),
    ("z", "s"),
    ("f", "b"),
    ("v", "b"),
    ("p", "b"),
    ("d", "t"),
    ("r", "l"),
    ("e", "i"),
    ("y", "i"),
    ("o", "u"),
    ("w", "u"),
    ("h", ""),
)
_VOWELS = re.compile(r"[aiu]+")
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1 << 14)
def reading(word: str) -> str:
    """A word in Latin, kana, Hangul or Han letters as the sounds its spellings by ear share:
    "Neymar" and "네이마르" are "nimal", "ネイマール" "nimalu", "内马尔" "nimal"."""
    if _HANGUL_WORD.fullmatch(word):
        read = anyascii(word).casefold().replace("eu", "")  # the vowel Hangul adds: 르 "leu"
    elif _HAN_RUN.fullmatch(word):
        # pinyin syllables; "er" (尔, 耳) is how Han writes a final r or l
        syllables = re.findall(r"[A-Z][a-z]*", anyascii(word))
        read = "".join("r" if s == "Er" and i else s.casefold() for i, s in enumerate(syllables))
    else:  # the small "ッ" doubles the next consonant, a doubled letter is one here
        read = anyascii(word.replace("ッ", "").replace("ｯ", "")).casefold()
    read = "".join(ch for ch in read if ch.isalpha())
    if not word.isascii():
        read = re.sub(r"n(?=[pbfv])", "m", read)  # "ン", "ㄴ" before a labial: "トランプ"
    for old, new in _FOLDS:
        read = read.replace(old, new)
    return _DOUBLED.sub(r"\1", read)


@functools.lru_cache(maxsize=1 << 14)
def _skeleton(read: str) -> str:
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", read))


def _alike(latin: str, form: str, arabic: bool) -> bool:
    """Whether a Latin word and a form in another script read alike (see the module)."""
    if arabic:
        one, other = voweled(latin), voweled(form)
        same = arabic_consonants(latin) == arabic_consonants(form)
        enough = len(arabic_consonants(latin)) >= MIN_CONSONANTS
    else:
        one, other = reading(latin), reading(form)
        same = _skeleton(one) == _skeleton(other)
        enough = len(_skeleton(one)) >= MIN_CONSONANTS
    return same and enough and Indel.normalized_similarity(one, other) >= SIMILAR


@functools.cache
def _frequencies(language: str) -> Mapping[str, float]:
    """wordfreq's small list of a language, asked as a dict (no tokenizer: Chinese and
    Japanese need optional ones); empty for a language it has no list for."""
    import wordfreq

    try:
        return wordfreq.get_frequency_dict(language, wordlist="small")
    except (LookupError, ValueError, OSError):
        return {}


def _form_zipf(form: str, language: str) -> float:
    import math

    freq = _frequencies(language).get(form)
    return math.log10(freq) + 9 if freq else 0.0


def _forms(text: str) -> Iterable[tuple[int, int, str, str]]:
    """Each whole word of the scripts read here: (start, end, form, script); a Hangul word
    also without its particle, an Arabic one without a glued conjunction or preposition."""
    for m in _KANA_RUN.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before not in _TIES and after not in _TIES:
            yield m.start(), m.end(), m.group(), "kana"
    for m in _HANGUL_WORD.finditer(text):
        word = m.group()
        yield m.start(), m.end(), word, "hangul"
        for particle in PARTICLES:
            if word.endswith(particle) and len(word) > len(particle) + 1:
                yield m.start(), m.end() - len(particle), word[: -len(particle)], "hangul"
    for m in _ARABIC_WORD.finditer(text):
        word = m.group()
        yield m.start(), m.end(), word, "arabic"
        if word[0] in PROCLITIC_LETTERS and len(word) > 3:
            yield m.start() + 1, m.end(), word[1:], "arabic"


class _Wanted:
    """The one-word Latin names looked for, indexed by consonant skeleton, and every other
    Latin word of the packet's names that may compete with them."""

    def __init__(self, targets: Mapping[str, set[str]], others: Mapping[str, set[str]]) -> None:
        self.words: dict[str, set[str]] = {}  # a Latin word → the roots it names
        for roots in (targets, others):
            for root, words in roots.items():
                for word in words:
                    self.words.setdefault(word, set()).add(root)
        self.targets = {w: next(iter(r)) for w, r in self.words.items() if len(r) == 1}
        self.targets = {w: r for w, r in self.targets.items() if w in targets.get(r, ())}
        self._latin: dict[str, list[str]] = {}  # consonant skeleton → the words of it
        self._arabic: dict[str, list[str]] = {}
        for word in self.words:
            self._latin.setdefault(_skeleton(reading(word)), []).append(word)
            self._arabic.setdefault(arabic_consonants(word), []).append(word)
        #: The consonants a wanted name's reading opens with (a Han window is read only there).
        self.openers = {k[:1] for k in self._latin}
        self._owners: dict[tuple[str, str], tuple[str, str] | None] = {}

    def owner(self, form: str, script: str) -> tuple[str, str] | None:
        """The one target root ``form`` reads as and its Latin word, or None."""
        if (form, script) not in self._owners:
            self._owners[form, script] = self._owner(form, script)
        return self._owners[form, script]

    def _owner(self, form: str, script: str) -> tuple[str, str] | None:
        arabic = script == "arabic"
        key = arabic_consonants(form) if arabic else _skeleton(reading(form))
        index = self._arabic if arabic else self._latin
        hits = {w for w in index.get(key, ()) if _alike(w, form, arabic)}
        roots = {r for w in hits for r in self.words[w]}
        if len(roots) != 1 or len(hits) != 1:
            return None
        word = next(iter(hits))
        return (self.targets[word], word) if word in self.targets else None


def _han_forms(text: str, wanted: _Wanted) -> Iterable[tuple[int, int, str, str]]:
    """Han has no word edges: at each letter, the longest run of two letters or more after it
    that reads as a wanted name (then the search goes on after it)."""
    for m in _HAN_RUN.finditer(text):
        run, i = m.group(), 0
        while i < len(run) - 1:
            opener = _skeleton(reading(run[i]))[:1]
            if opener and opener not in wanted.openers:
                i += 1  # no wanted name opens with this letter's consonant: most letters
                continue
            for size in range(min(_HAN_LONGEST, len(run) - i), 1, -1):
                form = run[i : i + size]
                if wanted.owner(form, "han") is not None:
                    yield m.start() + i, m.start() + i + size, form, "han"
                    i += size - 1
                    break
            i += 1


def lone_name_uses(
    targets: Mapping[str, set[str]],
    others: Mapping[str, set[str]],
    paragraphs: Sequence[tuple[str, int, str]],
    languages: Mapping[str, str],
    taken: set[tuple[str, int, int]],
) -> dict[str, list[Occurrence]]:
    """Each target root → its one-word name's uses in the paragraphs' Arabic, Han, kana and
    Hangul words (see the module). ``targets``: root → its one-word Latin names (already
    vetted: recurring, not common); ``others``: root → every other word of the packet's
    names in Latin letters; ``taken``: (article, paragraph, start) of every letter already
    another topic's use, never read again."""
    wanted = _Wanted(targets, others)
    if not wanted.targets:
        return {}
    seen: dict[tuple[str, str], list[Occurrence]] = {}  # (root, form) → its uses
    latin_of: dict[str, str] = {}
    for article, index, text in paragraphs:
        hits: dict[int, tuple[int, str, str, str]] = {}  # start → the shortest form read there
        for start, end, form, script in [*_forms(text), *_han_forms(text, wanted)]:
            if any((article, index, at) in taken for at in range(start, end)):
                continue
            hit = wanted.owner(form, script)
            if hit is not None and (start not in hits or end < hits[start][0]):
                hits[start] = (end, form, *hit)  # "네이마르", not "네이마르와"
        kept: list[tuple[int, int, str, str, str]] = []  # overlapping reads: the shortest
        for start, (end, form, root, latin) in sorted(hits.items(), key=lambda h: h[1][0] - h[0]):
            if all(end <= a or start >= b for a, b, *_ in kept):
                kept.append((start, end, form, root, latin))
        for start, end, form, root, latin in kept:
            latin_of[form] = latin
            seen.setdefault((root, form), []).append(
                Occurrence(article, index, start, end, text[start:end])
            )
    found: dict[str, list[Occurrence]] = {}
    for (root, form), occs in seen.items():
        articles = {o.article for o in occs}
        if len(articles) < MIN_ARTICLES:
            continue
        name_zipf = max(zipf(latin_of[form].casefold(), "en"), 0.0)
        if any(
            _form_zipf(form, languages.get(a, "")) >= max(COMMON, name_zipf + 1.0) for a in articles
        ):
            continue
        found.setdefault(root, []).extend(occs)
    return found


def lone_latin_names(
    surfaces: Iterable[str], articles: Iterable[str], languages: Mapping[str, str]
) -> set[str]:
    """A topic's one-word names in Latin letters worth looking for (see the module): a
    capitalised word of four letters or more, not in capitals, and no very common word of
    the languages of the articles that write it (a brand or a state is common too:
    "Microsoft" is 4.4 in English, "Parc" 4.9 in French); one the packet also writes in
    lower case is a word too (:func:`written_lower`)."""
    tongues = {languages.get(a, "") for a in articles} | {"en"}
    names = set()
    for surface in surfaces:
        if not _LATIN_WORD.fullmatch(surface) or len(surface) < 4 or surface.isupper():
            continue
        if not surface[0].isupper() or not all(ch < "\u0250" for ch in surface):
            continue
        if any(zipf(surface.casefold(), t) >= LATIN_COMMON for t in tongues if t):
            continue
        names.add(surface)
    return names


def written_lower(names: Iterable[str], texts: Iterable[str]) -> set[str]:
    """Which of the names the texts also write in lower case, as a word of their own (not
    in an address: "crowdstrike.com"): a word of the language, whatever else it names."""
    words = sorted({n.casefold() for n in names}, key=len, reverse=True)
    if not words:
        return set()
    pattern = re.compile(r"(?<![\w@./-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w@./-])")
    return {m.group() for text in texts for m in pattern.finditer(text)}


def latin_words(surfaces: Iterable[str]) -> set[str]:
    """Every word in Latin letters of a topic's names."""
    return {
        w
        for s in surfaces
        for w in _LATIN_WORD.findall(s)
        if len(w) >= 3 and all(ch < "\u0250" for ch in w)
    }
