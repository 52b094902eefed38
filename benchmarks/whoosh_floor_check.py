"""The product measured beside ``whoosh_floor.py``'s floors, and ``--check N``: the floors
index exactly what the product indexes.

The first N articles are indexed by the product's writer (``building._index_run``) and by each
floor variant from their pre-analysed fields; every posting (field, term, document, weight,
encoded positions), field length, stored field and date column value is compared.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.whoosh_floor import VARIANTS, _analysed, write_run


def product_worker(rows_file: Path, staging: Path, jobs: int) -> None:
    """briefing's index building alone: its articles in memory, then ``build_index`` (its
    analysis, vocabulary, workers and combining) timed from the start signal."""
    from briefing.search.building import build_index
    from briefing.stored_articles import article_from_row

    articles = [article_from_row(row, Path(p)) for p, row in pickle.loads(rows_file.read_bytes())]
    print("ready", flush=True)
    sys.stdin.readline()
    started, cpu = time.perf_counter(), time.process_time()
    staging.mkdir(parents=True)
    build_index(staging, articles, None, jobs)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu_s": cpu, "docs": len(articles)}), flush=True)


def product_index(rows_file: Path, staging: Path, jobs: int) -> dict[str, Any]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "benchmarks.whoosh_floor",
            "--product-worker",
            str(rows_file),
            str(staging),
            "--jobs",
            str(jobs),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "ready"
    proc.stdin.write("go\n")
    proc.stdin.flush()
    answer = json.loads(proc.stdout.readline())
    _, _, usage = os.wait4(proc.pid, 0)
    shutil.rmtree(staging, ignore_errors=True)
    # the parent's and its worker's CPU together (the worker is reaped by the parent)
    return {**answer, "cpu_s": usage.ru_utime + usage.ru_stime}


def probe(name: str, corpus_dir: Path, work: Path, jobs: int) -> dict[str, Any]:
    from benchmarks import harness
    from benchmarks.probes import JOBS_VARIABLE

    env = harness.briefing_env(work, "floor")
    env[JOBS_VARIABLE] = str(jobs)
    shutil.rmtree(work / "home-floor", ignore_errors=True)
    db = work / "fts5-floor.db"
    run = harness.run_probe(name, corpus_dir, db, env)
    return {**run.result, "cpu_s": run.cpu_s}


def _postings(folder: Path, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    from whoosh import index as wix

    with wix.open_dir(str(folder)).reader() as reader:
        found: dict[str, Any] = {}
        for fieldname, text in reader.all_terms():
            if fieldname in skip:
                continue
            m = reader.postings(fieldname, text)
            items = []
            while m.is_active():
                items.append((m.id(), m.weight(), m.value()))
                m.next()
            found[f"{fieldname}:{text!r}"] = items
        for name in reader.schema.scorable_names():
            found[f"lengths:{name}"] = [
                reader.doc_field_length(d, name) for d in reader.all_doc_ids()
            ]
        found["stored"] = list(reader.all_stored_fields())
        found["dates"] = (
            list(reader.column_reader("date", translate=False))
            if reader.has_column("date")
            else None
        )
    return found


def check(articles: list[Any], count: int, folder: Path) -> dict[str, bool]:
    """The first ``count`` articles indexed by the product's writer and by each variant:
    True where every posting, length and stored field is the same."""
    from briefing.search.building import _index_run
    from briefing.search.schema import document

    chosen = articles[:count]
    folder.mkdir(parents=True)
    _index_run((str(folder), 0, chosen), lambda n: None)
    product = _postings(folder / "part-0")
    product_no_path = {k: v for k, v in product.items() if not k.startswith("path:")}
    docs = [_analysed(document(a)) for a in chosen]
    same = {}
    for variant in VARIANTS:
        write_run(variant, docs, folder / variant)
        got = _postings(folder / variant)
        same[variant] = got == (product_no_path if variant == "simple" else product)
    return same
