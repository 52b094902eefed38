"""Where each annotated disagreement that no flag reports is lost: the figures read from its
quoted sentences, and under which keys.

    PYTHONPATH=<checkout> python benchmarks/realworld/disagreement_census.py PROBE.json

PROBE.json is ``analysis_probe.py``'s output for the dev packets (the flags of one checkout).
For every miss (as ``discrepancies.py`` scores it) and every annotated value, it prints each
listed article's figures whose number is the value's or its quote's, as ``key=value``, or
"NOT READ". A miss whose values were never read is lost at reading (which pattern, which
language); one whose values were read under keys that differ by article is keyed apart (a
noun per language, a narrowing word); one read under one key is held by a guard of
:mod:`briefing.analysis.figures`. Names, dates and semantic claims show "NOT READ" here
whatever their fate: the figure reader is the only one asked. Written for the census of
DISCREPANCIES.md ("dcensus68"); the classes there are read from this output by hand.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

from benchmarks.realworld.discrepancies import _found, _tokens
from briefing.analysis import extract_timeline
from briefing.analysis.figure_reading import read_figures
from briefing.corpus import discover, read_article
from briefing.model import Article

HERE = Path(__file__).resolve().parent
PACKETS = HERE / "data" / "packets"


def main(probe_path: str) -> None:
    probe = json.loads(Path(probe_path).read_text(encoding="utf-8"))
    for name, data in probe.items():
        manifest = HERE / "manifests" / f"{name}.yaml"
        if not manifest.is_file():
            continue  # the seeds
        raw = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        annotated = raw.get("disagreements", [])
        missed = [a for a in annotated if not _found(a, data["flags"], data["files"])]
        if missed:
            _census(name, missed)


def _census(name: str, missed: list[dict]) -> None:
    found = discover([PACKETS / name])
    articles = [a for a in map(read_article, found.files) if isinstance(a, Article)]
    by_file = {Path(a.path).name: a for a in articles}
    figures, _ = read_figures(articles, extract_timeline(articles))
    for annotation in missed:
        print(f"\n### {name} — {annotation['what']}")
        quotes = annotation.get("quotes") or {}
        for value, files in annotation["values"].items():
            numbers, _ = _tokens(str(value))
            for file in files:
                article, quote = by_file.get(file), quotes.get(file, "")
                if article is None:
                    print(f"  [{value}] {file}: no article")
                    continue
                wanted = numbers | _tokens(quote)[0]
                hits = [
                    f
                    for f in figures
                    if f.quote.article_id == article.id
                    and ({f.low, f.high} | _tokens(f.value)[0]) & wanted
                ]
                opening = re.findall(r"\w+", quote)[:3]
                hits = [f for f in hits if any(w in f.quote.text for w in opening)] or hits
                read = "; ".join(sorted({f"{f.key[1]}={f.value}" for f in hits}))
                print(f"  [{value}] {file} ({article.language}): {read or 'NOT READ'}")


if __name__ == "__main__":
    main(sys.argv[1])
