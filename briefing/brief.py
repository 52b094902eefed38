"""The parts of the exported brief that need judgement: citations, the title, the summary,
one quote for text several outlets carry, and each note beside the passage it is about.

A brief is read by someone who has not seen the packet. So sources are cited by outlet and
date ("The Associated Press, 8 October 2025"), never by file id — ids appear once, in the
reference list at the end; a sentence carried by three outlets is quoted once with all three
cited; and a bookmark's note sits under the quote it was written about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.markdown import code, day_span, md, short_date
from briefing.model import Article, Topic
from briefing.notes import Bookmark

_WORD = re.compile(r"[^\W\d_]{3,}")
#: Two passages whose word sets overlap this much are one text carried by several outlets.
SAME_TEXT = 0.8


def words(text: str) -> frozenset[str]:
    """The lower-cased words of three letters or more: what "the same text" is judged on."""
    return frozenset(w.casefold() for w in _WORD.findall(text))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two word sets (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


class Citer:
    """How the brief names each article: outlet and date, numbered only when two collide."""

    def __init__(self, articles: Sequence[Article]):
        self.articles = {a.id: a for a in articles}
        self.number = {a.id: n for n, a in enumerate(articles, 1)}
        base = {a.id: self._base(a) for a in articles}
        clashes = Counter(base.values())
        self.label = {
            a.id: base[a.id] + (f" [{self.number[a.id]}]" if clashes[base[a.id]] > 1 else "")
            for a in articles
        }

    @staticmethod
    def _base(article: Article) -> str:
        if article.source:
            who = article.source
        elif article.title:
            short = article.title if len(article.title) <= 60 else article.title[:57] + "…"
            who = f"“{short}” (outlet not stated)"
        else:
            who = "an article with no outlet or title"
        return f"{who}, {short_date(article.date, article.date_precision)}"

    def cite(self, article_ids: Iterable[str]) -> str:
        """ "Anadolu Agency, 9 October 2025; Zamin.uz, undated" (Markdown, escaped)."""
        ids = list(dict.fromkeys(article_ids))
        return "; ".join(md(self.label.get(i, i)) for i in ids)

    def references(self) -> list[str]:
        """The numbered reference list: label, title, language and file id."""
        lines = ["## References", ""]
        for article_id, article in self.articles.items():
            title = md(article.title) if article.title else "untitled"
            lines.append(
                f"{self.number[article_id]}\\. {md(self.label[article_id])} — {title} "
                f"({md(language_name(article.language))}) {code(article_id)}  "
            )
        if lines[-1].endswith("  "):
            lines[-1] = lines[-1][:-2]
        return [*lines, ""]


@dataclass
class Notes:
    """Bookmarks waiting for the passage they are about; each is placed once."""

    bookmarks: Sequence[Bookmark]
    placed: set[str] = field(default_factory=set)

    def beside(
        self, article_id: str, paragraph: int, start: int, end: int, indent: str
    ) -> list[str]:
        """Lines for the notes about this passage (overlapping it), not placed before."""
        lines = []
        for bookmark in self.bookmarks:
            if bookmark.id in self.placed or bookmark.article_id != article_id:
                continue
            if bookmark.paragraph != paragraph or bookmark.end <= start or bookmark.start >= end:
                continue
            self.placed.add(bookmark.id)
            text = note_text(bookmark)
            if text:
                lines.append(f"{indent}**Note:** {text}")
        return lines

    def rest(self, citer: Citer) -> list[str]:
        """The bookmarks no section quoted, each with its own passage and note."""
        left = [b for b in self.bookmarks if b.id not in self.placed]
        if not left:
            return []
        lines = ["## Notes", ""]
        for bookmark in left:
            lines.append(f"- “{md(bookmark.quote)}” — {citer.cite([bookmark.article_id])}")
            text = note_text(bookmark)
            if text:
                lines.append(f"  **Note:** {text}")
        return [*lines, ""]


def note_text(bookmark: Bookmark) -> str:
    """The user's note as Markdown: escaped, its lines kept as hard breaks."""
    from briefing.corpus.sanitize import sanitize

    parts = [md(line) for line in sanitize(bookmark.note).split("\n") if line.strip()]
    return "  \n  ".join(parts)


# ------------------------------------------------------------------ title and summary


