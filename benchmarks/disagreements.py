"""The disagreements of one checkout, for comparing two checkouts, and the benchmark's probes.

    PYTHONPATH=<checkout> python -m benchmarks.disagreements dump OUT.json [--jobs N]
        [--home HOME] [TARGET…]
    python -m benchmarks.disagreements compare BEFORE.json AFTER.json
    python -m benchmarks.disagreements check [--baseline DIR] [TARGET…]

``dump`` opens each target as the app does (``Briefing.open`` in a cache folder of its own,
so nothing is read from an earlier run) and writes every disagreement it finds, in full
(``Discrepancy.to_json``: values, quotes, articles, spans) and the timeline (``NAME
(timeline)``). With ``--home`` (a copy of ``benchmarks/.work/home-N``, one target) the
index and topics are those of that home, as the probe finds them. A target is ``seeds``, ``1000``
or ``10000`` (the benchmark corpora in ``benchmarks/.work``), a dev packet's name, or a
folder; by default the seeds, the 1,000-article corpus and every dev packet whose files are
all there (never the packet set aside). ``compare`` says which targets differ and how, and
exits 1 if any does. ``check`` dumps the baseline checkout (default ``/work/main``) and this
one in the same session and compares them: a change of structure (where, when and how often
the work runs) must leave every disagreement exactly as it was.

``probe`` is what ``benchmarks/app_rows.py`` times in a fresh process: the disagreements'
first analysis (timeline and disagreements worked out again, the index and topics cached) or
the baseline beside it (every article's paragraphs read from the cache and split into
sentences, the least any reading of every sentence costs).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_TARGETS = ("seeds", "1000", "packets")


def _folders(targets: list[str]) -> dict[str, Path | None]:
    """Target name → folder (None: the bundled seeds)."""
    from benchmarks.realworld import manifest

    out: dict[str, Path | None] = {}
    for target in targets:
        if target == "seeds":
            out["seeds"] = None
        elif target.isdigit():
            out[target] = BENCH / ".work" / f"corpus-{target}"
        elif target == "packets":
            for packet in manifest.packets():  # never the packet set aside
                files = {a.file for a in packet.articles}
                if packet.folder.is_dir() and files <= {p.name for p in packet.folder.iterdir()}:
                    out[packet.name] = packet.folder
                else:
                    print(f"skipped {packet.name}: its files are not all there", file=sys.stderr)
        elif "=" in target:  # NAME=FOLDER, as ``check`` passes them
            name, folder = target.split("=", 1)
            out[name] = None if folder == "" else Path(folder)
        else:
            out[target] = Path(target)
    return out


def dump(targets: list[str], jobs: int | None, home: Path | None = None) -> dict[str, Any]:
    """Every disagreement of each target, as JSON, each opened in a fresh cache folder (or
    in ``home``, a copy of a benchmark's cache home: its index and topics kept, its timeline
    and disagreements worked out again, as the probe does), and the timeline beside it."""
    result: dict[str, Any] = {}
    for name, folder in _folders(targets).items():
        with tempfile.TemporaryDirectory(prefix="disagreements-") as fresh:
            for root in ("CACHE", "STATE", "DATA", "CONFIG"):
                os.environ[f"BRIEFING_{root}_DIR"] = str(Path(home or fresh) / root.lower())
            from briefing.briefing import Briefing

            options: dict[str, Any] = {} if jobs is None else {"jobs": jobs}
            if home is not None:
                options["sync"] = False
            start = time.perf_counter()
            with Briefing.open(None if folder is None else [folder], **options) as briefing:
                for derived in ("timeline", "discrepancies"):
                    (briefing.cache_dir / f"{derived}.msgpack").unlink(missing_ok=True)
                opened = time.perf_counter()
                found = briefing.discrepancies()
                done = time.perf_counter()
                result[name] = [d.to_json() for d in found]
                result[f"{name} (timeline)"] = [e.to_json() for e in briefing.timeline()]
            print(
                f"{name}: {len(found)} disagreements, {len(briefing.articles)} articles "
                f"(open {opened - start:.1f} s, disagreements {done - opened:.1f} s)",
                file=sys.stderr,
            )
    return result


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per difference (none when every target's disagreements are identical)."""
    lines = []
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            lines.append(f"{name}: only in {'after' if name in after else 'before'}")
            continue
        old, new = before[name], after[name]
        if old == new:
            continue
        lines.append(f"{name}: {len(old)} disagreements before, {len(new)} after")
        gone = [d for d in old if d not in new]
        added = [d for d in new if d not in old]
        for label, items in (("only before", gone), ("only after", added)):
            lines.extend(
                f"  {label}: {d.get('kind', 'entry')} {d.get('subject', d.get('phrase'))}"
                for d in items[:10]
            )
        if not gone and not added:
            lines.append("  the same disagreements in another order")
    return lines


