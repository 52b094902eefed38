"""A school, a headquarters or an island a packet names only in Hangul and Han letters.

No Latin text writes some names of a Korean story at all, and the gazetteer knows few of
them: a high school ("정화고등학교", an invented Jeonghwa High School, "정화고" for
short; Chinese "正和高中"), an emergency headquarters ("중앙수해대책본부"; Chinese and
Japanese "水害對策本部"), a small island county ("백산도"; "白山島"). Korean writes
such a name as one word ending in its class's noun, and the first pass, which reads
capitals, never sees it. Two facts make the word a name:

* **the class's noun closes it** (:data:`ORGANISATIONS`: high school, middle school,
  university, headquarters), a particle stripped first (:data:`PARTICLES`), with a stem of
  two syllables or more before it: a name, not the noun with a prefix ("고등학생" a high
  school pupil ends in another noun; "본부장" a chief is a title, the noun inside a longer
  word). A high school is also written by its stem and "고" or "고교" ("정화고"), joined to its
  full name only when the full name is written; a stem that ends another after a place the
  packet lists (a town glued before the school: "서산정화고등학교", 서산 a place topic) is the
  same body, after anything else another ("남정화고등학교");
* **two articles write it** (:data:`MIN_ARTICLES`): one article's repetition is no topic.

Han text is unsegmented, so a Han name is never read alone: a run that ends in a class's
Han noun (:data:`HAN_ORGANISATIONS`: "高中", "本部") joins a Hangul name when the Hanja
reading of the letters before the noun (:func:`.korean_keys.han_readings`, Unihan's Sino-Korean
readings) is a stem the Hangul text writes ("光明" read 광명 never joins 정화; "中央水害對策"
read 중앙수해대책 joins "중앙수해대책본부"); the longest such tail no other topic holds is
the name's span.

An island is read the same way the other way round: a Han run ending in "島" or "岛" whose
Hanja reading is a Hangul word of the packet, written bare or before "군" (county): "白山島"
read 백산도 beside "백산도" or "백산도군". Both scripts, two articles; a listed place whose
name sounds the same ("Baeksan" for 백산도) takes the uses instead. Common nouns ending in
the island letter (peninsula "半島", archipelago "列島", islands "諸島") are never names.

A district ("-구", 區/区) is a common noun's end as often ("출입구" a doorway, "선거구" a
constituency, "자치구" a self-governing district): it is a place only when one text writes
it right after a place of the packet, as an address does ("서울 백송구", an invented
district of Seoul), a Han run ending in 區 or 区 reads as it ("白松区"), and two articles
write it. A constituency after its city and in Japanese ("選挙区") would pass: rare, and
left so.

A use another topic already holds is theirs (a known island's Han name read by the
gazetteer); a name left with fewer than two articles is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.korean_keys import han_readings, skeleton, syllables
from briefing.topics.rank_cluster import Cluster

__all__ = [
    "HAN_ORGANISATIONS",
    "MIN_ARTICLES",
    "ORGANISATIONS",
    "PARTICLES",
    "add_suffixed_names",
    "suffixed_names",
]

#: Hangul nouns that close the name of a body (the school's short forms come after).
ORGANISATIONS = ("고등학교", "중학교", "초등학교", "대학교", "본부")
#: The short forms of a high school's name, read only where the full name is written.
_SCHOOL_SHORT = ("고교", "고")
#: Han nouns that close the name of a body, and the Hangul noun each stands for.
HAN_ORGANISATIONS = {
    "高中": "고등학교",
    "高校": "고등학교",
    "高等學校": "고등학교",
    "高等学校": "고등학교",
    "中學": "중학교",
    "中学": "중학교",
    "大學": "대학교",
    "大学": "대학교",
    "本部": "본부",
}
#: Han letters for an island, and common nouns that end in them.
_ISLAND = "島岛"
#: A district's Hangul noun and its Han letters.
_DISTRICT = ("구",)
_HAN_DISTRICT = "區区"
_NOT_ISLAND = frozenset("半列諸诸群本離离全小孤")
#: Particles after a noun (case, topic, and, with, from, to): stripped from a word's end.
PARTICLES = tuple(
    sorted(
        (
            *("은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "으로"),
            *("에서", "에게", "에는", "에서는", "으로는", "로는", "까지", "부터", "와의", "과의"),
            *("이다", "이며", "에도", "처럼", "보다", "측은", "측이"),
        ),
        key=len,
        reverse=True,
    )
)
#: The fewest articles that write a name.
MIN_ARTICLES = 2
#: The fewest syllables of a stem, and the most Han letters before a class's noun.
_MIN_STEM = 2
_MAX_HAN = 10
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


def _strip(word: str) -> str:
    """The word without one particle at its end (when two syllables remain)."""
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= _MIN_STEM:
            return word[: -len(particle)]
    return word


def _words(text: str) -> Iterable[tuple[int, int, str]]:
    """Each Hangul word's span and its form without a particle."""
    for m in _HANGUL_WORD.finditer(text):
        bare = _strip(m.group())
        yield m.start(), m.start() + len(bare), bare


