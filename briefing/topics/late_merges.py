"""Merges read from data and from the whole packet, after the builder's own pass.

Split from :mod:`briefing.topics.assemble`, which runs the passes in order: these are the
unions of keys that need every first-pass name at once (unions of countries, names with the
place they are in, a broadcaster's channels, names turned round, glossed or written with one
capital), each rule in its own module; this module only feeds them the builder's keys and
applies what they pair, so the order of the passes stays readable in one place.
"""

from __future__ import annotations

from collections import Counter

from briefing.topics.acronym_translations import acronym_translations
from briefing.topics.bracket_acronyms import bracket_pairs
from briefing.topics.candidates import Candidates
from briefing.topics.capital_adjectives import inflected_pairs
from briefing.topics.channel_names import channel_pairs
from briefing.topics.city_alternates import city_alternate_uses, not_spaced
from briefing.topics.city_scripts import city_alias_pairs, city_script_pairs
from briefing.topics.cluster import _Builder
from briefing.topics.department_names import department_tails, qualified_heads
from briefing.topics.expansions import translated_expansions
from briefing.topics.glosses import gloss_pairs
from briefing.topics.initials_merge import merge_country_initials
from briefing.topics.landmarks import landmark_pairs, qualified_pairs, readings, river_keys
from briefing.topics.languages import function_words_of, latin
from briefing.topics.leading_names import leading_pairs
from briefing.topics.led_bodies import led_pairs
from briefing.topics.lexicon import SERVICE_HEADS, STOPWORDS
from briefing.topics.lowercase_names import (
    headed_pairs,
    lowercase_names,
    lowercase_services,
)
from briefing.topics.lowercase_parties import lowercase_parties, party_name
from briefing.topics.name_orders import given_name_key, glued_pairs, swapped_pairs
from briefing.topics.named_glosses import gloss_name_pairs
from briefing.topics.namesake_regions import namesake_pairs
from briefing.topics.naming import name_key, person_key
from briefing.topics.paired_acronyms import acronym_pairs
from briefing.topics.person_initials import initial_pairs
from briefing.topics.place_forms import place_form_pairs
from briefing.topics.place_spellings import spelling_pairs
from briefing.topics.qualified_names import place_qualified_pairs
from briefing.topics.quoted_names import quoted_short_pairs
from briefing.topics.spelling import fold
from briefing.topics.supranational import union_groups
from briefing.topics.translated_names import name_words, translated_pairs, translated_uses
from briefing.topics.uncased_bodies import uncased_pairs


