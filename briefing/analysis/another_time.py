"""Words saying a clause tells of another time than the story's: "at the time", "damals".

A figure so marked is the figure of an earlier moment: "a then 15-year-old skater" is her age
at the test, not her age in the story, and "the yield of the test at the time" is an earlier
blast's. Such a figure is never compared with the story's own (:mod:`.yields`, :mod:`.ages`).

- :data:`ANOTHER_TIME`: the marker anywhere in a clause, in any language ("alors", "damals",
  "тогда", "当時", "당시", "last year");
- English "then" is also a word of sequence ("and then the 17-year-old won"): it marks the
  figure only right before it ("a then 15-year-old", "the then-15-year-old", "then aged 15").
"""

from __future__ import annotations

import re

#: Words saying the clause tells of another time than the story's (module doc).
ANOTHER_TIME = re.compile(
    r"\b(?:at\s+the\s+time|back\s+then|à\s+l'époque|alors(?!\s+que)|entonces|en\s+aquel\s+momento"
    r"|damals|тогда|all'epoca|allora|na\s+época|last\s+year|l'an\s+dernier|l'année\s+dernière"
    r"|el\s+año\s+pasado|letztes\s+Jahr|im\s+vergangenen\s+Jahr|в\s+прошлом\s+году)\b"
    r"|当時|当时|當時|당시|昨年|去年|작년|지난해|آنذاك|حينها|وقتها|العام\s+الماضي",
    re.IGNORECASE,
)
#: English "then" right before the figure ("a then 15-", "then-15-", "then aged 15").
_THEN_BEFORE = re.compile(r"\bthen(?:\s+|-)(?:aged\s+)?$", re.IGNORECASE)
#: What ends a clause.
_CLAUSE = re.compile(r"[,;:،、,()]|\s[–—]\s|[.!?。](?:\s|$)")
#: How far after the figure a marker is still of it ("15 years old at the time").
_AFTER = 40


def of_another_time(text: str, start: int, end: int) -> bool:
    """True if the figure at ``text[start:end]`` is marked as of another time: a marker of
    :data:`ANOTHER_TIME` in its clause before it or shortly after it, or "then" right before
    it (module doc)."""
    if _THEN_BEFORE.search(text, max(0, start - 12), start):
        return True
    marks = list(_CLAUSE.finditer(text, 0, start))
    head = text[marks[-1].end() if marks else 0 : start]
    if ANOTHER_TIME.search(head):
        return True
    tail = text[end : end + _AFTER]
    closing = _CLAUSE.search(tail)
    return ANOTHER_TIME.search(tail[: closing.start() if closing else len(tail)]) is not None
