"""The first pass of topic extraction on every core, with exactly one process's result.

Reading the paragraphs for candidates (:mod:`briefing.topics.first_pass`) and counting the key
words (:mod:`briefing.topics.keycounts`) look at one paragraph text at a time, given two
briefing-wide word sets; that is most of a large briefing's analysis, in pure Python. A
paragraph's findings depend only on its text and language, and one process already reads a
recurring text once, with the language of its first use, and re-stamps the findings at every
use (:meth:`~briefing.topics.candidates.Candidates.add_again`). So the work is cut by distinct
text, never by article (a large briefing's wire copy recurs across all its articles), and done
in worker processes of :mod:`briefing.parallel` (the first share in this one), in two rounds:

1. shares of the distinct (language, text) pairs: their vocabulary (the words written in lower
   case somewhere, those capitalised mid-sentence), the evidence for nouns of
   noun-capitalising languages, and the key-word counts; unions and sums are the briefing's;
2. shares of the distinct texts: their findings, read with those sets, as plain tuples; and
   shares of the distinct counted words: their stem keys.

Here the findings are stamped at every use of their text, in paragraph order
(:mod:`briefing.topics.stamping`; the paragraphs this process's own share opens the briefing
with while the workers still read): the lists come out as one process appends them, and the
themes' keys in first-seen order. Once the aliases
are merged, a third round (:func:`scan_on_cores`) finds every alias's mentions in shares of
the distinct texts, stamped the same way. The workers are started once and kept for the
three rounds (:class:`Cores`, a :class:`~briefing.parallel.Pool`): each start imports the
topic modules and loads the gazetteer again. Below :data:`MIN_PARAGRAPHS_PER_JOB`
paragraphs per job fewer jobs are used.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from briefing import gcpause
from briefing.model import Article
from briefing.parallel import Pool, ShareFunction
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.extract import _Reader
from briefing.topics.first_pass import body_paragraphs, read, vocabulary
from briefing.topics.keycounts import WordCounts, count_texts, keys_of, known_name
from briefing.topics.languages import NOUN_CAPITALISING, function_words_of
from briefing.topics.lending import Later
from briefing.topics.mentions import alias_matches, by_first_token, scan
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.nouns import noun_evidence, nouns_of
from briefing.topics.stamping import NEW, Stamper, pack
from briefing.topics.tokens import tokenize

#: The share of round 3 this process scans when it also does work of its own meanwhile
#: (:func:`scan_on_cores`), as a part of each worker's: at 10,005 articles the themes'
#: fragments and the key words take the parent about half as long as scanning all the texts,
#: so a quarter of the texts here and three quarters on the one worker end together.
OWN_SCAN_WEIGHT = 1 / 3

#: Fewer jobs below this many paragraphs each (a 1,000-article briefing has ~23,000).
MIN_PARAGRAPHS_PER_JOB = 4000


#: Articles per job at which :meth:`Cores.prestart` starts a worker: about
#: :data:`MIN_PARAGRAPHS_PER_JOB` body paragraphs (news articles have 15–40 each).
ARTICLES_PER_JOB = 200


class Cores:
    """Up to ``jobs`` processes for one extraction, the workers kept from round to round
    until the ``with`` block ends."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = Pool()
        self._warming: threading.Thread | None = None
        self._after: list[Later] = []

    def prestart(self, articles: int) -> None:
        """Start the workers a briefing of ``articles`` articles will likely use, before the
        first round: each starts Python and imports the topic modules (a second or more)
        while this process works out the articles' languages, rather than while it waits for
        the worker's first share. A guess by :data:`ARTICLES_PER_JOB`; a worker no round
        uses is only stopped. The warm-up round runs on a thread that mostly waits on the
        workers' sockets; the first real round joins it (:meth:`_warmed`)."""
        count = min(self.jobs, articles // ARTICLES_PER_JOB)
        if count > 1:
            self._warming = threading.Thread(target=self._warm, args=(count,), daemon=True)
            self._warming.start()

    def _warm(self, count: int) -> None:
        with contextlib.suppress(Exception):  # a real round starts them again, or says why
            self.pool.run(_ready, [None] * count, what=WHAT)

    def _warmed(self) -> Pool:
        """The pool, once any warm-up round is over."""
        if self._warming is not None:
            self._warming.join()
            self._warming = None
        return self.pool

    def after_rounds(self, function: ShareFunction, share: Callable[[], Any]) -> Later:
        """Have a worker do ``function(share(), report)`` once the extraction's last round on
        the workers is over (:meth:`rounds_over`), while this process goes on alone; the
        answer is the :class:`Later`'s (None if no worker took it: then the caller does
        the work itself). ``share()`` is asked only then, and may say None: nothing to do."""
        later = Later(function, share)
        self._after.append(later)
        return later

    def rounds_over(self) -> None:
        """The last round that needs every worker is done: lend the idle ones the tasks of
        :meth:`after_rounds`, in turn, as many to a worker as it takes to give every task
        to one (two jobs keep one worker: it does them all, one after the other, in the
        order they were asked for, and each task's answer is there as soon as it is done)."""
        queued, self._after = self._after, []
        if self.jobs < 2:
            return
        pool = self._warmed()
        tasks = [(later, share) for later in queued if (share := later.share()) is not None]
        idle = pool.idle()
        if not tasks or not idle:
            return
        for number in range(min(idle, len(tasks))):
            turn = tasks[number :: min(idle, len(tasks))]
            answers = pool.lend_each([(later.function, share) for later, share in turn], WHAT)
            if answers is None:
                return
            for (later, _share), answer in zip(turn, answers, strict=True):
                later.answer = answer

    def __enter__(self) -> Cores:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._warmed().close()


@contextlib.contextmanager
def _pool(jobs: int | Cores) -> Iterator[tuple[int, Pool]]:
    """The job count and the pool to run on: the extraction's, or one for this call only."""
    if isinstance(jobs, Cores):
        yield jobs.jobs, jobs._warmed()
        return
    with Pool() as pool:
        yield jobs, pool


def _count(jobs: int, paragraphs: int) -> int:
    """How many processes ``paragraphs`` paragraphs are worth (fewer than 2: this one only)."""
    return min(jobs, paragraphs // MIN_PARAGRAPHS_PER_JOB)


def read_on_cores(
    articles: Sequence[Article], languages: dict[str, str], jobs: int | Cores = 1
) -> tuple[Candidates, WordCounts | None]:
    """:func:`~briefing.topics.first_pass.read` on up to ``jobs`` processes, and the key-word
    counts when the briefing has several languages (``None`` when they were not counted:
    :func:`~briefing.topics.keywords.key_words` counts them itself)."""
    with _pool(jobs) as (most, pool):
        return _read_on(pool, most, articles, languages)


def _read_on(
    pool: Pool, jobs: int, articles: Sequence[Article], languages: dict[str, str]
) -> tuple[Candidates, WordCounts | None]:
    paragraphs = body_paragraphs(articles) if jobs > 1 else []
    count = _count(jobs, len(paragraphs))
    if count < 2:
        return read(articles, languages=languages), None
    spoken = frozenset(languages.values())
    several = len(spoken) > 1
    written = Counter((languages.get(a, "en"), text) for a, _i, text in paragraphs)
    capitalising = {languages[a] for a, _i, _t in paragraphs} & NOUN_CAPITALISING
    nouns_needed = bool(NOUN_CAPITALISING & spoken)
    shares: list[Any] = [
        (run, spoken, capitalising if nouns_needed else None, several)
        for run in contiguous_runs(list(written.items()), count, lambda item: len(item[0][1]))
    ]
    found = pool.run(_vocabulary_share, shares, what=WHAT)
    lowercase: set[str] = set().union(*(part[0] for part in found))
    midcap: set[str] = set().union(*(part[1] for part in found))
    nouns: frozenset[str] = frozenset()
    elsewhere: frozenset[str] = frozenset()
    if nouns_needed:
        after: set[str] = set().union(*(part[2] for part in found))
        other: set[str] = set().union(*(part[3] for part in found))
        nouns, elsewhere = nouns_of(after, other, gazetteer_for(spoken))
    counted: dict[str, Counter[str]] = {}
    for part in found:
        for language, words in (part[4] or {}).items():
            counted.setdefault(language, Counter()).update(words)
    del found, shares
    # Each distinct text is read with the language of its first use, as one process reads it.
    firsts: dict[str, str] = {}
    for (language, text), _n in written.items():
        firsts.setdefault(text, language)
    texts = contiguous_runs(list(firsts.items()), count, lambda item: len(item[0]))
    words = contiguous_runs(
        [(lang, w) for lang, ws in counted.items() for w in ws], count, lambda _w: 1
    )
    runs = max(len(texts), len(words))
    texts += [[] for _ in range(runs - len(texts))]
    words += [[] for _ in range(runs - len(words))]
    sets = (lowercase, midcap, nouns, elsewhere)
    out = Candidates()
    stamper = Stamper(out, paragraphs)
    round2: list[Any] = [(run, spoken, sets, key) for run, key in zip(texts, words, strict=True)]
    # This process's share (the first: read here, never pickled) stamps the paragraphs its
    # own texts open the briefing with, while the workers still read theirs.
    round2[0] = (*round2[0], stamper.stamp_known)
    parts = pool.run(_candidates_share, round2, what=WHAT)
    findings: dict[str, Any] = {}
    keys: dict[str, dict[str, str]] = {}
    for part_findings, part_keys in parts:
        findings.update(part_findings)
        for language, keyed in part_keys.items():
            keys.setdefault(language, {}).update(keyed)
    del parts, round2
    stamper.stamp_all(findings)  # the rest, now that every text's findings are here
    out.paragraphs = paragraphs
    return out, WordCounts(counted, keys) if several else None


def scan_on_cores(
    paragraphs: Sequence[tuple[str, int, str]],
    surface_to_root: dict[str, str],
    jobs: int | Cores = 1,
    meanwhile: Callable[[], None] | None = None,
) -> dict[str, list[Occurrence]]:
    """:func:`~briefing.topics.mentions.scan` on up to ``jobs`` processes: shares of the
    distinct texts are matched, and each text's matches stamped at every use of it, in
    paragraph order (what :func:`scan` appends, in the same order).

    ``meanwhile``: the caller's work that needs no mention (the themes' fragments, the key
    words), done here while the workers scan; this process then scans a smaller share
    (:data:`OWN_SCAN_WEIGHT`). In one process it is done first, then the scan."""
    with _pool(jobs) as (most, pool):
        count = _count(most, len(paragraphs))
        if count < 2:
            if meanwhile is not None:
                meanwhile()
            return scan(paragraphs, surface_to_root)
        own = OWN_SCAN_WEIGHT if meanwhile is not None else 1.0
        distinct = list(dict.fromkeys(t for _a, _i, t in paragraphs))
        texts = contiguous_runs(distinct, count, len, first=own)
        shares = [(run, surface_to_root) for run in texts]
        parts = pool.run(_scan_share, shares, what=WHAT, beside=meanwhile)
    found: dict[str, list[tuple[str, int, int, str]]] = {}
    for part in parts:
        found.update(part)
    del parts
    occurrences: dict[str, list[Occurrence]] = defaultdict(list)
    new, occ = NEW, Occurrence
    for article, index, text in paragraphs:
        for root, start, end, alias in found[text]:
            occurrences[root].append(new(occ, (article, index, start, end, alias)))
    return occurrences


def _collector_paused(function: ShareFunction) -> ShareFunction:
    """A share function run with the cyclic collector paused, as the whole extraction is in
    the parent (:mod:`briefing.gcpause`): a worker's findings are millions of small tuples
    that live until they are sent, and with the collector on, every few thousand of them made
    it traverse all the others again (at 10,005 articles a worker's share took ~20 % more CPU
    than the parent's share of the same size)."""

    @functools.wraps(function)
    def paused(share: Any, report: Callable[[int], None]) -> Any:
        with gcpause.paused():
            return function(share, report)

    return paused


@_collector_paused
def _scan_share(share: Any, report: Callable[[int], None]) -> dict[str, Any]:
    """Round 3 for one share of distinct texts: each one's alias matches."""
    run, surface_to_root = share
    first = by_first_token(surface_to_root)
    return {text: alias_matches(text, first, surface_to_root) for text in run}


def _ready(_share: Any, _report: Callable[[int], None]) -> None:
    """A worker's warm-up (:meth:`Cores.prestart`): receiving this function imported this
    module, and with it every topic module a share needs."""


#: How errors name the workers.
WHAT = "a topic-extraction worker"


@_collector_paused
def _vocabulary_share(share: Any, report: Callable[[int], None]) -> tuple[Any, ...]:
    """Round 1 for one share of (language, text) pairs: their vocabulary, noun evidence
    when needed, and key-word counts in a briefing of several languages."""
    run, spoken, capitalising, several = share
    lowercase, midcap = vocabulary(dict.fromkeys(text for (_language, text), _n in run))
    after = elsewhere = None
    if capitalising is not None:
        # :func:`noun_evidence` asks each paragraph's language by its article: here the
        # "article" is the language itself.
        pairs = [(language, 0, text) for (language, text), _n in run]
        itself = {language: language for (language, _text), _n in run}
        after, elsewhere = noun_evidence(pairs, itself, gazetteer_for(spoken), capitalising)
    counted = count_texts(dict(run)) if several else None
    return lowercase, midcap, after, elsewhere, counted


@_collector_paused
def _candidates_share(share: Any, report: Callable[[int], None]) -> tuple[Any, Any]:
    """Round 2 for one share: the findings of its distinct texts (:func:`~.stamping.pack`), and the
    stem keys of its share of the counted words."""
    run, spoken, (lowercase, midcap, nouns, elsewhere), words, *then = share
    gaz = gazetteer_for(spoken)
    reader = _Reader(lowercase, midcap, gaz, function_words_of(spoken), nouns, elsewhere)
    findings = {}
    for text, language in run:
        reader.out = Candidates()
        reader.paragraph("", 0, text, tokenize(text), language)
        findings[text] = pack(reader.out)
    by_language: dict[str, list[str]] = {}
    for language, word in words:
        by_language.setdefault(language, []).append(word)
    keyed = keys_of(by_language, known_name(gaz))
    for done in then:  # this process's own share only (:class:`~.stamping.Stamper`)
        done(findings)
    return findings, keyed


_T = TypeVar("_T")


def contiguous_runs(
    items: list[_T], count: int, size: Callable[[_T], int], first: float = 1.0
) -> list[list[_T]]:
    """``items`` cut into up to ``count`` contiguous runs of about equal ``size``, in order;
    the first run (this process's share) ``first`` times the size of each other.

    Contiguous, so joining the workers' answers in run order gives the items' own order back."""
    total = sum(size(item) for item in items)
    runs: list[list[_T]] = [[] for _ in range(count)]
    weight = first + count - 1  # the runs' sizes in units of one other run
    done = 0
    number = 0
    for item in items:
        if number + 1 < count and done * weight >= total * (first + number):
            number += 1
        runs[number].append(item)
        done += size(item)
    return [run for run in runs if run]
