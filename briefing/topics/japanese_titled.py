"""A Japanese person or body a packet names only in Japanese: "本間希樹教授", "国立天文台の".

Every other reader of kanji names (:mod:`.east_asian_names`, :mod:`.han_readings`,
:mod:`.kana_glosses`, :mod:`.uncased_bodies`) finds again a person or body the Latin articles
already named; a Japanese professor or institute only the Japanese articles name was never a
topic (an invented "山川一郎教授" of a "北浜天文台", in a packet whose other articles leave
both out). Japanese writes no spaces and no capitals, but its press marks a name's two edges:

- **the left edge** is a letter of another script: a hiragana particle ("…の山川"),
  punctuation, a space, the paragraph's start. A Han run glued to a Han or katakana letter
  before it may be the tail of a compound, and is never a name's start (:data:`_RUN`);
- **a person's right edge** is a title or honorific glued after the name (:data:`TITLES`:
  "教授", "助教", "氏", "さん" …), a rule of the language, not of any person;
- **a body's right edge** is its class's noun (:data:`BODY_NOUNS`: "天文台", "研究所",
  "大学", "機構", "省", "庁" …), then a non-Han letter or a person's title ("北浜天文台教授").

A reading in kana brackets right after a letter ("山川(やまかわ)一郎", "山川一郎(いちろう)")
is the writer's gloss, not part of the name: it is dropped from the name and may confirm it.

A person is its full name, family name then given name, split where the text shows the split
(:func:`_split`), and only where pykakasi's dictionary (the optional ``japanese`` extra,
:mod:`.east_asian_names`) reads the two parts as two words; without it no person is read here:

- the family name written alone before a title or honorific elsewhere ("山川さん", "山川氏");
- or the bracket's kana read as the letters before it: after the family name ("山川(やまかわ)
  一郎") or after the given name ("山川一郎(いちろう)").

Guards, since a title also follows common nouns ("日本選手", "友人代表"): the family name is
no place the gazetteer knows in these scripts and no word that refers rather than names
(:data:`_REFERRING`: "同氏", the said person); a family name two full names share joins
neither. A body's name keeps :data:`MIN_STEM` letters before its noun ("同省" is the said
ministry) and is no place. Either is kept only when :data:`MIN_ARTICLES` articles write it at
such an edge and no use of it is another topic's (the packet named it already, in another
script). Every use is then looked for in every Japanese paragraph: a body glued after a
person's name ("山川一郎北浜天文台教授") is that body still.

Chinese text has no kana to mark a left edge (its verbs and prepositions are Han too), so no
Chinese-only name is read here: silent there.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefing.topics.candidates import Occurrence
from briefing.topics.kanji_readings import other_readings
from briefing.topics.rank_cluster import Cluster
from briefing.topics.uncased_sounds import HAN, KATAKANA

__all__ = [
    "BODY_NOUNS",
    "HONORIFICS",
    "MIN_ARTICLES",
    "MIN_STEM",
    "TITLES",
    "add_japanese_names",
    "japanese_names",
]

#: Titles and honorifics the Japanese press glues after a person's name, the longest first.
TITLES = tuple(
    sorted(
        {
            *("氏", "様", "さん", "さま", "君", "夫人", "先生", "博士"),
            *("教授", "准教授", "助教", "助教授", "講師", "名誉教授", "特任教授", "研究員"),
            *("所長", "台長", "院長", "学長", "総長", "理事長", "社長", "会長", "頭取"),
            *("首相", "元首相", "前首相", "総理", "大臣", "長官", "議長", "議員", "総裁"),
            *("知事", "市長", "町長", "村長", "船長", "機長", "監督", "選手", "弁護士"),
            *("容疑者", "被告", "元被告", "記者", "大使", "委員長"),
        },
        key=len,
        reverse=True,
    )
)
#: The honorifics any person takes: a family name alone before one is the one full name of
#: that family the text writes; before another title, only if the full name takes it too.
HONORIFICS = frozenset({"氏", "様", "さん", "さま", "君"})
#: The honorifics among them written in kana, after the Han run ends.
_KANA_TITLES = tuple(t for t in TITLES if not re.match(f"[{HAN}]", t))
_HAN_TITLES = tuple(t for t in TITLES if t not in _KANA_TITLES)
#: Letters before a title that say when its holder held it: former, previous, current.
_TENSES = frozenset("元前現")
#: Nouns that close a Japanese body's name (an observatory, an institute, a university, an
#: agency, a ministry ...), the longest first.
BODY_NOUNS = tuple(
    sorted(
        {
            *("天文台", "気象台", "観測所", "研究所", "研究院", "研究機構", "機構", "大学"),
            *("大学院", "省", "庁", "銀行", "協会", "委員会", "財団", "学会", "病院"),
            *("裁判所", "博物館", "美術館", "事務所", "公社"),
        },
        key=len,
        reverse=True,
    )
)
#: Letters that refer to a person or body named before, never a name: "同氏" (the said
#: person), "両氏" (both), "各省" (each ministry), "故" (the late).
_REFERRING = frozenset("同両各当本故某諸皆貴我")
#: The fewest articles that write a name at its edges.
MIN_ARTICLES = 2
#: The fewest letters of a body's name before its noun.
MIN_STEM = 2
#: The most letters of a family name and of a given name.
_MAX_PART = 3
_LETTER = f"{HAN}\u3005"  # and the repeat mark: "佐々木"
#: A reading in kana brackets, glued after a letter.
_READING = r"[(（][\u3041-\u3096\u30fc]+[)）]"
#: A run of Han letters, each perhaps glued to its reading, opened by no Han or katakana letter.
_RUN = re.compile(f"(?<![{_LETTER}{KATAKANA}])(?:[{_LETTER}](?:{_READING})?)+")
_HIRAGANA = re.compile("[\u3041-\u3096]")


@dataclass
class _Run:
    """A run's Han letters, each one's offset in the paragraph, and the readings in
    brackets by the number of letters before them."""

    article: str
    paragraph: int
    text: str
    letters: str = ""
    offsets: list[int] = field(default_factory=list)
    readings: dict[int, str] = field(default_factory=dict)

    def use(self, first: int, last: int) -> Occurrence:
        """The use from letter ``first`` to letter ``last`` (excluded), brackets inside kept."""
        start, end = self.offsets[first], self.offsets[last - 1] + 1
        return Occurrence(self.article, self.paragraph, start, end, self.text[start:end])


def _runs(paragraphs: Sequence[tuple[str, int, str]]) -> Iterator[_Run]:
    for article, index, text in paragraphs:
        for m in _RUN.finditer(text):
            run = _Run(article, index, text)
            at = m.start()
            while at < m.end():
                if text[at] in "(（":
                    close = re.compile(r"[)）]").search(text, at)
                    end = close.end() if close else m.end()
                    run.readings[len(run.letters)] = text[at + 1 : end - 1]
                    at = end
                    continue
                run.letters += text[at]
                run.offsets.append(at)
                at += 1
            yield run


def _titled(run: _Run) -> tuple[int, str]:
    """How many letters of the run stand before a title or honorific, and that title's core
    ("元首相" is "首相"); (0, "") when none does."""
    after = run.offsets[-1] + 1
    if len(run.letters) in run.readings:
        after += len(run.readings[len(run.letters)]) + 2
    for title in _KANA_TITLES:
        if run.text.startswith(title, after):
            return len(run.letters), title
    for title in _HAN_TITLES:
        if run.letters.endswith(title) and len(run.letters) > len(title):
            cut = len(run.letters) - len(title)
            core = title.removeprefix("元").removeprefix("前") or title
            while cut > 1 and run.letters[cut - 1] in _TENSES:
                cut -= 1  # "安倍元総理": a former prime minister
            if not any(cut < n < len(run.letters) for n in run.readings):
                return cut, core
    return 0, ""


@functools.cache
def _readings(letters: str) -> frozenset[str]:
    """Every Hepburn reading of the letters: the reader's, and its dictionary's others."""
    reader = _reader()
    if reader is None:
        return frozenset()
    own = "".join(p["hepburn"] for p in reader.convert(letters))
    return frozenset({own, *other_readings(letters)})


@functools.cache
def _words(letters: str) -> tuple[str, ...]:
    """The reader's words of the letters (empty without the reader)."""
    reader = _reader()
    return tuple(p["orig"] for p in reader.convert(letters)) if reader is not None else ()


