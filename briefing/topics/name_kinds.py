"""How a run of capitalised words is classified: a place, a person, a body, an event or nothing.

Split from :mod:`briefing.topics.extract`, whose reader walks the paragraphs and finds the runs;
this mixin decides what each run is, once :mod:`.run_edges` has trimmed its edges. Kept apart
because the decision is the part that grows with each language's habits (head nouns, demonyms,
case suffixes), while the walk stays the same.
"""

from __future__ import annotations

import re

from briefing.given_name_table import given_name
from briefing.topics.compound_places import compound_place
from briefing.topics.country_acronyms import doubled_initials, initials_place
from briefing.topics.date_runs import _bare, _date_phrase, date_words
from briefing.topics.elided_places import article_place
from briefing.topics.generational import generational_name
from briefing.topics.head_first import place_headed, unelided
from briefing.topics.kind_heads import named_day, tail_place
from briefing.topics.korean_keys import place_shape
from briefing.topics.languages import NOUN_CAPITALISING
from briefing.topics.lexicon import (
    EVENT_HEADS,
    FIRST_TREATY_HEADS,
    GEO_HEADS,
    HEAD_KINDS,
    INSTITUTIONS,
    NAME_PARTICLES,
    ORG_HEADS,
    OTHER_HEADS,
    SEAT_HEADS,
    STATE_NOUNS,
    STATE_ORGANS,
    STOPWORDS,
    TREATY_HEADS,
    VENUE_HEADS,
)
from briefing.topics.multilingual_gazetteer import capitals
from briefing.topics.nouns import case_suffixed
from briefing.topics.patterns import REGNAL
from briefing.topics.people import PeopleRules, after_particle, group_of
from briefing.topics.personal_titles import office_before
from briefing.topics.place_kinds import saints_name, settlement, word_not_province, word_not_town
from briefing.topics.quoted_names import quoted_thing, quoted_word
from briefing.topics.run_edges import RunEdges
from briefing.topics.tokens import Token

#: One capitalised word of letters with a number glued to its end ("Digi24", "Antena3",
#: "Kanal5"): a channel's, station's or product's name in every language. No common word and
#: no person is written so; an all-capitals one is an acronym ("TVN24", "AI171"), and a
#: number after a space ("Estlink 2") is read with the run of capitals. Only a word written
#: as a name is, one capital then lower case: "IPv6", "SVr4" are a standard's letters.
_NUMBERED_NAME = re.compile(r"([^\W\d_])([^\W\d_]+)\d{1,4}")


#: A word of two letters or more, a hyphen and its number: what :mod:`.numbered` joins.
_HYPHEN_NUMBERED = re.compile(r"[^\W\d_][^\W\d_]+[-‐‑–]\d{1,4}")


def _hyphen_numbered(text: str) -> bool:
    """:data:`_HYPHEN_NUMBERED`: "Luna-25", "Чандраян-3", "LVM-3"; not "F-16", "3-3"."""
    return _HYPHEN_NUMBERED.fullmatch(text) is not None


def _numbered_name(text: str) -> bool:
    """:data:`_NUMBERED_NAME`: "Digi24", "Antena3"; not "IPv6", "digi24", "7km"."""
    found = _NUMBERED_NAME.fullmatch(text)
    return found is not None and found.group(1).isupper() and found.group(2).islower()


#: A lower-case German adjective right before a word: a derivational suffix ("-isch",
#: "-lich", "-al", "-ig", ...) and an inflection ("-e", "-en", "-er", "-es", "-em").
_ADJECTIVE = re.compile(
    r"(?<![\w-])([a-zäöüß]+(?:isch|lich|ig|al|iv|ell|ar|är|bar|sam|los|haft|ern)(e|en|er|es|em))\s+$"
)


#: No languages: an English gazetteer's (it adds no province of another language's country).
_NONE: frozenset[str] = frozenset()


