"""One foreign name written two ways in Arabic script: "ستولتنبرغ" / "ستوتلنبرج".

Arabic script has no capitals, so :mod:`.spelling`, which finds names by them, never sees a
name written in it. Arabic writes a foreign name by ear, with its consonants and long vowels
(:mod:`briefing.topics.arabic_names`), and the conventions leave a few letters open: the "g"
of a Latin name is ج (Egypt), غ (the Levant) or ق (the Gulf), a "t" ت or ط, an "s" س or ص, and
a long vowel is written or not ("ترامب" / "ترمب"). Two articles that choose differently, or
one that slips (two letters swapped, the ن of "Blin-" dropped), spell one name two ways:
the disagreement the analyst is shown, as "Zelensky" / "Zelenskyy" is in Latin letters.

Flagged only when all of these hold:

- the two forms are words of articles of one language, each right after a given name (a
  conjunction or preposition glued to it set apart: "وأنتوني") whose consonants are those of
  the given name of a full name the packet writes in Latin letters ("Antony Blinken"; a
  Latin "j" may be read as "y", as in "Jens": "ينس");
- one form has the consonants of that full name's surname, up to the open letters above
  (:func:`~briefing.topics.arabic_names.consonants` folds them); the other too, or differs
  from them by one dropped ن or two neighbouring consonants swapped, and then is the
  consonants of no Latin word of the packet (another person);
- the surname keeps at least :data:`MIN_CONSONANTS` consonants (or :data:`MIN_SHORT` after
  a given name that keeps :data:`MIN_GIVEN_BESIDE_SHORT`, or as many as make the pair
  :data:`MIN_PAIR`), and it is the key of one Latin word only in each language (two Latin
  names of one sound may be two people);
- both forms end alike (a pronoun or case suffix, "ـه", "ـا", is grammar, not spelling);
- no article writes both forms (one writer's two spellings contradict no other source).

A name of three words written family name first (Korean, Chinese, Vietnamese: "Kim Jong Un",
"Kim Jong-un") is read the same way at its middle word, which stands between two words that
have the consonants of the Latin name's first and last ("كيم جونغ أون" / "كيم يونج أون"): the
three words are as rare a key as a long surname, so the middle word may keep two consonants.
A Latin "j" read as "y" (ي, as German reads "Jens") is one more way to read a name's word: a
form so read against one with the name's own consonants is two spellings, as "g" is.

Persian and Urdu articles are read the same way (their گ, پ and چ romanise to g, p and ch),
each language on its own: one language's convention is never compared with another's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations, pairwise
from typing import NamedTuple

from anyascii import anyascii

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.spelling_quotes import quotes_in
from briefing.model import Article
from briefing.topics.arabic_names import ARABIC_LETTER, consonants

#: The fewest consonants a surname keeps: shorter ones meet Arabic words by chance.
MIN_CONSONANTS = 4
#: A surname may keep one fewer, :data:`MIN_SHORT`, after a given name that keeps at least
#: :data:`MIN_GIVEN_BESIDE_SHORT` ("Benjamin Netanyahu": b-n-j-m-n, read b-n-m-n as
#: "بنيامين"; n-t-n).
MIN_SHORT = 3
MIN_GIVEN_BESIDE_SHORT = 4
#: Or after a given name of :data:`MIN_SHORT` when the two keep this many in all ("Taner
#: Yildiz": t-n-r, l-d-z): two words that must both match are rarer than one of four.
MIN_PAIR = 6
_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u066e-\u06d3]+")
# The capital first and the letter before it looked at behind it ("(?<!...)" on the capital and
# the character before it): the same matches as a look-behind written first, but the search
# can skip to the next capital, where a look-behind first is tried at every character.
_LATIN_PAIR = re.compile(
    r"([A-Z](?<![^\W\d_].)[a-z\u00df-\u00ff\u0101-\u017f]+)\s+"
    r"(?=([A-Z][a-z\u00df-\u00ff\u0101-\u017f]+)(?![^\W\d_]))"
)
_LATIN_NAME = re.compile(r"[A-Z](?<![^\W\d_].)[a-z\u00df-\u00ff\u0101-\u017f]+(?![^\W\d_])")
#: A conjunction or preposition written joined to the next word: و, ب, ل, ف, ك.
_CLITICS = "وبلفك"
#: Letters Arabic writes long vowels (and a final -a or -h) with: a form's ending of them.
_TAIL = re.compile(r"[اأإآوؤيىئهةء]*$")
_VOWELS = re.compile(r"[aeiouwyh]+")
_DOUBLED = re.compile(r"(.)\1+")
#: :func:`consonants`' folds but "q" (ق), which may be a "k" or a "g".
_FOLDS = (("ck", "k"), ("ph", "f"), ("x", "ks"), ("p", "b"), ("v", "f"), ("g", "j"), ("c", "k"))


def arabic_spelling_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Two Arabic-script spellings of one foreign name (see the module docstring)."""
    arabic = [a for a in articles if any(ARABIC_LETTER.search(p.text) for p in a.paragraphs)]
    if not arabic:
        return []
    surnames, words, writers = _latin_names(articles)
    middles = _middle_names(articles)
    if not surnames and not middles:
        return []
    readings = {surname: _latin_key(surname, j_as_y=True) for surname in surnames}
    forms: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    exact: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article in arabic:
        for paragraph in article.paragraphs:
            text = paragraph.text
            run = list(_ARABIC_WORD.finditer(text))
            for at, (before, word) in enumerate(pairwise(run)):
                if text[before.end() : word.start()].strip():
                    continue  # a name's two words stand side by side
                given = _given_keys(before.group())
                matched: list[tuple[str, str | None]] = []
                for surname, (given_keys, key) in surnames.items():
                    if given & given_keys:
                        how = _match(word.group(), key, words, readings[surname])
                        matched.append((surname, how))
                after = run[at + 2] if at + 2 < len(run) else None
                if after is not None and not text[word.end() : after.start()].strip():
                    last = consonants(after.group())
                    for middle, its in middles.items():
                        if given & its.first and last == its.last:
                            how = _match(word.group(), its.key, its.others, its.reading)
                            matched.append((middle, how))
                for latin, how in matched:
                    if how:
                        forms[(article.language, latin)][word.group()].add(article.id)
                        if how == "exact":
                            exact[(article.language, latin)].add(word.group())
    by_id = {a.id: a for a in articles}
    found = []
    flagged: set[tuple[str, str]] = set()
    # A pair met under two Latin spellings of one surname is named after the one most
    # articles write ("Netanyahu", not "Netanyahou").
    named_after: dict[tuple[str, str], str] = {}
    for (_, written), spelt in sorted(forms.items()):
        for pair in combinations(sorted(spelt), 2):
            if len(writers[written.casefold()]) > len(
                writers[named_after.get(pair, "").casefold()]
            ):
                named_after[pair] = written
    for group, spelt in sorted(forms.items()):
        for a, b in combinations(sorted(spelt), 2):
            if spelt[a] & spelt[b] or not {a, b} & exact[group] or (a, b) in flagged:
                continue  # (a, b) flagged: under another Latin spelling of the same name
            if _TAIL.search(a).group() != _TAIL.search(b).group():  # type: ignore[union-attr]
                continue
            flagged.add((a, b))
            claims = tuple(Claim(w, _quotes(w, spelt[w], by_id)) for w in (a, b))
            found.append(
                Discrepancy(
                    "spelling",
                    f"{a} / {b}",
                    claims,
                    note="one foreign name written two ways in Arabic script ("
                    + (
                        "between the name's first and last words"
                        if group[1] in middles and group[1] not in surnames
                        else "after one given name"
                    )
                    + f"; the packet writes it {named_after.get((a, b), group[1])} in Latin "
                    "letters)",
                )
            )
    return found


