"""Run ONE extractor over the article-extraction benchmark pages; print JSON to stdout.

    python benchmarks/realworld/extraction_worker.py {product|trafilatura} PAGES_DIR

Run as a script (not ``-m``) in its own process by :mod:`benchmarks.realworld.extraction`,
so that ``PYTHONPATH`` decides which ``briefing`` is imported: the working tree's, or the
pre-trafilatura reader unpacked from git history (the baseline, scored in the same run).
Output: ``{"pages": {id: {"articleBody": str, "skipped": bool, "ms": float}}, "version": str}``.
``product`` reads each ``PAGES_DIR/<id>.html`` the way the app does (discover → read_article)
and keeps the paragraphs the reader shows as the article (kinds ``body`` and ``dek``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _product(pages: Path) -> dict[str, dict[str, object]]:
    from briefing.corpus import discover, read_article
    from briefing.model import Article

    out: dict[str, dict[str, object]] = {}
    for found in discover([pages]).files:
        started = time.perf_counter()
        result = read_article(found)
        ms = (time.perf_counter() - started) * 1000
        if isinstance(result, Article):
            body = [p.text for p in result.paragraphs if p.kind in ("body", "dek")]
            fields = {
                name: result.provenance.get(name, "unknown")
                for name in ("title", "date", "source", "author", "language")
                if getattr(result, name, None)
            }
            out[found.id] = {
                "articleBody": "\n\n".join(body), "skipped": False, "ms": ms, "fields": fields,
            }  # fmt: skip
        else:
            out[found.id] = {"articleBody": "", "skipped": True, "ms": ms}
    return out


def _trafilatura(pages: Path) -> dict[str, dict[str, object]]:
    import trafilatura

    out: dict[str, dict[str, object]] = {}
    for path in sorted(pages.glob("*.html")):
        raw = path.read_bytes()
        started = time.perf_counter()
        text = trafilatura.extract(raw)
        ms = (time.perf_counter() - started) * 1000
        out[path.stem] = {"articleBody": text or "", "skipped": not text, "ms": ms}
    return out


def main() -> int:
    which, pages = sys.argv[1], Path(sys.argv[2])
    if which == "trafilatura":
        import trafilatura

        result, version = _trafilatura(pages), trafilatura.__version__
    else:
        import briefing

        result, version = _product(pages), str(getattr(briefing, "__version__", ""))
    json.dump({"pages": result, "version": version}, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