def _reader() -> Any:
    from briefing.topics.kanji_readings import _reader as reader

    return reader()


def _read_as(kana: str, letters: str) -> bool:
    """Whether the kana in brackets read the letters."""
    return bool(letters) and bool(_readings(kana) & _readings(letters))


def _split(run: _Run, size: int, families: Container[str]) -> int:
    """Where the first ``size`` letters of the run split into a family name and a given
    name the text vouches for (module docstring), or 0."""
    name = run.letters[:size]
    splits = set()
    for cut in range(1, min(_MAX_PART, size - 1) + 1):
        if size - cut > _MAX_PART:
            continue
        family, given = name[:cut], name[cut:]
        if (
            family in families
            or (cut in run.readings and _read_as(run.readings[cut], family))
            or (size in run.readings and _read_as(run.readings[size], given))
        ):
            splits.add(cut)
    if len(splits) != 1:
        return 0
    cut = splits.pop()
    if not _parted(name, cut):
        return 0
    return cut


def _parted(name: str, cut: int) -> bool:
    """Whether the reader reads the name as words that part where the family name ends."""
    ends, at = set(), 0
    for word in _words(name):
        at += len(word)
        ends.add(at)
    return cut in ends and at == len(name)


def _people(
    runs: Sequence[_Run], is_place: Callable[[str], bool]
) -> dict[str, tuple[str, list[Occurrence], list[Occurrence]]]:
    """Full name → (family name, the uses at a title, every use), for each person of the
    module's docstring."""
    tags = [_titled(run) for run in runs]
    titled = [(run, size) for run, (size, _t) in zip(runs, tags, strict=True) if size]
    families = {
        run.letters[:size]
        for run, size in titled
        if size <= _MAX_PART and not any(0 < n < size for n in run.readings)
    }
    families = {f for f in families if f not in _REFERRING and not is_place(f)}
    names: dict[str, str] = {}
    for run, size in titled:
        if size < 2 or size > 2 * _MAX_PART:
            continue
        cut = _split(run, size, families)
        family = run.letters[:cut]
        name = run.letters[:size]
        if cut and family not in _REFERRING and not is_place(family) and not is_place(name):
            names[name] = family
    holders: dict[str, set[str]] = defaultdict(set)
    by_letter: dict[str, list[int]] = defaultdict(list)  # a name's runs open with its letter
    for n, run in enumerate(runs):
        if run.letters[0] in {name[0] for name in names}:
            by_letter[run.letters[0]].append(n)
    for name, family in names.items():
        holders[family].add(name)
    found: dict[str, tuple[str, list[Occurrence], list[Occurrence]]] = {}
    for name, family in names.items():
        mine = [(runs[n], tags[n]) for n in by_letter[name[0]]]
        titles = {t for run, (size, t) in mine if size and run.letters[:size] == name}
        edged: list[Occurrence] = []
        uses: list[Occurrence] = []
        for run, (size, title) in mine:
            if run.letters.startswith(name):
                uses.append(run.use(0, len(name)))
                if size == len(name):
                    edged.append(uses[-1])
            elif (
                len(holders[family]) == 1
                and size == len(family)
                and run.letters.startswith(family)
                and (title in titles or title in HONORIFICS)
            ):
                uses.append(run.use(0, len(family)))  # "山川さん": his, by his honorific
                edged.append(uses[-1])
        found[name] = (family, edged, uses)
    return found