def more_merges(b: _Builder, cands: Candidates, languages: dict[str, str]) -> None:
    """Merges read from data and from the whole packet, after the builder's own: unions of
    countries (:mod:`.supranational`), a name with the place it is in (:mod:`.qualified_names`),
    a name with the longer one it begins (:mod:`.leading_names`), a broadcaster's channels
    (:mod:`.channel_names`),
    a person's name run together or turned round (:mod:`.name_orders`), a place's name in
    another language or case (:mod:`.place_forms`), a city's in another script
    (:mod:`.city_scripts`), a name glossed in another script
    (:mod:`.glosses`), a person's initials given beside the name (:mod:`.person_initials`),
    a name in Han, kana or Hangul before its acronym (:mod:`.uncased_bodies`),
    one body's acronyms in two languages paired in a bracket (:mod:`.paired_acronyms`) or
    by the head each language names after it (:mod:`.led_bodies`),
    a defined long name and its translation (:mod:`.expansions`), names written with one
    capital (:mod:`.lowercase_names`), a German name in two cases of its adjective
    (:mod:`.capital_adjectives`), a name glossed by another in brackets
    (:mod:`.named_glosses`) and a quoted word said for the longer name it opens
    (:mod:`.quoted_names`)."""
    for group in union_groups(b.uf.parent, set(languages.values()), name_key, cands.definitions):
        for key in group[1:]:  # "European Union", "UE", "Union européenne": one union
            b.uf.union(group[0], key)

    def place(text: str) -> bool:  # one the gazetteer knows, or one the packet lists
        return b.gaz.place(text) is not None or b.kinds.get(name_key(text), Counter())["place"] > 0

    for long, short in place_qualified_pairs(b.uf.parent, b.occ, place, name_key):
        b.uf.union(long, short)  # "Parque Cismigiu de Bucarest" is "Parque Cismigiu"
    for short, long in leading_pairs(list(b.uf.parent), b.occ, place):
        b.uf.union(short, long)  # "Wang Fuk" (its "Court" translated) is "Wang Fuk Court"
    merge_country_initials(b, languages)
    for a, c in inflected_pairs(list(b.uf.parent), b.occ, languages):
        b.uf.union(a, c)  # "der Deutschen Bahn", "die Deutsche Bahn": :mod:`.capital_adjectives`
    for letters, channel in channel_pairs(list(b.uf.parent), b.occ, name_key):
        b.uf.union(letters, channel)  # "ERT1", "ERT NEWS": ERT's channels (:mod:`.channel_names`)
    people = [k for k in b.uf.parent if k.startswith("p:")]
    for a, c in glued_pairs(people) + swapped_pairs(people, given_name_key):
        b.uf.union(a, c)  # "Vishwash Kumar Ramesh" = "Ramesh Vishwaskumar": :mod:`.name_orders`
    for known, other in place_form_pairs(list(b.uf.parent), b.occ):
        b.uf.union(known, other)  # "Kastylii-La Mancha", "Castela La Mancha": :mod:`.place_forms`
    for city, name in city_script_pairs(list(b.uf.parent), b.kinds, b.occ, name_key):
        b.uf.union(city, name)  # "Анкоридже" is Anchorage: :mod:`.city_scripts`
    for city, name in city_alias_pairs(list(b.uf.parent), b.occ, languages):
        b.uf.union(city, name)  # "Genève" (fr) is Geneva (en): :mod:`.city_scripts`
    if b.multilingual:  # "Genf", "Ginebra", "جنيف": "Geneva" (:mod:`.city_alternates`)
        merge_city_alternates(b, cands)
    places = [k[2:] for k in b.uf.parent if k.startswith("g:")]
    for province, region in namesake_pairs(places):
        b.uf.union("g:" + province, "g:" + region)  # "Comunidad Valenciana" is "Valencia"
    person = lambda key: b.kinds[key]["person"] > 0  # noqa: E731
    for known, other in spelling_pairs(list(b.uf.parent), b.occ, person, languages):
        b.uf.union(known, other)  # "Poio" (ca) is "Poyo" (es): :mod:`.place_spellings`
    if b._texts is None:
        b._texts = {(a, i): t for a, i, t in cands.paragraphs}
    for glossed, gloss in gloss_pairs({k: b.occ[k] for k in people}, b._texts, person_key):
        b.uf.union(glossed, gloss)  # "Джона Лі (John Lee)": :mod:`.glosses`
    for glossed, gloss in gloss_name_pairs(b.occ, b.kinds, b._texts, b.uf.find):
        b.uf.union(glossed, gloss)  # "Zorblax (Zorb Locker)": :mod:`.named_glosses`
    for short, long in quoted_short_pairs(b.occ, b._texts, name_key, b.uf.find):
        b.uf.union(short, long)  # «Кварце» of "Кварц Арена": :mod:`.quoted_names`

    def lettered(key: str) -> bool:  # letters that are a topic, no place and no person
        return key in b.uf.parent and not (b.kinds[key]["place"] or b.kinds[key]["person"])

    people_uses = {k: b.occ[k] for k in people}
    for bearer, letters in initial_pairs(people_uses, b._texts, person_key, name_key, lettered):
        b.uf.union(bearer, letters)  # "Sam Bankman-Fried, SBF": :mod:`.person_initials`
    function = function_words_of(languages.values()) | STOPWORDS
    brackets = bracket_pairs(cands.names, b._texts, b.occ, b.kinds, b.uf.find, name_key, function)
    for long, short in brackets:
        b.uf.union(long, short)  # "Organização Indiana de … (ISRO)": :mod:`.bracket_acronyms`
    named = [(o, False) for kind, o, _ in cands.names if kind == "organisation"]
    named += [(o, True) for o in cands.acronyms]
    for a, c in acronym_pairs(
        named, b._texts, b.occ, b.kinds, b.uf.root, name_key, set(languages.values())
    ):
        b.uf.union(a, c)  # "OMS (WHO en anglais)": :mod:`.paired_acronyms`
    for occ, short in uncased_pairs(cands.paragraphs, b.occ, b.kinds, b.uf.find, name_key, place):
        b.uf.union(short, b.node(name_key(occ.surface), "organisation", occ))  # "世界衛生組織(WHO)"
        if b._texts[occ.article, occ.paragraph][occ.end : occ.end + 1] not in "(（ ":
            b.contextual.add(occ)  # "세계보건기구가(WHO)": its particle cut, found by no search
    if not b.multilingual:
        return
    body = lambda key: not (b.kinds[key]["person"] or b.kinds[key]["place"])  # noqa: E731
    for a, c in led_pairs(b.occ, b._texts, body, b.uf.root, languages, function):
        b.uf.union(c, a)  # "WHO Director-General Tedros", "директор ВОЗ Тедрос": :mod:`.led_bodies`
    merge_translated_names(b, cands, languages, function)
    # A long name whose initials spell an acronym of the briefing is as good a witness as a
    # defined one ("Organización del Tratado del Atlántico Norte", OTAN: :mod:`.expansions`).
    spelled = [(b.occ[long][0].surface, short[2:]) for short, long in b.spelled if b.occ[long]]
    definitions = [*cands.definitions, *spelled]
    if definitions:
        bodies = [k for k in b.uf.parent if k.startswith("n:") and not b.kinds[k]["person"]]
        seen_in = {k: {languages.get(o.article, "") for o in b.occ.get(k, ())} for k in bodies}
        for translated, defined in translated_expansions(bodies, seen_in, definitions, name_key):
            b.uf.union(translated, defined)  # "Permanent Election Authority" = "... (AEP)"
        merge_acronym_translations(b, cands.definitions, seen_in, function)
    merge_lowercase_names(b, cands.paragraphs, languages)


