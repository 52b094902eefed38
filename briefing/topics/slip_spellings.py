"""One thing written two ways by outlets that each keep their own spelling.

Three regular slips that the other spelling rules miss:

- a surname romanised with or without a digraph's letters ("Tiani" / "Tchiani", "Tchad" /
  "Chad"): with every "h" after a consonant dropped (ch, sh, kh, th mark one sound in one
  system and nothing in another), the two are one inserted letter apart. Only when the given
  names are written identically, both surnames are long enough for a slip (five letters or
  more), and no article writes both keys (one writer writing both means two people:
  brothers, namesakes);
- an acronym in brackets after a long form whose capitalised words' initials are another
  acronym of the briefing, one changed letter from the written one (the first pass takes
  only a long form whose initials fit as a definition) ("Consejo Nacional para
  la Salvaguardia de la Patria (CLSP)" beside "CNSP"): the long form says which body the
  letters were meant to be;
- a theme that is an organisation's name written in lower case ("the presidential guard"
  beside "the Presidential Guard"), which joins the organisation rather than stand beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.spelling import edit_distance_at_most_one, fold

#: The fewest letters of a surname a digraph slip is read in (shorter ones meet by chance).
MIN_SURNAME = 5


def _plain(word: str) -> str:
    """``word`` folded with every "h" after a consonant dropped: "tchiani" → "tciani"."""
    return re.sub(r"(?<=[b-df-gj-np-tv-z])h", "", fold(word))


def digraph_people(
    people: Sequence[str], sightings: Mapping[str, list[Occurrence]]
) -> list[tuple[str, str]]:
    """Pairs of two-word person keys ("p:abdourahamane tiani", "p:abdourahamane tchiani")
    that are one person (module docstring)."""
    by_given: dict[str, list[tuple[str, str]]] = {}
    for key in people:
        words = key[2:].split()
        written = {fold(o.surface.split()[-1]) for o in sightings.get(key, ())}
        # The key's surname is already a skeleton ("tchiani" → "chiani"): the slip is read
        # in the written form, which needs one form per key.
        if len(words) == 2 and len(written) == 1:
            surname = written.pop()
            if len(surname) >= MIN_SURNAME and surname.isalpha():
                by_given.setdefault(words[0], []).append((key, surname))
    pairs = []
    for group in by_given.values():
        for i, (a, last_a) in enumerate(group):
            for b, last_b in group[i + 1 :]:
                plain_a, plain_b = _plain(last_a), _plain(last_b)
                if (
                    len(plain_a) == len(plain_b)
                    or last_a[0] != last_b[0]
                    or not edit_distance_at_most_one(plain_a, plain_b)
                ):
                    continue  # a changed letter is another rule's call; a first letter never
                seen_a = {o.article for o in sightings[a]}
                if not seen_a & {o.article for o in sightings[b]}:
                    pairs.append((a, b))
    return pairs


#: "Consejo Nacional para la Salvaguardia de la Patria (CLSP)": the words before an acronym
#: in brackets, capitalised ones and short lower-case ones between them.
_BRACKETED = re.compile(r"((?:[^\W\d_][\w’'-]*\s+){1,12})\(([A-Z]{3,6})\)")
#: What every match of :data:`_BRACKETED` ends with, asked first: that pattern backtracks
#: through the words before every bracket of a paragraph (at 10,005 articles, ~96,000
#: paragraphs hold one and ~2,000 an acronym in it: the search was a fifth of the parent's time).
_ACRONYM_BRACKET = re.compile(r"\([A-Z]{3,6}\)")
#: A lower-case word this short may sit inside a long form ("para", "de", "la", "of").
_LINK = 4


def _long_form_initials(before: str) -> str:
    """The initials of the capitalised words of the long form ending ``before``: back from
    the bracket while words are capitalised or short linking words, none at its start."""
    words = before.split()
    k = len(words)
    while k and (words[k - 1][0].isupper() or len(words[k - 1]) <= _LINK):
        k -= 1
    return "".join(w[0] for w in words[k:] if w[0].isupper()).lower()


def slipped_acronyms(
    paragraphs: Iterable[tuple[str, int, str]], acronyms: set[str]
) -> list[tuple[str, str]]:
    """(written, meant) acronym keys ("n:clsp", "n:cnsp"): an acronym in brackets one
    changed letter from the initials of the long form before it, when those initials are
    another acronym of the briefing (module docstring). ``acronyms``: its acronym keys."""
    pairs = set()
    # A set of pairs: each distinct text is read once (wire copy recurs).
    for text in dict.fromkeys(text for _article, _index, text in paragraphs):
        if not _ACRONYM_BRACKET.search(text):
            continue
        for match in _BRACKETED.finditer(text):
            written = match.group(2).lower()
            meant = _long_form_initials(match.group(1))
            if (
                written != meant
                and len(written) == len(meant)
                and edit_distance_at_most_one(written, meant)
                and "n:" + written in acronyms
                and "n:" + meant in acronyms
            ):
                pairs.add(("n:" + written, "n:" + meant))
    return sorted(pairs)


def lower_case_names(themes: Iterable[str], organisations: Mapping[str, str]) -> dict[str, str]:
    """Theme keys of two words or more that are an organisation's name in lower case, to
    that organisation's root. ``organisations``: written names (any case) to their roots."""
    folded: dict[str, set[str]] = {}
    for surface, root in organisations.items():
        folded.setdefault(" ".join(fold(surface).split()), set()).add(root)
    found = {}
    for key in themes:
        roots = folded.get(key, set())
        if " " in key and len(roots) == 1:
            found[key] = next(iter(roots))
    return found
