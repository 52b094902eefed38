"""Themes: the multi-word subjects an analyst would name ("labour migration", "arms control").

There is no tagger here (nothing may download a model), so a theme is found by shape: two
adjacent lower-case words inside one clause, neither a function word, the second shaped like a
noun and the first not shaped like a verb or adverb. Generic pairs ("three-day visit", "first
months") are filtered by the closed lists below; what remains is ranked by how many sources use
it, so a phrase one writer repeats does not outrank one every outlet argues about.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from briefing.topics.languages import lemma
from briefing.topics.lexicon import MONTHS, NAME_PARTICLES, ROLE_HEADS, STOPWORDS, WEEKDAYS, words
from briefing.topics.spelling import SPELLING, spelling_key
from briefing.topics.theme_shapes import adjective_head, described, hyphen_joint
from briefing.topics.tokens import Token
from briefing.topics.verb_forms import PAST_FORMS

#: Nouns too general to carry a subject on their own ("issues", "visit", "years"), and the
#: adverbs and particles that end a verb's phrase rather than head a noun's ("touch down",
#: "avoid further", "stepped aside").
GENERIC_HEADS = words(
    """issue issues matter matters question questions area areas thing things step steps
    plan plans term terms kind kinds lot lots range series format formats session sessions
    point points visit visits day days week weeks month months year years time times part
    parts number numbers way ways side sides end start beginning place places
    people person member members country countries nation nations state states leader leaders
    official officials partner partners group groups meeting meetings talks statement
    statements sector sectors project projects figure figures work effort efforts role
    context moment detail details sense fact case cases example hand hands approach
    question trip trips event events comments comment remarks remark words word gathering
    ties relations attention importance significance agenda list pace long wide deep high
    old ago away apart later earlier upstream downstream abroad overseas inland offshore
    nationwide worldwide ahead instead together complex complexes service services media
    down further farther onward onwards aside"""
)

#: Nouns any story of its kind uses for its own event, judging or framing it rather than
#: saying what happened: a bare "tragedy", "disaster" or "ceremony" is the main event again,
#: which is a topic already; qualified ("immense tragedy", "train accident") it is the
#: event again all the same, and no two-word theme.
GENERIC_OCCASIONS = words(
    """tragedy tragedies disaster disasters catastrophe catastrophes drama dramas incident
    incidents accident accidents ceremony ceremonies event events occasion occasions affair
    episode episodes ordeal ordeals"""
)

#: Modifiers too general to make a subject ("other countries", "several steps").
GENERIC_MODIFIERS = words(
    """other several various certain many much more most further additional recent current
    previous former latter following same entire whole major minor main key important
    significant strong new old good great big small large high low long short full real
    true possible potential specific particular general special broader broad wide deep
    deeper extensive comprehensive positive negative active close closer vital direct
    official informal formal joint mutual total overall initial final recent late early
    future past present local expanded narrow successful difficult complex greater
    huge tragic historic historical"""
)

#: Common verbs in forms the shape rules would take for nouns.
VERBS = words(
    """is are was were be been has have had does did do remains remain continues continue
    says say said aims aim needs need seeks seek wants want makes make takes take gives give
    shows show means mean calls call plans hopes hope helps help includes include allows
    allow leads lead holds hold keeps keep meets meet sees see gets get goes go comes come
    looks look faces face marks mark urges urge warns warn agrees agree expects expect
    remains will would should could may might must can cannot shall lose loses"""
)
VERBS |= PAST_FORMS  # "made landfall", "took office": :mod:`.verb_forms`

#: Pairs that are job titles, not subjects: "prime minister", "chief executive".
_TITLE_NOUNS = ROLE_HEADS - {"justice"}
_TITLE_MODIFIERS = frozenset({"chief", "deputy", "vice", "acting", "prime"})
_NOUN_UNLIKE = ("ly", "ed", "ous", "ful", "able", "ible", "ical", "less", "ish")


#: Adverbs without the "-ly" the shape rules look for ("petty criminals rather than ..."),
#: and the "a-" adverbs of where a thing ends up, which finish a verb's phrase and never head
#: a noun's ("ran aground", "washed ashore", "set adrift": no subject).
ADVERBS = words(
    """rather quite almost perhaps instead soon ago already also even still just ever never
    often seldom sometimes thus hence therefore meanwhile otherwise anyway indeed
    aground ashore afloat adrift"""
)

#: Words that are never part of a theme, in one set so each token costs one lookup.
_NOT_CONTENT = STOPWORDS | NAME_PARTICLES | MONTHS | WEEKDAYS | VERBS | ADVERBS


@functools.lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> bool:
    """A lower-case word that might be part of a subject.

    A sentence-initial token is passed lower-cased ("Electricity prices rose."). Cached by
    word: a briefing repeats its words, and a cache hit costs no Python frame.
    """
    return len(word) > 2 and word.isalpha() and word.islower() and word not in _NOT_CONTENT


#: Nouns that only count or measure what follows "of" ("dozens of ships", "part of it").
QUANTITIES = words(
    """lots dozens hundreds thousands millions billions percent per cent share majority
    rest kind kinds type types sort series range list number end part half third quarter
    top bottom front back head heads chief members member leaders leader group groups"""
)


def theme_occurrences(
    tokens: list[Token], function: frozenset[str] = frozenset()
) -> Iterator[tuple[str, int, int]]:
    """(key, start, end) of each candidate theme in a tokenised paragraph.

    Two shapes: modifier + noun ("arms control") and noun + "of" + noun ("freedom of
    navigation", "rule of law"). ``function`` holds the paragraph's own language's function
    words ("und", "que", "ont"), which are never part of a theme; Cyrillic words are keyed by
    their lemma, so "трудовой миграции" and "трудовая миграция" are one theme.
    """
    # Once per token, not once per pattern; this is :func:`_content` inlined (hot loop).
    if function:
        content = [
            _content_word(t.lower if t.initial else t.text) and t.lower not in function
            for t in tokens
        ]
        yield from ((_lemmas(key), start, end) for key, start, end in _pairs(tokens, content))
        return
    content = [_content_word(t.lower if t.initial else t.text) for t in tokens]
    yield from _pairs(tokens, content)
    last = len(tokens) - 1
    for i, of in enumerate(tokens):
        if of.text != "of" or i == 0 or i == last or not (content[i - 1] and content[i + 1]):
            continue
        first, head = tokens[i - 1], tokens[i + 1]
        if first.end + 1 != of.start or of.end + 1 != head.start:
            continue
        noun = first.text.lower()
        if noun in GENERIC_HEADS or noun in QUANTITIES or head.text in GENERIC_HEADS:
            continue
        if noun.endswith((*_NOUN_UNLIKE, "ing")) or head.text.endswith(_NOUN_UNLIKE):
            continue
        if hyphen_joint(tokens, i - 1, i + 1):
            continue  # "(anti-)corruption of …": a piece of a hyphenated word
        yield f"{spelling_key(noun)} of {spelling_key(head.text)}", first.start, head.end


@functools.lru_cache(maxsize=1 << 16)
def _lemmas(key: str) -> str:
    """A theme key with each word's lemma (:func:`~.languages.lemma`), cached by key: a
    briefing of several languages keys every modifier + noun pair so, mostly ones it has
    keyed before."""
    return " ".join(lemma(w) for w in key.split())


def _pairs(tokens: list[Token], content: list[bool]) -> Iterator[tuple[str, int, int]]:
    for i in [i for i in range(len(tokens) - 1) if content[i] and content[i + 1]]:
        first, head = tokens[i], tokens[i + 1]
        if first.end + 1 != head.start:  # one space apart, nothing else
            continue
        modifier, noun = first.text.lower(), head.text
        if noun in GENERIC_HEADS or modifier in GENERIC_MODIFIERS or noun in GENERIC_OCCASIONS:
            continue
        if noun in _TITLE_NOUNS or modifier in _TITLE_MODIFIERS:  # "chief executive"
            continue
        if noun.endswith(_NOUN_UNLIKE) or modifier.endswith(("ly", "ing")):
            continue
        if modifier.endswith("ed") and not modifier.endswith("eed"):
            continue
        if _measured(tokens, i) or superlative(modifier) or _verb_with_object(tokens, i + 1):
            continue
        if _partitive(tokens, content, i + 1):
            continue
        if _host_piece(tokens, i) or _host_piece(tokens, i + 1):
            continue
        if adjective_head(noun) or hyphen_joint(tokens, i, i + 1) or described(tokens, i):
            continue  # "giant new", "life multi(-planetary)", "most powerful rocket"
        key = f"{SPELLING.get(modifier, modifier)} {spelling_key(noun)}"
        yield key, first.start, head.end


def _host_piece(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a piece of a web address, glued by a dot to a word before or
    after it ("pic" of "#coronavirus pic.twitter.com/…", "com" of "example.com news").

    Pages copied with their embedded posts keep the post's picture link; its host's first
    word sat one space after the post's last hashtag and made a theme ("coronavirus pic")
    of an address. Prose puts a space after a full stop, so a word glued to a dot that is
    glued to a small letter is no word of a sentence (a sentence run into the next without
    its space, "crisis.Sanctions", opens with a capital and keeps its words).
    """
    token = tokens[i]
    if i + 2 < len(tokens):
        dot, after = tokens[i + 1], tokens[i + 2]
        glued = dot.text == "." and dot.start == token.end and after.start == dot.end
        if glued and after.text[:1].islower():
            return True
    if i >= 2:
        dot, before = tokens[i - 1], tokens[i - 2]
        if dot.text == "." and dot.end == token.start and before.end == dot.start:
            return before.text[-1:].islower()
    return False


def _measured(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is the unit of a number joined to it by a hyphen ("7.8-magnitude
    earthquake", "20-year plan"): the phrase gives one thing's size, which differs from
    article to article, and is no subject of its own. Or it follows a number written in
    figures ("21st century standards", "3 freight cars"): the phrase without its number is
    a piece of a longer one."""
    if i >= 1 and tokens[i - 1].text[:1].isdigit() and tokens[i - 1].end + 1 == tokens[i].start:
        return True
    if i < 2:
        return False
    dash, number = tokens[i - 1], tokens[i - 2]
    return (
        dash.text == "-"
        and dash.end == tokens[i].start
        and number.end == dash.start
        and number.text[:1].isdigit()
    )


#: A comparative at least this common (wordfreq's Zipf scale) makes "-est" a superlative.
COMPARATIVE_ZIPF = 1.5


@functools.lru_cache(maxsize=1 << 12)
def superlative(word: str) -> bool:
    """An English superlative ("deadliest", "largest", "biggest"): it ranks the story's own
    event among others ("the deadliest attack in Europe") and makes no subject of the noun.

    A word ending in "-est" is one when its plain form ("large", "big", "high"; "deadly"
    for "-iest") and, for "-est", its comparative ("larger") are words of the language:
    "forest", "modest", "interest", "arrest" and "conquest" have no such pair ("forer",
    "conqu"), nor does "priest" ("pry" is too short), so "arrest warrant" stays.
    """
    if len(word) < 6 or not word.endswith("est"):
        return False
    from briefing.topics.word_keys import zipf

    def known(form: str) -> bool:
        return len(form) >= 3 and zipf(form, "en") >= COMPARATIVE_ZIPF

    stem = word[:-3]
    if word.endswith("iest") and len(word) >= 7 and known(stem[:-1] + "y"):
        return True
    plain = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
    return known(stem + "er") and any(known(form) for form in plain)


#: Words that open a verb's object: "fighting Islam", "fighting the West".
_OBJECT_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])


def _verb_with_object(tokens: list[Token], i: int) -> bool:
    """Token ``i`` ends in "-ing" and takes an object ("countries fighting Islam"): a
    clause's verb, not the head of a noun phrase ("money laundering", "arms trafficking")."""
    if not tokens[i].text.endswith("ing") or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after.start != tokens[i].end + 1:
        return False  # punctuation between: the phrase ends there
    return after.text in _OBJECT_OPENERS or (after.capitalised and not after.initial)


def _partitive(tokens: list[Token], content: list[bool], i: int) -> bool:
    """Token ``i`` is followed by "of" and a common word ("the upper echelons of organised
    crime", "the outer edge of town"): the pair only says which part of the longer phrase is
    meant, and the subject is that phrase. "of" and a name ("the sapphire set of Queen
    Hortense") or a number keeps the pair: there it says whose or how much."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "of":
        return False
    after = tokens[i + 2]
    return content[i + 2] and not after.capitalised
