"""Saved web pages: body F1 on the public article-extraction benchmark, three readers, one run.

The benchmark (github:scrapinghub/article-extraction-benchmark: 181 real news pages with their
article bodies written by hand) lives in ``<data>/aeb`` (``html/*.html.gz``,
``ground-truth.json``, ``evaluate.py``), never in git. Scored with the benchmark's own
``evaluate.py`` (shingle F1 / precision / recall, mean over pages), in the same run:

- **before**: the selectolax reader as it was before trafilatura (:data:`BASELINE`, unpacked
  from git history into a temporary folder, so the comparison survives the change);
- **trafilatura**: ``trafilatura.extract(page)`` with its defaults, the yardstick;
- **product**: the reader as the app uses it (``discover`` → ``read_article``), counting the
  paragraphs it shows as the article (kinds ``body`` and ``dek``: not the title, bylines,
  captions or boilerplate, which the reader folds).

Each runs in its own process (``extraction_worker.py``); ms/page is the time of the read alone,
imports excluded (import cost is reported on its own line).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.realworld.baseline import unpack

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WORKER = HERE / "extraction_worker.py"
#: The last commit whose HTML reader was the hand-written selectolax one (the baseline).
BASELINE = "342b73e00222a4e78f3f50b4966caf7bb09bb6d2"
_N_BOOTSTRAP = 200


def section(ctx: Any) -> str:
    bench = Path(ctx.data) / "aeb"
    head = "## Saved web pages (article-extraction benchmark)\n"
    missing = [n for n in ("html", "ground-truth.json", "evaluate.py") if not (bench / n).exists()]
    if missing:
        return (
            f"{head}\nNot run: the benchmark is not on this machine ({bench} lacks "
            f"{', '.join(missing)}). Fetch github:scrapinghub/article-extraction-benchmark and "
            "unpack `html ground-truth.json evaluate.py` there.\n"
        )
    evaluate = _load(bench / "evaluate.py")
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="aeb-") as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for key in truth:
            data = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes())
            (pages / f"{key}.html").write_bytes(data)
        baseline = unpack(BASELINE, Path(tmp) / "baseline")
        runs: list[tuple[str, dict[str, Any] | str]] = [
            ("before (selectolax, " + BASELINE[:7] + ")",
             _run("product", pages, baseline) if baseline else "baseline not available (no git)"),
            ("trafilatura", _run("trafilatura", pages, None)),
            ("product (this commit)", _run("product", pages, None)),
        ]  # fmt: skip
        imports = {
            "trafilatura + lxml": _import_ms("import trafilatura, lxml.html", None),
            "briefing reader (before)": _import_ms("import briefing.corpus.reader", baseline)
            if baseline else None,
            "briefing reader (this commit)": _import_ms("import briefing.corpus.reader", None),
        }  # fmt: skip
    rows = [
        "| reader | version | F1 | precision | recall | skipped | pages F1 < 0.8 "
        "| ms/page (median) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, run in runs:
        if isinstance(run, str):
            rows.append(f"| {name} | | {run} | | | | | |")
            continue
        out = run["pages"]
        if set(out) != set(truth):
            rows.append(f"| {name} | | pages missing from its output | | | | | |")
            continue
        prediction = {k: {"articleBody": v["articleBody"]} for k, v in out.items()}
        m = evaluate.evaluate(truth, prediction, _N_BOOTSTRAP)
        low = sum(1 for k in truth if _page_f1(evaluate, truth[k], prediction[k]) < 0.8)
        skipped = sum(1 for v in out.values() if v["skipped"])
        ms = [float(v["ms"]) for v in out.values()]
        rows.append(
            f"| {name} | {run['version']} | {m['f1']:.3f} ± {m['f1_std']:.3f} "
            f"| {m['precision']:.3f} | {m['recall']:.3f} | {skipped} | {low} "
            f"| {statistics.median(ms):.1f} (mean {statistics.mean(ms):.1f}) |"
        )
    lines = [head, f"{len(truth)} pages; F1/precision/recall by the benchmark's evaluate.py "
             f"(± bootstrap std, {_N_BOOTSTRAP} samples).\n", *rows, ""]  # fmt: skip
    lines += _metadata_table(runs)
    lines.append(
        "Import cost (fresh process, ms): "
        + ", ".join(f"{k} {v:.0f}" for k, v in imports.items() if v is not None)
        + ".\n"
    )
    return "\n".join(lines)


def _metadata_table(runs: list[tuple[str, dict[str, Any] | str]]) -> list[str]:
    """How many pages got each field, and from where (d = declared by the page, h = read off
    the visible page). The benchmark has no metadata truth: these are counts, not accuracy."""
    rows = [
        "Metadata found (pages read; d = declared by the page, h = read off the page):\n",
        "| reader | title | date | outlet | author | language |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, run in runs:
        if isinstance(run, str) or name == "trafilatura":
            continue
        cells = []
        for field in ("title", "date", "source", "author", "language"):
            provs = [v.get("fields", {}).get(field) for v in run["pages"].values()]
            declared = sum(1 for p in provs if p == "front-matter")
            found = sum(1 for p in provs if p)
            cells.append(f"{found} (d {declared}, h {found - declared})")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return [*rows, ""]


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("aeb_evaluate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page_f1(evaluate: ModuleType, true: dict[str, str], pred: dict[str, str]) -> float:
    tp, fp, fn = evaluate.string_shingle_matching(
        true=true.get("articleBody", ""), pred=pred.get("articleBody", "")
    )
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _env(pythonpath: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(pythonpath) if pythonpath else str(ROOT)
    return env


def _run(which: str, pages: Path, pythonpath: Path | None) -> dict[str, Any] | str:
    done = subprocess.run(
        [sys.executable, str(WORKER), which, str(pages)],
        capture_output=True, text=True, env=_env(pythonpath), check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return f"failed: {done.stderr.strip().splitlines()[-1:]}"
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _import_ms(statement: str, pythonpath: Path | None) -> float | None:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = []
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True,
            env=_env(pythonpath), cwd=pythonpath or ROOT, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            return None
        runs.append(float(done.stdout) * 1000)
    return min(runs)
