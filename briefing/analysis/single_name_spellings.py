"""One foreign name of one word spelt two ways by two outlets of one language: "Итэвон" /
"Итхэвон", "Artopoios" / "Artapoios".

:mod:`.spelling` compares full names, a shared word standing for the person; a place or a
surname written alone has no second word to tie the two spellings to one bearer. Here the tie
is the text around it and the shape of the change:

- both forms are capitalised words of a cased script (Latin, Cyrillic, Greek), each written in
  articles of one language that never write the other form (one writer's two spellings
  contradict no other source);
- one form is the other with one letter added inside it, or one vowel for another ("Итэвон" /
  "Итхэвон": the aspirated "t" of a Korean name heard or not), the first letter and the last
  two the same, so that no grammatical ending ("Макрон" / "Макрона") and no prefix is the
  difference, and :func:`.inflection.one_name` does not read them as one name's forms;
- the shorter form keeps at least :data:`MIN_LETTERS` letters, and neither form is a word of
  the language (wordfreq below :data:`~.name_slips.WORD`): "Maria" / "Mario" are two given
  names, "Marin" / "Marion" everyday forms;
- each form stands beside one same word in some article that writes it ("районе Итэвон" /
  "районе Итхэвон"), a word that is neither a function word (wordfreq, below
  :data:`NEIGHBOUR_ZIPF`) nor shorter than three letters: two names one letter apart that share
  no neighbour may be two people or two places.

A translation or an exonym is never compared: the two forms are in articles of one language.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from itertools import combinations

from briefing.analysis.inflection import one_name
from briefing.analysis.model import Discrepancy
from briefing.analysis.name_slips import WORD
from briefing.analysis.spelling import script
from briefing.analysis.spelling_quotes import quotes_of, spelling_flag
from briefing.model import Article

#: The fewest letters of the shorter form: shorter words meet another by one letter by chance.
MIN_LETTERS = 5
#: A neighbour at or above this on wordfreq's Zipf scale is a function word ("в", "the",
#: "said"), beside any name.
NEIGHBOUR_ZIPF = 6.0
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüаеёиоуыэюяіїєαεηιοωυάέήίόώύ")


def single_name_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Single-word names of one language spelt two ways (module doc)."""
    # (language, form) → article ids; (language, form) → its neighbours (side, word)
    writers: dict[tuple[str, str], set[str]] = defaultdict(set)
    beside: dict[tuple[str, str], set[tuple[int, str]]] = defaultdict(set)
    for article in articles:
        if not _has_word_list(article.language):
            continue  # "und" and the like: no word list to tell a name from a word (abstain)
        for paragraph in article.paragraphs:
            words = _WORD.findall(paragraph.text)
            for i, word in enumerate(words):
                if not _candidate(word, article.language):
                    continue
                key = (article.language, word)
                writers[key].add(article.id)
                if i > 0:
                    beside[key].add((-1, words[i - 1].casefold()))
                if i + 1 < len(words):
                    beside[key].add((1, words[i + 1].casefold()))
    by_shape: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for language, word in writers:
        by_shape[(language, word[0], word[-2:])].append(word)
    found: dict[frozenset[str], None] = {}
    for (language, *_), forms in by_shape.items():
        for a, b in combinations(sorted(forms), 2):
            if writers[(language, a)] & writers[(language, b)]:
                continue  # one writer's two spellings
            if not _one_letter_apart(a, b) or one_name(a, b, language):
                continue
            if _word_of(a, language) or _word_of(b, language):
                continue
            if not _shared_neighbour(beside[(language, a)], beside[(language, b)], language):
                continue
            found[frozenset((a, b))] = None
    if not found:
        return []
    quoted = quotes_of(articles, {w for pair in found for w in pair})
    note = "the same name spelt differently by two outlets"
    flags = [spelling_flag(pair, quoted, note) for pair in found]
    return sorted(flags, key=lambda f: f.subject)


def _candidate(word: str, language: str) -> bool:
    """A capitalised word of a cased script, long enough to compare, not all capitals, in
    the script its article's language is written in (a Latin name left in a Chinese text is
    :mod:`.borrowed_names`' to judge)."""
    if len(word) < MIN_LETTERS or not word[0].isupper() or not word[1:].islower():
        return False
    return script(word) == _own_script(language) and script(word) in _SCRIPTS


@cache
def _has_word_list(language: str) -> bool:
    """wordfreq has a list for ``language`` (or one it matches approximately): an
    undetermined language ("und") has none, and asking it raises ``LookupError``."""
    import langcodes
    import wordfreq

    # wordfreq's own match (``get_frequency_list``), without loading or tokenizing anything:
    # asking a word's frequency to find out would need jieba for Chinese.
    available = list(wordfreq.available_languages("best"))
    try:
        best, _distance = langcodes.closest_match(language, available, max_distance=60)
    except (LookupError, ValueError):
        return False
    return best != "und"


@cache
def _own_script(language: str) -> str:
    """The script ``language`` is written in: that of its name in itself (CLDR, via babel:
    "русский" is Cyrillic, "中文" Han); "?" for a language babel does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        return script(Locale.parse(language).display_name or "")
    except (UnknownLocaleError, ValueError, TypeError):
        return "?"


def _one_letter_apart(a: str, b: str) -> bool:
    """``b`` is ``a`` with one letter added inside it, or one vowel changed for another
    (either way round); the first letter and the last two are the same."""
    if a[0] != b[0] or a[-2:] != b[-2:]:
        return False
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) == 1:
        return any(
            long[i].isalpha() and long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 2)
        )  # an apostrophe added ("Ndung’u" / "Nd’ung’u") is punctuation, not a letter
    if len(long) != len(short):
        return False
    changed = [(x, y) for x, y in zip(a.lower(), b.lower(), strict=True) if x != y]
    return len(changed) == 1 and all(c in _VOWELS for c in changed[0])


def _word_of(word: str, language: str) -> bool:
    """``word`` is a word of ``language`` (or a common name there): wordfreq knows it."""
    from briefing.corpus.wordlists import zipf

    return zipf(word.casefold(), language, "best") >= WORD


def _shared_neighbour(a: set[tuple[int, str]], b: set[tuple[int, str]], language: str) -> bool:
    """A word of content written beside both forms, on the same side."""
    from briefing.corpus.wordlists import zipf

    return any(
        len(word) >= 3 and zipf(word, language, "best") < NEIGHBOUR_ZIPF for _, word in a & b
    )
