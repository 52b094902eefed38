"""English themes that other languages' texts borrow as they are: "exit poll", "lockdown".

Themes are read from English articles only (their shapes are English word order:
:mod:`.themes`). Other languages' press writes some English phrases unchanged ("gli exit
poll", "az exit poll adatok", "τα exit polls"), and those uses are as much the subject's as
an English text's: without them a subject a multilingual packet argues about in five
languages counts the one English article that names it. So each English theme's written
forms (and its key, the singular) are also looked for, word for word and in lower case as a
common noun phrase is written, in the paragraphs of the packet's other articles.

Only the forms an English article wrote are looked for, never a translation, and only in
lower case: "Social Media Act" in an Italian text is a name, not the theme. A form must be
a whole word sequence ("exit polls" is no use in "exit pollster").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence

_WORD = re.compile(r"\w+")


def borrowed_uses(
    themes: Mapping[str, list[Occurrence]],
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
) -> dict[str, list[Occurrence]]:
    """Theme key → its uses in the paragraphs of articles not in English (``languages``:
    article id → code), by the written forms of ``themes``' own occurrences."""
    forms: dict[str, dict[tuple[str, ...], str]] = {}  # first word → words → theme key
    for key, occs in themes.items():
        # The key is the singular ("exit poll" of "Exit polls"), which is a written form too.
        for written in {key, *(o.surface.casefold() for o in occs)}:
            words = tuple(written.split())
            if len(words) >= 2:
                forms.setdefault(words[0], {})[words] = key
    found: dict[str, list[Occurrence]] = {}
    if not forms:
        return found
    for article, index, text in paragraphs:
        if languages.get(article, "en") == "en":
            continue
        tokens = list(_WORD.finditer(text))
        for i, token in enumerate(tokens):
            options = forms.get(token.group())  # lower case: a capital makes no use
            if options is None:
                continue
            for words, key in options.items():
                last = i + len(words) - 1
                if last < len(tokens) and all(
                    tokens[i + n].group() == w for n, w in enumerate(words[1:], 1)
                ):
                    start, end = token.start(), tokens[last].end()
                    if _spaced(text[start:end]):
                        found.setdefault(key, []).append(
                            Occurrence(article, index, start, end, text[start:end])
                        )
                    break
    return found


def _spaced(surface: str) -> bool:
    """Words with single spaces between them, as the English form was written ("exit
    poll", not "exit, poll" nor "exit-poll")."""
    return re.fullmatch(r"\w+(?: \w+)+", surface) is not None
