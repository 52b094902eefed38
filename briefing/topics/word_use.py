"""How a key word is used in the packet: as a noun, and not as the head of a listed name.

Split from :mod:`briefing.topics.keywords`, which chooses key words by where and how often
they are written; this module looks at the words around each use. A word after an article
("the heist", "il conclave") is used as a noun, which an adjective or a participle rarely is,
and so is one written bare after a preposition that closes its phrase, in two articles or
more ("in prison", "di magnitudo 7.9": :mod:`briefing.topics.bare_nouns`); Cyrillic words
by pymorphy3's parse. A word mostly written beside a listed name ("cathédrale Notre-Dame",
"Louvre Museum") is that name's head noun, not a subject of its own.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from briefing.topics.bare_nouns import bare_after_preposition
from briefing.topics.candidates import Occurrence
from briefing.topics.keycounts import WORD, WordCounts
from briefing.topics.languages import has_cyrillic
from briefing.topics.verb_uses import verb_use

_TOKEN = WORD
#: Articles (and article-preposition contractions) of languages that have them: a word
#: after one is used as a noun ("the heist", "il conclave", "la restauration"), which an
#: adjective or a participle ("inestimables", "eletti") rarely is. Closed grammar classes,
#: not story words. Languages without articles (Turkish, Russian) are not asked.
ARTICLES: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the a an",
        "fr": "le la les l un une du des au aux",
        "de": "der die das den dem des ein eine einen einem eines einer im am zum zur vom beim",
        "es": "el la los las un una unos unas del al lo",
        "it": "il lo la i gli le l un una uno del dello della dei degli delle al allo alla "
        "ai agli alle nel nello nella nei negli nelle dal dalla dai sul sulla",
        "pt": "o a os as um uma do da dos das no na nos nas ao aos pelo pela",
        "nl": "de het een",
    }.items()
}
#: Share of a word's uses that must follow an article, in languages that have them (and
#: two uses at least).
NOUN_SHARE = 0.2

#: Articles that must write a word bare after a preposition for those uses to count.
MIN_BARE_ARTICLES = 2

#: What may stand between a head noun and its name: "galerie d'Apollon", "Museo del Louvre".
_LINKS = frozenset(["of", "de", "d", "di", "del", "della", "du", "des", "von", "der", "la", "le"])
#: Share of a word's uses next to a listed name above which it is that name's head noun.
HEAD_SHARE = 0.3


class Evidence:
    """How a word is used: after an article (a noun), next to a listed name (its head)."""

    __slots__ = (
        "article_uses",
        "bare",
        "bare_in",
        "cyrillic_nouns",
        "cyrillic_uses",
        "modified",
        "next_to_name",
        "noun",
        "uses",
        "verb",
    )

    def __init__(self) -> None:
        self.uses = self.article_uses = self.noun = self.next_to_name = 0
        self.cyrillic_uses = self.cyrillic_nouns = 0
        #: Uses written bare after a preposition (:mod:`.bare_nouns`), and their articles.
        self.bare = 0
        self.bare_in: frozenset[str] = frozenset()
        #: Uses after an article and one adjective, where adjectives come first ("the sole
        #: survivor", "der einzige Überlebende"): read by :mod:`.noun_forms` only.
        self.modified = 0
        #: Uses written as a verb's form ("has declared", "a déclaré"): :mod:`.verb_uses`.
        self.verb = 0

    def add(
        self,
        text: str,
        tokens: list[re.Match[str]],
        j: int,
        language: str,
        named: frozenset[str],
        article: str = "",
    ) -> None:
        self.uses += 1
        self.verb += verb_use(text, tokens, j, language)
        word = tokens[j].group()
        articles = ARTICLES.get(language)
        if has_cyrillic(word):
            self.cyrillic_uses += 1
            self.cyrillic_nouns += _is_noun(word)
        elif articles is not None:
            self.article_uses += 1
            before = tokens[j - 1] if j > 0 else None
            if (
                before is not None
                and before.group().casefold() in articles
                and not text[before.end() : tokens[j].start()].strip(" '’")
            ):
                self.noun += 1
            elif bare_after_preposition(text, tokens, j, language, _function(language)):
                self.bare += 1  # "in prison", "di magnitudo 7.9"
                self.bare_in = self.bare_in | {article}
            elif _after_adjective(text, tokens, j, language, articles):
                self.modified += 1  # "the sole survivor"
        if _beside_name(tokens, j, named):
            self.next_to_name += 1

    @staticmethod
    def merged(parts: Iterable[Evidence]) -> Evidence:
        total = Evidence()
        for part in parts:
            for slot in Evidence.__slots__:
                if slot == "bare_in":
                    total.bare_in = total.bare_in | part.bare_in
                else:
                    setattr(total, slot, getattr(total, slot) + getattr(part, slot))
        return total

    def noun_like(self) -> bool:
        """Used as a noun, and not mostly as the head of a listed name.

        A use bare after a preposition counts as one after an article when two articles
        at least write the word so: one text's "popular among tourists" is no sign of a
        subject, several texts' "de magnitude 7,8", "of magnitude 7.8" are."""
        if self.next_to_name >= HEAD_SHARE * self.uses:
            return False
        if self.article_uses:
            noun = self.noun + (self.bare if len(self.bare_in) >= MIN_BARE_ARTICLES else 0)
            return noun >= max(2, NOUN_SHARE * self.article_uses)
        if self.cyrillic_uses:
            return self.cyrillic_nouns * 2 >= self.cyrillic_uses
        return True  # a language without articles and without a tagger: no evidence against


