"""The parts of the exported brief that need judgement: the title, the summary, its lede,
and one quote for text several outlets carry (citations and notes: :mod:`briefing.brief_citations`).

A brief is read by someone who has not seen the packet. So sources are cited by outlet and
date ("The Associated Press, 8 October 2025"), never by file id — ids appear once, in the
reference list at the end; a sentence carried by three outlets is quoted once with all three
cited; and a bookmark's note sits under the quote it was written about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from briefing.analysis.model import Discrepancy
from briefing.brief_citations import Citer, language_name
from briefing.brief_labels import (
    disagreement_languages,
    label,
    outlets,
    read_age,
    read_value,
)
from briefing.corpus.language import UNDETERMINED
from briefing.corpus.wire_identity import wire_identity
from briefing.markdown import day_span, md, short_date
from briefing.model import Article, Topic
from briefing.overview import overview

if TYPE_CHECKING:
    from briefing.brief_lede import Lede

_WORD = re.compile(r"[^\W\d_]{3,}")
#: Two passages whose word sets overlap this much are one text carried by several outlets.
SAME_TEXT = 0.8


def words(text: str) -> frozenset[str]:
    """The lower-cased words of three letters or more: what "the same text" is judged on."""
    return frozenset(w.casefold() for w in _WORD.findall(text))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two word sets (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


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
    covered = sorted(topics, key=lambda t: (-t.article_count, -t.mention_count))
    person = next((t.name for t in covered if t.kind == "person"), None)
    places = [t.name for t in covered if t.kind == "place"][:2]
    named = [n for n in [person, *places] if n] or [t.name for t in covered[:3]]
    when = _span(days) or _articles_span(articles)
    head = ", ".join(named) if named else "Coverage"
    return f"{head}: {when}" if when else head


def _span(days: Sequence[dt.date | None]) -> str:
    known = sorted(d for d in days if d)
    return day_span(known[0], known[-1]) if known else ""


def _articles_span(articles: Sequence[Article]) -> str:
    """The articles' dates, a month the text states alone shown as a month."""
    packet = overview(articles)
    if packet.first_date is None or packet.last_date is None:
        return ""
    return day_span(
        packet.first_date,
        packet.last_date,
        first_month=packet.first_month,
        last_month=packet.last_month,
    )


def summary(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    when: str,
    found: Sequence[Discrepancy],
    citer: Citer,
    generated: dt.date | None,
    lede: Lede | None = None,
) -> list[str]:
    """The opening paragraph: what happened (``lede``, :mod:`briefing.brief_lede`), who and
    where, when (``when``, :mod:`briefing.brief_when`), who reported it in which languages,
    and what the sources disagree on."""
    lines = []
    covered = sorted(topics, key=lambda t: (-t.article_count, -t.mention_count))
    if lede is not None:
        cited = citer.cite(lede.carried_by or [lede.article_id])
        said = citer.said(lede.text, lede.article_id)
        lines.append(f"**What happened:** {said} — {cited}")
    places = [t.name for t in covered if t.kind == "place"][:3]
    persons = [t for t in covered if t.kind == "person"]
    # The story's actors: people covered at least half as widely as the most covered one.
    people = [t.name for t in persons if 2 * len(t.articles) >= len(persons[0].articles)][:3]
    events = [t.name for t in covered if t.kind == "event"][:2]
    if people or events:
        lines.append(f"**Who and what:** {md(', '.join([*people, *events]))}.")
    if places:
        lines.append(f"**Where:** {md(', '.join(places))}.")
    if when:
        lines.append(f"**When:** {when}.")
    lines.append(f"**Sources:** {_sources(articles, citer)}.")
    if found:
        known = {a.id: a for a in articles}
        named = _within_budget([md(_disagreement(d, known)) for d in found[:SUMMARY_DISAGREEMENTS]])
        more = f" and {len(found) - len(named)} more below" if len(found) > len(named) else ""
        lines.append(f"**They disagree on:** {'; '.join(named)}{more}.")
    else:
        lines.append("**They disagree on:** nothing the checks could find.")
    if generated:
        lines.append(f"*Prepared on {short_date(generated)}.*")
    return ["  \n".join(lines), ""]


#: The summary names at most this many disagreements (the section below has them all) …
SUMMARY_DISAGREEMENTS = 5
#: … and stops naming them past this many characters, so its line stays a line: a
#: disagreement told in quoted foreign phrases ("семеро (7, seriously injured) vs …") is long.
SUMMARY_DISAGREEMENT_CHARS = 360
#: It names at least this many, however long.
SUMMARY_DISAGREEMENTS_MIN = 2


def _within_budget(points: Sequence[str]) -> list[str]:
    """The first ``points`` that fit :data:`SUMMARY_DISAGREEMENT_CHARS` (at least
    :data:`SUMMARY_DISAGREEMENTS_MIN`)."""
    kept: list[str] = []
    for point in points:
        size = sum(len(p) + 2 for p in kept) + len(point)
        if len(kept) >= SUMMARY_DISAGREEMENTS_MIN and size > SUMMARY_DISAGREEMENT_CHARS:
            break
        kept.append(point)
    return kept


#: Up to this many articles the summary cites each; more are counted (the references list all).
CITED_IN_SUMMARY = 6


