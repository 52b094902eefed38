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

A country's prime minister and president are offices of the same kind (:mod:`.head_offices`
reads them): a title with its country puts a person in the office; a bare title ("Prime
Minister Kari Lund", "el primer ministro interino, Kari Lund") only adds its quote to the one
person an article with the country put there, since a bare title may be any country's.

Two names are one person when they share a word (:func:`.spelling.transliterated`: doubled
letters once, "Abdulatif" / "Abdullatif"), or a word of five letters or more spelt one letter
apart ("Pravind Jugnauth" / "Pravin Jagnauth"), whatever the rest ("al-Sajani" / "Al Zayani"
with "Abdullatif" in both); a shared given name alone thus makes two namesakes one, which
keeps the check silent rather than wrong. Names in two scripts share no word, so the holders
are counted in each script apart: two in one script disagree. Silent, for precision:

- a title that a word before it changes ("former", "ancien", "ehemalige", "бывший", "new",
  "outgoing", "acting", "interim": :data:`.offices._CHANGED` and :data:`_TIME_WORDS`);
- an office for which one article names two people (it changed hands in the story, or the
  article sets a predecessor beside the holder): that office is not compared at all;
- three holders or more (the titles are loose there), or one holder named by all;
- two countries or two portfolios: two offices, never compared (a foreign minister and a
  prime minister of one country are two people by right);
- a name none of whose words is a name: a frequent word of the language (a title-case
  headline, "Foreign Minister Says …");
- for a head's office, also: a holder only ever called "acting" or "interim" (one may stand
  in for a holder still in office), and an article of one holder that names the other
  anywhere (a predecessor or a successor: two moments, not two answers).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from briefing.analysis import head_offices
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.office_countries import _country_after, _country_before, _country_inside
from briefing.analysis.offices import _CHANGED, _common
from briefing.analysis.portfolios import _ministry, title_forms
from briefing.analysis.role_glosses import GLOSS, GLOSSED, glossed
from briefing.analysis.spelling import script, transliterated
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
#: A name's word this long spelt one letter apart is the same word misspelt.
_NEAR_LENGTH = 5


class Held(NamedTuple):
    """One person named in one office by one article."""

    article: str
    office: tuple[str, str]  # (country's English name, or "" for a bare title; portfolio)
    name: str
    keys: frozenset[str]
    quote: Quote
    acting: bool = False  # "acting", "interim": a head's title (:mod:`.head_offices`)


def role_holder_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Offices whose holder two articles name differently (module docstring)."""
    texts = {a.id: a for a in articles}
    return holder_discrepancies(
        list(_read(articles)), lambda i: "\n".join(p.text for p in texts[i].paragraphs)
    )


def holder_discrepancies(
    reads: Sequence[Held], text_of: Callable[[str], str] | None = None
) -> list[Discrepancy]:
    """The offices for which the articles of ``reads`` name exactly two people, each in
    articles of its own. A bare head's title (no country) joins the one person of one office
    whose name it shares a word with; ``text_of`` (article id → its text) lets a head's
    office be silent when an article of one holder names the other anywhere."""
    by_office: dict[tuple[str, str], list[Held]] = defaultdict(list)
    for read in reads:
        if read.office[0]:
            by_office[read.office].append(read)
    offices = {office: _people(held) for office, held in sorted(by_office.items())}
    _join_bare([r for r in reads if not r.office[0]], offices)
    found = []
    for office, everyone in offices.items():
        people = _one_script(everyone)
        if people is None:
            continue
        articles = [{h.article for h in person} for person in people]
        if articles[0] & articles[1]:
            continue  # one article names both: the office changed hands, or a predecessor
        if office[1] in head_offices.HEADS and not _heads_compared(people, text_of):
            continue
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


def _one_script(people: list[list[Held]]) -> list[list[Held]] | None:
    """The two people of one office named in one script, or None. Names in two scripts
    share no key ("Claude Josèphe", "Клод Жозеф"), so each script's holders are counted on
    their own: two in one script disagree, whatever another script's names are."""
    by_script: dict[str, list[list[Held]]] = defaultdict(list)
    for person in people:
        by_script[script(max((h.name for h in person), key=len))].append(person)
    pairs = [group for group in by_script.values() if len(group) == 2]
    return pairs[0] if len(pairs) == 1 else None


