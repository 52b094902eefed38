"""The packet's topics found again in its articles written in scripts without capitals.

The first pass reads names by their capitals, so a Chinese, Japanese, Korean, Arabic, Persian,
Hebrew, Hindi or Thai article adds no mention to the topics the other articles name, and a
reader of that article gets no passage from it. Once the topics are merged and their mentions
found (:func:`~.assemble.build`), this adds, in the paragraphs that have a letter of those
scripts:

- the places the packet already has, by their names in those scripts (:mod:`.uncased_places`);
- a topic's name in Latin letters glued to such a script, where the word scan sees one word:
  "ISRO的", "ISRO는" (a bracketed "(ISRO)" is found by the scan already), and a body's name in
  Han, kana or Hangul the packet has (:mod:`.uncased_bodies`) glued to the next word
  ("世界衛生組織昨(11日)", "世界衛生組織 yesterday");
- a person's or a body's full name written by ear in those scripts (:mod:`.uncased_people`;
  a body's in Arabic script by :mod:`.arabic_names`, which reads people already);
- a person's Han name the text glosses with their Latin name (:mod:`.han_glosses`).

Nothing here makes a topic: only topics the capitalised scripts already found are joined, so a
name in those scripts misread (a place name inside an unrelated Han compound, a gazetteer
name that is also a common word) adds a mention to a topic the packet has, never a topic of
its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.arabic_names import ARABIC_LETTER, arabic_uses
from briefing.topics.candidates import Occurrence
from briefing.topics.capital_names import capitals_named
from briefing.topics.east_asian_names import east_asian_uses
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.han_glosses import han_gloss_uses
from briefing.topics.han_offices import OFFICE_TITLE, office_surnames
from briefing.topics.kana_glosses import gloss_uses
from briefing.topics.lone_readings import (
    latin_words,
    lone_latin_names,
    lone_name_uses,
    written_lower,
)
from briefing.topics.rank import Cluster
from briefing.topics.titled_given import titled_given_uses
from briefing.topics.uncased_acronyms import acronym_uses
from briefing.topics.uncased_people import person_uses
from briefing.topics.uncased_places import (
    UNCASED_LETTER,
    place_uses,
    shared_capitals,
    uncased_places,
)
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA

#: A name all in Han, katakana or Hangul letters (hiragana writes particles, no names).
_UNSPACED_NAME = re.compile(f"[{HAN}{KATAKANA}{HANGUL}]+")
#: A run of Latin letters and digits (with inner hyphens and dots) inside other text.
_LATIN_RUN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?")


def add_uncased_uses(
    clusters: dict[str, Cluster],
    paragraphs: Sequence[tuple[str, int, str]],
    gaz: Gazetteer,
    languages: Mapping[str, str],
) -> None:
    """Extend the clusters' occurrences with their uses in uncased-script paragraphs."""
    # An ASCII text holds no such letter: asked first, in constant time (a string knows it
    # is ASCII), of each of the briefing's paragraphs, in this process alone.
    uncased = [p for p in paragraphs if not p[2].isascii() and UNCASED_LETTER.search(p[2])]
    if not uncased:
        return
    _places(clusters, uncased, gaz, languages)
    _glued_latin(clusters, uncased)
    _glued_bodies(clusters, uncased)
    named = {
        root: {o.surface for o in c.occurrences}
        for root, c in clusters.items()
        if c.kind in ("person", "organisation") and c.occurrences
    }
    persons = {r for r in named if clusters[r].kind == "person"}
    # a short surname alone is read for the people named in two articles or more only
    recurring = {r for r in persons if len({o.article for o in clusters[r].occurrences}) > 1}
    for root, occs in person_uses(named, uncased, persons, recurring).items():
        _extend(clusters[root], occs)
    # "해리 왕자", "الأمير هاري", "哈利王子": a title and one given name (:mod:`.titled_given`)
    titled = titled_given_uses(
        {r: clusters[r].occurrences for r in persons}, paragraphs, uncased, languages
    )
    for root, occs in titled.items():
        _extend(clusters[root], occs)
    _office_surnames(clusters, persons, paragraphs, uncased, gaz)  # "塞拉勒总理"
    # a Han name glossed in Latin letters: "谭德赛(Tedros Adhanom Ghebreyesus)", :mod:`.han_glosses`
    glossed = {r: clusters[r].occurrences for r in persons}
    for root, occs in han_gloss_uses(glossed, uncased).items():
        _extend(clusters[root], occs)
    # any topic's Japanese name glossed in Latin letters: "日揮(JGC Corporation)"
    # (:mod:`.kana_glosses`)
    latin = {
        root: {o.surface for o in c.occurrences}
        for root, c in clusters.items()
        if c.kind != "theme" and not root.startswith("t:") and c.occurrences
    }
    for root, occs in gloss_uses(latin, uncased, paragraphs).items():
        _extend(clusters[root], occs)
    # family name first, kanji read in Japanese: "安倍晋三", "아베 신조" (:mod:`.east_asian_names`)
    for root, occs in east_asian_uses(named, uncased, persons).items():
        _extend(clusters[root], occs)
    # a body's name Arabic writes by ear ("كريدي سويس"): people are :func:`~.assemble`'s
    bodies = {r: w for r, w in named.items() if clusters[r].kind == "organisation"}
    arabic = [p for p in uncased if ARABIC_LETTER.search(p[2])]
    for root, occs in arabic_uses(bodies, arabic).items():
        _extend(clusters[root], occs)
    acronyms = {
        o.surface: root
        for root, c in clusters.items()
        if c.kind != "theme"
        for o in c.occurrences
        if o.surface.isupper() and o.surface.isalpha() and o.surface.isascii()
    }
    for root, occs in acronym_uses(acronyms, uncased).items():
        _extend(clusters[root], occs)
    _lone_names(
        clusters, paragraphs, uncased, languages
    )  # "Neymar", "ネイマール": :mod:`.lone_readings`


