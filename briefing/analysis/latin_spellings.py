"""A Latin-script name misspelt in another language: "Davin Roscoff" / "Dhavin Rosscoff".

:mod:`.spelling` compares names within one language, because across languages two spellings
are usually each language's transliteration of a name written in another script ("Zelensky"
/ "Selenskyj", "Gaddafi" / "Kadhafi", "Krasikov" / "Krassikow"): a convention, not a
disagreement. A name whose own script is Latin has no transliteration: every Latin-script
language copies it letter for letter (accents aside, :func:`.inflection.one_name`), so two
outlets that write it differently disagree, whatever their languages.

So a full name (given name and surname) is compared across languages only when the text
shows that its Latin spelling is the person's own, in one of two ways:

- a text in another script leaves the full name in Latin letters ("柔道傳奇Teddy Riner"), as its
  owner writes it (the evidence :mod:`.borrowed_names` uses for single words);
- its given name is used only in countries that write the Latin script (gender-guesser's
  name dictionary, :mod:`briefing.given_name_table`): "Sauli" (Finland), "Emmanuel", not
  "Volodymyr" (Ukraine), "Benjamin" (also Israel) or "Vadim" (Russia), whose surnames are
  transliterated; and at least two outlets write that full name alike.

The other spelling must be written in a Latin-script article of a language that writes no
article with the first spelling (within one language :mod:`.spelling` decides), by outlets that
never write the first, each changed word a spelling variant of the other under both languages'
grammar (:func:`.spelling._variant`: no case ending, no accent typed or not), no word of its
article's language (wordfreq: "Teresa" in Spanish is a word, the language's form) and, for a
given name, not a given name used in its language's countries (a translation).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.borrowed_names import RARE, latin_names_of
from briefing.analysis.model import Claim, Discrepancy
from briefing.analysis.spelling import _variant, script
from briefing.analysis.spelling_quotes import quotes_of
from briefing.given_name_table import _COUNTRIES, LANGUAGE_COUNTRIES, _table, given_name
from briefing.model import Article

#: gender-guesser's countries whose people write their names in the Latin script.
LATIN_COUNTRIES = frozenset(
    {
        "great_britain", "ireland", "usa", "italy", "malta", "portugal", "spain", "france",
        "belgium", "luxembourg", "the_netherlands", "east_frisia", "germany", "austria",
        "swiss", "iceland", "denmark", "norway", "sweden", "finland", "estonia", "latvia",
        "lithuania", "poland", "czech_republic", "slovakia", "hungary", "romania", "croatia",
        "slovenia", "albania", "kosovo",
    }
)  # fmt: skip
#: Two capitalised Latin words, outside any longer Latin word (a text in another script
#: runs its own letters up to the name: "传奇Teddy Riner点燃").
_LATIN_PAIR = re.compile(
    r"(?<![A-Za-z\u00c0-\u024f])([A-Z][a-z\u00df-\u024f]+) "
    r"([A-Z][a-z\u00df-\u024f]+)(?![A-Za-z\u00c0-\u024f])"
)


def latin_spelling_discrepancies(
    articles: Sequence[Article],
    names: Sequence[Sequence[tuple[str, str]]],
    latin: Sequence[tuple[bool, frozenset[str]]] | None = None,
) -> list[Discrepancy]:
    """Latin-script full names respelt across languages (module docstring); ``names[i]``
    is ``articles[i]``'s :func:`.spelling.name_pairs_of`, ``latin[i]`` its
    :func:`.borrowed_names.latin_names_of`."""
    if latin is None:
        latin = [latin_names_of(article) for article in articles]
    written: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    copied: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, pairs, (is_latin, _) in zip(articles, names, latin, strict=True):
        if is_latin:
            for pair in pairs:
                if script(pair[0]) == script(pair[1]) == "LATIN":
                    written[pair][article.language].add(article.id)
        else:
            for paragraph in article.paragraphs:
                for pair in _LATIN_PAIR.findall(paragraph.text):
                    copied[pair].add(article.id)
    owners = {pair for pair in written if pair in copied or _latin_born(pair, written[pair])}
    owners |= {pair for pair in copied if pair not in written}
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in written:
        by_surname[pair[1][:1]].append(pair)
    words: dict[frozenset[str], tuple[str, str]] = {}
    for own in sorted(owners):
        own_ids = set().union(*written.get(own, {}).values(), copied.get(own, set()))
        own_languages = set(written.get(own, {}))
        for other in by_surname.get(own[1][:1], ()):
            if other == own or own_languages & set(written[other]):
                continue
            other_ids = set().union(*written[other].values())
            if other_ids & own_ids:
                continue  # one outlet writes both: its own slip, not two sources
            if all(
                _respelt(mine, theirs, own_languages, set(written[other]), i == 0)
                for i, (mine, theirs) in enumerate(zip(own, other, strict=True))
                if mine != theirs
            ):
                for mine, theirs in zip(own, other, strict=True):
                    if mine != theirs:
                        words.setdefault(frozenset((mine, theirs)), own)
    if not words:
        return []
    quotes = quotes_of(articles, {w for pair in words for w in pair})
    found = []
    for spelt, own in sorted(words.items(), key=lambda item: sorted(item[0])):
        mine, theirs = sorted(spelt, key=lambda w: w not in own)
        if not quotes[mine] or not quotes[theirs]:
            continue
        found.append(
            Discrepancy(
                "spelling",
                f"{mine} / {theirs}",
                (Claim(mine, quotes[mine]), Claim(theirs, quotes[theirs])),
                note=f"“{' '.join(own)}” is a name of the Latin script, which no language "
                "transliterates; another outlet spells it differently",
            )
        )
    return found


def _latin_born(pair: tuple[str, str], languages: dict[str, set[str]]) -> bool:
    """A full name two outlets write alike whose given name is used only in countries of
    the Latin script: the surname is as its owner writes it, not a transliteration."""
    countries = name_countries(pair[0])
    return (
        bool(countries)
        and countries <= LATIN_COUNTRIES
        and len(set().union(*languages.values())) >= 2
    )


def name_countries(word: str) -> frozenset[str]:
    """The countries whose people use the given name ``word`` (none: not a given name)."""
    return frozenset(
        _COUNTRIES[i]
        for row in _table().get(word.casefold(), ())
        for i, mark in enumerate(row[: len(_COUNTRIES)])
        if mark.strip()
    )


def _respelt(mine: str, theirs: str, own: set[str], other: set[str], given: bool) -> bool:
    """``theirs`` (written in the ``other`` languages) is ``mine`` misspelt, no form of it."""
    if mine[:1] != theirs[:1] or len(theirs) < 4:
        return False
    if not all(_variant(mine, theirs, lang) for lang in own | other):
        return False
    if given and any(given_name(theirs, lang) for lang in other if lang in LANGUAGE_COUNTRIES):
        return False  # "Teresa" in Spanish: the language's own form of "Theresa"
    return not any(_word_of(lang, theirs) for lang in other)


def _word_of(language: str, word: str) -> bool:
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word.casefold(), language) >= RARE
    except LookupError:
        return False
