"""Two spellings that are no disagreement between sources, for :mod:`.spelling`.

Three shapes look like one name spelt two ways and are not:

- A noun of a language that capitalises every noun (German, Luxembourgish): "der Journalist
  Evan Gershkovich" and "des Wall Street Journals Evan Gershkovich" give the pairs
  "Journalist Evan" and "Journals Evan", whose first words differ by a letter or two. A
  person's name opens with a given name; a word that is an everyday word of the language
  (wordfreq), or an inflected form of one (its stem is), and no given name used in that
  language's countries opens none. Only the first word is judged: surnames have no list, and
  news surnames ("Scholz", "Merkel") are as frequent in wordfreq as everyday nouns.
- An outlet's own slip: an article that writes "Wall Street Jorunal" and, a paragraph later,
  "Wall Street Journals" spells the paper one way, mistyped once, when other articles write
  "Journal" too: no article keeps to "Jorunal". Captions are left out of what an article
  writes (a photo agency's "Rahmon" under an AP text that writes "Rakhmon" is not AP's
  slip); an article whose two spellings no other article takes sides on ("Нікусор" and
  "Нікушор", one Ukrainian text's two transliterations) still shows the variant.
- A rendering in the language's own letters: Turkish writes the sound of the English "sh"
  with "ş" ("Yaşin" beside "Yashin"), Czech with "š"; the two are one transliteration, each
  in its alphabet. A language's own letters are those its CLDR names of countries and
  languages use often (babel); the letters that stand for a romanisation's digraph are
  listed once for all languages. Two romanisations in one alphabet ("Yuri" / "Yury") are
  still spellings, which :mod:`.spelling` judges.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from briefing.analysis.inflection import one_name
from briefing.analysis.stems import stem_word
from briefing.given_name_table import given_name
from briefing.model import Article

#: Languages whose spelling capitalises every noun, so a capital says nothing of a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})
#: An everyday word (wordfreq's Zipf scale: 3.5 is about 3 uses in a million words), as
#: :mod:`briefing.topics.given_names` counts one.
COMMON_ZIPF = 3.5


def common_noun(word: str, language: str) -> bool:
    """True for a capitalised everyday word, or an inflected form of one, of a language that
    capitalises nouns ("Journalist", "Journals" in German), unless it is a given name there
    ("Wolf", "Frank")."""
    if language not in NOUN_CAPITALISING or given_name(word, language):
        return False
    from briefing.corpus.wordlists import zipf  # deferred: only German-like articles ask

    return any(
        zipf(form, language, "best") >= COMMON_ZIPF
        for form in {word.casefold(), stem_word(word, language)}
    )


#: Letters that stand, in the languages that write them, for what a Latin romanisation
#: writes with two letters (ISO 9 and the English renderings of Cyrillic and Arabic).
_DIGRAPH_LETTERS = {"ş": "sh", "š": "sh", "ç": "ch", "č": "ch", "ž": "zh", "ż": "zh"}
#: A letter the language's CLDR names use at least this often is one of its own letters
#: (English names borrow "ç" twice, for Curaçao; Turkish uses "ş" 38 times).
_OWN_LETTER_USES = 5


@cache
def own_letters(language: str) -> frozenset[str]:
    """The non-ASCII Latin letters ``language`` writes (lower case), from its CLDR names."""
    from collections import Counter

    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    text = " ".join([*locale.territories.values(), *locale.languages.values()]).casefold()
    uses = Counter(c for c in text if c.isalpha() and not c.isascii())
    return frozenset(c for c, n in uses.items() if n >= _OWN_LETTER_USES)


def own_letter_rendering(a: str, b: str, language: str) -> bool:
    """True when one spelling writes with ``language``'s own letters what the other writes
    with a digraph ("Yaşin" / "Yashin" in Turkish), and is otherwise the same."""
    letters = own_letters(language) & _DIGRAPH_LETTERS.keys()
    for mine, other in ((a.casefold(), b.casefold()), (b.casefold(), a.casefold())):
        if any(c in letters for c in mine):
            spelt = "".join(_DIGRAPH_LETTERS[c] if c in letters else c for c in mine)
            if spelt == other:
                return True
    return False


_TWO_LETTERS = re.compile(r"\w\w")

#: The articles' body words (captions left out: a photo agency writes them) by their first two
#: letters: for each, the articles writing such words (id, language, the words), in order.
BodyWords = dict[str, list[tuple[str, str, list[str]]]]


def body_words(articles: Sequence[Article], starts: set[str]) -> BodyWords:
    """The words of the articles' bodies by their first two letters, each with the articles
    that write them (only words that start like one of ``starts``, the spellings to be
    judged), so that a spelling is compared only with the articles writing its start.

    Only those words are looked for (a word of ``\\w`` letters opening with one of the starts
    and running to the word's end: what a split into words would keep), and a paragraph met
    before (wire copy) is not searched again: every article's body was split into all its
    words here, several seconds at 10,005 articles."""
    found: BodyWords = defaultdict(list)
    wanted = sorted(start for start in starts if _TWO_LETTERS.fullmatch(start))
    # The start, then the letter before it looked at behind it: the search skips from one
    # possible start to the next.
    pattern = re.compile(f"(?:{'|'.join(map(re.escape, wanted))})(?<!\\w\\w\\w)\\w*")
    read: dict[str, list[str]] = {}
    for article in articles:
        tokens: set[str] = set()
        for _, paragraph in article.body_paragraphs:
            words = read.get(paragraph.text)
            if words is None:
                words = read[paragraph.text] = pattern.findall(paragraph.text) if wanted else []
            tokens.update(words)
        by_start: dict[str, list[str]] = defaultdict(list)
        for token in tokens:
            by_start[token[:2]].append(token)
        for start, written in by_start.items():
            found[start].append((article.id, article.language, written))
    return found


#: :data:`BodyWords` turned round, per start: (language, word) → the articles writing it.
Writers = dict[str, dict[tuple[str, str], list[str]]]


def body_writers(words: BodyWords) -> Writers:
    """Who writes each body word (:func:`outlet_slip` asks a predicate of each distinct word
    of a language once, where asking it of every article's words was ~1 M calls at 10,005
    articles)."""
    found: Writers = {}
    for start, entries in words.items():
        by_word: dict[tuple[str, str], list[str]] = defaultdict(list)
        for article_id, language, written in entries:
            for token in written:
                by_word[(language, token)].append(article_id)
        found[start] = by_word
    return found


def outlet_slip(spellings: Iterable[str], words: BodyWords, writers: Writers | None = None) -> bool:
    """True when one of two spellings is only ever written beside the other, in an article
    that writes the other too (in any inflected form: "Jorunal" beside "Journals"), while
    some article writes the other alone: that outlet mistyped the name its sources share.
    One article's two spellings that no other article takes sides on stay a variant.
    ``writers``: :func:`body_writers` of ``words``, if worked out (the same answer)."""
    a, b = sorted(spellings)
    if writers is None:
        writes = {
            word: {
                i
                for i, language, written in words.get(word[:2], ())
                if _writes(word, other, language, written)
            }
            for word, other in ((a, b), (b, a))
        }
    else:
        # An article writes the word when one of its words is such a form: the articles of
        # every word that is, together.
        writes = {
            word: {
                i
                for (language, token), ids in writers.get(word[:2], {}).items()
                if _writes(word, other, language, [token])
                for i in ids
            }
            for word, other in ((a, b), (b, a))
        }
    for mine, other in ((a, b), (b, a)):
        if writes[mine] and writes[mine] <= writes[other] and writes[other] - writes[mine]:
            return True
    return False


def _writes(word: str, other: str, language: str, written: list[str]) -> bool:
    """Whether an article's body (``written``: its words of ``word``'s first two letters)
    writes ``word`` or a grammatical form of it that is not a form of ``other`` (Russian
    "Ребелу" reads as a case of "Ребело", but it is the other spelling, which
    :mod:`.spelling` compares)."""
    return any(
        token == word
        or (
            token != other
            and _one_word(token, word, language)
            and not _one_word(token, other, language)
        )
        for token in written
    )


@lru_cache(maxsize=1 << 16)
def _one_word(token: str, word: str, language: str) -> bool:
    """One word in two grammatical forms: a case ending (:func:`one_name`), or an ending
    added to the whole word with the stem kept ("Journals"). A stem alone is not enough:
    the English stemmer writes "Yury" as "Yuri", two romanisations, not two forms.

    Kept for the pairs asked again: each spelling is compared with the same body words of
    thousands of articles in a large briefing (most of the spellings' judging at 10,005)."""
    short, long = sorted((token, word), key=len)
    return one_name(token, word, language) or (
        long.startswith(short) and stem_word(token, language) == stem_word(word, language)
    )
