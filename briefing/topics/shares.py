"""The first pass of topic extraction on every core, with exactly one process's result.

Reading the paragraphs for candidates (:mod:`briefing.topics.extract`) and counting the key
words (:mod:`briefing.topics.keycounts`) look at one paragraph at a time, given two
briefing-wide word sets; that is most of a large briefing's analysis, in pure Python. So the
paragraphs are cut into one contiguous run of articles per job and each run is done in a
worker process of :mod:`briefing.parallel` (the first in this one), in two rounds:

1. each run's vocabulary (the words written in lower case somewhere, those capitalised
   mid-sentence, and the evidence for nouns of noun-capitalising languages); their unions are
   the briefing's, as one process collects them;
2. each run's candidates and word counts, read with those sets; concatenated in run order
   they are what one process appends paragraph by paragraph (the themes' keys too stay in
   first-seen order), and counts add up.

A paragraph text that recurs across two runs is analysed once in each, which changes nothing
(:meth:`~briefing.topics.candidates.Candidates.add_again`). Below
:data:`MIN_PARAGRAPHS_PER_JOB` paragraphs per job fewer jobs are used: a worker costs a
fraction of a second to start and import the topic modules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from briefing.model import Article
from briefing.parallel import run_shares
from briefing.topics.candidates import Candidates
from briefing.topics.extract import _Reader, body_paragraphs, read, read_paragraphs, vocabulary
from briefing.topics.gazetteer import gazetteer_for
from briefing.topics.keycounts import WordCounts, count_words, known_name, summed
from briefing.topics.languages import NOUN_CAPITALISING, function_words_of
from briefing.topics.nouns import noun_evidence, nouns_of

#: Fewer jobs below this many paragraphs each (a 1,000-article briefing has ~23,000).
MIN_PARAGRAPHS_PER_JOB = 4000

_Paragraphs = list[tuple[str, int, str]]


def read_on_cores(
    articles: Sequence[Article], languages: dict[str, str], jobs: int = 1
) -> tuple[Candidates, WordCounts | None]:
    """:func:`~briefing.topics.extract.read` on up to ``jobs`` processes, and the key-word
    counts when the briefing has several languages (``None`` when they were not counted:
    :func:`~briefing.topics.keywords.key_words` counts them itself)."""
    if jobs < 2 or len(articles) < 2:
        return read(articles, languages=languages), None
    paragraphs = body_paragraphs(articles)
    runs = _runs(paragraphs, jobs)
    if len(runs) < 2:
        return read(articles, languages=languages), None
    spoken = frozenset(languages.values())
    capitalising = {languages[a] for a, _i, _t in paragraphs} & NOUN_CAPITALISING
    nouns_needed = bool(NOUN_CAPITALISING & spoken)
    shares: list[Any] = [
        (run, _languages_of(run, languages), spoken, capitalising if nouns_needed else None)
        for run in runs
    ]
    found = run_shares(_vocabulary_share, shares, what="a topic-extraction worker")
    lowercase: set[str] = set().union(*(part[0] for part in found))
    midcap: set[str] = set().union(*(part[1] for part in found))
    nouns: frozenset[str] = frozenset()
    elsewhere: frozenset[str] = frozenset()
    if nouns_needed:
        after: set[str] = set().union(*(part[2] for part in found))
        other: set[str] = set().union(*(part[3] for part in found))
        nouns, elsewhere = nouns_of(after, other, gazetteer_for(spoken))
    del found
    words = (lowercase, midcap, nouns, elsewhere)
    shares = [(run, run_languages, spoken, words) for run, run_languages, *_rest in shares]
    parts = run_shares(_candidates_share, shares, what="a topic-extraction worker")
    out = Candidates()
    for candidates, _counts in parts:
        _extend(out, candidates)
    out.paragraphs = paragraphs
    counts = summed(c for _candidates, c in parts if c is not None) if len(spoken) > 1 else None
    return out, counts


def _runs(paragraphs: _Paragraphs, jobs: int) -> list[_Paragraphs]:
    """Contiguous runs of whole articles, one per worthwhile job, of about equal text."""
    count = max(1, min(jobs, len(paragraphs) // MIN_PARAGRAPHS_PER_JOB))
    total = sum(len(text) for _a, _i, text in paragraphs)
    runs: list[_Paragraphs] = [[] for _ in range(count)]
    done = 0
    number = 0
    previous = None
    for item in paragraphs:
        # A new run starts only at an article's first paragraph.
        if item[0] != previous and number + 1 < count and done * count >= total * (number + 1):
            number += 1
        runs[number].append(item)
        done += len(item[2])
        previous = item[0]
    return [run for run in runs if run]


def _languages_of(run: _Paragraphs, languages: dict[str, str]) -> dict[str, str]:
    return {a: languages[a] for a in dict.fromkeys(a for a, _i, _t in run) if a in languages}


def _vocabulary_share(share: Any, report: Callable[[int], None]) -> tuple[Any, ...]:
    """Round 1 for one run: its vocabulary, and its noun evidence when needed."""
    run, languages, spoken, capitalising = share
    lowercase, midcap = vocabulary(dict.fromkeys(text for _a, _i, text in run))
    if capitalising is None:
        return lowercase, midcap, None, None
    after, elsewhere = noun_evidence(run, languages, gazetteer_for(spoken), capitalising)
    return lowercase, midcap, after, elsewhere


def _candidates_share(
    share: Any, report: Callable[[int], None]
) -> tuple[Candidates, WordCounts | None]:
    """Round 2 for one run: its candidates (without the paragraphs, which the caller has)
    and, in a briefing of several languages, its key-word counts."""
    run, languages, spoken, (lowercase, midcap, nouns, elsewhere) = share
    gaz = gazetteer_for(spoken)
    reader = _Reader(lowercase, midcap, gaz, function_words_of(spoken), nouns, elsewhere)
    candidates = read_paragraphs(reader, run, languages)
    candidates.paragraphs = []
    counts = count_words(run, languages, known_name(gaz)) if len(spoken) > 1 else None
    return candidates, counts


def _extend(out: Candidates, part: Candidates) -> None:
    """Append a later run's candidates, as reading on would have appended them."""
    out.places.extend(part.places)
    out.names.extend(part.names)
    out.surnames.extend(part.surnames)
    out.acronyms.extend(part.acronyms)
    out.definitions.extend(part.definitions)
    out.events.extend(part.events)
    for key, occurrences in part.themes.items():
        out.themes[key].extend(occurrences)
