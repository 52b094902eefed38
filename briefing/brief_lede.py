"""The summary's "What happened": the one sentence of the articles that states the main event.

News puts what happened first, so the candidates are the first sentences of each article's
body. The right one says what the story is about, when and where — not what followed it (a
day of mourning, an arrest, a reopening three days later), not what came long before (a
cardinal's career), not a headline, a quote or a guest's part. Each candidate is scored on:

- **names** (up to ``MAX_NAMES``): the topics the main event's name is made of (its action
  word in every language, its place, its venue), found in the sentence, and for a coup a
  verb of deposing (:mod:`.brief_lede_act`); none: no candidate;
- **day**: a date in it on the main event's days (the timeline's entries; a day and month an
  undated article gives) weighs ``ON_DATE``; a weekday of an undated article, whose week is
  not known, only ``ON_WEEKDAY``; a sentence dating only other days tells of another event
  and counts against (a date a year or more before is background and does not); see
  :mod:`.brief_lede_day`;
- **early**: a name of the event in the first part of the sentence: its subject — unless a
  person who is not one of the story's actors is named before it ("President-elect X on
  Saturday arrived in Paris for the reopening of …": the guest is the subject);
- **agreement**: two other outlets open with a sentence telling the same (two names or
  figures in common, in any language: ``analysis.same_event``) — what several outlets write
  first is the story, what one writes is its angle;
- **caption**: a picture's caption read as prose, the present tense with the event's full
  date ("… lays a wreath in Velmora Tuesday, March 4, 2031"; :mod:`.brief_lede_caption`),
  tells what the picture shows: its date does not count and it counts against;
- against: a person who is not one of the story's actors (a guest, a witness, an official
  giving the toll; :mod:`.brief_lede_actors`); speech or scare quotes; a kicker ("LIVE:");
  see :mod:`.brief_lede_shape`;
  a wire's shouted flash ("BREAKING: …", :func:`.brief_quotes.flash_label`) ranks below
  every plain sentence: it is the wire's headline, sent first;
  a statement about the event ("Officials are warning of …"), see :mod:`.brief_lede_report`,
  whose day (the day a statement was made) is no other event's, and a hedged link;
  an act told as not done: a prospect ("seemingly imminent"), a condition ("must be paid
  if he wants to leave"), a reported intent ("to say he wanted to leave") or a charge
  against an unnamed suspect ("The suspect is accused of attacking …"), see
  :mod:`.brief_lede_unrealised`;
- **toll**: a count of the dead or injured (:func:`.brief_lede_shape.states_toll`) tells the
  event by what it did — "at least 44 people died in the fire that broke out on Wednesday"
  — where a sentence naming the event, its place and its day as the object of a search, an
  inquiry or a reaction ("a commission was set up to investigate the fire that broke out on
  Wednesday") tells what followed it; a count of the missing or the arrested, or one that
  grew ("the toll rose to 128"), does not count. The dead of the event died on its day, so a
  toll in a sentence that dates no day dates the event as a weekday does (``ON_WEEKDAY``):
  "at least 12 people were killed when the storm hit the harbour" states the act by its
  toll, where "on Tuesday evening, thousands crowded the quays to watch the sea" dates only
  the scene before it;
- **English**, the brief's language, counts one; ties go to English, then to an article's
  first sentence (its own news; a later one elaborates it), then to the article with an
  outlet and a date, earliest first.

Without a main event the topics most covered stand for its names, and the leads most
articles open with one subject are the candidates (:mod:`.brief_lede_subject`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from briefing.analysis.model import TimelineEntry
from briefing.brief import SAME_TEXT, overlap, words
from briefing.brief_lede_act import deposes, is_coup
from briefing.brief_lede_actors import Finder, guest_first, side_actor, story_actors
from briefing.brief_lede_country import town_countries
from briefing.brief_lede_day import ON_WEEKDAY, captioned, dated_paragraphs, on_day, paragraph_of
from briefing.brief_lede_report import hedged, said_first
from briefing.brief_lede_shape import (
    continues,
    event_forms,
    event_named_early,
    label,
    lede_shaped,
    speech,
    states_toll,
)
from briefing.brief_lede_subject import agreed_subject, subject_of
from briefing.brief_lede_unrealised import unrealised
from briefing.brief_quotes import flash_label
from briefing.brief_when import When
from briefing.model import Article, Topic

#: The opening sentences of an article's body that may state what happened.
OPENING_SENTENCES = 4
#: Topics standing for the main event's names when there is no main event.
COVERED_TOPICS = 10
#: Names counted for a sentence: "Air India" and "India" in one phrase are not two facts.
MAX_NAMES = 3
#: The people among this many top topics are the ones a lede may be led by.
PEOPLE_TOPICS = 60
#: Sentences read in full (see :func:`score_ledes`).
POOL = 40


@dataclass(frozen=True, slots=True)
class Lede:
    """The sentence the summary quotes for what happened, and where it is."""

    article_id: str
    paragraph: int
    start: int
    end: int
    text: str
    #: Every article whose lede is this text (wire copy carried by several outlets).
    carried_by: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int, int, int]:
        return (self.article_id, self.paragraph, self.start, self.end)


@dataclass(frozen=True, slots=True)
class _Candidate:
    article: Article
    lede: Lede
    language: str
    #: The article's first sentence of lede shape: its own news.
    lead: bool = False


def find_lede(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    *,
    timeline: Sequence[TimelineEntry] = (),
    when: When | None = None,
    main_event: str | None = None,
) -> Lede | None:
    """The opening sentence that best states the main event (see the module docstring), or
    None when no opening sentence names any of its topics."""
    scored = score_ledes(articles, topics, timeline=timeline, when=when, main_event=main_event)
    if not scored:
        return None
    # Leads that agree on their subject tell one news (:mod:`.brief_lede_subject`): the
    # brief's language first among those not dated to another day.
    agreed = all("subject" in parts for _c, parts in scored)
    best = min(
        scored,
        key=lambda item: (
            agreed and item[1]["day"] < 0,
            agreed and item[0].language != "en",
            # A wire's flash ("BREAKING: …") is its headline sent first: below a plain lead.
            flash_label(item[0].lede.text) > 0,
            -sum(item[1].values()),
            item[0].language != "en",
            not item[0].lead,
            not (item[0].article.source and item[0].article.date),
            item[0].article.date or dt.date.max,
        ),
    )[0].lede
    text = words(best.text)
    carried = [
        c.lede.article_id
        for c in _candidates(articles)
        if overlap(text, words(c.lede.text)) >= SAME_TEXT
    ]
    return replace(best, carried_by=tuple(dict.fromkeys(carried)))


def score_ledes(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    *,
    timeline: Sequence[TimelineEntry] = (),
    when: When | None = None,
    main_event: str | None = None,
) -> list[tuple[_Candidate, dict[str, int]]]:
    """The lede-shaped opening sentences naming the main event, with what each scores on
    each count (their sum ranks it; the parts say why, for the real-world table).

    Every sentence is read for its names and its day; the ``POOL`` best are then read for
    the rest (voices, guests, labels, agreement), so a packet of thousands of articles
    compares a few dozen sentences with each other, not every one with every other."""
    names = _event_topics(topics, main_event, articles)
    if not names:
        return []
    days = dated_paragraphs(timeline)
    people = [t for t in topics[:PEOPLE_TOPICS] if t.kind == "person"]
    finder = Finder([*names, *people])
    coup = is_coup(main_event)  # its verb tells it: "the guard detained the president"
    first = []
    for candidate in _candidates(articles):
        if not lede_shaped(candidate.lede.text):
            continue
        named = sum(finder.names(candidate, topic) for topic in names)
        named += coup and deposes(candidate.lede.text)
        if not named:
            continue
        entries = days.get(paragraph_of(candidate.lede), ())
        on, off = on_day(candidate.lede, entries, when)
        caption = captioned(candidate.lede, candidate.language, entries, when)
        toll = states_toll(candidate.lede.text, candidate.language)
        day = 0 if caption else on - 3 * (off > 0 and not on) - (off > 0 and on > 0)
        parts = {
            "names": min(named, MAX_NAMES),
            # The dead of the event died on its day: an undated toll dates it like a weekday.
            "day": ON_WEEKDAY if toll and not (caption or on or off) else day,
            "caption": -2 * caption,
            "english": int(candidate.language == "en"),
            "toll": int(toll),
        }
        first.append((candidate, parts))
    first.sort(key=lambda item: -sum(item[1].values()))  # stable: ties keep article order
    actors = story_actors([c for c, _ in first], people, names, finder, len(articles))
    if main_event is None:  # the leads most articles open with one subject, if any
        first = _agreed_leads(first, [*names, *people], finder)
    pool = first[:POOL]
    sayers = [a for t in names for a in (t.name, *t.aliases)]
    for candidate, parts in pool:
        side = side_actor(candidate, people, actors, finder)
        parts["side actor"] = -2 * side
        parts["speech"] = -2 * speech(candidate.lede.text)
        parts["kicker"] = -2 * (label(candidate.lede.text) == "kicker")
        parts["continues"] = -2 * continues(candidate.lede.text, candidate.language)
        parts["early"] = int(
            event_named_early(candidate.lede, names, candidate.language)
            and not (side and guest_first(candidate, people, actors, names, finder))
        )
        parts["statement"] = -2 * said_first(candidate.lede.text, event_forms(names), sayers)
        parts["hedge"] = -2 * hedged(candidate.lede.text)
        parts["unrealised"] = -2 * (unrealised(candidate.lede.text, candidate.language) is not None)
    agree = _agreement([c for c, _ in pool])
    for candidate, parts in pool:
        parts["agreement"] = agree[candidate.lede.key]
    return pool


def _agreed_leads(
    first: list[tuple[_Candidate, dict[str, int]]], topics: Sequence[Topic], finder: Finder
) -> list[tuple[_Candidate, dict[str, int]]]:
    """Without a main event, the leads whose subject most articles' leads open with, marked
    with a "subject" part (:mod:`.brief_lede_subject`); ``first`` itself without one."""
    subjects = {
        c.lede.article_id: subject_of(c.lede.text, topics, partial(finder.first, c))
        for c, _parts in first
        if c.lead
    }
    agreed = agreed_subject(list(subjects.items()))
    if agreed is None:
        return first
    kept = [(c, p) for c, p in first if c.lead and subjects.get(c.lede.article_id) == agreed]
    return [(c, {**p, "subject": 0}) for c, p in kept]


def _candidates(articles: Sequence[Article]) -> list[_Candidate]:
    """The first ``OPENING_SENTENCES`` sentences of each article's body paragraphs."""
    from briefing.sentences import language_of, sentence_spans

    found = []
    for article in articles:
        taken = 0
        led = False
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.kind != "body":
                continue
            language = language_of(paragraph.language, article.language)
            for start, end in sentence_spans(paragraph.text, language):
                text = paragraph.text[start:end]
                lead = not led and lede_shaped(text)
                led = led or lead
                found.append(
                    _Candidate(article, Lede(article.id, index, start, end, text), language, lead)
                )
                taken += 1
                if taken == OPENING_SENTENCES:
                    break
            if taken == OPENING_SENTENCES:
                break
    return found


