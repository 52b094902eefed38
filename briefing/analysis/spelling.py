"""Name disagreements: one person spelt two ways, one place called by two names.

Spelling: two full names that share one word and differ in the other by a letter or two
("Emomali Rahmon" / "Emomali Rakhmon", "Ismoili Somoni" / "Ismoil Somoni", "Эммануэль Макрон"
/ "Эмманюэль Макрон"). Requiring the shared word is what keeps "Austria" and "Australia"
apart; grammatical endings ("Russia" / "Russian", "Макрон" / "Макрона", "Fico" / "Fica") are
never spelling variants, nor is a name typed without its accents ("Erdogan" / "Erdoğan",
"Nunez" / "Nuñez"): :mod:`.inflection` says when two forms are one name. Both spellings must
be in one script and in articles of one language: "Selenskyj" in German and "Zelensky" in
English are each language's transliteration, not a disagreement. Within one language, two
romanisations of one sound ("Dalerdzhon Mirzoyev" / "Dalerjon Mirzoev", "Yuri" / "Yury") are
one name too: :func:`transliterated` reduces both to one skeleton, and then no word needs to
be shared; two systems of romanising Korean ("Hamgyeong" / "Hamgyong") are one name too
(:mod:`.korean_romanisation`). Word order ("Fico Robert" / "Robert Fico") changes no word,
so it is never compared.
Venues ("National Palace" / "Palace of Nations") are :mod:`.venues`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import combinations
from typing import Any

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein
from whoosh.lang.porter import stem

from briefing.analysis.exonyms import other_alphabet
from briefing.analysis.inflection import accent_free, folded, one_name
from briefing.analysis.korean_romanisation import one_korean_name
from briefing.analysis.model import Discrepancy
from briefing.analysis.name_slips import bare_ending_is_slip, cyrillic_w, quoted_alone
from briefing.analysis.names import TITLES, is_name_word
from briefing.analysis.spelling_guards import (
    body_words,
    body_writers,
    common_noun,
    outlet_slip,
    own_letter_rendering,
)
from briefing.analysis.spelling_quotes import quotes_of, spelling_flag
from briefing.analysis.stems import stem_word
from briefing.analysis.typo_swaps import consonant_swap
from briefing.model import Article

_SUFFIXES = ("s", "es", "n", "an", "ian", "ese", "ish", "ic", "er", "ers", "istan", "stan", "i")


@cache
def _name_pair() -> re.Pattern[str]:
    """Two neighbouring words that each open with a capital letter of any script, the second
    a look-ahead so that pairs overlap ("President Emomali Rakhmon" gives (President,
    Emomali), (Emomali, Rakhmon)).

    Only such pairs can pass :func:`_plain_name`; matching every pair of words and testing
    each in Python was the disagreement pass's largest single cost (~8 % at 1,000 articles).
    The class holds exactly the word characters, less digits and "_", that ``str.isupper``
    accepts (no cased letter lies beyond the supplementary multilingual plane)."""
    letters = re.findall(r"[^\W\d_]", "".join(map(chr, range(0x20000))))
    capitals = "".join(filter(str.isupper, letters))
    first = f"[{re.escape(capitals)}][\\w\\-]*"
    return re.compile(rf"(?<![\w\-])({first})\s+(?=({first})(?![\w\-]))")


_MIN_RATIO = 0.8
#: Two-letter changes in a longer name ("Ульрих" / "Юльриш") may keep less in common.
_MIN_RATIO_LONG = 0.65
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"”’)]*\s+|[\"“‘(]\s*)$")


def _plain_name(word: str) -> bool:
    """A name as written in prose, in any script: a capital, then lower-case letters (no
    digits or inner capitals: "UseSHA1", "OpenSSL" are identifiers), apart from Mc/Mac/O'
    and hyphenated parts."""
    if not word[:1].isupper():
        return False  # what follows asks for this too, at a cost: most words end here
    bare = re.sub(r"^(?:Mc|Mac|O['’])", "", word)
    parts = bare.split("-")
    return (
        bool(bare)
        and all(
            p and p[0].isupper() if i == 0 else p and (p[0].isupper() or p.islower())
            for i, p in enumerate(parts)
        )
        and all(p[1:].islower() and p.isalpha() for p in parts if len(p) > 1)
    )


@cache
def _country_stems(language: str) -> frozenset[str]:
    """Stems of the country names in ``language`` (ISO 3166 translations shipped with
    pycountry): "Франции" is France in Russian, never part of a person's name."""
    import gettext

    import pycountry

    try:
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return frozenset()
    return frozenset(
        stem_word(names.gettext(c.name), language) for c in pycountry.countries
    ) | frozenset(stem_word(c.name, language) for c in pycountry.countries)


