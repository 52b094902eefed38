"""The words of a date phrase's clause: where a sentence says what happened on its day.

A fixed window of words around the day misses the act whenever the sentence puts the verb
far from the date: German puts it last ("hat am Montag die zweite Runde der Wahl
gewonnen"), Spanish and Russian put the subject first ("El ciclón tropical Chido causó
estragos el domingo"). The clause is read instead: the words between the punctuation that
breaks the sentence around the phrase (commas, semicolons, colons, dashes, brackets,
quotation marks, in any script), at most :data:`LIMIT` words each side, so that a long
unpunctuated sentence still does not lend a far-off word to the day.

Punctuation and not conjunctions: conjunctions are a per-language list, while the marks
that end a clause are the same in every dev language; a second dated event in the same
sentence is nearly always set off by a comma ("on Sunday, and on Tuesday …"), and that
day's words stay with that day.
"""

from __future__ import annotations

import re

from briefing.analysis.text import WORD

#: At most this many words of the clause on each side of the date phrase.
LIMIT = 8
_BREAK = re.compile(r"[,;:—–()\[\]“”„\"«»‹›!?]|\s-\s|\.\s")


def clause_words(sentence: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of the clause around ``sentence[start:end]`` (the phrase itself left out),
    at most :data:`LIMIT` on each side."""
    left = max((m.end() for m in _BREAK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _BREAK.finditer(sentence, end)), len(sentence))
    before = list(WORD.finditer(sentence, left, start))[-LIMIT:]
    after = list(WORD.finditer(sentence, end, max(end, right)))[:LIMIT]
    return [*before, *after]
