"""One person in two scripts whose surname the other script respells loosely: "Dahou Ould
Kablia" and "Дахо Ульд Кабила", "Paul Whelan" and "Пол Уилан".

:func:`~.person_spellings.same_person` joins a Latin and a Cyrillic key when the surnames are
one letter apart once heard; a spelling by ear that moves two letters ("kablia" / "kabila",
a transposed pair, or the Cyrillic lemmatiser's cut "kabil") stays two people, and a name
each article writes once then falls to the single-use rule twice over, though it is one
person written in two articles. Here two person keys are one person when

* their uses are written in two scripts (every use of one in Latin letters, every use of the
  other in one other alphabet whose key romanises: Cyrillic, Greek, ...), in the same number of
  words (two or more);
* each given or middle name agrees as :func:`~.person_spellings.same_person` asks across
  scripts (sounded, the same initial, and one spelling of a name or half the letters);
* the surnames open with the same letter and most of their letters agree in order
  (rapidfuzz's normalised Indel similarity, the key's surname or the surface's own
  transliteration before lemmatising, whichever is closer): :data:`CLOSE` or more alone; or
  :data:`NEAR` or more when the same office's title stands right before a use of each
  (:func:`~.ministries.title_uses`: "Interior Minister", "министр внутренних дел"), the
  strong evidence a role gives;
* and the other script's key fits no second person written in Latin letters (two people
  with one surname: the respelling is neither's). Two respellings of one Latin name ("Пола
  Вилана", "Пола Уилана") may both join it.

A name with a regnal numeral ("Leo XIII" / "Лев XIV") is never respelled: its number is
its own. Two people who share a surname stay two: their given names differ.

The thresholds were read on the 44 dev packets (every unjoined pair scoring 40 or more
listed and read, 6 December 2026): the right pairs scored 73 to 86 (a judge, a prefect,
a coach, a minister, a prisoner), the closest wrong one 46 and the next 40; a right pair
of 55 ("Paul Whelan" / "Пола Уилана", another initial) and one of 50 (a surname of two
letters) stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from briefing.topics.candidates import Occurrence
from briefing.topics.ministries import title_uses
from briefing.topics.patterns import REGNAL
from briefing.topics.person_spellings import feminine_form, same_given_name, sounded
from briefing.topics.spelling import skeleton

__all__ = ["CLOSE", "NEAR", "OFFICE_GAP", "respelled_across"]

#: Surname similarity (0–100) that joins two scripts' keys on the names alone.
CLOSE = 70
#: ... and with the same office's title right before a use of each.
NEAR = 60
#: The most characters between an office's title and the name it stands before ("Министр
#: внутренних дел Алжира Дахо …": the country's name between them).
OFFICE_GAP = 30


def _script(surface: str) -> str:
    """'latin', or the Unicode block (in 256-character pages) of the surface's first letter
    beyond Latin: one alphabet per page for Cyrillic, Greek, Armenian, Georgian."""
    letters = [ch for ch in surface if ch.isalpha()]
    if all(ch < "\u0250" for ch in letters):
        return "latin"
    return f"page{ord(next(ch for ch in letters if ch >= chr(0x250))) >> 8}"


def _surnames(key: str, surfaces: Iterable[str]) -> set[str]:
    """The key's surname and each surface's last word transliterated as written (no lemma:
    "Кабила" is "kabila", which the lemmatiser reads as a genitive of "Кабил")."""
    found = {key.split()[-1]}
    for surface in surfaces:
        found.add(skeleton(anyascii(surface.split()[-1]).replace("'", "").lower()))
    return {s for s in found if s}


def _blocks(key: str, forms: set[str]) -> set[tuple[int, str, str]]:
    """The blocks a key is compared in: its number of words, its first given name's sounded
    initial, and each surname form's initial."""
    words = key[2:].split()
    return {(len(words), sounded(words[0])[:1], form[0]) for form in forms}