def _sources(articles: Sequence[Article], citer: Citer) -> str:
    """ "5 articles from 4 named outlets, all in English: AP, 8 October 2025; …", or for a
    large packet the named outlets and a count of the rest."""
    # one agency spelt several ways across the packet's languages is one outlet (Reuters, رويترز)
    named = sorted({wire_identity(a.source) for a in articles if a.source}, key=str.casefold)
    head = _plural(len(articles), "article")
    if named:
        head += f" from {_plural(len(named), 'named outlet')}"
    head += f", {languages_phrase(articles)}"
    if len(articles) <= CITED_IN_SUMMARY:
        by_date = sorted(articles, key=lambda a: a.date or dt.date.max)
        return f"{head}: {citer.cite(a.id for a in by_date)}"
    unnamed = len(articles) - sum(1 for a in articles if a.source)
    parts = [md(", ".join(named))] if named else []
    if unnamed:
        parts.append(f"{unnamed} with no outlet named (see the references)")
    return f"{head}: {'; '.join(parts)}" if parts else head


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def languages_phrase(articles: Sequence[Article]) -> str:
    """ "all in English", or "9 in French, 4 in English and 3 in German"."""
    # "und" (undetermined) is no language: "1 in und" read as a German word (harry-meghan).
    counts = Counter(a.language for a in articles if a.language and a.language != UNDETERMINED)
    if len(counts) == 1:
        return f"all in {md(language_name(next(iter(counts))))}"
    parts = [f"{n} in {md(language_name(lang))}" for lang, n in counts.most_common()]
    unknown = len(articles) - sum(counts.values())
    if unknown:
        parts.append(f"{unknown} in a language not identified")
    return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]


def _disagreement(item: Discrepancy, articles: Mapping[str, Article]) -> str:
    """ "when Putin arrived (6 October (AP) vs 8 October 2025 (Reuters))": the disagreement's
    label in English and its values as the product reads them, each with its outlets
    (:mod:`briefing.brief_labels`); a subject that already names the values ("Rahmon /
    Rakhmon") is not followed by them again."""
    values = [_short(c.value, item.kind) for c in item.claims[:3]]
    if all(v.casefold() in item.subject.casefold() for v in values):
        return f"{_KIND_WORD.get(item.kind, '')} {item.subject}".strip()
    said = label(item, disagreement_languages(item, articles))
    words = set(said.split())
    shown: dict[str, list[str]] = {}
    for claim in item.claims[:3]:
        value = (
            read_value(claim, item, articles)
            or read_age(claim, item, articles)
            or _short(claim.value, item.kind)
        )
        # A unit the label names is not said again by each value ("how many hours: about 3").
        shown.setdefault(_unnamed_unit(value, words), []).extend(claim.article_ids)
    named = {value: outlets(ids, articles) for value, ids in shown.items()}
    parts = [f"{value} ({by})" if by else value for value, by in named.items()]
    # "Kylian Mbappé: the minute of one act — minute 80 (…) vs …": one colon a line.
    return f"{said}{' —' if ':' in said else ':'} {' vs '.join(parts)}"


def _unnamed_unit(value: str, named: set[str]) -> str:
    """ "about 3" of "about 3 hours" when ``named`` (the label's words) has "hours"."""
    head, _, last = value.rpartition(" ")
    return head if last in named and head[-1:].isdigit() else value


#: How the summary introduces a disagreement whose subject is its values.
_KIND_WORD = {"spelling": "the spelling", "name": "the name", "date": "the date", "figure": ""}


def _short(value: str, kind: str = "figure") -> str:
    """A value as the summary names it: "9 listed" rather than the whole list, and a figure
    the text words in its own language by the reading in brackets the finder adds ("семеро
    (7, seriously injured)" is "7 seriously injured", "kolejnych 16 (injured)" is "16
    injured"; a time of day "середу вранці (morning)" is "morning"): the summary is one line
    in the brief's language; the section below quotes the words. Names and spellings are
    shown as written: their brackets are the text's ("Paris (Texas)")."""
    value = value.split(":")[0] if " listed:" in value else value
    for tail in (" (no year given)", " (some sources give no year)"):
        value = value.replace(tail, "")
    reading = _READING.fullmatch(value) if kind in ("figure", "date") else None
    if reading is None:
        return value
    head, gloss = reading["head"], reading["gloss"]
    read = _FIGURE.match(gloss)
    if read:  # "(7)", "(7, seriously injured)": the figure, read
        return f"{read[0]} {gloss[read.end() :].lstrip(', ')}".strip()
    if kind == "date":  # "середу вранці (morning)"; a date written in figures stays
        return value if _FIGURE_IN.search(head) else gloss
    figure = _FIGURE_IN.search(head)
    return f"{figure[0]} {gloss}" if figure else value


#: A value and the finder's reading of it in brackets at its end: "сім висотних (7)".
_READING = re.compile(r"(?P<head>.*\S) \((?P<gloss>[^()]+)\)")
#: A reading that starts with the figure: "7", "7, seriously injured", "4,600".
_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?(?=, |,?$| )")
#: A figure among the words: "Еще 28".
_FIGURE_IN = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])|(?<![\w.,])\d(?![\w])")


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
