"""Reading a paragraph's period phrases: "three days of national mourning", "трёхдневный траур".

Split from :mod:`.period_events`, which groups the phrases of many articles into events and
places them among the topics; this part reads one text: a day word and its number
(:mod:`.period_words`), and the bare noun next to it that names what lasts that long, with
the checks that keep a date, a function word, an everyday word or the main event's own
words from passing for one. It runs on the workers as well (:mod:`.period_share`), so it
needs nothing of the packet beyond the text, its language and the words to leave out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing.topics.period_words import AFTER_NOUN, OF, day_count, may_hold, number_value, unit

#: The noun's rarer word must be rarer than this in its language (wordfreq's Zipf scale,
#: the bound of :mod:`.keywords`): "three days of work" names no event.
MAX_ZIPF = 4.75
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One period phrase: where it is, what it says, the noun and the days."""

    article: str
    paragraph: int
    start: int
    end: int
    language: str
    #: The whole phrase as written ("three days of national mourning").
    surface: str
    #: The noun as written ("national mourning"), and the stem of its rarest word.
    noun: str
    key: str
    days: int
    #: Where the noun and its rarest word are in the paragraph.
    noun_span: tuple[int, int] = (0, 0)
    key_span: tuple[int, int] = (0, 0)


def period_phrases(
    article: str, paragraph: int, text: str, language: str, excluded: frozenset[str]
) -> list[Phrase]:
    """Every period phrase of one paragraph (module docstring). ``excluded``: the main
    event's words, casefolded."""
    if not may_hold(text.lower(), language):
        return []
    tokens = list(_TOKEN.finditer(text))
    found: list[Phrase] = []
    for i, token in enumerate(tokens):
        word = token.group()
        days, first = _length(tokens, i, language)
        if days is None:
            continue
        if unit(word, language) is None:  # an adjective of length: "трёхдневный траур"
            noun = _noun(tokens, i + 1, text, language, forward=True)
        elif language in OF and _joined(tokens, i, text, language):
            noun = _noun(tokens, i + 2, text, language, forward=True)
        elif language in OF and _modified(tokens, i, text, language):
            noun = _noun(tokens, i + 3, text, language, forward=True)  # "día nacional de duelo"
        elif language in OF:
            noun = None
            if language in AFTER_NOUN and first >= 2 and _joined(tokens, first - 2, text, language):
                noun = _noun(tokens, first - 1, text, language, forward=False)
        else:
            noun = _noun(tokens, i + 1, text, language, forward=True)
        if noun is None:
            continue
        (n_start, n_end), key, key_span = noun
        surface = text[n_start:n_end]
        if any(_same(w, excluded) for w in surface.split()):
            continue
        start = min(tokens[first].start(), n_start)
        if first > 0 and days == 1:  # "national day of mourning": its modifier is part
            before = tokens[first - 1].group()
            if _plain(before, language) and text[tokens[first - 1].end() : token.start()] == " ":
                start = tokens[first - 1].start()
        end = max(token.end(), n_end)
        found.append(
            Phrase(
                article,
                paragraph,
                start,
                end,
                language,
                text[start:end],
                surface,
                key,
                days,
                (n_start, n_end),
                key_span,
            )
        )
    return found


def _length(tokens: list[re.Match[str]], i: int, language: str) -> tuple[int | None, int]:
    """(days, index of the phrase's first token) when token ``i`` ends a length."""
    word = tokens[i].group()
    kind = unit(word, language)
    if kind is None:
        value = day_count(word, language)
        return (value, i) if value is not None and value > 1 else (None, i)
    if i > 0:
        value = number_value(tokens[i - 1].group(), language)
        if value is not None:
            return value, i - 1
    return (1, i) if kind == "one" else (None, i)


def _joined(tokens: list[re.Match[str]], i: int, text: str, language: str) -> bool:
    """Whether token ``i + 1`` is the language's "of", right after token ``i``."""
    if i + 1 >= len(tokens):
        return False
    word = tokens[i + 1].group().casefold()
    if word[:2] in ("d'", "d’") and language == "fr":
        return True  # "jours d'hommage": the elided "de" is glued to its noun
    return word in OF[language] and text[tokens[i].end() : tokens[i + 1].start()] == " "


def _modified(tokens: list[re.Match[str]], i: int, text: str, language: str) -> bool:
    """Whether one plain word stands between the day word ``i`` and the language's "of"
    ("journée nationale de deuil", "día nacional de duelo")."""
    return (
        i + 2 < len(tokens)
        and _plain(tokens[i + 1].group(), language)
        and text[tokens[i].end() : tokens[i + 1].start()] == " "
        and _joined(tokens, i + 1, text, language)
    )


def _noun(
    tokens: list[re.Match[str]], j: int, text: str, language: str, forward: bool
) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """((start, end), key, the key word's (start, end)) of the bare noun of one or two
    words from token ``j`` on (or, not ``forward``, the words before token ``j``), or None."""
    picked: list[re.Match[str]] = []
    step = 1 if forward else -1
    k = j if forward else j - 1
    while 0 <= k < len(tokens) and len(picked) < 2:
        word = tokens[k].group()
        if forward and k == j and word[:2].casefold() in ("d'", "d’"):
            word = word[2:]  # "d'hommage"
        if not _plain(word, language):
            break
        if picked:
            near = picked[-1]
            gap = (
                text[near.end() : tokens[k].start()]
                if forward
                else text[tokens[k].end() : near.start()]
            )
            if gap != " ":
                break
        picked.append(tokens[k])
        k += step
    if not picked:
        return None
    if not forward:
        picked.reverse()
    from briefing.topics.word_keys import stem_key, zipf

    rarest = min(picked, key=lambda m: zipf(_bare(m.group()), language))
    word = _bare(rarest.group())
    if zipf(word, language) >= MAX_ZIPF:
        return None
    start = picked[0].start() + (len(picked[0].group()) - len(_bare(picked[0].group())))
    key_start = rarest.start() + (len(rarest.group()) - len(word))
    return (start, picked[-1].end()), stem_key(word, language), (key_start, rarest.end())


def _bare(word: str) -> str:
    return word[2:] if word[:2].casefold() in ("d'", "d’") else word


def _plain(word: str, language: str) -> bool:
    """A lower-case content word of ``language`` (German nouns may be capitalised): no
    function word, number, day word, month or weekday."""
    from briefing.topics.languages import NOUN_CAPITALISING, function_words
    from briefing.topics.lexicon import MONTHS, STOPWORDS, WEEKDAYS

    if not word.isalpha() or len(word) < 3:
        return False
    if language in NOUN_CAPITALISING:
        if not (word[:1].isupper() and word[1:].islower()):
            return False  # German writes every noun capitalised: a lower-case word is none
    elif not word.islower():
        return False
    folded = word.lower()  # not casefold: Greek's final sigma stays as the lists write it
    return not (
        folded in STOPWORDS
        or folded in function_words(language)
        or folded in MONTHS
        or folded in _months(language)
        or folded in WEEKDAYS
        or unit(folded, language) is not None
        or number_value(folded, language) is not None
        or day_count(folded, language) is not None
    )


@functools.cache
def _months(language: str) -> frozenset[str]:
    """The language's month names in every form CLDR lists (Russian genitive "марта")."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(
        name.casefold().rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in locale.months[context][width].values()
    )


def _same(word: str, excluded: frozenset[str]) -> bool:
    """Whether ``word`` is one of the main event's words or a form of one."""
    folded = word.casefold()
    return any(
        folded == e or (len(e) >= 5 and (folded.startswith(e[:-1]) or e.startswith(folded[:-1])))
        for e in excluded
    )
