"""Name particles written with a capital: "Angel Di Maria", "Kevin De Bruyne", "Ди Мария".

A particle ("di", "van", "von", "da", "del") is a function word, so every briefing that writes
"Angel di Maria" in one text has "di" in its lower-case vocabulary; the person test
(:meth:`~.people.PeopleRules._person_like`) refuses a name with a word the briefing writes in
lower case, so "Angel Di Maria" in the next text, the same name with the particle capitalised
as many languages write it, became a body; Russian "Ди Мария" one too, the dictionary
knowing "Ди" only as a particle of its own (:func:`~.languages.common_noun`). Inside a name
(between two name words) a capitalised particle is the particle whatever its case: the other
words still decide.

Opening a name ("Di Maria", "Van Persie" written alone), only the particles that are no
article may stand for a surname's first word: "Le Monde", "La Stampa", "El País", "De
Telegraaf", "Der Spiegel", "Das Erste", "Al Jazeera" are an article and a noun, a paper or a
body far more often than a person, and stay as they were read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from anyascii import anyascii

from briefing.topics.lexicon import NAME_PARTICLES, words
from briefing.topics.spelling import skeleton
from briefing.topics.tokens import Token

#: Particles that are also a language's definite article ("le", "la", "el", "der", "den",
#: Dutch "de", "das", Arabic "al"): as a run's first word they open titles of papers and bodies.
_ARTICLES = words("le la el der den de das al")


def capital_particle(words_: list[Token], i: int) -> bool:
    """Whether ``words_[i]`` is a name particle written with a capital, read as the particle:
    inside the run (a name word on each side), or first when it is no article and a name word
    follows. Never the run's last word ("Maria Di" is no name)."""
    word = words_[i]
    if i >= len(words_) - 1 or not word.text[:1].isupper() or word.text in NAME_PARTICLES:
        return False
    plain = _plain(word.text)
    if plain not in NAME_PARTICLES:
        return False
    return i > 0 or plain not in _ARTICLES


def _plain(word: str) -> str:
    """``word`` in lower-case Latin letters ("Ди" → "di", "Ван" → "van"): a particle written
    in another script, as Russian writes "Анхель Ди Мария"; a word with an apostrophe is an
    elided article ("D'", "L'"), never taken."""
    if "'" in word or "’" in word:
        return ""
    return (word if word.isascii() else anyascii(word)).lower()


def particle_at(words_: list[str], i: int) -> bool:
    """:func:`capital_particle` on plain words, or a particle as written ("von", "di"):
    where a surname with its particle begins ("Angel Di Maria" → "Di Maria")."""
    word = words_[i]
    if word in NAME_PARTICLES:
        return True
    return 0 < i < len(words_) - 1 and word[:1].isupper() and _plain(word) in NAME_PARTICLES


def particle_surname_pairs(people: list[str], find: Callable[[str], str]) -> list[tuple[str, str]]:
    """("p:di maria", "p:angel di maria") pairs: a person key that opens with a particle is
    a surname written alone ("Di Maria scored", "Ди Мария"), and joins the one person whose
    longer name ends with it, as a one-word surname joins its full name. Two people of the
    briefing with that surname ("Angel Di Maria", "Ana Di Maria") leave it alone; a key whose
    words after the particle are no surname of anyone stays as it was. ``find`` gives a key's
    current root, so spellings of one person already merged count once."""
    particles = {skeleton(p) for p in NAME_PARTICLES}
    tails: dict[str, list[str]] = defaultdict(list)  # "di maria" → the longer keys ending so
    for key in people:
        words = key[2:].split()
        start = next((i for i in range(1, len(words) - 1) if words[i] in particles), None)
        if start is not None:
            tails[" ".join(words[start:])].append(key)
    pairs: list[tuple[str, str]] = []
    for key in people:
        words = key[2:].split()
        if len(words) < 2 or words[0] not in particles:
            continue
        longer = tails.get(" ".join(words), [])
        roots = {find(k) for k in longer}
        if len(roots) == 1:
            pairs.append((key, longer[0]))
    return pairs


def surname_alone(surface: str) -> bool:
    """A person's name that opens with a particle ("Di Maria", "von der Leyen", "Ди Мария"):
    a surname written alone, which names the person only when no full name is written."""
    first = surface.split(maxsplit=1)[0] if " " in surface else ""
    return bool(first) and _plain(first) in NAME_PARTICLES