def local_place(word: str, language: str) -> bool:
    """True for a country name in the article's language, in any grammatical case."""
    return language != "en" and stem_word(word, language) in _country_stems(language)


def script(word: str) -> str:
    """The Unicode script of a word's first letter ("LATIN", "CYRILLIC")."""
    for char in word:
        if char.isalpha():
            return unicodedata.name(char, "?").split(" ")[0]
    return "?"


def spelling_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Full names that differ only by the spelling of one word."""
    return judge_spellings(articles, [name_pairs_of(article) for article in articles])


def name_pairs_of(article: Article, memo: dict[Any, Any] | None = None) -> list[tuple[str, str]]:
    """The (first, last) name pairs one article writes, each once, in the order first seen
    (``memo``: a paragraph read before in the same language is not read again)."""
    found: dict[tuple[str, str], None] = {}
    for paragraph in article.paragraphs:
        if memo is None:
            found.update(_name_pairs(paragraph.text, article.language))
            continue
        key = ("names", paragraph.text, article.language)
        known = memo.get(key)
        if known is None:
            known = memo[key] = _name_pairs(paragraph.text, article.language)
        found.update(known)
    return list(found)


def _name_pairs(text: str, language: str) -> dict[tuple[str, str], None]:
    found: dict[tuple[str, str], None] = {}
    for match in _name_pair().finditer(text):
        first, last = match.groups()
        # Every pair of words matches: the cheap tests of the words come first, and the
        # sentence start (a search through the paragraph so far) only for names.
        if not (
            _plain_name(first) and is_name_word(first) and _plain_name(last) and is_name_word(last)
        ):
            continue
        if _SENTENCE_START.search(text, 0, match.start()) and not quoted_alone(
            text, match.start(), match.end(2)
        ):
            continue  # "Since OpenSSL": the first word is capitalised by grammar
        if common_noun(first, language):
            continue  # "Journalist Evan": German capitalises the noun, no given name
        if not any(local_place(w, language) for w in (first, last)):
            found[(first, last)] = None
    return found


def judge_spellings(
    articles: Sequence[Article], names: Sequence[Sequence[tuple[str, str]]]
) -> list[Discrepancy]:
    """:func:`spelling_discrepancies` from each article's :func:`name_pairs_of` (``names[i]``
    is ``articles[i]``'s)."""
    language = {a.id: a.language for a in articles}
    # (first, last) → article ids
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, written_pairs in zip(articles, names, strict=True):
        for pair in written_pairs:
            pairs[pair].add(article.id)
    variants: dict[frozenset[str], str] = {}
    # Compare only pairs that share a word (by its stem, so "Макрон" / "Макрона" is one
    # word): bucket by first word and by last word, so the cost follows the bucket sizes,
    # not the square of all names in the briefing.
    by_first: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    by_last: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    written: dict[tuple[str, str], str] = {}
    for (first, last), ids in pairs.items():
        for article_id in ids:
            lang = language[article_id]
            by_first[(lang, stem_word(first, lang))][last].add(article_id)
            by_last[(lang, stem_word(last, lang))][first].add(article_id)
            written.setdefault((lang, stem_word(first, lang)), first)
            written.setdefault((lang, stem_word(last, lang)), last)
    for (lang, key), others, shared_first in [
        *((k, v, True) for k, v in by_first.items()),
        *((k, v, False) for k, v in by_last.items()),
    ]:
        shared = written[(lang, key)]
        for a, b in combinations(sorted(others), 2):
            if _variant(a, b, lang):
                example = f"{shared} {a}" if shared_first else f"{a} {shared}"
                variants.setdefault(frozenset((a, b)), example)
    # Both words romanised two ways in one language ("Dalerdzhon Mirzoyev" / "Dalerjon
    # Mirzoev"): no word is shared, but the whole name has one skeleton.
    by_sound: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for (first, last), ids in pairs.items():
        for lang in {language[i] for i in ids}:
            by_sound[(lang, transliterated(first), transliterated(last))].add((first, last))
    for (lang, *_), spelt in by_sound.items():
        for (a1, a2), (b1, b2) in combinations(sorted(spelt), 2):
            if a1 != b1 and a2 != b2 and _variant(a1, b1, lang) and _variant(a2, b2, lang):
                variants.setdefault(frozenset((a1, b1)), f"{a1} {a2}")
                variants.setdefault(frozenset((a2, b2)), f"{a1} {a2}")
    for (a1, a2), (_b1, b2) in [*_both_words_vary(pairs, language), *_final_o(pairs, language)]:
        variants.setdefault(frozenset((a2, b2)), f"{a1} {a2}")
    # An article that writes a spelling only beside the one the others write mistyped it
    # ("Jorunal" beside "Journals"): the outlet's slip, not a disagreement between sources.
    if variants:
        bodies = body_words(articles, {word[:2] for words in variants for word in words})
        writers = body_writers(bodies)
        variants = {w: ex for w, ex in variants.items() if not outlet_slip(w, bodies, writers)}
    found = []
    ordered = sorted(variants.items(), key=lambda item: item[1])
    quoted = quotes_of(articles, {word for words, _ in ordered for word in words})
    for words, example in ordered:
        note = f"the same name spelt differently (e.g. “{example}”)"
        found.append(spelling_flag(words, quoted, note))
    return found


