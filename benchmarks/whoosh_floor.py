"""Whoosh's floor for an index build: the same postings, none of briefing's own work (issue 15).

    .venv/bin/python -m benchmarks.whoosh_floor [--corpus DIR] [--rounds 3] [--jobs 2]
        [--variants stock,simple,lean,lean-flat] [--no-product] [--check N]

The row "index build at 10,005 ≤ 12× a single stemmed FTS5 table" asks whether briefing's
build can come within 12× of FTS5. This measures what Whoosh itself costs for the same
index, so the question can be answered: every article is read, turned into its fields
(``schema.document``) and analysed into its kept terms by briefing's own analysis, **all
before the clock starts**; the articles are cut into the same contiguous runs as the product
(``building.runs``), one pre-analysed run per worker process, each loaded in memory before a
common start signal; each worker then writes one segment, and the parent lists the segments
in one table of contents, exactly as ``building._combine`` does. What is timed is Whoosh's
part only: its writer taking the documents, its posting pool, its segment writing and
commit (and the parent's combining).

Variants (each one segment per worker, ``--jobs`` workers):

- ``stock``: Whoosh's own ``SegmentWriter.add_document`` with briefing's schema and
  settings (128 MB pool, compound segment), each text field's analyzer replaced by a
  pass-through that yields the pre-analysed terms at their positions (one ``Token`` per
  word: Whoosh's own per-word steps, ``Positions.word_values``, are kept).
- ``simple``: as ``stock`` with Whoosh's simplest settings that keep every query feature:
  positions kept on the four phrase-searched fields (title, body, furniture, source), the
  unsearched ``path`` field left out, no pool spilling (2 GB), no compound file, no zlib.
- ``lean``: briefing's own Whoosh writing path (``LeanWriter``, ``TermPostings``,
  ``segment_postings.write_postings``, compound segment as the product) fed the kept terms:
  the product's indexing with its analysis (``lean_add._kept_terms``: words, stop words,
  stems) and its vocabulary collection removed — what the product would cost if analysis
  were free.
- ``lean-flat``: ``lean`` without the compound file.

Then, in the same rounds, alternating with these: FTS5's stemmed table alone
(``probes.fts5_build_single``) and briefing's whole cold build on ``--jobs`` cores from an
empty cache (``probes.briefing_build``), and briefing's index building alone from the
articles already in memory (``building.build_index``). ``--check N`` first builds the first
N articles with every variant and with the product's writer in one process and compares
every posting (field, term, document, weight, encoded positions), field length and stored
field: the floors index exactly what the product indexes.
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from whoosh.analysis import Analyzer, Token

TEXT_FIELDS = ("title", "body", "furniture", "source")
VARIANTS = ("stock", "simple", "lean", "lean-flat")


class Analysed(str):
    """A text field's value already analysed: its kept terms in order and the position of
    the first. A ``str`` (empty) so Whoosh's field takes it and hands it to the analyzer (a
    list would be taken as tokens numbered from 0 without the analyzer)."""

    first: int
    terms: list[str]


def analysed(first: int, terms: list[str]) -> Analysed:
    value = Analysed()
    value.first, value.terms = first, terms
    return value


class Given(Analyzer):
    """A pass-through analyzer over an :class:`Analysed` value: one token per kept term, at
    consecutive positions from the first (as briefing's analyzer numbers the words it
    keeps)."""

    def __call__(
        self,
        value: Any,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Any:
        first, terms = value.first, value.terms
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        t.boost = 1.0
        t.stopped = False
        for pos, term in enumerate(terms, first):
            t.text = term
            t.pos = pos
            yield t


GIVEN = Given()


# --- preparing the runs (untimed) -----------------------------------------------------------


def _read_articles(corpus_dir: Path, jobs: int) -> list[Any]:
    from briefing.corpus import discover
    from briefing.reading import read_articles

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = read_articles(
            list(discover([corpus_dir]).files), Path(tmp) / "articles.msgpack", None, [], jobs
        )
    return list(articles)


def _analysed(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` (``schema.document``'s fields) with each text field's value replaced by its
    kept terms (``(first, terms)``) and the stored values given apart."""
    from briefing.search.analysis import collecting_words, keyword_analyzer
    from briefing.search.lean_add import _kept_terms

    out = dict(doc)
    with collecting_words():  # the analyzer's sink: set, as in a build
        for name in ("title", "body", "furniture"):
            terms, first = _kept_terms(doc[name])
            out[name] = analysed(first, terms)
    if "source" in doc:
        tokens = [(t.pos, t.text) for t in keyword_analyzer()(doc["source"], positions=True)]
        out["source"] = analysed(tokens[0][0] if tokens else 0, [text for _, text in tokens])
        out["_stored_source"] = doc["source"]
    return out


