"""Candidate names, places, events and themes found in the prose of a briefing.

This is the first of two passes. It reads each article's body paragraphs (not captions, credits
or footers: ``Paragraph.foldable`` ones are furniture that repeats the same names and would
dominate the counts) and records what *might* be a topic, with where it was seen. Title-case
headings are tokenised too but yield no new names, since every word in them is capitalised;
the second pass (:mod:`briefing.topics.cluster`) still finds known names in them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.model import Article
from briefing.topics.gazetteer import Gazetteer, gazetteer
from briefing.topics.lexicon import (
    DESCRIPTORS,
    EVENT_HEADS,
    GEO_HEADS,
    INSTITUTIONS,
    MONTHS,
    ORDINALS,
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
from briefing.topics.themes import theme_occurrences
from briefing.topics.tokens import DASHES, Token, chunks, is_heading, tokenize

_SUMMIT_WORDS = frozenset({"summit", "summits"})
_CONNECTORS = frozenset({"of", "the", "on", "for"})
#: Words that may open or close a capitalised run without being part of a name.
_EDGE_WORDS = _CONNECTORS | STOPWORDS | MONTHS | WEEKDAYS | {m + "." for m in MONTHS}


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a candidate was seen: an article, a paragraph and offsets into its text."""

    article: str
    paragraph: int
    start: int
    end: int
    surface: str


@dataclass(slots=True)
class Candidates:
    """Everything the first pass found, before aliases are merged."""

    #: (canonical place, occurrence) for places found by context (demonyms, datelines).
    places: list[tuple[str, Occurrence]] = field(default_factory=list)
    #: (kind guess, occurrence, attested) for names; attested = a title stood before it.
    names: list[tuple[str, Occurrence, bool]] = field(default_factory=list)
    #: (occurrence, attested) for single capitalised words that may be surnames; attested =
    #: seen after a title ("President Putin").
    surnames: list[tuple[Occurrence, bool]] = field(default_factory=list)
    acronyms: list[Occurrence] = field(default_factory=list)
    #: (long form, short form) pairs defined in the text: "Commonwealth of ... (CIS)".
    definitions: list[tuple[str, str]] = field(default_factory=list)
    #: (groups of participant surfaces, occurrence) for summits.
    events: list[tuple[tuple[str, ...], Occurrence]] = field(default_factory=list)
    #: (theme key, occurrence).
    themes: list[tuple[str, Occurrence]] = field(default_factory=list)
    #: Every paragraph read, for the second pass: (article id, paragraph index, text).
    paragraphs: list[tuple[str, int, str]] = field(default_factory=list)
    #: The tokens of each paragraph, in the same order.
    tokens: list[list[Token]] = field(default_factory=list)


def _words(tokens: list[Token], first: int, last: int) -> list[Token]:
    """The word tokens of a chunk, hyphenated titles re-joined ("Secretary-General")."""
    words: list[Token] = []
    i = first
    while i <= last:
        tok = tokens[i]
        if (
            i + 2 <= last
            and tokens[i + 1].text in DASHES
            and f"{tok.lower}-{tokens[i + 2].lower}" in ROLE_HEADS
        ):
            joined = tokens[i + 2]
            text = f"{tok.text}-{joined.text}"
            words.append(Token(text, tok.start, joined.end, tok.initial, text.lower()))
            i += 3
            continue
        words.append(tok)
        i += 1
    return words


def _split_dashes(words: list[Token]) -> list[list[Token]]:
    """Split "Russia–Tajikistan" style compounds into their parts."""
    parts: list[list[Token]] = [[]]
    for word in words:
        if word.text in DASHES:
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


