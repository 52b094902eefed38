"""One office, two holders: "Norway's Foreign Minister Kari Lund" against "le ministre des
Affaires étrangères de la Norvège, Per Dahl".

:mod:`.offices` and :mod:`.portfolios` compare the titles one person is given; here it is the
other way round: one country's minister of one portfolio, at one ceremony or one moment of a
story, is one person, so two articles that put two different people in that office disagree
on who it was (one of them named the wrong member of a cabinet, or a predecessor). The office
is a portfolio of :mod:`.portfolios`' closed vocabulary (foreign, defence, interior, finance,
justice, health) together with the country it belongs to, read right beside the title:

- a country's name or adjective before the title ("Bahrain Foreign Minister", "Bahrain's
  foreign minister", "der bahrainische Außenminister", "ministre japonais de la Défense");
- or the country after it with "of" ("foreign minister of Bahrain", "ministre des Affaires
  étrangères du Bahreïn,", "ministro de Relaciones Exteriores de Bahrein,", "министр
  иностранных дел Бахрейна");
- in Chinese and Japanese, a name glossed in Latin letters (:mod:`.role_glosses`): the gloss
  is the name compared, so the office is compared across scripts through the Latin letters.

A country is one of CLDR's names in the language or in English (:mod:`.nationality_words`),
an adjective derived from one, or a spelling one letter away from a name of six letters or
more ("Bahrein"), always mapped to one English name, so one office is one key in every
language. Then a full name follows (two capitalised words at least; Arabic particles "bin",
"Al", "al-" kept inside it).

Two names are one person when they share a word (:func:`.spelling.transliterated`: doubled
letters once, "Abdulatif" / "Abdullatif"), whatever the rest ("al-Sajani" / "Al Zayani" with
"Abdullatif" in both); a shared given name alone thus makes two namesakes one, which keeps the
check silent rather than wrong. Silent, for precision:

- a title that a word before it changes ("former", "ancien", "ehemalige", "бывший", "new",
  "outgoing", "acting", "interim": :data:`.offices._CHANGED` and :data:`_TIME_WORDS`);
- an office for which one article names two people (it changed hands in the story, or the
  article sets a predecessor beside the holder): that office is not compared at all;
- three holders or more (the titles are loose there), or one holder named by all;
- two countries or two portfolios: two offices, never compared (a foreign minister and a
  prime minister of one country are two people by right);
- a name none of whose words is a name: a frequent word of the language (a title-case
  headline, "Foreign Minister Says …").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.office_countries import _country_after, _country_before, _country_inside
from briefing.analysis.offices import _CHANGED, _common
from briefing.analysis.portfolios import _ministry, title_forms
from briefing.analysis.role_glosses import GLOSS, GLOSSED, glossed
from briefing.analysis.spelling import transliterated
from briefing.analysis.text import language_of, sentences
from briefing.given_name_table import given_name
from briefing.model import Article, Span

#: Words before a title that set it at another time than the story's ("the new minister"
#: may follow one the other article still names): the office is not read.
_TIME_WORDS = {
    "en": "new outgoing incoming late previous predecessor",
    "fr": "nouveau nouvelle sortant sortante intérimaire",
    "de": "neue neuer neuen scheidende scheidender bisherige bisheriger amtierende",
    "es": "nuevo nueva saliente interino interina entonces",
    "it": "nuovo nuova uscente allora",
    "pt": "novo nova então interino",
    "ru": "новый нового новым нынешний исполняющий",
}
#: Lower-case words inside a Latin or Cyrillic name ("Abdullatif bin Rashid Al Zayani").
_PARTICLES = frozenset(
    {"bin", "ben", "bint", "ibn", "al", "el", "ould", "van", "von", "de", "da", "di", "du"}
    | {"der", "den", "del", "la", "le", "бен", "ибн", "аль", "эль"}
)
#: At most this many words in a name; at least this many capitalised.
_MOST_WORDS = 7
_LEAST_CAPITALISED = 2


class Held(NamedTuple):
    """One person named in one office by one article."""

    article: str
    office: tuple[str, str]  # (country's English name, portfolio)
    name: str
    keys: frozenset[str]
    quote: Quote


def role_holder_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Offices whose holder two articles name differently (module docstring)."""
    return holder_discrepancies(list(_read(articles)))


def holder_discrepancies(reads: Sequence[Held]) -> list[Discrepancy]:
    """The offices for which the articles of ``reads`` name exactly two people, each in
    articles of its own."""
    by_office: dict[tuple[str, str], list[Held]] = defaultdict(list)
    for read in reads:
        by_office[read.office].append(read)
    found = []
    for office, held in sorted(by_office.items()):
        people = _people(held)
        if len(people) != 2:
            continue
        articles = [{h.article for h in person} for person in people]
        if articles[0] & articles[1]:
            continue  # one article names both: the office changed hands, or a predecessor
        claims = tuple(
            Claim(max((h.name for h in person), key=len), _quotes(person))
            for person in sorted(people, key=lambda p: -len({h.article for h in p}))
        )
        country, portfolio = office
        found.append(
            Discrepancy(
                "name",
                f"who was {country}'s {portfolio}",
                claims,
                note="the sources name two different people in one office",
            )
        )
    return found


