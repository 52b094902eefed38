"""Candidate names, places, events and themes found in the prose of a briefing.

This is the first of two passes. It reads each article's body paragraphs (not captions, credits
or footers: ``Paragraph.foldable`` ones are furniture that repeats the same names and would
dominate the counts) and records what *might* be a topic, with where it was seen. Title-case
headings are tokenised too but yield no new names, since every word in them is capitalised;
the second pass (:mod:`briefing.topics.cluster`) still finds known names in them.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Article
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.gazetteer import Gazetteer, gazetteer
from briefing.topics.lexicon import (
    EVENT_HEADS,
    GEO_HEADS,
    INSTITUTIONS,
    MONTHS,
    NAME_PARTICLES,
    ORG_HEADS,
    OTHER_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STATE_NOUNS,
    STATE_ORGANS,
    STOPWORDS,
    TREATY_HEADS,
    WEEKDAYS,
)
from briefing.topics.patterns import (
    council_owner,
    descriptor,
    is_council,
    long_form_start,
    name_words,
    parenthesised_acronym,
    prefixed,
    split_dashes,
    summits,
)
from briefing.topics.themes import theme_occurrences
from briefing.topics.tokens import DASHES, Token, chunks, is_heading, tokenize

_CONNECTORS = frozenset({"of", "the", "on", "for"})
#: Longer runs of capitalised tokens are not names ("Council of Heads of State of the
#: Commonwealth of Independent States" is 11); the bound also keeps hostile input linear.
MAX_NAME_TOKENS = 16
#: Words that may open or close a capitalised run without being part of a name.
_EDGE_WORDS = _CONNECTORS | STOPWORDS | MONTHS | WEEKDAYS | {m + "." for m in MONTHS}


class _Reader:
    """Reads one paragraph at a time into a shared :class:`Candidates`."""

    def __init__(self, lowercase: set[str], midcap: set[str], gaz: Gazetteer) -> None:
        #: Words the briefing writes in lower case somewhere: not names by themselves.
        self.lowercase = lowercase
        #: Words the briefing capitalises in mid-sentence somewhere: names for sure.
        self.midcap = midcap
        self.gaz = gaz
        self.out = Candidates()

    def occurrence(self, ctx: tuple[str, int, str], first: Token, last: Token) -> Occurrence:
        article, index, text = ctx
        return Occurrence(article, index, first.start, last.end, text[first.start:last.end])

    def paragraph(self, article: str, index: int, text: str, tokens: list[Token]) -> None:
        ctx = (article, index, text)
        self.out.paragraphs.append(ctx)
        self.out.tokens.append(tokens)
        for key, start, end in theme_occurrences(tokens):
            self.out.themes.append((key, Occurrence(article, index, start, end, text[start:end])))
        if is_heading(text):
            return
        for first, last, groups in summits(tokens):
            occurrence = self.occurrence(ctx, tokens[first], tokens[last])
            self.out.events.extend(((text[s:e],), occurrence) for s, e in groups)
        for chunk in chunks(tokens):
            if chunk.last - chunk.first >= MAX_NAME_TOKENS:
                continue  # a shouted sentence or a list of capitals, not a name
            words = name_words(tokens, chunk.first, chunk.last, self._standalone)
            if _dateline(tokens, chunk.first, chunk.last):
                # "KAMPONG CHHNANG, Cambodia —": a place, or nothing (never an acronym).
                dateline = text[words[0].start : words[-1].end]
                place = self.gaz.place(dateline.title())
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
            parts = split_dashes(words)
            hint = descriptor(tokens, chunk.first, chunk.last) if len(parts) == 1 else None
            compound = len(parts) > 1 or prefixed(tokens, chunk.first)
            for k, part in enumerate(parts):
                self._name(ctx, part, after if k == len(parts) - 1 else None, compound, hint)

    def _definition(
        self, ctx: tuple[str, int, str], tokens: list[Token], last: int, words: list[Token]
    ) -> None:
        """"Long Form (LF)": remember the pair when the initials fit."""
        found = parenthesised_acronym(tokens, last)
        if found is None:
            return
        first_inside, last_inside, acronym = found
        words = self._trim(words)
        k = long_form_start(ctx[2], words, acronym)
        if k is None:
            return
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
            if w.lower in _EDGE_WORDS or w.text[0].isdigit() or (
                w.initial
                and (w.lower in self.lowercase or w.lower.endswith(("ing", "ed", "ly")))
                # A place opening a sentence stays ("Dushanbe hosted ..."), unless it is
                # also a common word never capitalised mid-sentence ("Reading the ...").
                and (self.gaz.place(w.text) is None or w.text not in self.midcap)
                and w.lower not in ROLE_HEADS
                and w.lower not in ROLE_MODIFIERS
            ):
                words = words[1:]
            else:
                break
        while words and (words[-1].lower in _CONNECTORS or words[-1].lower in MONTHS
                         or words[-1].lower in WEEKDAYS):
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
        words = self._trim(words)
        if not words:
            return
        if self._titled(ctx, words):
            return
        # "U.S. State Department": a place abbreviation qualifying what follows.
        if len(words) > 1 and words[0].acronym and self.gaz.place(words[0].text):
            self._qualifier(ctx, words[0], False)
            words = words[1:]
        text = ctx[2][words[0].start:words[-1].end]
        place = self.gaz.place(text)
        if place is not None:
            self.out.places.append((place, self.occurrence(ctx, words[0], words[-1])))
            return
        if hint is not None and text not in self.gaz.demonyms and not (
            len(words) == 1 and (words[0].acronym or words[0].lower in STOPWORDS)
        ):
            self.out.names.append((hint, self.occurrence(ctx, words[0], words[-1]), False))
            return
        if len(words) == 1 or text in self.gaz.demonyms:
            self._single(ctx, words, after, compound)
            return
        lowered = {w.lower for w in words}
        if words[-1].lower in OTHER_HEADS or ("of" in lowered and lowered & OTHER_HEADS):
            return
        if "of" in lowered and self._person_of(ctx, words):
            return
        institution = lowered & (ORG_HEADS | TREATY_HEADS | EVENT_HEADS)
        if not institution and (
            words[-1].lower in GEO_HEADS
            or (words[0].lower in GEO_HEADS and words[1].lower == "of")
        ):
            self.out.names.append(("place", self.occurrence(ctx, words[0], words[-1]), False))
            return
        # "Tajik Foreign Ministry" mentions Tajikistan, and stays the Tajik ministry: the
        # demonym is what tells it from Russia's "Foreign Ministry".
        if words[0].text in self.gaz.demonyms and words[-1].lower in STATE_ORGANS:
            self._qualifier(ctx, words[0], False)
        kind: str | None = _HEAD_KINDS.get(words[-1].lower) or (
            "treaty" if lowered & TREATY_HEADS
            else "event" if lowered & EVENT_HEADS
            else "organisation" if lowered & ORG_HEADS or any(w.acronym for w in words)
            else "person" if self._person_like(words)
            else "organisation" if "of" in lowered
            # Capitalised mid-sentence and no person: a company or body ("Nordline Terminals").
            else "organisation" if self._body_like(words)
            else None
        )
        if kind == "event" and compound:
            return  # "Russia Summit" out of "Central Asia-Russia Summit": the phrase is read whole
        if kind is not None:
            self.out.names.append((kind, self.occurrence(ctx, words[0], words[-1]), False))

    def _titled(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """A title and the name it introduces: "Russian President Vladimir Putin".

        The title never joins the name. What stands before the title is read as a name of
        its own: a place or demonym ("Russian", "Tajik"), or the body the person serves
        ("European Commission President Ursula von der Leyen").
        """
        role = max((i for i, w in enumerate(words) if w.lower in ROLE_HEADS), default=-1)
        if role < 0:
            return False
        rest = words[role + 1 :]
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

    def _named_after_title(self, title: Token, rest: list[Token]) -> bool:
        """Whether the words after a title are a person's name."""
        if len(rest) > 1:
            return _personal_name(rest)
        word = rest[0]
        # After a plural title ("Tsars Peter the Great and ...") one word is a piece of a
        # list; after "General" or "Head" it may be anything ("General Motors").
        return (
            _name_shaped(word)
            and not title.lower.endswith("s")
            and title.lower not in AMBIGUOUS_TITLES
            and word.lower not in self.lowercase
            and word.lower not in _HEAD_KINDS
            and word.lower not in OTHER_HEADS
        )

    def _body_like(self, words: list[Token]) -> bool:
        """Capitalised words in mid-sentence that name no person, place or title."""
        return (
            not words[0].initial
            and not self._standalone(words[0].text)
            and not self._standalone(" ".join(w.text for w in words[:2]))
            and not any(w.lower in ROLE_HEADS for w in words)
        )

    def _person_of(self, ctx: tuple[str, int, str], words: list[Token]) -> bool:
        """"Dara Sovann of the Mekong River Commission": a person, then what they belong to."""
        at = next(i for i, w in enumerate(words) if w.lower == "of")
        person, rest = words[:at], words[at + 1 :]
        if rest and rest[0].lower == "the":
            rest = rest[1:]
        if len(person) < 2 or not rest or not self._person_like(person):
            return False
        self.out.names.append(("person", self.occurrence(ctx, person[0], person[-1]), False))
        self._name(ctx, rest, None, False)
        return True

    def _standalone(self, text: str) -> bool:
        """A place or demonym: keeps its meaning in a hyphenated compound."""
        return text in self.gaz.demonyms or self.gaz.place(text) is not None

    def _person_like(self, words: list[Token]) -> bool:
        """Two to five name-shaped words none of which the briefing uses in lower case.

        A title is never a given name, so "General Motors" is not a person.
        """
        if words[0].lower in ROLE_HEADS or words[0].lower in ROLE_MODIFIERS:
            return False
        for n in range(1, min(len(words), 4) + 1):
            prefix = " ".join(w.text for w in words[:n])
            if prefix in self.gaz.demonyms or self.gaz.place(prefix):
                return False
        return _personal_name(words) and all(
            w.text in NAME_PARTICLES
            or (w.lower not in self.lowercase and w.lower not in STOPWORDS
                and w.text not in self.gaz.demonyms)
            for w in words
        )

    def _person(self, ctx: tuple[str, int, str], words: list[Token]) -> None:
        """A name after a title: a person ("Vladimir Putin") or a surname ("Putin")."""
        if len(words) == 1:
            if _name_shaped(words[0]):
                self.out.surnames.append((self.occurrence(ctx, words[0], words[0]), True))
            return
        if _personal_name(words):
            self.out.names.append(("person", self.occurrence(ctx, words[0], words[-1]), True))

    def _qualifier(self, ctx: tuple[str, int, str], word: Token, dry: bool) -> bool:
        """A place or demonym before a title: "Tajik President", "U.S. President"."""
        place = self.gaz.place(word.text) or self.gaz.demonyms.get(word.text)
        if place is None:
            return word.acronym
        if not dry:
            self.out.places.append((place, self.occurrence(ctx, word, word)))
        return True

    def _single(
        self, ctx: tuple[str, int, str], words: list[Token], after: Token | None, compound: bool
    ) -> None:
        """One capitalised word: an acronym, a demonym standing for its state, or a surname."""
        word = words[0]
        text = ctx[2][words[0].start:words[-1].end]
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
        if word.initial or not word.text.isalpha() or word.lower in self.lowercase:
            return
        if word.lower in INSTITUTIONS:  # "the Kremlin", "the Pentagon"
            self.out.names.append(("organisation", self.occurrence(ctx, word, word), False))
        else:
            self.out.surnames.append((self.occurrence(ctx, word, word), False))