class _Reader:
    """Reads one paragraph at a time into a shared :class:`Candidates`."""

    def __init__(self, lowercase: set[str], gaz: Gazetteer) -> None:
        self.lowercase = lowercase
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
        self._summits(ctx, tokens)
        found = chunks(tokens)
        for n, chunk in enumerate(found):
            words = _words(tokens, chunk.first, chunk.last)
            after = tokens[chunk.last + 1] if chunk.last + 1 < len(tokens) else None
            self._definition(ctx, tokens, chunk.last, words)
            if any(w.lower == "heads" for w in words) and any(w.lower == "council" for w in words):
                self._council(ctx, tokens, words, found[n + 1:], chunk.last)
                continue
            parts = _split_dashes(words)
            hint = _descriptor(tokens, chunk.first, chunk.last) if len(parts) == 1 else None
            # "ex-Soviet", "pro-Russian": a prefix makes the name part of a compound.
            prefixed = chunk.first >= 2 and tokens[chunk.first - 1].text in DASHES and (
                tokens[chunk.first - 1].start == tokens[chunk.first - 2].end
            )
            for k, part in enumerate(parts):
                nxt = after if k == len(parts) - 1 else None
                self._name(ctx, part, nxt, len(parts) > 1 or prefixed, hint)

    def _trim(self, words: list[Token]) -> list[Token]:
        """Drop sentence openers, articles, dates and dangling connectors at the edges."""
        while words:
            w = words[0]
            # "Leaders of the Commonwealth ...": a sentence-initial common noun before "of".
            if (
                w.initial
                and len(words) > 2
                and words[1].lower == "of"
                and w.lower not in ORG_HEADS | EVENT_HEADS | TREATY_HEADS
                and self.gaz.place(w.text) is None
            ):
                words = words[2:]
                continue
            if w.lower in _EDGE_WORDS or w.text[0].isdigit() or (
                w.initial
                and (w.lower in self.lowercase or w.lower.endswith(("ing", "ed", "ly")))
                and self.gaz.place(w.text) is None
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
        role = max((i for i, w in enumerate(words) if w.lower in ROLE_HEADS), default=-1)
        if role >= 0 and all(
            w.lower in ROLE_HEADS or w.lower in ROLE_MODIFIERS or self._qualifier(ctx, w, True)
            for w in words[:role]
        ):
            for w in words[:role]:
                self._qualifier(ctx, w, False)
            rest = words[role + 1:]
            # After a plural title ("Tsars Peter the Great and Catherine ...") one word is a
            # piece of a list this reader cannot split, not a surname.
            plural = words[role].lower.endswith("s") and len(rest) == 1
            if rest and rest[0].lower not in _CONNECTORS and not plural:
                self._person(ctx, rest)
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
            else None
        )
        if kind is not None:
            self.out.names.append((kind, self.occurrence(ctx, words[0], words[-1]), False))

    def _person_like(self, words: list[Token]) -> bool:
        """Two to four title-case words none of which the briefing uses in lower case."""
        for n in range(1, len(words) + 1):
            prefix = " ".join(w.text for w in words[:n])
            if prefix in self.gaz.demonyms or self.gaz.place(prefix):
                return False
        return 2 <= len(words) <= 4 and all(
            w.text[0].isupper() and w.text[1:].islower() and w.text.isalpha()
            and w.lower not in self.lowercase and w.lower not in STOPWORDS
            and w.text not in self.gaz.demonyms
            for w in words
        )

    def _person(self, ctx: tuple[str, int, str], words: list[Token]) -> None:
        """A name after a title: a person ("Vladimir Putin") or a surname ("Putin")."""
        if len(words) == 1:
            if words[0].text.isalpha() and not words[0].acronym:
                self.out.surnames.append((self.occurrence(ctx, words[0], words[0]), True))
            return
        if len(words) <= 4 and all(w.text.isalpha() for w in words):
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

    def _definition(
        self, ctx: tuple[str, int, str], tokens: list[Token], last: int, words: list[Token]
    ) -> None:
        """"Long Form (LF)": remember the pair when the initials fit."""
        if last + 2 >= len(tokens) or tokens[last + 1].text != "(":
            return
        inside: list[Token] = []
        for tok in tokens[last + 2:last + 6]:
            if tok.text == ")":
                break
            inside.append(tok)
        else:
            return
        if not inside or not any(t.acronym for t in inside):
            return
        if not all(t.capitalised or t.text in DASHES for t in inside):
            return
        words = self._trim(words)
        short_text = ctx[2][inside[0].start:inside[-1].end]
        acronym = next(t.text for t in inside if t.acronym)
        # The shortest run of words that spells the acronym is the long form (Schwartz and
        # Hearst): "Council of Heads of State of the Commonwealth of Independent States (CIS)"
        # defines "Commonwealth of Independent States".
        for k in range(len(words) - 2, -1, -1):
            if words[k].lower in _CONNECTORS or words[k].lower[0] != acronym[0].lower():
                continue
            long_text = ctx[2][words[k].start:words[-1].end]
            if initials_fit(acronym, long_text):
                self.out.definitions.append((long_text, short_text))
                self.out.names.append(
                    ("organisation", self.occurrence(ctx, words[k], words[-1]), False)
                )
                self.out.acronyms.append(self.occurrence(ctx, inside[0], inside[-1]))
                return

    def _summits(self, ctx: tuple[str, int, str], tokens: list[Token]) -> None:
        """"Russia–Central Asia summit", "the CIS and Russia–Central Asia summits"."""
        for i, tok in enumerate(tokens):
            if tok.lower not in _SUMMIT_WORDS:
                continue
            j = i - 1
            while j >= 0:
                t = tokens[j]
                name_word = t.text[0].isalpha() and t.capitalised and t.lower not in ORDINALS
                # "of (the)" inside a name: "Commonwealth of Independent States summit"
                inside = t.lower in ("of", "the") and j > 0 and (
                    tokens[j - 1].capitalised or tokens[j - 1].lower == "of"
                ) and tokens[j + 1].capitalised
                if name_word or inside or t.text in DASHES or t.lower in ("and", "&"):
                    j -= 1
                else:
                    break
            start = j + 1
            while start < i and (
                tokens[start].lower in STOPWORDS
                or tokens[start].text in DASHES
                or tokens[start].lower in ("and", "&")
                or tokens[start].lower in MONTHS
            ):
                start += 1
            if start >= i:
                continue
            groups: list[str] = []
            current: list[Token] = []
            plural = tok.lower == "summits"
            for t in tokens[start:i]:
                if t.lower in ("and", "&") and plural:
                    groups.append(self._group(ctx, current))
                    current = []
                else:
                    current.append(t)
            groups.append(self._group(ctx, current))
            groups = [g for g in groups if g]
            if groups:
                occurrence = self.occurrence(ctx, tokens[start], tok)
                self.out.events.extend((tuple([g]), occurrence) for g in groups)

    @staticmethod
    def _group(ctx: tuple[str, int, str], toks: list[Token]) -> str:
        if not toks:
            return ""
        return ctx[2][toks[0].start:toks[-1].end]

    def _council(
        self,
        ctx: tuple[str, int, str],
        tokens: list[Token],
        words: list[Token],
        following: Sequence[object],
        last: int,
    ) -> None:
        """A heads-of-state council is the summit of the organisation it belongs to."""
        text = ctx[2]
        owner_words = [
            w for w in words
            if w.lower not in ("council", "heads", "of", "the", "state")
        ]
        owner = text[owner_words[0].start:owner_words[-1].end] if owner_words else ""
        if not owner:
            # "Heads of State Council meeting of the Commonwealth of Independent States"
            window = tokens[last + 1:last + 5]
            for k, tok in enumerate(window):
                if tok.lower == "of":
                    rest = [t for t in tokens[last + 2 + k:last + 12] if t.lower != "the"]
                    names: list[Token] = []
                    for t in rest:
                        if t.capitalised or (t.lower == "of" and names):
                            names.append(t)
                        else:
                            break
                    if names:
                        owner = text[names[0].start:names[-1].end]
                    break
        if owner:
            self.out.events.append(((owner,), self.occurrence(ctx, words[0], words[-1])))


