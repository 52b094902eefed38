"""One person named by a title of office and a single name, in several languages.

Popes, monarchs and patriarchs are named by one name that each language translates rather
than transliterates: "Pope Francis", "Papa Francesco", "Papst Franziskus", "папы Франциска".
Their person keys share no surname, so :func:`~briefing.topics.person_spellings.same_person`
never meets them. Here a title of office (a multilingual list of words for a few offices:
general vocabulary, not names) says that the word after it is such a single name, and the
names are compared by their stems:

- two titled forms of the same office join when their names' stems are alike;
- a single name written alone (Russian writes "папа" in lower case, so only "Франциска" is
  a name there) joins the one titled person its stem is alike to, and nobody when it is
  alike to two, or when it is already part of a longer name.

A given name shared by a pope and a king ("Pope Paul" / "King Paul") stays two people: the
offices differ. Two popes of one name are told apart by their numerals, which make a regnal
name, never a titled single name.

A regnal name is also the name its bearer took: "Robert Prevost … took the name Leo XIV"
joins the two when the articles say so more than once (:func:`taken_name_pairs`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from rapidfuzz import fuzz

from briefing.topics.languages import latin
from briefing.topics.spelling import skeleton

#: Words for an office held by someone named by one name, in the languages read here,
#: singular and plural ("Popes Francis and Benedict"), Russian and Ukrainian as lemmas.
OFFICES: dict[str, tuple[str, ...]] = {
    "pope": (
        "pope", "popes", "pontiff", "papa", "papi", "papst", "päpste", "pape", "papes",
        "papież", "paus", "папа", "папи",
    ),
    "king": ("king", "kings", "könig", "roi", "re", "rey", "rei", "koning", "kral", "король"),
    "queen": (
        "queen", "königin", "reine", "regina", "reina", "rainha", "koningin", "kraliçe",
        "королева",
    ),
    "emperor": (
        "emperor", "kaiser", "empereur", "imperatore", "emperador", "imperador", "keizer",
        "imparator", "император", "імператор",
    ),
    "patriarch": ("patriarch", "patriarca", "patriarche", "patrik", "патриарх", "патріарх"),
    "sultan": ("sultan", "sultanı", "султан"),
}  # fmt: skip


@functools.cache
def _office_of() -> dict[str, str]:
    """Office by the key's spelling of each of its words ("папа" → "papa").

    Built on first use, not on import: spelling the Cyrillic words loads pymorphy3's Russian
    and Ukrainian dictionaries (about 40 MB and 0.8 s), and every launch that reads the topics
    from their cache imports this module without extracting anything."""
    return {skeleton(latin(word)): office for office, words in OFFICES.items() for word in words}


#: How alike two names' stems must be (rapidfuzz's normalised Indel similarity).
STEM_RATIO = 75
#: Names shorter than this are too short to compare by stem ("Leo", "Pio").
MIN_NAME = 4

_ENDING = re.compile(r"(?:us|os|um|[aeiouy])$")


def stem(name: str) -> str:
    """A single name's stem across languages: romanised, one spelling for the sounds
    languages write differently (ts/z/c, k/c), a Latin or Romance ending cut:
    "Francesco" → "francesc", "Franziskus" → "fransisc", "Франциска" → "francisc"."""
    word = skeleton(latin(name)).replace("ts", "c").replace("k", "c").replace("z", "s")
    cut = _ENDING.sub("", word)
    return cut if len(cut) >= MIN_NAME else word


def stems_alike(a: str, b: str) -> bool:
    """Same opening letters and most letters in order: "francis" / "francesc"."""
    return a[:2] == b[:2] and (a.startswith(b) or b.startswith(a) or fuzz.ratio(a, b) >= STEM_RATIO)


def _words(key: str) -> list[str]:
    return [skeleton(latin(w)) for w in key[2:].split()]


def titled_pairs(
    keys: list[str], is_person: Callable[[str], bool], find: Callable[[str], str]
) -> list[tuple[str, str]]:
    """Pairs of keys ("p:"/"n:") naming one office holder by a single name.

    ``is_person``: whether a key was seen as a person; ``find``: a key's current topic
    (its union-find root), so that forms already joined count as one candidate.
    """
    office_of = _office_of()
    titled: list[tuple[str, str, str]] = []  # (key, office, stem)
    alone: list[tuple[str, str]] = []  # (key, stem)
    for key in keys:
        words = _words(key)
        if len(words) == 2 and words[0] in office_of and words[1].isalpha():
            if len(words[1]) >= MIN_NAME:
                titled.append((key, office_of[words[0]], stem(words[1])))
        elif (
            len(words) == 1 and words[0].isalpha() and len(words[0]) >= MIN_NAME and is_person(key)
        ):
            alone.append((key, stem(words[0])))
    pairs: list[tuple[str, str]] = []
    for i, (a, office_a, stem_a) in enumerate(titled):
        for b, office_b, stem_b in titled[i + 1 :]:
            if office_a == office_b and stems_alike(stem_a, stem_b):
                pairs.append((a, b))
    # Topics holding a longer name (given name and surname): a lone word in one of them is
    # that person's, not an office holder's.
    named = {find(k) for k in keys if len(k[2:].split()) >= 2 and _words(k)[0] not in office_of}
    joined = _components(pairs, find)
    for key, stem_alone in alone:
        if find(key) in named:
            continue
        fits = {joined(k) for k, _office, s in titled if stems_alike(stem_alone, s)}
        if len(fits) == 1:
            target = next(k for k, _office, s in titled if stems_alike(stem_alone, s))
            pairs.append((key, target))
    return pairs


def _components(pairs: list[tuple[str, str]], find: Callable[[str], str]) -> Callable[[str], str]:
    """A key's group once ``pairs`` are joined (on top of the topics ``find`` knows)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        key = find(key)
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return root


