"""The ``Briefing`` façade: the one object the CLI and the TUI talk to.

It strings the domain together in one direction — files → ``Article``s → index and topics —
and owns the only decisions that span them: where the caches live, what to do when the cache
folder cannot be written, and which derived data is still valid. Neither the CLI nor the TUI
reaches into Whoosh or the readers; this module never imports Textual.

Derived data is cached under ``paths.cache_root()/<key>/`` (0700, refused when another user
could write it) and validated, never trusted:

* ``articles.msgpack`` — parsed articles keyed by path, size and mtime, so reopening a
  briefing re-reads only the files that changed (reading is most of a cold open); stored
  as plain rows whose paragraphs are read from the file on demand (see
  ``briefing.stored_articles``);
* ``index/`` — the Whoosh index, with its own manifest of content hashes;
* ``topics.msgpack``, ``timeline.msgpack``, ``discrepancies.msgpack`` — keyed by the articles'
  content hashes.

Each cache also records a fingerprint of the code and data that produced it — the modules
of the package that computes it and of every module those import, the readers' (whose text
it is made from), the versions of the data packages, and the layout of the model classes —
so a changed rule rebuilds exactly the caches it feeds, with a notice, and nobody has to
remember to bump a version. All caches are MessagePack: none of them can run code when loaded.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import codec, topic_save, topic_store
from briefing.cache import (
    CacheWriteError,
    load_records,
    save_records,
)
from briefing.fingerprint import code_fingerprint
from briefing.model import Article, Passage, Skipped, Topic
from briefing.opening import BriefingError as BriefingError
from briefing.opening import Progress, open_files
from briefing.reading import articles_fingerprint as articles_fingerprint
from briefing.search import SearchIndex
from briefing.searching import Searching
from briefing.view_helpers import ViewHelpers

if TYPE_CHECKING:
    from briefing.analysis import Discrepancy, TimelineEntry
    from briefing.analysis.calendar import Calendar
    from briefing.overview import PacketOverview
    from briefing.sentences import Sentence

#: Topics kept per briefing, best first. A large briefing yields tens of thousands of
#: candidates (19,652 for 1,000 articles); beyond the first thousand they are noise to an
#: analyst, and loading them all cost a second of the app's start-up with the GIL held.
MAX_TOPICS = 1000


def derived_fingerprint(name: str, kind: type) -> str:
    """What makes a derived cache: its package, the readers (the text), and its records' layout."""
    return code_fingerprint("corpus", _DERIVED_CODE[name], extra=[name, codec.schema(kind)])


@dataclass(frozen=True, slots=True)
class MainEvent:
    """The cached answer of :meth:`Briefing.main_event` (``text`` None: the packet does not
    say enough). A record of its own so it is cached like the other derived analyses."""

    text: str | None


#: What each derived cache is computed by (besides the readers, which make the text).
_DERIVED_CODE = {
    "main_event": "topics",
    "topics": "topics",
    # The timeline module and what it imports: the discrepancies (the whole package) read the
    # topics for counts across languages, which the timeline does not.
    "timeline": "analysis.timeline",
    "discrepancies": "analysis",
}

#: What each cache is called when a notice says it was rebuilt.
_CACHE_NAMES = {
    "topics": "The key topics were worked out again",
    "main_event": "The main event was worked out again",
    "timeline": "The timeline was worked out again",
    "discrepancies": "The discrepancies were worked out again",
}


def _load_cached(
    path: Path, fingerprint: str, kind: type
) -> tuple[tuple[Any, ...] | None, str | None]:
    """A derived cache's records; topics from their own store (``topic_store``), whose
    mentions stay on disk until a topic is shown."""
    if kind is Topic and topic_store.layout_known():
        return topic_store.load_topics(path, fingerprint)
    return load_records(path, fingerprint, kind)


def _save_cached(
    path: Path, fingerprint: str, kind: type, records: tuple[Any, ...]
) -> tuple[Any, ...]:
    """Save ``records`` (or raise ``CacheWriteError``); return what to keep of them: topics
    read back from their store, so the mentions just worked out do not stay in memory."""
    if kind is Topic and topic_store.layout_known():
        topic_save.save_topics(path, fingerprint, records)
        stored, _ = topic_store.load_topics(path, fingerprint)
        return records if stored is None else stored
    save_records(path, fingerprint, records)
    return records


