"""Which part of a sentence each of its dates is about.

"The museum stayed closed on Monday, October 20, after thieves broke in on Sunday morning"
reports two days: the closure on the 20th and the break-in on the 19th. Shown only at its
first date, the break-in is missing from its own day; shown whole at both, the day of the
closure quotes a break-in. So a sentence whose days sit in separate clauses is cut between
them, and each day quotes its own clause with "…" where the sentence goes on.

Conservative, and the same in every language: two dates are in separate clauses only when
the text between them has a clause mark (comma, semicolon, colon, dash, bracket) and at least
``CLAUSE_WORDS`` words, and, cut at the last such mark, each side keeps ``CLAUSE_WORDS``
words besides its date. "From Wednesday to Friday", "October 8 and 9", "Monday, October 20,
to Wednesday" and two dates of one day keep the whole sentence at its first date. A later
clause whose date follows a verb of reporting ("…, the company reported on Saturday") dates
the telling, not an event, and is not shown (``date_roles.dates_telling``).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from briefing.analysis.date_roles import dates_telling
from briefing.analysis.model import TimelineEntry
from briefing.model import Span

#: Words (besides the clause mark) between two dates for them to be about two clauses.
CLAUSE_WORDS = 2
_BREAK = re.compile(r"[,;:(—–]|\s-\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
ELLIPSIS = "…"


def _offsets(entry: TimelineEntry) -> tuple[int, int]:
    start = entry.phrase_span.start - entry.sentence_span.start
    return start, entry.phrase_span.end - entry.sentence_span.start


def _cut(sentence: str, first: TimelineEntry, second: TimelineEntry) -> int | None:
    """Where the clause of ``first`` ends: right after the last clause mark before
    ``second`` ("Este sábado, la catedral …, volverá a abrir, | tras el incendio del 15 de
    abril de 2019"), when words stand between the dates and each side has words of its own
    besides its date; else None."""
    after = _offsets(first)[1]
    before = _offsets(second)[0]
    marks = list(_BREAK.finditer(sentence, after, before))
    if not marks or len(_WORD.findall(sentence[after:before])) < CLAUSE_WORDS:
        return None  # "Monday, March 3, to Thursday": a range
    cut = marks[-1].end()
    own_first = _words(sentence[:cut], first)
    own_second = _words(sentence[cut:], second, cut)
    if min(own_first, own_second) < CLAUSE_WORDS:
        return None
    return cut


def _words(clause: str, entry: TimelineEntry, at: int = 0) -> int:
    """Words of ``clause`` (starting at ``at`` in the sentence) outside ``entry``'s date."""
    start, end = _offsets(entry)
    return len(_WORD.findall(clause[: start - at] + " " + clause[end - at :]))


def _clause(entry: TimelineEntry, start: int, end: int) -> TimelineEntry:
    """``entry`` quoting only ``sentence[start:end]``, with "…" where the sentence goes on."""
    text = entry.sentence
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:(—–-"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    lead = f"{ELLIPSIS} " if start > 0 else ""
    trail = f" {ELLIPSIS}" if end < len(text.rstrip()) else ""
    span = entry.sentence_span
    return replace(
        entry,
        sentence=f"{lead}{text[start:end]}{trail}",
        # The span still points at the clause in the paragraph; it starts ``len(lead)``
        # earlier so that phrase offsets within the quoted text stay right.
        sentence_span=Span(span.paragraph, span.start + start - len(lead), span.start + end),
    )


def by_clause(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """``entries`` with each sentence that dates separate clauses to separate days cut into
    one entry per clause (its other, dayless entries dropped: the clauses show it all);
    every other entry unchanged."""
    items = list(entries)
    by_sentence: dict[tuple[str, int, int], list[TimelineEntry]] = defaultdict(list)
    for entry in items:
        span = entry.sentence_span
        by_sentence[(entry.article_id, span.paragraph, span.start)].append(entry)
    split: dict[int, TimelineEntry | None] = {}
    for group in by_sentence.values():
        dated = sorted(
            (e for e in group if e.day_key() is not None), key=lambda e: e.phrase_span.start
        )
        if len(dated) < 2 or len({e.day_key() for e in dated}) < len(dated):
            continue
        sentence = dated[0].sentence
        cuts = [_cut(sentence, a, b) for a, b in itertools.pairwise(dated)]
        if any(cut is None for cut in cuts):
            continue
        bounds = [0, *(c for c in cuts if c is not None), len(sentence)]
        for entry in group:
            split[id(entry)] = None
        for index, entry in enumerate(dated):
            part = _clause(entry, bounds[index], bounds[index + 1])
            # "…, Hellenic Train reported on Saturday": a clause whose day is its report's
            # tells no event of its own; the other clauses show the sentence.
            told = index > 0 and dates_telling(part.sentence, _offsets(part)[0])
            split[id(entry)] = None if told else part
    found = []
    for entry in items:
        if id(entry) not in split:
            found.append(entry)
        elif (clause := split[id(entry)]) is not None:
            found.append(clause)
    return found
