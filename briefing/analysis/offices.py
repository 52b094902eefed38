"""One person's office, when two articles give the same person two different ones.

"Präfekt Bieuville" and "Minister Bieuville", "Mayotte Prefect François-Xavier Bieuville" and
"le ministre François-Xavier Bieuville": a title written right before a name says which
office the writer thinks the person holds, and a prefect is not a minister. Titles are a
small closed vocabulary of general news language, not one story's words; the table below
lists a few offices that one person rarely holds at once (a prefect, a minister, a mayor, an
ambassador), each in the dev languages, so the offices are compared in every language of one
script (a surname is written alike there; across scripts it is another word, and stays apart,
as for ages in :mod:`.ages`).

A title counts only when it stands right before the name (a comma between only before a full
name: "le préfet, François-Xavier Bieuville,"), optionally with "of" and one capitalised word
between ("le préfet de Mayotte François-Xavier Bieuville", "Mayor of Bucharest Nicusor Dan").
A single capitalised word after the title is a surname only right after the title: "le préfet
de Paris" names a place, never a person (the one word after "of" is read as the place, and a
surname that GeoNames lists as a city or country is never a person's).

Silent, each for precision:

- a title that a word before it changes into another office or time ("Prime Minister",
  "Deputy Minister", "former minister", "ancien ministre", "ex-ministre", "бывший министр",
  "vice-", a title glued to another word by a hyphen: "премьер-министр", "Ex-Minister") or
  that "-elect" follows;
- a title that is part of a longer word ("Vizeverkehrsminister", "viceministro"): only whole
  words are read, so a compound is another office, never compared;
- an article that gives the person two offices (a mayor who became minister, a prefect named
  "minister of state" elsewhere in one text): that person's titles are not compared;
- a person given three offices or more by the sources (the titles are loose there);
- a surname that titles give with two given names ("Mayor Marco Bucci", "the prefect
  Alessandra Bucci": two people), or never with one ("Префект Майотти": a place in the
  genitive, not a surname);
- one article alone: two articles must each give one office, and they must differ;
- a frequent word of the language among the name's words, a title-case headline ("Prefect
  Says Storm Flattened Harbour"), unless that word is a given name before the surname
  ("General Ömer Tchiani": "ömer" is frequent in Turkish, and a name).

The reading takes a table (:class:`TitleTable`): the offices here, military ranks in
:mod:`.ranks`; :func:`titled` yields every title read, for :mod:`.given_names`.

Offices that are one office under several titles (a deputy minister written "vice-minister",
"viceministro", "sottosegretario": Rixi in genoa) never meet: each is a compound or a word
outside the table.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from briefing.analysis import case_clues
from briefing.analysis.inflection import folded, suffix_free
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.names import is_place
from briefing.analysis.spelling import script
from briefing.analysis.text import Sentence, language_of, sentences
from briefing.given_name_table import given_name
from briefing.model import Article, Span

#: Offices by their English name, each with its title words per language (lower case, whole
#: words; inflected forms listed). A word that names two offices in one language is left out
#: (Brazilian "prefeito" is a mayor, and a prefect in Portugal's Portuguese).
_OFFICES: dict[str, dict[str, str]] = {
    "prefect": {
        "en": "prefect", "fr": "préfet préfète", "de": "präfekt präfekten präfektin",
        "es": "prefecto prefecta", "it": "prefetto prefetta", "nl": "prefect",
        "pl": "prefekt prefekta", "ro": "prefect prefectul", "ru": "префект префекта",
        "uk": "префект префекта", "cs": "prefekt", "sk": "prefekt",
    },
    "minister": {
        "en": "minister", "fr": "ministre", "de": "minister ministerin",
        "es": "ministro ministra", "it": "ministro ministra", "pt": "ministro ministra",
        "nl": "minister", "pl": "minister ministra", "ro": "ministrul ministru",
        "ru": "министр министра", "uk": "міністр міністра", "cs": "ministr ministra",
        "sk": "minister ministra", "tr": "bakan", "el": "υπουργός",
    },
    "mayor": {
        "en": "mayor", "fr": "maire", "de": "bürgermeister bürgermeisterin",
        "es": "alcalde alcaldesa", "it": "sindaco sindaca", "nl": "burgemeester",
        "pl": "burmistrz burmistrza", "ro": "primar primarul", "ru": "мэр мэра",
        "uk": "мер мера", "cs": "starosta", "sk": "starosta", "el": "δήμαρχος",
    },
    "ambassador": {
        "en": "ambassador", "fr": "ambassadeur ambassadrice", "de": "botschafter botschafterin",
        "es": "embajador embajadora", "it": "ambasciatore ambasciatrice",
        "pt": "embaixador embaixadora", "nl": "ambassadeur", "pl": "ambasador ambasadora",
        "ro": "ambasador ambasadorul", "ru": "посол посла", "uk": "посол посла",
        "tr": "büyükelçi", "el": "πρέσβης",
    },
}  # fmt: skip
#: Words that, right before a title, make it another office or another time.
_CHANGED: dict[str, str] = {
    "en": "prime deputy vice junior shadow former ex then acting interim future first",
    "fr": "premier première ancien ancienne ex vice futur future sous",
    "de": "ehemalige ehemaliger ehemaligen frühere früherer früheren ex vize stellvertretende "
    "stellvertretender stellvertretenden designierte designierter designierten künftige "
    "künftiger künftigen",
    "es": "primer primera ex exministro antiguo antigua vice futuro futura",
    "it": "primo prima ex vice futuro futura",
    "pt": "primeiro primeira ex antigo antiga vice futuro futura",
    "nl": "eerste ex oud voormalig voormalige vice",
    "pl": "premier były była wice przyszły",
    "ro": "prim fost fostul fosta vice",
    "ru": "бывший бывшего экс вице премьер первый первого",
    "uk": "колишній колишнього екс віце прем'єр перший першого",
    "cs": "bývalý bývalého místo", "sk": "bývalý bývalého podpredseda",
    "tr": "eski", "el": "πρώην αναπληρωτής υφυπουργός",
}  # fmt: skip
#: "of" between a title and a place ("préfet de Mayotte", "Mayor of Bucharest").
_OF = "of de du d' di del della da do von der des в w"
_UPPER = "A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄΑ-Ω"
_NAME_WORD = rf"[{_UPPER}][\w’'\-]+"
#: A surname this frequent as a lower-case word of the language is a word, not a name.
_COMMON_ZIPF = 4.5
#: At most this many words in a name after a title ("François-Xavier Bieuville").
_MOST_WORDS = 4


@dataclass(frozen=True, eq=False)
class TitleTable:
    """A closed vocabulary of titles written before a name, whose values one person holds
    one at a time (offices here; military ranks in :mod:`.ranks`). Each table is compared
    on its own: a general may well be a minister too. Hashed by identity (cached patterns).

    ``titles``: value's English name → language → its title words (lower case, whitespace
    between titles, "_" for a space inside one: "lieutenant_colonel"). ``changed``: language →
    the words that, right before a title, make it another value or time.
    """

    kind: str
    titles: Mapping[str, Mapping[str, str]]
    changed: Mapping[str, str]


OFFICES = TitleTable("office", _OFFICES, _CHANGED)


def office_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """People whom two articles give two different offices (module docstring)."""
    return title_discrepancies(articles, OFFICES)


class Titled(NamedTuple):
    """One title read right before a name: whose (script, folded surname), which value."""

    article: str
    person: tuple[str, str]
    surname: str
    value: str
    title: str
    given: tuple[str, ...]
    quote: Quote


def titled(articles: Sequence[Article], table: TitleTable) -> Iterator[Titled]:
    """Every title of ``table`` written right before a name, in article order."""
    # Wire copy repeats paragraphs across a large briefing's articles (two fifths of the
    # 10,005-article benchmark's text): a paragraph met before in its language is answered
    # from its first reading.
    memo: dict[tuple[str, str], list[tuple[Sentence, list[tuple[str, str, str, list[str]]]]]]
    memo = {}
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable:
                continue
            language = language_of(paragraph.language, article.language)
            found = memo.get((paragraph.text, language))
            if found is None:
                found = memo[(paragraph.text, language)] = _paragraph_titles(
                    paragraph.text, language, table
                )
            for sentence, titles in found:
                for title, value, surname, first in titles:
                    span = Span(index, sentence.start, sentence.end)
                    quote = Quote(article.id, article.source, span, sentence.text)
                    person = (script(surname), folded(surname))
                    yield Titled(article.id, person, surname, value, title, tuple(first), quote)


def _paragraph_titles(
    text: str, language: str, table: TitleTable
) -> list[tuple[Sentence, list[tuple[str, str, str, list[str]]]]]:
    """Each sentence of a paragraph with the titles :func:`_titles` reads in it. A paragraph
    holding no title's longest word (:func:`_clues`, asked of it folded) is not searched with
    the case-blind pattern (:mod:`.case_clues`), nor split into sentences."""
    pattern = _pattern(table, language)
    if pattern is None or not case_clues.holds(case_clues.folded(text), _clues(table, language)):
        return []
    if pattern.search(text) is None:
        return []
    found = []
    for sentence in sentences(text, language):
        titles = _titles(sentence.text, language, table)
        if titles:
            found.append((sentence, titles))
    return found


@cache
def _clues(table: TitleTable, language: str) -> tuple[str, ...]:
    """The longest word of each title of the language: every match of its pattern holds one."""
    return case_clues.clue_set(max(t.split(), key=len) for t in _office_of(table, language))


def title_discrepancies(
    articles: Sequence[Article], table: TitleTable, reads: Sequence[Titled] | None = None
) -> list[Discrepancy]:
    """People whom two articles give two different values of ``table`` (module docstring).
    ``reads``: ``titled(articles, table)`` when the caller has already read them (the ranks
    are read once for two rules: scanning every paragraph is most of the cost)."""
    # person → article → (office, title as written, quote), for articles giving one office
    seen: dict[tuple[str, str], dict[str, tuple[str, str, Quote]]] = defaultdict(dict)
    surnames: dict[tuple[str, str], str] = {}
    # The words some title writes before each surname ("Marco" Bucci, "Alessandra" Bucci;
    # "Majotty Francois-Xavier" Bieuville, a place in the genitive first): none, and the
    # surname is no person's; two with no word in common, and it is two people's.
    given: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    # article → person → office → (office, title as written, quote)
    own: dict[str, dict[tuple[str, str], dict[str, tuple[str, str, Quote]]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for read in titled(articles, table) if reads is None else reads:
        own[read.article][read.person].setdefault(read.value, (read.value, read.title, read.quote))
        surnames.setdefault(read.person, read.surname)
        if read.given:
            given[read.person].add(frozenset(folded(w) for w in read.given))
    for article_id, people in own.items():
        for person, offices in people.items():
            if len(offices) == 1:  # two offices in one article: both held, or loose titles
                seen[person][article_id] = next(iter(offices.values()))
    found = []
    for person, by_article in sorted(seen.items()):
        names = given[person]
        if not names or any(not a & b for a in names for b in names):
            continue  # "Префект Майотти" (never a full name), or two people of one surname
        by_office: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
        for office, title, quote in by_article.values():
            by_office[office].append((title, quote))
        if len(by_office) != 2:
            continue  # one office agreed on, or titles too loose to compare
        claims = tuple(
            Claim(_shown(office, [t for t, _ in told]), tuple(q for _, q in told))
            for office, told in sorted(by_office.items(), key=lambda i: -len(i[1]))
        )
        found.append(
            Discrepancy(
                "name",
                f"the {table.kind} of {surnames[person]}",
                claims,
                note=f"the sources give one person two different {table.kind}s",
            )
        )
    return found


def _shown(office: str, titles: list[str]) -> str:
    """The office's English name, with the titles as written when they differ from it."""
    written = list(dict.fromkeys(t for t in titles if _key(t) != office))
    return f"{office} ({', '.join(written)})" if written else office


