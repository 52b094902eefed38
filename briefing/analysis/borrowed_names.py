"""A name copied in Latin letters into a Cyrillic or Greek text, respelt by a Latin-script outlet.

Names are compared within one language (:mod:`.spelling`): across languages two spellings are
usually each language's own form ("Vaticano" / "Vatikan", "Londra" / "London"). One kind of
name crosses languages unchanged: a firm, a brand or an institute that a Russian or Greek text
leaves in Latin letters ("по данным Velmarto") is copied as its owner writes it. When a
Latin-script article of another outlet writes that name with a letter or two changed
("según Velmatro"), one of them misspells it. To stay clear of translations, both sides must
be words of no language at hand (wordfreq's Zipf scale below :data:`RARE`):

- the copied name is no English word ("Vatican News", "Le Parisien", "Sistine" are English or
  French borrowed whole, and another language translates them);
- the respelt name is no word of its own article's language ("Vaticano" in Spanish, "Pariser"
  in German are that language's form, an exonym).

A name typed without its accents or in another grammatical case is never a variant
(:func:`.spelling._variant`), and words in capitals ("CURS") are acronyms, not compared.

Two texts in other scripts may each copy the name, differently ("(Tedros Adhanom Ghbreyesus)"
in a Korean text, "Tedros Adhanom Ghebreyesu" in an Arabic one, "Ghebreyesus" in a Chinese
one): both are copies of one owner's spelling, so they disagree too (:func:`_copies`). No
grammar of those texts touches Latin letters, so there a final letter more is a slip, not an
ending; a copy against a Latin-script outlet keeps the caution, since that outlet's grammar
may add one ("Russia" / "Russian"). One word's pairs, and the same pair raised by
:mod:`.spelling`, are shown as one flag by :mod:`.spelling_groups`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.model import Claim, Discrepancy
from briefing.analysis.spelling import _variant
from briefing.analysis.spelling_quotes import quotes_of
from briefing.model import Article

#: A word below this on wordfreq's Zipf scale is no word of the language (1 = once per
#: hundred million words): "Avantgarde" in Spanish is 1.4, "Vaticana" 2.7.
RARE = 2.0
#: Shorter names are compared by :mod:`.spelling` only: "Kiev" / "Kyiv" are each one's form.
MIN_LENGTH = 6
#: A character at or above U+0250, the end of the Latin blocks (:func:`_mostly_latin`).
_BEYOND_LATIN = re.compile("[^\x00-\u024f]")
_LATIN_NAME = re.compile(r"(?<![\w\-’'])[A-Z][a-z]+(?![\w\-’'])")


def borrowed_name_discrepancies(
    articles: Sequence[Article], read: Sequence[tuple[bool, frozenset[str]]] | None = None
) -> list[Discrepancy]:
    """Latin names of non-Latin articles respelt by Latin-script articles (module doc);
    ``read``: each article's :func:`latin_names_of`, if already read (:mod:`.findings`)."""
    copied: dict[str, set[str]] = defaultdict(set)
    written: dict[tuple[str, int], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    if read is None:
        read = [latin_names_of(article) for article in articles]
    for article, (latin, words) in zip(articles, read, strict=True):
        for word in words:
            if latin:
                written[(word[0], len(word))][word].add(article.language)
            else:
                copied[word].add(article.id)
    shapes: dict[tuple[str, int], list[str]] = defaultdict(list)
    for name in copied:
        shapes[(name[0], len(name))].append(name)
    pairs: set[tuple[str, str]] = set()
    for name in copied:
        for length in range(len(name) - 2, len(name) + 3):
            for other, languages in written.get((name[0], length), {}).items():
                if other == name or other in copied:
                    continue  # two copies: compared below
                # The frequency lists last: they load slowly, and few pairs get that far.
                if any(_variant(name, other, lang) and not _word_of(lang, other)
                       for lang in languages) and not _word_of("en", name):  # fmt: skip
                    pairs.add((name, other))
            for other in shapes.get((name[0], length), ()):
                if name < other and _copies(name, other, written):
                    pairs.add((name, other))
    if not pairs:
        return []
    quotes = quotes_of(articles, {w for pair in pairs for w in pair})
    found = []
    for name, other in sorted(pairs):
        if not quotes[name] or not quotes[other]:
            continue
        if {q.article_id for q in quotes[name]} & {q.article_id for q in quotes[other]}:
            continue  # one outlet writes both: not two outlets' spellings
        note = (
            f"“{name}” and “{other}” are each left in Latin letters by a text in another "
            "script, as its owner writes it: one of them is misspelt"
            if other in copied
            else f"“{name}” is left in Latin letters by a text in another script, as its "
            "owner writes it; another outlet spells it differently"
        )
        found.append(
            Discrepancy(
                "spelling",
                f"{name} / {other}",
                (Claim(name, quotes[name]), Claim(other, quotes[other])),
                note=note,
            )
        )
    return found


def _copies(name: str, other: str, written: dict[tuple[str, int], dict[str, set[str]]]) -> bool:
    """Two names each left in Latin letters by a text in another script are one name spelt
    two ways: no grammar of those texts touches Latin letters, so a final letter more
    ("Ghebreyesu" / "Ghebreyesus") is a slip, not an ending. Neither may be a word of
    English nor, where a Latin-script article writes it too, of that article's language."""
    if not _variant(name, other, "en", forms=False):
        return False
    languages = {"en", *written.get((other[0], len(other)), {}).get(other, ())}
    languages |= written.get((name[0], len(name)), {}).get(name, set())
    return not any(_word_of(lang, w) for lang in languages for w in (name, other))


def latin_names_of(article: Article) -> tuple[bool, frozenset[str]]:
    """Whether the article is written in Latin letters, and the Latin names it writes that
    are long enough to compare (in no order: the comparison does not depend on it)."""
    text = "\n".join(p.text for p in article.paragraphs)
    words = frozenset(w for w in _LATIN_NAME.findall(text) if len(w) >= MIN_LENGTH)
    return _mostly_latin(text), words


def _word_of(language: str, word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.casefold(), language) >= RARE


def _mostly_latin(text: str) -> bool:
    """Most letters of the start of ``text`` are Latin (below U+0250, the end of the Latin
    blocks): a Latin-script article, not a Cyrillic or Greek one quoting Latin names."""
    start = text[:4000]
    beyond = sum(map(str.isalpha, _BEYOND_LATIN.findall(start)))  # counted without a loop
    if not beyond:  # most articles: every letter is Latin, so most are if there is one
        return any(map(str.isalpha, start))
    letters = sum(map(str.isalpha, start))
    return 2 * (letters - beyond) > letters
