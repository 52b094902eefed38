"""Run one checkout's timeline and discrepancy finder on packets; print JSON.

    PYTHONPATH=<checkout> python benchmarks/realworld/analysis_probe.py SPEC.json

Run as a script in a subprocess so that the BEFORE code (another checkout, e.g. main) and the
AFTER code (this one) are measured in the same session on the same files. It uses only what
both have: ``briefing.corpus`` to read the files and ``briefing.analysis`` to analyse them.
SPEC is ``{"packets": {name: folder}, "languages": {name: {file: language}}}``; a language
given there replaces the one the reader detected (to measure the rules with the language
the text is really in).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path


def main(spec_path: str) -> None:
    from briefing.analysis import extract_timeline, find_discrepancies
    from briefing.corpus import discover, read_article
    from briefing.model import Article

    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result = {}
    for name, folder in spec["packets"].items():
        languages = spec.get("languages", {}).get(name, {})
        found = discover([Path(folder)])
        articles = []
        for item in found.files:
            article = read_article(item)
            if not isinstance(article, Article):
                continue
            language = languages.get(Path(article.path).name)
            if language and hasattr(article, "language"):
                article = dataclasses.replace(article, language=language)
            articles.append(article)
        timeline = extract_timeline(articles)
        flags = find_discrepancies(articles, timeline)
        files = {a.id: Path(a.path).name for a in articles}
        result[name] = {
            "files": files,
            "flags": [d.to_json() for d in flags],
            "timeline": [
                {
                    "article_id": e.article_id,
                    "date": e.date.isoformat() if e.date else None,
                    "resolution": e.resolution,
                    "phrase": e.phrase,
                    "event": getattr(e, "event", True),
                }
                for e in timeline
            ],
        }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