def _titles(text: str, language: str, table: TitleTable) -> list[tuple[str, str, str, list[str]]]:
    """(title as written, office, surname, the words written before the surname) for each
    title right before a name."""
    pattern = _pattern(table, language)
    if pattern is None:
        return []
    offices = _office_of(table, language)
    changed = set(table.changed.get(language, "").split())
    found = []
    for match in pattern.finditer(text):
        title = match.group("title")
        before = text[: match.start("title")]
        if before.endswith("-"):
            continue  # "премьер-министр", "Ex-Minister": another office or time
        previous = re.findall(r"[\w']+", before[-40:])
        if previous and previous[-1].casefold() in changed:
            continue  # "Prime Minister", "former minister"
        if text[match.end("title") : match.end("title") + 1] == "-":
            continue  # "Mayor-elect", "ministre-président"
        words = match.group("name").split()
        if (match.group("comma") or match.group("place")) and len(words) < 2:
            continue  # "le préfet de Paris", "the minister, Smith said": no full name
        surname = suffix_free(words[-1], language).rstrip("’'")
        if is_place(surname) or surname.isupper():
            continue  # a place or an acronym
        if _common(words[-1], language) or any(
            _common(word, language) and not given_name(word, language) for word in words[:-1]
        ):
            continue  # a title-case headline ("Prefect Says Storm Flattened Harbour"), but
            # a frequent given name is a name ("General Ömer Tchiani")
        found.append((title, offices[_key(title)], surname, words[:-1]))
    return found


