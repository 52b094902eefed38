"""Titles, people's names and the places that qualify them.

"Russian President Vladimir Putin" is a demonym (a mention of Russia), a title (dropped) and a
name (a person); "European Commission President Ursula von der Leyen" is a body, a title and a
name; "Dara Sovann of the Mekong River Commission" is a person and a body. These rules are a
mixin of the first-pass reader (:mod:`briefing.topics.extract`), which supplies the shared
state declared below.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.given_name_table import given_name
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.capital_adjectives import capital_adjective
from briefing.topics.gazetteer import Gazetteer, gazetteer
from briefing.topics.given_names import common_word
from briefing.topics.languages import NOUN_CAPITALISING, common_noun
from briefing.topics.lexicon import (
    HEAD_KINDS,
    NAME_PARTICLES,
    OTHER_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STOPWORDS,
    is_role,
    words,
)
from briefing.topics.month_surnames import month_surname
from briefing.topics.name_links import LINKS, SON_OF
from briefing.topics.particle_case import capital_particle
from briefing.topics.patterns import AMBIGUOUS_TITLES, name_shaped, personal_name
from briefing.topics.person_evidence import opens_with_name
from briefing.topics.personal_titles import CAPITALISED_OFFICES, title_office
from briefing.topics.place_kinds import settlement
from briefing.topics.tokens import Token
from briefing.topics.town_openers import compound_given, town_named


def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


class PeopleRules:
    """Person-name rules; the reader provides ``out``, ``gaz``, ``lowercase`` and ``_name``."""

    out: Candidates
    gaz: Gazetteer
    #: Words the briefing writes in lower case somewhere: not names by themselves.
    lowercase: set[str]
    #: The language of the paragraph being read.
    language: str
    #: The text of the paragraph being read.
    _text: str

    def occurrence(self, ctx: tuple[str, int, str], first: Token, last: Token) -> Occurrence:
        article, index, text = ctx
        return Occurrence(article, index, first.start, last.end, text[first.start : last.end])

    def _name(
        self,
        ctx: tuple[str, int, str],
        words: list[Token],
        after: Token | None,
        compound: bool,
        hint: str | None = None,
    ) -> None:
        raise NotImplementedError  # the reader classifies any run of capitalised words

    def _titled(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """A title and the name it introduces: "Russian President Vladimir Putin".

        The title never joins the name. What stands before the title is read as a name of
        its own: a place or demonym ("Russian", "Tajik"), or the body the person serves
        ("European Commission President Ursula von der Leyen").
        """
        if self._personal_title(ctx, words):
            return True
        role = max(
            (
                i
                for i, w in enumerate(words)
                # "bin Sultan": a father's name after the nasab is no title (:mod:`.name_links`)
                if is_role(w.text) and not (i and words[i - 1].lower in SON_OF)
            ),
            default=-1,
        )
        if role < 0:
            return False
        rest = words[role + 1 :]
        if not rest and self._title_as_surname(words[:role], words[role]):
            return False  # "Martin Luther King": the name read whole, no title after it
        if rest and rest[0].lower == "of":  # "Secretary of State Marco Rubio"
            tail = next(
                (k for k in range(1, len(rest) - 1) if rest[k].lower in ROLE_MODIFIERS), None
            )
            rest = rest[tail + 1 :] if tail is not None else []
            if not rest:
                return False
        if rest and not self._named_after_title(words[role], rest):
            return False
        start = role
        while start > 0 and (
            words[start - 1].lower in ROLE_MODIFIERS or words[start - 1].lower in ROLE_HEADS
        ):
            start -= 1
        prefix = words[:start]
        if prefix and all(self._qualifier(ctx, w, True) for w in prefix):
            for w in prefix:
                self._qualifier(ctx, w, False)
        elif prefix:
            self._name(ctx, prefix, None, False)
        if rest:
            self._person(ctx, rest)
        return True

    def _title_as_surname(self, before: list[Token], title: Token) -> bool:
        """A title word that ends a run after a given name and a name's other words is the
        name's surname: "Martin Luther King", "Billie Jean King", "Stephen King". A title
        stands before the name it introduces, never after one, so a run ending in a title
        names a person only when the title is part of that name. Only an exact title word
        ("King", not "Bundeskanzler") after given names, the first one of the article's
        language, none a title or a title's modifier ("Prime Minister"): "Diamond Jubilee
        Coach" (a carriage) has a word no given name is."""
        return (
            bool(before)
            and title.lower in ROLE_HEADS
            and given_name(before[0].text, self.language)
            and all(
                name_shaped(w)
                and given_name(w.text)
                and w.lower not in ROLE_MODIFIERS
                and not is_role(w.text)
                for w in before
            )
        )

    def _personal_title(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """A run opened by a capitalised title of another language than English, before a
        given name: "Prinz Harry", "Principe Harry", "Prins Charles" (:mod:`.personal_titles`;
        English titles are :data:`~briefing.titles.ROLE_HEADS`'). Only where the title opens
        the run: "Roman Herzog" is a name whose surname is a title word."""
        if self.language == "en":
            return False
        if title_office(words[0].text, self.language) not in CAPITALISED_OFFICES:
            return False
        # One given name only: "Prinz Osric Shipping" is a firm's name, read as before.
        if len(words) != 2:
            return False
        word = words[1]
        if not name_shaped(word) or word.lower in self.lowercase or word.lower in HEAD_KINDS:
            return False
        self._person(ctx, words[1:])
        return True

    def _named_after_title(self, title: Token, rest: list[Token]) -> bool:
        """Whether the words after a title are a person's name."""
        if len(rest) > 1:
            return personal_name(rest)
        word = rest[0]
        # After a plural title ("Tsars Peter the Great and ...") one word is a piece of a
        # list; after "General" or "Head" it may be anything ("General Motors").
        return (
            name_shaped(word)
            and not title.lower.endswith("s")
            and title.lower not in AMBIGUOUS_TITLES
            and word.lower not in self.lowercase
            and word.lower not in HEAD_KINDS
            and word.lower not in OTHER_HEADS
        )

    def _town_named(self, words: list[Token]) -> bool:
        """A club or firm named after its town (:func:`~.town_openers.town_named`)."""
        return town_named(words, self.gaz.place, self._city_like, self._standalone, self.lowercase)

    def _body_like(self, words: list[Token]) -> bool:
        """Capitalised words in mid-sentence that name no person, place or title, or a town's
        club (:meth:`_town_named`)."""
        if self._town_named(words):
            return True
        return (
            not words[0].initial
            and not self._standalone(words[0].text)
            and not self._standalone(" ".join(w.text for w in words[:2]))
            and not any(w.lower in ROLE_HEADS for w in words)
        )

    def _person_of(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """ "Dara Sovann of the Mekong River Commission": a person, then what they belong to;
        only when the first words open with a given name or a word that is no everyday word
        (:func:`.person_evidence.opens_with_name`): "International Committee of the Red Cross"
        is one body's name, no person of the Red Cross."""
        at = next(i for i, w in enumerate(words) if w.lower == "of")
        person, rest = words[:at], words[at + 1 :]
        if rest and rest[0].lower == "the":
            rest = rest[1:]
        if len(person) < 2 or not rest or not self._person_like(person):
            return False
        if not opens_with_name(person[0].text, self.language):
            return False  # "International Committee of the Red Cross": a body's whole name
        self.out.names.append(("person", self.occurrence(ctx, person[0], person[-1]), False))
        self._name(ctx, rest, None, False)
        return True

    def _standalone(self, text: str) -> bool:
        """A place or demonym: keeps its meaning in a hyphenated compound."""
        return text in self.gaz.demonyms or self.gaz.place(text) is not None

    def _town_name(self, first: str, second: str) -> bool:
        """One of two hyphenated words is a town (a city no demonym stands for) and the
        other no place or demonym: "Kara-Murza" is a surname, not Kara (Togo) and a word."""
        for town, other in ((first, second), (second, first)):
            place = self.gaz.place(town)
            if place is not None and self._city_like(place) and not self._standalone(other):
                return town not in self.gaz.demonyms
        return False

    def _person_like(self, words: list[Token]) -> bool:
        """Two to five name-shaped words none of which the briefing uses in lower case.

        A title is never a given name, so "General Motors" is not a person.
        """
        if words[0].lower in ROLE_HEADS or words[0].lower in ROLE_MODIFIERS:
            return False
        if self.language in NOUN_CAPITALISING and capital_adjective(words, 0, self.lowercase, ()):
            return (
                False  # "die Deutsche Bahn": a name an adjective opens (:mod:`.capital_adjectives`)
            )
        for n in range(1, min(len(words), 4) + 1):
            prefix = " ".join(w.text for w in words[:n])
            if prefix in self.gaz.demonyms:
                return False
            place = self.gaz.place(prefix)
            if place and compound_given(words, n):
                continue  # "Juan de Dios Crespo": a given name, not a town of that name
            # A city that is also a given name ("Vladimir", "Florence") may open a two-word
            # name; a country or region may not ("Tajikistan Emomali"), nor a town before an
            # everyday word (:meth:`_town_named`).
            if place and not (
                n == 1
                and len(words) == 2
                and self._city_like(place)
                and not self._town_named(words)
            ):
                return False
        # "Notre-Dame de Paris", "Galerie von Wien": "of <place>" ends no person's name.
        if len(words) > 2 and words[-2].text in NAME_PARTICLES and self.gaz.place(words[-1].text):
            return False
        if self._named_with_place(words):
            return False
        # Russian and Ukrainian say what a word is: "Галерею Аполлона" is a gallery. Only the
        # first word is asked: later ones may be names that are also words ("Макрон").
        opener = common_noun(words[0].text, self.language) and not capital_particle(words, 0)
        if opener or settlement([w.text for w in words]):
            return False  # ... or a district: "Meghani Nagar" (:func:`.settlement`)
        return personal_name(words) and all(
            w.text in NAME_PARTICLES
            or w.text in LINKS  # "ben", "бен" (:mod:`.name_links`)
            or capital_particle(words, i)
            # "Edwina May": a month's name after a given name is her surname, though the
            # briefing writes "may" in lower case (:mod:`.month_surnames`)
            or (i == len(words) - 1 and month_surname(words, self._text, self.language))
            or (
                w.lower not in self.lowercase
                and w.lower not in STOPWORDS
                and w.text not in self.gaz.demonyms
            )
            for i, w in enumerate(words)
        )

    def _named_with_place(self, words: list[Token]) -> bool:
        """A place's name after a first word that is nobody's given name: "Credit Suisse",
        "Air India", "Real Madrid", "Banco Santander" name a firm, a bank or a team after a
        country or city (in any of the briefing's languages: "Suisse" is French for
        Switzerland), never a person. A person whose surname is a place's name keeps the
        given name before it ("Thomas Jordan", "Jack London"). Only a Latin-script first
        word is asked: the given-name table is written in Latin letters ("Аксель" is none
        of its names), and Cyrillic's dictionaries judge such words already."""
        first = words[0].text
        if not first.isalpha() or not all(_latin(ch) for ch in first):
            return False
        # The place ends the run and no given name comes before it: "Prezydent Francji
        # Emmanuel Macron" is a title, its country and a person, read as such elsewhere.
        if self.gaz.place(words[-1].text) is None or any(given_name(w.text) for w in words[:-1]):
            return False
        # Words that are no everyday word of any of the briefing's languages, before a
        # place only another language's table knows ("Cressida Bonas": "Bonas" is one name
        # of a French town), are given names the table lacks: a firm or a team puts a word
        # before it ("Credit Suisse", "Ferro Italia", "Banco Santander").
        if gazetteer().place(words[-1].text) is not None:
            return True
        languages = getattr(self.gaz, "languages", frozenset()) | {"en"}
        return any(common_word(w.text, lang) for w in words[:-1] for lang in languages)

    def _city_like(self, place: str) -> bool:
        """A place that no demonym stands for: a city rather than a country or region."""
        states = self.__dict__.get("_states")
        if states is None:
            states = self.__dict__["_states"] = frozenset(self.gaz.demonyms.values())
        return place not in states

    def _person(self, ctx: tuple[str, int, str], words: list[Token]) -> None:
        """A name after a title: a person ("Vladimir Putin") or a surname ("Putin")."""
        if len(words) == 1:
            if name_shaped(words[0]):
                self.out.surnames.append((self.occurrence(ctx, words[0], words[0]), True))
            return
        if personal_name(words):
            self.out.names.append(("person", self.occurrence(ctx, words[0], words[-1]), True))

    def _qualifier(self, ctx: tuple[str, int, str], word: Token, dry: bool) -> bool:
        """A place or demonym before a title: "Tajik President", "U.S. President"."""
        place = self.gaz.place(word.text) or self.gaz.demonyms.get(word.text)
        if place is None:
            return word.acronym
        if not dry:
            self.out.places.append((place, self.occurrence(ctx, word, word)))
        return True

    def _place_then_person(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """ "(President of) Tajikistan Emomali Rahmon", "Таджикистана Эмомали Рахмон": a place
        before a name is the person's country, not part of an organisation's name."""
        place = self.gaz.place(words[0].text)
        rest = words[1:]
        if place is None or len(rest) < 2 or rest[-1].lower in HEAD_KINDS:
            return False  # "North Atlantic Treaty Organization": a body's head ends it
        if not self._person_like(rest):
            return False
        self.out.places.append((place, self.occurrence(ctx, words[0], words[0])))
        self.out.names.append(("person", self.occurrence(ctx, rest[0], rest[-1]), False))
        return True


#: Name particles in Cyrillic letters, lower case: "Марсело Ребело де Соуза", "Урсула фон дер
#: Ляйен". A run of capitalised words ends at them, so the surname after one stands alone.
CYRILLIC_PARTICLES = words("де да ди дос дас дель делла ду фон ван дер ле ла аль эль ибн бин бен")
#: Those that are also common words: Ukrainian "де" (where), Russian "да" (yes), "ле", "ла".
_AMBIGUOUS = words("де да ле ла")
_CAPITALISED = r"[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+"
#: One or two capitalised words, then one or two lower-case words, up to the name.
_CUT = re.compile(
    rf"(?<![\w,])(?:({_CAPITALISED})\s+)?{_CAPITALISED}((?:\s+[а-яё]{{2,5}}){{1,2}})\s+$"
)


def after_particle(text: str, start: int) -> bool:
    """Whether the word at ``start`` ends a name that Cyrillic text cut at its particle:
    "Соуза" of "Марсело Ребело де Соуза", "Ляйен" of "Урсула фон дер Ляйен". The first part
    is read as a person already (and joined to the name in full across scripts,
    :func:`.crossnames.particle_cuts`), so the surname is no topic of its own. A particle
    that is also a common word needs two capitalised words before it: Ukrainian "де" is
    "where" too ("у Львові, де Зеленський", after one place name and a comma)."""
    # The pattern ends in a lower-case Cyrillic letter and white space up to ``start``:
    # most words have neither before them, and need no search.
    at = start - 1
    if at < 0 or not text[at].isspace():
        return False
    while at >= 0 and text[at].isspace():
        at -= 1
    if at < 0 or not ("а" <= text[at] <= "я" or text[at] == "ё"):
        return False
    m = _CUT.search(text, max(0, start - 80), start)
    if m is None:
        return False
    particles = m.group(2).split()
    return all(p in CYRILLIC_PARTICLES for p in particles) and (
        m.group(1) is not None or not set(particles) & _AMBIGUOUS
    )


#: An acronym made plural by a lower-case "s": "MPs", "MEPs", "NGOs", "CEOs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def group_of(words: list[Token]) -> bool:
    """Whether a run of capitalised words ends in a plural acronym ("Tory MPs", "Labour
    MEPs", "Ukrainian NGOs"): the members of a body, a group of people, never one person's
    name nor a body's own (the party or the parliament is named apart)."""
    return len(words) > 1 and _PLURAL_ACRONYM.fullmatch(words[-1].text) is not None
