"""Where a first analysis of the topics spends the parent's CPU, phase by phase (issue 15).

On a shared machine wall times swing 2–3×; the parent's CPU is what bounds a first analysis on
two cores (the workers' rounds run beside its own share, the rest it does alone). This runs
``extract_topics_named`` once on a corpus, in this process with ``--jobs`` processes, with a
CPU timer (``process_time``) wrapped around each phase's function, and prints the parent's
CPU, the workers' (``RUSAGE_CHILDREN``), the wall, and each phase's CPU, largest first. Nested
phases count in their callers too. Compare two trees by running it with each on
``PYTHONPATH``, in private cache folders (the articles cache is written there)::

    BRIEFING_CACHE_DIR=/tmp/c PYTHONPATH=/tmp/base python -m benchmarks.topics_phases CORPUS
    BRIEFING_CACHE_DIR=/tmp/c PYTHONPATH=.         python -m benchmarks.topics_phases CORPUS
"""

from __future__ import annotations

import argparse
import functools
import resource
import sys
import time
from collections import defaultdict
from typing import Any

#: (module, function, label): the phases timed, where their callers look them up.
PHASES = [
    ("briefing.topics", "briefing_languages", "languages"),
    ("briefing.topics.assemble", "read_on_cores", "first pass (parent's part)"),
    ("briefing.topics.shares", "_vocabulary_share", "  round 1 share"),
    ("briefing.topics.shares", "_candidates_share", "  round 2 share"),
    ("briefing.topics.stamping", "stamp", "  stamping the findings"),
    ("briefing.topics.assemble", "scan_on_cores", "mentions (parent's part)"),
    ("briefing.topics.shares", "_scan_share", "  round 3 share"),
    ("briefing.topics.assemble", "cognate_themes", "  cognate themes (beside the scan)"),
    ("briefing.topics.assemble", "owned_phrase", "  owned phrases"),
    ("briefing.topics.cluster", "_Builder.entities", "entities"),
    ("briefing.topics.cluster", "_Builder.across_scripts", "across_scripts"),
    ("briefing.topics.assemble", "more_merges", "more merges"),
    ("briefing.topics.assemble", "fragments", "fragments"),
    ("briefing.topics.assemble", "key_words", "key words"),
    ("briefing.topics.assemble", "rank", "rank"),
    ("briefing.topics.rank", "_contenders", "  scores"),
    ("briefing.topics", "with_main_event_dated", "main event"),
    ("briefing.topics.events", "action_of", "  action_of"),
    ("briefing.topics.events", "_dates", "  dates (timeline)"),
    ("briefing.topics.events", "_earlier", "  earlier events"),
    ("briefing.topics", "with_period_events", "period events"),
    ("briefing.topics", "with_event_tongues", "event in other languages"),
    ("briefing.topics.event_tongues", "_judged", "  judged words"),
    ("briefing.topics.event_tongues", "_agreed", "  agreed words"),
    ("briefing.topics.period_events", "sequence_events", "  sequence events"),
    # The late rules, each where its caller looks it up (atopic48's table in PROFILE.md).
    ("briefing.topics", "with_event_loans", "event loans"),
    ("briefing.topics", "with_named_events_joined", "named events"),
    ("briefing.topics.extract_all", "diseases_as_themes", "diseases as themes"),
    ("briefing.topics.extract_all", "vessels_as_themes", "vessels as themes"),
    ("briefing.topics.extract_all", "islands_as_places", "islands as places"),
    ("briefing.topics.assemble", "merge_landmarks", "landmark merges"),
    ("briefing.topics.assemble", "add_landmark_uses", "landmarks in other scripts"),
    ("briefing.topics.assemble", "add_uncased_uses", "uses in uncased scripts"),
    ("briefing.topics.assemble", "join_korean_names", "Korean names"),
    ("briefing.topics.assemble", "add_hangul_people", "Hangul-only people"),
    ("briefing.topics.assemble", "add_suffixed_names", "Hangul and Han suffixed names"),
    ("briefing.topics.assemble", "_arabic_uses", "Arabic uses"),
    ("briefing.topics.assemble", "borrowed_uses", "borrowed themes"),
    ("briefing.topics.late_merges", "led_pairs", "  led bodies"),
    ("briefing.topics.late_merges", "merge_city_alternates", "  city alternates"),
    ("briefing.topics.late_merges", "uncased_pairs", "  uncased bodies"),
    ("briefing.topics.late_merges", "merge_lowercase_names", "  lower-case names"),
    ("briefing.topics.cluster", "judge_acronyms", "  acronyms judged"),
    ("briefing.topics.cluster", "_Builder._people", "  people"),
    ("briefing.topics.cluster", "strip_foreign_titles", "  foreign titles"),
    ("briefing.topics.rank", "own_credits", "  own credits"),
    ("briefing.topics.rank", "cited_only", "  cited only"),
    ("briefing.topics.rank", "listed", "  listed"),
    ("briefing.topics.rank", "cut_name", "  cut names"),
    ("briefing.topics.rank", "union_in_passing", "  unions in passing"),
    ("briefing.topics.events", "whose", "  whose"),
    ("briefing.topics.event_person", "done_to", "    done to"),
    ("briefing.topics.event_appositive", "described", "  appositive descriptions"),
    ("briefing.topics.events", "membership", "  membership"),
    ("briefing.topics.shares", "Cores.rounds_over", "tasks lent"),
]


def _wrap(spent: dict[str, float], module: str, name: str, label: str) -> None:
    owner: Any = sys.modules.get(module) or __import__(module, fromlist=["_"])
    *path, attribute = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    if not hasattr(owner, attribute):
        return  # a phase the tree under test does not have
    function = getattr(owner, attribute)

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    setattr(owner, attribute, timed)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    from briefing.briefing import MAX_TOPICS, Briefing
    from briefing.topics import extract_topics_named

    spent: dict[str, float] = defaultdict(float)
    for module, name, label in PHASES:
        _wrap(spent, module, name, label)
    briefing = Briefing.open([args.corpus], sync=False, jobs=args.jobs)
    cpu, wall = time.process_time(), time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    topics, event = extract_topics_named(briefing.articles, limit=MAX_TOPICS, jobs=args.jobs)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    print(
        f"{args.corpus}, {args.jobs} jobs: parent {time.process_time() - cpu:.1f} s CPU, "
        f"workers {workers:.1f} s CPU, wall {time.perf_counter() - wall:.1f} s; "
        f"{len(topics)} topics, event {event!r}"
    )
    for _module, _name, label in PHASES:
        if label in spent:
            print(f"  {label:30s} {spent[label]:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