def _common(word: str, language: str) -> bool:
    """A frequent word of the language ("Says", "Dead" in a title-case headline), no name."""
    from briefing.corpus.wordlists import zipf  # deferred: only once a title is read

    try:
        return zipf(word.lower(), language, "best") >= _COMMON_ZIPF
    except (LookupError, ValueError):
        return False


def _key(title: str) -> str:
    """A title as written, as the tables list it ("Lieutenant  Colonel" → "lieutenant colonel")."""
    return " ".join(title.split()).casefold()


@cache
def _office_of(table: TitleTable, language: str) -> dict[str, str]:
    """Title (lower case, one space between words) → office, for ``language``."""
    return {
        word.replace("_", " ").casefold(): office
        for office, words in table.titles.items()
        for word in words.get(language, "").split()
    }


@cache
def _pattern(table: TitleTable, language: str) -> re.Pattern[str] | None:
    titles = _office_of(table, language)
    if not titles:
        return None
    title = "|".join(
        r"\s+".join(re.escape(w) for w in t.split()) for t in sorted(titles, key=len, reverse=True)
    )
    of = "|".join(re.escape(w) for w in _OF.split())
    name = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,{_MOST_WORDS - 1}}}"
    return re.compile(
        rf"(?<![\w\-])(?P<title>(?i:{title}))(?![\w\-])"
        rf"(?:\s+(?:{of})\s+(?P<place>{_NAME_WORD}))?"
        rf"(?P<comma>,)?\s+(?P<name>{name})"
    )
