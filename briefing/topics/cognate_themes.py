"""Two-word themes that three languages or more write in cognate words, in any word order.

The theme shapes of :mod:`.themes` are English word order and read English articles only, and
:mod:`.keywords` aligns single words; so a subject that every language names with a phrase
("negative interest rates", "taux d'intérêt négatifs", "tipos de interés negativos"; "seismic
activity", "activité sismique", "actividad sísmica") counted the English articles alone, or
none when English wrote it in a word the closed lists call generic ("negative"). Without a
bilingual lexicon (none installs with data: ``benchmarks/realworld/TOPICS.md``) the one link
between languages the text itself gives is spelling: both words of the phrase are cognates.

:func:`cognate_themes` reads, in every language with a function-word list, each pair of
adjacent content words of one clause (lower case; a German noun capitalised), keyed by the
words' romanised stems (:func:`~.word_keys.stem_key`). Pairs of different languages are one
theme when each word of one is spelled like a word of the other (stems and written forms, as
:mod:`.keywords` joins cognates), in either order: French and Spanish put the adjective after
the noun. A theme needs :data:`MIN_LANGUAGES` languages: two languages share many pairs by
chance of loans and names ("capitale portugaise" / "capital portuguesa"); three writing one
phrase is a term of the story. Each language's uses are then widened by the word that
completes the phrase in at least half of them (:func:`_widened`): the noun after an English
or German pair ("negative interest" + "rates"), the noun and its "de" before a French or
Spanish one ("taux d'" + "intérêt négatifs"), so the theme reads as its writers write it.

Only what the shapes say is kept: a member with an English verb form ("-ed", "-ing") or an
adverb is dropped, and a theme made of an occasion's word ("immense tragedy") is the event
again (:data:`~.themes.GENERIC_OCCASIONS`). Everything later asked of a theme (asides, rank,
halves) is asked of these too; how they join the English themes, and what is asked of them
once the packet's names are known, is :mod:`.cognate_joins`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping

from rapidfuzz import fuzz, process

from briefing.titles import ROLE_HEADS
from briefing.topics.candidates import Occurrence
from briefing.topics.cognate_groups import FORM_RATIO, c_as_k, form, grouped
from briefing.topics.languages import NOUN_CAPITALISING, function_words
from briefing.topics.spelling import SPELLING, spelling_key
from briefing.topics.themes import _NOT_CONTENT, GENERIC_OCCASIONS
from briefing.topics.themes_usage import ADJECTIVE_AFTER
from briefing.topics.word_keys import stem_key
from briefing.word_marks import MARKS, WORD_RUN

__all__ = ["MIN_LANGUAGES", "MIN_LETTERS", "cognate_themes", "role_word"]

#: A theme is written in this many languages at least.
MIN_LANGUAGES = 3
#: Words shorter than this are left out (articles, particles, "but", "set").
MIN_LETTERS = 4
#: A language's uses are widened by a word that completes at least this share of them.
WIDEN_SHARE = 0.5
_WORD = re.compile(WORD_RUN)

#: One use: (article, paragraph, start, end) of the two words.
_Use = tuple[str, int, int, int]


def cognate_themes(
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
    known: Container[str] = frozenset(),
) -> dict[str, list[Occurrence]]:
    """Theme key → its uses in every language, for each phrase :data:`MIN_LANGUAGES`
    languages write in cognate words. ``paragraphs`` are (article, index, text) of the body;
    ``languages`` article id → language code. The key is the English phrase in lower case
    when English writes it, else the most used language's. ``known`` are the keys of the
    English themes (:func:`~.themes.theme_occurrences`): an English pair that is one is not
    widened, so its uses in the other languages join it."""
    by_language: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for paragraph in paragraphs:
        by_language[languages.get(paragraph[0], "en")].append(paragraph)
    readable = [lang for lang in by_language if lang == "en" or function_words(lang)]
    if len(readable) < MIN_LANGUAGES:
        return {}
    # The largest language last: only its pairs whose words are both spelled like some other
    # language's pair words can join one (:func:`_alike` asks it), so the rest are never
    # stemmed nor compared. A large briefing is mostly one language.
    readable.sort(key=lambda lang: (len(by_language[lang]), lang))
    pairs: dict[tuple[str, str, str], list[_Use]] = defaultdict(list)
    texts: dict[tuple[str, int], str] = {}
    forms: dict[str, set[str]] = defaultdict(set)  # the other languages' words by letter
    near: dict[str, bool] = {}
    for n, language in enumerate(readable):
        last = n == len(readable) - 1
        # A text written again (wire copy, a boilerplate line) is read once: its keyed pairs
        # are replayed at each copy, in paragraph order (its words are in ``forms`` already).
        read: dict[str, list[tuple[tuple[str, str, str], int, int]]] = {}
        keys: dict[str, str] = {}
        for article, index, text in by_language[language]:
            texts[(article, index)] = text
            keyed = read.get(text)
            if keyed is None:
                keyed = read[text] = _keyed_pairs(text, language, last, forms, keys, near)
            for key, start, end in keyed:
                pairs[key].append((article, index, start, end))
    groups = grouped(pairs, texts)
    english = "en" in languages.values()
    found: dict[str, list[Occurrence]] = {}
    for members in groups:
        written_in = {m[0] for m in members}
        if len(written_in) < MIN_LANGUAGES or (english and "en" not in written_in):
            continue  # a packet with English articles names its topics in English
        occurrences: dict[str, list[Occurrence]] = {}
        for language in sorted({m[0] for m in members}):
            uses = [u for m in members if m[0] == language for u in pairs[m]]
            occurrences[language] = _widened(uses, texts, language, known)
        words = {w for occs in occurrences.values() for o in occs for w in o.surface.split()}
        if _occasion(words) or any(role_word(w) for w in words):
            continue  # the event again ("immense tragedy"), a person ("président français")
        found[_key(occurrences)] = [o for occs in occurrences.values() for o in occs]
    return found


def _keyed_pairs(
    text: str,
    language: str,
    last: bool,
    forms: dict[str, set[str]],
    keys: dict[str, str],
    near: dict[str, bool],
) -> list[tuple[tuple[str, str, str], int, int]]:
    """Adjacent content words of one clause (one space apart) in a paragraph, keyed, as
    (key, start of the first word, end of the second): in the ``last`` (largest) language
    only those whose both words are spelled like another language's pair words (``forms``);
    in the others, their words are added to ``forms``. ``keys`` holds each word's verdict
    (:func:`_word_key`) in this language: a briefing repeats its words."""
    nouns = language in NOUN_CAPITALISING
    marks = not text.isascii()  # every mark is past ASCII
    keyed = []
    for match in _PAIR.finditer(text):
        first, second = match.group(1, 2)
        key_a = keys.get(first)
        if key_a is None:
            key_a = keys[first] = _word_key(first, language, last, forms, near)
        if len(key_a) < MIN_LETTERS:
            continue  # most pairs, in the largest language: the second word is not asked
        key_b = keys.get(second)
        if key_b is None:
            key_b = keys[second] = _word_key(second, language, last, forms, near)
        if len(key_b) < MIN_LETTERS or key_a == key_b:
            continue
        start, end = match.start(1), match.end(2)
        if marks and (_MARK.match(text, end) or (start and _MARK.match(text, start - 1))):
            continue
        if nouns and not first.islower():
            continue  # German: an adjective, then the noun
        keyed.append(((language, key_a, key_b), start, end))
        if not last:
            for word in (first, second):
                written = form(word)
                forms[written[:1]].add(written)
    return keyed


def _word_key(
    word: str, language: str, last: bool, forms: Mapping[str, set[str]], near: dict[str, bool]
) -> str:
    """A pair word's stem key (:func:`~.word_keys.stem_key`), or "" when it is no content
    word, or in the ``last`` language when no other language's word is spelled like it."""
    if not _content_word(word, language) or (last and not _near(word, forms, near)):
        return ""
    return stem_key(word, language)


