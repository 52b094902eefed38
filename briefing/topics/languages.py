"""Per-language analysis for topics: which languages a briefing has, their function words,
Cyrillic lemmas and one Latin key per name across scripts.

The rules in :mod:`briefing.topics.extract` were written for English prose; a real packet mixes
English with Russian, Ukrainian, German, Turkish, French... This module gives them what each
language needs, from maintained packages and never from lists of one story's words:

- function words per language from stopwordsiso (the stopwords-iso collection: it covers
  Ukrainian and Turkish, which Whoosh's own stop lists lack, and its lists are longer than the
  ``stop-words`` package's for German, French and Italian);
- Russian and Ukrainian lemmas from pymorphy3 with its OpenCorpora / VESUM dictionaries, loaded
  only when a briefing has Cyrillic text (about 0.1 s and 40 MB; 40 µs a word, cached), so
  Рахмон / Рахмона / Рахмоном are one name;
- a Latin spelling of any script from anyascii (Владимир Путин → Vladimir Putin, Володимир
  Путін → Volodimir Putin), which :func:`~briefing.topics.spelling.skeleton` then folds with the
  English romanisations (Rakhmon / Rahmon).

English keeps the closed lists of :mod:`briefing.topics.lexicon`: an English-only briefing is
analysed exactly as before.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from anyascii import anyascii

from briefing.model import Article
from briefing.morphology import analyser as _analyser
from briefing.word_marks import is_word

#: Languages that capitalise every noun: a capital letter there says nothing about names.
NOUN_CAPITALISING = frozenset({"de", "lb"})
#: Letters only Ukrainian writes among the Cyrillic alphabets read here.
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: Languages written in Cyrillic; an article tagged with another one but written in Cyrillic
#: is taken by its script.
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})
#: Grammatical tags that mark a proper name in pymorphy3's analyses.
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def has_cyrillic(text: str) -> bool:
    # An ASCII text (a string knows it is, in constant time) holds no Cyrillic letter: most
    # texts of a large English briefing, asked of every article and of many words.
    return not text.isascii() and _CYRILLIC.search(text) is not None


def script_language(text: str) -> str | None:
    """The language a text's script implies, when the script says it (Cyrillic only)."""
    if not has_cyrillic(text):
        return None
    return "uk" if any(ch in _UKRAINIAN_LETTERS for ch in text) else "ru"


def article_language(article: Article) -> str:
    """The article's language code: its detected language, checked against its text.

    ``Article.language`` comes from the corpus reader. Where that says nothing useful — the
    default ``"en"`` or nothing — the script decides for Cyrillic text and the function words
    for Latin text (:func:`guess_language`), so a German article read without a declared
    language still gets German rules.
    """
    code = (article.language or "").split("-")[0].split("_")[0].lower()
    sample = " ".join(p.text for _i, p in article.body_paragraphs[:6])[:4000]
    script = script_language(sample)
    if script is not None:
        return code if code in _CYRILLIC_LANGUAGES else script
    if code in ("", "en", "und"):
        return guess_language(sample) or code or "en"
    return code


_WORDS = re.compile(r"[^\W\d_]+")


@functools.cache
def _profiles() -> dict[str, frozenset[str]]:
    """Each language's short stop list (Whoosh's, from the Snowball project), English's own;
    stopwords-iso's where Whoosh's is too short to tell (Turkish: 53 words)."""
    import stopwordsiso
    from whoosh.lang.stopwords import stoplists

    from briefing.topics.lexicon import STOPWORDS

    found = {code: frozenset(words) for code, words in stoplists.items() if code != "en"}
    for code, words in list(found.items()):
        if len(words) < 100 and stopwordsiso.has_lang(code):
            found[code] = frozenset(stopwordsiso.stopwords(code))
    found["en"] = STOPWORDS
    return found


