"""Candidate names, places, events and themes found in the prose of a briefing.

This is the first of two passes. It reads each article's body paragraphs (not captions, credits
or footers: ``Paragraph.foldable`` ones are furniture that repeats the same names and would
dominate the counts) and records what *might* be a topic, with where it was seen. Title-case
headings are tokenised too but yield no new names, since every word in them is capitalised;
the second pass (:mod:`briefing.topics.cluster`) still finds known names in them. The walk
over the paragraphs that feeds this reader is :mod:`briefing.topics.first_pass`.
"""

from __future__ import annotations

from briefing.topics.acronyms import lone_short_acronym
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.glued import unglue
from briefing.topics.languages import (
    NOUN_CAPITALISING,
    common_noun,
    dependent_phrase,
)
from briefing.topics.lexicon import (
    EVENT_HEADS,
    FOREIGN_PLACE_HEADS,
    GEO_HEADS,
    HEAD_KINDS,
    INSTITUTIONS,
    MONTHS,
    ORG_HEADS,
    OTHER_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STATE_NOUNS,
    STATE_ORGANS,
    STOPWORDS,
    TREATY_HEADS,
    VENUE_HEADS,
    WEEKDAYS,
)
from briefing.topics.nouns import case_suffixed
from briefing.topics.patterns import (
    REGNAL,
    conjoined_long_form,
    council_owner,
    dateline,
    descriptor,
    is_council,
    long_form_start,
    name_words,
    parenthesised_acronym,
    prefixed,
    split_dashes,
    summits,
)
from briefing.topics.people import PeopleRules
from briefing.topics.themes import theme_occurrences
from briefing.topics.tokens import (
    Token,
    chunks,
    is_heading,
)

_CONNECTORS = frozenset({"of", "the", "on", "for"})
#: Longer runs of capitalised tokens are not names ("Council of Heads of State of the
#: Commonwealth of Independent States" is 11); the bound also keeps hostile input linear.
MAX_NAME_TOKENS = 16
#: Words that may open or close a capitalised run without being part of a name.
_EDGE_WORDS = _CONNECTORS | STOPWORDS | MONTHS | WEEKDAYS | {m + "." for m in MONTHS}