class NameKinds(RunEdges, PeopleRules):
    """Classifies runs of capitalised words; the reader provides the attributes of both."""

    #: The language of the paragraph being read.
    language: str

    def _name(
        self,
        ctx: tuple[str, int, str],
        words: list[Token],
        after: Token | None,
        compound: bool,
        hint: str | None = None,
        classed: bool = False,
    ) -> None:
        """Classify one run of capitalised words (a dash-free part of a chunk).

        ``hint`` is the kind a neighbouring common noun gives the name ("the tanker ...");
        ``classed``: a firm's class noun stands right before it (:mod:`.class_before`).
        """
        opening = words[0] if words else None
        if saints_name([w.text for w in words]):  # "São Francisco Xavier": a hospital
            text = ctx[2][words[0].start : words[-1].end]
            place = self.gaz.place(text)
            if place is not None:
                self.out.places.append((place, self.occurrence(ctx, words[0], words[-1])))
            else:
                self.out.names.append(("place", self.occurrence(ctx, words[0], words[-1]), False))
            return
        words = self._trim(words)
        while len(words) > 1 and words[0].text in NAME_PARTICLES:
            # "Later di Santo said": the opener cut, the particle is left; the surname is
            # read alone as after any particle ("where di Santo scored").
            words = words[1:]
        if len(words) > 1 and self._adjectives_noun(ctx[2], words[0]):
            words = words[1:]  # "die russische Rockband Piknik": the band is "Piknik"
        if not words:
            return
        # Cut at a mid-sentence capital: a piece of a name ("Dame Cathedral" of "Notre Dame …").
        cut = opening is not None and opening is not words[0] and not opening.initial
        if self._titled(ctx, words):
            return
        # "U.S. State Department": a place abbreviation qualifying what follows.
        if len(words) > 1 and words[0].acronym and self.gaz.place(words[0].text):
            self._qualifier(ctx, words[0], False)
            words = words[1:]
        if _date_phrase(words, self.language):
            return  # "Κυριακή 5", "Samstag 4.": a date, never a name
        text = ctx[2][words[0].start : words[-1].end]
        if doubled_initials(text) is not None:  # "EE. UU.": :mod:`.country_acronyms`
            country = initials_place(text, self.language)
            if country is not None:
                self.out.places.append((country, self.occurrence(ctx, words[0], words[-1])))
                return
        place = self.gaz.place(text) or article_place(self.gaz, ctx[2], words[0].start, text)
        if place is not None and (
            word_not_town(text, place, self.lowercase)
            or word_not_province(text, place, self.language, getattr(self.gaz, "languages", _NONE))
        ):
            place = None
        if place is not None and classed and place not in capitals():
            place, hint = None, "organisation"  # "el banco Rivamar": a firm, no town
        if place is not None:
            self.out.places.append((place, self.occurrence(ctx, words[0], words[-1])))
            return
        if len(words) == 2 and self._compound_then_place(ctx, words):
            return
        if len(words) > 1 and self._suffixed_place(ctx, words):
            return
        if (
            hint is not None
            and text not in self.gaz.demonyms
            and not (
                len(words) == 1
                and (
                    # A body's acronym beside a noun of its kind says nothing new, and beside
                    # another noun ("the tanker MSC") it names the owner; beside a weather
                    # noun ("a tempestade DANA") it is the weather's name, no body's.
                    (words[0].acronym and hint != "event")
                    or words[0].lower in STOPWORDS
                    or words[0].lower in self.function
                )
            )
        ):
            self.out.names.append((hint, self.occurrence(ctx, words[0], words[-1]), False))
            return
        if len(words) == 1 and after_particle(ctx[2], words[0].start):
            return  # "Соуза" of "Марсело Ребело де Соуза": the name's cut tail
        if len(words) == 1 or text in self.gaz.demonyms:
            self._single(ctx, words, after, compound)
            return
        if len(words) > 1 and self._place_then_person(ctx, words):
            return
        lowered = {w.lower for w in words}
        if not (compound or cut) and named_day(
            [w.text for w in words], self.language, self.function
        ):
            # "Liberation Day", "Tag der Befreiung": an event (:mod:`.kind_heads`)
            self.out.names.append(("event", self.occurrence(ctx, words[0], words[-1]), False))
            return
        if words[-1].lower in VENUE_HEADS and len(words) > 1 and not (compound or cut):
            # "Dorn Hall", "Vesper Arena": where something happened, a place.
            self.out.names.append(("place", self.occurrence(ctx, words[0], words[-1]), False))
            return
        if words[-1].lower in SEAT_HEADS and not (compound or cut or "of" in lowered):
            # "White House", "Blue House", "Chatham House": a body named by its seat, where
            # acts happen and who acts; an organisation (OTHER_HEADS drops the rest).
            self.out.names.append(
                ("organisation", self.occurrence(ctx, words[0], words[-1]), False)
            )
            return
        if words[-1].lower in OTHER_HEADS or ("of" in lowered and lowered & OTHER_HEADS):
            return
        if "of" in lowered and self._person_of(ctx, words):
            return
        institution = lowered & (ORG_HEADS | TREATY_HEADS | EVENT_HEADS)
        if not institution and (
            words[-1].lower in GEO_HEADS
            or (words[0].lower in GEO_HEADS and words[1].lower == "of")
            or settlement([w.text for w in words])  # "Meghani Nagar": a town's district
        ):
            self.out.names.append(("place", self.occurrence(ctx, words[0], words[-1]), False))
            return
        # "Tajik Foreign Ministry" mentions Tajikistan, and stays the Tajik ministry: the
        # demonym is what tells it from Russia's "Foreign Ministry".
        if words[0].text in self.gaz.demonyms and words[-1].lower in STATE_ORGANS:
            self._qualifier(ctx, words[0], False)
        # "Capilla Sixtina", "Cappella Sistina", "Kathedrale Notre-Dame": a place in the
        # languages that put the head noun first.
        if place_headed(words, self.language):
            occ = self.occurrence(ctx, words[0], words[-1])
            self.out.names.append(("place", unelided(occ), False))
            return
        plain, start, end = [w.text for w in words], words[0].start, words[-1].end
        if words[-1].lower not in HEAD_KINDS and quoted_thing(ctx[2], plain, start, end):
            # 'на стадионе "Лусаил Айконик"': a venue's, firm's or ship's name, no person's.
            occurrence = self.occurrence(ctx, words[0], words[-1])
            self.out.names.append(("organisation", occurrence, False))
            return
        if group_of(words):
            return  # "Tory MPs": a group of people, no name (the party is named apart)
        kind: str | None = HEAD_KINDS.get(words[-1].lower) or (
            # "Ronaldo Jr.": a son's suffix after a name, a person (:mod:`.generational`)
            "person"
            if generational_name([w.text for w in words]) and not words[0].acronym
            else "treaty"
            if lowered & TREATY_HEADS or words[0].lower in FIRST_TREATY_HEADS
            else "event"
            if lowered & EVENT_HEADS
            else "organisation"
            if lowered & ORG_HEADS or any(w.acronym and not REGNAL.match(w.text) for w in words)
            else "person"
            if self._person_like(words)
            else "organisation"
            if "of" in lowered
            # Capitalised mid-sentence and no person: a company or body ("Nordline Terminals").
            else "organisation"
            if self._body_like(words)
            else None
        )
        if kind == "event" and compound:
            return  # "Russia Summit" out of "Central Asia-Russia Summit": the phrase is read whole
        if kind is not None:
            self.out.names.append((kind, self.occurrence(ctx, words[0], words[-1]), False))

    def _adjectives_noun(self, text: str, word: Token) -> bool:
        """A capitalised word that a lower-case adjective of a noun-capitalising language
        qualifies: the common noun the adjective agrees with, in apposition to the name after
        it ("die russische Rockband Piknik", "der slowakischen Nachrichtenagentur TASR"), not
        a word of that name. An adjective is told by its derivational suffix and inflection
        ("russ-isch-e", "lok-al-en", "nörd-lich-er"); a capitalised word inflected like it
        is an adjective of the name itself ("die staatliche Deutsche Bahn"), and a given
        name or a place after it is the name ("die junge Anna Berg")."""
        if self.language not in NOUN_CAPITALISING or word.initial or word.acronym:
            return False
        before = _ADJECTIVE.search(text, max(0, word.start - 40), word.start)
        if before is None or before.group(1).lower() in self.function:
            return False
        ending = before.group(2)
        return (
            not word.lower.endswith(ending)
            and not given_name(word.text)
            and self.gaz.place(word.text) is None
        )

    def _single(
        self, ctx: tuple[str, int, str], words: list[Token], after: Token | None, compound: bool
    ) -> None:
        """One capitalised word: an acronym, a demonym standing for its state, or a surname."""
        word = words[0]
        text = ctx[2][words[0].start : words[-1].end]
        demonym = self.gaz.demonyms.get(text)
        if demonym is not None:
            # "Tajik capital" is Tajikistan; "Tajik-Afghan border" and "Russian-language"
            # describe something else, so compounds never count.
            if not compound and after is not None and after.lower in STATE_NOUNS:
                self.out.places.append((demonym, self.occurrence(ctx, words[0], words[-1])))
            return
        if len(words) > 1:
            return
        if _hyphen_numbered(word.text):  # "Luna-25", "LVM-3": a mission's, a rocket's name
            name = _bare(re.split("[-‐‑–]", word.lower)[0])
            if name not in date_words(self.language):  # "6 Şubat-3 Mart": a date's range
                self.out.names.append(("organisation", self.occurrence(ctx, word, word), False))
            return
        if word.acronym:
            if paragraph_label(ctx[2], word):
                return  # "STORY: In a shotgun merger ...": a transcript's label
            country = initials_place(word.text, self.language)
            if country is not None:  # "EAU", "VAE", "США": :mod:`.country_acronyms`
                self.out.places.append((country, self.occurrence(ctx, word, word)))
                return
            place = tail_place(word.text)
            if place is not None:  # "D.C." of "워싱턴 D.C.": Washington (:mod:`.kind_heads`)
                self.out.places.append((place, self.occurrence(ctx, word, word)))
                return
            if word.text.rstrip("+").isalnum() or "." in word.text:
                self.out.acronyms.append(self.occurrence(ctx, word, word))
            return
        if place_shape(word.text):  # "Punggye-ri": a Korean place (:mod:`.korean_keys`)
            self.out.names.append(("place", self.occurrence(ctx, word, word), False))
            return
        if _numbered_name(word.text):  # "Digi24"
            self.out.names.append(("organisation", self.occurrence(ctx, word, word), False))
            return
        if (
            word.initial
            or not word.text.isalpha()
            or word.lower in self.lowercase
            or word.lower in self.function
        ):
            return
        # 'в «Кварце»': a one-word name the quotation marks say is one (:mod:`.quoted_names`)
        quoted = self.language not in NOUN_CAPITALISING and quoted_word(
            ctx[2], word.text, word.start, word.end
        )
        if word.lower in INSTITUTIONS or quoted:  # "the Kremlin", "the Pentagon"
            self.out.names.append(("organisation", self.occurrence(ctx, word, word), False))
        else:
            # "le prince Harry", "принца Гарри": a lower-case title before the word attests a
            # person, as a capitalised one does (:mod:`.personal_titles`).
            titled = office_before(ctx[2], word.start, self.language) is not None
            self.out.surnames.append((self.occurrence(ctx, word, word), titled))

    def _compound_then_place(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """A hyphenated adjective before a known place ("het Noord-Italiaanse Ligurië"): the
        place is what is named (:mod:`.compound_places`)."""
        place = compound_place(words[0].text, words[1].text, self.gaz.place, self._standalone)
        if place is not None:
            self.out.places.append((place, self.occurrence(ctx, words[1], words[1])))
        return place is not None

    def _suffixed_place(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """A name with a case suffix after an apostrophe ends a name wherever it stands:
        "Deprem Malatya’nın Doğanşehir" is a sentence opener, a place and a district;
        "Osmaniye’ye Bingöl Valisi" is not one name either.

        Turkish writes the suffix after the whole name, so a suffixed word that is no known
        place ends the name that two or more capitalised words before it open:
        "Cumhurbaşkanlığı Muhafız Alayı'na bağlı" names "Cumhurbaşkanlığı Muhafız Alayı" (as
        the same text writes it unsuffixed), never the cut "Cumhurbaşkanlığı Muhafız". After
        one word the run is left as it was: "Muhafız Alayı'na" would make a two-word run, which
        reads as a person's name, of what is a body ("the Guard Regiment")."""
        k = next((i for i, w in enumerate(words) if case_suffixed(w.text)), None)
        if k is None:
            return False
        place = self.gaz.place(words[k].text)
        before = words[:k]
        if place is not None:
            self.out.places.append((place, self.occurrence(ctx, words[k], words[k])))
        elif len(before) > 1:
            before = [*before, _unsuffixed(words[k])]
        for part in (before, words[k + 1 :]):
            if part:
                self._name(ctx, part, None, False)
        return True


def _unsuffixed(word: Token) -> Token:
    """``word`` without its case suffix and apostrophe ("Alayı'na" → "Alayı")."""
    stem = re.split("['’]", word.text, maxsplit=1)[0]
    return word._replace(text=stem, end=word.start + len(stem), lower=stem.lower())


def paragraph_label(text: str, word: Token) -> bool:
    """A word in capitals that opens its paragraph and a colon closes: the label a video
    transcript, a live page or a newsletter puts before its text ("STORY:", "UPDATE:",
    "WATCH:", "BREAKING:"), no name of anything. A dateline in capitals ("PARIS:") is read as
    the place before this is asked; a name the text writes anywhere else is still found
    there (the second pass searches every known name in every paragraph)."""
    return text[word.end : word.end + 1] == ":" and not text[: word.start].strip()
