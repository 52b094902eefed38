"""One body's acronyms in two languages, paired by the text: "la Organización Mundial de la
Salud (OMS, WHO en inglés)", "l'OMS (WHO en anglais)".

An acronym is the initials of a name in one language ("OMS" in French and Spanish, "WHO" in
English), so two languages' acronyms of one body share no letters a rule could compare, and
no maintained offline data lists international bodies' names across languages (pycountry and
CLDR list countries and unions of them only, :mod:`.supranational`). What the text says is the
evidence: a writer who gives both in one bracket says they are one body. Two forms are read:

- a long form and a bracket holding two acronyms, one of which the packet already joins to that
  long form ("Organización Mundial de la Salud (OMS/WHO)"): the other joins too;
- an acronym and a bracket holding another with words that gloss it ("OMS (WHO, por sus siglas
  en inglés)"): the words are the cue, so a bare "MADRID (ANP)" or "(ANP/RTR)", a dateline's
  agencies, is never read.

Words in the bracket other than the acronyms are lower-case (or the name of a language: "in
English"); a digit, a place or any other capitalised word means the bracket says something
else ("(OMS, Genève)"). Guards, as for every acronym: the one joined is a topic written alone by
:data:`MIN_ARTICLES` articles or more, neither topic holds a person or a place, and an acronym
paired with two different others is paired with none.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence

#: Fewest articles that write the acronym alone for it to be a topic of its own.
MIN_ARTICLES = 2
#: A bracket right after a name: up to eighty characters, no nested bracket.
_BRACKET = re.compile(r"\s?\((?P<body>[^()\n]{2,80})\)")
#: A word (an acronym is one in capitals), a separator, or anything else.
_PART = re.compile(r"(?P<word>[^\W\d_][\w'’.-]*)|[,/;]|\S")


@functools.cache
def language_names(language: str) -> frozenset[str]:
    """Names of languages as ``language`` writes them ("English", "anglais", "Englisch"),
    folded, from CLDR via Babel; empty when Babel has no such locale."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).languages.values()
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(n.casefold() for n in names if " " not in n)


def _acronyms(body: str, glossed: Callable[[str], bool]) -> tuple[list[str], int] | None:
    """The acronyms of a bracket's text and how many words stand beside them, or None when
    something else is in it: a digit, a capitalised word that names no language, a mark."""
    found: list[str] = []
    words = 0
    for match in _PART.finditer(body):
        part = match.group()
        if match.group("word") and part.isupper() and part.isalpha() and 2 <= len(part) <= 8:
            found.append(part)
        elif match.group("word"):
            if not (part.islower() or glossed(part)):
                return None
            words += 1
        elif part not in ",/;":
            return None
    return found, words


def acronym_pairs(
    named: Iterable[tuple[Occurrence, bool]],
    texts: Mapping[tuple[str, int], str],
    occ: Mapping[str, list[Occurrence]],
    kinds: Mapping[str, Counter[str]],
    find: Callable[[str], str],
    key: Callable[[str], str],
    languages: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """(acronym key, acronym key) pairs of one body (see the module's docstring).

    ``named``: (occurrence, whether it is an acronym) of the packet's organisation names and
    acronyms; ``texts``: (article, paragraph) → its text; ``languages``: the packet's, whose
    names of languages may stand in a bracket; ``find``: a key's group, also for a key the
    packet never read as a name (a bracket's acronym written nowhere else is its own group)."""
    names = frozenset().union(*(language_names(lang) for lang in {"en", *languages}))
    glossed = lambda word: word.casefold() in names  # noqa: E731
    partners: dict[str, set[str]] = defaultdict(set)
    for o, is_acronym in named:
        text = texts.get((o.article, o.paragraph), "")
        if "(" not in text[o.end : o.end + 2]:
            continue
        match = _BRACKET.match(text, o.end)
        read = None if match is None else _acronyms(match.group("body"), glossed)
        if read is None:
            continue
        found, words = read
        own = key(o.surface)
        if is_acronym and len(found) == 1 and words:  # "OMS (WHO en anglais)"
            pair = (own, key(found[0]))
        elif not is_acronym and len(found) == 2:  # "Organisation … (OMS/WHO)"
            first, second = (key(a) for a in found)
            if find(first) == find(own) != find(second):
                pair = (first, second)
            elif find(second) == find(own) != find(first):
                pair = (second, first)
            else:
                continue
        else:
            continue
        partners[pair[0]].add(pair[1])
        partners[pair[1]].add(pair[0])
    members: dict[str, list[str]] = defaultdict(list)
    for k in kinds:
        members[find(k)].append(k)

    def topic(acronym: str) -> bool:  # an acronym of its own, no person's or place's
        alone = {o.article for o in occ.get(acronym, ()) if o.surface.isupper()}
        return (
            acronym in kinds
            and kinds[acronym]["acronym"] > 0
            and len(alone) >= MIN_ARTICLES
            and not any(kinds[k]["person"] or kinds[k]["place"] for k in members[find(acronym)])
        )

    pairs = []
    for a, others in sorted(partners.items()):
        if len(others) != 1 or not topic(a):
            continue
        b = next(iter(others))
        if a < b and len(partners[b]) == 1 and topic(b) and find(a) != find(b):
            pairs.append((a, b))
    return pairs