def merge_acronym_translations(
    b: _Builder,
    definitions: list[tuple[str, str]],
    seen_in: dict[str, set[str]],
    function: frozenset[str],
) -> None:
    """ "Court of Arbitration for Sport (CAS)" is "Tribunal arbitral du sport (TAS)": one body
    under two acronyms, its long names translations (:mod:`.acronym_translations`)."""
    places = {
        fold(latin(o.surface.split()[0]))[:3]
        for k in b.uf.parent
        if b.kinds[k]["place"]
        for o in b.occ.get(k, ())[:1]
    }

    def place(word: str) -> bool:  # a place or a people, the gazetteer's or the packet's
        if b.gaz.place(word) or word.capitalize() in b.gaz.demonyms:
            return True
        return len(word) >= 3 and fold(latin(word))[:3] in places

    root = b.uf.find
    for a, c in acronym_translations(definitions, seen_in, name_key, root, place, function):
        b.uf.union(a, c)


def merge_translated_names(
    b: _Builder, cands: Candidates, languages: dict[str, str], function: frozenset[str]
) -> None:
    """A body's name and its word-by-word translation ("Internationalen Komitee vom Roten
    Kreuz", "International Committee of the Red Cross"; "accords d'Abraham", "Abraham
    Accords"), when a bilingual dictionary is installed (:mod:`.translated_names`; nothing
    without one)."""
    bodies = [k for k in b.uf.parent if k.startswith("n:") and body_key(b, k)]
    surfaces = {
        k: [(o.surface, languages.get(o.article, "")) for o in b.occ.get(k, ())] for k in bodies
    }
    names = frozenset(  # a person or a place named by one word ("Abraham", "Paris")
        words[0]
        for k in b.uf.parent
        if not body_key(b, k)
        for o in b.occ.get(k, ())
        if len(words := name_words(o.surface)) == 1
    )
    for a, c in translated_pairs(bodies, surfaces, names, function, b.uf.root):
        b.uf.union(a, c)
    # A treaty's name is looked for word by word in the other languages' text; not a body's
    # or an event's ("ciclón tropical Chido", "vuelo 171 de Air India": the first pass named
    # them already, and a second name beside it splits the topic and renames the event).
    english = {}
    for key in bodies:
        written = Counter(s for s, language in surfaces[key] if language == "en")
        if written and b.kinds[key]["treaty"] * 2 > sum(b.kinds[key].values()):
            english[key] = written.most_common(1)[0][0]  # "Abraham Accords", quoted elsewhere
    for key, occ in translated_uses(english, cands.paragraphs, languages, function):
        b.uf.union(key, b.node(name_key(occ.surface), "treaty", occ))


def body_key(b: _Builder, key: str) -> bool:
    """A key read as no person and no place."""
    return not (b.kinds[key]["person"] or b.kinds[key]["place"])


def merge_department_tails(b: _Builder) -> None:
    """ "Dipartimento della Protezione Civile" is also "Protezione Civile", and "Proteção
    Civil de Portugal" is "Proteção Civil" (:mod:`.department_names`), before the names are
    compared across languages."""
    bodies = [k for k in b.uf.parent if k.startswith("n:") and not b.kinds[k]["person"]]
    place = lambda text: b.gaz.place(text) is not None  # noqa: E731
    for long, occ in department_tails(bodies, b.occ, place):
        b.uf.union(long, b.node(name_key(occ.surface), "organisation", occ))
    if b.multilingual:  # the head is kept only for what other languages call it
        for long, occ in qualified_heads(bodies, b.occ, place, name_key):
            b.uf.union(long, b.node(name_key(occ.surface), "organisation", occ))


