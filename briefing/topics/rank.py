"""Ranking: how much a topic matters in this briefing, and the final :class:`Topic` objects.

The score balances spread across sources with frequency: each outlet that mentions a topic
adds up to one, and repeats within it add logarithmically (an article whose outlet is unknown
is an outlet of its own). Counting outlets rather than articles keeps one outlet's three
reports on a side story from outweighing a subject that three outlets discuss. So a subject
one source covers in depth (New START, an arrest warrant) is not buried under names every outlet
mentions once, and a name every outlet lists in passing does not top the list: a mention that
is one item of a list of names, or a dateline, or a body someone speaks to ("told AFP",
:mod:`.addressed`), weighs a third. A name written in several languages adds for each
further one: outlets of one language share their sources, and a name the press of several
countries writes is no local detail.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from operator import itemgetter

from briefing.model import Article, Mention, Span, Topic, TopicKind
from briefing.topics.addressed import addressed
from briefing.topics.asides import clock_places, owner_in_name
from briefing.topics.body_places import naming_bodies
from briefing.topics.candidates import Occurrence
from briefing.topics.cited import cited_only
from briefing.topics.cut_names import cut_name, measured
from briefing.topics.described_names import NameIndex, describes_names
from briefing.topics.life_spans import past_figure
from briefing.topics.lone_words import lone_word
from briefing.topics.name_asides import qualifiers
from briefing.topics.name_tails import cut_tails
from briefing.topics.office_sees import office_sees, only_sees
from briefing.topics.own_credits import outlet_key, own_credits
from briefing.topics.page_labels import page_label
from briefing.topics.rank_cluster import Cluster, _dropped, name_of
from briefing.topics.residences import residence_only
from briefing.topics.scoring import KIND_WEIGHT, LANGUAGE_WEIGHT, SPREAD_KINDS, outlets_of, score
from briefing.topics.seats import in_passing, union_in_passing
from briefing.topics.single_use import SINGLE_USE_ARTICLES, single_use
from briefing.topics.slugs import unique_slugs
from briefing.topics.theme_details import fold_details
from briefing.topics.weak_mentions import (
    compared,
    exemplified,
    listed,
    one_passage,
    only_examples,
    own_wire,
    reached,
    within,
)
from briefing.topics.yardsticks import yardsticks

#: An occurrence's article, and where it is (article, paragraph, start, end), read in C.
_ARTICLE = itemgetter(0)
_PLACE = itemgetter(0, 1, 2, 3)

#: On equal scores: more mentions first, then actors before settings (a person or a body
#: named as often as a city is more likely what the story is about).
TIE_ORDER = ("person", "organisation", "event", "treaty", "theme", "place")


#: Kinds whose name may be the owner in a longer name ("St. Peter’s Square"); a place before
#: a possessive names its own body or official ("Russia's Investigative Committee").
OWNED_KINDS = frozenset(["person", "organisation"])
#: Kinds a name only ever written as the see of an office is dropped from (:mod:`.office_sees`).
SEE_KINDS = frozenset(["place", "organisation"])


def rank(
    articles: Sequence[Article],
    clusters: list[Cluster],
    paragraphs: dict[tuple[str, int], str],
    limit: int | None = None,
    offices: Sequence[Occurrence] = (),
    languages: Mapping[str, str] | None = None,
) -> tuple[Topic, ...]:
    """Score the clusters, sort them best first and make the best ``limit`` :class:`Topic` s.

    ``languages`` (article id → code) lets a name written in several languages score more
    (:func:`score`).

    Mentions are de-duplicated and put in article order, then position; ids are slugs of
    the names, unique in rank order (so the first ``limit`` ids do not depend on the rest).
    The clusters are consumed: each one's occurrences are released once its topic is made,
    or at once for clusters below the limit, which never become topics. A cluster's
    deferred name and aside (:class:`Cluster`) are asked only if it may be among them.
    """
    if any(c.aside is not None and c.kind != "theme" for c in clusters):
        # Every cluster but a theme makes others' mentions weak (a list of names): its
        # aside cannot wait.
        clusters = [c for c in clusters if c.kind == "theme" or not _dropped(c)]
    order = {a.id: n for n, a in enumerate(articles)}
    # Articles given in the order of their ids (as :func:`~.assemble.build` gives them): an
    # occurrence's own order, its article's id first, is then article order, then position,
    # and sorting the tuples themselves spares a key per occurrence (a million at 10,000
    # articles). De-duplicated first, no two left share article, paragraph, start and end.
    natural = all(a.id < b.id for a, b in itertools.pairwise(articles)) and (
        set(map(_ARTICLE, itertools.chain.from_iterable(c.occurrences for c in clusters)))
        <= order.keys()
    )
    for cluster in clusters:
        if len(cluster.occurrences) < 2:  # most clusters of a large briefing: nothing to sort
            cluster.occurrences = list(cluster.occurrences)  # a list of its own, as below
            continue
        # The last use of each place, where the first stood (a dict's ``zip`` keeps both).
        unique = dict(zip(map(_PLACE, cluster.occurrences), cluster.occurrences, strict=True))
        cluster.occurrences = (
            sorted(unique.values())
            if natural
            else sorted(
                unique.values(),
                key=lambda o: (order.get(o.article, 0), o.paragraph, o.start, o.end),
            )
        )
    # Each article's outlet as the reader read it, to know its own credit (:mod:`.own_credits`).
    outlets = {a.id: outlet_key(a.source) for a in articles if a.source}
    credited: dict[int, set[Occurrence]] = {}  # id of a cluster → its own credits removed
    for cluster in clusters:
        if cluster.kind == "organisation" and (own := own_wire(cluster.occurrences, paragraphs)):
            # A wire's own reports name it as their byline: no use of a topic (the others
            # that cite it remain, and may be one use only).
            cluster.occurrences = [o for o in cluster.occurrences if o.article not in own]
        if cluster.kind == "organisation" and (
            credits := own_credits(cluster.occurrences, paragraphs, outlets)
        ):
            # "(NORDCAST) The river …" in NORDCAST's own article: the house signing, no use.
            cluster.occurrences = [o for o in cluster.occurrences if o not in credits]
            credited[id(cluster)] = credits
    # "子公司Alameda Research": the second word alone is no name (:mod:`.name_tails`).
    cut_tails(clusters, SPREAD_KINDS, paragraphs)
    # Every body's uses, before the one-use names are dropped: "Geological Survey", written
    # once after "U.S.", still says that place opens a body's name (:mod:`.body_places`).
    bodies = [o for c in clusters if c.kind == "organisation" for o in c.occurrences]
    larger = len(articles) >= SINGLE_USE_ARTICLES
    newest = max((a.date.year for a in articles if a.date is not None), default=None)
    for cluster in clusters:
        if (
            (larger and single_use(cluster, paragraphs))
            # A medium only cited as a source, or a body one article only cites ("CNN
            # reported"): :mod:`.cited`.
            or (
                cluster.kind == "organisation"
                and cited_only(
                    cluster.occurrences, paragraphs, few=larger, credits=credited.get(id(cluster))
                )
            )
            or (larger and cluster.kind == "place" and one_passage(cluster.occurrences))
            # "(TICK.N), opens new tab": a web page's link label (:mod:`.page_labels`).
            or (larger and cluster.kind == "theme" and page_label(cluster.occurrences, paragraphs))
            or (
                larger
                and cluster.kind == "place"
                and in_passing(partial(name_of, cluster), cluster.occurrences, len(articles))
            )
            # "the poorest territory in the European Union": :mod:`.seats`
            or (
                larger
                and cluster.kind == "organisation"
                and union_in_passing(
                    partial(name_of, cluster),
                    cluster.occurrences,
                    len(articles),
                    paragraphs,
                    languages or {},
                )
            )
            # Only where someone lives, in few articles: :mod:`.residences`.
            or (
                larger
                and cluster.kind == "place"
                and residence_only(cluster.occurrences, paragraphs, len(articles))
            )
            or (
                cluster.kind in OWNED_KINDS
                and owner_in_name(cluster.occurrences, paragraphs, larger)
            )
            # "Karol II (1630–1685)": a figure of history (:mod:`.life_spans`)
            or (cluster.kind == "person" and past_figure(cluster.occurrences, paragraphs, newest))
            or (
                cluster.kind in SPREAD_KINDS
                and (
                    cut_name(cluster.occurrences, paragraphs)
                    # "XVII", "Боже": no name by itself (:mod:`.lone_words`)
                    or lone_word(o.surface for o in cluster.occurrences)
                    or measured(cluster.occurrences, paragraphs)
                    # "celebrities such as …": one example of many (:func:`only_examples`)
                    or (larger and only_examples(cluster.occurrences, paragraphs))
                )
            )
            # "the Archbishop of Canterbury" only: an office's see (:mod:`.office_sees`), a
            # one-word body too (a see the gazetteer does not list is typed a body).
            or (
                larger
                and cluster.kind in SEE_KINDS
                and only_sees(cluster.occurrences, paragraphs)
                and (cluster.kind == "place" or " " not in cluster.occurrences[0].surface)
            )
        ):
            cluster.occurrences = []  # no key topic; freed like those below the limit
    clusters = [c for c in clusters if c.occurrences]
    if larger:
        # A theme one article writes only beside a wider one joins it: "green mesh".
        themes = [c for c in clusters if c.kind == "theme"]
        fold_details(themes, paragraphs, order, lambda c: not _dropped(c))
        # "its crypto token, FTT": a listed name again, under its description.
        names = NameIndex(o for c in clusters if c.kind in SPREAD_KINDS for o in c.occurrences)
        for theme in themes:
            if describes_names(theme.occurrences, names, paragraphs):
                theme.occurrences = []
        clusters = [c for c in clusters if c.occurrences]
    weak = listed([o for c in clusters if c.kind != "theme" for o in c.occurrences], paragraphs)
    places = [o for c in clusters if c.kind == "place" for o in c.occurrences]
    elsewhere = compared(places, paragraphs) | clock_places(places, paragraphs)
    # "X and other cities": one of many; "felt as far as X": the edge of its reach.
    elsewhere |= exemplified(places, paragraphs) | reached(places, paragraphs)
    elsewhere |= yardsticks(places, paragraphs, languages or {})  # (:mod:`.yardsticks`)
    # The qualified name may be a body's or a place's ("Letur (Albacete)"), whatever kind
    # the town was given: the bracket says where it is, as an address does.
    located = {
        o.surface for c in clusters if c.kind in ("place", "organisation") for o in c.occurrences
    }
    people = {o.surface.split()[-1] for c in clusters if c.kind == "person" for o in c.occurrences}
    elsewhere |= qualifiers(places, paragraphs, located, people)
    weak |= within(places, offices) | naming_bodies(places, bodies, paragraphs) | elsewhere
    del bodies
    if elsewhere:  # only a comparison's field, an address's region: no setting
        for cluster in clusters:
            if cluster.kind == "place" and _elsewhere_but_once(cluster, elsewhere, larger):
                cluster.occurrences = []
        clusters = [c for c in clusters if c.occurrences]
    outlets = outlets_of(articles)

    # "told AFP", "envoyé à l'AFP": the channel of someone's words (:mod:`.addressed`); "the
    # Italian Prime Minister": a place as an office's see (:mod:`.office_sees`). Read only
    # for the clusters scored (a few thousand of 150,000 at 10,000 articles).
    def spoken_to(cluster: Cluster) -> set[Occurrence]:
        if cluster.kind == "place":
            return office_sees(cluster.occurrences, paragraphs)
        if cluster.kind != "organisation":
            return set()
        return addressed(cluster.occurrences, paragraphs)

    scores = _contenders(clusters, limit, weak, outlets, languages, spoken_to)
    for cluster in clusters:
        if id(cluster) not in scores:
            cluster.namer = cluster.aside = None  # never asked: free what they hold
    ranked = sorted(  # in the clusters' order on ties, as a sort of them all would be
        (c for c in clusters if id(c) in scores),
        key=lambda c: (
            -scores[id(c)],
            -len(c.occurrences),
            TIE_ORDER.index(c.kind) if c.kind in TIE_ORDER else len(TIE_ORDER),
            name_of(c).lower(),
        ),
    )
    if limit is not None:
        kept = {id(c) for c in ranked[:limit]}
        for cluster in clusters:
            if id(cluster) not in kept:
                cluster.occurrences = []
                cluster.namer = None
        ranked = ranked[:limit]
    ids = unique_slugs([(c.name, c.kind) for c in ranked])
    topics = []
    for slug, cluster in zip(ids, ranked, strict=True):
        occs = cluster.occurrences
        aliases = tuple(sorted({o.surface for o in occs}, key=lambda s: (s.lower(), s)))
        kind: TopicKind = cluster.kind  # type: ignore[assignment]
        topics.append(
            Topic(
                id=slug,
                name=cluster.name,
                kind=kind,
                aliases=aliases,
                mentions=tuple(
                    Mention(o.article, Span(o.paragraph, o.start, o.end), o.surface) for o in occs
                ),
                score=scores[id(cluster)],
            )
        )
        cluster.occurrences = []  # the mentions replace them; free as we go
    return tuple(topics)


def _elsewhere_but_once(cluster: Cluster, elsewhere: set[Occurrence], larger: bool) -> bool:
    """Every use of the place is an address's region, a comparison's field or yardstick, a
    time zone or one example of others ("St Petersburg and other cities") or the edge of the
    story's reach ("felt as far as Belgium");
    or, in a packet of :data:`SINGLE_USE_ARTICLES` or more, all but one: the one left is a
    single use, which :func:`single_use` drops when it is the only one ("Hong Kong (China)"
    three times and "China" once more is China named once). A country that is only an item
    of a list is not dropped here: the countries a summit gathered or the nationalities of the
    dead are items of a list too (measured, see benchmarks/realworld/HELD_OUT.md)."""
    rest = sum(o not in elsewhere for o in cluster.occurrences)
    return rest == 0 or (larger and rest == 1 and len(cluster.occurrences) > 1)


#: Added to a cluster's most possible score before comparing it, so that rounding a score to
#: four places never makes it beat its bound.
_SLACK = 0.001


def _contenders(
    clusters: list[Cluster],
    limit: int | None,
    weak: set[Occurrence],
    outlets: Mapping[str, str],
    languages: Mapping[str, str] | None = None,
    also_weak: Callable[[Cluster], set[Occurrence]] | None = None,
) -> dict[int, float]:
    """The score of every cluster that may be among the best ``limit`` (``id`` → score).

    ``also_weak`` gives a cluster's further weak mentions, asked only of the clusters scored
    (they only lower a score, so the bound below still holds).

    A cluster scores at most its number of mentions times its kind's weight (an outlet adds
    at most as much as it has mentions), plus :data:`LANGUAGE_WEIGHT` a mention for a name
    (a mention adds at most one language), so clusters are scored from the most mentions down
    until no cluster left can reach the ``limit``-th score: at 10,000 articles most of the
    150,000 clusters are never scored (a second). A cluster :func:`_dropped` is skipped as
    if it were not there, which is asked only when it would be scored.
    """
    if limit is None or limit >= len(clusters):
        return {
            id(c): score(c.kind, _scored(c), _weak(c, weak, also_weak), outlets, languages)
            for c in clusters
            if not _dropped(c)
        }
    if limit == 0:
        return {}
    spread = 1.0 + (LANGUAGE_WEIGHT if languages else 0.0)
    bounds = sorted(
        (
            (
                len(c.occurrences)
                * KIND_WEIGHT.get(c.kind, 1.0)
                * (spread if c.kind in SPREAD_KINDS else 1.0),
                c,
            )
            for c in clusters
        ),
        key=lambda pair: -pair[0],
    )
    scores: dict[int, float] = {}
    best: list[float] = []  # the ``limit`` highest scores so far, lowest first (a heap)
    for bound, cluster in bounds:
        if len(best) == limit and bound + _SLACK < best[0]:
            break  # neither this cluster nor any after it can reach the list
        if _dropped(cluster):
            continue
        found = scores[id(cluster)] = score(
            cluster.kind, _scored(cluster), _weak(cluster, weak, also_weak), outlets, languages
        )
        if len(best) < limit:
            heapq.heappush(best, found)
        elif found > best[0]:
            heapq.heapreplace(best, found)
    return scores


def _scored(cluster: Cluster) -> list[Occurrence]:
    """The uses a cluster's score counts: all but a theme's copied twins
    (:mod:`.copied_passages`), which only repeat another article's sentence."""
    if not cluster.twins:
        return cluster.occurrences
    return [o for o in cluster.occurrences if o not in cluster.twins]


def _weak(
    cluster: Cluster,
    weak: set[Occurrence],
    also_weak: Callable[[Cluster], set[Occurrence]] | None,
) -> Container[Occurrence]:
    """``weak``, with the cluster's own further weak mentions when ``also_weak`` gives any
    (asked of both, not copied: ``weak`` holds every listed mention of the briefing)."""
    more = also_weak(cluster) if also_weak is not None else None
    return _Both(weak, more) if more else weak


@dataclass(slots=True, frozen=True)
class _Both:
    """Membership in either of two sets."""

    first: Container[Occurrence]
    second: Container[Occurrence]

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second
