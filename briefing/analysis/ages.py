"""A named person's age: one quantity in every language of one script.

"Der 69-jährige Prevost", "Cardinal Prevost, aged 69", "Prevost, de 69 años", "69-летний
кардинал Роберт Прево": the sentence says whose age it is, so two outlets giving the same
person two ages disagree, whatever the language (a surname is written alike in every
language of one script; across scripts it is another word, and stays apart). No word list of
a story is needed: the person is a name the article itself writes as a full name.

An age given to a role instead of a name ("den 64-jährigen US-Kardinal", "the 59-year-old
stationmaster") is that person's only when the article ties the role to exactly one full name
("Robert Prevost, ein US-amerikanischer Kardinal", "Kardinal Robert Prevost"); otherwise it
is nobody's, and silent: "the 71-year-old attacker" of an article that names no attacker is
never compared with "Fico, 59". Ages are whole numbers with no rounding, so any two differing
values for one person disagree — unless one source gives two (two people of one surname).

One person may be written under two surnames when one outlet drops a part of the name
("Ramesh Vishwaskumar Bucharvada" / "Ramesh Vishwaskumar"): ages whose full names share two
words or more (in one script) are one person's (:func:`one_person_each`). One shared word is
not enough: a given name is shared by many people.

An age is read in digits or in the language's number words ("the seven-year-old", "der
siebenjährige", "yedi yaşındaki", "Brandt, sept ans"; num2words through
:func:`.number_tables.number_words`), a compound number whole ("twenty-five-year-old" is 25, never
the "five" of it).

An age marked as of another time ("a then 15-year-old", "die damals 15-jährige", "15 years old
at the time", :mod:`.another_time`) is the person's age at an earlier moment, not in the story:
it is not read, so it never disagrees with the age the story gives now.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from briefing.analysis.another_time import of_another_time
from briefing.analysis.double_surnames import double_surnames
from briefing.analysis.inflection import folded
from briefing.analysis.number_tables import number_words
from briefing.analysis.scope import and_words
from briefing.analysis.spelling import name_pairs_of, script
from briefing.model import Article

#: The key's first part for ages (figures of other kinds key by language).
AGE = "age"
#: An age written before the person ("69-jährige Prevost", "the 59-year-old stationmaster");
#: ``NUM`` stands for the number, in digits or in the language's words ("seven-year-old",
#: "siebenjährige", "yedi yaşındaki"), :func:`_patterns`.
_BEFORE: dict[str, str] = {
    "en": r"(?<![\w\-])(NUM)-year-old\b",
    "de": r"(?<![\w\-])(\d{1,3}-|WORDS)jährige[nmrs]?\b",
    "ru": r"\b(\d{1,3})-летн(?:ий|его|ему|им|ем|яя|ей|юю|ие|их)\b",
    "uk": r"\b(\d{1,3})-річн(?:ий|ого|ому|им|а|ої|у|і|их)\b",
    "tr": r"(?<![\w\-])(NUM) yaşındaki\b",
    "hu": r"(?<![\w\-])(NUM) éves\b",
    "el": r"(?<![\w\-])(\d{1,3})χρον(?:ος|η|ου|ο|ης|οι)\b",
}
#: The article an apposition may open with ("Prevost, el cardenal de 69 años"), or none.
_ARTICLE = {
    "it": r"(?:(?:il|lo|la|un|una|uno)\s+|l['’])?",
    "es": r"(?:(?:el|la|un|una)\s+)?",
    "pt": r"(?:(?:o|a|um|uma)\s+)?",
}
#: An age right after the person's name ("Prevost, aged 69", "Prevost, de 69 años").
_AFTER: dict[str, str] = {
    "en": r",\s+(?:aged\s+|(?:an?|the)\s+(?:ROLEWORD\s+){1,3}aged\s+)?(NUM)(?=,|\s+years?\s+old)",
    "de": r"\s+\((\d{1,3})\)",
    "fr": r",\s+(?:âgée?\s+de\s+)?(NUM)\s+ans\b",
    "it": r",\s+(?:di\s+|" + _ARTICLE["it"] + r"APPOSITION\s+di\s+)?(NUM)\s+anni\b(?!\s+d[i'’])",
    "es": r",\s+(?:de\s+|" + _ARTICLE["es"] + r"APPOSITION\s+de\s+)?(NUM)\s+años\b(?!\s+de\b)",
    "pt": r",\s+(?:de\s+|" + _ARTICLE["pt"] + r"APPOSITION\s+de\s+)?(NUM)\s+anos\b(?!\s+de\b)",
    "ro": r",\s+(?:(?:în\s+vârstă\s+)?de\s+)?(NUM)(?:\s+de)?\s+ani\b",
}
#: One lower-case word between the name and "di/de N anni/años/anos", after an article or
#: none: an apposition ("Lena Marsk, svedese di 40 anni", "Marsk, el ingeniero de 40 años");
#: never "da" ("sindaco da 10 anni": for ten years) nor a
#: following "di" ("veterana di 40 anni di servizio": a career, not an age).
_APPOSITION = r"[^\W\d_A-ZÀ-Ý][^\W\d_]*"
#: A lower-case word of an English apposition before "aged" ("Dan, a quiet mathematician aged
#: 55,"): never a word that brings in another person or thing ("a father of a boy aged 5",
#: "a mathematician whose son is aged 5", "married to a woman aged 50").
_ROLE_WORD = (
    r"(?!(?:of|with|and|or|who|whose|whom|his|her|their|its|to|for|from|in|at|by|is|was)\b)"
    r"[a-z][a-z\-]*"
)
_WORD = re.compile(r"[^\W\d_][\w\-'’]*")
#: Name words two ages' full names share to be one person's whatever their surnames
#: ("Ramesh Vishwaskumar Bucharvada" / "Ramesh Vishwaskumar": the name is written in full
#: in one source only).
SHARED_NAMES = 2
#: Words looked at after an age adjective for the name ("69-летний американо-перуанский
#: кардинал Роберт Прево").
_MOST_BEFORE_NAME = 3
_OLDEST = 120


@dataclass(frozen=True, slots=True)
class Age:
    """One age stated of a named person: whose (script and folded surname), how old, the
    surname and the age phrase as written, and where (paragraph index, offsets)."""

    person: str
    years: int
    surname: str
    written: str
    paragraph: int
    start: int
    end: int
    #: The words of the full name as written, folded ("ramesh", "vishwaskumar").
    names: frozenset[str] = frozenset()


def ages_of(article: Article, memo: dict[Any, Any] | None = None) -> list[Age]:
    """Every age the article states of a person it names (module doc); ``memo`` is
    :func:`.spelling.name_pairs_of`'s, shared with the spelling check."""
    language = article.language
    before, after = _patterns(language)
    texts = [p.text for p in article.paragraphs]
    stated = [
        (index, match, pattern is before)
        for pattern, sieve in zip((before, after), _sieves(language), strict=True)
        if pattern is not None
        for index, text in enumerate(texts)
        if sieve is None or sieve.search(text) is not None
        for match in pattern.finditer(text)
        if not of_another_time(text, match.start(1), match.end())
    ]
    if not stated:
        return []  # most articles: the names are not read
    pairs = name_pairs_of(article, memo)
    names = {w for pair in pairs for w in pair} | double_surnames(texts, language)
    found: list[Age] = []
    for index, match, ahead in stated:
        text = texts[index]
        if ahead:
            found.extend(_named_after(texts, index, match, names, pairs, language))
            continue
        name = list(_WORD.finditer(text, max(0, match.start() - 40), match.start()))
        if name and name[-1].group() in names and name[-1].end() == match.start():
            surname = name[-1]
            age = _age(surname.group(), match, index, text, surname.start(), match.end(), language)
            found.append(replace(age, names=_full_name(text, name, names)))
    return [a for a in found if 0 < a.years < _OLDEST]