def _class_of(word: str, suffixes: Iterable[str]) -> tuple[str, str] | None:
    """(stem, suffix) when the word ends in a suffix after a stem long enough."""
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)], suffix
    return None


def _bodies(
    hangul: Sequence[tuple[str, int, str]], towns: Collection[str] = ()
) -> dict[tuple[str, str], list[Occurrence]]:
    """(stem, noun) → the Hangul uses of each body's full name, stems that end another
    after one of the ``towns`` (Hangul words of place topics) joined under the shorter,
    then the high schools' short forms."""
    found: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for article, index, text in hangul:
        for start, end, word in _words(text):
            hit = _class_of(word, ORGANISATIONS)
            if hit is not None:
                found[hit].append(Occurrence(article, index, start, end, word))
    joined: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for (stem, noun), uses in found.items():
        shorter = [
            s
            for s, n in found
            if n == noun and s != stem and stem.endswith(s) and stem[: -len(s)] in towns
        ]
        key = (min(shorter, key=len), noun) if shorter else (stem, noun)
        joined[key].extend(uses)
    schools = {stem for stem, noun in joined if noun == "고등학교"}
    if schools:
        for article, index, text in hangul:
            for start, end, word in _words(text):
                hit = _class_of(word, _SCHOOL_SHORT)
                if hit is None:
                    continue
                school = next((s for s in schools if hit[0].endswith(s)), None)
                if school is not None:
                    joined[school, "고등학교"].append(Occurrence(article, index, start, end, word))
    return dict(joined)


def _han_bodies(
    han: Sequence[tuple[str, int, str]],
    bodies: Mapping[tuple[str, str], list[Occurrence]],
    taken: Mapping[tuple[str, int], Sequence[tuple[int, int]]],
) -> None:
    """Add to each body the Han runs ending in its noun whose letters before the noun read
    as one of its stems as written: the longest such tail no other topic holds ("安山" of
    a town's topic before the school's own letters stays the town's)."""
    stems: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for key, uses in bodies.items():
        noun = key[1]
        for o in uses:
            hit = _class_of(o.surface, (noun, *_SCHOOL_SHORT))
            if hit is not None:
                stems[noun][hit[0]] = key
    nouns = sorted(HAN_ORGANISATIONS, key=len, reverse=True)
    for article, index, text in han:
        for run in _HAN_RUN.finditer(text):
            word = run.group()
            for noun in nouns:
                at = word.find(noun)
                while at > 0:
                    end = run.start() + at + len(noun)
                    for size in range(min(at, _MAX_HAN), _MIN_STEM - 1, -1):
                        start = end - len(noun) - size
                        use = Occurrence(article, index, start, end, text[start:end])
                        body = _stem_of(
                            text[start : end - len(noun)], stems[HAN_ORGANISATIONS[noun]]
                        )
                        if body is not None and _free(use, taken):
                            bodies[body].append(use)
                            break
                    at = word.find(noun, at + len(noun))


