"""How a key word or a theme is written beside its neighbours: as a modifier, inside a set
phrase, or as the kind of the name after it.

Two classes of one-word key words are no subject, whatever their spread across the leads:

- **an adjective without its noun**: "residential" of "a residential area" / "zona
  residencial", "terrorist" of "terrorist attack" / "attentat terroriste". A use is a
  modifier's when English writes a common word right after it ("residential area") or a
  Romance language (which puts adjectives after the noun) a common word right before it
  ("zona residencial", "quartiere residenziale"), the same word in another use too; when
  :data:`MODIFIER_SHARE` of the uses in those languages or more are so, the word qualifies
  nouns and the subject is the phrase, not the word. A noun the story is about is mostly
  written after an article or a preposition ("the restoration", "l'incendie", "los
  escombros"), and the words beside it vary, which does not count.
- **a word of a set phrase**: "bordo" of "a bordo" (Spanish, Italian and Portuguese "on
  board"), "vigore" of "in vigore": most uses (:data:`SET_PHRASE_SHARE`) follow one and the
  same function word, in two languages or more, and that word is no article in at least one
  of them. The phrase says where or how something is, not what the story is about. "los
  escombros" / "os escombros" (articles) or "la restauration" are nouns in their own right.

Two shapes of two-word theme are no subject either: one written after the same bare
preposition ("remain in serious condition", :func:`after_preposition`), and one written right
before a name ("the news agency Ansa", :func:`names_the_next`), which says what the name is.

Closed grammar classes only (the articles of :mod:`.word_use`, stopwords-iso's function
words per language, English prepositions): no list of story words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import function_words
from briefing.topics.lexicon import MONTHS, STOPWORDS, WEEKDAYS, words
from briefing.topics.word_use import ARTICLES
from briefing.word_marks import LETTER_RUN

#: Languages that write an adjective after its noun ("zona residencial", "zone résidentielle").
ADJECTIVE_AFTER = frozenset({"fr", "es", "it", "pt", "ro", "ca"})
#: Languages that write it before ("residential area"), and whose lower-case words are
#: common words (German capitalises its nouns, so its key words are never adjectives).
ADJECTIVE_BEFORE = frozenset({"en"})
#: Share of the uses (in those languages) written as a modifier from which a key word is an
#: adjective.
MODIFIER_SHARE = 0.5
#: At least this many uses in those languages to tell.
MIN_USES = 3
#: Share of all uses after one and the same function word from which it is a set phrase.
SET_PHRASE_SHARE = 0.6

_WORD = re.compile(LETTER_RUN)  # letters and the combining marks inside them
#: The word a stretch of text ends with (compiled once: asked for every use of every theme
#: rank may keep, ~150,000 at 10,000 articles).
_LAST_WORD = re.compile(rf"({LETTER_RUN})$")
#: The text of a paragraph by (article, index).
TextOf = Callable[[str, int], str]


def _neighbour(text: str, o: Occurrence, before: bool) -> str:
    """The word right before (or after) the use, one space apart, or "" (punctuation, a
    number or the paragraph's edge between)."""
    if before:
        if o.start < 2 or text[o.start - 1] != " ":
            return ""
        found = _LAST_WORD.search(text[max(0, o.start - 40) : o.start - 1])
    else:
        if text[o.end : o.end + 1] != " ":
            return ""
        found = _WORD.match(text, o.end + 1)
    return found.group(0) if found else ""


def _common(word: str, language: str) -> bool:
    """A lower-case content word: no function word, no name."""
    return (
        len(word) > 2
        and word.islower()
        and word not in function_words(language)
        and word not in STOPWORDS
    )


def adjective(
    occurrences: Sequence[Occurrence], text_of: TextOf, languages: Mapping[str, str]
) -> bool:
    """:data:`MODIFIER_SHARE` of the uses in English and the Romance languages (three at
    least) are a modifier's: a common word right after it in English, right before it in a
    Romance language, and one that stands there in another use too ("zona residencial"
    twice; "residential area" twice), or its cognate in another language ("complexe
    résidentiel", "complejo residencial"). A noun's neighbours vary: the verbs after a subject
    ("the blackout affected", "the blackout brought"), the adjectives before a Romance noun
    ("un terrible incendie", "un gigantesco incendio"); and an English word in "-ed" after
    it is its verb, however often wire copy repeats the sentence ("the fleet sailed")."""
    asked = 0
    beside: Counter[str] = Counter()
    cognates: dict[str, set[str]] = {}  # a neighbour's cognate stem → languages writing it
    for o in occurrences:
        language = languages.get(o.article, "en")
        after = language in ADJECTIVE_AFTER
        if not (after or language in ADJECTIVE_BEFORE) or not o.surface.islower():
            continue
        asked += 1
        word = _neighbour(text_of(o.article, o.paragraph), o, before=after)
        if _common(word, language) and (after or not word.endswith("ed")):
            beside[word] += 1  # an English "-ed" after a noun is its verb: "the fleet sailed"
            if len(word) >= COGNATE_PREFIX:
                cognates.setdefault(_cognate(word), set()).add(language)
    modifying = sum(
        n for word, n in beside.items() if n >= 2 or len(cognates.get(_cognate(word), ())) >= 2
    )
    return asked >= MIN_USES and modifying >= MODIFIER_SHARE * asked


#: Letters of a neighbour's romanised start that make it one word across languages: "complex",
#: "complexe", "complejo", "complesso" ("compl"), the noun an adjective modifies in each.
COGNATE_PREFIX = 5


def _cognate(word: str) -> str:
    """The start of a word's romanised spelling, by which cognates in two languages meet."""
    from anyascii import anyascii

    return anyascii(word).casefold()[:COGNATE_PREFIX]


def set_phrase(
    occurrences: Sequence[Occurrence], text_of: TextOf, languages: Mapping[str, str]
) -> bool:
    """:data:`SET_PHRASE_SHARE` of the uses follow one function word, written so in two
    languages or more, at least one of which does not count it among its articles (see
    the module's docstring)."""
    if len(occurrences) < MIN_USES:
        return False
    by_word: Counter[str] = Counter()
    used_in: dict[str, set[str]] = {}
    for o in occurrences:
        language = languages.get(o.article, "en")
        word = _neighbour(text_of(o.article, o.paragraph), o, before=True).casefold()
        if word and word in function_words(language):
            by_word[word] += 1
            used_in.setdefault(word, set()).add(language)
    if not by_word:
        return False
    word, n = by_word.most_common(1)[0]
    spoken = used_in[word]
    return (
        n >= SET_PHRASE_SHARE * len(occurrences)
        and len(spoken) >= 2
        and any(word not in ARTICLES.get(language, frozenset()) for language in spoken)
    )


#: English prepositions that open a set phrase with a bare noun phrase after them: "in
#: serious condition", "on social media", "under construction". A closed grammar class.
PHRASE_PREPOSITIONS = frozenset({"in", "on", "via", "under", "at"})
#: Share of a two-word theme's uses (two at least) that follow one such preposition.
PREPOSITION_SHARE = 2 / 3
#: The last letters of :data:`PHRASE_PREPOSITIONS`, in both cases (:func:`after_preposition`).
_PREPOSITION_ENDS = frozenset(
    {*(w[-1] for w in PHRASE_PREPOSITIONS), *(w[-1].upper() for w in PHRASE_PREPOSITIONS)}
)
_MONTHS_DAYS = MONTHS | WEEKDAYS


def _may_follow(text: str, o: Occurrence) -> bool:
    """False when the word before the use cannot be one of :data:`PHRASE_PREPOSITIONS`: the
    character before its space is ASCII and none of their last letters (an ASCII letter
    case-folds to itself lower-cased, and the word ends in it). Asked in C before the word's
    search, of every use of every theme rank scores."""
    last = text[o.start - 2 : o.start - 1]
    return not last.isascii() or last in _PREPOSITION_ENDS


def after_preposition(occurrences: Sequence[Occurrence], text_of: TextOf) -> bool:
    """:data:`PREPOSITION_SHARE` of a two-word theme's uses follow one preposition of
    :data:`PHRASE_PREPOSITIONS` with no article between ("five remain in serious condition",
    "footage on social media"): a set phrase that says how or where, not what the story is
    about. "the death toll", "the crown jewels of ..." have an article."""
    if len(occurrences) < 2:
        return False
    # Two thirds of the uses after one word make it the most common: only the uses after a
    # preposition are counted, and once too many follow none the answer is no (rank asks
    # this of every theme it may keep, some with thousands of uses).
    total = len(occurrences)
    before: Counter[str] = Counter()
    others = 0
    for o in occurrences:
        text = text_of(o.article, o.paragraph)
        word = _neighbour(text, o, before=True).casefold() if _may_follow(text, o) else ""
        if word in PHRASE_PREPOSITIONS:
            before[word] += 1
            continue
        others += 1
        if total - others < PREPOSITION_SHARE * total:
            return False
    return any(n >= PREPOSITION_SHARE * total for n in before.values())


def names_the_next(occurrences: Sequence[Occurrence], text_of: TextOf) -> bool:
    """Half of a two-word theme's uses (two at least) stand right before a capitalised word
    in the same sentence, not a month or a weekday ("the news agency Ansa", "the grid
    operator Redeia"): the phrase says what kind of body the name is, and the name is the
    subject."""
    if len(occurrences) < 2:
        return False
    named = 0
    for o in occurrences:
        word = _neighbour(text_of(o.article, o.paragraph), o, before=False)
        named += word[:1].isupper() and word.casefold() not in _MONTHS_DAYS
    return 2 * named >= len(occurrences)


#: Marks that open a quotation, and those that close one; "“" closes after a German „.
_OPENING_QUOTES = frozenset("“«„")
_CLOSING_QUOTES = frozenset("”»")


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between quotation marks of one paragraph: one
    opened before it and not closed ("„…“", "“…”", "«…»", straight double quotes), and a
    closing mark after it. Single quotes are left aside: they are apostrophes too."""
    opened = ""
    for ch in text[:start]:
        if ch == '"':
            opened = "" if opened == '"' else '"'
        elif ch in _CLOSING_QUOTES or (ch == "“" and opened == "„"):
            opened = ""
        elif ch in _OPENING_QUOTES:
            opened = ch
    if not opened:
        return False
    closing = {'"': '"', "„": "“", "«": "»"}.get(opened, "”")
    return closing in text[end:]


def quoted(occurrences: Sequence[Occurrence], text_of: TextOf) -> bool:
    """Every use of a theme (two at least) stands inside a quotation: the phrase is one
    speaker's wording that the outlets repeat ("the “barbaric terrorist attack”"), not a
    subject they write about in their own words. One use in the outlet's own words keeps it
    ("likely caused by human error" beside a quoted "tragic human error")."""
    return len(occurrences) >= 2 and all(
        _inside_quotes(text_of(o.article, o.paragraph), o.start, o.end) for o in occurrences
    )


#: Indefinite articles, per language: a closed grammar class. Portuguese and Romanian "o"
#: and Portuguese "a" are definite articles or prepositions too, so they are left out.
INDEFINITE = {
    "en": frozenset({"a", "an"}),
    "fr": frozenset({"un", "une"}),
    "es": frozenset({"un", "una"}),
    "it": frozenset({"un", "una", "uno"}),
    "pt": frozenset({"um", "uma"}),
    "de": frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
    "nl": frozenset({"een"}),
}
#: Most articles a theme brought in anew may be written in to be an aside.
INDEFINITE_ARTICLES = 2
#: Lower-case words that may stand between the article and the theme ("a new coalition
#: government").
_BETWEEN = 2
_WORDS_BEFORE = re.compile(rf"({LETTER_RUN})[ \t]+$")


def _determiner(text: str, start: int, language: str) -> str:
    """The function word that opens the theme's noun phrase, over up to :data:`_BETWEEN`
    lower-case content words ("a new …"), case folded; "" when none (punctuation, a
    name, the paragraph's start)."""
    function = function_words(language)
    end = start
    for _ in range(_BETWEEN + 1):
        found = _WORDS_BEFORE.search(text, max(0, end - 40), end)
        if found is None:
            return ""
        word = found.group(1)
        if word.casefold() in function or word.casefold() in STOPWORDS:
            return word.casefold()
        if not word.islower():
            return ""
        end = found.start()
    return ""


def introduced_anew(
    occurrences: Sequence[Occurrence], text_of: TextOf, languages: Mapping[str, str]
) -> bool:
    """Every use of a theme (two at least) opens with an indefinite article ("co-founded a
    literary club", "a highway bridge collapsed", "he wanted a new coalition government"):
    each text brings the thing in as something new, in passing, and none refers to it as
    the known subject of the story ("the death toll", "the crown jewels", "caused by human
    error"). Only languages with an indefinite article are asked, and all of them must be.
    Asked of a theme of :data:`INDEFINITE_ARTICLES` articles at most: what three outlets or
    more each bring in ("declared a state of emergency") is the story's, not an aside."""
    if len(occurrences) < 2 or len({o.article for o in occurrences}) > INDEFINITE_ARTICLES:
        return False
    for o in occurrences:
        language = languages.get(o.article, "en")
        indefinite = INDEFINITE.get(language)
        text = text_of(o.article, o.paragraph)
        if indefinite is None or _determiner(text, o.start, language) not in indefinite:
            return False
    return True


#: Prepositions (or their head word) that place something beside a landmark: "near the
#: exit", "next to the door", "in front of the gate", "près de", "à côté de", "cerca de",
#: "junto a", "accanto a", "ao lado de", "hinter", "neben", "achter", "naast"; or inside one
#: ("a fort within medieval walls", "dentro de", "innerhalb", "binnen"; not the bare "in",
#: which also says when and how). A closed class.
SPATIAL = words(
    """near beside behind opposite next front alongside nearby within inside
    près côté derrière detrás cerca junto delante dietro vicino accanto davanti dentro
    atrás perto lado hinter neben gegenüber innerhalb achter naast tegenover binnen"""
)
#: Words that may stand between such a preposition and the landmark: articles and the link
#: words of "next to", "in front of", "près de", "ao lado do".
_LINKS = words(
    """the a an to of de du des la le les l el los las del al di della dello il lo
    do da dos das o os um uma der die das dem den het een"""
)


def _placed_beside(text: str, start: int) -> bool:
    """The words right before the use are a spatial preposition, with articles or link
    words between ("just behind the", "à côté de la")."""
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 40) : start].casefold())
    while before and before[-1] in _LINKS:
        before.pop()
    return bool(before) and before[-1] in SPATIAL


def landmark(occurrences: Sequence[Occurrence], text_of: TextOf) -> bool:
    """Every use of a theme (two at least) is the landmark of a spatial preposition ("seated
    near the emergency exit", "just behind the emergency exit"): the phrase says where
    something else is, and the story is not about it. One use as a subject or object
    ("the exit was blocked") keeps it."""
    return len(occurrences) >= 2 and all(
        _placed_beside(text_of(o.article, o.paragraph), o.start) for o in occurrences
    )