#: Two whole words of letters, :data:`MIN_LETTERS` or more each, one space apart (the
#: second in a look-ahead, so that it may open the next pair). ``\b`` knows no combining
#: marks: a match beside one is a piece of a word (:data:`_MARK`), no content word.
_PAIR = re.compile(rf"\b([^\W\d_]{{{MIN_LETTERS},}}) (?=([^\W\d_]{{{MIN_LETTERS},}})\b)")
_MARK = re.compile(f"[{MARKS}]")


@functools.lru_cache(maxsize=1 << 16)
def _content_word(word: str, language: str) -> bool:
    """:func:`_content` with the language's own function words, cached by word: a
    briefing repeats its words."""
    function = _NOT_CONTENT if language == "en" else function_words(language)
    return _content(word, function, language in NOUN_CAPITALISING, language)


def _content(word: str, function: frozenset[str], nouns: bool, language: str) -> bool:
    if len(word) < MIN_LETTERS or word.casefold() in function or not word.isalpha():
        return False
    if not (word.islower() or (nouns and word[0].isupper() and word[1:].islower())):
        return False
    if language == "en":
        return not word.endswith(("ly", "ed", "ing"))  # an adverb or a verb's form
    return True


def _near(word: str, forms: Mapping[str, set[str]], cache: dict[str, bool]) -> bool:
    """Some word of ``forms`` (written forms by first letter) is spelled like ``word`` as
    cognates' written forms are asked (:mod:`.cognate_groups`); cached by word in ``cache``."""
    found = cache.get(word)
    if found is None:
        spelled = form(word)
        others = forms.get(spelled[:1], ())
        best = process.extractOne(spelled, others, scorer=fuzz.ratio, score_cutoff=FORM_RATIO)
        found = cache[word] = best is not None
    return found