def check(baseline: Path, targets: list[str], jobs: int | None) -> int:
    """Dump ``baseline`` and this checkout (each in a subprocess) and compare."""
    dumps = []
    named = [f"{name}={folder or ''}" for name, folder in _folders(targets).items()]
    with tempfile.TemporaryDirectory(prefix="disagreements-check-") as folder:
        for label, tree in (("before", baseline), ("after", ROOT)):
            out = Path(folder) / f"{label}.json"
            # Run as a file, not a module: only ``tree`` is on the path, so ``briefing`` is
            # that checkout's.
            argv = [sys.executable, str(Path(__file__).resolve()), "dump", str(out), *named]
            if jobs is not None:
                argv += ["--jobs", str(jobs)]
            env = dict(os.environ, PYTHONPATH=str(tree))
            print(f"{label}: {tree}", file=sys.stderr)
            subprocess.run(argv, env=env, check=True, cwd=folder)
            dumps.append(json.loads(out.read_text(encoding="utf-8")))
    lines = compare(*dumps)
    print("\n".join(lines) if lines else f"identical: {', '.join(sorted(dumps[1]))}")
    return 1 if lines else 0


def probe(corpus: Path, baseline: bool) -> dict[str, Any]:
    """Time one first analysis of the disagreements (index and topics cached), or with
    ``baseline`` every article's paragraphs read and split into sentences."""
    from briefing.briefing import Briefing

    jobs = os.environ.get("BENCH_BRIEFING_JOBS")
    with Briefing.open([corpus], sync=False, jobs=int(jobs) if jobs else None) as briefing:
        start = time.perf_counter()
        if baseline:
            from briefing.sentences import language_of, sentences

            count = 0
            for article in briefing.articles:
                for paragraph in article.paragraphs:
                    language = language_of(paragraph.language, article.language)
                    count += len(sentences(paragraph.text, language))
            return {"seconds": time.perf_counter() - start, "sentences": count}
        briefing.topics()  # cached by the topics row: the child process finds them so
        start = time.perf_counter()
        for name in ("timeline", "discrepancies"):
            (briefing.cache_dir / f"{name}.msgpack").unlink(missing_ok=True)
        timeline = briefing.timeline()
        timed = time.perf_counter()
        found = briefing.discrepancies()
        done = time.perf_counter()
        return {
            "seconds": done - start,
            "timeline_seconds": timed - start,
            "entries": len(timeline),
            "disagreements": len(found),
            "jobs": briefing.jobs,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("dump")
    p.add_argument("out", type=Path)
    p.add_argument("targets", nargs="*", default=list(DEFAULT_TARGETS))
    p.add_argument("--jobs", type=int)
    p.add_argument("--home", type=Path, help="a copy of benchmarks/.work/home-N (one target)")
    p = commands.add_parser("compare")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p = commands.add_parser("check")
    p.add_argument("targets", nargs="*", default=list(DEFAULT_TARGETS))
    p.add_argument("--baseline", type=Path, default=Path("/work/main"))
    p.add_argument("--jobs", type=int)
    p = commands.add_parser("probe")
    p.add_argument("corpus", type=Path)
    p.add_argument("--baseline", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "dump":
        found = dump(args.targets, args.jobs, args.home)
        args.out.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    if args.command == "compare":
        dumps = [json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after)]
        lines = compare(*dumps)
        print("\n".join(lines) if lines else "identical")
        return 1 if lines else 0
    if args.command == "check":
        return check(args.baseline, args.targets, args.jobs)
    print(json.dumps(probe(args.corpus, args.baseline)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
