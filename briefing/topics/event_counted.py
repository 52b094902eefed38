"""A counted plural is what the act was done to, never the act: "20 hostages released".

The word the English leads share most may be the people or things the story is about rather
than what happened to them: "Hamas released the 20 remaining Israeli hostages", "handed over
all 20 living Israeli hostages", "13 more hostages". The leads count them (a number, in
digits or words, then at most two words that are no function words, then the plural), as an
act is never counted in the story that tells it. Then the act is the verb the leads write of
them, as done ("released", "handed"): among those two leads or more share, the one most
English articles use in any form (leads and bodies; Snowball stems), and the event is named
by its noun and the counted things: "Release of hostages".

Without a count before the plural in two leads ("floods" in "flash floods killed", "penalties"
in "4-2 on penalties") or without such a verb, nothing changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.model import Article
from briefing.topics.event_subject import _plural
from briefing.topics.event_when import english_stem

_DIGITS = re.compile(r"\d[\d,.]*$")
_WORD = re.compile(r"[^\W_][\w’'-]*")
#: Up to this many words may stand between the count and the plural ("20 remaining Israeli").
_BETWEEN = 2


def counted_plural(
    word: str, leads: Sequence[str], numerals: frozenset[str], function: frozenset[str]
) -> bool:
    """Whether ``word`` is an English plural that two leads or more count."""
    if not _plural(word):
        return False
    found = 0
    for lead in leads:
        tokens = [t.casefold() for t in _WORD.findall(lead)]
        for i, token in enumerate(tokens):
            if token != word:
                continue
            if any(
                _count(tokens[j], numerals)
                and all(t not in function and not _count(t, numerals) for t in tokens[j + 1 : i])
                for j in range(max(0, i - _BETWEEN - 1), i)
            ):
                found += 1
                break
    return found >= 2


def _count(token: str, numerals: frozenset[str]) -> bool:
    return bool(_DIGITS.match(token)) or token in numerals


def done_verb(docs: Counter[str], articles: Sequence[Article]) -> str | None:
    """The verb two leads or more write as done ("released", "handed"), the one most English
    ``articles`` use in some form; None when the leads share none."""
    verbs = [w for w, n in docs.items() if n >= 2 and w.endswith("ed") and not _plural(w)]
    if not verbs:
        return None
    stems = {english_stem(v): v for v in verbs}
    used: Counter[str] = Counter()
    for article in articles:
        text = " ".join([article.title or "", *(p.text for _i, p in article.body_paragraphs)])
        seen = {english_stem(w.casefold()) for w in _WORD.findall(text)}
        used.update(stems[s] for s in seen & stems.keys())
    return max(verbs, key=lambda v: (used[v], docs[v], v))