def guess_language(text: str) -> str | None:
    """The language whose function words cover most of a Latin-script text, or None.

    The classic stop-word profile: function words are a third of any running text and
    differ between languages ("und", "der" / "que", "les" / "ve", "bir"). None when no
    language covers at least a tenth of the words or two come within a fifth of each other.
    """
    words = _WORDS.findall(text)[:300]
    if len(words) < 8:
        return None
    english = _profiles()["en"]
    if sum(w.lower() in english for w in words) >= 0.3 * len(words):
        return "en"  # most texts here are English: settle it with one profile
    owners = _owners()
    counts: Counter[str] = Counter()
    for word in words:
        counts.update(owners.get(word.lower(), ()))
    ranked = [*counts.most_common(2), ("", 0), ("", 0)]
    (code, best), (_other, second) = ranked[0], ranked[1]
    if best < 0.1 * len(words) or second > best * 0.8:
        return None
    return code


@functools.cache
def _owners() -> dict[str, tuple[str, ...]]:
    """Function word → the languages whose profile holds it (one lookup per word)."""
    found: dict[str, list[str]] = {}
    for code, profile in _profiles().items():
        for word in profile:
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


def briefing_languages(articles: Sequence[Article]) -> dict[str, str]:
    """Article id → language code, for every article."""
    return {a.id: article_language(a) for a in articles}


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """Lower-case function words of one language (empty when no list knows it).

    English is not asked for: its closed list lives in :mod:`briefing.topics.lexicon`, and the
    stopwords-iso English list (1,300 words) holds content words such as "world" and "home".
    """
    import stopwordsiso

    if language == "en" or not stopwordsiso.has_lang(language):
        return frozenset()
    # is_word, not isalpha: a Hindi or Bengali function word has vowel signs (``की``, ``है``).
    return frozenset(w.lower() for w in stopwordsiso.stopwords(language) if is_word(w))


