"""A body's name in one language, followed by the acronym another language gives it.

"Organização Indiana de Investigação Espacial (ISRO)": the Portuguese name's initials are
not the English acronym's, so the first pass does not take the pair as a definition
(:mod:`.patterns` checks the initials) and the name stays a topic apart from ISRO. A text
that writes a name and, right after it, an acronym alone in brackets says they are one
body; the pair is taken when the acronym is already a topic on its own, written alone by
two articles or more, so one bracket never makes a topic of a code ("(SP)", a ticker).

The acronym may be another cased script's ("Банк Японии (ЦБ)") and may take a word or two in
lower case after it ("Банк Японии (ЦБ страны)", the country's central bank by its initials):
the bracket still says the name and the letters are one body. An acronym written only in the
articles whose brackets tie it to the name makes no topic of its own either: it is that
name's short form there ("японского ЦБ" later in the same text), and is joined to it.

Guards, since two different bodies must never be joined: the name is a body's (typed an
organisation, two words or more, no person or place among its keys), the acronym is written
in capitals and alone in the brackets (or before lower-case words only), every such bracket
after the name holds the same acronym, the name's topic holds no acronym of the same script
yet (a name abbreviated otherwise elsewhere is that other acronym's; "BOJ" and "ЦБ" are two
languages' letters for one bank) and the acronym's holds no other, and the name is not the tail of a
longer name written with one capital ("le Service fédéral de sécurité de la Fédération de
Russie (FSB)" abbreviates the service, not the country).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Mapping

from briefing.topics.candidates import Occurrence

#: Capitals of the cased scripts: Latin, Greek, Cyrillic.
_CAPITAL = "A-ZΑ-ΩА-ЯЁЄІЇЎ"
#: An acronym alone in brackets right after a name, or before up to two words in lower case:
#: "(ISRO)", "(ЦБ страны)".
_BRACKET = re.compile(
    rf"\s*\(\s*([{_CAPITAL}][{_CAPITAL}0-9]{{1,7}})((?:\s+[^\W\d_][\w'’-]*){{0,2}})\s*\)"
)
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
    tied_in: dict[str, set[str]] = defaultdict(set)  # acronym key → articles of its brackets
    bodies = [o for kind, o, _ in names if kind == "organisation" and len(o.surface.split()) > 1]
    seen = {(o.article, o.paragraph, o.end) for o in bodies}
    found = _names_before(occ, kinds, texts, {o.surface for o in bodies})
    for o in bodies + [o for o in found if (o.article, o.paragraph, o.end) not in seen]:
        text = texts.get((o.article, o.paragraph), "")
        m = _BRACKET.match(text, o.end)
        if m is None or (not m.group(2).islower() and m.group(2)):
            continue  # "(NPSA Report)": more than the letters
        if _complement(text[max(0, o.start - 60) : o.start], function):
            brackets[key(o.surface)].add("")  # the tail of a longer name: never joined
        else:
            brackets[key(o.surface)].add(key(m.group(1)))
            tied_in[key(m.group(1))].add(o.article)
    members: dict[str, list[str]] = defaultdict(list)
    for k in kinds:
        members[find(k)].append(k)

    def acronyms_of(root: str) -> set[str]:
        return {k for k in members[root] if kinds[k]["acronym"]}

    def scripts(k: str) -> set[bool]:  # Latin or not, of the acronym's forms in capitals
        return {o.surface.isascii() for o in occ.get(k, ()) if _LETTERS.fullmatch(o.surface)}

    def same_script(k: str, short: str) -> bool:  # unknown counts as the same
        mine = scripts(k)
        return not mine or bool(mine & scripts(short))

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
            or (len(alone) < MIN_ARTICLES and not alone <= tied_in[short])
            or any(same_script(k, short) for k in acronyms_of(long_root))
            or acronyms_of(short_root) != {short}
            or unsafe(long_root)
            or unsafe(short_root)
        ):
            continue
        pairs.append((long, short))
    return pairs


def _names_before(
    occ: Mapping[str, list[Occurrence]],
    kinds: Mapping[str, Counter[str]],
    texts: Mapping[tuple[str, int], str],
    written: Collection[str],
) -> list[Occurrence]:
    """Sightings of the ``written`` names right before an acronym's bracket that the first
    pass did not record with the name ("Банк Японии (ЦБ страны)", read where the acronym is
    used); the bracket itself is read by :func:`bracket_pairs`."""
    found = []
    written = set(written)
    for k, uses in occ.items():
        if not kinds.get(k, Counter())["acronym"]:
            continue
        for o in uses:
            text = texts.get((o.article, o.paragraph), "")
            start = max(0, o.start - 160)
            before = _OPENING.search(text[start : o.start])  # a slice: no scan of the paragraph
            if before is None:
                continue
            end = start + before.start()
            words = text[max(0, end - 120) : end].split(" ")
            for n in range(2, min(len(words), MOST_WORDS) + 1):
                name = " ".join(words[-n:])
                if name in written:
                    found.append(Occurrence(o.article, o.paragraph, end - len(name), end, name))
    return found


#: A form in capitals, as an acronym is written.
_LETTERS = re.compile(rf"[{_CAPITAL}][{_CAPITAL}0-9]+")
#: Most words of a name read before an acronym's bracket.
MOST_WORDS = 8
#: The opening bracket right before an acronym, and the space before it.
_OPENING = re.compile(r"\s*\(\s*$")


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