def _given_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Given and middle names as :func:`~.person_spellings.same_person` compares them
    across scripts, sounded ("Giorgia" / "Джорджа"): the same initial, and one spelling of a
    name or half the letters in order; never a name and its feminine form ("Jan" / "Яна")."""
    return all(
        (sx := sounded(x))[:1] == (sy := sounded(y))[:1]
        and not (feminine_form(x, y) or feminine_form(y, x))  # a brother and a sister
        and (same_given_name(x, y) or fuzz.ratio(sx, sy) >= 50)
        for x, y in zip(a, b, strict=True)
    )


def _score(a: set[str], b: set[str]) -> float:
    """The closest two surname forms, opening with the same letter; 0 when none do."""
    return max((fuzz.ratio(x, y) for x in a for y in b if x[0] == y[0]), default=0.0)


def respelled_across(
    people: Sequence[str],
    occ: Mapping[str, Sequence[Occurrence]],
    find: Callable[[str], str],
    paragraphs: Sequence[tuple[str, int, str]],
    languages: Mapping[str, str],
) -> list[tuple[str, str]]:
    """Pairs of person keys (``people``, their uses ``occ``; ``find`` their current root)
    that name one person written in two scripts, as the module says."""
    scripts: dict[str, str] = {}
    for key in people:
        uses = occ.get(key, ())
        kinds = {_script(o.surface) for o in uses}
        if any(REGNAL.match(o.surface.split()[-1]) for o in uses):
            continue  # "Leo XIII" / "Лев XIV": a numeral is no respelling (:mod:`.numbered`)
        if len(kinds) == 1 and len(key[2:].split()) >= 2:
            scripts[key] = kinds.pop()
    latin = [k for k, s in scripts.items() if s == "latin"]
    other = [k for k, s in scripts.items() if s != "latin"]
    if not latin or not other:
        return []
    # Compared only within a block (words, the first given name's sounded initial, the
    # surname's initial), which every pair the rule may join shares: a large briefing's
    # thousands of names are never compared all against all.
    blocks: dict[tuple[int, str, str], list[tuple[str, set[str]]]] = defaultdict(list)
    for key in latin:
        forms = _surnames(key, {o.surface for o in occ[key]})
        for block in _blocks(key, forms):
            blocks[block].append((key, forms))
    loose: list[tuple[float, str, str]] = []
    for b in other:
        wb = b[2:].split()
        forms_b = _surnames(b, {o.surface for o in occ[b]})
        seen: set[str] = set()
        for block in _blocks(b, forms_b):
            for a, forms_a in blocks.get(block, ()):
                if a in seen:
                    continue
                seen.add(a)
                if not _given_agree(a[2:].split()[:-1], wb[:-1]):
                    continue
                score = _score(forms_a, forms_b)
                if score >= NEAR:
                    loose.append((score, a, b))
    if not loose:
        return []
    offices = _offices({k for _s, a, b in loose for k in (a, b)}, occ, paragraphs, languages)
    kept = [(a, b) for s, a, b in loose if s >= CLOSE or offices[a] & offices[b]]
    # The form must fit one Latin person only, counting the one it is already joined to:
    # "Марек Кочиш", joined to Marek Kočiš, does not also take his cousin Martin Kočiš.
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in kept:
        partners[b].add(find(a))
    return [(a, b) for a, b in kept if len(partners[b]) == 1 and find(a) != find(b)]


def _offices(
    keys: set[str],
    occ: Mapping[str, Sequence[Occurrence]],
    paragraphs: Sequence[tuple[str, int, str]],
    languages: Mapping[str, str],
) -> dict[str, set[str]]:
    """Key → the portfolios whose title ends at most :data:`OFFICE_GAP` characters before one
    of its uses, in the same paragraph; read only in the paragraphs those uses are in."""
    where = {(o.article, o.paragraph) for k in keys for o in occ[k]}
    titles: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    read = [p for p in paragraphs if (p[0], p[1]) in where]
    for portfolio, uses in title_uses(read, languages).items():
        for use, _holder in uses:
            titles[(use.article, use.paragraph)].append((use.end, portfolio))
    found: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        for o in occ[key]:
            for end, portfolio in titles.get((o.article, o.paragraph), ()):
                if 0 <= o.start - end <= OFFICE_GAP:
                    found[key].add(portfolio)
    return found