def _function(language: str) -> frozenset[str]:
    """The language's function words; English's own closed list (stopwords-iso's English
    list holds content words)."""
    from briefing.topics.languages import function_words
    from briefing.topics.lexicon import STOPWORDS

    return STOPWORDS if language == "en" else function_words(language)


#: Languages whose adjectives stand before the noun, and how a noun there is told from the
#: adjective before it: English by no verb ending on the word, German by its capital (German
#: capitalises nouns, not adjectives). French or Italian put most adjectives after the noun
#: ("la ville évacuée"), so a word after "article, word" there is as often an adjective.
_ADJECTIVE_FIRST = frozenset(["en", "de"])


def _after_adjective(
    text: str, tokens: list[re.Match[str]], j: int, language: str, articles: frozenset[str]
) -> bool:
    """Token ``j`` follows an article and one lower-case word that is no function word ("the
    sole survivor", "der einzige Überlebende"), with nothing but spaces between."""
    if language not in _ADJECTIVE_FIRST or j < 2:
        return False
    first, middle, word = tokens[j - 2], tokens[j - 1], tokens[j].group()
    if first.group().casefold() not in articles or not middle.group().islower():
        return False
    if middle.group() in _function(language):
        return False
    if text[first.end() : middle.start()].strip() or text[middle.end() : tokens[j].start()].strip():
        return False
    if language == "de":
        return word[:1].isupper()
    return word.islower() and not word.endswith(("ed", "ing"))


def _beside_name(tokens: list[re.Match[str]], j: int, named: frozenset[str]) -> bool:
    """Whether a listed name's word stands right before or after token ``j`` (one linking
    word such as "of" or "d'" may come between)."""
    for step in (-1, 1):
        k = j + step
        if 0 <= k < len(tokens) and tokens[k].group().casefold() in _LINKS:
            k += step
        if 0 <= k < len(tokens):
            other = tokens[k].group()
            if other[:1].isupper() and other.casefold() in named:
                return True
    return False


@functools.lru_cache(maxsize=1 << 14)
def _is_noun(word: str) -> bool:
    """pymorphy3's best parse of a Cyrillic word is a noun."""
    from briefing.topics.languages import _analyser

    language = "uk" if any(ch in "іїєґІЇЄҐ" for ch in word) else "ru"
    parses = _analyser(language).parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def word_uses(
    paragraphs: Sequence[tuple[str, int, str]],
    languages: dict[str, str],
    counts: WordCounts,
    key_of: Callable[[str, str], str],
    keys: set[str],
    beside: frozenset[str],
    by_form: dict[tuple[str, str], Evidence] | None = None,
) -> tuple[dict[str, list[Occurrence]], dict[str, Evidence]]:
    """Every occurrence of the words of ``keys`` and how each key is used, in paragraph order.

    ``by_form``, when given, also gets how each written form of a key is used, keyed by
    (key, form): one stem joins a noun and its verb ("evacuation", "evacuated"), and
    :mod:`.noun_forms` asks which of them is the noun.

    Only paragraphs that write one of those words are tokenised (a set test on the words
    ``findall`` gives), and only those words' tokens are looked at."""
    occurrences: dict[str, list[Occurrence]] = defaultdict(list)
    evidence: dict[str, Evidence] = defaultdict(Evidence)
    wanted: dict[str, dict[str, str]] = {}
    for language, written in counts.counts.items():
        keyed = {w: key for w in written if (key := key_of(w, language)) in keys}
        if keyed:
            wanted[language] = keyed
    if not wanted:
        return occurrences, evidence
    for article, index, text in paragraphs:
        language = languages.get(article, "en")
        words = wanted.get(language)
        if words is None or words.keys().isdisjoint(_TOKEN.findall(text)):
            continue
        tokens = list(_TOKEN.finditer(text))
        for j, match in enumerate(tokens):
            word = match.group()
            found = words.get(word)
            if found is not None:
                occurrence = Occurrence(article, index, match.start(), match.end(), word)
                occurrences[found].append(occurrence)
                evidence[found].add(text, tokens, j, language, beside, article)
                if by_form is not None:
                    form = by_form.setdefault((found, word), Evidence())
                    form.add(text, tokens, j, language, beside, article)
    return occurrences, evidence
