"""A body's own act names the event: "Bank of Japan’s rate hike".

Part of :mod:`briefing.topics.events`, read before the words the leads share are counted
(:func:`.event_action.action_of`). A central bank's rate decision, a court's ruling, a
board's vote: the act is a body's, it has no venue of its own, and the leads write it as a
noun phrase ("its first rate hike", "the court's ruling") while the words they share most
are the setting ("years", "policy", "interest": "Policy in Japan" names nothing). Counting
words does not find it; who acted and what the leads call its act do.

- Who: an organisation topic a third of the articles or more name, that opens (as the
  subject, after an article at most: "The Bank of Japan has ended …", "Bank of Japan scraps
  …") a line of the leads (headline or first paragraphs) of :data:`MIN_LEADS` English
  articles or more, and of half of them. A body named everywhere that the leads do not
  write as acting is not whose act it is, and without one there is no name.
- What: a listed theme (a noun phrase the extraction found; the event topic made of it,
  once listed, so that the name is the same after) that these leads write as the body's,
  after a possessive ("its", "their", "the bank's") with at most :data:`BETWEEN` words
  between ("its first rate hike"), ending its noun phrase (a function word, a punctuation
  mark or the line's end follows: not "its interest rate policy"), after a function word
  or at a line's start ("in its first rate hike", "the move was Japan's first rate hike":
  right after a verb it is what the act was done to, "raised its benchmark rate"), in
  :data:`MIN_LEADS` of them. A number between ("its 2016 decision") or a word of time
  before the possessive ("after its decision") makes it an earlier act, the background,
  not the event. A general noun ("its annual meeting", "its statement") says too little.

The name is the body as the English leads open with it, in the possessive, and the phrase
as they write it: "Bank of Japan’s rate hike". Where either is missing, None: the fallback
title stays rather than an invented one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing.analysis.model import TimelineEntry
from briefing.model import Article, Topic
from briefing.topics.event_leads import split_words
from briefing.topics.lexicon import STOPWORDS, words
from briefing.topics.story_days import event_dates
from briefing.topics.themes import GENERIC_HEADS

#: How many English leads must open with the body and write the act as its.
MIN_LEADS = 2
#: How many words may stand between the possessive and the act ("its first rate hike").
BETWEEN = 2
#: Possessive determiners of a body (a name's "'s" is read from its ending).
POSSESSIVES = words("its their")
#: Words that open a line before its subject.
ARTICLES = words("the a an")
#: Words of time before the possessive: the act is an earlier one ("after its decision").
EARLIER = words("after since before until following")
#: Function words that may stand inside a noun phrase, before its noun ("its first hike").
ORDINALS = words("first second third last next own")
_WORD = re.compile(r"[^\W_][\w-]*(?:[’'][\w-]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Decided:
    """The body's act: its name's phrase, its head word, and the act as written."""

    phrase: str
    head: str
    act: str


def decided_event(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    leads: dict[str, str],
    least: int,
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None = None,
) -> tuple[str, Decided] | None:
    """The event's name ("Bank of Japan’s rate hike, 19 Mar 2024", dated as any act by
    :func:`.story_days.event_dates`) and the act, read in ``leads`` (article id →
    :func:`.event_leads.lead_of`) of the English articles; None without one."""
    english = [leads[a.id] for a in articles if languages.get(a.id) == "en"]
    act = decided_act(english, topics, least)
    if act is None:
        return None
    dates = event_dates(articles, {act.head}, list(leads.values()), timeline)
    return act.phrase + (f", {dates}" if dates else ""), act


def decided_act(english: Sequence[str], topics: Sequence[Topic], least: int) -> Decided | None:
    """The act of the body the English leads ``english`` open with, written as its by a
    listed theme; None without such a body or act (see the module's docstring). ``least``
    is how many articles the body must be named in."""
    bodies = [t for t in topics if t.kind == "organisation" and len(t.articles) >= least]
    # The event's own topic is the theme it was made of (the same name once it is listed).
    themes = [t for t in topics if t.kind in ("theme", "event")]
    lines = [[_tokens(line) for line in lead.splitlines() if line.strip()] for lead in english]
    best: tuple[int, int, str, str, str] | None = None
    for body in bodies:
        opened: Counter[str] = Counter()  # the alias each lead opens with
        leads: list[int] = []
        for n, lead in enumerate(lines):
            alias = next((a for line in lead if (a := _opens(line, body.aliases))), None)
            if alias is not None:
                opened[alias] += 1
                leads.append(n)
        if len(leads) < max(MIN_LEADS, (len(english) + 1) // 2):
            continue
        written: Counter[str] = Counter()  # theme alias → leads writing it as the body's
        for theme in themes:
            for alias in theme.aliases:
                if alias.split()[-1].casefold() in GENERIC_HEADS:
                    continue  # "its annual meeting", "its statement": says too little
                count = sum(any(_owned(line, alias) for line in lines[n]) for n in leads)
                if count >= MIN_LEADS:
                    written[alias] = max(written[alias], count)
        if not written:
            continue
        act, count = max(written.items(), key=lambda item: (item[1], len(item[0]), item[0]))
        name = max(opened.items(), key=lambda item: (item[1], len(item[0])))[0]
        found = (count, len(leads), name, act, body.name)
        if best is None or found[:2] > best[:2]:
            best = found
    if best is None:
        return None
    _count, _leads, name, act, _body = best
    phrase = f"{name}’ {act}" if name.endswith("s") else f"{name}’s {act}"
    return Decided(phrase, act.split()[-1].casefold(), act)


def _tokens(line: str) -> list[str]:
    return _WORD.findall(line)


def _opens(line: list[str], aliases: Sequence[str]) -> str | None:
    """The alias of ``aliases`` the line opens with as its subject ("The Bank of Japan
    has"), followed by a word in lower case or a bracketed short form; else None."""
    start = 1 if line and line[0].casefold() in ARTICLES else 0
    for alias in sorted(aliases, key=len, reverse=True):
        parts = split_words(alias, "en")
        end = start + len(parts)
        if len(parts) and line[start:end] == parts and end < len(line):
            after = line[end]
            if after[:1].islower() or after == "(":
                return alias
    return None


def _owned(line: list[str], alias: str) -> bool:
    """Whether ``line`` writes ``alias`` (any case) after a possessive, at most
    :data:`BETWEEN` words of letters between, as a whole noun phrase; not after a word of
    time ("after its decision")."""
    parts = [p.casefold() for p in split_words(alias, "en")]
    folded = [w.casefold() for w in line]
    size = len(parts)
    for i in range(len(folded) - size + 1):
        if folded[i : i + size] != parts:
            continue
        after = folded[i + size] if i + size < len(folded) else "."
        if after[:1].isalnum() and after not in STOPWORDS:
            continue  # "its interest rate policy": the phrase qualifies the next noun
        for j in range(i - 1, max(-1, i - 2 - BETWEEN), -1):
            word = folded[j]
            if word in POSSESSIVES or word.endswith(("'s", "’s")):
                between = folded[j + 1 : i]
                before = folded[j - 1] if j > 0 else "."
                # After a verb it is what the act was done to ("raised its benchmark rate",
                # "scrapped its policy"); after a word of time, an earlier act.
                done_to = before[:1].isalnum() and before not in STOPWORDS
                if all(w.isalpha() for w in between) and not done_to and before not in EARLIER:
                    return True
                break
            if not word.isalpha() or (word in STOPWORDS and word not in ORDINALS):
                break
    return False