def prepare(articles: list[Any], jobs: int, folder: Path) -> list[Path]:
    """Every article pre-analysed, cut into the product's runs, one pickle per run."""
    from briefing.search.building import job_count, runs
    from briefing.search.schema import document

    files = []
    for number, run in enumerate(runs(articles, job_count(len(articles), jobs))):
        path = folder / f"run-{number}.pickle"
        path.write_bytes(pickle.dumps([_analysed(document(a)) for a in run], 5))
        files.append(path)
    return files


# --- the timed part: one worker's segment ---------------------------------------------------


def _schema(variant: str) -> Any:
    from briefing.search.schema import build_schema

    schema = build_schema()
    if variant == "simple":
        schema.remove("path")
    for name in TEXT_FIELDS:
        schema[name].analyzer = GIVEN
    return schema


def _add_lean(writer: Any, fields: dict[str, Any]) -> None:
    """``lean_add.add_document`` with the text fields' kept terms given: the same steps
    after ``_kept_terms`` (``add_kept_terms``' grouping and encoding, the stored fields,
    lengths and columns)."""
    from briefing.search.lean_add import add_kept_terms

    schema, perdoc, pool, docnum = writer.schema, writer.perdocwriter, writer.pool, writer.docnum
    perdoc.start_doc(docnum)
    for name in sorted(n for n in fields if not n.startswith("_")):
        value = fields[name]
        if value is None:
            continue
        field = schema[name]
        length = 0
        if name in TEXT_FIELDS:
            kept = value.terms
            add_kept_terms(pool, name, docnum, kept, value.first, field.format.field_boost)
            length = len(kept) if field.scorable else 0
        elif field.indexed:
            items = []
            for text, freq, weight, vbytes in field.index(value):
                length += freq if field.scorable else 0
                items.append((text, weight, vbytes))
            pool.add_postings(name, docnum, items)
        stored = fields.get(f"_stored_{name}", value)
        perdoc.add_field(name, field, stored if field.stored else None, length)
        if field.column_type and stored is not None:
            perdoc.add_column_value(name, field.column_type, field.to_column_value(stored))
    perdoc.finish_doc()
    writer._added = True
    writer.docnum += 1


def write_run(variant: str, docs: list[dict[str, Any]], folder: Path) -> list[Any]:
    """One segment of ``docs`` in a fresh index at ``folder`` with ``variant``; its segments."""
    from whoosh import index as wix
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.writing import SegmentWriter

    from briefing.search.building import BUILD_POOL_MB, LeanWriter
    from briefing.search.segment_postings import TermPostings

    folder.mkdir(parents=True)
    ix = wix.create_in(str(folder), _schema(variant))
    if variant in ("stock", "simple"):
        simple = variant == "simple"
        writer = SegmentWriter(
            ix,
            limitmb=2048 if simple else BUILD_POOL_MB,
            compound=not simple,
            codec=W3Codec(compression=0) if simple else None,
        )
        for doc in docs:
            writer.add_document(
                **({k: v for k, v in doc.items() if k != "path"} if simple else doc)
            )
    else:
        writer = LeanWriter(ix, limitmb=BUILD_POOL_MB, compound=variant == "lean")
        writer.pool = TermPostings()
        for doc in docs:
            _add_lean(writer, doc)
    writer.commit()
    return list(ix._segments())


def _worker(variant: str, run_file: Path, folder: Path) -> None:
    """A worker: load the run, say ready, wait for the start, write the segment, answer."""
    # imports are not Whoosh's work: done before the start
    import whoosh.codec.whoosh3
    import whoosh.writing  # noqa: F401

    import briefing.search.building  # noqa: F401

    docs = pickle.loads(run_file.read_bytes())
    print("ready", flush=True)
    sys.stdin.readline()
    started, cpu = time.perf_counter(), time.process_time()
    segments = write_run(variant, docs, folder)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    (folder / "segments.pickle").write_bytes(pickle.dumps(segments))
    print(json.dumps({"seconds": seconds, "cpu_s": cpu, "docs": len(docs)}), flush=True)