def _latin_names(
    articles: Sequence[Article],
) -> tuple[dict[str, tuple[set[str], str]], dict[str, set[str]], dict[str, set[str]]]:
    """The packet's Latin full names (surname → its given names' keys and its own key; a
    surname whose key two Latin words share in one language left out) and every Latin
    capitalised word's key → the words, and each word (case-folded) → the articles writing
    it."""
    words: dict[str, set[str]] = defaultdict(set)
    by_language: dict[tuple[str, str], set[str]] = defaultdict(set)
    pairs: dict[str, set[str]] = defaultdict(set)
    writers: dict[str, set[str]] = defaultdict(set)  # a Latin word → the articles writing it
    # What a paragraph adds is sets, so a paragraph met before in the same language (wire
    # copy: two fifths of the 10,005-article benchmark's text) adds nothing; and the same
    # words recur across paragraphs, so each word's key is worked out once.
    # A word met twice in one paragraph adds nothing more either, so each paragraph's words
    # and pairs are taken once each, in the order first written.
    seen: set[tuple[str, str]] = set()
    keys: dict[str, tuple[str, str]] = {}  # a word → its key and its case-folded form
    keys_of_given: dict[str, set[str]] = {}  # a given name → its keys
    for article in articles:
        for paragraph in article.paragraphs:
            if (paragraph.text, article.language) in seen:
                continue
            seen.add((paragraph.text, article.language))
            for word in dict.fromkeys(_LATIN_NAME.findall(paragraph.text)):
                known = keys.get(word)
                if known is None:
                    known = keys[word] = (_latin_key(word), word.casefold())
                key, plain = known
                words[key].add(plain)
                writers[plain].add(article.id)
                by_language[(key, article.language)].add(plain)
            for given, surname in dict.fromkeys(_LATIN_PAIR.findall(paragraph.text)):
                its = keys_of_given.get(given)
                if its is None:
                    its = {_latin_key(given), _latin_key(given, j_as_y=True)}
                    keys_of_given[given] = its
                pairs[surname].update(its)
    folded: dict[str, set[str]] = defaultdict(set)  # a surname, case-folded → its given keys
    for word, given_keys in pairs.items():
        folded[word.casefold()] |= given_keys
    shared = {
        key
        for (key, _), spelt in by_language.items()
        if len(spelt) > 1 and not _one_person(spelt, folded, writers)
    }
    surnames = {}
    for surname, given in pairs.items():
        key = _latin_key(surname)
        if key in shared or len(key) < MIN_SHORT:
            continue
        if len(key) < MIN_CONSONANTS:
            # A short surname ("Netanyahu": n-t-n) only after a long given name, or one that
            # makes the pair MIN_PAIR ("Taner Yildiz"): as rare as a long surname alone.
            least = min(MIN_GIVEN_BESIDE_SHORT, MIN_PAIR - len(key))
            given = {g for g in given if len(g) >= least}
            if not given:
                continue
        surnames[surname] = (given, key)
    return surnames, words, writers


