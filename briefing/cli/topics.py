"""The ``topics`` and ``xref`` commands: key topics in rank order, and every passage about one.

``xref`` accepts what a user would type — an id (``vladimir-putin``), a name or any alias seen
in the text (``Rakhmon``, ``CIS``), in any case, after a title ("President Putin"), or a
transliteration (the façade's :meth:`~briefing.briefing.Briefing.find_topic`) — and, when
nothing matches, says so in one line with the closest names, exiting 1 like a search that
found nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from briefing.cli.common import CliError, Output, iso, open_briefing
from briefing.display import name, title
from briefing.model import Article, Passage, Topic


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    """Add ``topics`` and ``xref`` to the command parser."""
    p = commands.add_parser("topics", parents=[parent], help="key topics in rank order")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: seeds)")
    p.add_argument(
        "-n", "--limit", type=int, default=25, help="how many topics (default 25; 0 for all)"
    )
    p.set_defaults(handler=_topics)

    p = commands.add_parser("xref", parents=[parent], help="every passage about one topic")
    p.add_argument("topic", metavar="TOPIC", help="a topic's id, name or alias, e.g. Rahmon")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: seeds)")
    p.set_defaults(handler=_xref)


def topic_summary(topic: Topic, rank: int) -> dict[str, Any]:
    """The JSON shape of a topic in ``topics``."""
    return {
        "rank": rank,
        "id": topic.id,
        "name": topic.name,
        "kind": topic.kind,
        "score": topic.score,
        "aliases": list(topic.aliases),
        "articles": list(topic.articles),
        "mentions": topic.mention_count,
    }


def _topics(args: argparse.Namespace, out: Output) -> int:
    if args.limit < 0:
        raise CliError("--limit must be 0 (all) or more")
    with open_briefing(args, sync=False) as briefing:
        found: Sequence[Topic] = briefing.topics()
        shown = found if args.limit == 0 else found[: args.limit]
        if out.json_mode:
            out.json(
                {
                    "total": len(found),
                    "topics": [topic_summary(t, n) for n, t in enumerate(shown, 1)],
                }
            )
        else:
            out.line(f"{len(found)} topic(s); showing {len(shown)}", "dim")
            for n, topic in enumerate(shown, 1):
                others = [name(a) for a in topic.aliases if a != topic.name]
                parts: list[tuple[str, str | None]] = [
                    (f"{n:>3}  ", "dim"),
                    (name(topic.name), "bold"),
                    (f"  {topic.kind}", "cyan"),
                    (f"  {topic.article_count} article(s), {topic.mention_count} mention(s)", None),
                    (f"  [{name(topic.id)}]", "dim"),
                ]
                if others:
                    parts.append(("  also: " + "; ".join(others), "dim"))
                ids = [name(i) for i in topic.articles]
                more = f" +{len(ids) - 3} more" if len(ids) > 3 else ""
                parts.append((f"  in: {', '.join(ids[:3])}{more}", "dim"))
                out.spans(parts)
        return 0 if found else 1


def passage_summary(passage: Passage, article: Article | None) -> dict[str, Any]:
    """The JSON shape of a passage in ``xref``."""
    return {
        "article": passage.article_id,
        "source": article.source if article else None,
        "date": iso(article.date, article.date_precision) if article else None,
        "title": article.title if article else None,
        "paragraph": passage.paragraph,
        "start": passage.start,
        "end": passage.end,
        "text": passage.text,
        "highlights": [list(h) for h in passage.highlights],
    }


def _xref(args: argparse.Namespace, out: Output) -> int:
    with open_briefing(args, sync=False) as briefing:
        topics: Sequence[Topic] = briefing.topics()
        topic = briefing.find_topic(args.topic)
        if topic is None:
            suggestions = list(briefing.nearest_topics(args.topic))
            hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
            if out.json_mode:
                out.json({"topic": None, "query": args.topic, "suggestions": suggestions})
            else:
                out.line(f"no topic matches {args.topic!r}{hint}", "yellow")
            return 1
        found: Sequence[Passage] = briefing.passages(topic.id)
        related = briefing.cooccurring(topic.id, limit=5)
        articles = {a.id: a for a in briefing.articles}
        if out.json_mode:
            document = topic_summary(topic, list(topics).index(topic) + 1)
            out.json(
                {
                    "topic": document,
                    "passages": [passage_summary(p, articles.get(p.article_id)) for p in found],
                    "cooccurring": [
                        {"id": t.id, "name": t.name, "kind": t.kind, "paragraphs": n}
                        for t, n in related
                    ],
                }
            )
        else:
            _print_xref(out, topic, found, related, articles)
        return 0 if found else 1


def _print_xref(
    out: Output,
    topic: Topic,
    found: Sequence[Passage],
    related: Sequence[tuple[Topic, int]],
    articles: dict[str, Article],
) -> None:
    sources = len({p.article_id for p in found})
    out.spans([(name(topic.name), "bold"), (f"  {topic.kind}  [{name(topic.id)}]", "dim")])
    others = [name(a) for a in topic.aliases if a != topic.name]
    if others:
        out.line("also: " + "; ".join(others), "dim")
    out.line(f"{len(found)} passage(s) in {sources} article(s)", "dim")
    current = None
    for passage in found:
        if passage.article_id != current:
            current = passage.article_id
            article = articles.get(current)
            day = iso(article.date, article.date_precision) if article else None
            out.line()
            out.spans(
                [
                    (f"{name(current)}  ", "bold cyan"),
                    (f"{name(article.source if article else None)}  ", "green"),
                    (f"{day or '—'}  ", None),
                    (title(article.title if article else None), "bold"),
                ]
            )
        parts: list[tuple[str, str | None]] = [("  … ", "dim")]
        cursor = 0
        for start, end in passage.highlights:
            parts.append((passage.text[cursor:start], None))
            parts.append((passage.text[start:end], "bold reverse"))
            cursor = end
        parts.append((passage.text[cursor:] + " …", None))
        out.spans(parts)
    if related:
        out.line()
        out.line("mentioned with: " + ", ".join(f"{name(t.name)} ({n})" for t, n in related), "dim")
