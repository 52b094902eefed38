"""An event's word borrowed by sound into another script: "Olympics" in "Олимпиада", "オリンピック",
"올림픽", "أولمبيك"; "ceremony" in "церемония"; "summit" in "саммит", "サミット".

The event topics hold their act word in other languages where it is a Latin-script cognate
(:mod:`.event_cognates`, :mod:`.event_tongues`); a word a language took by ear and writes in
its own script stays apart. Such a loan keeps the English word's consonants in order, as the
names written by ear do, so the key is the one :mod:`.uncased_sounds` reads names by
(:func:`~.uncased_sounds.sound_key`: vowels dropped, r/l, p/b/f/v, t/d, k/g/c, m/n folded),
with one fold more: a "c" before e, i or y is "s" in English, and Russian writes it "ц"
("ts"), so both are "s" ("ceremony", "церемония", "セレモニー" → "sln").

A word is looked for when it is the head of an event's name (the last word before the
place or the date: "ceremony" of "Opening ceremony in Paris", "Olympics" of "Paris
Olympics"), in Latin letters, and keeps :data:`MIN_CONSONANTS` consonants or more. A word of
another script matches it only with every guard met, since a short key meets native words
by chance:

- its first :data:`MIN_CONSONANTS` consonants are the English word's, and it starts with a
  vowel where the English word does (Arabic's alif or hamza is a vowel there); a fourth
  consonant agrees too, or the romanised letters are alike (:data:`SPELLED`: "olimpiada"
  and "olympics", where "Греции" is "kls" as "crash" is, and "kulminatsionnyy" is not
  "coronation"); an Arabic word needs four;
- it keeps as many runs of vowels as the English word or more (a loan adds vowels, never
  drops them: "セリーヌ", "사랑", "결혼식" are no "ceremony" or "coronation");
- it is no shorter than the English word's letters less :data:`SHORTER` once romanised (a
  native "салон" is "sln" too, but five letters against "ceremony"'s eight), except in
  Arabic, which writes no short vowels;
- where the English key has just :data:`MIN_CONSONANTS` consonants, the other key is no
  longer (an ending's consonant would be a fourth: "консул" is no "games");
- every consonant both keys keep agrees in order past the first four: a loan drops the
  English word's last consonants or adds an ending's, never another in their place
  ("Брюксел", Brussels, shares "brks" with "Brexit" and then writes "l" for "t");
- a Hangul word ends its syllables on the seven finals Korean's rules for foreign words allow
  (:mod:`.hangul_loans`): "밝혔다" (announced), a predicate, is no "Brexit";
- it is a whole word: a katakana run, a Hangul run less a trailing Korean particle, a
  Cyrillic word, an Arabic word less a joined conjunction or article;
- where wordfreq knows the language (Cyrillic and Arabic: its Japanese and Korean lists need
  MeCab), the word is not far commoner in it than the English word in English
  (:data:`COMMONER`): a native word that sounds alike is an everyday word there.

The uses become the event's mentions; a named event's aliases too, not the main event's (as
:mod:`.event_tongues` keeps them: the brief's lede reads the main event by its names). Arabic
"أولمبياد" (Olympiad, "lnbt") shares three consonants only with "Olympics" and is left.

Chinese writes such words by meaning (奥运, 典礼), not by sound: it is not read here.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from anyascii import anyascii
from rapidfuzz import fuzz

from briefing.model import Article, Mention, Span, Topic, in_text_order
from briefing.topics.distinct_texts import each_text
from briefing.topics.hangul_loans import loan_shaped
from briefing.topics.uncased_sounds import HANGUL, KATAKANA, PARTICLES, sound_key

#: The fewest consonants an event's word keeps to be looked for, and the ones that must agree.
MIN_CONSONANTS = 3
#: How many letters shorter than the English word a romanised loan may be.
SHORTER = 2
#: How many Zipf points commoner in its language than the English word in English a match
#: may be before it is read as a native word that sounds alike.
COMMONER = 1.0
#: How alike (rapidfuzz's ratio) a loan's first letters, romanised, and the English word
#: must be where only three consonants agree.
SPELLED = 60
#: The fewest letters of an event's word.
MIN_LETTERS = 5

_LATIN_WORD = re.compile(r"[A-Za-z]+")
_FOREIGN = re.compile(
    rf"[\u0400-\u04ff]+|[{KATAKANA}]+|[{HANGUL}]+|[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+"
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0621-\u06d3]")
_HANGUL = re.compile(rf"[{HANGUL}]")
#: Korean particles beyond :data:`.uncased_sounds.PARTICLES` that a loan takes ("올림픽에서").
_MORE_PARTICLES = ("에서", "에서는", "에는", "에", "으로는", "과의", "와의", "이라는", "라는")
_KOREAN_PARTICLES = tuple(sorted({*PARTICLES, *_MORE_PARTICLES}, key=len, reverse=True))
_VOWEL_RUNS = re.compile(r"[aeiouy]+")
_C_SOFT = re.compile(r"c(?=[eiy])")


@functools.lru_cache(maxsize=1 << 16)
def loan_key(word: str) -> str:
    """:func:`~.uncased_sounds.sound_key` with a soft "c" and "ts" read as "s", and without
    katakana's small "ッ", which doubles the next consonant (anyascii writes it "t").
    Cached: a packet writes each word many times, and every event's head asks of it."""
    bare = word.replace("ッ", "").replace("ｯ", "")
    latin = _C_SOFT.sub("s", anyascii(bare).casefold()).replace("ts", "s")
    return sound_key(latin)


