"""A landmark the packet names in Latin letters, found again in Han, Kana, Hangul and Arabic.

Chinese, Japanese, Korean and Arabic write a foreign landmark as its proper part by ear and
their own noun for the feature: "塞納河", "セーヌ川", "센강", "نهر السين" (the Seine, a river);
"艾菲爾鐵塔", "エッフェル塔", "에펠탑", "برج إيفل" (the Eiffel Tower). No capital shows a name,
so the first pass never reads them. Once the topics are merged (:func:`~.assemble.build`),
this looks, in those scripts' paragraphs, for each script's feature nouns (:data:`HEADS`, a
small table of nouns; no landmark's name is listed) and compares the proper part beside the
noun, by its consonants (:func:`~.landmarks.landmark_key`), with the proper parts of the
packet's landmarks of that feature (:func:`~.landmarks.readings`). A key two landmarks of one
feature share finds neither; the proper part must also open as the landmark's does (a vowel,
or the same consonant). In Latin and Cyrillic letters, a landmark's proper part beside another
language's noun for its feature, capitalised, is found too ("Austerlitz-Brücke":
:func:`headed_uses`), a form the first pass did not list. One topic is made here: a landmark
two of katakana, Hangul and Arabic write with one feature's noun and a proper part of the
same sounds, four consonants at least (:func:`agreed_landmarks`: "トロカデロ広場", "트로카데로
광장"), found then in Han and as a capitalised Latin word of those sounds ("Trocadero").

Where the proper part starts:

- Katakana: the whole run of katakana before the noun ("セーヌ" of "セーヌ川");
- Hangul: the word before the noun, glued ("센강") or a space apart ("센 강"), opening at a
  word's edge; the particles after it are left out ("센강서", "에펠탑에서");
- Han: no edge shows, so the shortest tail of the run of Han letters before the noun whose
  sounds are the landmark's (two letters at least: "塞納" of "在塞納河") and whose first
  letter opens as the Latin name does (:func:`opening`: "艾菲爾", not "菲爾", is Eiffel);
- Arabic: the word after the noun, its article "ال" and a preposition glued to the noun
  allowed ("بنهر السين").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence

from anyascii import anyascii

from briefing.topics.arabic_names import ARABIC_LETTER
from briefing.topics.candidates import Occurrence
from briefing.topics.distinct_texts import each_text
from briefing.topics.landmarks import MIN_CONSONANTS, feature_span, landmark_key
from briefing.topics.lexicon import KOREAN_PARTICLES
from briefing.topics.rank import Cluster
from briefing.topics.uncased_places import UNCASED_LETTER
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA, sound_key

__all__ = [
    "HEADS",
    "add_landmark_uses",
    "agreed_landmarks",
    "headed_uses",
    "landmark_uses",
    "latin_uses",
]

#: Feature nouns of the scripts without capitals, by the feature they name.
HEADS: dict[str, dict[str, str]] = {
    "katakana": {"川": "river", "河": "river", "塔": "tower", "タワー": "tower", "橋": "bridge",
                 "広場": "square", "大聖堂": "cathedral", "駅": "station"},
    "han": {"河": "river", "江": "river", "鐵塔": "tower", "铁塔": "tower", "塔": "tower",
            "大橋": "bridge", "大桥": "bridge", "橋": "bridge", "桥": "bridge", "廣場": "square",
            "广场": "square", "大教堂": "cathedral", "車站": "station", "车站": "station"},
    "hangul": {"강": "river", "탑": "tower", "타워": "tower", "다리": "bridge", "대교": "bridge",
               "광장": "square", "대성당": "cathedral", "역": "station"},
    "arabic": {"نهر": "river", "برج": "tower", "جسر": "bridge", "ساحة": "square",
               "ميدان": "square", "كاتدرائية": "cathedral", "محطة": "station"},
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_KATAKANA = re.compile(f"([{KATAKANA}]+)({_alternation(HEADS['katakana'])})")
#: A Hangul proper part and feature noun, then nothing or a particle (:data:`KOREAN_PARTICLES`,
#: and "서", spoken "에서": "센강서") to the word's end: "강" opening "강조" is no river.
_HANGUL = re.compile(
    f"(?<![{HANGUL}])([{HANGUL}]+)( ?)({_alternation(HEADS['hangul'])})"
    f"(?:{_alternation(KOREAN_PARTICLES | {'서'})})?(?![{HANGUL}])"
)
_HAN = re.compile(f"([{HAN}]+?)({_alternation(HEADS['han'])})")
_ARABIC = re.compile(
    f"(?<![\\w])[وفبلك]?({_alternation(HEADS['arabic'])}) ((?:ال)?)([\\u0621-\\u064a]+)(?![\\w])"
)
#: The longest tail of a Han run tried as a proper part.
_HAN_LONGEST = 8
_HAN_LETTER = re.compile(f"[{HAN}]")
#: The fewest consonants of a proper part two scripts must agree on to make a landmark.
AGREED_CONSONANTS = 4
#: The fewest consonants of an agreed landmark's proper part looked for in Latin letters.
LATIN_CONSONANTS = 4
_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]{4,}\b")


def landmark_uses(
    readings: Mapping[str, Iterable[tuple[str, str]]],
    paragraphs: Sequence[tuple[str, int, str]],
) -> dict[str, list[Occurrence]]:
    """Each landmark root (its (feature, proper part) readings) → its uses in the paragraphs
    of scripts without capitals."""
    wanted: dict[tuple[str, str], str | None] = {}
    openings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for root, pairs in readings.items():
        for feature, proper in pairs:
            key = landmark_key(proper)
            if len(key) < MIN_CONSONANTS:
                continue
            owner = wanted.get((feature, key), root)
            wanted[feature, key] = root if owner == root else None  # shared: nobody's
            openings[root, feature].add(opening(proper))
    if not any(wanted.values()):
        return {}

    def fits(feature: str, proper: str) -> str | None:
        owner = wanted.get((feature, landmark_key(proper)))
        if owner is None or opening(proper) not in openings[owner, feature]:
            return None
        return owner

    found: dict[str, list[Occurrence]] = defaultdict(list)
    for article, index, text in paragraphs:
        for start, end, feature, proper, _script in _spans(text, fits):
            owner = fits(feature, proper)
            if owner is not None:
                found[owner].append(Occurrence(article, index, start, end, text[start:end]))
    return dict(found)


def opening(proper: str) -> str:
    """How a proper part opens, as every script's spelling by ear keeps it: a vowel ("v":
    "Eiffel", "艾菲爾", "إيفل") or its first consonant folded ("Velmar", "벨마르": "b"). A key of
    two consonants is common in Han, so the opening must agree too ("三河" is no Seine)."""
    letters = re.sub(r"[^a-z]", "", anyascii(proper.replace("ッ", "")).casefold())
    if not letters or letters[0] in "aeiouywh":
        return "v"
    return sound_key(letters[0]) or "v"


def _spans(
    text: str, fits: Callable[[str, str], str | None], han: bool = True
) -> Iterable[tuple[int, int, str, str, str]]:
    """(start, end, feature, proper part, script) of each feature noun with a name beside
    it; a Han run's tail only where ``fits`` takes it (and ``han``)."""
    for m in _KATAKANA.finditer(text):
        yield m.start(), m.end(), HEADS["katakana"][m.group(2)], m.group(1), "katakana"
    for m in _HANGUL.finditer(text):
        yield m.start(), m.end(3), HEADS["hangul"][m.group(3)], m.group(1), "hangul"
    if ARABIC_LETTER.search(text):
        for m in _ARABIC.finditer(text):
            yield m.start(1), m.end(), HEADS["arabic"][m.group(1)], m.group(3), "arabic"
    if not han:
        return
    for m in _HAN.finditer(text):
        feature = HEADS["han"][m.group(2)]
        run_end = m.start(2)
        run_start = run_end
        while run_start > 0 and _HAN_LETTER.match(text[run_start - 1]):
            run_start -= 1
        for size in range(2, min(_HAN_LONGEST, run_end - run_start) + 1):
            proper = text[run_end - size : run_end]
            if fits(feature, proper) is not None:
                yield run_end - size, m.end(), feature, proper, "han"
                break