def _event_topics(
    topics: Sequence[Topic], main_event: str | None, articles: Sequence[Article] = ()
) -> list[Topic]:
    """The topics the main event's name is made of ("Heist at the Louvre, …": the heist and
    the Louvre) and the country of a town among them (:mod:`.brief_lede_country`: "Capsize
    in Pylos" happened in Greece), else the most covered topics."""
    if main_event:
        folded = main_event.casefold()
        named = [
            t
            for t in topics
            if t.name == main_event
            or (
                any(_has_word(folded, alias.casefold()) for alias in (t.name, *t.aliases))
                and not _owning_body(t, folded)
            )
        ]
        if named:
            openings = [c.lede.text for c in _candidates(articles)]
            named += town_countries(named, topics, openings)
            return [_by_names(t) for t in named]
    return sorted(topics, key=lambda t: (-t.article_count, -t.mention_count))[:COVERED_TOPICS]


def _owning_body(topic: Topic, name: str) -> bool:
    """Whether ``topic`` is an organisation the event's name (casefolded) opens with in the
    possessive ("Orbex’s bankruptcy"): whose act it is, not what or where. A sentence
    naming the body says who, not that the act happened ("Orbex announced …", "entities
    tied to Orbex …"): the act, its place and its day tell the event, as before the name
    said whose it was."""
    return topic.kind == "organisation" and any(
        name.startswith((f"{alias.casefold()}’", f"{alias.casefold()}'"))
        for alias in (topic.name, *topic.aliases)
    )


