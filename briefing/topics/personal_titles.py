"""Titles that name a person by one given name: "Prince Harry", "le prince Harry", "принц Гарри".

Royals, nobles, popes, emirs and sheikhs are named by a title and one given name, in every
language: "Prinz Harry", "el príncipe Harry", "принца Гарри", "해리 왕자", "الأمير هاري",
"哈利王子". The first pass knows the English titles that open a run of capitals
(:data:`~briefing.titles.ROLE_HEADS`); a Romance, Dutch or Slavic text writes the title in
lower case before the name ("le prince Harry"), and German capitalises it as a noun ("Prinz
Harry"), so the name was read as a capitalised word nobody explains, a body ("Harry", an
organisation).

This is the one table of such titles: general vocabulary of the languages read here (the word
for a prince, a queen, a pope), never a name. Each word says which office it is, so that two
names are one person only under the same office ("Prince William" is no "King William").
A crown prince is a prince ("皇太子", "왕세자"). Cyrillic words are listed inflected (a title
stands in any case before the name: "принца Гарри", "королевы Елизаветы").

The uncased scripts write the title beside the name too: Chinese, Japanese and Korean after
it ("哈利王子", "ヘンリー王子", "해리 왕자"), Arabic before it ("الأمير هاري").
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "ARABIC_TITLES",
    "CAPITALISED_OFFICES",
    "EAST_ASIAN_TITLES",
    "LATIN_TITLES",
    "any_language_office",
    "office_before",
    "title_office",
]


def _forms(*stems: str) -> tuple[str, ...]:
    """Cyrillic words with their case endings: "принц|а|у|ом|е" → принц, принца, …"""
    found: list[str] = []
    for stem in stems:
        head, *endings = stem.split("|")
        found.append(head)
        found.extend(head + e for e in endings)
    return tuple(found)


#: Office → language → the lower-case words for it (Latin and Cyrillic scripts).
LATIN_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "prince": {
        "en": ("prince", "crown prince"), "de": ("prinz", "kronprinz"),
        "fr": ("prince",), "es": ("príncipe", "principe"), "it": ("principe",),
        "pt": ("príncipe",), "nl": ("prins", "kroonprins"), "pl": ("książę",),
        "ru": _forms("принц|а|у|ем|ом|е", "кронпринц|а|у|ем|ом|е"),
        "uk": _forms("принц|а|у|ом|і|ові", "кронпринц|а|у|ом|і|ові"),
    },
    "princess": {
        "en": ("princess",), "de": ("prinzessin",), "fr": ("princesse",),
        "es": ("princesa",), "it": ("principessa",), "pt": ("princesa",),
        "nl": ("prinses",), "pl": ("księżniczka",),
        "ru": _forms("принцесс|а|ы|е|у|ой"), "uk": _forms("принцес|а|и|і|у|ою"),
    },
    "king": {
        "en": ("king",), "de": ("könig",), "fr": ("roi",), "es": ("rey",), "it": ("re",),
        "pt": ("rei",), "nl": ("koning",), "pl": ("król",),
        "ru": _forms("король", "корол|я|ю|ем|е"), "uk": _forms("король", "корол|я|ю|ем|і|еві"),
    },
    "queen": {
        "en": ("queen",), "de": ("königin",), "fr": ("reine",), "es": ("reina",),
        "it": ("regina",), "pt": ("rainha",), "nl": ("koningin",), "pl": ("królowa",),
        "ru": _forms("королев|а|ы|е|у|ой"), "uk": _forms("королев|а|и|і|у|ою"),
    },
    "duke": {
        "en": ("duke",), "de": ("herzog",), "fr": ("duc",), "es": ("duque",), "it": ("duca",),
        "pt": ("duque",), "nl": ("hertog",),
        "ru": _forms("герцог|а|у|ом|е"), "uk": _forms("герцог|а|у|ом|і|ові"),
    },
    "duchess": {
        "en": ("duchess",), "de": ("herzogin",), "fr": ("duchesse",), "es": ("duquesa",),
        "it": ("duchessa",), "pt": ("duquesa",), "nl": ("hertogin",),
        "ru": _forms("герцогин|я|и|е|ю|ей"), "uk": _forms("герцогин|я|і|ю|ею"),
    },
    "pope": {
        "en": ("pope",), "de": ("papst",), "fr": ("pape",), "es": ("papa",), "it": ("papa",),
        "pt": ("papa",), "nl": ("paus",), "pl": ("papież",),
        "ru": _forms("пап|а|ы|е|у|ой"), "uk": _forms("пап|а|и|і|у|ою"),
    },
    "emir": {
        "en": ("emir",), "de": ("emir",), "fr": ("émir", "emir"), "es": ("emir",),
        "it": ("emiro",), "pt": ("emir",), "nl": ("emir",),
        "ru": _forms("эмир|а|у|ом|е"), "uk": _forms("емір|а|у|ом|і|ові"),
    },
    "sheikh": {
        "en": ("sheikh", "sheik"), "de": ("scheich",), "fr": ("cheikh",), "es": ("jeque",),
        "it": ("sceicco",), "pt": ("xeque",), "nl": ("sjeik",),
        "ru": _forms("шейх|а|у|ом|е"), "uk": _forms("шейх|а|у|ом|і|ові"),
    },
    "emperor": {
        "en": ("emperor",), "de": ("kaiser",), "fr": ("empereur",), "es": ("emperador",),
        "it": ("imperatore",), "pt": ("imperador",), "nl": ("keizer",),
        "ru": _forms("император|а|у|ом|е"), "uk": _forms("імператор|а|у|ом|і|ові"),
    },
}  # fmt: skip

#: The offices whose capitalised word opens a run of capitals in a language that capitalises
#: it as a noun ("Prinz Harry", "Il Principe Harry"): those :mod:`.single_names` does not key
#: with their title ("Papa Francesco", "Königin Elizabeth" are compared there, title and all).
CAPITALISED_OFFICES = frozenset({"prince", "princess", "duke", "duchess", "emir", "sheikh"})

#: Office → the words Chinese and Japanese (Han) and Korean (Hangul) write right after the
#: name ("哈利王子", "ヘンリー王子", "해리 왕자", "해리왕자").
EAST_ASIAN_TITLES: dict[str, tuple[str, ...]] = {
    "prince": ("王子", "皇太子", "王儲", "王储", "王太子", "왕자", "왕세자", "황태자"),
    "princess": ("公主", "王女", "王妃", "공주", "왕자비"),
    "king": ("國王", "国王", "국왕"),
    "queen": ("女王", "여왕"),
    "duke": ("公爵", "공작"),
    "duchess": ("公爵夫人", "공작부인"),
}

#: Office → the Arabic words written right before the name, with the article ("الأمير هاري").
ARABIC_TITLES: dict[str, tuple[str, ...]] = {
    "prince": ("الأمير", "الامير", "ولي العهد"),
    "princess": ("الأميرة", "الاميرة"),
    "king": ("الملك",),
    "queen": ("الملكة",),
    "duke": ("دوق",),
    "duchess": ("دوقة",),
    "pope": ("البابا",),
    "emir": ("الأمير", "الامير"),
    "sheikh": ("الشيخ",),
}


@functools.cache
def _words(language: str) -> dict[str, str]:
    """Lower-case title word of ``language`` → its office; an empty table for a language
    not listed (the rule is silent there)."""
    return {
        word: office
        for office, by_language in LATIN_TITLES.items()
        for word in by_language.get(language, ())
        if " " not in word
    }


def title_office(word: str, language: str) -> str | None:
    """The office a title word of ``language`` names ("príncipe" → "prince"), any case."""
    return _words(language).get(word.casefold())


@functools.cache
def any_language_office(word: str) -> str | None:
    """The English word, capitalised, of the office a title word of any language listed
    names ("Prinz" → "Prince"), or None: for a word whose article's language is not at hand."""
    folded = word.casefold()
    for office, by_language in LATIN_TITLES.items():
        if any(folded in words for words in by_language.values()):
            return office.capitalize()
    return None


#: The word right before a position, and the one space (or no-break space) after it.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]$")
#: How far back the title word is read.
_REACH = 24


def office_before(text: str, start: int, language: str) -> str | None:
    """The office of the title word right before ``start`` in ``text`` ("le prince |Harry"),
    written in lower case or capitalised; None when the word before is no title."""
    if start < 2 or text[start - 1] not in " \u00a0":
        return None
    found = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    return title_office(found.group(1), language) if found else None
