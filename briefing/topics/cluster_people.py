"""The people stage of the second pass, mixed into :class:`~.cluster._Builder`.

Full names are joined when their surnames meet under any of the spellings a name takes across
languages and scripts (:mod:`.person_spellings`, :mod:`.respelled_across`, :mod:`.inflections`
…); then every lone word read as a surname goes to the one person who bears it, to a titled
person the packet names so ("Prince Harry" … "Harry"), to a feature it names ("the Mekong"), or
to nobody (:mod:`.unexplained_names`). Split from :mod:`.cluster` when that module passed 400
lines; the rules are unchanged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, cast

from briefing.topics.article_names import bare_name
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.consonant_keys import consonant_key
from briefing.topics.crossnames import middle_names
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.generational import bare_surname, core_pairs
from briefing.topics.given_alone import first_word_owners
from briefing.topics.greek_respell import respelled_pairs
from briefing.topics.inflections import SurnameForms, case_pairs
from briefing.topics.languages import has_cyrillic
from briefing.topics.lexicon import GEO_HEADS
from briefing.topics.longer_forms import LongerForms, lone_articles, not_a_person, pick_bearer
from briefing.topics.naming import name_key, person_key
from briefing.topics.nasab import chain_pairs
from briefing.topics.particle_case import particle_surname_pairs
from briefing.topics.person_spellings import (
    german_spelling,
    heard,
    same_person,
    short_u,
    unvoiced,
)
from briefing.topics.personal_titles import office_before
from briefing.topics.respelled_across import respelled_across
from briefing.topics.romanise import scheme_pairs
from briefing.topics.slip_spellings import digraph_people
from briefing.topics.spoken_across import spoken_pairs
from briefing.topics.unexplained_names import name_unexplained
from briefing.topics.union_find import _UnionFind

if TYPE_CHECKING:
    from briefing.topics.cluster import _Builder

#: Features commonly named without their head noun, most common first.
_BARE_NAMED = ("river", "sea", "lake")


class _PeopleKeys:
    """What the people stage reads of the builder is declared here, set by the builder."""

    c: Candidates
    gaz: Gazetteer
    uf: _UnionFind
    occ: dict[str, list[Occurrence]]
    kinds: dict[str, Counter[str]]
    languages: dict[str, str]
    surname_roots: dict[str, set[str]]
    _texts: dict[tuple[str, int], str] | None

    if TYPE_CHECKING:

        def node(
            self, key: str, kind: str, occurrence: Occurrence | None = None, weight: int = 1
        ) -> str: ...

    def _people(self) -> None:
        people = [k for k in self.uf.parent if k.startswith("p:")]
        # Grouped by the surname and by each of its one-letter deletions, so surnames one
        # letter apart ("putin", French "putine") meet and unrelated ones are never compared.
        by_surname: dict[str, list[str]] = defaultdict(list)
        for key in people:
            last = key.split()[-1]
            variants = {last, german_spelling(last), unvoiced(last), heard(last)}
            variants.add(short_u(last))  # "truss" meets "Трасс" ("trass")
            variants.add(consonant_key(last) or last)  # "Kadhafi" meets "Gheddafi"
            for variant in variants | {last[:i] + last[i + 1 :] for i in range(len(last))}:
                by_surname[variant].append(key)
        cyrillic = self._cyrillic(people)
        for group in by_surname.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    across = (a in cyrillic) != (b in cyrillic)
                    if self.uf.find(a) != self.uf.find(b) and same_person(a, b, across):
                        self.uf.union(a, b)
        for a, b in (
            middle_names(people, cyrillic)
            + core_pairs(people)  # "John J. Ray III" / "John Ray": :mod:`.generational`
            + scheme_pairs(people, cyrillic, self.occ, same_person)
            + respelled_pairs(people, self.occ, self.languages, same_person, self.uf.find)
            + digraph_people(people, self.occ)  # "Tiani" / "Tchiani"
        ):
            self.uf.union(a, b)
        # "Dahou Ould Kablia" / "Дахо Ульд Кабила": a looser respelling across scripts
        # (:mod:`.respelled_across`)
        for a, b in respelled_across(
            people, self.occ, self.uf.find, self.c.paragraphs, self.languages
        ):
            self.uf.union(a, b)
        # "Claude Josèphe" / "Клод Жозеф": a name Russian writes by its sound
        # (:mod:`.spoken_across`)
        for a, b in spoken_pairs(people, self.occ, self.uf.find):
            self.uf.union(a, b)
        for a, b in case_pairs(people, self.occ, self.languages):
            self.uf.union(a, b)
        for a, b in particle_surname_pairs(people, self.uf.find):  # "Di Maria" alone
            self.uf.union(a, b)
        surfaces = {k: {o.surface for o in self.occ.get(k, ())} for k in people}
        chain_pairs(people, surfaces, self.uf.find, self.uf.union)  # "Abdullah bin Zayed"
        surname_roots = self.surname_roots
        geo_stems = self._geo_stems()
        unexplained: dict[str, list[Occurrence]] = defaultdict(list)
        # "SpaceX Starship", "Raumfahrtunternehmen SpaceX": no bearer of the word alone
        # (:mod:`.longer_forms`).
        place = lambda word: self.gaz.place(word) is not None  # noqa: E731
        lone = lone_articles(o for o, _ in self.c.surnames)
        apart = LongerForms(lone, self.occ, self.languages, place).apart(people)
        for key in people:
            if " " in key and apart.get(key) is None:  # no side-by-side names
                # "Ronaldo Jr.": the surname is the name before the suffix (:mod:`.generational`)
                surname_roots["p:" + bare_surname(key[2:].split())[-1]].add(self.uf.find(key))
        described = {self.uf.find(k) for k, about in apart.items() if about is None}
        described -= {self.uf.find(k) for k in people if " " in k and k not in apart}
        forms = SurnameForms(surname_roots, self.occ)
        # "Tedros said": :mod:`.given_alone`
        given = self._given_alone([k for k in people if apart.get(k) is None])
        # A word a personal title attests somewhere ("Prince Harry", "le prince Harry") is
        # that titled person where the packet writes it bare too ("Harry and Meghan"), when
        # no full name explains it (:mod:`.personal_titles`; an office's title, "CEO", says
        # less of a lone word).
        titled_alone = self._personally_titled()
        for occ, attested in self.c.surnames:
            key = person_key(occ.surface)
            language = self.languages.get(occ.article)
            roots = surname_roots.get(key) or forms.roots(occ.surface, key, language)
            if not roots and (bare := bare_name(occ.surface)) is not None:
                roots = surname_roots.get(person_key(bare), set())  # "al Assad": "Assad"
            if not roots and key in given:
                roots = {given[key]}
            if len(roots) > 1 and roots & described:
                roots = pick_bearer(roots, described)
            if len(roots) == 1:
                root = next(iter(roots))
                self.node(key, "person", occ)
                self.uf.union(key, root)
            elif not roots and (attested or key in titled_alone):
                self.node(key, "person", occ)
            elif not roots and name_key(occ.surface) in geo_stems:  # "the Mekong"
                self.node(name_key(occ.surface), "place", occ)
                self.uf.union(name_key(occ.surface), geo_stems[name_key(occ.surface)])
            elif not roots:
                unexplained[occ.surface].append(occ)
        name_unexplained(cast("_Builder", self), unexplained)  # the builder this is mixed into
        for key, about in apart.items():
            if about is None:
                continue  # a description: folded into its name (:mod:`.apposed_nouns`)
            not_a_person(self.kinds[key])
            for name in (name_key(about), person_key(about)):
                if name in self.uf.parent and name != key:
                    self.uf.union(key, name)
                    break

    def _personally_titled(self) -> set[str]:
        """Keys of the lone words written right after a personal title somewhere."""
        texts = self._paragraph_texts()
        return {
            person_key(o.surface)
            for o, attested in self.c.surnames
            if attested
            and office_before(
                texts.get((o.article, o.paragraph), ""),
                o.start,
                self.languages.get(o.article, "en"),
            )
            is not None
        }

    def _given_alone(self, people: list[str]) -> dict[str, str]:
        """Lone words that are nobody's surname but the first word of one person's full name,
        written alone after it (:mod:`.given_alone`): their key → that person's root."""
        lone: dict[str, list[Occurrence]] = defaultdict(list)
        for occ, _attested in self.c.surnames:
            key = person_key(occ.surface)
            if key not in self.surname_roots:
                lone[key].append(occ)
        place = lambda word: self.gaz.place(word) is not None  # noqa: E731
        texts = self._paragraph_texts()
        return first_word_owners(lone, people, self.uf.find, self.occ, self.languages, place, texts)

    def _paragraph_texts(self) -> dict[tuple[str, int], str]:
        """(article, paragraph) → its text, made once."""
        if self._texts is None:
            self._texts = {(a, i): t for a, i, t in self.c.paragraphs}
        return self._texts

    def _cyrillic(self, keys: list[str]) -> set[str]:
        """The keys whose every sighting is written in Cyrillic."""
        return {
            k for k in keys if self.occ.get(k) and all(has_cyrillic(o.surface) for o in self.occ[k])
        }

    def _geo_stems(self) -> dict[str, str]:
        """ "the Mekong" is the Mekong River: a bare name stands for the one feature with it,
        a river before a sea before a lake before anything else ("Mekong Delta")."""
        found: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for key in self.uf.parent:
            if key.startswith("n:") and " " in key and self.kinds[key]["place"]:
                stem, head = key.rsplit(" ", 1)
                if head in GEO_HEADS:
                    rank = _BARE_NAMED.index(head) if head in _BARE_NAMED else len(_BARE_NAMED)
                    found[stem].append((rank, key))
        stems = {}
        for stem, options in found.items():
            options.sort()
            if len(options) == 1 or options[0][0] < options[1][0]:
                stems[stem] = options[0][1]
        return stems
