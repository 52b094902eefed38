"""The briefing's main event, named the way an analyst would write it.

"Putin’s visit to Tajikistan, 8–9 Oct 2025", "Heist at the Louvre, 19–23 Oct 2025":

- what: the word the articles' headlines and leads share most that names no person, place or
  body, with the modifier that goes with it ("state visit"); a word that only qualifies
  another ("white" of "white smoke") gives way to it, and so does what the event is called
  ("achieved a historic milestone as the lander made a touchdown": :mod:`.event_praise`);
- who (:mod:`.event_person`): the person half the articles name, in the possessive, and only
  when a lead names them beside the action, never as the owner of what did it ("Okafor’s
  firm filed for bankruptcy": :func:`.event_whose.near`); never the one it was done to
  ("attempt on Okafor": :mod:`.event_target`; "Okafor was abducted": "Abduction of
  Okafor", the verb's noun from English's lexicon when no text writes it,
  :mod:`.event_undergone`), nor one the leads write as deposed or
  seized ("the guard detained President Okafor": :mod:`.event_deposed`), whose coup it is
  not; without a person, the organisation the English leads write as the act's subject and
  every language's headlines open with ("FTX files for bankruptcy": "FTX’s bankruptcy",
  :mod:`.event_body_act`), never one that only modifies the act's noun or is cited;
- where: the place or body the leads write right after the action and a preposition of place
  ("visit to", "heist at the"), else the place most of the articles name, a city before a
  country; a country written after "in" ("crisis in Algeria") gives way to the town the
  leads agree it happened in, as when no lead writes the country; a name the leads write
  right before the action ("Lagos bridge") is kept with it;
  an act done on the Moon or a planet happened there ("touchdown on the lunar surface":
  "on the Moon", :mod:`.event_body`), not in the country that did it;
- by whom, for a person's act done by a body: when the leads write the body after the
  passive's "by" in sentences naming the person ("was given a four-year ban by the
  Tribunal"), it is named so ("Okafor’s four-year ban by the Tribunal"), in place of the
  city the articles most name (:mod:`.event_agent`);
- when: the days the story's own timeline dates its events, near the busiest week of the
  articles' day-precise dates (a preview written a month before does not stretch the span);
  without such days, that week itself. An act the texts do not write as lasting (a crash, an
  attack) is dated by its first day alone: the days after it are its aftermath;
- what it happened to: a listed thing whose name ends with the noun the leads write before
  the act ("bridge collapses" → "Collapse of Ponte Morandi, Genoa");
- who did what to whom: when the leads of many languages write one named party's act on
  another ("UBS takes over Credit Suisse", "UBS kauft Credit Suisse"), the English texts'
  noun for it names it with both: "Takeover of Credit Suisse by UBS" (:mod:`.event_parties`);
- what a body made of the story's noun: when the act word is the subject every language
  writes ("pandemic") and the leads write it as what a verb makes of something ("WHO
  declares COVID-19 a pandemic"), the verb's noun names the act with it, and the body
  written before the verb is whose it is: "WHO’s pandemic declaration" (:mod:`.event_declared`);
- whose act it is, when a body's: when the English leads open with one body as their
  subject ("Bank of Japan scraps …") and write a listed theme as its ("its first rate
  hike"), the body and that phrase name it: "Bank of Japan’s rate hike" (:mod:`.event_decided`);
- what a toll measures: when the leads share a toll more than any act ("the death toll from
  Cyclone Chido"), the listed thing they give as its cause is the event, and its topic
  becomes the event topic ("Cyclone Chido in Mayotte, 14 Dec 2024": :mod:`.event_measured`).

Every part comes from general signals of the packet — coverage across articles, never a list
of event words — and a part the packet does not support is left out; without an action there
is no name at all.

:func:`with_main_event` makes the event a topic, first in the list (:mod:`.event_topic`): the
one-word theme of the action word (its mentions, its aliases in every language) becomes the
event, or a new event topic holds the action word's uses.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence

from briefing.analysis.model import TimelineEntry
from briefing.display import date_span
from briefing.model import Article, Topic
from briefing.topics.event_across import acts_of
from briefing.topics.event_acted import acted_event
from briefing.topics.event_action import action_of
from briefing.topics.event_agent import agent_of
from briefing.topics.event_body import body_of
from briefing.topics.event_body_act import acting_body
from briefing.topics.event_cognates import act_of_languages
from briefing.topics.event_decided import decided_event
from briefing.topics.event_depicted import depicted
from briefing.topics.event_doer import most_named, places_not_doers
from briefing.topics.event_few import act_elsewhere
from briefing.topics.event_leads import lead_of
from briefing.topics.event_measured import caused_event, measured_cause
from briefing.topics.event_member import membership
from briefing.topics.event_nominal import verb_forms
from briefing.topics.event_noun import act_forms, object_preposition, on_target, possessive
from briefing.topics.event_object import verb_uses
from briefing.topics.event_owner import called_after, owner_before
from briefing.topics.event_parties import party_act
from briefing.topics.event_person import whose
from briefing.topics.event_place import PLACE_LEADS, preposition_at, where_in, with_article
from briefing.topics.event_qualifiers import with_qualifiers_joined
from briefing.topics.event_reach import reaches
from briefing.topics.event_ready import ready_for_event
from briefing.topics.event_record import _Event
from briefing.topics.event_refused import function_words
from briefing.topics.event_site import at_site, site_before
from briefing.topics.event_subject import CONTEXT, subjects_of
from briefing.topics.event_thing_act import undergone_act
from briefing.topics.event_thing_gives_way import act_for_thing
from briefing.topics.event_topic import as_event, by_its_names, follows, with_event
from briefing.topics.event_venue import OBJECT, undergone, venue_of
from briefing.topics.event_vote import held_vote
from briefing.topics.event_whose import demonym_before, names_it
from briefing.topics.languages import briefing_languages
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.local_towns import towns_as_places
from briefing.topics.past_events import earlier_events
from briefing.topics.place_kinds import places_not_people
from briefing.topics.story_days import event_days

#: A person or place must be named by at least this share of the articles to name the event.
COVERAGE = 1 / 3

#: A packet needs this many articles for its main event to be a topic.
MIN_ARTICLES = 3


def _event(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    states: frozenset[str],
    languages: dict[str, str] | None = None,
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None = None,
) -> _Event | None:
    if not articles:
        return None
    if languages is None:
        languages = briefing_languages(articles)
    # Events are left out of what the event is read from, so the name is the same before and
    # after the main event joins the topics (:func:`main_event` on :func:`with_main_event`'s).
    subjects = subjects_of(topics, languages)
    every = topics
    topics = [t for t in topics if t.kind != "event"]
    leads = {a.id: lead_of(a) for a in articles}  # read once: seconds at 10,000 articles
    verbs: list[str] = []  # the verb the act was written as, when a noun names it
    # One party's act on another, written so in many languages' leads ("UBS takes over
    # Credit Suisse"): the texts' noun for it, who did it and to whom (:mod:`.event_parties`).
    acted = party_act(articles, topics, languages, leads)
    if acted is not None:
        heads = {acted.head, *(w for _language, w in acted.forms)}
        days = event_days(articles, heads, list(leads.values()), timeline)
        name = acted.phrase + (f", {date_span(*days)}" if days else "")
        return _Event(name, acted.head, forms=acted.forms, days=days)
    # "Became the 31st member of", "beigetreten", "加盟": an accession (:mod:`.event_member`).
    joined = membership(articles, topics[:CONTEXT], languages, leads)
    if joined is not None:
        heads = {joined.head, *(w for _language, w in joined.forms)}
        days = event_days(articles, heads, list(leads.values()), timeline)
        name = joined.phrase + (f", {date_span(*days)}" if days else "")
        return _Event(name, joined.head, forms=joined.forms, days=days)
    # A body's own act, the leads opening with it ("BOJ scraps …"): :mod:`.event_decided`.
    least = max(2, round(len(articles) * COVERAGE))
    decided = decided_event(articles, every[: CONTEXT + 1], languages, leads, least, timeline)
    if decided is not None:  # the event's own topic is read too: the same name after
        return _Event(decided[0], decided[1].head, called=decided[1].act)
    acts = acts_of(every[: CONTEXT + 1], languages)  # the event's too: the same name after
    counted: list[str] = []  # what the act was done to, counted ("20 hostages")
    widened: list[str] = []  # the act the other languages write too (:mod:`.event_few`)
    reach = reaches(every, languages)  # one-word subjects' reach: :mod:`.event_reach`
    act = functools.partial(action_of, articles, topics, languages, subjects, leads, verbs, acts)
    action = act(counted, widened=widened, reach=reach)
    if action is None:  # the English leads share no act: the word every language writes
        action = act_of_languages(articles, topics, languages, leads)
    if action is None:  # nor every language: the next word the English leads share
        verbs.clear()
        counted.clear()
        action = act(counted, frozenset(), reach=reach)
    if action is None:  # no act word: a person's act on a listed thing (.event_acted)
        done = acted_event(articles, every[: CONTEXT + 1], languages, leads, least, timeline)
        if done is not None:
            return _Event(done[0], done[1].head, called=done[1].thing)
        # Nor that: a vote held, with its result, read from every topic (:mod:`.event_vote`).
        vote = held_vote(articles, every[: CONTEXT + 1], languages, leads)
        if vote is None:
            return None
        action = vote[0]
    # A thing's word ("container ship") gives way to the act it underwent (.event_thing_act).
    suffered = undergone_act(action, articles, languages, leads, verbs, topics[:CONTEXT], states)
    action = suffered.action
    head = action.split()[-1]
    # "The first photo of a black hole": what was made of the thing names it, with no place.
    shown = depicted(action, [leads[a.id] for a in articles if languages.get(a.id) == "en"])
    if shown is not None:
        days = event_days(articles, {head, *verbs}, list(leads.values()), timeline)
        name = shown[0].upper() + shown[1:] + (f", {date_span(*days)}" if days else "")
        return _Event(name, head, called=action, days=days, kind=shown.split(" of ")[0].split()[-1])
    if not (action := act_for_thing(suffered, articles, languages, leads, topics)):
        return None  # a thing ("airport") no act befell nor gave way to (.event_thing_gives_way)
    head = action.split()[-1]
    # A toll measures the event: its cause in the leads is the event (read from every topic).
    cause = measured_cause(list(leads.values()), every[: CONTEXT + 1], head)
    if cause is not None:
        return caused_event(articles, topics, states, cause, list(leads.values()), least, timeline)
    covered = [t for t in topics[:CONTEXT] if len(t.articles) >= least]
    places = [t for t in covered if t.kind == "place"]
    place = max(places, key=lambda t: (t.name not in states, len(t.articles)), default=None)
    # Whose act it is: a person's, or the body whose verb made it (:mod:`.event_person`).
    person, who, target, declared = whose(
        articles, topics, covered, subjects, leads, languages, action, verbs
    )
    personal = who is not None and person is not None and declared is None and not target
    lead_texts = list(leads.values())
    listed = [t for t in topics[:CONTEXT] if t.kind != "theme"]
    owner = owner_before(lead_texts, head, listed)
    # A building before the act ("White House ceremony") is where, not whose (.event_site).
    site = site_before(lead_texts, head, next((t for t in listed if t.name == owner), None), states)
    owner = owner if site is None else None
    # A country's adjective before the whole act ("the Romanian presidential election") says
    # whose it is, and the name writes it so; then no town is added as where it happened.
    adjective = demonym_before(lead_texts, action, listed) if owner is None else None
    sites = [t for t in covered if t.kind in ("place", "organisation")]
    venue = venue_of(lead_texts, head, sites)
    # Else after the verb it was written as, or another form of it ("shot in", "attacked in").
    forms = [head, *verbs, *act_forms(head, lead_texts[:PLACE_LEADS])]  # read once: costly
    for form in forms[1:]:
        venue = venue or venue_of(lead_texts, form, sites)
    if who is None and declared is None:
        # No person's act: an organisation the leads write as its subject ("FTX files for
        # bankruptcy") is whose it is (:mod:`.event_body_act`).
        english_leads = [leads[a.id] for a in articles if languages.get(a.id) == "en"]
        who = acting_body(english_leads, lead_texts, {head}, {*verbs, *forms[1:]}, covered)
    if venue is not None and venue[1].name == owner and venue[1].kind != "place":
        # A body or building before the act is where it happened: "heist at the Louvre"
        # says more than "Louvre heist". A city or country before a noun says whose the
        # thing is ("Lagos bridge") and stays.
        owner = None
    whom = False  # the act was done to a person ("funeral of Ana Ruiz"): no place named
    if venue is None:
        objects = [
            t
            for t in covered
            if t.kind != "theme" and (who is None or (t is not person and t.name != who))
        ]
        venue = venue_of(lead_texts, head, objects, OBJECT)
        whom = venue is not None and venue[1].kind == "person"
    thing = None  # what the act happened to, written as the noun before it ("bridge collapses")
    if venue is None and owner is None:
        thing = undergone(lead_texts, forms, [t for t in sites if t.name not in states])
        venue = ("of", thing) if thing is not None else None
    if venue is not None and names_it(action, venue[1]):
        action = head  # "bridge collapse" of the bridge: "Collapse of Ponte Morandi"
    phrase = action if owner is None or owner == who else f"{owner} {action}"
    if adjective is not None:
        phrase = f"{adjective} {action}"
    if declared is not None:
        phrase = f"{phrase} {declared[0]}"  # "pandemic declaration"
    if counted:
        phrase = f"{phrase} of {counted[0]}"  # "release of hostages": :mod:`.event_counted`
    on = on_target(lead_texts, head, who) if who is not None else None
    if on is None and target:
        # "assassination attempt on Okafor", "coronation of Charles III", never "Okafor’s attempt"
        on = f" {object_preposition(lead_texts, action)} {who}"
    if on is not None:
        phrase += on  # "attempt on Okafor’s life": whom it was done to, not whose
    elif who is not None:
        phrase = f"{possessive(who)} {phrase}"
    elif (
        thing is None
        and not counted
        and owner is None
        and adjective is None
        and (venue is None or venue[1].kind == "place" or suffered.of)
    ):
        phrase += suffered.of or called_after(lead_texts, forms, sites, states)  # " of the …"
    if adjective is not None and venue is not None and venue[1].kind == "place":
        venue = None  # the country's act: a town in it is no more where it happened
    # An act done on the Moon or Mars happened there, not where its articles stand.
    body = None
    if venue is None and owner is None:
        names = {
            w.casefold() for t in listed if t.kind != "place" for a in t.aliases for w in a.split()
        }
        body = body_of(lead_texts[:PLACE_LEADS], forms, names)
    if body is not None:
        phrase = f"{phrase} {body}"
    if venue is not None and venue[1].name != owner:
        wide = where_in(lead_texts[:PLACE_LEADS], topics[:CONTEXT], states, venue[1].name)
        if wide is None and venue[0] == "in" and venue[1].name in states:
            # "crisis in Algeria", while the leads agree on the town it happened in: the
            # town says where, as it does when no lead writes the country after the act.
            wide = where_in(lead_texts[:PLACE_LEADS], topics[:CONTEXT], states)
        written = wide or venue[1].name
        # "in the" as the leads wrote it already holds the article: "in the United States".
        place_name = written if venue[0].endswith(" the") else with_article(written)
        phrase = f"{phrase} {venue[0]} {place_name}"
    # A person's act done by a body the leads write after "by" ("given a ban by the
    # Tribunal"): the body says who acted, not the city the articles most name (.event_agent).
    agent = None
    if personal and venue is None and owner is None and site is None and body is None:
        bodies = [t for t in covered if t.kind == "organisation"]
        spoken = STOPWORDS | function_words(frozenset(languages.values()))
        agent = agent_of(lead_texts, bodies, spoken, person.aliases if person else ())
    if agent is not None:
        phrase = f"{phrase} by {agent.name}"
    # Things done to are often moved from one place to another ("hostages" handed over in
    # Gaza, returned to Israel): only a place the leads write after the act says where.
    if (
        agent is None
        and adjective is None
        and not counted
        and body is None
        and (venue is None or venue[1].name == owner or thing is not None or whom)
    ):
        # A capital written as who acted ("by Pyongyang") is no place (:mod:`.event_doer`).
        place, context = places_not_doers(
            lead_texts[:PLACE_LEADS], places, place, topics[:CONTEXT], states
        )
        where = where_in(lead_texts[:PLACE_LEADS], context, states)
        if site is not None and thing is None:  # not its parties' countries: .event_site
            where, phrase = None, f"{phrase} {at_site(lead_texts, site)}"
        elif where is None and place is not None and place.name != owner:
            where = most_named(place, len(articles))  # no lead says where: the most named
        if thing is not None and where is not None:
            phrase = f"{phrase}, {where}"  # "Collapse of Ponte Morandi, Genoa": a thing's town
        elif where is not None and where != owner:
            phrase = f"{phrase} {preposition_at(where)} {with_article(where)}"
    # The act's word in every language: the one-word subject holding it ("visit", "Besuch").
    heads = {head, *verbs, *(w for _n, aliases in subjects if head in aliases for w in aliases)}
    days = event_days(articles, heads, lead_texts, timeline)
    name = phrase[0].upper() + phrase[1:] + (f", {date_span(*days)}" if days else "")
    owned = owner if phrase.find(f"{owner} {action}") >= 0 else None
    english = verb_forms(head, verbs)  # "crowned" of "coronation": :mod:`.event_nominal`
    # The act as the other languages write it, when they named it (:mod:`.event_few`).
    across = act_elsewhere(head, widened, articles, languages, leads)
    return _Event(
        name,
        head,
        owned,
        follows=follows(lead_texts, head),
        forms=english,
        elsewhere=across,
        called=action,
        verbs=verb_uses(head, verbs) or suffered.uses,  # "annuls" of "annulment": .event_object
        days=days,
    )


def main_event(
    articles: Sequence[Article], topics: Sequence[Topic], states: frozenset[str] = frozenset()
) -> str | None:
    """The packet's main event as one line, or None when the packet does not say enough.

    ``states`` are the names of countries and regions: where a city is covered as widely,
    it is the venue ("Dushanbe" rather than "Russia"). ``topics`` may already hold the event
    (:func:`with_main_event`): the name is the same.
    """
    found = towns_as_places(topics, len(articles), articles)
    found = tuple(by_its_names(t) if t.kind == "event" else t for t in found)
    event = _event(articles, places_not_people(found, articles), states)
    return event.name if event is not None else None


def with_main_event(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    states: frozenset[str] = frozenset(),
    languages: dict[str, str] | None = None,
) -> tuple[Topic, ...]:
    """:func:`with_main_event_dated`'s topics alone."""
    return with_main_event_dated(articles, topics, states, languages)[0]