def _places(
    clusters: dict[str, Cluster],
    uncased: Sequence[tuple[str, int, str]],
    gaz: Gazetteer,
    languages: Mapping[str, str],
) -> None:
    """The packet's places by their names in uncased scripts. A place only those scripts name
    makes no topic: read on the dev packets, half of those were a word the gazetteer has for
    another thing ("月の南極", the Moon's south pole, is CLDR's Antarctica in Japanese;
    "日本時間", Japan's time zone)."""
    owners: dict[str, tuple[int, str]] = {}  # canonical place → (uses, its cluster's root)
    for root, c in clusters.items():
        if c.kind != "place" or not c.occurrences:
            continue
        known = {root[2:]} if root.startswith("g:") else set()
        known.update(filter(None, map(gaz.place, {o.surface for o in c.occurrences})))
        for place in known:  # a name two clusters claim goes to the one used most
            owners[place] = max(owners.get(place, (0, "")), (len(c.occurrences), root))
    names = uncased_places(gaz, frozenset(languages.values()))
    texts = {(a, i): t for a, i, t in uncased}
    uses = [(place, o) for place, occs in place_uses(names, uncased).items() for o in occs]
    # "الجزائر العاصمة": the capital a country's name also names (:mod:`.capital_names`)
    shared = shared_capitals(names, gaz, frozenset(languages.values()))
    for place, o in capitals_named(uses, texts, shared.get)[0]:
        if place in owners:
            _extend(clusters[owners[place][1]], [o])


def _office_surnames(
    clusters: dict[str, Cluster],
    persons: set[str],
    paragraphs: Sequence[tuple[str, int, str]],
    uncased: Sequence[tuple[str, int, str]],
    gaz: Gazetteer,
) -> None:
    """A person's short surname in Han before the office the Latin articles give them
    (:mod:`.han_offices`); read only when a Han paragraph writes such an office."""
    han = [p for p in uncased if OFFICE_TITLE.search(p[2])]
    if not han:
        return
    people = {r: clusters[r].occurrences for r in persons}
    where = {(o.article, o.paragraph) for occs in people.values() for o in occs}
    texts = {(a, i): t for a, i, t in paragraphs if (a, i) in where}
    taken = {
        (o.article, o.paragraph, o.start)
        for r in persons
        for o in clusters[r].occurrences
        if not o.surface.isascii()
    }
    is_place = lambda run: gaz.place(run) is not None  # noqa: E731
    for root, occs in office_surnames(people, texts, han, taken, is_place).items():
        _extend(clusters[root], occs)


