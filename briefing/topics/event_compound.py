"""The act's full word: a clipped word's whole form, a compound written in any spelling.

Part of :mod:`.event_action`, which counts, for each word, the leads that write it (a
headline's word twice). A clipped word names what its full form does ("quake",
"earthquake"): the full form names the act when as many leads write it.

A compound of the act's noun and its kind is written three ways in English, closed
("cyberheist"), hyphenated ("cyber-heist") and open ("cyber heist"), often by two leads of
one packet. Counted apart, every spelling but the closed one also writes the bare noun
("heist"), which then looks more widely shared than the compound, and names the event
("Heist" for a cyberheist every other language writes as one word too). So a compound is
counted by the leads that write it in any of its spellings: when as many write it as write
its head, it says which act it was. Only a compound some lead writes closed or hyphenated
(a word of the counts) is read, so that an open pair of words ("bigger heist") is never
taken for one.

The texts that write the compound also write its head alone with another modifier ("a
cyberheist ... part of a wider heist"): a theme of such phrases (:func:`of_compound`) is the
act the event names, and joins it (:mod:`.event_topic`) rather than stand beside it as a
second topic of one act.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.model import Article, Topic

#: Letters the first part of a compound has at least ("cyber", "e-": too short to tell).
MIN_PART = 3
#: Letters the head of a compound has at least: a shorter ending ("ack" of "attack") is
#: no word the compound was made of.
MIN_HEAD = 4


def full_form(
    word: str, docs: Counter[str], texts: Sequence[str], titles: Sequence[str] = ()
) -> str:
    """The word of ``docs`` ending in ``word`` that as many leads write as write ``word``,
    the most written and then the longest first, else ``word``.

    ``texts`` are the leads ``docs`` was counted on and ``titles`` their headlines (a
    headline's word counts twice, as in ``docs``); a compound's count is the leads that
    write it in any spelling (:func:`spelled_count`), when more than its own word's."""
    counts = {word: docs[word]}
    compounds = [w for w in docs if w != word and w.endswith(word)]
    if compounds:
        # Every spelling of a compound writes its head, so only the texts that write the
        # head are searched for each compound (one pass over all the leads, not one per
        # compound: a short act word ends many words).
        head = re.compile(re.escape(word), re.IGNORECASE)
        texts = [text for text in texts if head.search(text)]
        titles = [title for title in titles if head.search(title)]
    for w in compounds:
        counts[w] = max(docs[w], spelled_count(w, word, texts, titles))
    full = max(
        (w for w, n in counts.items() if n >= docs[word]),
        key=lambda w: (counts[w], len(w), "-" not in w, w),
    )
    return full


def _spelled(part: str, head: str) -> re.Pattern[str]:
    """The compound of ``part`` and ``head`` closed, hyphenated or open, and its plural."""
    return re.compile(
        rf"(?<![\w-]){re.escape(part)}[ \u00a0-]?{re.escape(head)}(?:e?s)?(?![\w-])", re.IGNORECASE
    )


def spelled_count(compound: str, head: str, texts: Sequence[str], titles: Sequence[str]) -> int:
    """The leads (and, again, the headlines) that write ``compound``, a word ending in
    ``head``, closed, hyphenated or open ("cyberheist", "cyber-heist", "cyber heist"), in
    the singular or the plural; 0 when its first part is no word of :data:`MIN_PART`
    letters."""
    part = compound[: -len(head)].rstrip("-")
    if len(part) < MIN_PART or not part.isalpha():
        return 0
    pattern = _spelled(part, head)
    found = sum(1 for text in texts if pattern.search(text))
    return found + sum(1 for title in titles if pattern.search(title))


def of_compound(theme: Topic, compound: str, articles: Sequence[Article]) -> bool:
    """Whether ``theme`` is the act of ``compound`` (a word ending in another: "cyberheist")
    written by its head with another modifier ("wider heist", "wider heists"), in texts that
    all write the compound too: the same act, named twice by one writer. A theme of the head
    that some text writes without the compound ("bank heist" beside a cyberheist told
    elsewhere) may be another act and stays apart."""
    if theme.kind != "theme" or not theme.aliases:
        return False
    heads = set()
    for alias in theme.aliases:
        words = alias.casefold().split()
        if len(words) < 2:
            return False
        last = words[-1]
        head = next((h for h in (last, last[:-1], last[:-2]) if compound.endswith(h)), None)
        if head is None or len(head) < MIN_HEAD or head == compound:
            return False
        heads.add(head)
    if len(heads) != 1:
        return False
    head = heads.pop()
    part = compound[: -len(head)].rstrip("-")
    if len(part) < MIN_PART or not part.isalpha():
        return False
    pattern = _spelled(part, head)
    used = set(theme.articles)
    texts = [a for a in articles if a.id in used]
    return len(texts) == len(used) and all(
        pattern.search(a.title or "") or any(pattern.search(p.text) for _i, p in a.body_paragraphs)
        for a in texts
    )