class Briefing(Searching, ViewHelpers):
    """An opened briefing: its articles, its index and its topics."""

    def __init__(
        self,
        paths_: tuple[Path, ...],
        key: str,
        cache_dir: Path,
        articles: tuple[Article, ...],
        skipped: tuple[Skipped, ...],
        index: SearchIndex,
        notices: list[str],
    ) -> None:
        self.paths = paths_
        self.key = key
        self.cache_dir = cache_dir
        self.articles = articles
        self.skipped = skipped
        self._by_id: dict[str, Article] = {a.id: a for a in articles}
        self._index = index
        self._notices = notices
        self._write_lock = threading.Lock()
        self._derived_lock = threading.RLock()
        self._topics: tuple[Topic, ...] | None = None
        self._timeline: tuple[TimelineEntry, ...] | None = None
        self._discrepancies: tuple[Discrepancy, ...] | None = None
        self._main_event: MainEvent | None = None
        self._topics_by_id: dict[str, Topic] = {}
        #: Processes for reading, indexing and the topics' first pass (``open``'s ``jobs``).
        self.jobs = 1

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        paths_: Sequence[Path | str] | None = None,
        *,
        sync: bool = True,
        progress: Progress | None = None,
        jobs: int | None = None,
    ) -> Briefing:
        """Open files and folders (the bundled seeds when none are given).

        Reading the files, building the index and the topics' first pass use ``jobs``
        processes (``None``: one per core); the same number serves later rebuilds of this
        briefing's index.
        """
        opened = open_files(paths_, progress, jobs)
        briefing = cls(
            opened.paths,
            opened.key,
            opened.cache_dir,
            opened.articles,
            opened.skipped,
            opened.index,
            opened.notices,
        )
        briefing.jobs = opened.jobs
        if sync:
            briefing.sync(progress)
        return briefing

    # ------------------------------------------------------------------ articles

    @property
    def notices(self) -> tuple[str, ...]:
        """Sentences the user should be told (cache fallbacks, rebuilt indexes)."""
        return tuple(dict.fromkeys([*self._notices, *self._index.notices]))

    def article(self, article_id: str) -> Article:
        """The article with this id (``KeyError`` when there is none)."""
        return self._by_id[article_id]

    @property
    def articles_by_id(self) -> Mapping[str, Article]:
        """Read-only mapping of id → article."""
        return self._by_id

    def overview(self) -> PacketOverview:
        """What the packet is: outlets, date span and languages, counted over its articles."""
        from briefing.overview import overview

        return overview(self.articles)

    # ------------------------------------------------------------------ derived analyses

    def _corpus_key(self) -> str:
        """Identifies the articles' content: a derived cache is valid for exactly this corpus."""
        return hashlib.sha256(
            "\0".join(f"{a.id}:{a.content_hash}" for a in self.articles).encode()
        ).hexdigest()

    def _derived(
        self,
        name: str,
        kind: type,
        compute: Callable[[], Sequence[Any]],
        progress: Progress | None,
    ) -> tuple[Any, ...]:
        """``<name>.msgpack`` if this code made it for this corpus; else compute and save it."""
        fingerprint = f"{derived_fingerprint(name, kind)}:{self._corpus_key()}"
        cache_path = self.cache_dir / f"{name}.msgpack"
        cached, stale = _load_cached(cache_path, fingerprint, kind)
        if cached is not None:
            return cached
        if stale is not None:
            self._notices.append(f"{_CACHE_NAMES[name]} because {stale}.")
        if progress is not None:
            progress(name, 0, 1)
        found = tuple(compute())
        try:
            found = _save_cached(cache_path, fingerprint, kind, found)
        except CacheWriteError as error:
            self._notices.append(f"The {name} will be worked out again next time: {error}.")
        if progress is not None:
            progress(name, 1, 1)
        return found

    def _keep_derived(self, name: str, kind: type, records: tuple[Any, ...]) -> None:
        """Save ``records`` as :meth:`_derived` would have (a failure is only a notice: they
        are worked out again next time)."""
        fingerprint = f"{derived_fingerprint(name, kind)}:{self._corpus_key()}"
        try:
            _save_cached(self.cache_dir / f"{name}.msgpack", fingerprint, kind, records)
        except CacheWriteError as error:
            self._notices.append(f"The {name} will be worked out again next time: {error}.")

    def topics(self, progress: Progress | None = None) -> tuple[Topic, ...]:
        """Key topics, ranked; computed once per corpus and cached on disk."""
        from briefing import topics as topic_extraction

        named: list[str | None] = []

        def compute() -> tuple[Topic, ...]:
            found, event = topic_extraction.extract_topics_named(
                self.articles, limit=MAX_TOPICS, jobs=self.jobs
            )
            named.append(event)
            return found

        with self._derived_lock:
            if self._topics is None:
                self._topics = self._derived("topics", Topic, compute, progress)
                self._topics_by_id = {t.id: t for t in self._topics}
                if named and self._main_event is None:
                    # Named on the way (seconds at 10,000 articles): kept like main_event's own.
                    self._main_event = MainEvent(named[0])
                    self._keep_derived("main_event", MainEvent, (self._main_event,))
            return self._topics

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Dated statements of every source, by date; cached on disk like the topics."""
        from briefing import analysis

        with self._derived_lock:
            if self._timeline is None:
                self._timeline = self._derived(
                    "timeline",
                    analysis.TimelineEntry,
                    lambda: analysis.extract_timeline(self.articles),
                    None,
                )
            return self._timeline

    def count_discrepancies(self, cancelled: Callable[[], bool]) -> int | None:
        """``len(discrepancies())``, worked out in a process of its own for a large briefing
        (:mod:`briefing.elsewhere`); None if ``cancelled()`` became true first."""
        from briefing.elsewhere import disagreement_count

        return disagreement_count(self, cancelled)

    def discrepancies(self) -> tuple[Discrepancy, ...]:
        """Where the sources disagree (dates, figures, spellings, names); cached on disk."""
        from briefing import analysis, stored_articles

        # The timeline and a dozen checks each read every article: decoded from the cache
        # once, not once per reader (the cache keeps only the recent ones built).
        with stored_articles.all_kept():
            timeline = self.timeline()
            with self._derived_lock:
                if self._discrepancies is None:
                    self._discrepancies = self._derived(
                        "discrepancies",
                        analysis.Discrepancy,
                        # The cached topics, worked out only if a count across languages
                        # needs them.
                        lambda: analysis.find_discrepancies(
                            self.articles, timeline, lambda _articles: self.topics(), self.jobs
                        ),
                        None,
                    )
                return self._discrepancies

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (``KeyError`` when there is none)."""
        self.topics()
        return self._topics_by_id[topic_id]

    def passages(self, topic_id: str) -> tuple[Passage, ...]:
        """Every passage that mentions the topic, in article order."""
        from briefing import topics as topic_extraction

        return tuple(topic_extraction.passages(self.topic(topic_id), self._by_id))

    def cooccurring(self, topic_id: str, limit: int = 10) -> tuple[tuple[Topic, int], ...]:
        """Topics mentioned alongside this one, with how often."""
        from briefing import topics as topic_extraction

        topic = self.topic(topic_id)
        if isinstance(topic, topic_store.StoredTopic):  # through the index by article
            return topic_store.cooccurring(topic, limit)
        return tuple(topic_extraction.cooccurring(topic, self.topics(), limit))

    def find_topic(self, query: str) -> Topic | None:
        """The topic a user means: an id, a name or any alias in any case, after a title in
        any language ("President Putin"), or a transliteration or inflected form."""
        from briefing.topics.lookup import find_topic

        return find_topic(query, self.topics())

    def nearest_topics(self, query: str, limit: int = 3) -> tuple[str, ...]:
        """Names of the topics most like ``query``, for "did you mean"."""
        from briefing.topics.lookup import nearest

        return tuple(nearest(query, self.topics(), limit))

    def main_event(self) -> str | None:
        """The packet's main event in one line ("Putin’s state visit to Dushanbe, 8–9 Oct
        2025"), or None when the packet does not say enough (for an overview panel); the
        same name as the event topic that heads :meth:`topics`."""

        def compute() -> tuple[MainEvent]:
            # Imported only when the name is worked out: the event readers are a second of
            # imports that a launch or an export reading the cached name never needs.
            from briefing.topics.events import main_event
            from briefing.topics.state_names import states

            return (MainEvent(main_event(self.articles, self.topics(), states())),)

        # Cached on disk like the topics it is named from: it reads every article's lead
        # (seconds at 10,000 articles), and every launch shows it.
        with self._derived_lock:
            if self._main_event is None:
                found = self._derived("main_event", MainEvent, compute, None)
                self._main_event = found[0] if found else MainEvent(None)
            return self._main_event.text

    # ------------------------------------------------------------------ for the views
    # The CLI and the TUI reach the domain only through the façade (tests/test_layers.py):
    # the few helpers they share besides these are in ``briefing.view_helpers``.

    def calendar(self) -> Calendar:
        """The timeline arranged for reading: days, then month-only context, then undated."""
        return self.arrange_timeline(self.timeline())

    @staticmethod
    def sentence_at(text: str, offset: int, language: str = "en") -> Sentence:
        """The sentence of ``text`` around ``offset``, as every part of the program splits them."""
        from briefing.sentences import sentence_at

        return sentence_at(text, offset, language)

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Release the index's searcher and file handles."""
        self._index.close()

    def __enter__(self) -> Briefing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