_HEAD_KINDS: dict[str, str] = {
    **dict.fromkeys(ORG_HEADS, "organisation"),
    **dict.fromkeys(TREATY_HEADS, "treaty"),
    **dict.fromkeys(EVENT_HEADS, "event"),
}


def _descriptor(tokens: list[Token], first: int, last: int) -> str | None:
    """The kind a common noun next to a name gives it.

    Before ("the tanker Sea Lantern", "grid operator Elering"), after ("the Baltic Sentry
    mission", "the Estlink 2 cable"), or closing an apposition ("Fingrid, the Finnish grid
    operator, said").
    """
    if first > 0 and tokens[first - 1].lower in DESCRIPTORS:
        return DESCRIPTORS[tokens[first - 1].lower]
    if last + 1 < len(tokens) and tokens[last + 1].lower in DESCRIPTORS:
        return DESCRIPTORS[tokens[last + 1].lower]
    if last + 2 < len(tokens) and tokens[last + 1].text == ",":
        k = last + 2
        if tokens[k].lower in ("the", "a", "an"):
            k += 1
        for tok in tokens[k : k + 4]:
            if tok.lower in DESCRIPTORS:
                return DESCRIPTORS[tok.lower]
            if not tok.text.isalpha():
                break
    return None


_DIGIT_INITIALS = dict(zip("0123456789", "zottffssen", strict=True))


def initials_fit(acronym: str, long_form: str) -> bool:
    """Schwartz–Hearst test: the acronym's letters occur in order in the long form.

    Each letter is looked for right to left; the first letter must start a word. This accepts
    "EAEU" for "Eurasian Economic Union" and "START" for "Strategic Arms Reduction Treaty".
    """
    # A digit stands for its number word: G7 = Group of Seven, NB8 = Nordic-Baltic Eight.
    letters = [_DIGIT_INITIALS.get(ch, ch.lower()) for ch in acronym if ch.isalnum()]
    text = long_form.lower()
    if len(letters) < 2 or not text:
        return False
    pos = len(text) - 1
    for n in range(len(letters) - 1, -1, -1):
        ch = letters[n]
        while pos >= 0 and (
            text[pos] != ch or (n == 0 and pos > 0 and text[pos - 1].isalnum())
        ):
            pos -= 1
        if pos < 0:
            return False
        pos -= 1
    return True


def read(articles: Sequence[Article]) -> Candidates:
    """First pass over every body-ish paragraph of every article."""
    tokenised: list[tuple[str, int, str, list[Token]]] = []
    lowercase: set[str] = set()
    for article in articles:
        for index, para in article.body_paragraphs:
            tokens = tokenize(para.text)
            tokenised.append((article.id, index, para.text, tokens))
            lowercase.update(t.text for t in tokens if t.text.islower())
    reader = _Reader(lowercase, gazetteer())
    for article_id, index, text, tokens in tokenised:
        reader.paragraph(article_id, index, text, tokens)
    return reader.out