def _starts_with_vowel(word: str) -> bool:
    first = anyascii(word).casefold().lstrip("'")[:1]
    return first in "aeiouy" or (_ARABIC.match(word[:1]) is not None and word[0] in "اأإآع")


def _syllables(word: str) -> int:
    """How many runs of vowels a word keeps romanised: a loan keeps the English word's, or
    adds some (katakana's "サミット", "samitto"; an ending), never drops one."""
    return len(_VOWEL_RUNS.findall(anyascii(word).casefold()))


@functools.lru_cache(maxsize=1 << 16)
def loan_of(english: str, word: str) -> bool:
    """Whether ``word`` (another script) is ``english`` written by ear (the module's guards
    but the frequency one)."""
    if not loan_shaped(word):  # "밝혔다": a Korean predicate, no loan (:mod:`.hangul_loans`)
        return False
    key, other = loan_key(english), loan_key(word)
    if len(key) < MIN_CONSONANTS or other[:MIN_CONSONANTS] != key[:MIN_CONSONANTS]:
        return False
    if _starts_with_vowel(english) != _starts_with_vowel(word):
        return False
    arabic = _ARABIC.match(word[:1]) is not None
    if arabic:  # no short vowels to tell by: four consonants must agree
        return (
            len(key) > MIN_CONSONANTS and other[: MIN_CONSONANTS + 1] == key[: MIN_CONSONANTS + 1]
        )
    if _syllables(word) < _syllables(english):
        return False
    letters = anyascii(word).casefold().replace("'", "")
    if len(letters) < len(english) - SHORTER:
        return False
    if len(key) == MIN_CONSONANTS and len(other) > MIN_CONSONANTS:
        return False
    if len(key) > MIN_CONSONANTS and other[: MIN_CONSONANTS + 1] == key[: MIN_CONSONANTS + 1]:
        # Every consonant both keys keep agrees: a loan may drop the English word's last
        # consonants ("オリンピック") or add an ending's ("Брекситом"), never write another
        # in its place ("Брюксел", Brussels, is no "Brexit").
        return _in_order(key, other)
    # Three consonants alike: the letters must be alike too ("Олимпиада", "olimpiada"), as
    # they are not in a native word that shares the consonants ("Греции" and "crash").
    return fuzz.ratio(english.casefold(), letters[: len(english)]) >= SPELLED