@cache
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's age patterns before and after the person, with its number words."""
    words = sorted(
        (w for w, v in number_words(language).items() if 0 < v < _OLDEST and _spelt(w)),
        key=len,
        reverse=True,
    )
    spelt = f"(?i:{'|'.join(map(re.escape, words))})" if words else r"(?!)"

    def built(pattern: str | None) -> re.Pattern[str] | None:
        if pattern is None:
            return None
        pattern = pattern.replace("APPOSITION", _APPOSITION).replace("ROLEWORD", _ROLE_WORD)
        return re.compile(pattern.replace("NUM", rf"\d{{1,3}}|{spelt}").replace("WORDS", spelt))

    return built(_BEFORE.get(language)), built(_AFTER.get(language))


@cache
def _sieves(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """For each of :func:`_patterns`, what a paragraph must hold for it to match there
    ("-year-old"), searched first: the patterns try every number word at every position
    (:mod:`.prefilter`; None: every paragraph is read)."""
    from briefing.analysis.prefilter import needed  # here: the imports above change often

    holes = ("APPOSITION", "NUM", "ROLEWORD", "WORDS")
    before, after = (_BEFORE.get(language), _AFTER.get(language))
    return (
        None if before is None else needed(before, holes),
        None if after is None else needed(after, holes),
    )


def _spelt(word: str) -> bool:
    """A number written in letters ("seven", "twenty-five", "on iki"), not "2 million"."""
    return word.replace("-", "").replace(" ", "").isalpha()


def _years(written: str, language: str) -> int:
    """The age as a number: "69", "69-" (German "69-jährige") or a number word ("seven")."""
    bare = written.rstrip("-")
    if bare.isdigit():
        return int(bare)
    return number_words(language)[re.sub(r"\s+", " ", bare.casefold())]


def _age(
    surname: str, match: re.Match[str], index: int, text: str, start: int, end: int, language: str
) -> Age:
    return Age(
        f"{script(surname)} {folded(surname)}",
        _years(match.group(1), language),
        surname,
        text[start:end].strip(" ,"),
        index,
        start,
        end,
    )


def _full_name(text: str, before: list[re.Match[str]], names: set[str]) -> frozenset[str]:
    """The folded words of the name ending with ``before[-1]``: the name words before it with
    only spaces between them."""
    full = [before[-1]]
    for word in reversed(before[:-1]):
        if word.group() not in names or text[word.end() : full[-1].start()].strip():
            break
        full.append(word)
    return frozenset(folded(w.group()) for w in full)


def one_person_each(ages: Sequence[tuple[str, frozenset[str]]]) -> dict[str, str]:
    """Each person key of ``ages`` ((key, full name words) pairs) mapped to one key per
    person: keys of one script whose full names share :data:`SHARED_NAMES` words or more are
    one person (module doc). Keys never joined map to themselves."""
    parent: dict[str, str] = {key: key for key, _ in ages}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    by_word: dict[str, set[int]] = {}
    for i, (key, words) in enumerate(ages):
        shared = Counter(j for w in words for j in by_word.get(f"{key.split()[0]} {w}", ()))
        for j in (j for j, count in shared.items() if count >= SHARED_NAMES):
            a, b = sorted((root(key), root(ages[j][0])))
            parent[b] = a
        for word in words:
            by_word.setdefault(f"{key.split()[0]} {word}", set()).add(i)
    return {key: root(key) for key in parent}


def _named_after(
    texts: list[str],
    index: int,
    match: re.Match[str],
    names: set[str],
    pairs: Iterable[tuple[str, str]],
    language: str,
) -> list[Age]:
    text = texts[index]
    words = list(_WORD.finditer(text, match.end(), min(len(text), match.end() + 80)))
    words = words[:_MOST_BEFORE_NAME]
    for position, word in enumerate(words):
        if word.group() not in names:
            continue
        last = word
        for following in words[position + 1 :]:
            if following.group() not in names or text[last.end() : following.start()].strip():
                break
            last = following
        age = _age(last.group(), match, index, text, match.start(), last.end(), language)
        full = frozenset(folded(w.group()) for w in words[position : words.index(last) + 1])
        return [replace(age, names=full)]
    if not words:
        return []
    role = words[0].group().rsplit("-", 1)[-1]
    person = _role_holder(role, texts, names, pairs, and_words(language))
    if person is None:
        return []
    return [_age(person, match, index, text, match.start(), words[0].end(), language)]


def _role_holder(
    role: str,
    texts: list[str],
    names: set[str],
    pairs: Iterable[tuple[str, str]],
    joins: frozenset[str] = frozenset(),
) -> str | None:
    """The one surname the article ties to ``role``: "Kardinal Robert Prevost" (the role
    before the full name) or "Robert Prevost, ein US-amerikanischer Kardinal" (after it, in
    an apposition of at most three words); None when no name or several are tied to it.
    A word of ``joins`` ("and") after the comma starts another person, not an apposition:
    "his wife Ana Dorn, and their seven-year-old son" is not Ana Dorn's age."""
    if len(role) < 3:
        return None
    role_key = folded(role)
    surnames = {last for _, last in pairs}
    holders: set[str] = set()
    for text in texts:
        words = list(_WORD.finditer(text))
        for i, word in enumerate(words):
            if folded(word.group().rsplit("-", 1)[-1]) != role_key:
                continue
            # The role before a full name: the name's last word is the surname.
            j = i + 1
            while j < len(words) and words[j].group() in names:
                j += 1
            if j > i + 2 and words[j - 1].group() in surnames:
                holders.add(words[j - 1].group())
                continue
            # The role in an apposition after the name: "Name, ein … Kardinal".
            comma = text.rfind(",", max(0, word.start() - 60), word.start())
            between = _WORD.findall(text, comma, word.start())
            if comma < 0 or len(between) > 3 or any(w.casefold() in joins for w in between):
                continue
            before = _WORD.findall(text[max(0, comma - 40) : comma])
            if len(before) >= 2 and before[-1] in surnames and before[-2] in names:
                holders.add(before[-1])
    return next(iter(holders)) if len(holders) == 1 else None
