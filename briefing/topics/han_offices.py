"""A foreign person's surname in Han, right before the office the Latin articles give them:
"塞拉勒总理" for "Prime Minister Abdelmalek Sellal".

:mod:`.han_titled` finds a surname glued after a Han title ("总统特朗普") by its sound, but only
a surname of :data:`~.uncased_surnames.MIN_SURNAME_CONSONANTS` consonants or more: a short
key ("sl", Sellal) read inside a Han run would fit half the language. Chinese also puts the
title after the name ("塞拉勒总理说"), and when the name then opens the clause (after a
punctuation mark, a space or the paragraph's start) both its edges are certain: the run
between that edge and the title is the whole name. Such a run is a person of the packet when

* its :func:`~.uncased_sounds.sound_key` is the surname's key of one person only among those
  the Latin articles write right after a title of the same office (:data:`OFFICES`: head of
  government, head of state; "Algerian Prime Minister Abdelmalek Sellal", "le Premier
  ministre algérien, Abdelmalek Sellal"), two consonants at least;
* it is no place the gazetteer knows ("以色列总理": Israel's prime minister);
* it runs :data:`~.han_titled.MAX_LETTERS` letters at most.

The office said twice, once in each script, is the evidence the short key lacks. A surname
found so is that person's wherever else the packet writes it (:func:`~.han_titled.spread`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.han_titled import MAX_LETTERS, spread
from briefing.topics.uncased_sounds import HAN, sound_key

__all__ = ["OFFICES", "OFFICE_TITLE", "office_surnames"]

#: Office → (its Han titles, its titles in the Latin-script languages the packets use). The
#: two offices every country has and news names most, written the same in every article.
OFFICES: dict[str, tuple[tuple[str, ...], str]] = {
    "government": (
        ("总理", "總理", "首相"),
        r"prime minister|premier(?: ministre)?|première ministre|primer ministro|"
        r"primera ministra|primo ministro|prima ministra|primeiro-ministro|"
        r"primeira-ministra|ministerpräsident(?:in)?|premierminister(?:in)?|"
        r"premiérminiszter|premier ministr|premiér",
    ),
    "state": (
        ("总统", "總統"),
        r"president|présidente?|presidente|presidenta|präsident(?:in)?|prezydent|prezident",
    ),
}
#: A Latin title right before a name: at most two words between ("Premier ministre
#: algérien, Abdelmalek …", "Präsident Algeriens Abdelaziz …"), then the name; never a
#: deputy's ("Vice President", "Deputy Prime Minister"), whom Han writes 副总统, 副总理.
_LATIN_TITLE = {
    office: re.compile(
        rf"(?<!vice )(?<!vice-)(?<!deputy )\b(?:{latin})(?:\s+[\w'’-]+){{0,2}}[\s,]+$",
        re.IGNORECASE,
    )
    for office, (_han, latin) in OFFICES.items()
}
#: Any Han title of an office: whether a paragraph is worth reading.
OFFICE_TITLE = _HAN_TITLE = re.compile(
    "|".join(sorted((t for han, _ in OFFICES.values() for t in han), key=len, reverse=True))
)
_HAN_OFFICE = {t: office for office, (han, _latin) in OFFICES.items() for t in han}
_HAN_LETTER = re.compile(f"[{HAN}]")
#: The fewest consonants a surname keeps to be looked for before its office.
MIN_CONSONANTS = 2
#: Characters read before a Latin use for its title.
_BEFORE = 60


def office_surnames(
    people: Mapping[str, Sequence[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    paragraphs: Sequence[tuple[str, int, str]],
    taken: set[tuple[str, int, int]],
    is_place: Callable[[str], bool],
) -> dict[str, list[Occurrence]]:
    """Person root → their surname's uses in Han before their office (``people``: each
    person's uses, ``texts`` the paragraphs' texts by (article, index); ``paragraphs`` the
    Han ones to read; ``taken``: starts of uses already found)."""
    owners: dict[tuple[str, str], set[str]] = {}
    for root, occs in people.items():
        for o in occs:
            words = o.surface.split()
            if len(words) < 2 or not all(ch < "\u0250" for ch in o.surface if ch.isalpha()):
                continue
            key = sound_key(words[-1])
            if len(key) < MIN_CONSONANTS:
                continue
            before = texts.get((o.article, o.paragraph), "")[max(0, o.start - _BEFORE) : o.start]
            for name, title in _LATIN_TITLE.items():
                if title.search(before):
                    owners.setdefault((name, key), set()).add(root)
    wanted = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    if not wanted:
        return {}
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        for office in _HAN_TITLE.finditer(text):
            end = office.start()
            start = end
            while start > 0 and _HAN_LETTER.match(text[start - 1]) and end - start <= MAX_LETTERS:
                start -= 1
            if not 2 <= end - start <= MAX_LETTERS or (article, index, start) in taken:
                continue  # no edge before it within a name's length, or found already
            run = text[start:end]
            owner = wanted.get((_HAN_OFFICE[office.group()], sound_key(run)))
            if owner is not None and not is_place(run):
                found.setdefault(owner, []).append(Occurrence(article, index, start, end, run))
    spread(found, paragraphs, taken)
    return found