def floor_build(variant: str, run_files: list[Path], staging: Path) -> dict[str, Any]:
    """Every run written by its own worker process, started together once all have loaded;
    then one table of contents over their segments. The wall is from the start signal to
    the table written."""
    from whoosh import index as wix
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    staging.mkdir(parents=True)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.whoosh_floor",
                "--worker",
                variant,
                str(f),
                str(staging / f"part-{n}"),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n, f in enumerate(run_files)
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    answers = [json.loads(proc.stdout.readline()) for proc in procs]  # type: ignore[union-attr]
    for proc in procs:
        proc.wait()
    schema = _schema(variant)
    wix.create_in(str(staging), schema)
    segments = []
    for n in range(len(procs)):
        part = staging / f"part-{n}"
        for segment in pickle.loads((part / "segments.pickle").read_bytes()):
            prefix = f"{segment.segment_id()}."
            for path in part.iterdir():
                if path.name.startswith(prefix):
                    path.rename(staging / path.name)
            segments.append(segment)
    TOC(schema, segments, 1).write(FileStorage(str(staging)), "MAIN")
    wall = time.perf_counter() - started
    docs = wix.open_dir(str(staging)).doc_count_all()
    shutil.rmtree(staging)
    return {
        "seconds": wall,
        "workers_s": [a["seconds"] for a in answers],
        "workers_cpu_s": [a["cpu_s"] for a in answers],
        "cpu_s": sum(a["cpu_s"] for a in answers),
        "docs": docs,
    }


# --- the run ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("benchmarks/.work/corpus-10000"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--no-product", action="store_true", help="floors only")
    parser.add_argument("--check", type=int, default=0, help="compare postings on N articles")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--product-worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker[0], Path(args.worker[1]), Path(args.worker[2]))
        return 0
    if args.product_worker:
        from benchmarks.whoosh_floor_check import product_worker

        product_worker(Path(args.product_worker[0]), Path(args.product_worker[1]), args.jobs)
        return 0
    from benchmarks import harness
    from benchmarks.build_rows import warm_page_cache
    from benchmarks.whoosh_floor_check import probe, product_index
    from briefing.stored_articles import article_row

    variants = [v for v in args.variants.split(",") if v]
    work = Path("benchmarks/.work").resolve()
    tmp = Path(tempfile.mkdtemp(prefix="whoosh-floor-", dir=work))
    try:
        warm_page_cache(args.corpus)
        articles = _read_articles(args.corpus, args.jobs)
        print(f"{len(articles)} articles read", file=sys.stderr)
        if args.check:
            from benchmarks.whoosh_floor_check import check

            print(json.dumps({"same_postings": check(articles, args.check, tmp / "check")}))
        run_files = prepare(articles, args.jobs, tmp)
        rows_file = tmp / "rows.pickle"
        rows_file.write_bytes(pickle.dumps([(str(a.path), article_row(a)) for a in articles], 5))
        del articles
        results: dict[str, list[dict[str, Any]]] = {}
        for number in range(args.rounds):
            sides: list[tuple[str, Any]] = []
            if not args.no_product:
                sides += [
                    ("fts5 one table", lambda: probe("fts5_build_single", args.corpus, work, 1)),
                    (
                        "product build",
                        lambda: probe("briefing_build", args.corpus, work, args.jobs),
                    ),
                    ("product index only", lambda: product_index(rows_file, tmp / "p", args.jobs)),
                ]
            sides += [
                (f"floor {v}", lambda v=v: floor_build(v, run_files, tmp / f"floor-{v}"))
                for v in variants
            ]
            for name, measure in sides:
                load = harness.load_average()[0]
                result = {**measure(), "load": load}
                results.setdefault(name, []).append(result)
                print(json.dumps({"round": number + 1, "side": name, **result}), flush=True)
        summary = {
            name: {
                "seconds": statistics.median(r["seconds"] for r in runs),
                "cpu_s": statistics.median(r["cpu_s"] for r in runs),
                "rounds": [round(r["seconds"], 2) for r in runs],
                "loads": [r["load"] for r in runs],
            }
            for name, runs in results.items()
        }
        # On a loaded machine the walls swing with the load; CPU seconds are steadier. A
        # floor's wall on an idle machine is its busiest worker's CPU (``per core``).
        for name, runs in results.items():
            if "workers_cpu_s" in runs[0]:
                summary[name]["per_core_cpu_s"] = statistics.median(
                    max(r["workers_cpu_s"]) for r in runs
                )
        base = summary.get("fts5 one table", {})
        for name, row in summary.items():
            ratios = ""
            if base:
                wall, cpu = row["seconds"] / base["seconds"], row["cpu_s"] / base["cpu_s"]
                ratios = f"wall {wall:5.1f}×, CPU {cpu:5.1f}×"
            core = row.get("per_core_cpu_s")
            if core and base:
                ratios += f", per core {core:.2f} s = {core / base['cpu_s']:.1f}× FTS5's CPU"
            print(
                f"{name:20s} {row['seconds']:7.2f} s  CPU {row['cpu_s']:6.2f} s  ({ratios})  "
                f"rounds {row['rounds']}  load {row['loads']}"
            )
        print(json.dumps(summary))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