#: How many letters longer than the English word a loan of it may be, romanised: an
#: inflection's ending ("блэкаута"), as :data:`.event_cognates.LONGER` allows a cognate.
ENDING_LETTERS = 4


def writes_loan(english: str, text: str, language: str) -> bool:
    """Whether ``text`` (in ``language``) writes ``english`` by ear in another script: a
    word of it that is a loan of ``english`` (:func:`loan_of`) and no everyday word of its
    own language (:func:`_native`), each word less a particle or a joined article
    (:func:`_foreign_words`): "случился блэкаут" writes "blackout". A word longer, once
    romanised, than ``english`` and an ending (:data:`ENDING_LETTERS`) is a compound that
    only opens with it ("криптобиржа", a crypto exchange, is no "crypto")."""
    return any(
        len(anyascii(word)) <= len(english) + ENDING_LETTERS
        and loan_of(english, word)
        and not _native(word, english, language)
        for _start, word in _foreign_words(text)
    )


def _in_order(key: str, other: str) -> bool:
    """Whether the consonants two keys both keep, position by position, are the same."""
    shared = min(len(key), len(other))
    return other[:shared] == key[:shared]


@functools.lru_cache(maxsize=1 << 12)
def _zipf(word: str, language: str) -> float | None:
    """wordfreq's Zipf frequency, or None where it cannot tell (no list, or MeCab needed)."""
    try:
        from wordfreq import zipf_frequency

        return float(zipf_frequency(word, language))
    except (LookupError, ImportError):  # no list for the language, or MeCab needed: no bar
        return None


def _native(word: str, english: str, language: str) -> bool:
    """Whether ``word`` is far commoner in ``language`` than ``english`` in English."""
    if not (_CYRILLIC.match(word) or _ARABIC.match(word)):
        return False
    theirs, ours = _zipf(word.casefold(), language), _zipf(english.casefold(), "en")
    return theirs is not None and ours is not None and theirs > ours + COMMONER


def head_words(event: Topic, others: Sequence[Topic]) -> set[str]:
    """The head of an event's name in Latin letters: its last word before a place or date
    ("Opening ceremony in Paris, 26 Jul 2024" → "ceremony", "Paris Olympics" → "Olympics"),
    no word of another topic's names ("Paris") and of :data:`MIN_LETTERS` letters at least.
    The aliases' heads are not read: "Olympic Games" heads with an everyday word."""
    named = {w.casefold() for t in others for a in (t.name, *t.aliases) for w in a.split()}
    first = re.split(r",| in | at | of ", event.name)[0]
    words = first.split()
    if not words or not _LATIN_WORD.fullmatch(words[-1]):
        return set()
    head = words[-1]
    if len(head) < MIN_LETTERS or head.casefold() in named:
        return set()
    return {head} if len(loan_key(head)) >= MIN_CONSONANTS else set()


def _stem(word: str) -> str:
    """A Korean word less the particle glued to its end; other words as they are."""
    if _HANGUL.match(word):
        for particle in _KOREAN_PARTICLES:
            if word.endswith(particle) and len(word) > len(particle) + 1:
                return word[: -len(particle)]
    return word


def _arabic_bare(word: str) -> tuple[int, str]:
    """An Arabic word less a joined conjunction or preposition and the article: (cut, rest)."""
    cut = 0
    if len(word) > 4 and word[0] in "وبلفك":
        cut = 1
    if word[cut : cut + 2] == "ال" and len(word) - cut > 4:
        cut += 2
    return cut, word[cut:]


@dataclass(frozen=True, slots=True)
class _Use:
    """A word of another script in a body paragraph, cut to what a loan would be."""

    article_id: str
    paragraph: int
    start: int
    word: str
    language: str


