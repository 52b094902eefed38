"""A broadcaster's channel, written as its letters and a number or a word for news: "ERT1" and
"ERT NEWS" are ERT.

Public broadcasters name their channels after themselves: a number glued to the letters
("ERT1", "TVP1") or the word for news after them ("ERT NEWS", "BBC News", "TRT Haber"). A
story cites whichever channel carried the report, so one broadcaster cited in three texts is
three names of one use each, and every one of them is dropped as said in passing
(:func:`~.single_use.single_use`). They are one body: each joins the bare letters when the packet
writes them, else the other channels of the same letters.

Only letters in capitals open such a name, three to five before a single digit ("MH17",
"G7", "COP29", "AI171" are a flight, a group, a summit and a flight, no channel), two to five
before the news word ("Fox News" is left alone: its first word is a word, not letters).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words

#: The word for news after a broadcaster's letters, in the languages read here.
NEWS_WORDS = words(
    """news noticias notícias notizie nachrichten nieuws haber wiadomości новости новини
    ειδήσεις"""
)
#: Three to five letters, then one digit from 1 to 9: "ERT1", "TVP2".
_NUMBERED = re.compile(r"([^\W\d_]{3,5})([1-9])")


def _letters(word: str, least: int) -> bool:
    return least <= len(word) <= 5 and word.isalpha() and word.isupper()


def channel_stem(surface: str) -> str | None:
    """The broadcaster's letters if ``surface`` names one of its channels, else None."""
    parts = surface.split()
    if len(parts) == 1:
        found = _NUMBERED.fullmatch(parts[0])
        return found.group(1) if found and _letters(found.group(1), 3) else None
    if len(parts) == 2 and _letters(parts[0], 2) and parts[1].casefold() in NEWS_WORDS:
        return parts[0]
    return None


def channel_pairs(
    keys: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    key_of: Callable[[str], str],
) -> list[tuple[str, str]]:
    """Pairs of keys to join: each channel's key with its broadcaster's letters' key when
    the packet writes the letters alone, else with the first channel of the same letters.

    ``keys``: name keys ("n:..."); ``sightings``: each key's occurrences (the first is read,
    since keys are folded); ``key_of``: the name's key function."""
    keys = list(keys)
    present = set(keys)
    channels: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if not key.startswith("n:"):
            continue
        for o in sightings.get(key, ())[:1]:
            stem = channel_stem(o.surface)
            if stem is not None and key_of(stem) != key:
                channels[key_of(stem)].append(key)
    pairs: list[tuple[str, str]] = []
    for letters, found in channels.items():
        target = letters if letters in present else found[0]
        pairs.extend((target, key) for key in found if key != target)
    return pairs
