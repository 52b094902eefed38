"""The exported brief: one Markdown document an analyst can send to a colleague unchanged.

It opens with the story's title and a short summary (what, where, when, which outlets in which
languages, where they disagree); then the chosen topics with their key passages, each text
quoted once with every outlet that carries it; the timeline of events (no captions or
trivia), one line per event with its sources; the disagreements with their quotes; and the
references, the only place file ids appear. Each bookmark's note sits beside the passage it is
about. Untrusted text goes through ``briefing.markdown.md`` (see there).

``render_brief`` is a pure function of what it is given, so the CLI and the app share it and
tests check it on articles they build.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.brief import cluster_by_text, summary, title_for, words
from briefing.brief_citations import Citer, Notes
from briefing.brief_file import write_brief
from briefing.brief_first_act import first_act
from briefing.brief_labels import disagreement_languages, label, note, read_age, read_value
from briefing.brief_lede import find_lede
from briefing.brief_quotes import is_whole_sentence
from briefing.brief_timeline import timeline_section
from briefing.brief_topic_events import Topical, main_days
from briefing.brief_when import event_days, story_when, when_line
from briefing.markdown import code, long_date, md, short_date
from briefing.model import Article, Passage, Topic
from briefing.notes import Bookmark

if TYPE_CHECKING:
    from briefing.briefing import Briefing

__all__ = [
    "TopicSection",
    "code",
    "compose_brief",
    "long_date",
    "md",
    "render_brief",
    "short_date",
    "write_brief",
]

#: How many quotes each topic shows: the range of what is said, short enough to read.
PASSAGES_PER_TOPIC = 2
#: Quotes shown for each disagreeing value; further sources are named, not quoted.
QUOTES_PER_VALUE = 1
#: A key passage has at least this many words: a shorter "body" line is a subheading.
MIN_QUOTE_WORDS = 8
#: Topics in the brief when none are named: enough for the main actors and places.
DEFAULT_TOPICS = 5
#: Further topics that may stand in for one with nothing left to quote.
SPARE_TOPICS = 2
_KIND_LABEL = {"date": "Date", "figure": "Figure", "spelling": "Spelling", "name": "Name"}


@dataclass(frozen=True, slots=True)
class TopicSection:
    """One chosen topic and the passages that speak of it."""

    topic: Topic
    passages: tuple[Passage, ...]


def render_brief(
    articles: Sequence[Article],
    *,
    topics: Sequence[TopicSection] = (),
    timeline: Sequence[TimelineEntry] = (),
    discrepancies: Sequence[Discrepancy] = (),
    bookmarks: Sequence[Bookmark] = (),
    title: str | None = None,
    main_event: str | None = None,
    all_topics: Sequence[Topic] = (),
    generated: dt.date | None = None,
    topic_limit: int | None = None,
) -> str:
    """The whole brief as Markdown text, ending in one newline.

    With a ``topic_limit`` the ``topics`` are candidates: a topic with nothing to quote
    (every passage of it quoted above, or none a whole sentence) gets no section, and at
    most ``topic_limit`` sections are shown. Without one, every topic given has its section:
    the user named them.

    ``title`` is the user's; else ``main_event`` (the story's main event, when the topics
    name one); else a title is made from the most covered topics (``all_topics``, or the
    chosen ones) and the story's days (:func:`briefing.brief_when.story_when`).
    """
    citer = Citer(articles)
    notes = Notes(bookmarks)
    known = list(all_topics) or [s.topic for s in topics]
    when = event_days(main_event, timeline, articles) or story_when(timeline, articles)
    # Without a main event the title is dated like the When line: the story's own days.
    days = [when.first, when.last] if when and not when.first_month else []
    heading = title or title_for(main_event, known, articles, days)
    out: list[str] = [f"# {md(heading)}", ""]
    lede = find_lede(articles, known, timeline=timeline, when=when, main_event=main_event)
    # The main event heads the brief already: "who and what" names the other events.
    others = [t for t in known if main_event is None or t.name != main_event]
    dated = when_line(articles, main_event, timeline)
    out += summary(articles, others, dated, discrepancies, citer, generated, lede)
    shown: list[frozenset[str]] = []
    # Sentences the summary, the timeline or the disagreements quote are not quoted again
    # under a topic.
    elsewhere = {
        (e.article_id, e.sentence_span.paragraph, e.sentence_span.start, e.sentence_span.end)
        for e in timeline
        if e.event
    }
    elsewhere |= {
        (q.article_id, q.span.paragraph, q.span.start, q.span.end)
        for item in discrepancies
        for claim in item.claims
        for q in claim.quotes
    }
    if lede is not None:
        elsewhere.add(lede.key)
        shown.append(words(lede.text))
    # The same words in another paragraph or outlet (a lead repeated in the body, wire
    # copy) are the timeline's quote too: a topic quotes something else.
    shown += [words(e.sentence) for e in timeline if e.event]
    sections = _topics(topics, articles, citer, notes, shown, elsewhere)
    languages = {a.id: a.language or "en" for a in articles}
    # One event told in several languages is one line of the timeline: the key topics join
    # its names across scripts; the main event's days tell the protagonist's statements.
    # Without a main event, the story's own days (the When line's) are its days: several
    # outlets writing "25 July" with no year, each naming the ship, report one event.
    told = when
    span = (told.first, told.last) if told and not (told.first_month or told.last_month) else ()
    # The story's first act, weeks before its main day, is one line however each outlet
    # writes it (brief_first_act).
    first = first_act(articles, timeline, span[0] if span else None)
    topical = Topical.build(known, main_days(*span) if span else (), first)
    later = timeline_section(
        timeline, citer, notes, languages, lede.text if lede else None, topical
    )
    later += _discrepancies(discrepancies, citer, notes)
    out += _with_bookmarks(sections, topics, citer, notes, topic_limit)
    out += later
    out += citer.references()
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ topics


def _topics(
    sections: Sequence[TopicSection],
    articles: Sequence[Article],
    citer: Citer,
    notes: Notes,
    shown: list[frozenset[str]],
    elsewhere: set[tuple[str, int, int, int]],
) -> list[list[str]]:
    """One list of lines per chosen topic: heading, facts, its key quotes with their notes."""
    by_id = {a.id: a for a in articles}
    out = []
    for section in sections:
        topic = section.topic
        count = len(topic.articles)
        facts = f"*{topic.kind.capitalize()}, in {count} of {len(articles)} articles.*"
        others = other_spellings(topic)
        if others:
            facts += f" Also written: {', '.join(md(a) for a in others[:6])}."
        lines = [f"### {md(topic.name)}", facts]
        passages = [p for p in section.passages if not _quoted_elsewhere(p, elsewhere)]
        for group in _key_groups(passages, by_id, shown):
            first = group[0]
            said = citer.said(first.text, first.article_id)
            lines.append(f"- {said} — {citer.cite(p.article_id for p in group)}")
            for passage in group:
                lines += notes.beside(
                    passage.article_id, passage.paragraph, passage.start, passage.end, "  "
                )
        out.append(lines)
    return out


def other_spellings(topic: Topic) -> list[str]:
    """The topic's aliases worth telling a reader: not the name again in other case, nor a
    part of it ("Putin" for "Vladimir Putin") — a reader infers those."""
    name_words = {w.casefold() for w in re.findall(r"[^\W_]+", topic.name)}
    others: list[str] = []
    for alias in topic.aliases:
        alias_words = {w.casefold() for w in re.findall(r"[^\W_]+", alias)}
        if alias.casefold() == topic.name.casefold() or alias_words <= name_words:
            continue
        if alias.casefold() not in (o.casefold() for o in others):
            others.append(alias)
    return others


def _with_bookmarks(
    sections: list[list[str]],
    chosen: Sequence[TopicSection],
    citer: Citer,
    notes: Notes,
    limit: int | None = None,
) -> list[str]:
    """The topic sections, each bookmark no quote took placed under the first chosen topic
    its passage mentions (else in a section of its own), so every note sits beside its
    passage and none is left at the end of the brief.

    With a ``limit``, a section with nothing under its heading and facts is left out (a
    heading alone tells a reader nothing), and past ``limit`` sections only those holding a
    note are kept."""
    apart: list[str] = []
    marked: set[int] = set()  # sections holding a bookmark's passage
    for bookmark in notes.left():
        home = next(
            (
                i
                for i, section in enumerate(chosen)
                if any(
                    m.article_id == bookmark.article_id
                    and m.span.paragraph == bookmark.paragraph
                    and bookmark.start <= m.span.start < bookmark.end
                    for m in section.topic.mentions
                )
            ),
            None,
        )
        if home is not None:
            sections[home] += notes.quote(bookmark, citer)
            marked.add(home)
        else:
            apart += notes.quote(bookmark, citer)
    if limit is not None:
        kept: list[list[str]] = []
        for index, section in enumerate(sections):
            filled = len(section) > _HEAD_LINES
            noted = index in marked or any("**Note:**" in line for line in section)
            if noted or (filled and sum(len(k) > _HEAD_LINES for k in kept) < limit):
                kept.append(section)
        sections = kept
    lines = ["## Key topics", ""] if sections else []
    for section in sections:
        lines += [*section, ""]
    if apart:
        lines += ["## Other passages marked", "", *apart, ""]
    return lines


#: A topic section's lines before its quotes: the heading and the facts line.
_HEAD_LINES = 2


def _quoted_elsewhere(passage: Passage, spans: set[tuple[str, int, int, int]]) -> bool:
    return any(
        article_id == passage.article_id
        and paragraph == passage.paragraph
        and start < passage.end
        and passage.start < end
        for article_id, paragraph, start, end in spans
    )


def _key_groups(
    passages: Sequence[Passage], by_id: Mapping[str, Article], shown: list[frozenset[str]]
) -> list[list[Passage]]:
    """The topic's best quotes: body text, one text per group of outlets carrying it, the
    most widely carried first, and none already quoted under an earlier topic."""
    body = [
        p
        for p in passages
        if (article := by_id.get(p.article_id)) is not None
        and p.paragraph < len(article.paragraphs)
        and article.paragraphs[p.paragraph].kind == "body"
        and len(p.text.split()) >= MIN_QUOTE_WORDS
        and is_whole_sentence(p.text)
    ]
    groups = cluster_by_text([(p.article_id, p.text) for p in body])
    chosen: list[list[Passage]] = []
    seen_articles: set[str] = set()
    ranked = sorted(groups, key=lambda g: -len({body[i].article_id for i in g}))
    for group in ranked:
        items = [body[i] for i in group]
        text = words(items[0].text)
        if any(_same(text, earlier) for earlier in shown):
            continue
        if len(items) == 1 and items[0].article_id in seen_articles:
            continue  # one quote per article unless the text is shared
        chosen.append(items)
        shown.append(text)
        seen_articles.update(p.article_id for p in items)
        if len(chosen) == PASSAGES_PER_TOPIC:
            break
    return chosen


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.8


# ------------------------------------------------------------------ discrepancies


def _discrepancies(found: Sequence[Discrepancy], citer: Citer, notes: Notes) -> list[str]:
    if not found:
        return []
    lines = ["## Where the sources disagree", ""]
    for number, item in enumerate(found, 1):
        languages = disagreement_languages(item, citer.articles)
        lines += [f"### {number}. {_KIND_LABEL[item.kind]}: {md(label(item, languages))}", ""]
        said = note(item, languages)
        if said:
            lines.append(f"*{md(said[0].upper() + said[1:])}.*")
        # The values as the product reads them ("1,716"), unless two read alike ("230
        # passagers", "230 passageiros"): the quotes below keep the words.
        read = [
            read_value(c, item, citer.articles) or read_age(c, item, citer.articles) or c.value
            for c in item.claims
        ]
        shown = read if len(set(read)) == len(read) else [c.value for c in item.claims]
        for claim, value in zip(item.claims, shown, strict=True):
            lines.append(f"- **{md(value)}**")
            quotes = list(claim.quotes)
            groups = cluster_by_text([(q.article_id, q.text) for q in quotes])
            for group in groups[:QUOTES_PER_VALUE]:
                first = quotes[group[0]]
                cited = citer.cite(quotes[i].article_id for i in group)
                lines.append(f"  - {citer.said(first.text, first.article_id)} — {cited}")
                for i in group:
                    span = quotes[i].span
                    lines += notes.beside(
                        quotes[i].article_id, span.paragraph, span.start, span.end, "    "
                    )
            # Further sources of the value: those not cited on a quote above (a second
            # passage of a quoted article is not "also" that article).
            cited_above = {quotes[i].article_id for g in groups[:QUOTES_PER_VALUE] for i in g}
            rest = [
                quotes[i].article_id
                for group in groups[QUOTES_PER_VALUE:]
                for i in group
                if quotes[i].article_id not in cited_above
            ]
            if rest:
                lines.append(f"  - also {citer.cite(rest, quoted_first=False)}")
        lines.append("")
    return lines


# ------------------------------------------------------------------ assembling and writing


def compose_brief(
    briefing: Briefing,
    bookmarks: Sequence[Bookmark],
    today: dt.date,
    *,
    topics: Sequence[Topic] | None = None,
    title: str | None = None,
    count: int = DEFAULT_TOPICS,
) -> str:
    """The brief of an open briefing, as ``briefing export`` and the app's export write it:
    the ``topics`` the user named, else the ``count`` most covered that have something to
    quote."""
    every = briefing.topics()
    # Unless the user named them, a few more topics than are shown are candidates, so a
    # topic with nothing left to quote makes way for the next.
    chosen = list(topics) if topics is not None else list(every[: count + SPARE_TOPICS])
    return render_brief(
        briefing.articles,
        topics=[TopicSection(t, briefing.passages(t.id)) for t in chosen],
        timeline=briefing.timeline(),
        discrepancies=briefing.discrepancies(),
        bookmarks=bookmarks,
        title=title,
        main_event=_main_event(briefing),
        all_topics=every,
        generated=today,
        topic_limit=None if topics is not None else count,
    )


def _main_event(briefing: Briefing) -> str | None:
    """The façade's name for the story's main event, when it offers one."""
    found = getattr(briefing, "main_event", None)
    if callable(found):
        found = found()
    if found is None:
        return None
    name = getattr(found, "name", found)
    return name if isinstance(name, str) and name.strip() else None