def _join_bare(bare: list[Held], offices: dict[tuple[str, str], list[list[Held]]]) -> None:
    """Each bare title's read added to the one person, in all offices of its title, whose
    name shares a word with it (none or two: the read is dropped)."""
    for read in bare:
        matches = [
            person
            for office, people in offices.items()
            if office[1] == read.office[1]
            for person in people
            if any(_share(h.keys, read.keys) for h in person)
        ]
        if len(matches) == 1:
            matches[0].append(read)


def _heads_compared(people: list[list[Held]], text_of: Callable[[str], str] | None) -> bool:
    """Whether two holders of a head's office are compared: each is called the holder
    without "acting" at least once (an acting holder may stand in for one still in office),
    and no article of one names the other anywhere (a predecessor, a successor named in
    the story: two moments, not two answers)."""
    if not all(any(not h.acting for h in person) for person in people):
        return False
    if text_of is None:
        return True
    for person, other in ((people[0], people[1]), (people[1], people[0])):
        surname = max((h.name for h in other), key=len).split()[-1]
        named = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
        if any(named.search(text_of(a)) for a in {h.article for h in person}):
            return False
    return True


def _people(held: list[Held]) -> list[list[Held]]:
    """``held`` split into people: two names sharing a word, or a word one letter apart
    (:func:`_share`), are one person."""
    groups: list[tuple[set[str], list[Held]]] = []
    for read in held:
        joined = [g for g in groups if _share(g[0], read.keys)]
        keys, members = set(read.keys), [read]
        for g in joined:
            keys |= g[0]
            members += g[1]
            groups.remove(g)
        groups.append((keys, members))
    return [members for _, members in groups]


def _share(keys: Collection[str], others: Collection[str]) -> bool:
    """Whether two names share a word, or a word of :data:`_NEAR_LENGTH` letters or more
    spelt one letter apart ("Pravind" / "Pravin", "Jugnauth" / "Jagnauth"): one person's
    name misspelt is no second holder."""
    if set(keys) & set(others):
        return True
    return any(
        min(len(a), len(b)) >= _NEAR_LENGTH and Levenshtein.distance(a, b, score_cutoff=1) <= 1
        for a in keys
        for b in others
    )


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
            for start, end, text, office, name, keys, acting in titled:
                quote = Quote(article.id, article.source, Span(index, start, end), text)
                yield Held(article.id, office, name, keys, quote, acting)


#: A titled name in a paragraph: its sentence's start, end and text, the office, the name,
#: the name's keys and whether the title is an acting one.
_Titled = tuple[int, int, str, tuple[str, str], str, frozenset[str], bool]


def _titled(text: str, language: str) -> list[_Titled]:
    """Every titled name of a paragraph, in order, with its sentence."""
    ministers = _hinted(text, language)
    heads = language not in GLOSSED and head_offices.hinted(text)
    if not (ministers or heads):
        return []
    found = []
    for sentence in sentences(text, language):
        read: list[tuple[tuple[str, str], str, bool]] = []
        if ministers:
            read += [(office, name, False) for office, name in _offices(sentence.text, language)]
        if heads:
            read += [
                ((h.country or "", h.office), h.name, h.acting)
                for h in head_offices.head_reads(sentence.text, language, _name)
            ]
        for office, name, acting in read:
            keys = _keys(name)
            if keys:
                found.append(
                    (sentence.start, sentence.end, sentence.text, office, name, keys, acting)
                )
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