def add_landmark_uses(
    clusters: MutableMapping[str, Cluster],
    found: Mapping[str, Iterable[tuple[str, str]]],
    root_of: Callable[[str], str],
    paragraphs: Sequence[tuple[str, int, str]],
) -> None:
    """Extend each place topic with a landmark reading (:func:`~.landmarks.readings`, by name
    key; ``root_of`` gives a key's topic) by its uses in scripts without capitals, and add a
    place topic for a landmark two of those scripts write alike (:func:`agreed_landmarks`)."""
    readings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, pairs in found.items():
        root = root_of(key)
        if root in clusters and clusters[root].kind == "place":
            readings[root].update(pairs)
    for root, occs in headed_uses(readings, paragraphs).items():
        _extend(clusters[root], occs)
    uncased = [p for p in paragraphs if not p[2].isascii() and UNCASED_LETTER.search(p[2])]
    if not uncased:
        return
    for root, occs in landmark_uses(readings, uncased).items():
        _extend(clusters[root], occs)
    agreed = agreed_landmarks(uncased, readings.values())
    if not agreed:
        return
    for root, occs in landmark_uses(agreed, uncased).items():
        occs.extend(latin_uses(agreed[root], paragraphs))
        clusters[root] = Cluster("place", "", occs)


def agreed_landmarks(
    uncased: Sequence[tuple[str, int, str]], known: Iterable[Iterable[tuple[str, str]]] = ()
) -> dict[str, list[tuple[str, str]]]:
    """Landmarks no capital shows, which two scripts write alike: one feature's noun with a
    proper part of the same sounds (:data:`AGREED_CONSONANTS` at least) in two of katakana,
    Hangul and Arabic ("トロカデロ広場", "트로카데로 광장", "ساحة تروكاديرو"); a new topic's key
    ("l:feature:consonants") → its (feature, proper part). Han is left out: its runs have no
    edge, so only a name found otherwise is looked for in them. A feature and sounds the
    packet's landmarks have already (``known``) are theirs."""
    taken = {(f, landmark_key(p)) for pairs in known for f, p in pairs}
    scripts: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    proper_of: dict[tuple[str, str, str], str] = {}
    for _article, _index, text in uncased:
        for _s, _e, feature, proper, script in _spans(text, lambda _f, _p: None, han=False):
            key = landmark_key(proper)
            if len(key) >= AGREED_CONSONANTS and (feature, key) not in taken:
                sound = (feature, key, opening(proper))
                scripts[sound].add(script)
                proper_of.setdefault(sound, proper)
    return {
        f"l:{feature}:{key}": [(feature, proper_of[feature, key, start])]
        for (feature, key, start), seen in scripts.items()
        if len(seen) >= 2
    }


