"""Where each written use of a missed manifest topic went: a census by use, not by cluster.

:mod:`benchmarks.realworld.topic_misses` says at which stage a missed topic's cluster was
lost; this one also follows every place a packet writes one of the topic's aliases (whole
word, case-insensitively, in the paragraphs the product reads) and says what held it when
the clusters were complete (after the search for every alias, before the asides and rank):

* ``held``: a cluster's use has exactly that span (the cluster is named by its first surface);
* ``inside``: a longer use covers it ("Japan Self-Defense Forces" for "Self-Defense Forces");
* ``unread``: no cluster has a use there (``lower`` when the text writes it in lower case).

A topic's cause is then the first that applies: ``not written`` (no alias is written as it
is), ``never a candidate`` (no use held; split by inside / unread), ``aside`` (its clusters
were all dropped before rank), a rank rule (``single_use`` ...: with how many of its written
uses the cluster held), ``merged`` (its clusters hold more other surfaces than its own),
``cut`` (ranked below 25).

Run: ``python -m benchmarks.realworld.topic_uses [packet ...]`` (from the worktree).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any

from benchmarks.realworld import manifest
from benchmarks.realworld.facade import private_dirs
from benchmarks.realworld.topic_misses import _instrument, print_rows
from benchmarks.realworld.topics import TOP, _norm, _script


def _hook(log: dict[str, Any]) -> list[tuple[Any, str, Any]]:
    """Record every non-theme cluster the asides judge, and the clusters and paragraphs rank
    is given (occurrences copied: rank replaces them)."""
    from briefing.topics import assemble

    saved: list[tuple[Any, str, Any]] = []
    real_aside = assemble.aside

    def aside(cluster: Any, *args: Any, **kwargs: Any) -> Any:
        result = real_aside(cluster, *args, **kwargs)
        log["judged"].append((cluster.kind, list(cluster.occurrences), bool(result)))
        return result

    saved.append((assemble, "aside", real_aside))
    assemble.aside = aside  # type: ignore[assignment]
    real_rank = assemble.rank

    def rank(articles: Any, clusters: list[Any], paragraphs: Any, *args: Any, **kw: Any) -> Any:
        log["ranked"] = [(c.kind, list(c.occurrences)) for c in clusters]
        log["paragraphs"] = dict(paragraphs)
        return real_rank(articles, clusters, paragraphs, *args, **kw)

    saved.append((assemble, "rank", real_rank))
    assemble.rank = rank  # type: ignore[assignment]
    return saved


def _matches(label: str, paragraphs: dict[tuple[str, int], str]) -> list[tuple[Any, ...]]:
    """(article, paragraph, start, end, lower) of each place the paragraphs write ``label``."""
    needle = _norm(label)
    if not needle:
        return []
    spaced = _script(needle) not in {"CJK", "HIRAGANA", "KATAKANA"}
    body = re.escape(needle).replace(r"\ ", r"\s+")
    pattern = re.compile(rf"(?<!\w){body}(?!\w)" if spaced else body, re.IGNORECASE)
    out = []
    for (article, paragraph), text in paragraphs.items():
        for m in pattern.finditer(text):
            word = m.group()
            cased = word != word.lower() or word != word.upper()
            out.append((article, paragraph, m.start(), m.end(), cased and word == word.lower()))
    return out


def trace(packet: manifest.Packet) -> list[tuple[str, str, str, str]]:
    """(topic, kind, cause, detail) for each manifest topic not in the packet's top 25."""
    from briefing.briefing import Briefing

    log: dict[str, Any] = {"dropped": [], "uses": [], "judged": [], "ranked": [], "paragraphs": {}}
    saved = _instrument(log) + _hook(log)
    try:
        with private_dirs(), Briefing.open([packet.folder], sync=False) as briefing:
            topics = tuple(briefing.topics())
    finally:
        for module, name, real in reversed(saved):
            setattr(module, name, real)
    paragraphs = log["paragraphs"]
    clusters = [(k, occs, dropped) for k, occs, dropped in log["judged"] if dropped] + [
        (k, occs, False) for k, occs in log["ranked"]
    ]
    spans: dict[tuple[str, int, int, int], int] = {}
    by_paragraph: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for n, (_k, occs, _d) in enumerate(clusters):
        for o in occs:
            spans.setdefault((o.article, o.paragraph, o.start, o.end), n)
            by_paragraph.setdefault((o.article, o.paragraph), []).append(
                (o.start, o.end, o.surface)
            )
    rows = []
    for entry in packet.raw.get("topics") or []:
        labels = {_norm(str(x)) for x in (entry["name"], *(entry.get("aliases") or ()))}
        ranks = [
            n for n, t in enumerate(topics) if labels & {_norm(t.name), *map(_norm, t.aliases)}
        ]
        if ranks and ranks[0] < TOP:
            continue
        uses = {m for x in labels for m in _matches(x, paragraphs)}
        held: Counter[int] = Counter()
        inside: Counter[str] = Counter()
        unread = lower = 0
        missed: Counter[str] = Counter()
        for article, paragraph, start, end, is_lower in uses:
            n = spans.get((article, paragraph, start, end))
            if n is not None:
                held[n] += 1
                continue
            covers = [
                s
                for a, b, s in by_paragraph.get((article, paragraph), ())
                if a <= start and end <= b and (a, b) != (start, end)
            ]
            if covers:
                inside[max(covers, key=len)] += 1
            elif is_lower:
                lower += 1
            else:
                unread += 1
                missed[paragraphs[(article, paragraph)][start:end]] += 1
        articles = len({u[0] for u in uses})
        detail = f"{len(uses)} uses in {articles} art.: held {sum(held.values())}"
        detail += f", inside {sum(inside.values())}, unread {unread}, lower {lower}"
        if inside:
            detail += " (in " + "; ".join(s for s, _ in inside.most_common(3)) + ")"
        if missed:
            detail += " (unread: " + "; ".join(s for s, _ in missed.most_common(3)) + ")"
        drops = sorted({lb for lb, s in log["dropped"] if labels & s})
        if not uses:
            cause = "not written"
        elif not held:
            cause = "never a candidate: " + (
                "inside longer" if sum(inside.values()) >= unread + lower else "unread"
            )
        elif all(clusters[n][2] for n in held):
            cause = "aside"
        elif drops:
            cause = ", ".join(drops)
        elif ranks:
            cause = f"cut (rank {ranks[0] + 1})"
        else:
            best = max(held, key=held.__getitem__)
            other = len({o.surface for o in clusters[best][1]} - {s for s in labels})
            cause = "merged" if other else "lost late"
        if held and not cause.startswith("cut"):
            best = max(held, key=held.__getitem__)
            surfaces = sorted({o.surface for o in clusters[best][1]})
            detail += f"; cluster {clusters[best][0]} x{len(clusters[best][1])}: "
            detail += "/".join(surfaces[:4])
        rows.append((str(entry["name"]), str(entry["kind"]), cause, detail))
    return rows


def main(argv: list[str]) -> None:
    print_rows(argv, trace)


if __name__ == "__main__":
    main(sys.argv[1:])
