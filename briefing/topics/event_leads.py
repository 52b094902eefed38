"""A packet's leads and their words: what the main event's name is read from.

Split from :mod:`briefing.topics.event_action`, which counts the words the leads share: a
news text says what happened in its headline and first paragraph, so these read that much
(a saved page's label left out), split it into words the way every language writes them (an
elided article, "l'attentato", is a word of its own outside English) and pair each word with
the next, for :mod:`.lead_stems` and :mod:`.event_storm` too, which read the same leads.
"""

from __future__ import annotations

import itertools
import re

from briefing.model import Article

_WORD = re.compile(r"[^\W\d_][\w-]*(?:[’'][\w-]+)*")
_ELIDED = re.compile(r"[^\W\d_][\w-]*")

#: A saved page's leading label ("date 2025-10-19 ..."), not part of the text.
_LABEL = re.compile(r"^\s*date\s+\d{4}(?:-\d{2}){0,2}\s*", re.IGNORECASE)


def lead_of(article: Article) -> str:
    """The headline and first body paragraph: where a news text says what happened. Each
    on a line of its own, so that a paragraph's opening (a dateline) can be told."""
    body = "\n".join(_LABEL.sub("", p.text[:400]) for _i, p in article.body_paragraphs[:2])
    return _LABEL.sub("", f"{article.title or ''}") + "\n" + body


def word_pairs(run: list[str], in_names: set[str]) -> list[tuple[str, str, bool]]:
    """(word, next word, whether the pair is written in lower case) of ``run``, casefolded,
    less a pair whose second word belongs to a longer name and is capitalised there: inside
    "Comitato Referendum Casa" neither word qualifies the other."""
    return [
        (a.casefold(), b.casefold(), a.islower())
        for a, b in itertools.pairwise(run)
        if b.islower() or b.casefold() not in in_names
    ]


#: A word's number-bearing tail cut at a decimal point: "-6" of "magnitude-6.3", "6" of "M6.3".
_CUT_NUMBER = re.compile(r"-?\d[\w-]*$")
#: A decimal point or comma and a digit: where a number goes on after a word's match ends.
_DECIMAL = re.compile(r"[.,]\d")


def split_words(text: str, language: str) -> list[str]:
    """The words of ``text``; outside English an apostrophe ends one ("l'attentato").

    A word joined to a number that a decimal point goes on ("magnitude-6.3", "M6.3") is
    the word alone ("magnitude"): the match would end at the point, and "magnitude-6" is
    no word of the text. A number the word ends with whole stays ("COVID-19", "Su-25")."""
    found = []
    for match in (_WORD if language == "en" else _ELIDED).finditer(text):
        word = match.group()
        if word[-1].isdigit() and _DECIMAL.match(text, match.end()):
            word = _CUT_NUMBER.sub("", word)
            if not word:
                continue
        found.append(word)
    return found