def with_main_event_dated(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    states: frozenset[str] = frozenset(),
    languages: dict[str, str] | None = None,
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None = None,
) -> tuple[tuple[Topic, ...], str | None, tuple[dt.date, dt.date] | None]:
    """``topics`` with the main event first, as a topic of kind ``event``.

    The theme of the action word becomes the event (its mentions and its aliases in every
    language stay: "conclave", "Konklave", "конклав"; or the phrase it heads, "ransomware
    attack", else one it is part of, "water levels"); otherwise a new topic holds every
    use of the action word in the body text. ``topics`` come back unchanged without a main
    event, in a packet of fewer than :data:`MIN_ARTICLES` articles (two texts are no story
    to name), when an event topic already holds the action word ("Russia–Central Asia
    summit"), when no theme holds it and the name is built on a listed name ("Estlink 2
    cable": the name is the topic already), or when the body text never uses it.

    Also returns :func:`main_event`'s name for these articles and the first and last day it
    gives (:func:`.story_days.event_days`, None without days), worked out once here: at
    10,000 articles naming the event reads every lead and the timeline again (seconds).
    ``timeline``, if given, returns the timeline the event's days are read from
    (:func:`.story_days`), worked out elsewhere while the topics were (:mod:`.event_timeline`).
    """
    # Towns, names, titles, offices and bodies settled first (:mod:`.event_ready`).
    topics = ready_for_event(topics, articles)
    if len(articles) < MIN_ARTICLES:
        return tuple(topics), main_event(articles, topics, states), None
    event = _event(articles, topics, states, languages, timeline)
    if event is None:
        return tuple(topics), None, None
    if event.cause is not None:
        found = as_event(articles, topics, event.cause, event.name, event.head)
    else:
        found = with_event(articles, topics, event)
    # "volcano" of "volcanic eruption", written so in several languages: the event again.
    found = with_qualifiers_joined(found, articles, languages)  # :mod:`.event_qualifiers`
    taken = {t.id for t in found}
    earlier = earlier_events(articles, event.kind or event.head, taken, languages)
    return (*found, *earlier), event.name, event.days
