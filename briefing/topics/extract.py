"""Candidate names, places, events and themes found in the prose of a briefing.

This is the first of two passes. It reads each article's body paragraphs (not captions, credits
or footers: ``Paragraph.foldable`` ones are furniture that repeats the same names and would
dominate the counts) and records what *might* be a topic, with where it was seen. Title-case
headings are tokenised too but yield no new names, since every word in them is capitalised;
the second pass (:mod:`briefing.topics.cluster`) still finds known names in them. The walk
over the paragraphs that feeds this reader is :mod:`briefing.topics.first_pass`.
"""

from __future__ import annotations

from briefing.topics.apposed_acronyms import apposed_definitions
from briefing.topics.appositions import without_opening
from briefing.topics.arabic_article import in_dashed_place
from briefing.topics.article_names import (
    HYPHEN_ARTICLES,
    article_before,
    capital_article,
    glued,
)
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.capital_adjectives import NamedPairs
from briefing.topics.class_before import class_before
from briefing.topics.classed_names import classed_word
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.glued import unglue
from briefing.topics.hashtags import hashtag
from briefing.topics.headings import is_heading
from briefing.topics.hyphened_nouns import opens_common_compound
from briefing.topics.languages import (
    NOUN_CAPITALISING,
    dependent_phrase,
    function_words,
)
from briefing.topics.lexicon import (
    MONTHS,
    STOPWORDS,
    WEEKDAYS,
    is_role,
)
from briefing.topics.nouns import determined_noun
from briefing.topics.patterns import (
    council_owner,
    dateline,
    descriptor,
    is_council,
    name_words,
    prefixed,
    split_dashes,
    summits,
)
from briefing.topics.place_words import feature_noun
from briefing.topics.possessive_places import possessive_place
from briefing.topics.region_phrases import region_place
from briefing.topics.run_edges import CONNECTORS
from briefing.topics.sky_bodies import body_mentions, uncased_names
from briefing.topics.stated_names import StatedNames
from briefing.topics.themes import theme_occurrences
from briefing.topics.tokens import DASHES, Chunk, Token, chunks

#: Longer runs of capitalised tokens are not names ("Council of Heads of State of the
#: Commonwealth of Independent States" is 11); the bound also keeps hostile input linear.
MAX_NAME_TOKENS = 16
#: Russian region nouns that other languages borrow and capitalise in a region's name.
_BORROWED_REGIONS = frozenset({"Oblast", "Krai", "Kraj"})
#: Words that may open or close a capitalised run without being part of a name.
_EDGE_WORDS = CONNECTORS | STOPWORDS | MONTHS | WEEKDAYS | {m + "." for m in MONTHS}


#: Languages whose region phrases :func:`~.region_phrases.region_place` reads in Latin letters.
_LATIN_REGION_LANGUAGES = frozenset({"cs", "sk"})


def _silent_opener(text: str, language: str) -> bool:
    """Whether a capitalised run of one word that opens a sentence and is an edge word of the
    reader ("The", "But", "After", "Dans") can be skipped: every step of
    :meth:`_Reader._names` is silent for it, and a third of a briefing's runs are such words.

    Not a rule of its own, only where the rules say nothing (``tests/topics`` runs the full
    steps on such runs): :meth:`~.run_edges.RunEdges._trim` drops an edge word, unless it
    is an acronym (excluded: not all capitals), so nothing reaches the classification; a
    dateline needs capitals; the written names need a word inside a sentence; a definition
    trims its long form to nothing; no council is one word; a glue point
    (:func:`~.glued.glue_point`) needs five letters or more and a capital inside; a region
    phrase (:func:`~.region_phrases.region_place`) needs five letters or more, and Cyrillic
    or Czech or Slovak."""
    if text.isupper():
        return False
    return len(text) < 5 or (
        text.isascii() and text[1:].islower() and language not in _LATIN_REGION_LANGUAGES
    )


