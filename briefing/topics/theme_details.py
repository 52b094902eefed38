"""A theme one article writes only beside a wider theme is a detail of it: "green mesh".

A text about one subject names its parts in the same breath: "the estate was covered in
bamboo scaffolding and green mesh", "the flammability of the green mesh used to cover the
bamboo scaffolding". When a theme of two uses or more comes from one article only, and every
use shares its sentence with a use of one and the same theme that several articles write,
it is that theme's detail: its uses join that theme (an alias of it) rather than stand as a
subject of their own. The two must stand close (:data:`NEAR`), joined by a conjunction in
one use at least ("X and Y": parts of one whole named together), and a wider theme that several
such themes would join takes none: a theme written beside everything (a manual's "command
line") is the setting of many sentences, not a whole of parts. A theme that one article
writes once without the wider one ("the renovation works caused the delay") is a subject of
that article and stays; so does one that several articles write, whatever it stands beside.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, TypeVar

from briefing.topics.candidates import Occurrence

#: Most characters between a detail's use and the wider theme's, in the same sentence: the
#: two are coordinated or one qualifies the other ("bamboo scaffolding and green mesh", "the
#: green mesh used to cover the bamboo scaffolding"), not merely said in one long sentence.
NEAR = 40

#: The end of a sentence: a full stop, a question or exclamation mark (then a space).
_SENTENCE_END = re.compile(r"[.!?…]\s")


class _Theme(Protocol):
    kind: str
    occurrences: list[Occurrence]


T = TypeVar("T", bound=_Theme)


def _sentence(text: str, o: Occurrence) -> tuple[int, int]:
    """The offsets of the sentence the use is in (by full stops: enough to tell "in the
    same sentence" in running prose)."""
    start = 0
    for found in _SENTENCE_END.finditer(text, 0, o.start):
        start = found.end()
    after = _SENTENCE_END.search(text, o.end)
    return start, after.start() if after else len(text)


#: Words that coordinate two nouns in the languages read here ("scaffolding and mesh",
#: "échafaudages et filets"): a closed grammar class.
CONJUNCTIONS = frozenset(
    [
        "and",
        "or",
        "&",
        "und",
        "oder",
        "et",
        "ou",
        "y",
        "o",
        "e",
        "i",
        "en",
        "of",
        "и",
        "или",
        "і",
        "та",
        "або",
        "ve",
        "veya",
        "και",
        "ή",
    ]
)


def _coordinated(text: str, a: Occurrence, b: Occurrence) -> bool:
    """The two uses stand side by side joined by a conjunction: "bamboo scaffolding and
    green mesh", "filets verts et échafaudages"."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end : second.start].strip().casefold()
    return between in CONJUNCTIONS


def detail_of(
    themes: Sequence[_Theme], paragraphs: Mapping[tuple[str, int], str]
) -> dict[int, int]:
    """Index of each detail theme → index of the wider theme it belongs to (see the
    module's docstring). A theme that is itself a detail is no wider theme."""
    spread = [len({o.article for o in theme.occurrences}) for theme in themes]
    asked = [n for n, theme in enumerate(themes) if spread[n] == 1 and len(theme.occurrences) >= 2]
    wanted = {(o.article, o.paragraph) for n in asked for o in themes[n].occurrences}
    by_paragraph: dict[tuple[str, int], list[tuple[Occurrence, int]]] = defaultdict(list)
    for n, theme in enumerate(themes):
        if spread[n] >= 2:
            for o in theme.occurrences:
                if (o.article, o.paragraph) in wanted:
                    by_paragraph[(o.article, o.paragraph)].append((o, n))
    found: dict[int, int] = {}
    for n in asked:
        occs = themes[n].occurrences
        shared: set[int] | None = None
        joined: set[int] = set()  # wider themes coordinated with this one in some use
        for o in occs:
            text = paragraphs.get((o.article, o.paragraph), "")
            start, end = _sentence(text, o)
            beside = {
                m
                for other, m in by_paragraph.get((o.article, o.paragraph), ())
                if other.start >= start
                and other.end <= end
                and max(other.start - o.end, o.start - other.end) <= NEAR
            }
            shared = beside if shared is None else shared & beside
            if not shared:
                break
            joined |= {
                m
                for other, m in by_paragraph.get((o.article, o.paragraph), ())
                if m in beside and _coordinated(text, o, other)
            }
        if shared:
            shared &= joined
        if shared:
            found[n] = max(shared, key=lambda m: (len(themes[m].occurrences), -m))
    wholes = Counter(found.values())
    return {n: m for n, m in found.items() if wholes[m] == 1}


def fold_details(
    themes: Sequence[T],
    paragraphs: Mapping[tuple[str, int], str],
    order: Mapping[str, int],
    kept: Callable[[T], bool],
) -> None:
    """Move each detail's uses into its wider theme (:func:`detail_of`), in article order
    (``order``: article id → its place), then position, as the ranking sorted them; a wider
    theme that is no topic after all (``kept`` false: its aside) takes none."""
    for detail, wider in detail_of(themes, paragraphs).items():
        if kept(themes[wider]):
            themes[wider].occurrences = sorted(
                themes[wider].occurrences + themes[detail].occurrences,
                key=lambda o: (order.get(o.article, 0), o.paragraph, o.start, o.end),
            )
            themes[detail].occurrences = []