def _one_person(spelt: set[str], folded: dict[str, set[str]], writers: dict[str, set[str]]) -> bool:
    """True when the Latin words of one key ("Netanyahu", "Netanyahou") each follow a given
    name, every two of those given names share a key ("Benjamin", "Benyamin": b-n-m-n) and
    no article writes two of the words: one person's surname spelled two ways by two
    writers. Given names apart ("Danny" and "Denny" as surnames of two people), or one writer
    who writes both (two namesakes set side by side), stay two people."""
    # ``folded``: each case-folded surname's given names' keys, gathered once for the packet
    # (asked of every surname per key, the scan was quadratic: 16 s at 10,005 articles).
    given = [folded.get(s, set()) for s in spelt]
    return (
        all(given)
        and all(a & b for a, b in combinations(given, 2))
        and not any(writers[a] & writers[b] for a, b in combinations(sorted(spelt), 2))
    )


#: A Latin name of three words, the last joined by a hyphen or a space ("Kim Jong-un").
_LATIN_TRIPLE = re.compile(
    r"([A-Z](?<![^\W\d_].)[a-z]+)\s+([A-Z][a-z]+)(?:\s+|-)([A-Za-z][a-z]+)(?![^\W\d_])"
)  # the look-behind after the capital, as in _LATIN_PAIR: the same matches, found faster
#: The fewest consonants a middle word keeps (the three words together keep more).
MIN_MIDDLE = 2