def _stem_of(letters: str, stems: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The body one of whose stems the letters read as."""
    return next((stems[r] for r in han_readings(letters) if r in stems), None)


def _islands(
    hangul: Sequence[tuple[str, int, str]],
    han: Sequence[tuple[str, int, str]],
) -> dict[str, list[Occurrence]]:
    """Hangul word → the uses of an island named in both scripts (module docstring)."""
    bare: dict[str, list[Occurrence]] = defaultdict(list)
    for article, index, text in hangul:
        for start, end, word in _words(text):
            if word.endswith("군") and len(word) - 1 >= _MIN_STEM:
                bare[word[:-1]].append(Occurrence(article, index, start, end, word))
            else:
                bare[word].append(Occurrence(article, index, start, end, word))
    found: dict[str, list[Occurrence]] = defaultdict(list)
    for article, index, text in han:
        for run in _HAN_RUN.finditer(text):
            word = run.group()
            for at, letter in enumerate(word):
                if letter not in _ISLAND or at == 0 or word[at - 1] in _NOT_ISLAND:
                    continue
                for size in range(min(at, 3), 0, -1):  # two to four letters with the island's
                    tail = word[at - size : at + 1]
                    named = [r for r in han_readings(tail) if r in bare]
                    if named:
                        start = run.start() + at - size
                        found[named[0]].append(
                            Occurrence(article, index, start, at + 1 + run.start(), tail)
                        )
                        break
    return {w: bare[w] + uses for w, uses in found.items()}


def _districts(
    hangul: Sequence[tuple[str, int, str]],
    han: Sequence[tuple[str, int, str]],
    places: Mapping[tuple[str, int], Sequence[tuple[int, int]]],
) -> dict[str, list[Occurrence]]:
    """Hangul word → the uses of a district written after its city at least once and in
    Han letters that read as it (module docstring)."""
    uses: dict[str, list[Occurrence]] = defaultdict(list)
    addressed: set[str] = set()
    for article, index, text in hangul:
        ends = {e for _s, e in places.get((article, index), ())}
        for start, end, word in _words(text):
            if _class_of(word, _DISTRICT) is None:
                continue
            uses[word].append(Occurrence(article, index, start, end, word))
            if start - 1 in ends and text[start - 1] == " ":
                addressed.add(word)
    for article, index, text in han:
        for run in _HAN_RUN.finditer(text):
            word = run.group()
            for at, letter in enumerate(word):
                if letter not in _HAN_DISTRICT or at < _MIN_STEM:
                    continue
                for size in range(min(at, _MIN_STEM + 1), _MIN_STEM - 1, -1):
                    tail = word[at - size : at + 1]
                    named = [r for r in han_readings(tail) if r in addressed]
                    if named:
                        start = run.start() + at - size
                        uses[named[0]].append(
                            Occurrence(article, index, start, at + 1 + run.start(), tail)
                        )
                        break
    return {
        w: found
        for w, found in uses.items()
        if w in addressed and any(_HAN_RUN.fullmatch(o.surface) for o in found)
    }


def suffixed_names(
    paragraphs: Sequence[tuple[str, int, str]],
    taken: Mapping[tuple[str, int], Sequence[tuple[int, int]]],
    places: Mapping[tuple[str, int], Sequence[tuple[int, int]]] | None = None,
) -> list[Cluster]:
    """The bodies, islands and districts of the module's docstring, each a cluster, their
    uses free of the spans other topics hold (``taken``: (article, paragraph) → spans;
    ``places``: the spans place topics hold, a subset)."""
    hangul = [p for p in paragraphs if not p[2].isascii() and _HANGUL_WORD.search(p[2])]
    if not hangul:
        return []
    han = [p for p in paragraphs if not p[2].isascii() and _HAN_RUN.search(p[2])]
    towns = {
        text[s:e]
        for article, index, text in hangul
        for s, e in (places or {}).get((article, index), ())
        if _HANGUL_WORD.fullmatch(text[s:e])
    }
    bodies = _bodies(hangul, towns)
    if bodies and han:
        _han_bodies(han, bodies, taken)
    made: list[Cluster] = []
    groups = [("organisation", "", uses) for uses in bodies.values()]
    islands = _islands(hangul, han) if han else {}
    groups += [("place", word, uses) for word, uses in islands.items()]
    districts = _districts(hangul, han, places or {})
    groups += [("place", word, uses) for word, uses in districts.items()]
    for kind, word, uses in groups:
        free = [o for o in uses if _free(o, taken)]
        if len({o.article for o in free}) < MIN_ARTICLES:
            continue
        made.append(Cluster(kind, word or _name(free), sorted(free)))
    return made


def _free(o: Occurrence, taken: Mapping[tuple[str, int], Sequence[tuple[int, int]]]) -> bool:
    return all(o.end <= s or e <= o.start for s, e in taken.get((o.article, o.paragraph), ()))


def _name(uses: Sequence[Occurrence]) -> str:
    """The Hangul form written most often (ties: the longest, then the first)."""
    counts: dict[str, int] = defaultdict(int)
    for o in uses:
        if _HANGUL_WORD.fullmatch(o.surface):
            counts[o.surface] += 1
    return max(counts, key=lambda s: (counts[s], len(s)))


def add_suffixed_names(
    clusters: dict[str, Cluster], paragraphs: Sequence[tuple[str, int, str]]
) -> None:
    """Add each body or island of :func:`suffixed_names` once the other topics hold their
    uses (the spans they hold are theirs)."""
    if not any(not t.isascii() and _HANGUL_WORD.search(t) for _a, _i, t in paragraphs):
        return
    taken: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    at_places: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for cluster in clusters.values():
        for o in cluster.occurrences:
            taken[o.article, o.paragraph].append((o.start, o.end))
            if cluster.kind == "place":
                at_places[o.article, o.paragraph].append((o.start, o.end))
    places = [c for c in clusters.values() if c.kind == "place"]
    for cluster in suffixed_names(paragraphs, taken, at_places):
        same = _same_place(cluster, places) if cluster.kind == "place" else None
        if same is not None:
            same.occurrences.extend(cluster.occurrences)
        else:
            clusters.setdefault("k:" + cluster.name, cluster)


def _same_place(island: Cluster, places: Sequence[Cluster]) -> Cluster | None:
    """The one listed place written somewhere as the island's Hangul name sounds, with or
    without its island syllable ("Baeksan" for 백산도): the island is that place, not a
    second one."""
    forms = {island.name, island.name.removesuffix("도")}
    keys = {(skeleton(f), syllables(f)) for f in forms if len(f) >= _MIN_STEM}
    same = [
        c
        for c in places
        if any((skeleton(w), syllables(w)) in keys for w in {o.surface for o in c.occurrences})
    ]
    return same[0] if len(same) == 1 else None
