"""A minister's portfolio, when two articles give one person two: defence against foreign affairs.

"le ministre japonais de la Défense Taro Kono" against "le ministre japonais des Affaires
étrangères, Taro Kono" and "Глава МИД Японии Таро Коно": one person, two ministries. A minister
holds one portfolio at a time in a story's days, so two articles that give the same person two
are a disagreement (one of them mixed up two members of one cabinet). :mod:`.offices` compares a
minister with a prefect or a mayor; here the ministry is the value, read from the title right
before a full name, in the dev languages:

- a ministry's adjective or compound before the title ("Foreign Minister", "Defence
  Secretary", "Außenminister", "Verteidigungsministerin");
- the ministry after the title, a nationality's adjective allowed between ("ministre japonais
  de la Défense", "ministro de Asuntos Exteriores", "министр обороны", "глава МИД Японии"),
  and in English "Minister of Defence", "Minister for Foreign Affairs";
- then a full name (two words or more, a comma allowed before it), never a surname alone.

A person is their surname and given names read across Latin and Cyrillic letters
(:func:`.spelling.transliterated`: "Коно" is "Kono"); the rules of :func:`.offices.
title_discrepancies` then hold: a word before the title that makes it another office or time
("former", "deputy", "ancien", "ehemalige", "бывший", "vice", a hyphen: "Ex-Außenminister",
"then-foreign minister") leaves it unread, an article that gives one person two portfolios
(a minister who held one and then another) is not compared, nor are three portfolios or more,
nor two people of one surname (given names with nothing in common). The ministries are a
small closed vocabulary of general news language, never one story's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from briefing.analysis.model import Discrepancy, Quote
from briefing.analysis.names import is_place
from briefing.analysis.offices import (
    _CHANGED,
    _MOST_WORDS,
    _NAME_WORD,
    Titled,
    TitleTable,
    _common,
    title_discrepancies,
)
from briefing.analysis.spelling import local_place, transliterated
from briefing.analysis.text import language_of, sentences
from briefing.given_name_table import given_name
from briefing.model import Article, Span

#: Ministry → per language: the words before a title ("foreign"), the compounds that are the
#: whole title ("außenminister"), and the ministry after the title ("de la défense").
_BEFORE: dict[str, dict[str, str]] = {
    "en": {
        "foreign minister": "foreign", "defence minister": "defence|defense",
        "interior minister": "interior|home", "finance minister": "finance",
        "justice minister": "justice", "health minister": "health",
    },
}  # fmt: skip
_COMPOUNDS: dict[str, dict[str, str]] = {
    "de": {
        "foreign minister": "außenminister|außenministerin",
        "defence minister": "verteidigungsminister|verteidigungsministerin",
        "interior minister": "innenminister|innenministerin",
        "finance minister": "finanzminister|finanzministerin",
        "justice minister": "justizminister|justizministerin",
        "health minister": "gesundheitsminister|gesundheitsministerin",
    },
}  # fmt: skip
_AFTER: dict[str, dict[str, str]] = {
    "en": {
        "foreign minister": "of foreign affairs|for foreign affairs",
        "defence minister": "of defence|of defense|for defence",
        "interior minister": "of the interior|of interior|for home affairs",
        "finance minister": "of finance|for finance", "justice minister": "of justice",
        "health minister": "of health|for health",
    },
    "fr": {
        "foreign minister": "des affaires étrangères",
        "defence minister": "de la défense|des armées",
        "interior minister": "de l'intérieur|de l’intérieur", "finance minister": "des finances",
        "justice minister": "de la justice", "health minister": "de la santé",
    },
    "es": {
        "foreign minister": "de asuntos exteriores|de relaciones exteriores|de exteriores",
        "defence minister": "de defensa", "interior minister": "del interior|de interior",
        "finance minister": "de hacienda|de finanzas", "justice minister": "de justicia",
        "health minister": "de sanidad|de salud",
    },
    "it": {
        "foreign minister": "degli esteri|degli affari esteri", "defence minister": "della difesa",
        "interior minister": "dell'interno|dell’interno|degli interni",
        "finance minister": "delle finanze", "justice minister": "della giustizia",
        "health minister": "della salute",
    },
    "pt": {
        "foreign minister": "dos negócios estrangeiros|das relações exteriores",
        "defence minister": "da defesa", "interior minister": "da administração interna",
        "finance minister": "das finanças|da fazenda", "justice minister": "da justiça",
        "health minister": "da saúde",
    },
    "ru": {
        "foreign minister": "иностранных дел", "defence minister": "обороны",
        "interior minister": "внутренних дел", "finance minister": "финансов",
        "justice minister": "юстиции", "health minister": "здравоохранения",
    },
    "uk": {
        "foreign minister": "закордонних справ", "defence minister": "оборони",
        "interior minister": "внутрішніх справ", "finance minister": "фінансів",
        "justice minister": "юстиції", "health minister": "охорони здоров'я|охорони здоров’я",
    },
}  # fmt: skip
#: The head of a ministry named by its short form ("глава МИД", "глава Минобороны").
_HEADS: dict[str, dict[str, str]] = {
    "ru": {
        "foreign minister": "глава мид|главы мид|главой мид",
        "defence minister": "глава минобороны|главы минобороны|главой минобороны",
        "interior minister": "глава мвд|главы мвд", "finance minister": "глава минфина",
        "justice minister": "глава минюста", "health minister": "глава минздрава",
    },
    "uk": {
        "foreign minister": "глава мзс|голова мзс|очільник мзс",
        "defence minister": "глава міноборони|очільник міноборони",
    },
}  # fmt: skip
#: The title the ministry follows or precedes, per language (inflected forms listed).
_TITLE: dict[str, str] = {
    "en": "minister|secretary", "fr": "ministre", "es": "ministro|ministra",
    "it": "ministro|ministra", "pt": "ministro|ministra",
    "ru": "министр|министра|министру|министром|министре",
    "uk": "міністр|міністра|міністру|міністром|міністрові",
}  # fmt: skip
#: Words after the title that make it another office ("ministre délégué", "ministro adjunto").
_DEPUTY = (
    "délégué|déléguée|adjoint|adjointe|chargé|chargée|adjunto|adjunta|aggiunto|"
    "supplente|substituto|substituta|заместитель"
)
_PORTFOLIOS = TitleTable("portfolio", {}, _CHANGED)


def portfolio_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """People whom two articles give two different ministries (module docstring)."""
    return title_discrepancies(articles, _PORTFOLIOS, list(_read(articles)))


def _read(articles: Sequence[Article]) -> Iterator[Titled]:
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable:
                continue
            if not _hinted(paragraph.text):
                continue  # most paragraphs: no title at all
            language = language_of(paragraph.language, article.language)
            pattern = _pattern(language)
            if pattern is None or pattern.search(paragraph.text) is None:
                continue
            for sentence in sentences(paragraph.text, language):
                for match in pattern.finditer(sentence.text):
                    read = _titled(sentence.text, match, language)
                    if read is None:
                        continue
                    title, ministry, words = read
                    span = Span(index, sentence.start, sentence.end)
                    quote = Quote(article.id, article.source, span, sentence.text)
                    given = tuple(transliterated(w) for w in words[:-1])
                    person = ("*", transliterated(words[-1]))
                    yield Titled(article.id, person, words[-1], ministry, title, given, quote)


def _hinted(text: str) -> bool:
    """Letters every title above holds, in either case of its first letter ("Minister",
    "ministre", "Außenminister", "Secretary", "министр", "Глава", "міністр", "очільник"):
    substring tests, several times faster than the titles' pattern on text that has none."""
    return (
        "inist" in text
        or "ecretar" in text
        or "инистр" in text
        or "лав" in text
        or "іністр" in text
        or "олов" in text
        or "чільник" in text
    )


