"""What a date phrase dates: the sentence's event, or something else the sentence names.

The timeline files a sentence under each date it gives, which is right only when the date is
the day (or year) of what the sentence tells. Two shapes of date, in every language, date
something else, and are read here from the words around the phrase, never from its value:

- the end of a period: a date right after the language's "until" ("mourning was declared
  until 1 November", "jusqu'au 1er novembre", "hasta el lunes", "bis Sonntag", "до 2
  ноября"; the closed class of :mod:`.period_ends`). The period's end is not the day the
  decree, the closure or the fight happened; the sentence's own day, when it gives one, is
  a date of its own, and without one the sentence is not a dated event;
- a year that qualifies a noun: "the ruling of 2007", "the 2007 campaign", "la campagne de
  2007", "le elezioni del 2007", "die Wahl von 2007", "кампании 2007 года" (a genitive, no
  preposition; or a year between an article and its noun). It
  dates the noun — the campaign, the ruling — not the sentence's main verb ("was sentenced
  over the financing of the 2007 campaign"), so the sentence keeps no year from it and is
  listed as undated rather than filed under a year it is not about. A year introduced by
  the language's "in" ("In 2007 the court ruled", "en 2007", "nel 2007", "в 2007 году")
  is the sentence's own, and so is one of a range ("de 2007 à 2012", read by
  :mod:`.periods`). A time noun before the "of" ("à la fin de 2007") is read the same way:
  the year is then undated too, a loss rather than a wrong year.

A third shape names a date as a thing: a phrase set after a comma behind the noun "date"
and what it is the date of ("they showed the date of the attack, 22 March, and ...", "das
Datum des Anschlags, der 22. März", "la date de l'attentat, le 22 mars"; ``names_a_date``).
The sentence tells where the date was written or what it is, not what happened that day
(the day's event is told elsewhere). "That date, 22 March, ..." (nothing between the noun and
the comma) and a date without the noun stay.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from briefing.analysis.dates import DatePhrase
from briefing.analysis.model import TimelineEntry
from briefing.analysis.text import word_set as words
from briefing.analysis.until_words import until_before

#: The genitive prepositions that tie a year to the noun before it, per language (a closed
#: class: "of", "de", "del", "von"); contracted forms end on an apostrophe ("dell'", "d'").
_OF: dict[str, str] = {
    "en": r"of",
    "fr": r"de|d['’]",
    "es": r"de|del",
    "ca": r"de|del|d['’]",
    "pt": r"de|do|da",
    "it": r"di|del|dell['’]",
    "de": r"von|des\s+jahres",
    "nl": r"van",
    "ro": r"din",
}
#: Articles, which put a year before the noun it qualifies ("the 2007 campaign", "die 2007
#: gewählte Regierung", "het 2007 verkiezingsprogramma"): a year right after one is the noun's.
_ARTICLES: dict[str, str] = {
    "en": r"the|a|an",
    "de": r"der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen",
    "nl": r"de|het|een",
}
#: Languages that put a year qualifying a noun in the genitive with no preposition, the
#: year's word after it ("кампании 2007 года", "кампанії 2007 року", "kampanii z 2007 roku"
#: has "z", read as a preposition): a lower-case word right before the year, not a
#: function word, and the genitive of "year" right after.
_GENITIVE_YEAR: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"\s*(?:года|г\.)"),
    "uk": re.compile(r"\s*(?:року|р\.)"),
    "be": re.compile(r"\s*(?:года|г\.)"),
    "bg": re.compile(r"\s*(?:година|г\.)"),
}
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")
#: Another year right after the phrase, behind a range's joiner: "de 2007 à 2012".
_RANGE_AFTER = re.compile(r"\s*(?:[-–—/]|[^\W\d_]{1,3})\s*(?:19|20)\d\d(?!\d)")


def ends_period(sentence: str, phrase: DatePhrase, start: int, language: str) -> bool:
    """Whether the phrase (at ``start`` in ``sentence``) is a period's end: "until" before it,
    or in it ("until Friday", read with the weekday)."""
    if phrase.modifier and until_before(phrase.modifier + " ", language):
        return True
    return until_before(sentence[max(0, start - 30) : start], language)


def undated(entry: TimelineEntry) -> TimelineEntry:
    """The entry of a year that dates the noun it qualifies ("sa campagne de 2007"), taken
    off the sentence: listed as undated rather than filed under that year."""
    return replace(
        entry,
        date=None,
        resolution="unresolved",
        how=f"“{entry.phrase}” dates the noun it qualifies, not what the sentence tells",
    )


def lasted(end: dt.date | None, written: dt.date | None, exact: bool) -> bool:
    """Whether a period's end ("fought the flames until Thursday afternoon") is a day the
    article had already seen when ``written`` (its day, or only its month when not
    ``exact``): what lasted until it happened on it. An end still to come ("mourning was
    decreed until 1 November" in an October report) is a term set in advance, not a day
    anything happened; so is one the article cannot place against its own date."""
    if end is None or written is None:
        return False
    if exact:
        return end <= written
    return (end.year, end.month) <= (written.year, written.month)


def qualifies_noun(sentence: str, phrase: DatePhrase, start: int, language: str) -> bool:
    """Whether a year named alone (at ``start`` in ``sentence``) qualifies the noun before it
    ("la campagne de 2007"), rather than dating the sentence (module doc)."""
    if phrase.kind != "year":
        return False
    end = start + len(phrase.text)
    if _RANGE_AFTER.match(sentence, end):
        return False
    before = sentence[max(0, start - 40) : start]
    article = _ARTICLES.get(language)
    if article is not None and re.search(rf"(?i)(?<![\w'’])(?:{article})\s+$", before):
        return True  # "the 2007 presidential campaign": a year between article and noun
    of = _OF.get(language)
    if of is not None:
        # A noun, then "of": "campagne de 2007" (not "de 2007" opening the sentence).
        tied = re.search(rf"(?i)[^\W\d_]\s+(?:{of})\s*$", before)
        return tied is not None
    genitive = _GENITIVE_YEAR.get(language)
    if genitive is None or not genitive.match(sentence, end):
        return False
    word = _WORD_BEFORE.search(before)
    return (
        word is not None and word.group(1).islower() and not _function_word(word.group(1), language)
    )


@cache
def _short_function_words(language: str) -> frozenset[str]:
    """The language's function words from the shorter list (whoosh's, else stopwords-iso's):
    the long lists hold content words too ("fire", "show"), and a word taken for a function
    word here could hide what a sentence tells."""
    import stopwordsiso
    from whoosh.lang import has_stopwords, stopwords_for_language

    if has_stopwords(language):
        return frozenset(w.casefold() for w in stopwords_for_language(language))
    if stopwordsiso.has_lang(language):
        return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
    return frozenset()


def _function_word(word: str, language: str) -> bool:
    from briefing.analysis.years import function_words

    return word.casefold() in function_words(language)


#: The noun "date" per language, with its common case forms (a closed class; Italian
#: "data" is the date, English "data" is not). A language not listed marks nothing.
_DATE_NOUN: dict[str, str] = {
    "en": "date", "fr": "date", "es": "fecha", "ca": "data", "pt": "data", "it": "data",
    "de": "datum", "nl": "datum", "ro": "data", "pl": "data|datę|daty", "cs": "datum",
    "sk": "dátum", "ru": "дата|дату|даты", "uk": "дата|дату|дати", "bg": "дата|датата",
    "tr": "tarih|tarihi|tarihini", "el": "ημερομηνία|ημερομηνίας", "hu": "dátum|dátuma",
}  # fmt: skip


@cache
def _named_date(language: str) -> re.Pattern[str] | None:
    """ "the date of <one to four words>, <a short article>?" right before the phrase."""
    noun = _DATE_NOUN.get(language)
    if noun is None:
        return None
    return re.compile(
        rf"(?i)(?<!\w)(?:{noun})(?:\s+[^\W\d_][\w'’\-]*){{1,4}},\s*(?:[^\W\d_]{{1,3}}\s+)?$"
    )


def names_a_date(sentence: str, start: int, language: str) -> bool:
    """Whether the phrase at ``start`` is set after a comma behind the noun "date" and what
    it is the date of ("das Datum des Anschlags, der 22. März"): a date named as a thing,
    not the day of what the sentence tells (module doc)."""
    pattern = _named_date(language)
    return pattern is not None and pattern.search(sentence[max(0, start - 80) : start]) is not None


#: A sentence opening on "this picture": a demonstrative, at most one word ("aerial"), then
#: a noun for a picture or a film, in the languages of the packets (closed classes: the
#: demonstratives and the few nouns a page uses for what it embeds). Case-insensitive.
_PICTURE = re.compile(
    r"(?i)^\W*(?:this|these|ce|cet|cette|ces|este|esta|estos|estas|ese|esa|esos|esas|"
    r"questo|questa|questi|queste|estes|essa|esse|essas|esses|diese|dieses|dieser|"
    r"эти|этот|эта|это|ці|цей|ця|це)\s+(?:[^\W\d_]+\s+)?"
    r"(?:images?|imágenes|imagen|immagin[ei]|image[mn]s?|photos?|fotos?|pictures?|"
    r"vid[eé]os?|vídeos?|footage|clips?|bilder?|aufnahmen?|кадры|видео|фото|снимки|"
    r"кадри|відео)(?!\w)"
)


def describes_picture(sentence: str) -> bool:
    """Whether the sentence opens on the picture or film beside it ("Ces images aériennes
    … donnent une idée de l'ampleur des 29 et 30 octobre", "This video shows …", "Эти кадры
    …"): a caption set in the text, whose date is the picture's subject, not an event the
    sentence tells. A picture named without a demonstrative ("Images showed the bridge fell
    on Tuesday", "Video from the scene …") is the writer's statement and stays."""
    return _PICTURE.match(sentence) is not None


#: Verbs of reporting and publishing (a closed class, as function words are): what a report
#: formula says of the outlet ("AP reported it", "o tom informovala", "Об этом сообщило").
REPORTING = words(
    """reported reports report published publishes wrote writes broke
    rapporté rapporte informé annoncé écrit publié relaté
    informó informa publicó reportó
    riferito riporta riportato pubblicato riferisce
    informou noticiou publicou relatou
    berichtete berichtet berichteten meldete meldet meldeten
    informovala informoval informovali informuje uvedla uvedl uvedli napsal napsala
    poinformował poinformowała poinformowali podał podała podali
    сообщил сообщила сообщило сообщили сообщает сообщают пишет написал написала передаёт
    передает
    повідомив повідомила повідомило повідомили повідомляє пише написав написала передає
    ανέφερε μετέδωσε"""
)
#: Nouns for an outlet standing before its name ("the agency AP", "agentura AP").
_OUTLET_NOUNS = words(
    """agency newspaper channel broadcaster outlet site
    agence journal chaîne quotidien agencia diario periódico cadena agenzia giornale
    quotidiano agência jornal agentur nachrichtenagentur zeitung sender agentura deník
    server agencja gazeta агентство издание газета телеканал агенція видання телеканал
    πρακτορείο εφημερίδα"""
)
_CONTENT = re.compile(r"[^\W\d_][\w'’-]*")


#: Longest word that may stand between a verb of reporting and its date ("reported late on
#: Saturday", "informó este sábado"): a short adverb or article, never what was reported.
_GAP_LETTERS = 5


def dates_telling(clause: str, start: int) -> bool:
    """Whether the date phrase at ``start`` of ``clause`` comes right after a verb of
    reporting ("…, Hellenic Train reported on Saturday", "…, informó este sábado la
    agencia", "…, сообщило в субботу агентство"): it dates the telling, not an event of
    the clause. "Rescuers reported finding survivors on Saturday" dates the finding."""
    before = _CONTENT.findall(clause[:start])[-2:]
    if before and before[-1].casefold() in REPORTING:
        return True
    return (
        len(before) == 2
        and before[0].casefold() in REPORTING
        and len(before[1]) <= _GAP_LETTERS
        and before[1].islower()
    )


def about_reporting(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence only says that someone reported, with the date of the report
    ("AP reported it on Friday morning", "V pátek ráno o tom informovala agentura AP", "Об
    этом в пятницу сообщило агентство ТАСС"): besides the date phrase (``start``–``end``),
    the language's function words, the parts of the day and names (capitalised words), it
    has a verb of reporting and at most a noun for an outlet, nothing else. The date is the
    report's; no event of the story is told. A report that says what happened ("AP reported
    on Friday that the fire was out") has more words and is not one."""
    from briefing.analysis.day_periods import period_names

    rest = sentence[:start] + " " + sentence[end:]
    skip = _short_function_words(language) | period_names(language)
    words = [
        w.casefold()
        for w in _CONTENT.findall(rest)
        if not w[:1].isupper() and w.casefold() not in skip
    ]
    verbs = [w for w in words if w in REPORTING]
    return len(verbs) == 1 and all(w in REPORTING or w in _OUTLET_NOUNS for w in words)