def _people(held: list[Held]) -> list[list[Held]]:
    """``held`` split into people: two names sharing a word are one person."""
    groups: list[tuple[set[str], list[Held]]] = []
    for read in held:
        joined = [g for g in groups if g[0] & read.keys]
        keys, members = set(read.keys), [read]
        for g in joined:
            keys |= g[0]
            members += g[1]
            groups.remove(g)
        groups.append((keys, members))
    return [members for _, members in groups]


def _quotes(person: list[Held]) -> tuple[Quote, ...]:
    seen: dict[str, Quote] = {}
    for h in person:
        seen.setdefault(h.article, h.quote)
    return tuple(seen.values())


def _read(articles: Sequence[Article]) -> Iterator[Held]:
    # What a paragraph holds depends on its text and language alone: a paragraph met before
    # (wire copy: two fifths of the 10,005-article benchmark's text) is not read again.
    read: dict[tuple[str, str], list[_Titled]] = {}
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable and paragraph.kind != "caption":
                continue  # a photo's caption names who was there; a footer or a credit no one
            language = language_of(paragraph.language, article.language)
            titled = read.get((paragraph.text, language))
            if titled is None:
                titled = read[(paragraph.text, language)] = _titled(paragraph.text, language)
            for start, end, text, office, name, keys in titled:
                quote = Quote(article.id, article.source, Span(index, start, end), text)
                yield Held(article.id, office, name, keys, quote)


#: A titled name in a paragraph: its sentence's start, end and text, the office, the name
#: and the name's keys.
_Titled = tuple[int, int, str, tuple[str, str], str, frozenset[str]]


def _titled(text: str, language: str) -> list[_Titled]:
    """Every titled name of a paragraph, in order, with its sentence."""
    if not _hinted(text, language):
        return []
    found = []
    for sentence in sentences(text, language):
        for office, name in _offices(sentence.text, language):
            keys = _keys(name)
            if keys:
                found.append((sentence.start, sentence.end, sentence.text, office, name, keys))
    return found


def _offices(text: str, language: str) -> Iterator[tuple[tuple[str, str], str]]:
    """(office, name) for every titled name of one sentence."""
    if language in GLOSSED:
        yield from glossed(text, language, _name)
        return
    pattern = _pattern(language)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        portfolio = _ministry(match.group(0), language)
        before = text[: match.start()]
        if portfolio is None or before.endswith("-") or _changed(before, language):
            continue
        rest = text[match.end() :]
        country = _country_before(before, language) or _country_inside(match.group(0), language)
        after = _country_after(rest, language)
        if after is not None:
            if country is not None and country != after[0]:
                continue  # two countries named: whose office is unclear
            country, rest = after
        if country is None:
            continue
        name = _name(rest, language)
        if name is not None:
            yield (country, portfolio), name


def _hinted(text: str, language: str) -> bool:
    """A paragraph that may hold a title: most hold none, and the search is cheap."""
    if language in GLOSSED:
        return GLOSS.search(text) is not None
    pattern = _pattern(language)
    return pattern is not None and pattern.search(text) is not None


def _changed(before: str, language: str) -> bool:
    words = re.findall(r"\w+", before[-40:])
    if not words:
        return False
    changed = set(_CHANGED.get(language, "").split()) | set(_TIME_WORDS.get(language, "").split())
    return any(w.casefold() in changed for w in words[-2:])


_WORD = re.compile(r"\s*(?P<word>[^\s,;:.()\[\]«»\"“”]+)(?P<end>[,;:.()\[\]«»\"“”]?)")


def _name(rest: str, language: str) -> str | None:
    """The full name that opens ``rest`` (a comma allowed first), or None."""
    rest = re.sub(r"^\s*,", "", rest)
    words: list[str] = []
    at = 0
    while len(words) < _MOST_WORDS:
        match = _WORD.match(rest, at)
        if match is None:
            break
        word = match.group("word")
        if not (_capitalised(word) or word in _PARTICLES):
            break
        words.append(word)
        at = match.end()
        if match.group("end"):
            break
    while words and words[-1] in _PARTICLES:
        words.pop()
    capitalised = [w for w in words if _capitalised(w)]
    if len(capitalised) < _LEAST_CAPITALISED or any(w.isupper() and len(w) > 1 for w in words):
        return None
    named = [w for w in capitalised if w.casefold() not in _PARTICLES]  # "Al" is no headline
    if any(_common(w, language) and not given_name(w, language) for w in named):
        return None  # a title-case headline: "Foreign Minister Says …"
    return " ".join(words)


def _capitalised(word: str) -> bool:
    """ "Zayani", "al-Zayani", "аз-Заяни": a name's word, whatever particle it is glued to."""
    last = word.split("-")[-1]
    return bool(last[:1].isupper()) and any(c.islower() for c in last)


def _keys(name: str) -> frozenset[str]:
    """The name's words, transliterated, particles left out: what two spellings share."""
    keys = set()
    for word in name.split():
        for part in word.split("-"):
            if part[:1].isupper() and part.casefold() not in _PARTICLES:
                key = transliterated(part)
                if len(key) >= 3:
                    keys.add(key)
    return frozenset(keys)


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """A title of a portfolio, with the nationality adjective it may hold."""
    forms = title_forms(language, r"(?:[^\W\d_][\w-]*\s+)?")
    if not forms:
        return None
    return re.compile(rf"(?<![\w\-])(?i:{'|'.join(forms)})(?![\w\-])")
