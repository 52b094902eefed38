"""Second pass: merge the candidates' aliases into topics, find every mention, rank.

Aliases are merged with a union-find over keys, each merge backed by one rule:

- a title is never part of a name ("Defense Minister Andrey Belousov" → Andrey Belousov);
- romanisations share a :func:`~briefing.topics.spelling.skeleton` (Rahmon / Rakhmon), and
  full names whose surnames match and first names differ by one letter are one person;
- a lone surname belongs to the one person of the briefing with that surname, and to nobody
  when two people share it;
- an acronym belongs to the long form the text defines for it ("... States (CIS)"), or to
  the only name in the briefing whose initials spell it (ICC → International Criminal Court);
  "CIS+" is its own thing, since the plus is kept in the key;
- "X Treaty" is the treaty "X" when both occur (New START Treaty → New START);
- a summit is identified by its participants, so "Russia–Central Asia summit" and "Second
  Central Asia-Russia Summit" are one event, and a heads-of-state council is the summit of its
  organisation (:mod:`.cluster_events`).

:mod:`briefing.topics.assemble` makes topics (kind, name, every mention) of the merged keys.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from briefing.topics.abbreviated_names import abbreviated_bodies
from briefing.topics.acronyms import judge_acronyms
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.capital_names import capitals_named
from briefing.topics.class_before import firm_towns
from briefing.topics.cluster_events import _EventKeys
from briefing.topics.cluster_people import _PeopleKeys
from briefing.topics.country_acronyms import kept_initials
from briefing.topics.crossnames import (
    drop_regnal_places,
    drop_role_phrases,
    one_word_names,
    strip_foreign_titles,
)
from briefing.topics.defined_cognates import defined_pairs
from briefing.topics.feature_names import feature_place
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.given_names import judge_people
from briefing.topics.head_nouns import judge_things
from briefing.topics.heard_acronyms import heard_pairs
from briefing.topics.languages import function_words
from briefing.topics.naming import name_key, person_key
from briefing.topics.numbered import nicknames, numbered_pairs
from briefing.topics.numbered_scripts import uncased_spellings
from briefing.topics.patterns import REGNAL
from briefing.topics.phrase_names import headed_names, phrase_cognates
from briefing.topics.romanise import spelled_names
from briefing.topics.run_across import across_preposition
from briefing.topics.script_phrases import script_cognates
from briefing.topics.single_names import taken_name_pairs, titled_pairs
from briefing.topics.sky_bodies import NAMES as BODIES
from briefing.topics.sky_bodies import drop_titled
from briefing.topics.slip_spellings import slipped_acronyms
from briefing.topics.spelled_alike import alike_pairs
from briefing.topics.spelled_initials import spelled_pairs
from briefing.topics.titled_given import titled_given_pairs
from briefing.topics.titled_surnames import titled_surnames
from briefing.topics.union_find import _UnionFind

_TREATY_STEM = re.compile(r"^(n:.+ (?:convention|treaty|agreement)) on .+$")
_TREATY_ON = re.compile(r"(?:^n:| )(?:treaty|convention|agreement) on (?:the )?(.+)$")
#: How much one sighting says about a kind: a head word ("Treaty", "summit") says more than
#: the shape of a name.
_KIND_EVIDENCE = {"treaty": 3, "event": 3}


class _Builder(_PeopleKeys, _EventKeys):
    def __init__(
        self, cands: Candidates, gaz: Gazetteer, languages: dict[str, str] | None = None
    ) -> None:
        self.c = cands
        #: Article id → language; ``multilingual`` when the briefing has more than one.
        self.languages = languages or {}
        self.multilingual = len(set(self.languages.values())) > 1
        self.uf = _UnionFind()
        self.kinds: dict[str, Counter[str]] = defaultdict(Counter)
        self.occ: dict[str, list[Occurrence]] = defaultdict(list)
        self.contextual: set[Occurrence] = set()
        #: Uses of a country's name the text says are its capital's ("город Алжир"):
        #: :mod:`.capital_names`; the alias search leaves them to the capital.
        self.capital_uses: set[Occurrence] = set()
        #: Surname key ("p:putin") → roots of the people with that surname.
        self.surname_roots: dict[str, set[str]] = defaultdict(set)
        self._texts: dict[tuple[str, int], str] | None = None
        #: (acronym key, long name key) pairs joined by initials (:mod:`.spelled_initials`).
        self.spelled: list[tuple[str, str]] = []
        self.gaz = gaz
        #: Keys named as a landmark (a river's name, or one landmark's names joined across
        #: languages: :mod:`.landmarks`): a place whatever their shape says; and each name
        #: key's (feature, proper part) readings, looked for again in other scripts.
        self.landmarks: set[str] = set()
        self.landmark_readings: dict[str, set[tuple[str, str]]] = {}

    def node(
        self, key: str, kind: str, occurrence: Occurrence | None = None, weight: int = 1
    ) -> str:
        self.uf.add(key)
        self.kinds[key][kind] += weight
        if occurrence is not None:
            self.occ[key].append(occurrence)
        return key

    # -- entities ---------------------------------------------------------------------
    def entities(self) -> None:
        # "Nordhaven Saint-Aubin" beside "NSA": a body, no person (:mod:`.abbreviated_names`)
        abbreviated_bodies(self.c, self.gaz.place)
        strip_foreign_titles(self.c, self.gaz)
        #: "Mardin Valisi": the governor of a province, a weak mention of the place.
        self.offices = drop_role_phrases(self.c, self.gaz)
        drop_regnal_places(self.c)
        titled_surnames(self.c)  # "gouverneur Kuroda", a town's name: :mod:`.titled_surnames`
        drop_titled(self.c)  # "told The Sun": a newspaper, no body of the sky
        judge_people(self.c, self.languages, self.gaz)
        judge_things(self.c, self.languages)
        judge_acronyms(self.c, self.languages, self.gaz.place)
        # "EAU", "VAE", "США": a country by its initials (:mod:`.country_acronyms`).
        self.c.places, countries = kept_initials(self.c, self.languages, self.gaz.place)
        # "город Алжир": the capital a country's name also names (:mod:`.capital_names`).
        self.c.places, self.capital_uses = capitals_named(
            self.c.places, self._paragraph_texts(), self.gaz.shared_capital
        )
        self.contextual |= self.capital_uses  # no vote for the country's name: kept as found
        firms = firm_towns(self.c.names, self.gaz.place)  # "el banco Rivamar": :mod:`.class_before`
        for place, occ in self.c.places:
            if occ.surface in firms:
                self.node(name_key(occ.surface), "organisation", occ)
                continue
            self.node("g:" + place, "place", occ)
            if occ.surface in self.gaz.demonyms or occ.surface.isupper() or place in BODIES:
                # A body of the sky as its guards found it, never searched (:mod:`.sky_bodies`).
                self.contextual.add(occ)
        acronyms = {o.surface for o in self.c.acronyms}
        for kind, occ, _attested in self.c.names:
            language = self.languages.get(occ.article, "en")
            if kind == "person" and feature_place(occ.surface, language, self.gaz.place):
                kind = "place"  # "Wadi Derna": a valley, never a person (:mod:`.feature_names`)
            if kind == "organisation" and across_preposition(
                occ.surface, function_words(language), self.gaz.place, acronyms
            ):
                continue  # "Reino Unido de la UE": two names and a preposition (:mod:`.run_across`)
            key = person_key(occ.surface) if kind == "person" else name_key(occ.surface)
            self.node(key, kind, occ, _KIND_EVIDENCE.get(kind, 1))
        for occ in self.c.acronyms:
            self.node(name_key(occ.surface), "acronym", occ)
        for long, short in self.c.definitions:
            if (country := "g:" + countries.get(long, "")) in self.uf.parent:
                self.uf.union(country, self.node(name_key(long), "place"))  # "… Emiraten (VAE)"
                self.uf.union(country, self.node(name_key(short), "acronym"))
                continue
            # Whatever its shape, a name the text abbreviates is an institution, not a person.
            long_key = self.node(name_key(long), "organisation")
            self.uf.union(long_key, self.node(name_key(short), "acronym"))
            if person_key(long) in self.uf.parent:
                self.uf.union(long_key, person_key(long))
        # "Regional FRO", "Başkanlık AFAD": one word before an acronym the text defines is a
        # word about that body, not another body.
        defined = {name_key(short) for _long, short in self.c.definitions}
        for kind, occ, _attested in self.c.names:
            words = occ.surface.split()
            if (
                kind == "organisation"
                and len(words) == 2
                and not words[0].isupper()
                and name_key(words[1]) in defined
            ):
                self.uf.union(name_key(occ.surface), name_key(words[1]))
        self._treaty_suffixes()
        self._initials()
        acronyms = {k for k in self.uf.parent if self.kinds[k]["acronym"]}
        for a, b in slipped_acronyms(self.c.paragraphs, acronyms):  # "CLSP" for "CNSP"
            self.uf.union(a, b)
        self._people()

    def _treaty_suffixes(self) -> None:
        """ "New START Treaty" is "New START"; "Convention on the Law of the Sea" is "Law of
        the Sea" when the text also uses that short name."""
        for key in list(self.uf.parent):
            if key.startswith("n:") and " " in key:
                stem, last = key.rsplit(" ", 1)
                if last in ("treaty", "agreement", "accord") and stem in self.uf.parent:
                    self.uf.union(stem, key)
                named = _TREATY_STEM.match(key)
                if named and named.group(1) in self.uf.parent:  # "Budapest Convention"
                    self.uf.union(named.group(1), key)
                match = _TREATY_ON.search(key)
                if match:
                    for tail in ("n:" + match.group(1), "n:the " + match.group(1)):
                        if tail in self.uf.parent:
                            self.uf.union(tail, key)

    def _initials(self) -> None:
        """Undefined acronyms join the only multi-word name whose initials spell them
        (:mod:`.spelled_initials`); the pairs are kept as witnesses of a translation."""
        self.spelled = spelled_pairs(list(self.uf.parent), self.uf.find, self.occ, self.languages)
        for acronym, long in self.spelled:
            self.uf.union(acronym, long)
        # "ПСЖ" of "Пари Сен-Жермен" and "PSG" of "Paris Saint-Germain": :mod:`.heard_acronyms`
        written = lambda key: {o.surface for o in self.occ.get(key, ())}  # noqa: E731
        for latin, cyrillic in heard_pairs(self.spelled, written):
            self.uf.union(latin, cyrillic)

    def _everyday(self, key: str) -> bool:
        """Every sighting of ``key`` is an everyday word of its article's language."""
        from briefing.topics.given_names import common_word

        sightings = self.occ.get(key, ())
        return bool(sightings) and all(
            common_word(o.surface, self.languages.get(o.article, "en")) for o in sightings
        )

    def across_scripts(self) -> None:
        """One-word names and regnal names spelled in several scripts or languages."""
        keys = [k for k in self.uf.parent if k[:2] in ("n:", "g:")]
        every = list(self.uf.parent)
        person = lambda k: self.kinds[k]["person"] > 0  # noqa: E731
        # "Pylos" / "Pilos": one name in two romanisations (:mod:`.spelled_alike`), joined
        # first, so that "Пилос" fits the one name they make.
        for a, b in alike_pairs(keys, self.occ, person):
            self.uf.union(a, b)
        cyrillic = self._cyrillic(keys)
        # "Чандраян-3" / "Chandrayaan-3": one name and one number (:mod:`.numbered`).
        if self._texts is None:
            self._texts = {(a, i): t for a, i, t in self.c.paragraphs}
        other = lambda k: self.kinds[k]["person"] + self.kinds[k]["place"] > 0  # noqa: E731
        for a, b in numbered_pairs(keys, cyrillic, one_word_names) + nicknames(
            keys, self.occ, self._texts, other
        ):
            self.uf.union(a, b)
        for key, occ in uncased_spellings(keys, self.c.paragraphs, self.uf.find):  # "चंद्रयान-3"
            self.node(key, self.kinds[key].most_common(1)[0][0], occ)
        for a, b in one_word_names(
            keys, cyrillic, self.uf.find, self._everyday, self.occ
        ) + script_cognates(every, self._cyrillic(every), self.occ, self.kinds):
            self.uf.union(a, b)
        surnames = (o for o, _ in self.c.surnames)
        for key, occs, fits in spelled_names(keys, surnames, person, self.uf.find):
            kind = max(("place", "organisation"), key=lambda k: sum(self.kinds[f][k] for f in fits))
            for occ in occs:
                self.node(key, kind, occ)
            for fit in fits:
                self.uf.union(key, fit)
        # "Pope Francis" / "Papa Francesco" / "Франциска": a title of office and one name.
        named = [k for k in self.uf.parent if k[:2] in ("n:", "p:")]
        for a, b in titled_pairs(named, lambda k: self.kinds[k]["person"] > 0, self.uf.find):
            self.uf.union(a, b)
        # "Prince Harry" / "принц Гарри": a title and one given name (:mod:`.titled_given`).
        texts = self._paragraph_texts()
        for a, b in titled_given_pairs(named, self.occ, texts, self.languages, self.uf.find):
            self.uf.union(a, b)
        self._taken_names()
        if self.multilingual:
            bodies = [k for k in keys if not self.kinds[k]["person"] and " " in k]
            seen_in = {
                k: {self.languages.get(o.article, "") for o in self.occ.get(k, ())} for k in bodies
            }
            for a, b in phrase_cognates(bodies, seen_in):
                self.uf.union(a, b)
            places = {k for k in keys if not self.kinds[k]["person"]}
            for a, b in headed_names(bodies, places, self.occ, self.c.paragraphs):
                self.uf.union(a, b)
            # "Национальный банк Швейцарии (НБШ)" / "Swiss National Bank (SNB)".
            every = list(self.uf.parent)
            for a, b in defined_pairs(
                every, self.kinds, self.occ, self.uf.find, self.c.paragraphs, self.gaz
            ):
                self.uf.union(a, b)

    def _taken_names(self) -> None:
        """ "Robert Prevost … took the name Leo XIV": a regnal name and its bearer's."""
        if self._texts is None:
            self._texts = {(a, i): t for a, i, t in self.c.paragraphs}
        regnal: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        people: list[tuple[str, int, int, str]] = []
        for key, occs in self.occ.items():
            words = key[2:].split()
            if not key.startswith("p:") or len(words) < 2:
                continue
            root = self.uf.find(key)
            if len(words) == 2 and occs and REGNAL.match(occs[0].surface.split()[-1]):
                regnal[root].extend((o.article, o.paragraph, o.start) for o in occs)
            else:
                people.extend((o.article, o.paragraph, o.end, root) for o in occs)
        for a, b in taken_name_pairs(regnal, people, self._texts):
            self.uf.union(a, b)
