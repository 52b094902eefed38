"""The whole of topic extraction: read, merge, find every mention, name, rank.

Split from :mod:`briefing.topics.cluster`, which merges the first pass's aliases into groups
of keys; this module runs the passes in order and turns each group into a topic. A group's
kind is voted by its sightings (a place or an event key decides); every known alias is then
searched for in every body paragraph (headings included), because the first pass saw only the
contexts that introduce a name (the merges that need every name at once are in
:mod:`briefing.topics.late_merges`); each topic is named, themes and (in a packet of several
languages) key words are added, and :mod:`briefing.topics.rank` scores them.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from briefing.given_name_table import given_name
from briefing.model import Article, Topic
from briefing.topics.acronym_kinds import expanded_thing
from briefing.topics.apposed_nouns import fold_apposed
from briefing.topics.arabic_names import ARABIC_LETTER, arabic_uses
from briefing.topics.asides import (
    heads_of_names,
)
from briefing.topics.body_themes import body_description
from briefing.topics.candidates import Occurrence
from briefing.topics.class_nouns import class_heads, of_heads
from briefing.topics.cluster import _Builder
from briefing.topics.cluster_asides import aside, aside_theme
from briefing.topics.cognate_joins import (
    defined_acronym,
    join_cognate_themes,
    owned_phrase,
    phrase_name,
)
from briefing.topics.cognate_themes import cognate_themes
from briefing.topics.copied_passages import copied_twins
from briefing.topics.demonym_words import demonym_place
from briefing.topics.generic_affixes import fold_generic_affixes
from briefing.topics.hangul_suffixed import add_suffixed_names
from briefing.topics.hangul_titled import add_hangul_people
from briefing.topics.institutions import add_institutions
from briefing.topics.japanese_titled import add_japanese_names
from briefing.topics.keycounts import known_name
from briefing.topics.keywords import add_key_word, key_words
from briefing.topics.korean_names import join_korean_names
from briefing.topics.korean_places import join_korean_places
from briefing.topics.landmark_scripts import add_landmark_uses
from briefing.topics.language_names import language_kind
from briefing.topics.languages import briefing_languages, function_words_of
from briefing.topics.late_merges import merge_department_tails, merge_landmarks, more_merges
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.ministries import add_ministries
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.named_later import name_later
from briefing.topics.named_words import named_words
from briefing.topics.naming import (
    surname_aliases,
)
from briefing.topics.person_evidence import person_or_thing
from briefing.topics.place_compounds import complete
from briefing.topics.place_kinds import word_not_province
from briefing.topics.place_words import kind_of_place
from briefing.topics.rank import Cluster, name_of, rank
from briefing.topics.shared_surnames import shared_surname_uses, with_shared_surnames
from briefing.topics.shares import Cores, read_on_cores, scan_on_cores
from briefing.topics.slip_spellings import lower_case_names
from briefing.topics.themes_borrowed import borrowed_uses
from briefing.topics.themes_cut import forms_by_article
from briefing.topics.themes_overlap import fragments
from briefing.topics.themes_ties import tied_halves
from briefing.topics.uncased_places import uncased_places
from briefing.topics.uncased_uses import add_uncased_uses

#: A theme must be used this often, or by this many sources, to be a topic.
THEME_MIN_MENTIONS = 2
_KIND_ORDER = ("event", "treaty", "place", "person", "organisation")


def build(
    articles: Sequence[Article],
    limit: int | None = None,
    languages: dict[str, str] | None = None,
    jobs: int | Cores = 1,
) -> tuple[Topic, ...]:
    """Extract, merge, find mentions and rank: the whole of :func:`extract_topics`.

    ``languages`` maps article ids to languages (:func:`briefing_languages` when not given);
    the first pass and the search for every alias run on up to ``jobs`` processes
    (:mod:`briefing.topics.shares`; a :class:`~.shares.Cores` keeps its workers between them).
    """
    if languages is None:
        languages = briefing_languages(articles)
    cands, counts = read_on_cores(articles, languages, jobs)
    b = _Builder(cands, gazetteer_for(frozenset(languages.values())), languages)
    b.entities()
    fold_apposed(b)  # "Großbank UBS" is UBS: :mod:`.apposed_nouns`
    fold_generic_affixes(b)  # "MV Wakashio", "Mitsui OSK Lines": :mod:`.generic_affixes`
    merge_department_tails(b)
    b.across_scripts()
    more_merges(b, cands, languages)
    merge_landmarks(b, cands, languages)  # "Tour Eiffel", "Eiffel Tower": :mod:`.landmarks`
    participants = b.events()

    members: dict[str, list[str]] = defaultdict(list)
    for key in b.uf.parent:
        members[b.uf.find(key)].append(key)

    clusters: dict[str, Cluster] = {}
    surface_votes: dict[str, Counter[str]] = defaultdict(Counter)
    phrasal: set[str] = set()
    things: set[str] = set()  # acronyms of things, typed themes (:mod:`.acronym_kinds`)
    texts = b._texts if b._texts is not None else {(a, i): t for a, i, t in cands.paragraphs}
    function = function_words_of(languages.values()) | STOPWORDS
    titled = {o for _k, o, att in cands.names if att} | {o for o, att in cands.surnames if att}
    qualifiers = {q.casefold() for q in getattr(b.gaz, "qualifiers", ())}
    for root, keys in members.items():
        if qualifiers and _qualifier_alone(keys, qualifiers):
            continue  # "North" alone: a point of the compass, no place
        votes: Counter[str] = Counter()
        for k in keys:
            votes.update(b.kinds[k])
        if not votes:
            continue
        votes = +votes
        votes_acronym = votes.pop("acronym", 0) > 0
        kind = max(_KIND_ORDER, key=lambda k: (votes[k], -_KIND_ORDER.index(k)))
        if not votes:
            kind = "organisation"  # an acronym nobody explains: BRICS
        if any(k.startswith("g:") or k in b.landmarks for k in keys):
            kind = "place"
        elif any(k.startswith("e:") for k in keys):
            kind = "event"
        occurrences = [o for k in keys for o in b.occ[k]]
        acronym_body = kind == "organisation" and votes_acronym and _theme_sized(occurrences)
        if acronym_body and expanded_thing(occurrences, texts):
            kind = "theme"  # "yield curve control (YCC)": :mod:`.acronym_kinds`
            things.add(root)
        if kind == "person":  # a person needs evidence (:mod:`.person_evidence`)
            kind = person_or_thing(b.gaz, occurrences, texts, languages, titled, function)
        named_as = language_kind(kind, occurrences, languages)  # "Arabic": :mod:`.language_names`
        if named_as is None:
            continue
        kind = named_as
        clusters[root] = Cluster(kind, "", occurrences)
        if any(k.startswith("e:") for k in keys):
            phrasal.add(root)  # named by its participants; its phrases are not aliases
            continue
        for o in occurrences:
            if o not in b.contextual:
                surface_votes[o.surface][root] += 1
        if root.startswith("g:"):
            surface_votes[root[2:]][root] += 1

    surname_aliases(b.gaz, clusters, surface_votes)
    surface_to_root = {s: v.most_common(1)[0][0] for s, v in surface_votes.items()}
    if b.multilingual:  # "gli exit poll": an English theme other languages write as it is
        for key, occs in borrowed_uses(cands.themes, cands.paragraphs, languages).items():
            cands.themes[key] = cands.themes[key] + occs
    themes = {
        key: occs
        for key, occs in cands.themes.items()
        if len(occs) >= THEME_MIN_MENTIONS or len({o.article for o in occs}) >= 2
    }
    named = named_words(surface_votes, clusters, languages)  # :mod:`.named_words`
    # Only a packet in several languages needs them: there the two-word themes (English word
    # order) miss what the other languages say, and one-word subjects are all that aligns.
    adjectives: set[str] = set()
    early: dict[str, Any] = {"found": [], "cognate": set(), "joined": set()}
    read, multilingual, is_name = cands.paragraphs, b.multilingual, known_name(b.gaz)
    candidate_themes = cands.themes

    def meanwhile() -> None:  # needs no mention: done while the workers scan
        if multilingual:  # "negative interest rates", "taux d'intérêt négatifs"
            joined = cognate_themes(read, languages, frozenset(candidate_themes))
            early["cognate"] = join_cognate_themes(candidate_themes, joined)
            early["joined"] = {k for k in joined if k in candidate_themes}
            for key in early["joined"]:
                occs = candidate_themes[key]
                if len(occs) >= THEME_MIN_MENTIONS or len({o.article for o in occs}) >= 2:
                    themes[key] = occs
        early["halves"] = fragments(themes)  # "outage hit" of "power outage hit"
        early["halves"] |= tied_halves(themes, languages)  # "foreign military" + intervention
        if multilingual:
            early["found"] = key_words(read, languages, named, is_name, counts, adjectives)

    scanned = scan_on_cores(cands.paragraphs, surface_to_root, jobs, meanwhile)
    # "David and Victoria Beckham": David's use too (:mod:`.shared_surnames`)
    shared = shared_surname_uses(cands)
    with_shared_surnames(scanned, shared, surface_to_root, cands.paragraphs)
    if isinstance(jobs, Cores):
        jobs.rounds_over()  # the workers would idle from here on: lend them what waits
    contextual = b.contextual
    # "город Алжир": a country's name the text gives its capital (:mod:`.capital_names`)
    capital_spans = {(o.article, o.paragraph, o.start) for o in b.capital_uses}
    spoken: frozenset[str] = getattr(b.gaz, "languages", frozenset())

    def foreign_word(o: Occurrence) -> bool:
        language = languages.get(o.article, "en")
        return word_not_province(o.surface, o.surface, language, spoken)

    for root, cluster in clusters.items():
        if root in phrasal:
            continue
        found = scanned.get(root, [])
        if cluster.kind == "place" and found:  # "des Landes" is no "Landes" the search finds
            found = [o for o in found if not foreign_word(o)]
        if capital_spans and found:
            found = [o for o in found if (o.article, o.paragraph, o.start) not in capital_spans]
        # The first pass's contextual uses the search did not find again (most clusters have
        # none: the set of what was found is made only for those that do).
        extra = [o for o in cluster.occurrences if o in contextual]
        if extra:
            seen = {(o.article, o.paragraph, o.start, o.end) for o in found}
            extra = [o for o in extra if (o.article, o.paragraph, o.start, o.end) not in seen]
        cluster.occurrences = found + extra
    join_korean_names(clusters, cands.paragraphs)  # "Kim Jong-un", "金正恩", "Ким Чен Ын"
    uncased_names = functools.partial(uncased_places, b.gaz, frozenset(languages.values()))
    join_korean_places(clusters, cands.paragraphs, uncased_names)  # "Itaewon", "이태원", "梨泰院"
    _arabic_uses(clusters, cands.paragraphs)  # "كير ستارمر": a Latin name in Arabic script
    add_uncased_uses(clusters, cands.paragraphs, b.gaz, languages)  # "印度", "인도는": India
    add_landmark_uses(clusters, b.landmark_readings, b.uf.find, cands.paragraphs)  # "塞納河"
    add_hangul_people(clusters, cands.paragraphs, b.gaz, languages)  # "X Y 장관": Korean alone
    add_suffixed_names(clusters, cands.paragraphs)  # "X고등학교", "X高中": Hangul and Han alone
    for root, cluster in clusters.items():
        if cluster.occurrences and root not in phrasal:
            # Named only if rank scores it (:func:`_namer`): most clusters never are.
            named_as = "organisation" if root in things else ""
            name_later(cluster, root, texts, function, named_as)
    # "X教授", "X天文台": Japanese alone, named as written (its kana reading left out)
    add_japanese_names(clusters, cands.paragraphs, uncased_names)
    for key, roots in participants.items():
        root = b.uf.find(key)
        names = [name_of(clusters[r]) if r in clusters else "" for r in roots]
        if root in clusters and all(names):
            clusters[root].name = "–".join(names) + " summit"

    halves = early["halves"]  # "outage hit" of "power outage hit": :mod:`.themes_overlap`
    bodies = {s: r for s, r in surface_to_root.items() if r in clusters}
    bodies = {s: r for s, r in bodies.items() if clusters[r].kind == "organisation"}
    lowered = lower_case_names(themes, bodies)  # "presidential guard": :mod:`.slip_spellings`
    demonyms, place_of = b.gaz.demonyms, b.gaz.place
    owns = lambda w: w in demonyms or place_of(w) is not None  # noqa: E731
    # A passage a later article copies word for word is one writer's (:mod:`.copied_passages`);
    # only a theme two articles write can have a copy's twin.
    copyable = [
        occs
        for key, occs in themes.items()
        if key not in lowered and key not in halves and len({o.article for o in occs}) >= 2
    ]
    twins = copied_twins(texts, (o for occs in copyable for o in occs), [a.id for a in articles])
    for key, occs in themes.items():
        if key in lowered:
            clusters[lowered[key]].occurrences.extend(occs)
        elif key not in halves:
            copied = twins.intersection(occs) if twins else frozenset()
            if copied and not _theme_sized([o for o in occs if o not in copied]):
                continue  # "turquoise waters" of one caption two pages print
            # "weather agency": a body described by its noun (:mod:`.body_themes`)
            kind = "organisation" if body_description(occs, texts, owns) else "theme"
            clusters["t:" + key] = theme = Cluster(kind, "", occs, twins=copied)
            name_later(theme, key, texts, function)
    # "Energy Minister", "Energieminister", "وزير الطاقة": the office, :mod:`.ministries`
    add_ministries(clusters, cands.paragraphs, languages)
    # "Algerian army", "armée algérienne", "阿尔及利亚军方": the body, :mod:`.institutions`
    add_institutions(clusters, cands.paragraphs, languages, b.gaz)

    found = early["found"]
    for key in [k for k in clusters if k.startswith("t:") and k.rsplit(" ", 1)[-1] in adjectives]:
        del clusters[key]  # "barbaric terrorist" of "barbaric terrorist attack": no noun
    places = {
        root: {root[2:], *(o.surface for o in c.occurrences)}
        for root, c in clusters.items()
        if root.startswith("g:") and c.kind == "place"
    }
    cognate, cognate_named = early["cognate"], early["joined"]
    for key in cognate:  # "arcipelago francese": a place described by its owner's adjective
        made = clusters.get("t:" + key)
        if made is None:
            continue
        if owned_phrase(made.occurrences, places):
            del clusters["t:" + key]
            continue
        # "misiles balísticos intercontinentales (ICBM)": the listed acronym's long form
        short = defined_acronym(made.occurrences, texts)
        short_root = surface_to_root.get(short) if short else None
        if short_root is not None and short_root in clusters:
            clusters[short_root].occurrences.extend(made.occurrences)
            del clusters["t:" + key]
    for key in cognate_named:  # named in its key's language (:func:`.phrase_name`)
        phrase = clusters.get("t:" + key)
        if phrase is not None and phrase.namer is not None:
            phrase.namer = functools.partial(phrase_name, key, phrase.occurrences, languages)
    for name, occs in found:
        owner = demonym_place(occs, places) if places else None
        if owner is not None:  # "rumanos", "roumaine": Romania, as "Romanian" is
            clusters[owner].occurrences.extend(occs)
            continue
        if kind_of_place(o.surface for o in occs):
            continue  # "archipel": the listed place again (:mod:`.place_words`)
        add_key_word(clusters, name, occs, languages)

    written = {s for s, r in surface_to_root.items() if r in clusters}  # every listed name
    gaz = b.gaz
    surfaces = _written(clusters.values())
    heads = heads_of_names(surfaces)
    is_place = lambda w: gaz.place(w) is not None  # noqa: E731
    for noun, owners in class_heads(surfaces, is_place).items():
        heads.setdefault(noun, set()).update(owners)  # "Cyclone Chido": :mod:`.class_nouns`
    for noun, owners in of_heads(surfaces).items():
        heads.setdefault(noun, set()).update(owners)  # "Bank of Japan": :mod:`.class_nouns`
    place_forms = forms_by_article(c for c in clusters.values() if c.kind == "place")
    kept = []
    for c in clusters.values():
        if not (c.occurrences and (c.namer is not None or c.name)):
            continue  # a name left to later is never empty (:func:`~.named_later.name_later`)
        if complete(c.kind, c.occurrences, texts, is_place):
            c.name = "" if c.namer is not None else c.occurrences[0].surface  # "Météo-France"
        if c.kind == "theme":  # asked only if rank may keep it: most themes never are
            c.aside = functools.partial(
                aside_theme, c.occurrences, texts, written, heads, languages, place_forms
            )
        elif aside(c, texts, function):
            continue
        kept.append(c)
    paragraphs = texts
    # From here on only the kept clusters' occurrences matter: dropping the first pass's
    # lists lets rank free each cluster's occurrences as it turns them into mentions, so the
    # two never coexist for a whole large briefing.
    offices = b.offices
    del cands, b, scanned, clusters, surface_votes
    return rank(articles, kept, paragraphs, limit, offices, languages)


def _arabic_uses(
    clusters: dict[str, Cluster],
    paragraphs: list[tuple[str, int, str]],
) -> None:
    """A person's uses in Arabic-script paragraphs, where no capital shows a name
    (:mod:`.arabic_names`); a body whose every written name is a given name and one more
    word ("Keir Starmer", typed a body when no title showed a person) and which Arabic writes
    as a name too is a person."""
    arabic = [p for p in paragraphs if not p[2].isascii() and ARABIC_LETTER.search(p[2])]
    if not arabic:
        return
    names = {}
    for root, c in clusters.items():
        written = {o.surface for o in c.occurrences}
        if c.kind == "person" or (
            c.kind == "organisation"
            and written
            and all(len(w.split()) == 2 and given_name(w.split()[0]) for w in written)
        ):
            names[root] = written
    persons = {root for root in names if clusters[root].kind == "person"}
    for root, occs in arabic_uses(names, arabic, persons).items():
        clusters[root].occurrences.extend(occs)
        clusters[root].kind = "person"


def _theme_sized(occurrences: list[Occurrence]) -> bool:
    """Used as often as a theme must be (:data:`THEME_MIN_MENTIONS`) or by two articles."""
    return len(occurrences) >= THEME_MIN_MENTIONS or len({o.article for o in occurrences}) >= 2


def _written(clusters: Iterable[Cluster]) -> dict[str, set[str]]:
    """Each written name of a body or place → the articles that write it."""
    found: dict[str, set[str]] = defaultdict(set)
    for cluster in clusters:
        if cluster.kind in ("organisation", "place"):
            for o in cluster.occurrences:
                found[o.surface].add(o.article)
    return found


def _qualifier_alone(keys: list[str], qualifiers: set[str]) -> bool:
    """A place topic whose every key is a word that qualifies places' names ("g:North",
    "n:north": :attr:`~.multilingual_gazetteer.MultilingualGazetteer.qualifiers`)."""
    return any(k.startswith("g:") for k in keys) and all(
        k[2:].casefold() in qualifiers for k in keys
    )
