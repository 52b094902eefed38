"""The exported brief: one Markdown document an analyst can send on unchanged.

Every piece of article text is untrusted: it is sanitised (no control characters or escape
sequences) and escaped for Markdown, so a stray ``#``, ``*``, ``[link](…)``, ``<script>`` or
``|`` in a source renders as the literal character and can never break the document's
structure. Only this module's own headings, lists and quote markers are Markdown.

``render_brief`` is a pure function of what it is given (articles, topics with passages,
timeline, discrepancies, bookmarks), so the CLI and the app share it and tests check it on
articles they build.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.calendar import arrange, by_source
from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.corpus.sanitize import sanitize
from briefing.model import Article, Passage, Topic
from briefing.notes import Bookmark

#: How many passages each topic shows: enough to see the range of sources, short enough to read.
PASSAGES_PER_TOPIC = 3
#: Resolutions the reader should see: a date that the sentence's own article does not give.
_EXPLAINED = {"other-sources"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
# Line starts that make a list item or a rule: "- ", "---", "+ ", "1. ", "1) " ("*", "_" and
# "#" are escaped everywhere anyway).
_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)])(?=\s|$))")
_KIND_LABEL = {"date": "Date", "figure": "Figure", "spelling": "Spelling", "name": "Name"}


@dataclass(frozen=True, slots=True)
class TopicSection:
    """One chosen topic and the passages that speak of it."""

    topic: Topic
    passages: tuple[Passage, ...]


def md(text: str) -> str:
    """Untrusted text as one line of literal Markdown: sanitised, spaces collapsed, escaped."""
    flat = " ".join(sanitize(text).split())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    return _LINE_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    # A backslash before a digit is not an escape in CommonMark: escape the "." or ")" instead.
    indent, bullet, digits, stop = match.groups()
    return f"{indent}\\{bullet}" if bullet else f"{indent}{digits}\\{stop}"


def code(text: str) -> str:
    """A code span that holds any text literally (ids may contain backticks)."""
    flat = " ".join(sanitize(text).split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def long_date(day: dt.date | None) -> str:
    """ "Wednesday 8 October 2025", or "undated"."""
    return f"{day:%A} {day.day} {day:%B %Y}" if day else "undated"


def short_date(day: dt.date | None, precision: str = "day") -> str:
    """ "8 October 2025", "December 2024" when the text states only a month, or "undated"."""
    if not day:
        return "undated"
    return f"{day:%B %Y}" if precision == "month" else f"{day.day} {day:%B %Y}"


def citation(article: Article | None, article_id: str) -> str:
    """ "The Associated Press, 8 October 2025, `003_…`" (outlet, date, id)."""
    if article is None:
        return code(article_id)
    outlet = md(article.source) if article.source else "unknown outlet"
    return f"{outlet}, {short_date(article.date, article.date_precision)}, {code(article.id)}"


def key_passages(
    passages: Sequence[Passage],
    articles: Mapping[str, Article],
    limit: int = PASSAGES_PER_TOPIC,
) -> tuple[Passage, ...]:
    """At most one passage per article, from the article body, in article order."""
    chosen: dict[str, Passage] = {}
    for passage in passages:
        article = articles.get(passage.article_id)
        if article is None or passage.article_id in chosen:
            continue
        paragraphs = article.paragraphs
        if passage.paragraph < len(paragraphs) and paragraphs[passage.paragraph].kind != "body":
            continue
        chosen[passage.article_id] = passage
        if len(chosen) == limit:
            break
    return tuple(chosen.values())


def render_brief(
    articles: Sequence[Article],
    *,
    topics: Sequence[TopicSection] = (),
    timeline: Sequence[TimelineEntry] = (),
    discrepancies: Sequence[Discrepancy] = (),
    bookmarks: Sequence[Bookmark] = (),
    title: str | None = None,
    generated: dt.date | None = None,
) -> str:
    """The whole brief as Markdown text, ending in one newline."""
    by_id = {a.id: a for a in articles}
    out: list[str] = [f"# {md(title) if title else 'Briefing'}", ""]
    when = f" on {short_date(generated)}" if generated else ""
    count = f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
    out += [f"*Prepared{when} from {count}.*", ""]
    out += _sources(articles)
    out += _topics(topics, by_id)
    out += _timeline(timeline, by_id)
    out += _discrepancies(discrepancies, by_id)
    out += _notes(bookmarks, by_id)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _sources(articles: Sequence[Article]) -> list[str]:
    lines = ["## Sources", ""]
    for article in articles:
        heading = md(article.title) if article.title else "untitled"
        lines.append(f"- {citation(article, article.id)} — {heading}")
    return [*lines, ""]


def _topics(sections: Sequence[TopicSection], by_id: Mapping[str, Article]) -> list[str]:
    if not sections:
        return []
    lines = ["## Key topics", ""]
    for section in sections:
        topic = section.topic
        lines += [f"### {md(topic.name)}", ""]
        count = len(topic.articles)
        facts = f"*{topic.kind.capitalize()}, mentioned {len(topic.mentions)} times in "
        facts += f"{count} article{'s' if count != 1 else ''}.*"
        others = [a for a in topic.aliases if a != topic.name]
        if others:
            facts += f" Also written as: {', '.join(md(a) for a in others)}."
        lines += [facts, ""]
        for passage in key_passages(section.passages, by_id):
            source = citation(by_id.get(passage.article_id), passage.article_id)
            lines += [f"> {md(passage.text)}", ">", f"> — {source}", ""]
    return lines


def _timeline(entries: Sequence[TimelineEntry], by_id: Mapping[str, Article]) -> list[str]:
    if not entries:
        return []
    calendar = arrange(entries)
    lines = ["## Timeline", ""]
    for day, items in calendar.days.items():
        lines += [f"### {long_date(day)}", ""]
        for article_id, statements in by_source(items).items():
            lines.append(f"- **{citation(by_id.get(article_id), article_id)}**")
            for entry in statements:
                note = f" *({md(entry.how)})*" if entry.resolution in _EXPLAINED else ""
                lines.append(f"  - {md(entry.sentence)}{note}")
        lines.append("")
    if calendar.background:
        lines += ["### Earlier and later", ""]
        for entry in calendar.background:
            assert entry.date is not None
            lines.append(f"- **{entry.date:%B %Y}** — {_statement(entry, by_id)}")
        lines.append("")
    if calendar.undated:
        lines += ["### Not dated", ""]
        for entry in calendar.undated:
            lines.append(f"- {_statement(entry, by_id)} *({md(entry.how)})*")
        lines.append("")
    return lines


def _statement(entry: TimelineEntry, by_id: Mapping[str, Article]) -> str:
    return f"{md(entry.sentence)} — {citation(by_id.get(entry.article_id), entry.article_id)}"


def _discrepancies(found: Sequence[Discrepancy], by_id: Mapping[str, Article]) -> list[str]:
    if not found:
        return []
    lines = ["## Where the sources disagree", ""]
    for number, item in enumerate(found, 1):
        lines += [f"### {number}. {_KIND_LABEL[item.kind]}: {md(item.subject)}", ""]
        if item.note:
            lines += [f"*{md(item.note[0].upper() + item.note[1:])}.*", ""]
        for claim in item.claims:
            lines.append(f"- **{md(claim.value)}**")
            for quote in claim.quotes:
                lines += [
                    f"  > {md(quote.text)}",
                    "  >",
                    f"  > — {citation(by_id.get(quote.article_id), quote.article_id)}",
                    "",
                ]
        lines.append("")
    return lines


def _notes(bookmarks: Sequence[Bookmark], by_id: Mapping[str, Article]) -> list[str]:
    if not bookmarks:
        return []
    lines = ["## Notes", ""]
    for bookmark in bookmarks:
        lines += [
            f"> {md(bookmark.quote)}",
            ">",
            f"> — {citation(by_id.get(bookmark.article_id), bookmark.article_id)}",
            "",
        ]
        note_lines = [md(line) for line in sanitize(bookmark.note).split("\n") if line.strip()]
        if note_lines:
            lines += ["  \n".join(note_lines), ""]
    return lines


def write_brief(path: Path, text: str) -> None:
    """Write the brief atomically: a failed write leaves no half file (raises OSError)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