def _by_names(topic: Topic) -> Topic:
    """``topic`` with the mentions written as one of its names alone. The main event holds
    the act's word as the packet's other languages write it (:mod:`.topics.event_tongues`)
    among its mentions but not among its names: those mentions are for the passages, and
    counted here they let a sentence of the story's aftermath in another language ("280
    missing in the fire") outrank the English one that states the event."""
    forms = {a.casefold() for a in (topic.name, *topic.aliases)}
    kept = tuple(m for m in topic.mentions if m.surface.casefold() in forms)
    return topic if len(kept) == len(topic.mentions) else replace(topic, mentions=kept)


def _has_word(text: str, word: str) -> bool:
    return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _agreement(candidates: Sequence[_Candidate]) -> dict[tuple[str, int, int, int], int]:
    """For each candidate, 1 when at least two other articles open with a sentence telling
    the same (``analysis.same_event.one_event``: two names or figures in common), else 0."""
    from briefing.analysis.same_event import one_event

    found: dict[tuple[str, int, int, int], int] = {}
    for candidate in candidates:
        others = {
            other.lede.article_id
            for other in candidates
            if other.lede.article_id != candidate.lede.article_id
            and one_event(candidate.lede.text, candidate.language, other.lede.text, other.language)
        }
        found[candidate.lede.key] = int(len(others) >= 2)
    return found