class _Reader(PeopleRules):
    """Reads one paragraph at a time into a shared :class:`Candidates`."""

    def __init__(
        self,
        lowercase: set[str],
        midcap: set[str],
        gaz: Gazetteer,
        function: frozenset[str] = frozenset(),
        nouns: frozenset[str] = frozenset(),
        elsewhere: frozenset[str] = frozenset(),
    ) -> None:
        #: Words the briefing writes in lower case somewhere: not names by themselves.
        self.lowercase = lowercase
        #: Words the briefing capitalises in mid-sentence somewhere: names for sure.
        self.midcap = midcap
        self.gaz = gaz
        #: Function words of the briefing's other languages ("und", "que", "и"), lower case:
        #: never a name alone nor the edge of one, never part of a theme.
        self.function = function
        #: Capitalised words of noun-capitalising languages that are common nouns
        #: (:func:`~briefing.topics.nouns.common_nouns`); read as lower-case words in
        #: those languages' paragraphs.
        self.nouns = nouns
        #: Words capitalised mid-sentence in articles of languages that capitalise names
        #: only; ``others`` says whether the briefing has such articles at all.
        self.elsewhere = elsewhere
        self.others = bool(elsewhere)
        self._edges = _EDGE_WORDS | function
        self.out = Candidates()
        #: Theme phrases as first seen: a large briefing repeats each one many times.
        self._surfaces: dict[str, str] = {}
        #: The language of the paragraph being read.
        self.language = "en"
        #: Whether the briefing writes a text as a word of its own somewhere.
        self._written = lambda text: text in midcap or text in lowercase

    def paragraph(
        self, article: str, index: int, text: str, tokens: list[Token], language: str = "en"
    ) -> None:
        ctx = (article, index, text)
        self.out.paragraphs.append(ctx)
        self.language = language
        if language in NOUN_CAPITALISING:
            # German capitalises every noun: a capital there is no sign of a name.
            tokens = [self._as_common(tokens, i) for i in range(len(tokens))]
        if language == "en":
            # The theme shapes (modifier + noun, noun "of" noun) are English word order;
            # elsewhere they pair verbs and function words ("meydana geldi", "ainsi que").
            # In a briefing of several languages an article taken for English may not be:
            # no other language's function word makes a theme either ("les plus").
            self._themes(ctx, tokens, language)
        if is_heading(text):
            return
        self._names(ctx, tokens)

    def _as_common(self, tokens: list[Token], i: int) -> Token:
        """A common noun of a noun-capitalising language, as if written in lower case.

        A noun by the briefing's own evidence (:func:`~briefing.topics.nouns.common_nouns`),
        a sentence opener never capitalised mid-sentence, or a capitalised word standing
        alone between lower case words that no other language of the briefing capitalises
        ("Gästen", "Sinnbild"): names travel across languages and mostly come as full names;
        a lone German capital word is far more often a noun.
        """
        token = tokens[i]
        if token.acronym or self._standalone(token.text):
            return token
        alone = (
            self.others
            and token.text not in self.elsewhere
            and not (i > 0 and tokens[i - 1].text[:1].isupper())
            and not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())
        )
        if (
            token.text in self.nouns
            or alone
            or (token.initial and token.text not in self.midcap)
            or (token.text.endswith("s") and self._standalone(token.text[:-1]))  # genitive
        ):
            lowered = token.text.lower()
            if len(lowered) == len(token.text):
                return token._replace(text=lowered, initial=False)
        return token

    def _themes(self, ctx: tuple[str, int, str], tokens: list[Token], language: str) -> None:
        article, index, text = ctx
        for key, start, end in theme_occurrences(tokens, self.function):
            surface = text[start:end]
            if surface[0].isupper() and surface.split()[0].lower() not in self.lowercase:
                continue  # a sentence opener never written in lower case: "French media"
            surface = self._surfaces.setdefault(surface, surface)  # one string per phrase
            self.out.themes[key].append(Occurrence(article, index, start, end, surface))

    def _names(self, ctx: tuple[str, int, str], tokens: list[Token]) -> None:
        text = ctx[2]
        for first, last, groups in summits(tokens):
            occurrence = self.occurrence(ctx, tokens[first], tokens[last])
            self.out.events.extend(((text[s:e],), occurrence) for s, e in groups)
        for chunk in chunks(tokens):
            if chunk.last - chunk.first >= MAX_NAME_TOKENS:
                continue  # a shouted sentence or a list of capitals, not a name
            words = name_words(tokens, chunk.first, chunk.last, self._standalone)
            words, glued = unglue(words, self.language, self._written)
            if chunk.first > 0 and dependent_phrase(tokens[chunk.first - 1].text, words[0].text):
                continue
            if dateline(tokens, chunk.first, chunk.last):
                # "KAMPONG CHHNANG, Cambodia —": a place, or nothing (never an acronym).
                where = text[words[0].start : words[-1].end]
                place = self.gaz.place(where.title())
                if place is not None:
                    self.out.places.append((place, self.occurrence(ctx, words[0], words[-1])))
                continue
            self._definition(ctx, tokens, chunk.last, words)
            if is_council(words):
                owner = council_owner(tokens, words, chunk.last)
                if owner is not None:
                    occurrence = self.occurrence(ctx, words[0], words[-1])
                    self.out.events.append(((text[owner[0] : owner[1]],), occurrence))
                continue
            after = tokens[chunk.last + 1] if chunk.last + 1 < len(tokens) else None
            if glued:
                self._name(ctx, glued, after, False)
                after = glued[0]
            parts = split_dashes(words)
            whole = self.gaz.place(text[words[0].start : words[-1].end]) if len(parts) > 1 else None
            if whole is not None:  # "Seine-Saint-Denis", "Baden-Württemberg": one place
                self.out.places.append((whole, self.occurrence(ctx, words[0], words[-1])))
                continue
            hint = descriptor(tokens, chunk.first, chunk.last) if len(parts) == 1 else None
            compound = len(parts) > 1 or prefixed(tokens, chunk.first)
            for k, part in enumerate(parts):
                self._name(ctx, part, after if k == len(parts) - 1 else None, compound, hint)

    def _definition(
        self, ctx: tuple[str, int, str], tokens: list[Token], last: int, words: list[Token]
    ) -> None:
        """ "Long Form (LF)": remember the pair when the initials fit."""
        found = parenthesised_acronym(tokens, last)
        if found is None:
            return
        first_inside, last_inside, acronym = found
        words = self._trim(words)
        k = long_form_start(ctx[2], words, acronym)
        if k is None:
            joined = conjoined_long_form(ctx[2], tokens, words, acronym) if words else None
            if joined is None:
                return
            words, k = joined, 0
        long_form = self.occurrence(ctx, words[k], words[-1])
        short_form = self.occurrence(ctx, tokens[first_inside], tokens[last_inside])
        self.out.definitions.append((long_form.surface, short_form.surface))
        self.out.names.append(("organisation", long_form, False))
        self.out.acronyms.append(short_form)

    def _trim(self, words: list[Token]) -> list[Token]:
        """Drop sentence openers, articles, dates and dangling connectors at the edges."""
        while words:
            w = words[0]
            # "Leaders of the Commonwealth ...": a sentence-initial common noun before "of".
            if (
                w.initial
                and len(words) > 2
                and words[1].lower == "of"
                and w.lower not in ORG_HEADS | EVENT_HEADS | TREATY_HEADS | ROLE_HEADS
                and self.gaz.place(w.text) is None
            ):
                words = words[2:]
                continue
            if w.initial and common_noun(w.text):  # "Президент России ...": a sentence opener
                words = words[1:]
                continue
            if len(words) == 1 and lone_short_acronym(w, self._edges, self.gaz):
                break
            if (
                w.lower in self._edges
                or w.text[0].isdigit()
                or (
                    w.initial
                    and (w.lower in self.lowercase or w.lower.endswith(("ing", "ed", "ly")))
                    # A place opening a sentence stays ("Dushanbe hosted ..."), unless it is
                    # also a common word never capitalised mid-sentence ("Reading the ...").
                    and (self.gaz.place(w.text) is None or w.text not in self.midcap)
                    and w.lower not in ROLE_HEADS
                    and w.lower not in ROLE_MODIFIERS
                )
            ):
                words = words[1:]
            else:
                break
        while words and (
            words[-1].lower in _CONNECTORS
            or words[-1].lower in MONTHS
            or words[-1].lower in WEEKDAYS
            or words[-1].lower in self.function
        ):
            if len(words) == 1 and lone_short_acronym(words[0], self._edges, self.gaz):
                break
            words = words[:-1]
        return words

    def _name(
        self,
        ctx: tuple[str, int, str],
        words: list[Token],
        after: Token | None,
        compound: bool,
        hint: str | None = None,
    ) -> None:
        """Classify one run of capitalised words (a dash-free part of a chunk).

        ``hint`` is the kind a neighbouring common noun gives the name ("the tanker ...").
        """
        opening = words[0] if words else None
        words = self._trim(words)
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
        text = ctx[2][words[0].start : words[-1].end]
        place = self.gaz.place(text)
        if place is not None:
            self.out.places.append((place, self.occurrence(ctx, words[0], words[-1])))
            return
        if len(words) > 1 and self._suffixed_place(ctx, words):
            return
        if (
            hint is not None
            and text not in self.gaz.demonyms
            and not (
                len(words) == 1
                and (
                    words[0].acronym
                    or words[0].lower in STOPWORDS
                    or words[0].lower in self.function
                )
            )
        ):
            self.out.names.append((hint, self.occurrence(ctx, words[0], words[-1]), False))
            return
        if len(words) == 1 or text in self.gaz.demonyms:
            self._single(ctx, words, after, compound)
            return
        if len(words) > 1 and self._place_then_person(ctx, words):
            return
        lowered = {w.lower for w in words}
        if words[-1].lower in VENUE_HEADS and len(words) > 1 and not (compound or cut):
            # "Dorn Hall", "Vesper Arena": where something happened, a place.
            self.out.names.append(("place", self.occurrence(ctx, words[0], words[-1]), False))
            return
        if words[-1].lower in OTHER_HEADS or ("of" in lowered and lowered & OTHER_HEADS):
            return
        if "of" in lowered and self._person_of(ctx, words):
            return
        institution = lowered & (ORG_HEADS | TREATY_HEADS | EVENT_HEADS)
        if not institution and (
            words[-1].lower in GEO_HEADS or (words[0].lower in GEO_HEADS and words[1].lower == "of")
        ):
            self.out.names.append(("place", self.occurrence(ctx, words[0], words[-1]), False))
            return
        # "Tajik Foreign Ministry" mentions Tajikistan, and stays the Tajik ministry: the
        # demonym is what tells it from Russia's "Foreign Ministry".
        if words[0].text in self.gaz.demonyms and words[-1].lower in STATE_ORGANS:
            self._qualifier(ctx, words[0], False)
        # "Capilla Sixtina", "Cappella Sistina", "Kathedrale Notre-Dame": a place in the
        # languages that put the head noun first.
        if words[0].lower in FOREIGN_PLACE_HEADS and not words[0].initial:
            self.out.names.append(("place", self.occurrence(ctx, words[0], words[-1]), False))
            return
        kind: str | None = HEAD_KINDS.get(words[-1].lower) or (
            "treaty"
            if lowered & TREATY_HEADS
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
        if word.acronym:
            if word.text.rstrip("+").isalnum() or "." in word.text:
                self.out.acronyms.append(self.occurrence(ctx, word, word))
            return
        if (
            word.initial
            or not word.text.isalpha()
            or word.lower in self.lowercase
            or word.lower in self.function
        ):
            return
        if word.lower in INSTITUTIONS:  # "the Kremlin", "the Pentagon"
            self.out.names.append(("organisation", self.occurrence(ctx, word, word), False))
        else:
            self.out.surnames.append((self.occurrence(ctx, word, word), False))

    def _suffixed_place(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """A name with a case suffix after an apostrophe ends a name wherever it stands:
        "Deprem Malatya’nın Doğanşehir" is a sentence opener, a place and a district;
        "Osmaniye’ye Bingöl Valisi" is not one name either."""
        k = next((i for i, w in enumerate(words) if case_suffixed(w.text)), None)
        if k is None:
            return False
        place = self.gaz.place(words[k].text)
        if place is not None:
            self.out.places.append((place, self.occurrence(ctx, words[k], words[k])))
        for part in (words[:k], words[k + 1 :]):
            if part:
                self._name(ctx, part, None, False)
        return True