def _titled(text: str, match: re.Match[str], language: str) -> tuple[str, str, list[str]] | None:
    """(title as written, ministry, the name's words) for a title right before a full name,
    None when a word before it changes the office or the name is no person's."""
    before = text[: match.start()]
    if before.endswith("-") or text[match.end("title") : match.end("title") + 1] == "-":
        return None  # "Ex-Außenminister", "then-foreign minister"
    previous = re.findall(r"\w+", before[-40:])  # "L'ancien": the word after the elision
    if previous and previous[-1].casefold() in set(_CHANGED.get(language, "").split()):
        return None  # "former defence minister", "бывший министр обороны"
    words = match.group("name").split()
    if len(words) > 2 and (is_place(words[0]) or local_place(words[0], language)):
        words = words[1:]  # "глава МИД Японии Таро Коно": the country, then the name
    if len(words) < 2 or words[-1].isupper():
        return None  # a surname alone may be anyone's; an acronym is no name
    if _common(words[-1], language) or any(
        _common(w, language) and not given_name(w, language) for w in words[:-1]
    ):
        return None  # a title-case headline
    ministry = _ministry(match.group("title"), language)
    return (match.group("title"), ministry, words) if ministry else None


def _ministry(title: str, language: str) -> str | None:
    folded = " ".join(title.split()).lower()  # not casefold: "ß" stays
    for table in (_BEFORE, _COMPOUNDS, _AFTER, _HEADS):
        for ministry, forms in table.get(language, {}).items():
            if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded) for f in forms.split("|")):
                return ministry
    return None


def title_forms(language: str, gap: str) -> list[str]:
    """The patterns of a portfolio's title in ``language``: ministry then title, title then
    ``gap`` (what may stand between, e.g. a nationality adjective) then ministry, compounds
    and heads of one word. Shared with :mod:`.role_holders`."""
    title = _TITLE.get(language)
    forms = []
    if title is not None:
        for ministry in _BEFORE.get(language, {}).values():
            forms.append(rf"(?:{ministry})\s+(?:{title})")
        after = "|".join(_AFTER.get(language, {}).values())
        if after:
            forms.append(rf"(?:{title})\s+{gap}(?:{after})")
    for table in (_COMPOUNDS, _HEADS):
        forms += table.get(language, {}).values()
    return forms


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """A title with its ministry, then a full name (a comma allowed between)."""
    gap = rf"(?:(?!(?:{_DEPUTY})\b)[^\W\d_][\w-]*\s+)?"  # "ministre japonais de la …"
    forms = title_forms(language, gap)
    if not forms:
        return None
    name = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,{_MOST_WORDS}}}"
    return re.compile(
        rf"(?<![\w\-])(?P<title>(?i:{'|'.join(forms)}))(?![\w\-])(?P<comma>,)?\s+(?P<name>{name})"
    )