def _middle_names(articles: Sequence[Article]) -> dict[str, _Middle]:
    """The middle words of the packet's three-word Latin names ("Jong" of "Kim Jong Un"),
    each with its neighbours' keys, its own key, its key with "j" read as "y", and the keys
    of the other middle words between those neighbours (another "Kim … Un" is another
    person). Left out: a middle word of fewer than :data:`MIN_MIDDLE` consonants, a name of
    fewer than :data:`MIN_CONSONANTS` in all, and a word met between other neighbours too."""
    between: dict[str, set[tuple[frozenset[str], str]]] = defaultdict(set)
    seen: set[str] = set()
    for article in articles:
        for paragraph in article.paragraphs:
            if paragraph.text in seen:
                continue
            seen.add(paragraph.text)
            for match in _LATIN_TRIPLE.finditer(paragraph.text):
                first, middle, last = match.groups()
                keys = [_latin_key(w) for w in (first, middle, last)]
                if len(keys[1]) >= MIN_MIDDLE and sum(map(len, keys)) >= MIN_CONSONANTS:
                    given = frozenset({keys[0], _latin_key(first, j_as_y=True)})
                    between[middle].add((given, keys[2]))
    # The middle words between each last word's neighbours, gathered once: asked of every
    # middle word for each middle word, the scan was quadratic (~5 s of the 10,005-article
    # disagreements, benchmarks/PROFILE.md).
    by_last: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for m, s in between.items():
        for g, k in s:
            by_last[k].append((m, g))
    found: dict[str, _Middle] = {}
    for middle, sides in between.items():
        if len(sides) != 1:
            continue  # one word between several names: no one name's word
        ((given, last),) = sides
        others = {_latin_key(m): set[str]() for m, g in by_last[last] if m != middle and g & given}
        key, reading = _latin_key(middle), _latin_key(middle, j_as_y=True)
        found[middle] = _Middle(set(given), last, key, reading, others)
    return found


class _Middle(NamedTuple):
    """A three-word name's middle word, as :func:`_middle_names` reads it."""

    first: set[str]
    last: str
    key: str
    reading: str
    others: dict[str, set[str]]


def _latin_key(word: str, j_as_y: bool = False) -> str:
    """A Latin word's consonants as Arabic writes them (``j_as_y``: a "j" read as "y", as
    German and the Nordic languages read it, so dropped like the vowel letter ي)."""
    return consonants(word.replace("j", "y").replace("J", "Y") if j_as_y else word)


def _arabic_keys(word: str) -> set[str]:
    """An Arabic word's consonants, doubled ones kept apart (a swap can make two alike),
    with ق read as "k" or as the Gulf's "g"."""
    key = "".join(ch for ch in anyascii(word).casefold() if ch.isalpha())
    for old, new in _FOLDS:
        key = key.replace(old, new)
    key = _VOWELS.sub("", key)
    keys = set()
    for q in ("k", "j"):
        keys.add(key.replace("q", q))
    return keys


def _given_keys(word: str) -> set[str]:
    """The keys of a word read as a given name, with a glued conjunction set apart."""
    keys = {consonants(word)}
    if word[0] in _CLITICS and len(word) > 3:
        keys.add(consonants(word[1:]))
    return keys - {""}


def _match(
    word: str, key: str, words: dict[str, set[str]], read_as_y: str | None = None
) -> str | None:
    """ "exact" when the Arabic ``word`` has the Latin ``key``'s consonants, "reading" when it
    has ``read_as_y`` (the Latin word's consonants with its "j" read as "y"), "slip" when it
    differs by a dropped ن or two neighbouring consonants swapped; "reading" and "slip" only
    when no Latin word of the packet has its consonants; else None."""
    keys = _arabic_keys(word)
    if key in {_DOUBLED.sub(r"\1", k) for k in keys}:
        return "exact"
    if any(_DOUBLED.sub(r"\1", k) in words for k in keys):
        return None  # another Latin word's consonants: maybe another person
    if read_as_y is not None and read_as_y != key and read_as_y in keys:
        return "reading"  # "يونج" for "Jong": its "j" read as "y"
    slips = {key[:i] + key[i + 1 :] for i, ch in enumerate(key) if ch == "n"}
    slips |= {
        key[:i] + key[i + 1] + key[i] + key[i + 2 :]
        for i in range(len(key) - 1)
        if key[i] != key[i + 1]
    }
    return "slip" if keys & slips else None


def _quotes(word: str, ids: set[str], by_id: dict[str, Article]) -> tuple[Quote, ...]:
    return quotes_in(
        re.compile(rf"(?<![\u0621-\u06d3]){re.escape(word)}(?![\u0621-\u06d3])"), ids, by_id
    )
