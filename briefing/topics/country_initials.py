"""An acronym of a body's name and its country's initial: "REE" is "Red Eléctrica" (de España).

A national body is often named "<name> of <country>" in full ("Red Eléctrica de España",
"Royal Bank of Scotland"), and its acronym keeps the country's letter ("REE", "RBS"), while
the texts mostly write the name without the country ("Red Eléctrica said ..."). The acronym
then spells no name the packet writes, and it stands beside its own body as a second topic.
When an acronym's letters are the initials of the content words of exactly one body's name
the packet writes, then the initial of a country the packet names (in any of its languages:
"España", "Espagne", "Spain"), the acronym is that body. Not asked of:

* an acronym already joined to a name of several words (one the texts define or spell):
  it has its body;
* an acronym of fewer than three letters (too easily someone else's) or more than six;
* an acronym no article writes beside the body: the letters alone are a guess;
* two bodies whose initials fit: the letters do not tell which; unless they are one body
  in two languages (``translations``), a name and its translation that a text gives the
  acronym with: "Réseau d'Electricité (en Espagne) (REE)" beside "Red Eléctrica".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: Shortest and longest acronym asked.
MIN_LETTERS = 3
MAX_LETTERS = 6


def country_initial_pairs(
    acronyms: Iterable[str],
    bodies: Iterable[str],
    countries: Iterable[str],
    has_long_name: Callable[[str], bool],
    content: Callable[[str], list[str]],
    root: Callable[[str], str] = lambda key: key,
    together: Callable[[str, str], bool] = lambda acronym, body: True,
    translations: Callable[[list[str]], bool] = lambda bodies: False,
) -> list[tuple[str, str]]:
    """Pairs (acronym key, body key). ``acronyms``: keys of one-word names in capitals
    ("n:ree", their letters after the prefix); ``bodies``: keys of names of two words or
    more that are no person; ``countries``: the written names of the countries the packet
    names; ``has_long_name``: whether an acronym is joined to a name of several words
    already; ``content``: a body key's content words (function words left out); ``root``:
    the body a key is merged into so far (two spellings of one name are one body);
    ``together``: whether some article writes both the acronym and that body;
    ``translations``: whether several bodies that fit are one name in several languages
    (then the acronym joins them all)."""
    initials = {name[:1].casefold() for name in countries if name[:1].isalpha()}
    by_letters: dict[str, set[str]] = {}
    for key in bodies:
        words = content(key)
        if len(words) >= 2:
            by_letters.setdefault("".join(w[0] for w in words), set()).add(root(key))
    pairs: list[tuple[str, str]] = []
    for key in acronyms:
        letters = key[2:]
        if not MIN_LETTERS <= len(letters) <= MAX_LETTERS or letters[-1] not in initials:
            continue
        if has_long_name(key):
            continue
        found = sorted(by_letters.get(letters[:-1], set()))
        if len(found) > 1 and not translations(found):
            continue
        if found and all(together(key, body) for body in found):
            pairs.extend((key, body) for body in found)
    return pairs