def _foreign_uses(articles: Sequence[Article], languages: Mapping[str, str]) -> list[_Use]:
    """Every word of another script in the body paragraphs of ``articles``, in text order,
    less a Korean particle or an Arabic conjunction and article (read once for all events).
    An ASCII text has none (:data:`_FOREIGN` is all letters past ASCII): skipped unread; a
    text written again is read once (:mod:`.distinct_texts`)."""
    found: list[_Use] = []
    paragraphs = _non_ascii(articles, languages)
    for (article_id, language), index, _text, words in each_text(paragraphs, _foreign_words):
        found.extend(_Use(article_id, index, start, word, language) for start, word in words)
    return found


def _non_ascii(
    articles: Sequence[Article], languages: Mapping[str, str]
) -> Iterator[tuple[tuple[str, str], int, str]]:
    """((article id, language), index, text) of the body paragraphs not all ASCII, in order."""
    for article in articles:
        language = languages.get(article.id, article.language or "und")
        for index, paragraph in article.body_paragraphs:
            if not paragraph.text.isascii():
                yield (article.id, language), index, paragraph.text


def _foreign_words(text: str) -> tuple[tuple[int, str], ...]:
    """(start, stem) of each word of another script in ``text`` (see :func:`_foreign_uses`)."""
    words = []
    for m in _FOREIGN.finditer(text):
        start, word = m.start(), m.group()
        if _ARABIC.match(word):
            cut, word = _arabic_bare(word)
            start += cut
        words.append((start, _stem(word)))
    return tuple(words)


class _Loans:
    """The packet's words of other scripts, indexed by their first consonants: an event's
    head is compared with the words that can match it only (its first
    :data:`MIN_CONSONANTS` consonants must agree), not with every word of the packet."""

    def __init__(self, articles: Sequence[Article], languages: Mapping[str, str]) -> None:
        self._uses = _foreign_uses(articles, languages)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        for at, use in enumerate(self._uses):
            self._by_key[loan_key(use.word)[:MIN_CONSONANTS]].append(at)

    def uses(self, heads: Sequence[str]) -> list[Mention]:
        """Every use of a loan of one of ``heads``, in text order."""
        hits: set[int] = set()
        for head in heads:
            for at in self._by_key.get(loan_key(head)[:MIN_CONSONANTS], ()):
                use = self._uses[at]
                if loan_of(head, use.word) and not _native(use.word, head, use.language):
                    hits.add(at)
        return [
            Mention(u.article_id, Span(u.paragraph, u.start, u.start + len(u.word)), u.word)
            for u in (self._uses[at] for at in sorted(hits))
        ]


def loan_uses(
    heads: Sequence[str], articles: Sequence[Article], languages: Mapping[str, str]
) -> list[Mention]:
    """Every use of a loan of one of ``heads`` in the body paragraphs of ``articles``."""
    return _Loans(articles, languages).uses(heads)


def with_event_loans(
    topics: Sequence[Topic], articles: Sequence[Article], languages: Mapping[str, str] | None
) -> tuple[Topic, ...]:
    """``topics`` whose events hold their head words' loans in other scripts as mentions,
    and a named event (not the first, the main one) as aliases too (see the module's
    docstring)."""
    out = list(topics)
    loans_found: _Loans | None = None
    for i, topic in enumerate(topics):
        if topic.kind != "event":
            continue
        heads = sorted(head_words(topic, [t for t in topics if t.kind != "event"]))
        if not heads:
            continue
        taken = {(m.article_id, m.span.paragraph, m.span.start) for m in topic.mentions}
        if loans_found is None:  # read the packet's words once, for the first event with a head
            loans_found = _Loans(articles, languages or {})
        more = [
            m
            for m in loans_found.uses(heads)
            if (m.article_id, m.span.paragraph, m.span.start) not in taken
        ]
        if not more:
            continue
        # The main event's act word in other languages is a mention, not a name, as
        # :mod:`.event_tongues` keeps it (the brief's lede reads the event by its names).
        loans = () if i == 0 else tuple(m.surface for m in more)
        aliases = tuple(dict.fromkeys((*topic.aliases, *loans)))
        out[i] = replace(topic, aliases=aliases, mentions=in_text_order((*topic.mentions, *more)))
    return tuple(out)