def function_words_of(languages: Iterable[str]) -> frozenset[str]:
    """The union of :func:`function_words` for several languages."""
    found: set[str] = set()
    for language in set(languages):
        found |= function_words(language)
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The dictionary form of a Cyrillic word, in the word's own case pattern.

    "Рахмона" → "Рахмон", "Путіним" → "Путін", "России" → "Россия". A parse tagged as a name
    or a place is preferred; a word the dictionary does not know keeps pymorphy3's guess only
    when it is a name-like guess, else it stays as written. Words in other scripts are
    returned unchanged.
    """
    if not has_cyrillic(word) or not word.isalpha():
        return word
    language = "uk" if any(ch in _UKRAINIAN_LETTERS for ch in word) else "ru"
    # Without Ukrainian letters the Russian dictionary decides; asking the Ukrainian one
    # when Russian does not know a foreign name turns "Дати" (Dati) into "дата".
    parses = _analyser(language).parse(word)
    named = [p for p in parses if _NAME_TAGS & p.tag.grammemes]
    chosen = named[0] if named else parses[0] if parses and parses[0].is_known else None
    if chosen is None:
        return word
    base: str = chosen.normal_form
    # A name the dictionary does not know is guessed by analogy; trust the guess only when
    # it strips an ending ("Рахмона" → "Рахмон"), not when it rewrites one: foreign names
    # ending in a vowel do not decline ("Дати" is not a form of "Дата").
    if not chosen.is_known and not word.lower().startswith(base):
        return word
    if word.isupper() and len(word) > 1:
        return base.upper()
    if word[0].isupper():
        return base[:1].upper() + base[1:]
    return base


@functools.lru_cache(maxsize=1 << 16)
def common_noun(word: str, language: str = "") -> bool:
    """A Cyrillic word the dictionary knows only as a common word, never as a name.

    "Галерею", "Святого", "Президент" are; "Путина", "Рахмона" and unknown words are not.
    Other scripts: False. The Ukrainian dictionary decides for a word with a letter only
    Ukrainian writes. In a Ukrainian text (``language``) it decides too for a word the Russian
    dictionary does not know, when it knows it as a thing (no animate reading): "Заручини"
    (an engagement), spelt with letters both languages share, would pass for a name opening
    a sentence. A word the Russian dictionary knows stays its to judge, and an animate one
    is left alone: the Ukrainian dictionary lacks the name tag of some given names
    ("Володимир" is a town's name and a noun there).
    """
    if not has_cyrillic(word) or not word.replace("-", "").isalpha():
        return False  # a hyphenated word counts whole: "Форс-мажоры" (force majeure)
    if any(ch in _UKRAINIAN_LETTERS for ch in word):
        return _only_common(_analyser("uk").parse(word))
    parses = _analyser("ru").parse(word)
    if language != "uk" or any(p.is_known for p in parses):
        return _only_common(parses)
    ukrainian = _analyser("uk").parse(word)
    return _only_common(ukrainian) and not any("anim" in p.tag.grammemes for p in ukrainian)


def _only_common(parses: Sequence[Any]) -> bool:
    """Whether every parse is a dictionary word and none a name's, a surname's or a place's."""
    return bool(parses) and all(p.is_known and not (_NAME_TAGS & p.tag.grammemes) for p in parses)


@functools.lru_cache(maxsize=1 << 16)
def vocative_noun(word: str) -> bool:
    """A Cyrillic word whose best parse is the vocative of a common noun ("Боже", "Господи",
    "друже"): a word that calls on someone, capitalised as a quotation opens ("«Боже,
    храни …»"), never what a name is written as. Other scripts: False."""
    if not has_cyrillic(word) or not word.isalpha():
        return False
    language = "uk" if any(ch in _UKRAINIAN_LETTERS for ch in word) else "ru"
    parses = _analyser(language).parse(word)
    if not parses:
        return False
    grammemes = parses[0].tag.grammemes
    return "voct" in grammemes and not (_NAME_TAGS & grammemes)


def part_of_speech(word: str) -> str | None:
    """pymorphy3's part of speech for a Cyrillic word's best parse ("NOUN", "ADJF", ...);
    None for other scripts."""
    if not has_cyrillic(word) or not word.isalpha():
        return None
    return _pos(word)


@functools.lru_cache(maxsize=1 << 16)
def parts_of_speech(word: str) -> frozenset[str]:
    """Every part of speech pymorphy3 gives a Cyrillic word, not only its best parse
    ("пожарных": a noun, firemen, and an adjective, as in "пожарных машин"); empty for
    other scripts."""
    if not has_cyrillic(word) or not word.isalpha():
        return frozenset()
    language = "uk" if any(ch in _UKRAINIAN_LETTERS for ch in word) else "ru"
    return frozenset(str(p.tag.POS) for p in _analyser(language).parse(word) if p.tag.POS)


@functools.lru_cache(maxsize=1 << 16)
def _pos(word: str) -> str | None:
    language = "uk" if any(ch in _UKRAINIAN_LETTERS for ch in word) else "ru"
    parses = _analyser(language).parse(word)
    return str(parses[0].tag.POS) if parses and parses[0].tag.POS else None


def dependent_phrase(before: str, first: str) -> bool:
    """A capitalised Cyrillic run that only modifies the common noun before it: "собор
    Парижской Богоматери", "площади Святого Петра", "капеллы Сикстинской". The run opens
    with an adjective and the word before it is a noun in lower case, so the name belongs
    to the whole phrase and the run alone is a fragment of it."""
    return (
        before.islower()
        and part_of_speech(first) in ("ADJF", "PRTF")
        and part_of_speech(before) == "NOUN"
    )


_KIND_TAGS = (("Name", "person"), ("Surn", "person"), ("Geox", "place"), ("Orgn", "organisation"))


def name_kind(word: str) -> str | None:
    """The kind of name pymorphy3's dictionary gives a Cyrillic word ("Наполеона": person),
    from its best parse; None for other scripts and for words it does not tag as names."""
    if not has_cyrillic(word) or not word.isalpha():
        return None
    language = "uk" if any(ch in _UKRAINIAN_LETTERS for ch in word) else "ru"
    parses = _analyser(language).parse(word)
    if not parses:
        return None
    grammemes = parses[0].tag.grammemes
    return next((kind for tag, kind in _KIND_TAGS if tag in grammemes), None)


def latin(text: str) -> str:
    """``text`` in Latin letters: Cyrillic words lemmatised first, then transliterated.

    Apostrophes that transliteration adds for soft signs (Зеленський → Zelens'kiy) are dropped,
    so the key does not depend on them.
    """
    if text.isascii():
        return text
    words = [lemma(w) for w in text.split()]
    return anyascii(" ".join(words)).replace("'", "")
