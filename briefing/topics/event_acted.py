"""A person's own act names the event: "Okafor’s levy announcement".

Part of :mod:`briefing.topics.events`, read last, when no act word was found: a head of
state announcing a measure is written as a person doing something to a thing ("Okafor
announced sweeping levies", "Okafor announces levies on imports"), and the words the leads
share most are the thing and its setting, not an act of its own. The same shape as a body's
decision (:mod:`.event_decided`), with a verb in place of the possessive:

- Who: a person topic a third of the articles or more name, that opens (as the subject,
  after capitalised titles at most: "President Ana Okafor announced …") a line of the leads
  of :data:`MIN_LEADS` English articles or more, and of half of them.
- What: a listed theme (a noun phrase the extraction found, not a general noun: "its
  statement") that these lines write as the object of a finite verb of the person ("announced
  sweeping levies": a verb in -s or -ed, at most :data:`BETWEEN` lower-case words between,
  the theme ending its noun phrase), the same verb and the same theme in :data:`MIN_LEADS`
  leads. A copula or an auxiliary is no act ("Okafor is a lawyer": a description of the
  person is never the act); nor a word in -ing ("sweeping").
- When: the days the act is dated to (:func:`.story_days.event_dates`); a person's act
  the articles do not date is not named.

The name is the person as the leads open with them, in the possessive, the thing in the
singular and the verb's noun when English has a common one derived from it ("levy
announcement"), else the thing as written ("Okafor’s levies"). Without any, None.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import simplemma
from wordfreq import zipf_frequency

from briefing.analysis.model import TimelineEntry
from briefing.model import Article, Topic
from briefing.topics.event_leads import split_words
from briefing.topics.event_nominal import derived
from briefing.topics.event_noun import possessive
from briefing.topics.lexicon import STOPWORDS, words
from briefing.topics.story_days import event_dates
from briefing.topics.themes import GENERIC_HEADS

#: How many English leads must open with the person and write the same act.
MIN_LEADS = 2
#: How many lower-case words may stand between the verb and the thing ("announced sweeping").
BETWEEN = 2
#: How many capitalised words (titles) may stand before the person's name.
TITLES = 3
#: Words that may open a line before its subject.
ARTICLES = words("the a an")
#: Suffixes that make an English act's noun of its verb: "-al" and "-age" are left out, they
#: make other nouns as often ("sign" → "signal", "signage").
NOUN_SUFFIXES = ("ment", "ation", "ion", "ance", "ence")
#: How common a derived noun must be in English (wordfreq's Zipf scale) to name the act.
COMMON = 3.5
_WORD = re.compile(r"[^\W_][\w-]*(?:[’'][\w-]+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Acted:
    """The person's act: its name's phrase, the thing's word, the thing as written, the
    verb's forms as the leads write them."""

    phrase: str
    head: str
    thing: str
    verbs: tuple[str, ...]


def acted_event(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    leads: dict[str, str],
    least: int,
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None = None,
) -> tuple[str, Acted] | None:
    """The event's name ("Okafor’s levy announcement, 2 Apr 2025") and the act, read in
    ``leads`` (article id → :func:`.event_leads.lead_of`) of the English articles; None
    without one or without a day."""
    english = [leads[a.id] for a in articles if languages.get(a.id) == "en"]
    act = person_act(english, topics, least)
    if act is None:
        return None
    heads = {act.head, *act.verbs}
    dates = event_dates(articles, heads, list(leads.values()), timeline)
    if not dates:
        return None
    return f"{act.phrase}, {dates}", act


