"""English themes that other languages' texts borrow as they are: "exit poll", "lockdown".

Themes are read from English articles only (their shapes are English word order:
:mod:`.themes`). Other languages' press writes some English phrases unchanged ("gli exit
poll", "az exit poll adatok", "τα exit polls"), and those uses are as much the subject's as
an English text's: without them a subject a multilingual packet argues about in five
languages counts the one English article that names it. So each English theme, in the
singular and the plural, is also looked for, word for word and in lower case as a
common noun phrase is written, in the paragraphs of the packet's other articles.

Only an English theme's own words are looked for, never a translation, and only in
lower case: "Social Media Act" in an Italian text is a name, not the theme. A form must be
a whole word sequence ("exit polls" is no use in "exit pollster").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.word_marks import WORD_RUN

_WORD = re.compile(WORD_RUN)  # a word with its combining marks (``word_marks.py``)


def borrowed_uses(
    themes: Mapping[str, list[Occurrence]],
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
) -> dict[str, list[Occurrence]]:
    """Theme key → its uses in the paragraphs of articles not in English (``languages``:
    article id → code), by each theme's key (its words in the singular) and its plural."""
    foreign = [(a, i, t) for a, i, t in paragraphs if languages.get(a, "en") != "en"]
    found: dict[str, list[Occurrence]] = {}
    if not foreign:
        return found
    tokenised = [(a, i, t, list(_WORD.finditer(t))) for a, i, t in foreign]
    vocabulary = {m.group() for *_rest, tokens in tokenised for m in tokens}
    # First word → second word → (every word, theme key): a theme is told by its first two
    # words in two dictionary lookups per word of text.
    forms: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
    for key in themes:
        # The key is the singular ("exit poll" of "Exit polls"); its plural is the other form
        # written. Read from the keys alone (a large briefing has a million theme uses), and
        # only those whose first word the other languages write at all.
        first, _space, rest = key.partition(" ")
        if not rest or first not in vocabulary:
            continue
        words = (first, *rest.split())
        for final in (words[-1], words[-1] + "s", words[-1] + "es"):
            written = (*words[:-1], final)
            forms.setdefault(first, {}).setdefault(written[1], []).append((written, key))
    for article, index, text, tokens in tokenised:
        for i in range(len(tokens) - 1):
            after = forms.get(tokens[i].group())  # lower case: a capital makes no use
            candidates = after.get(tokens[i + 1].group()) if after is not None else None
            for written, key in candidates or ():
                stop = i + len(written) - 1
                if stop < len(tokens) and all(
                    tokens[i + n].group() == w for n, w in enumerate(written[2:], 2)
                ):
                    begin, finish = tokens[i].start(), tokens[stop].end()
                    if _spaced(text[begin:finish]):
                        found.setdefault(key, []).append(
                            Occurrence(article, index, begin, finish, text[begin:finish])
                        )
                    break
    return found


def _spaced(surface: str) -> bool:
    """Words with single spaces between them, as the English form was written ("exit
    poll", not "exit, poll" nor "exit-poll")."""
    return re.fullmatch(r"\w+(?: \w+)+", surface) is not None