def _bodies(runs: Sequence[_Run], is_place: Callable[[str], bool]) -> dict[str, list[Occurrence]]:
    """Body name → its uses at a left edge, for each body of the module's docstring."""
    found: dict[str, list[Occurrence]] = defaultdict(list)
    for run in runs:
        if run.readings:
            continue
        for noun in BODY_NOUNS:
            at = run.letters.find(noun, MIN_STEM)
            while at > 0:
                end = at + len(noun)
                rest = run.letters[end:]
                name = run.letters[:end]
                if (
                    (not rest or rest in TITLES)
                    and name[0] not in _REFERRING
                    and not is_place(name)
                ):
                    found[name].append(run.use(0, end))
                at = run.letters.find(noun, at + 1)
    return found


def _free(o: Occurrence, taken: Mapping[tuple[str, int], Sequence[tuple[int, int]]]) -> bool:
    return all(o.end <= s or e <= o.start for s, e in taken.get((o.article, o.paragraph), ()))


def _everywhere(
    names: Sequence[str], japanese: Sequence[tuple[str, int, str]]
) -> dict[str, list[Occurrence]]:
    """Each name → every place a Japanese paragraph writes it (glued to anything)."""
    found: dict[str, list[Occurrence]] = defaultdict(list)
    if names:
        pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
        for article, index, text in japanese:
            for m in pattern.finditer(text):
                found[m.group()].append(Occurrence(article, index, m.start(), m.end(), m.group()))
    return found