#: The word for a name in "took the name …" in the languages read here (German "Namen",
#: Turkish "adını"/"ismini", Ukrainian "ім'я").
NAME_WORDS = frozenset(
    ["name", "nome", "nombre", "namen", "nom", "naam", "imię", "adını", "ismini", "имя", "ім'я"]
)
#: "the name of Pope Leo XIV": at most this many words between the name word and the name.
_BETWEEN = 2
_SENTENCE_END = re.compile(r"[.!?]\s")
_WORD_RE = re.compile(r"[^\W\d_][\w'’]*")

#: Articles in which one person takes the name before it is joined to them.
TAKEN_IN = 2


def taken_name_pairs(
    regnal: dict[str, list[tuple[str, int, int]]],
    people: list[tuple[str, int, int, str]],
    texts: dict[tuple[str, int], str],
) -> list[tuple[str, str]]:
    """(regnal topic, person topic) pairs: the person "took the name" of the regnal name.

    ``regnal``: each regnal name's topic → its sightings (article, paragraph, start);
    ``people``: sightings of full names (article, paragraph, end, topic). A sighting of a
    regnal name right after a word for "name" ("ha scelto il nome di Leone XIV", "took the
    name Leo XIV") is credited to the person named last before it in the same sentence. The
    two are joined when that person is credited in :data:`TAKEN_IN` articles or more and no
    other person is.
    """
    by_paragraph: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for article, paragraph, end, topic in people:
        by_paragraph.setdefault((article, paragraph), []).append((end, topic))
    pairs = []
    for topic, sightings in regnal.items():
        credited: dict[str, set[str]] = {}
        for article, paragraph, start in sightings:
            text = texts.get((article, paragraph), "")
            opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
            words = _WORD_RE.findall(text[opening:start])
            if not any(w.casefold() in NAME_WORDS for w in words[-1 - _BETWEEN :]):
                continue
            before = [
                (end, who)
                for end, who in by_paragraph.get((article, paragraph), ())
                if opening <= end <= start and who != topic
            ]
            if before:
                credited.setdefault(max(before)[1], set()).add(article)
        often = [who for who, articles in credited.items() if len(articles) >= TAKEN_IN]
        if len(often) == 1:
            pairs.append((topic, often[0]))
    return pairs