def merge_lowercase_names(
    b: _Builder, paragraphs: list[tuple[str, int, str]], languages: dict[str, str]
) -> None:
    """Bodies written with one capital ("Cour constitutionnelle") join the name listed
    capitalised or in another language, and are names when two articles write them with a
    body's noun ("Commission européenne"): :mod:`.lowercase_names`."""
    function = function_words_of(languages.values())
    for key, occs in headed_pairs(paragraphs, languages, function).items():
        if key not in b.uf.parent:
            b.node(key, "organisation", occs[0])  # its other uses are found below
    targets: dict[str, set[str]] = {}
    for key in b.uf.parent:
        if key.startswith("n:") and key.count(" ") == 1 and not b.kinds[key]["person"]:
            seen = {languages.get(o.article, "") for o in b.occ.get(key, ())}
            if seen:
                targets[key] = seen
    for key, occ in lowercase_names(paragraphs, languages, targets):
        kind = max(("organisation", "place"), key=lambda k: b.kinds[key][k])
        b.uf.union(key, b.node(name_key(occ.surface), kind, occ))
    # "parti conservateur" of "Conservative Party": :mod:`.lowercase_parties`
    parties = {k: seen for k, seen in targets.items() if party_name(b.occ[k][0].surface)}
    for key, occ in lowercase_parties(paragraphs, languages, parties):
        b.uf.union(key, b.node(name_key(occ.surface), "organisation", occ))
    services: dict[str, tuple[str, set[str], set[str]]] = {}
    for key in b.uf.parent:
        uses = b.occ.get(key, []) if key.startswith("n:") else []
        head = uses[0].surface.split()[0].casefold() if uses else ""
        if head in SERVICE_HEADS and b.kinds[key]["organisation"]:  # "i vigili del fuoco"
            seen = {languages.get(o.article, "") for o in uses}
            services[key] = (uses[0].surface, seen, {o.article for o in uses})
    for key, occ in lowercase_services(paragraphs, languages, services):
        b.uf.union(key, b.node(name_key(occ.surface), "organisation", occ))


def merge_city_alternates(b: _Builder, cands: Candidates) -> None:
    """A city the packet names and its names in the packet's other languages are one place
    (:mod:`.city_alternates`): a name written with spaces is searched in every paragraph,
    as any name is; one in a script without spaces is found whole there and kept as found.
    A name the first pass read already ("Larissa" beside the gazetteer's "Lárisa") keeps its
    topic, which the packet's towns join later under the name it writes (:mod:`.local_towns`)."""
    person = lambda text: b.kinds.get(person_key(text), Counter())["person"] > 0  # noqa: E731
    joined, written = city_alternate_uses(list(b.uf.parent), cands.paragraphs, b.gaz.place, person)
    for city, other in joined:
        b.uf.union(city, other)
    for city, occurrences in written.items():
        for occ in occurrences:
            if name_key(occ.surface) not in b.uf.parent:  # a name read already stays one
                b.node(city, "place", occ)
                if not_spaced(occ.surface):
                    b.contextual.add(occ)  # "日内瓦": no search finds it again


def merge_landmarks(b: _Builder, cands: Candidates, languages: dict[str, str]) -> None:
    """One landmark's names in several languages ("Eiffel Tower", "Tour Eiffel"; "Seine",
    "Sena", "Сене") are one place, and a river's name is a place (:mod:`.landmarks`)."""
    if b._texts is None:
        b._texts = {(a, i): t for a, i, t in cands.paragraphs}
    person = lambda key: b.kinds[key]["person"] > 0  # noqa: E731
    found = readings(b.occ, b._texts, person)
    if not found:
        return
    seen_in = {k: {languages.get(o.article, "") for o in b.occ.get(k, ())} for k in found}
    for a, c in landmark_pairs(found, seen_in):
        b.uf.union(a, c)
        b.landmarks.update((a, c))
    place = lambda text: b.gaz.place(text) is not None  # noqa: E731
    for a, c in qualified_pairs(found, b.occ, place):
        b.uf.union(a, c)  # "Notre-Dame de Paris" is "Notre Dame Cathedral"
        b.landmarks.update((a, c))
    b.landmarks |= river_keys(found)
    b.landmark_readings = found