def _both_words_vary(
    pairs: dict[tuple[str, str], set[str]], language: dict[str, str]
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Full names of one language whose surnames are spelling variants and whose first names
    are too, or one name in two cases ("Жоаким Феррейра" / "Жуаким Ферейра"): no word is
    shared, yet each word is the other's with a letter or two changed, which two people's
    names rarely are; a surname whose ending alone differs is declined, not respelt (a
    language the inflection inventory lacks, such as Greek). First names that differ only by
    a final vowel ("Maria" / "Mario", "Giovanni" / "Giovanna") are two people's; the pair is
    left alone. Bucketed by the first letter of each word's skeleton, so the cost follows the
    bucket sizes."""
    buckets: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for (first, last), ids in pairs.items():
        for lang in {language[i] for i in ids}:
            buckets[(lang, transliterated(first)[:1], transliterated(last)[:1])].add((first, last))
    found = []
    for (lang, *_), spelt in buckets.items():
        for (a1, a2), (b1, b2) in combinations(sorted(spelt), 2):
            if a1 == b1 or a2 == b2 or abs(len(a2) - len(b2)) > 2 or _gendered(a1, b1):
                continue
            if _shared_start(a2, b2) >= min(len(a2), len(b2)) - 1 and transliterated(
                a2
            ) != transliterated(b2):
                # "Μητσοτάκης" / "Μητσοτάκη": only the ending moves, a case; but an ending of
                # one skeleton ("Netanyahou" / "Netanyahu": "ou" and "u" one sound) is spelling
                continue
            if _variant(a2, b2, lang) and (one_name(a1, b1, lang) or _variant(a1, b1, lang)):
                found.append(((a1, a2), (b1, b2)))
    return found


#: Languages that never decline a person's name ending in "-о" (Russian: "Марсело", "Франко",
#: "Шевченко" keep that form in every case), and the vowels another spelling may end in.
_O_INDECLINABLE = {"ru": ("о", "уаеиэ")}


def _final_o(
    pairs: dict[tuple[str, str], set[str]], language: dict[str, str]
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Full names of a language where "-о" names are indeclinable, written once with both
    words ending in "-о" and once with both ending in one other vowel ("Марсело Ребело" /
    "Марселу Ребелу", a Portuguese final "o" heard as "u"): no case gives that pair, where
    :func:`_both_words_vary` must take a changed ending for a case. Ukrainian, which
    declines "Петро Порошенко" to "Петру Порошенку", is not such a language."""
    found = []
    by_stems: dict[tuple[str, str, str], dict[str, tuple[str, str]]] = defaultdict(dict)
    for (first, last), ids in pairs.items():
        for lang in {language[i] for i in ids} & _O_INDECLINABLE.keys():
            end = first[-1:]
            if len(first) >= 4 and len(last) >= 4 and last[-1:] == end:
                by_stems[(lang, first[:-1], last[:-1])][end] = (first, last)
    for (lang, *_), by_end in by_stems.items():
        final, others = _O_INDECLINABLE[lang]
        if final in by_end:
            found += [(by_end[final], by_end[e]) for e in sorted(by_end) if e in others]
    return found


def _shared_start(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _gendered(a: str, b: str) -> bool:
    """Two first names differing only by a final vowel: "Maria" / "Mario", two people."""
    vowels = "aeiouyаеёиоуыэюяієї"
    return (
        len(a) == len(b)
        and a[:-1] == b[:-1]
        and a[-1].lower() in vowels
        and b[-1].lower() in vowels
    )


#: Letters that romanisation systems write differently for one sound of the source script
#: ("Dzhamshed" / "Djamshed" / "Jamshed", "Khalil" / "Halil", "Yuri" / "Yury" / "Iouri",
#: "Mirzoyev" / "Mirzoev"), reduced to one spelling; applied in order.
_ROMANISATIONS = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("w", "v"),
    ("ck", "k"), ("y", "i"), ("ou", "u"), ("ie", "e"), ("ii", "i"),
)  # fmt: skip


@cache
def transliterated(word: str) -> str:
    """A name's skeleton across romanisations: Latin letters (anyascii), folded, with the
    spellings of one sound reduced to one and doubled letters written once. Two names of one
    script with one skeleton are one name spelt two ways ("Shamsiddin" / "Shamsidin")."""
    plain = re.sub(r"[^a-z]", "", anyascii(folded(cyrillic_w(word))).casefold())
    for written, one in _ROMANISATIONS:
        plain = plain.replace(written, one)
    return re.sub(r"(.)\1+", r"\1", plain)


#: Kept for the pairs asked again: a surname pair is compared once per pair of given names
#: written with it (:func:`_both_words_vary`), which at 10,005 articles was most of the calls.
@lru_cache(maxsize=1 << 16)
def _variant(a: str, b: str, language: str = "en", forms: bool = True) -> bool:
    """``a`` and ``b`` are one name spelt two ways in ``language``; ``forms=False`` when no
    grammar can stand between them (two copies of a Latin name, each in a text of another
    script: :mod:`.borrowed_names`), so an ending is a letter like any other."""
    if a == b or min(len(a), len(b)) < 4 or script(a) != script(b):
        return False
    if a in TITLES or b in TITLES:
        return False
    if one_korean_name(a, b):
        return False  # "Hamgyeong" / "Hamgyong": two romanisation systems (korean_romanisation)
    if consonant_swap(a, b):
        return False  # "Kingsley" / "Kinsgley": a keyboard slip, not a rendering (typo_swaps)
    if one_name(a, b, language) if forms else accent_free(a, b):
        return False  # "Nunez" / "Nuñez", "Fico" / "Fica": accents typed or not, a case ending
    if other_alphabet(a, language) != other_alphabet(b, language):
        return False  # "Фіцо" in a Russian article: the Ukrainian form, a translation
    if own_letter_rendering(a, b, language):
        return False  # "Yaşin" / "Yashin" in Turkish: "ş" is the language's own "sh"
    if transliterated(a) == transliterated(b):
        return True  # "Dalerdzhon" / "Dalerjon", "Yuri" / "Yury": one name romanised two ways
    short, long = sorted((a, b), key=len)
    if forms:
        if stem_word(a, language) == stem_word(b, language):
            return False  # "Макрон" / "Макрона": one name in two grammatical cases
        ending = long[len(short) :]
        grammar = long.startswith(short) and ending in _SUFFIXES and ending != "i"
        if grammar and not bare_ending_is_slip(short, long, language):
            return False  # "Russia" / "Russian": grammar, not spelling ("Whela": name_slips)
        if _porter(a.lower()) == _porter(b.lower()):
            return False
    lower_a, lower_b = a.lower(), b.lower()
    if _swapped(folded(a), folded(b)):
        # "Nicosur" / "Nicușor": two letters swapped, and the accent, which alone is never
        # a disagreement, adds nothing to the swap ("Ștefania" / "Ștefănuț" changes letters).
        lower_a, lower_b = folded(a), folded(b)
    distance = _distance(lower_a, lower_b)
    if distance > (1 if len(short) < 5 else 2):
        return False  # "DistutilsFileError" / "DistutilsSetupError": different words
    if a[0] != b[0] and distance < 2:
        return False  # one letter at the front changes the name ("Mark" / "Park")
    ratio = difflib.SequenceMatcher(None, lower_a, lower_b).ratio()
    return ratio >= (_MIN_RATIO if distance < 2 else _MIN_RATIO_LONG)


#: Porter's stem kept by word: :func:`_variant` asks it of the same names again and again.
_porter = lru_cache(maxsize=1 << 16)(stem)


def _swapped(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same letters, two of them in each other's place."""
    return sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b, strict=False)) == 2


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (rapidfuzz's: the plain table in Python was most of the spellings'
    judging at 10,005 articles)."""
    return Levenshtein.distance(a, b)