def japanese_names(
    paragraphs: Sequence[tuple[str, int, str]],
    taken: Mapping[tuple[str, int], Sequence[tuple[int, int]]],
    is_place: Callable[[str], bool],
) -> list[Cluster]:
    """The people and bodies of the module's docstring, each a cluster, none of whose uses
    another topic holds (``taken``: (article, paragraph) → spans)."""
    japanese = [p for p in paragraphs if _HIRAGANA.search(p[2])]
    if not japanese:
        return []
    runs = list(_runs(japanese))
    made: list[Cluster] = []
    if _reader() is not None:
        for name, (_family, edged, uses) in _people(runs, is_place).items():
            if len({o.article for o in edged}) < MIN_ARTICLES:
                continue
            if all(_free(o, taken) for o in uses):
                made.append(Cluster("person", name, sorted(set(uses))))
    people = {(o.article, o.paragraph, o.start, o.end) for c in made for o in c.occurrences}
    bodies = _bodies(runs, is_place)
    kept = [
        name
        for name, edged in bodies.items()
        if len({o.article for o in edged}) >= MIN_ARTICLES
        # "山川一郎北浜天文台": a person's name glued before the body's is no body's
        and not any(name.endswith(other) and name != other for other in bodies)
    ]
    for name, uses in _everywhere(kept, japanese).items():
        uses = [o for o in uses if (o.article, o.paragraph, o.start, o.end) not in people]
        if all(_free(o, taken) for o in uses):
            made.append(Cluster("organisation", name, sorted(set(uses))))
    return made


def add_japanese_names(
    clusters: dict[str, Cluster],
    paragraphs: Sequence[tuple[str, int, str]],
    places: Callable[[], Container[str]],
) -> None:
    """Add each person or body of :func:`japanese_names` once the other topics hold their
    uses (a use another topic holds means the packet has them already); ``places`` gives
    the gazetteer's names in scripts without capitals, asked only for a Japanese packet."""
    if not any(_HIRAGANA.search(t) for _a, _i, t in paragraphs):
        return
    is_place = places().__contains__
    taken: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for cluster in clusters.values():
        for o in cluster.occurrences:
            taken[o.article, o.paragraph].append((o.start, o.end))
    for cluster in japanese_names(paragraphs, taken, is_place):
        clusters.setdefault("j:" + cluster.name, cluster)