def _widened(
    uses: list[_Use], texts: Mapping[tuple[str, int], str], language: str, known: Container[str]
) -> list[Occurrence]:
    """The uses as occurrences, each widened by the word that completes the phrase in at
    least :data:`WIDEN_SHARE` of them (by its stem): the noun after it (English, German,
    Russian ...), or in the languages that put the adjective last the noun before it with
    its link ("taux d'", "tipos de"). Only English tells a verb by its form (:func:`_content`),
    so elsewhere the word widens only when two uses write it ("президентской гвардии
    объявили", "noche de actividad sísmica" are written once). An English pair that is an
    English theme already (``known``) is widened only when every use is: "ballistic
    missile" is a theme of its own beside "ballistic missile tests", where "massive
    monetary" is half of "massive monetary stimulus"."""
    before = language in ADJECTIVE_AFTER
    function = _NOT_CONTENT if language == "en" else function_words(language)
    nouns = language in NOUN_CAPITALISING
    pieces: list[tuple[int, int, str, bool]] = []  # start, end, the word's stem, linked
    for a, i, start, end in uses:
        text = texts[(a, i)]
        if before:
            pieces.append(_before(text, start, function, language))
        else:
            pieces.append(_after(text, end, function, nouns, language))
    stems = Counter(stem for _s, _e, stem, _linked in pieces if stem)
    common = stems.most_common(1)
    widen = ""
    if common and common[0][1] >= WIDEN_SHARE * len(uses):
        stem = common[0][0]
        linked = any(p[3] for p in pieces if p[2] == stem)
        if common[0][1] >= 2 or (language == "en" and not linked):
            widen = stem
        if language == "en" and common[0][1] < len(uses) and _english_key(texts, uses[0]) in known:
            widen = ""  # "ballistic missile" (tests): a theme of its own
    out = []
    for (a, i, start, end), (s, e, stem, _linked) in zip(uses, pieces, strict=True):
        if widen and stem == widen:
            start, end = min(start, s), max(end, e)
        out.append(Occurrence(a, i, start, end, texts[(a, i)][start:end]))
    return out


def _english_key(texts: Mapping[tuple[str, int], str], use: _Use) -> str:
    """The key :mod:`.themes` gives an English pair ("tropical cyclones" → "tropical cyclone")."""
    first, _space, second = texts[(use[0], use[1])][use[2] : use[3]].partition(" ")
    modifier = first.lower()
    return f"{SPELLING.get(modifier, modifier)} {spelling_key(second)}"


def _after(
    text: str, end: int, function: frozenset[str], nouns: bool, language: str
) -> tuple[int, int, str, bool]:
    """The next word, one space on, when it is a content word (else no stem)."""
    match = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if match is None or not _content(match.group(), function, nouns, language):
        return (end, end, "", False)
    return (end, match.end(), stem_key(match.group(), language), False)


#: A noun, then its link to the pair: "taux d'", "tipos de", or one space.
_BEFORE = re.compile(r"([^\W\d_]+)( (?:de|di|do|da|del|du|dos|das) | d['’]| )$")


def _before(
    text: str, start: int, function: frozenset[str], language: str
) -> tuple[int, int, str, bool]:
    """The noun before the pair, with its link ("taux d'", "tipos de") or a space."""
    match = _BEFORE.search(text, max(0, start - 40), start)
    if match is None or not _content(match.group(1), function, False, language):
        return (start, start, "", False)
    linked = match.group(2) != " "
    return (match.start(), start, stem_key(match.group(1), language), linked)


#: Role nouns of :data:`~briefing.titles.ROLE_HEADS` long enough to tell by spelling, in
#: the singular (not the adjective "general", nor "justice", a subject of its own).
_ROLES = tuple(
    sorted(
        h
        for h in ROLE_HEADS
        if len(h) >= 6
        and h.isalpha()
        and h not in {"general", "justice"}
        and not (h.endswith("s") and h[:-1] in ROLE_HEADS)
    )
)


def role_word(word: str) -> bool:
    """A word spelled as a role noun in some language ("presidente", "ministre"): a pair
    with it is a person by their office ("président français"), no theme. It shares all
    but two of the role's letters, first ones first, and is at most two letters longer
    ("presidential" is not "president")."""
    spelled = form(word)
    for role in _ROLES:
        shared = 0
        for x, y in zip(spelled, c_as_k(role), strict=False):
            if x != y:
                break
            shared += 1
        if shared >= len(role) - 2 and len(spelled) <= len(role) + 2:
            return True
    return False


def _occasion(words: Iterable[str]) -> bool:
    """Some word is one for the event itself ("tragedy", "tragédie")."""
    occasions = {form(w) for w in GENERIC_OCCASIONS}
    return any(fuzz.ratio(form(w), o) >= FORM_RATIO for w in words for o in occasions)


def _key(occurrences: Mapping[str, list[Occurrence]]) -> str:
    """The English phrase's most used surface, else the most used one, in lower case."""
    pool = occurrences.get("en") or max(occurrences.values(), key=len)
    return Counter(o.surface.casefold() for o in pool).most_common(1)[0][0]
