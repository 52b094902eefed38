"""One person's name written with two of its words run together, or in the other order.

News in several languages writes a South Asian name as it hears it: "Vishwash Kumar Ramesh"
in one article, "Ramesh Vishwaskumar Bucharvada" (given name and father's name run together,
the family name added, the order turned) in another, "Ramesh Vishwaskumar" in a third. The
surname rules (:mod:`.crossnames`) never compare them: their last words differ. Hungarian and
East Asian text put the family name first ("Orbán Viktor").

:func:`glued_pairs` joins two full names when one word of one is two adjacent words of the
other run together (one letter may differ: "Vishwaskumar" / "Vishwash Kumar"; ten letters at
least, so that a common pair such as "Rajkumar" is never enough), the other words of one name
are all words of the other (in any order, four letters or more for one of them), and one
name has at most one word more (a family or village name). Two people who share a surname
never meet this way: "Raj Kumar Singh" and "Rajkumar Rao" share no other word.

:func:`swapped_pairs` joins two names of the same two words in the other order when exactly
one of the words is a given name ("Viktor Orbán" / "Orbán Viktor"): "Ramesh Kumar" and
"Kumar Ramesh", both given names, may be two men and stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from briefing.topics.spelling import edit_distance_at_most_one

#: Fewest letters of a run-together word: "Rajkumar" (8), a given name of its own, is too common
#: to say two names are one.
GLUED = 10
#: Fewest letters of a word the two names must share as it is.
SHARED = 4


def _glued(word: str, words: list[str]) -> int | None:
    """Where in ``words`` two adjacent words run together spell ``word`` (one letter may
    differ), or None."""
    if len(word) < GLUED:
        return None
    for i in range(len(words) - 1):
        if edit_distance_at_most_one(word, words[i] + words[i + 1]):
            return i
    return None


def one_glued(x: list[str], y: list[str]) -> bool:
    """Whether a word of name ``x`` is two adjacent words of name ``y`` run together and the
    names' other words agree (see the module's docstring)."""
    for n, word in enumerate(x):
        at = _glued(word, y)
        if at is None:
            continue
        small, big = sorted((x[:n] + x[n + 1 :], y[:at] + y[at + 2 :]), key=len)
        if (
            all(w in big for w in small)
            and any(len(w) >= SHARED for w in small)
            and len(big) - len(small) <= 1
        ):
            return True
    return False


def glued_pairs(people: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of person keys ("p:ramesh vishvaskumar bucharvada", "p:vishvash kumar
    ramesh") that are one name with two words run together (:func:`one_glued`)."""
    keys = [k for k in people if k.startswith("p:") and k.count(" ") >= 1]
    by_word: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        for word in key[2:].split():
            if len(word) >= SHARED:
                by_word[word].add(key)
    pairs = []
    for a in keys:
        wa = a[2:].split()
        if not any(len(w) >= GLUED for w in wa):
            continue
        for b in sorted({k for w in wa for k in by_word.get(w, ())} - {a}):
            wb = b[2:].split()
            if one_glued(wa, wb) or one_glued(wb, wa):
                pairs.append((min(a, b), max(a, b)))
    return sorted(set(pairs))


def swapped_pairs(people: Iterable[str], given: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Pairs of two-word person keys written in the other order, one word a given name
    (by ``given``, on the key's word) and the other not."""
    keys = {k for k in people if k.startswith("p:") and k.count(" ") == 1}
    pairs = []
    for key in sorted(keys):
        first, last = key[2:].split()
        other = f"p:{last} {first}"
        if key < other and other in keys and given(first) != given(last):
            pairs.append((key, other))
    return pairs


def given_name_key(word: str) -> bool:
    """Whether a person key's word is a given name (the table's, capitalised as written)."""
    from briefing.given_name_table import given_name

    return given_name(word.capitalize())
