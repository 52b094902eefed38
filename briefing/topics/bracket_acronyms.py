"""A body's name in one language, followed by the acronym another language gives it.

"Organização Indiana de Investigação Espacial (ISRO)": the Portuguese name's initials are
not the English acronym's, so the first pass does not take the pair as a definition
(:mod:`.patterns` checks the initials) and the name stays a topic apart from ISRO. A text
that writes a name and, right after it, an acronym alone in brackets says they are one
body; the pair is taken when the acronym is already a topic on its own, written alone by
two articles or more, so one bracket never makes a topic of a code ("(SP)", a ticker).

Guards, since two different bodies must never be joined: the name is a body's (typed an
organisation, two words or more, no person or place among its keys), the acronym is written
in capitals and alone in the brackets, every such bracket after the name holds the same
acronym, the name's topic holds no acronym yet (a name abbreviated otherwise elsewhere is
that other acronym's) and the acronym's holds no other, and the name is not the tail of a
longer name written with one capital ("le Service fédéral de sécurité de la Fédération de
Russie (FSB)" abbreviates the service, not the country).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping

from briefing.topics.candidates import Occurrence

#: An acronym alone in brackets right after a name: "(ISRO)".
_BRACKET = re.compile(r"\s*\(\s*([A-Z][A-Z0-9]{1,7})\s*\)")
#: Most lower-case words of a longer name before the one the bracket follows.
LOWER_WORDS = 4
#: Fewest articles that write the acronym alone for it to be a topic of its own.
MIN_ARTICLES = 2


def bracket_pairs(
    names: Iterable[tuple[str, Occurrence, bool]],
    texts: Mapping[tuple[str, int], str],
    occ: Mapping[str, list[Occurrence]],
    kinds: Mapping[str, Counter[str]],
    find: Callable[[str], str],
    key: Callable[[str], str],
    function: Container[str] = frozenset(),
) -> list[tuple[str, str]]:
    """(name key, acronym key) pairs to join (see the module's docstring); ``function``: the
    packet's function words."""
    brackets: dict[str, set[str]] = defaultdict(set)
    for kind, o, _attested in names:
        if kind != "organisation" or len(o.surface.split()) < 2:
            continue
        text = texts.get((o.article, o.paragraph), "")
        m = _BRACKET.match(text, o.end)
        if m is None:
            continue
        if _complement(text[max(0, o.start - 60) : o.start], function):
            brackets[key(o.surface)].add("")  # the tail of a longer name: never joined
        else:
            brackets[key(o.surface)].add(key(m.group(1)))
    members: dict[str, list[str]] = defaultdict(list)
    for k in kinds:
        members[find(k)].append(k)

    def acronyms_of(root: str) -> set[str]:
        return {k for k in members[root] if kinds[k]["acronym"]}

    def unsafe(root: str) -> bool:
        return any(kinds[k]["person"] or kinds[k]["place"] for k in members[root])

    pairs = []
    for long, shorts in brackets.items():
        if len(shorts) != 1 or long not in kinds:
            continue
        short = next(iter(shorts))
        if not short or short not in kinds or not kinds[short]["acronym"]:
            continue
        long_root, short_root = find(long), find(short)
        alone = {o.article for o in occ.get(short, ()) if o.surface.isupper()}
        if (
            long_root == short_root
            or len(alone) < MIN_ARTICLES
            or acronyms_of(long_root)
            or acronyms_of(short_root) != {short}
            or unsafe(long_root)
            or unsafe(short_root)
        ):
            continue
        pairs.append((long, short))
    return pairs


#: A word (with its apostrophes and hyphens: "Turkey's", "Chandrayaan-3") or a mark.
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


def _complement(before: str, function: Container[str]) -> bool:
    """The name is the tail of a longer name that the language writes with one capital:
    back past function words and up to :data:`LOWER_WORDS` lower-case words, a capitalised
    word opens that name ("le Service fédéral de sécurité de la Fédération de Russie (FSB)":
    the bracket abbreviates the service, not the country). A comma, a possessor ("Turkey's")
    or the sentence's opening first means no such name ("A missão da Agência …")."""
    lower = 0
    for word in reversed(_WORD.findall(before)):
        if word.casefold() in function:
            continue
        if not word[0].isalpha() or word.endswith(("'s", "’s")):
            return False
        if word.islower():
            lower += 1
            if lower > LOWER_WORDS:
                return False
            continue
        return lower > 0
    return False