def latin_uses(
    pairs: Iterable[tuple[str, str]], paragraphs: Sequence[tuple[str, int, str]]
) -> list[Occurrence]:
    """A capitalised Latin word with an agreed landmark's sounds and opening ("Trocadero"),
    when they keep :data:`LATIN_CONSONANTS` consonants: a shorter key is many words'."""
    wanted = {
        (landmark_key(p), opening(p)) for _f, p in pairs if len(landmark_key(p)) >= LATIN_CONSONANTS
    }
    found = []
    if wanted:
        for article, index, text in paragraphs:
            for m in _CAPITALISED.finditer(text):
                word = m.group()
                if (landmark_key(word), opening(word)) in wanted:
                    found.append(Occurrence(article, index, m.start(), m.end(), word))
    return found


def headed_uses(
    readings: Mapping[str, Iterable[tuple[str, str]]],
    paragraphs: Sequence[tuple[str, int, str]],
) -> dict[str, list[Occurrence]]:
    """A landmark's proper part in Latin or Cyrillic letters beside another language's noun for
    its feature, capitalised as a name's is, a form no article listed as a name
    ("Austerlitz-Brücke" of the Pont d'Austerlitz): one search of every landmark's proper part
    at once. A noun in lower case ("la tour Eiffel", "la catedral de Notre Dame") describes
    the place in passing: a name written so is often a longer one's ("Notre-Dame de Paris"),
    which it would stand apart from."""
    owner: dict[tuple[str, str], str | None] = {}
    for root, pairs in readings.items():
        for feature, proper in pairs:
            if len(proper) >= 3 and not UNCASED_LETTER.search(proper):
                held = owner.get((feature, proper), root)
                owner[feature, proper] = root if held == root else None
    propers = sorted({p for (_f, p), r in owner.items() if r is not None}, key=len, reverse=True)
    if not propers:
        return {}
    alternation = "|".join(map(re.escape, propers))
    search = re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])")
    # The names alone, first: a pattern that opens with a look-behind is tried at every
    # position of the text, the bare names only where one's first letter stands (several
    # times faster), and a text that holds none has no whole-word use either.
    anywhere = re.compile(alternation)

    def read(text: str) -> tuple[tuple[str, int, int], ...]:
        """(landmark's root, start, end) of each headed use in ``text``, in text order."""
        if anywhere.search(text) is None:
            return ()
        hits = []
        for m in search.finditer(text):
            span = feature_span(text, m.start(), m.end())
            held_by = owner.get((span[0], m.group())) if span is not None else None
            if span is not None and held_by is not None:
                _f, start, end = span
                head = text[start : m.start()] or text[m.end() + 1 : end]
                if not head[:1].isupper():
                    continue  # "la catedral de Notre Dame": a description, not a name
                hits.append((held_by, start, end))
        return tuple(hits)

    found: dict[str, list[Occurrence]] = defaultdict(list)
    # Each distinct text searched once (:mod:`.distinct_texts`), its uses given at each copy.
    for article, index, text, hits in each_text(paragraphs, read):
        for held_by, start, end in hits:
            found[held_by].append(Occurrence(article, index, start, end, text[start:end]))
    return dict(found)


def _extend(cluster: Cluster, occs: list[Occurrence]) -> None:
    """Add the uses that overlap none of the cluster's ("Tour Eiffel" found already)."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for o in cluster.occurrences:
        spans[o.article, o.paragraph].append((o.start, o.end))
    for o in occs:
        here = spans[o.article, o.paragraph]
        if not any(s < o.end and o.start < e for s, e in here):
            cluster.occurrences.append(o)
            here.append((o.start, o.end))