def _lone_names(
    clusters: dict[str, Cluster],
    paragraphs: Sequence[tuple[str, int, str]],
    uncased: Sequence[tuple[str, int, str]],
    languages: Mapping[str, str],
) -> None:
    """A topic named by one word in Latin letters, found by its reading in Arabic, Han, kana
    and Hangul words (:mod:`.lone_readings`), once every other rule has had its say."""
    targets: dict[str, set[str]] = {}
    others: dict[str, set[str]] = {}
    for root, c in clusters.items():
        if c.kind == "theme" or root.startswith("t:") or not c.occurrences:
            continue
        surfaces = {o.surface for o in c.occurrences}
        others[root] = latin_words(surfaces)
        articles = {o.article for o in c.occurrences if _latin(o.surface)}
        if len(articles) >= 2:
            targets[root] = lone_latin_names(surfaces, articles, languages)
    lower = written_lower(
        {n for names in targets.values() for n in names}, (t for *_, t in paragraphs)
    )
    targets = {r: {n for n in names if n.casefold() not in lower} for r, names in targets.items()}
    taken = {
        (o.article, o.paragraph, at)
        for c in clusters.values()
        for o in c.occurrences
        for at in range(o.start, o.end)
        if not o.surface.isascii()
    }
    for root, occs in lone_name_uses(targets, others, uncased, languages, taken).items():
        _extend(clusters[root], occs)


def _latin(surface: str) -> bool:
    return all(ch < "\u0250" for ch in surface if ch.isalpha())


def _extend(cluster: Cluster, occs: list[Occurrence]) -> None:
    """Add the uses not already among the cluster's (the same span of the same paragraph)."""
    seen = {(o.article, o.paragraph, o.start) for o in cluster.occurrences}
    cluster.occurrences.extend(o for o in occs if (o.article, o.paragraph, o.start) not in seen)


def _glued_latin(clusters: dict[str, Cluster], uncased: Sequence[tuple[str, int, str]]) -> None:
    """A topic's one-word Latin name (an acronym, a name) that an uncased letter touches."""
    owner: dict[str, str] = {}
    for root, c in clusters.items():
        if c.kind == "theme" or root.startswith("t:"):
            continue
        for o in c.occurrences:
            if _LATIN_RUN.fullmatch(o.surface) and len(o.surface) >= 2:
                owner.setdefault(o.surface, root)
    if not owner:
        return
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in uncased:
        for m in _LATIN_RUN.finditer(text):
            if m.group() not in owner:
                continue
            root = owner[m.group()]
            before = text[m.start() - 1 : m.start()]
            after = text[m.end() : m.end() + 1]
            if UNCASED_LETTER.match(before) or UNCASED_LETTER.match(after):
                found.setdefault(root, []).append(
                    Occurrence(article, index, m.start(), m.end(), m.group())
                )
    for root, occs in found.items():
        _extend(clusters[root], occs)


#: Fewest letters of a body's name in Han, kana or Hangul found inside a longer run: two or
#: three are a word ("世衛" is also in "世衛生"), four and more a body's whole name.
_GLUED_NAME = 4


def _glued_bodies(clusters: dict[str, Cluster], uncased: Sequence[tuple[str, int, str]]) -> None:
    """A body's name in an unspaced script ("世界衛生組織", which a bracket tied to its acronym)
    found where the next word runs on from it ("世界衛生組織昨"), which the word scan misses."""
    owner: dict[str, str] = {}
    for root, c in clusters.items():
        if c.kind == "organisation":
            for o in c.occurrences:
                if len(o.surface) >= _GLUED_NAME and _UNSPACED_NAME.fullmatch(o.surface):
                    owner.setdefault(o.surface, root)
    if not owner:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(owner, key=len, reverse=True))))
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in uncased:
        for m in pattern.finditer(text):
            found.setdefault(owner[m.group()], []).append(
                Occurrence(article, index, m.start(), m.end(), m.group())
            )
    for root, occs in found.items():
        _extend(clusters[root], occs)
