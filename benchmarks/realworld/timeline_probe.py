"""Run one checkout's timeline and brief on packets; print JSON (for ``timeline.py``).

    PYTHONPATH=<checkout> python benchmarks/realworld/timeline_probe.py FOLDER...

Run in a subprocess so the BEFORE code (an older commit unpacked from git) and the AFTER code
(this checkout) are measured in the same session on the same files. It uses only what both
have: ``briefing.corpus`` to read, ``extract_timeline`` to date, ``render_brief`` to write the
brief's timeline, whose lines are what a reader sees — given the key topics and the main event
as ``briefing export`` gives them (``Briefing.open``), since the timeline joins one event told
in several languages through its topics.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _lines(brief: str) -> list[int]:
    """Sources cited by each line of the brief's timeline section."""
    counts = []
    inside = False
    for line in brief.splitlines():
        if line.startswith("## "):
            inside = line == "## Timeline"
        elif inside and line.startswith("- ") and " — " in line:
            counts.append(line.rsplit(" — ", 1)[1].count("; ") + 1)
    return counts


def main(folders: list[str]) -> None:
    from briefing.analysis import extract_timeline
    from briefing.briefing import Briefing
    from briefing.corpus import discover, read_article
    from briefing.export import render_brief
    from briefing.model import Article

    result = {}
    for folder in folders:
        found = discover([Path(folder)])
        articles = [a for f in found.files if isinstance(a := read_article(f), Article)]
        timeline = extract_timeline(articles)
        with Briefing.open([Path(folder)], sync=True) as briefing:
            topics, main = briefing.topics(), briefing.main_event()
        files = {a.id: Path(a.path).name for a in articles}
        kinds = {a.id: [p.kind for p in a.paragraphs] for a in articles}
        texts = {a.id: [p.text for p in a.paragraphs] for a in articles}
        result[folder] = {
            "entries": [
                {
                    "file": files[e.article_id],
                    "date": e.date.isoformat() if e.date else None,
                    "precision": e.precision,
                    "month": e.month,
                    "day": e.day,
                    "resolution": e.resolution,
                    "event": getattr(e, "event", True),
                    "kind": kinds[e.article_id][e.sentence_span.paragraph],
                    "phrase": e.phrase,
                    "sentence": e.sentence,
                    # where the sentence and the phrase sit in their paragraph, so a scorer
                    # can tell which words of the text an entry dates (``timeline._at``)
                    "paragraph": texts[e.article_id][e.sentence_span.paragraph],
                    "sentence_at": [e.sentence_span.start, e.sentence_span.end],
                    "phrase_at": [e.phrase_span.start, e.phrase_span.end],
                }
                for e in timeline
            ],
            "lines": _lines(
                render_brief(articles, timeline=timeline, all_topics=topics, main_event=main)
            ),
        }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