def person_act(english: Sequence[str], topics: Sequence[Topic], least: int) -> Acted | None:
    """The act of the person the English leads ``english`` open with, a listed theme as
    the object of their verb; None without (see the module's docstring). ``least`` is how
    many articles the person must be named in."""
    people = [t for t in topics if t.kind == "person" and len(t.articles) >= least]
    themes = [t for t in topics if t.kind in ("theme", "event")]
    aliases = [
        a for t in themes for a in t.aliases if a.split()[-1].casefold() not in GENERIC_HEADS
    ]
    lines = [
        [_WORD.findall(line) for line in lead.splitlines() if line.strip()] for lead in english
    ]
    best: tuple[int, int, str, str, str, tuple[str, ...]] | None = None
    for person in people:
        opened: Counter[str] = Counter()  # the alias each lead opens with
        acts: Counter[tuple[str, str]] = Counter()  # (verb lemma, thing) → leads
        forms: dict[str, set[str]] = {}
        count = 0
        for lead in lines:
            opening = [(found, line) for line in lead if (found := _opens(line, person.aliases))]
            if not opening:
                continue
            count += 1
            opened[opening[0][0][0]] += 1
            seen: set[tuple[str, str]] = set()
            for (_alias, end), line in opening:
                for verb, thing in _objects(line[end:], aliases):
                    lemma = simplemma.lemmatize(verb.casefold(), lang="en")
                    seen.add((lemma, thing))
                    forms.setdefault(lemma, set()).add(verb.casefold())
            acts.update(seen)
        if count < max(MIN_LEADS, (len(english) + 1) // 2) or not acts:
            continue
        (lemma, thing), leads = max(acts.items(), key=lambda i: (i[1], len(i[0][1]), i[0]))
        if leads < MIN_LEADS:
            continue
        # The alias most leads open with; on a tie the shorter, as an analyst writes a surname.
        name = max(opened.items(), key=lambda item: (item[1], -len(item[0]), item[0]))[0]
        found_act = (leads, count, name, lemma, thing, tuple(sorted(forms[lemma])))
        if best is None or found_act[:2] > best[:2]:
            best = found_act
    if best is None:
        return None
    _leads, _count, name, lemma, thing, verbs = best
    noun = act_noun(lemma)
    if noun is None:
        phrase = f"{possessive(name)} {thing}"
    else:
        single = " ".join(simplemma.lemmatize(w, lang="en") for w in thing.split()[-1:])
        phrase = f"{possessive(name)} {' '.join([*thing.split()[:-1], single])} {noun}"
    return Acted(phrase, thing.split()[-1].casefold(), thing, (lemma, *verbs))


def act_noun(lemma: str, common: float = COMMON) -> str | None:
    """The common English noun of the act made from the verb ``lemma`` by a suffix
    ("announce" → "announcement", "declare" → "declaration"), not its gerund; None when
    English has none as common as ``common`` (wordfreq's Zipf scale)."""
    stems = {lemma, lemma[:-1]} if lemma.endswith("e") else {lemma}
    found = [
        (zipf_frequency(stem + suffix, "en"), stem + suffix)
        for stem in stems
        for suffix in NOUN_SUFFIXES
        if derived(stem + suffix, lemma)
    ]
    score, noun = max(found, default=(0.0, ""))
    return noun if score >= common else None


def _opens(line: list[str], aliases: Sequence[str]) -> tuple[str, int] | None:
    """The alias of ``aliases`` the line opens with as its subject ("President Ana Okafor
    announced"), after an article or capitalised titles, followed by a word in lower case;
    with where the subject ends. Else None."""
    start = 1 if line and line[0].casefold() in ARTICLES else 0
    for alias in sorted(aliases, key=len, reverse=True):
        parts = split_words(alias, "en")
        if not parts:
            continue
        for skip in range(TITLES + 1):
            begin = start + skip
            if begin > len(line) or (skip and not line[begin - 1][:1].isupper()):
                break  # titles are capitalised words
            end = begin + len(parts)
            if line[begin:end] == parts and end < len(line) and line[end][:1].islower():
                return alias, end
    return None


def _objects(rest: list[str], aliases: Sequence[str]) -> list[tuple[str, str]]:
    """(verb, thing) of each listed ``aliases`` written in ``rest`` as a finite verb's
    object: the verb in -s or -ed ("announced"), at most :data:`BETWEEN` lower-case words
    between ("sweeping"), the thing ending its noun phrase."""
    folded = [w.casefold() for w in rest]
    found = []
    for alias in aliases:
        parts = [p.casefold() for p in split_words(alias, "en")]
        size = len(parts)
        for i in range(1, len(folded) - size + 1):
            if folded[i : i + size] != parts:
                continue
            after = folded[i + size] if i + size < len(folded) else "."
            if after[:1].isalnum() and after not in STOPWORDS:
                continue  # "levy rates": the phrase qualifies the next noun
            for j in range(i - 1, max(-1, i - 2 - BETWEEN), -1):
                if _finite(rest[j]):
                    found.append((rest[j], alias))
                    break
                if not rest[j].isalpha() or not rest[j].islower():
                    break
                if rest[j] in STOPWORDS and rest[j] not in ARTICLES:
                    break
    return found


def _finite(word: str) -> bool:
    """A finite verb in lower case, in -s or -ed, not a copula or an auxiliary ("is",
    "has"): its lemma differs from it and is no function word."""
    if not word.isalpha() or not word.islower() or not word.endswith(("s", "ed")):
        return False
    lemma = simplemma.lemmatize(word, lang="en")
    return lemma != word and word not in STOPWORDS and lemma not in STOPWORDS