_HEAD_KINDS: dict[str, str] = {
    **dict.fromkeys(ORG_HEADS, "organisation"),
    **dict.fromkeys(TREATY_HEADS, "treaty"),
    **dict.fromkeys(EVENT_HEADS, "event"),
}


#: Titles that also begin other names ("General Motors", "Head Office").
AMBIGUOUS_TITLES = frozenset({"general", "head", "chief", "chair", "justice", "judge", "coach"})


def _dateline(tokens: list[Token], first: int, last: int) -> bool:
    """Capitals opening a paragraph before "(", "," or a dash: "MOSCOW (AP) —"."""
    return (
        first == 0
        and last + 1 < len(tokens)
        and tokens[last + 1].text in ("(", ",", "—", "–", "-")
        and all(t.text.isupper() or t.text in DASHES for t in tokens[first : last + 1])
    )


def _name_shaped(word: Token) -> bool:
    """Capitalised letters with at most hyphens and apostrophes: "Kassym-Jomart", "O'Brien",
    "al-Assad"."""
    text = word.text
    particle, dash, rest = text.partition("-")
    if dash and particle in NAME_PARTICLES:
        text = rest
    letters = text.replace("-", "").replace("'", "").replace("’", "")
    return bool(text) and text[0].isupper() and letters.isalpha() and not text.isupper()


def _personal_name(words: list[Token]) -> bool:
    """Two to five words, name-shaped, with particles only inside ("Ursula von der Leyen")."""
    return (
        2 <= len(words) <= 5
        and _name_shaped(words[0])
        and _name_shaped(words[-1])
        and all(_name_shaped(w) or w.text in NAME_PARTICLES for w in words[1:-1])
    )


def read(articles: Sequence[Article]) -> Candidates:
    """First pass over every body-ish paragraph of every article."""
    tokenised: list[tuple[str, int, str, list[Token]]] = []
    lowercase: set[str] = set()
    midcap: set[str] = set()
    for article in articles:
        for index, para in article.body_paragraphs:
            tokens = tokenize(para.text)
            tokenised.append((article.id, index, para.text, tokens))
            lowercase.update(t.text for t in tokens if t.text.islower())
            if not is_heading(para.text):
                midcap.update(t.text for t in tokens if not t.initial and t.text[:1].isupper())
    reader = _Reader(lowercase, midcap, gazetteer())
    for article_id, index, text, tokens in tokenised:
        reader.paragraph(article_id, index, text, tokens)
    return reader.out
