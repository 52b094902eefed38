"""The copied passages' runs (:mod:`.copied_passages`) read by the worker that scans the
mentions, beside its share of the scan.

Which theme uses repeat an earlier article's words asks each use's runs of words, a
tokenising of every paragraph a theme is used in: half a second of the parent's serial work
at 1,000 articles. A use's runs depend on its paragraph and its place alone; only which uses
are asked (the themes' uses, less the lower-case names of bodies and the halves of longer
themes, worked out after the scan) and in which order they are met depend on the rest. So
the worker that scans the mentions (:func:`.shares.scan_on_cores`, where it had idled while
this process joined the cognate themes) is also given the uses of every theme two articles
write as the scan starts, a superset, and answers each one's runs, numbered; this process
then only meets the uses it asks in order (:func:`~.copied_passages.copied_twins` with
``keyed``). A use the worker was not given (the cognate joins, done beside the scan, make
uses of their own) is read here, its runs keyed as the worker keys them (a digest of the
words, the same in every process); with no worker this process reads them all, as before.
The same twins either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence, Set

from briefing.topics.candidates import Occurrence
from briefing.topics.copied_passages import Place, run_keys
from briefing.topics.lending import Later

#: The distinct texts of the paragraphs used, and each use as (text's index, start, end).
Share = tuple[list[str], list[tuple[int, int, int]]]


def written_twice(themes: Mapping[str, list[Occurrence]]) -> list[Occurrence]:
    """The uses of every theme two articles write: each theme's a copy's twin may be among."""
    return [o for occs in themes.values() if len({o.article for o in occs}) >= 2 for o in occs]


def copyable_uses(
    themes: Mapping[str, list[Occurrence]], lowered: Mapping[str, str], halves: Set[str]
) -> list[Occurrence]:
    """The uses a copy's twin may be among, in the themes' order (a lower-case body's name
    and a longer theme's half are no themes)."""
    kept = {k: occs for k, occs in themes.items() if k not in lowered and k not in halves}
    return written_twice(kept)


def runs_share(texts: Mapping[tuple[str, int], str], uses: Iterable[Occurrence]) -> Share:
    """What the worker reads: each distinct paragraph text once, and where each use is."""
    index: dict[str, int] = {}
    places = []
    for o in uses:
        text = texts.get((o.article, o.paragraph))
        if text is not None:
            places.append((index.setdefault(text, len(index)), o.start, o.end))
    return list(index), places


def read_runs(share: Share, _report: Callable[[int], None] | None) -> list[list[int]]:
    """A worker's task: each use's runs (:func:`~.copied_passages.run_keys`)."""
    texts, places = share
    return run_keys(texts, places)


class LentRuns(Later):
    """The task given to the scanning worker (:func:`.shares.scan_on_cores`'s ``beside``):
    the runs of every use of ``themes`` two articles write, as the scan starts."""

    def __init__(
        self, texts: Mapping[tuple[str, int], str], themes: Mapping[str, list[Occurrence]]
    ) -> None:
        super().__init__(read_runs, self._share)
        self.texts, self.themes = texts, themes
        self.asked: list[Occurrence] = []

    def _share(self) -> Share | None:
        self.asked = written_twice(self.themes)
        return runs_share(self.texts, self.asked) if self.asked else None

    def keyed(self) -> dict[Place, Sequence[int] | None] | None:
        """Each asked use's runs by its place (None: no worker read them). A use whose
        paragraph is not known has None, as :func:`~.copied_passages.copied_twins` reads."""
        answer = self()
        if answer is None:
            return None
        keyed: dict[Place, Sequence[int] | None] = {}
        answers = iter(answer)
        for o in self.asked:
            known = (o.article, o.paragraph) in self.texts
            keyed[o.article, o.paragraph, o.start, o.end] = next(answers) if known else None
        return keyed