def title_for(
    main_event: str | None,
    topics: Sequence[Topic],
    articles: Sequence[Article],
    days: Sequence[dt.date],
) -> str:
    """The story's main event if known; else its most covered person and places, and when."""
    if main_event:
        return main_event
    covered = sorted(topics, key=lambda t: (-len(t.articles), -len(t.mentions)))
    person = next((t.name for t in covered if t.kind == "person"), None)
    places = [t.name for t in covered if t.kind == "place"][:2]
    named = [n for n in [person, *places] if n] or [t.name for t in covered[:3]]
    when = _span(days) or _span([a.date for a in articles if a.date])
    head = ", ".join(named) if named else "Coverage"
    return f"{head}: {when}" if when else head


def _span(days: Sequence[dt.date | None]) -> str:
    known = sorted(d for d in days if d)
    return day_span(known[0], known[-1]) if known else ""


def story_days(entries: Sequence[TimelineEntry]) -> list[dt.date]:
    """Days that at least two articles date events to (else every dated event day)."""
    by_day: dict[dt.date, set[str]] = {}
    for entry in entries:
        if entry.event and entry.date and entry.precision == "day":
            by_day.setdefault(entry.date, set()).add(entry.article_id)
    shared = [d for d, ids in by_day.items() if len(ids) > 1]
    return sorted(shared or by_day)


def summary(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    days: Sequence[dt.date],
    found: Sequence[Discrepancy],
    citer: Citer,
    generated: dt.date | None,
) -> list[str]:
    """The opening paragraph: what, where, when, who reported it in which languages, and
    what they disagree on."""
    lines = []
    covered = sorted(topics, key=lambda t: (-len(t.articles), -len(t.mentions)))
    places = [t.name for t in covered if t.kind == "place"][:3]
    people = [t.name for t in covered if t.kind == "person"][:3]
    events = [t.name for t in covered if t.kind == "event"][:2]
    if people or events:
        lines.append(f"**Who and what:** {md(', '.join([*people, *events]))}.")
    if places:
        lines.append(f"**Where:** {md(', '.join(places))}.")
    if days:
        lines.append(f"**When:** events dated {day_span(days[0], days[-1])} by the sources.")
    languages = Counter(a.language for a in articles)
    tongues = ", ".join(f"{md(language_name(lang))} ({n})" for lang, n in languages.most_common())
    outlets = citer.cite(a.id for a in sorted(articles, key=lambda a: a.date or dt.date.max))
    count = f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
    lines.append(f"**Sources:** {count} in {tongues}: {outlets}.")
    if found:
        points = "; ".join(md(_disagreement(d)) for d in found[:4])
        more = f" and {len(found) - 4} more" if len(found) > 4 else ""
        lines.append(f"**They disagree on:** {points}{more}.")
    else:
        lines.append("**They disagree on:** nothing the checks could find.")
    if generated:
        lines.append(f"*Prepared on {short_date(generated)}.*")
    return ["  \n".join(lines), ""]


def language_name(code: str) -> str:
    """ "English" for "en" (ISO 639 via pycountry); the code itself when unknown."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return str(found.name) if found is not None else code


def _disagreement(item: Discrepancy) -> str:
    values = " vs ".join(_short(c.value) for c in item.claims[:3])
    return f"{item.subject} ({values})"


def _short(value: str) -> str:
    """A value as the summary names it: "9 listed" rather than the whole list."""
    value = value.split(":")[0] if " listed:" in value else value
    for tail in (" (no year given)", " (some sources give no year)"):
        value = value.replace(tail, "")
    return value


def cluster_by_text(
    items: Sequence[tuple[str, str]], threshold: float = SAME_TEXT
) -> list[list[int]]:
    """Group (article id, text) pairs that are one text in several outlets: indexes per group,
    in first-seen order. Two items of one article are never grouped (they are two passages)."""
    sets = [words(text) for _, text in items]
    groups: list[list[int]] = []
    for index, (article_id, _) in enumerate(items):
        for group in groups:
            first = group[0]
            if all(items[i][0] != article_id for i in group) and (
                overlap(sets[first], sets[index]) >= threshold
            ):
                group.append(index)
                break
        else:
            groups.append([index])
    return groups


def by_id(articles: Sequence[Article]) -> Mapping[str, Article]:
    """Articles by id."""
    return {a.id: a for a in articles}
