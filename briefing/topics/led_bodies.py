"""One body's acronyms in several languages, tied by the person each text names as its head.

An acronym is the initials of a name in one language ("WHO" in English, "OMS" in French,
"ВОЗ" in Russian), so two languages' acronyms of one body share no letters a rule could
compare, and no offline data lists bodies' names across languages (:mod:`.paired_acronyms`
reads the rare text that gives both). What every language does write is the body's head by
name, right after it, with at most a title between: "WHO Director-General Tedros …",
"directeur général de l'OMS, Tedros …", "генеральный директор ВОЗ Тедрос …". The person is
one topic across scripts already (:mod:`.crossnames`); the bodies written right before that
one person in different languages are one body.

Guards, since two bodies must never be joined: both are acronyms written alone (capitals
only, two to six letters) and neither is a person or a place; what stands between acronym and
person is a title, at most three words with no function word, digit or sentence stop ("WHO
and Tedros", "the WHO. Tedros said" are no heading); the languages that write each acronym
before the person are disjoint, no article writes both before the person, and no paragraph
writes both at all (within one language, or one paragraph, two acronyms are two bodies: a
person may head one and have headed another, "BCE" and "FMI" in French); a person names a
group only when every two of its acronyms pass these tests. A handle ("@WHO" in a quoted
post) is no use of the acronym.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.distinct_texts import each_text

#: An acronym written alone: two to six capitals of one word.
_ACRONYM = re.compile(r"^[^\W\d_]{2,6}$")
#: What may stand between a body and its head: letters, spaces, a hyphen, an apostrophe, a comma.
_TITLE_GAP = re.compile(r"[^\W\d_\s,’'\-]*(?:[\s,’'\-]+[^\W\d_\s,’'\-]*)*")
#: A short word in capitals not after "@" or "#" (a handle, a hashtag): where an acronym
#: is written (one pattern for all, so a packet of many acronyms is read in one pass).
_WRITTEN = re.compile(r"(?<![\w@#])[^\W\d_a-z]{2,6}(?!\w)")
#: A word: where a person's name may begin.
_WORD = re.compile(r"[^\W\d_][^\W_]*")
#: The most words of a title between the body and its head.
MAX_TITLE_WORDS = 3
#: The longest gap, in characters, between the body and its head.
MAX_GAP = 40


def _acronym(surface: str) -> bool:
    return bool(_ACRONYM.match(surface)) and surface.isupper()


def _title(gap: str, function: Collection[str]) -> bool:
    """Whether ``gap`` (the text between a body and a person) can only be a title."""
    if len(gap) > MAX_GAP or not _TITLE_GAP.fullmatch(gap):
        return False
    words = [w for w in re.split(r"[\s,]+", gap) if w]  # "director-general" is one word
    if len(words) > MAX_TITLE_WORDS:
        return False
    parts = (p.casefold() for w in words for p in re.split(r"[’'\-]", w) if len(p) > 1)
    return not any(p in function for p in parts)


def _heads_after(
    text: str, end: int, people: Mapping[str, list[tuple[str, str]]], function: Collection[str]
) -> str | None:
    """The person (root) written right after a body ending at ``end``, a title between."""
    for word in _WORD.finditer(text, end, min(len(text), end + MAX_GAP + 1)):
        gap = text[end : word.start()]
        if not _title(gap, function):
            return None
        for surface, person in people.get(word.group(), ()):
            after = word.start() + len(surface)
            if text.startswith(surface, word.start()) and not text[after : after + 1].isalpha():
                return person  # the whole name, not the start of a longer word
    return None


def led_pairs(
    occ: Mapping[str, list[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    body: Callable[[str], bool],
    root: Callable[[str], str],
    languages: Mapping[str, str],
    function: Collection[str],
) -> list[tuple[str, str]]:
    """Pairs of acronym keys that name one body: each is written right before one person
    (``p:`` keys, grouped by ``root``) in articles of other languages (see the module).
    ``body(key)`` says a key is neither a person nor a place. Every use of an acronym in
    the texts is read, not only those the first pass kept (it keeps "ВОЗ Тедрос" as no
    name of its own)."""
    acronyms: dict[str, str] = {}  # surface → key
    for k, uses in occ.items():
        if k.startswith("n:") and uses and body(k) and all(_acronym(o.surface) for o in uses):
            acronyms.update((o.surface, k) for o in uses)
    if len(set(acronyms.values())) < 2:
        return []
    people: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first word → (name, root)
    for key, uses in occ.items():
        if key.startswith("p:"):
            for surface in {o.surface for o in uses}:
                if surface.split():
                    people[surface.split()[0]].append((surface, root(key)))
    heads: dict[str, set[str]] = defaultdict(set)  # person's root → acronym keys before it
    led_in: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, key) → languages
    led_by: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, key) → articles
    together: set[frozenset[str]] = set()  # acronyms written in one paragraph

    def read(text: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
        """The acronyms ``text`` writes, and each (person, acronym) it writes as head, body."""
        here: set[str] = set()
        led: list[tuple[str, str]] = []
        for hit in _WRITTEN.finditer(text):
            found = acronyms.get(hit.group())
            if found is None:
                continue
            here.add(found)
            person = _heads_after(text, hit.end(), people, function)
            if person is not None:
                led.append((person, found))
        return frozenset(here), tuple(led)

    # Read once per distinct text (:mod:`.distinct_texts`): every answer goes into sets.
    paragraphs = ((article, index, text) for (article, index), text in texts.items())
    for article, _index, _text, (here, led) in each_text(paragraphs, read):
        for person, found in led:
            heads[person].add(found)
            led_in[person, found].add(languages.get(article, ""))
            led_by[person, found].add(article)
        if len(here) > 1:
            together.update(frozenset((a, c)) for a in here for c in here if a < c)
    pairs: list[tuple[str, str]] = []
    for person in sorted(heads):
        group = sorted(heads[person], key=lambda k: (-len(led_by[person, k]), k))
        if len(group) < 2 or len({root(k) for k in group}) < 2:
            continue
        if all(
            not (led_in[person, a] & led_in[person, c])
            and not (led_by[person, a] & led_by[person, c])
            and frozenset((a, c)) not in together
            for n, a in enumerate(group)
            for c in group[n + 1 :]
        ):
            pairs += [(group[0], other) for other in group[1:]]
    return pairs