def _office_follows(tokens: list[Token], i: int) -> bool:
    """Whether an unknown capitalised noun and a capitalised word follow ``tokens[i]``: a
    place's genitive there stays in the run, where the naming drops it with the noun, an
    office ("Ruritaniens Thronfolger Prinz Otto": :func:`~.naming._untitled`); lower-cased,
    it would leave the noun to open the name. A known title after it ("Präsident") is cut
    by the title rules as after any lower-case word."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
        and tokens[i + 2].text[:1].isupper()
        and not is_role(tokens[i + 1].text)
    )


class _Reader(StatedNames):
    """Reads one paragraph at a time into a shared :class:`Candidates`; :class:`NameKinds`
    classifies each run of capitalised words it finds, and :class:`StatedNames` keeps those
    the text itself says are names."""

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
        #: "der Deutschen Bahn": :mod:`.capital_adjectives`
        self._named_pairs = NamedPairs(lowercase, elsewhere)
        self._edges = _EDGE_WORDS | function
        self.out = Candidates()
        #: Theme phrases as first seen: a large briefing repeats each one many times.
        self._surfaces: dict[str, str] = {}
        #: The language of the paragraph being read, and its own function words.
        self.language = "en"
        self._text = ""
        self._own: frozenset[str] = STOPWORDS
        #: Whether the briefing writes a text as a word of its own somewhere.
        self._written = lambda text: text in midcap or text in lowercase

    def paragraph(
        self, article: str, index: int, text: str, tokens: list[Token], language: str = "en"
    ) -> None:
        ctx = (article, index, text)
        self.out.paragraphs.append(ctx)
        self.language = language
        self._text = text
        self._own = STOPWORDS if language == "en" else function_words(language)
        if language in NOUN_CAPITALISING:
            # German capitalises every noun: a capital there is no sign of a name.
            tokens = [self._as_common(tokens, i) for i in range(len(tokens))]
        if language == "en":
            # The theme shapes (modifier + noun, noun "of" noun) are English word order;
            # elsewhere they pair verbs and function words ("meydana geldi", "ainsi que").
            # In a briefing of several languages an article taken for English may not be:
            # no other language's function word makes a theme either ("les plus").
            self._themes(ctx, tokens, language)
        heading = is_heading(text)  # Han, kana, Hangul, Arabic text has no lower case either
        if not heading or uncased_names(language):
            # "la Lune", "Луны", "月球": the Moon, a place no gazetteer holds (:mod:`.sky_bodies`)
            for body, start, end in body_mentions(text, language, self.midcap):
                surface = text[start:end]
                self.out.places.append((body, Occurrence(article, index, start, end, surface)))
        if heading:
            return
        self._names(ctx, tokens)
        for long_form, short in apposed_definitions(article, index, text):
            # "dem IKRK, dem Internationalen Komitee vom Roten Kreuz,": :mod:`.apposed_acronyms`
            self.out.definitions.append((long_form.surface, short))
            self.out.names.append(("organisation", long_form, False))

    def _as_common(self, tokens: list[Token], i: int) -> Token:
        """A common noun of a noun-capitalising language, as if written in lower case.

        A noun by the briefing's own evidence (:func:`~briefing.topics.nouns.common_nouns`),
        a sentence opener never capitalised mid-sentence, or a capitalised word standing
        alone between lower case words that no other language of the briefing capitalises
        ("Gästen", "Sinnbild"): names travel across languages and mostly come as full names;
        a lone German capital word is far more often a noun. A place's genitive
        ("Deutschlands") is one too, unless an unknown noun and a name follow it.
        """
        token = tokens[i]
        if token.acronym or in_dashed_place(tokens, i, self.gaz.place):
            return token  # "Al-Mardsch": one side of a place's hyphenated name
        if self._named_pairs.in_pair(tokens, i, self._own):
            return token  # "der Deutschen Bahn": :mod:`.capital_adjectives`
        if (
            i >= 2
            and tokens[i - 2].text in HYPHEN_ARTICLES
            and tokens[i - 1].text in DASHES
            and tokens[i - 1].end == token.start
        ):
            return token  # "al-Qaida": a name its article opens (:mod:`.article_names`)
        if self._standalone(token.text):
            previous = tokens[i - 1] if i else None
            if previous is None or token.start - previous.end != 1:
                return token
            if not determined_noun(previous.text, token.text):
                return token
            lowered = token.text.lower()  # "seines Landes": the noun Land, no département
            return (
                token._replace(text=lowered, initial=False)
                if len(lowered) == len(token.text)
                else token
            )
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
            or (
                token.text.endswith("s")  # a place's genitive
                and self._standalone(token.text[:-1])
                and not _office_follows(tokens, i)
            )
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
        edges, language = self._edges, self.language
        read_to = 0  # the end of a formal name read whole across a possessive
        for chunk in chunks(tokens):
            if tokens[chunk.first].start < read_to:
                continue  # "Republic of Korea" of "Democratic People's Republic of Korea"
            if chunk.first == chunk.last:
                word = tokens[chunk.first]
                if word.initial and word.lower in edges and _silent_opener(word.text, language):
                    continue  # "The", "But", "After": nothing below can come of it
            if chunk.last - chunk.first >= MAX_NAME_TOKENS:
                continue  # a shouted sentence or a list of capitals, not a name
            if hashtag(tokens, chunk.first):
                if chunk.first == chunk.last:
                    continue  # "#CycloneChido": a tag, no name (:mod:`.hashtags`)
                chunk = Chunk(chunk.first + 1, chunk.last)
            if chunk.first == chunk.last and feature_noun(tokens[chunk.first - 1].text):
                continue  # "l'océan Indien": the ocean's name, no place (:mod:`.place_words`)
            if opens_common_compound(tokens, chunk.last, language):
                if chunk.first == chunk.last:
                    continue  # "Форс-мажоры": a common word, no name (:mod:`.hyphened_nouns`)
                chunk = Chunk(chunk.first, chunk.last - 1)
            words = name_words(tokens, chunk.first, chunk.last, self._standalone, self._town_name)
            words, glued_words = unglue(words, self.language, self._written)
            words = without_opening(words, self.language)  # "Sudovest di| Pylos"
            if chunk.first > 0 and dependent_phrase(tokens[chunk.first - 1].text, words[0].text):
                continue
            # "al-Qaeda", "al Qaeda", "Al Qaeda": the Arabic article opens the name
            # (:mod:`.article_names`); the spelling of an acronym starts at it too.
            opener = chunk.first
            article = article_before(tokens, chunk.first, self._own)
            if article is not None and words[0].start == tokens[chunk.first].start:
                words = [glued(text, tokens[article], words[0]), *words[1:]]
                opener = article
            elif capital_article(words, text) and words[0].lower in self._edges:
                words = [glued(text, words[0], words[1])]  # trimmed as Spanish "al" else
            owned = possessive_place(self.gaz.place, text, words)
            if owned is not None:  # "Democratic People's Republic of Korea": North Korea
                country, k, read_to = owned
                start = words[k].start
                self.out.places.append(
                    (country, Occurrence(ctx[0], ctx[1], start, read_to, text[start:read_to]))
                )
                words = words[:k]  # "Officials of the" before "People's Republic of China"
                while words and not words[-1].text[:1].isupper():
                    words = words[:-1]
                if not words:
                    continue
            if dateline(tokens, chunk.first, chunk.last):
                # "KAMPONG CHHNANG, Cambodia —": a place, or nothing (never an acronym).
                where = text[words[0].start : words[-1].end]
                place = self.gaz.place(where.title())
                if place is not None:
                    self.out.places.append((place, self.occurrence(ctx, words[0], words[-1])))
                continue
            if self._region(ctx, tokens, chunk.last, words):
                continue
            # Before the written names: "Al-Qaida" is one, and opens a longer name here.
            spelled = self._spelled_out(ctx, tokens, opener, chunk.last)
            if spelled:
                read_to = spelled  # "Maghreb" of "Al-Qaida au Maghreb islamique (AQMI)"
                continue  # "Organisation internationale pour les migrations (OIM)"
            if self._written_name(ctx, words):
                continue
            self._definition(ctx, tokens, chunk.last, words)
            if is_council(words):
                owner = council_owner(tokens, words, chunk.last)
                if owner is not None:
                    occurrence = self.occurrence(ctx, words[0], words[-1])
                    self.out.events.append(((text[owner[0] : owner[1]],), occurrence))
                continue
            after = tokens[chunk.last + 1] if chunk.last + 1 < len(tokens) else None
            if glued_words:
                self._name(ctx, glued_words, after, False)
                after = glued_words[0]
            parts = split_dashes(words)
            whole = self.gaz.place(text[words[0].start : words[-1].end]) if len(parts) > 1 else None
            if whole is not None:  # "Seine-Saint-Denis", "Baden-Württemberg": one place
                self.out.places.append((whole, self.occurrence(ctx, words[0], words[-1])))
                continue
            # "el banco Rivamar", "банк Rivamar": a firm, though a town has its name
            classed = len(parts) == 1 and class_before(tokens, chunk.first, self.language)
            hint = descriptor(tokens, chunk.first, chunk.last) if len(parts) == 1 else None
            if hint is None and len(words) == 1:
                # "le constructeur automobile X": a firm, in one article too (:mod:`.classed_names`)
                cues = (self.language, self.function, self.gaz.place)
                hint = "organisation" if classed_word(tokens, chunk, words[0], *cues) else None
            compound = len(parts) > 1 or prefixed(tokens, chunk.first)
            for k, part in enumerate(parts):
                last = k == len(parts) - 1
                self._name(ctx, part, after if last else None, compound, hint, classed)

    def _region(
        self, ctx: tuple[str, int, str], tokens: list[Token], last: int, words: list[Token]
    ) -> bool:
        """A region written as a place adjective and a region noun ("Брянской области",
        "Žilinský kraj"): a mention of the city it is named after (:mod:`.region_phrases`);
        so is a known place and the borrowed noun in a name ("Kursk Oblast", "Oblast
        Kursk"), which would otherwise read as a person's first and last names."""
        if len(words) == 2 and {words[0].text, words[1].text} & _BORROWED_REGIONS:
            named = words[1] if words[0].text in _BORROWED_REGIONS else words[0]
            place = self.gaz.place(named.text)
            if place is not None:
                self.out.places.append((place, self.occurrence(ctx, words[0], words[1])))
            return place is not None
        if len(words) != 1 or words[0].end != tokens[last].end or last + 1 >= len(tokens):
            return False
        noun = tokens[last + 1]
        if not ctx[2][words[0].end : noun.start].isspace():
            return False
        place = region_place(words[0].text, noun.text, self.language)
        if place is None:
            return False
        place = self.gaz.place(place) or place
        self.out.places.append((place, self.occurrence(ctx, words[0], noun)))
        return True
