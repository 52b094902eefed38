"""Whether a cited body's use stands in a picture credit, a closing copyright or a wire's
bracketed dateline.

Split from :mod:`.cited` for size: the one test of a use there that reads where the name
stands in its paragraph (a line of its own, a caption's end, the paragraph's opening or
close) rather than the words around it; both :func:`~.cited._cited` and
:func:`~.cited._medium` end by asking it.
"""

from __future__ import annotations

import functools
import re

from briefing.topics.candidates import Occurrence
from briefing.topics.photo_credits import credit_spans

#: A paragraph that is only a credit: "AFP", "Foto: AFP", "Source : Reuters", "© Reuters".
_CREDIT_WORDS = (
    r"(?:photos?|fotos?|фото|source|sources|quelle|fuente|fonte|źródło|источник|джерело|"
    r"credit|crédit|bild|image|©)"
)
_CLOSING_DASH = re.compile(r"\s[-–—|/]\s*$")
#: A paragraph's opening bracketed label, the rest of it one name: "【翻訳編集】NORDWIRE".
_LABEL = re.compile(r"\s*【[^】\n]{1,12}】\s*")


def _credit(text: str, o: Occurrence) -> bool:
    """The use stands in a picture credit or is one: a line of its own ("Foto: AFP"), a
    caption's closing "– AFP"."""
    if any(s <= o.start and o.end <= e for s, e in _credits_in(text)):
        return True
    head, tail = text[: o.start], text[o.end :]
    if (not tail.strip(" .)\n\t") or _PHOTOGRAPHER.fullmatch(tail)) and _COPYRIGHT.search(head):
        return True  # "… on Saturday. (c)AFP", "(c) AFP/Jan HOLM": the closing copyright
    if _OPENING_BRACKET.fullmatch(head) and tail[:1] in _CLOSERS:
        return True  # "【7月20日 AFP】…", "[19 July, AFP] …": the wire's bracketed dateline
    if not tail.strip(" .)\n\t"):
        if re.fullmatch(r"\W*(?:" + _CREDIT_WORDS + r"\w*\s*[:©/]?\s*)?[(\s]*", head, re.I):
            return True  # the paragraph is the credit
        if _LABEL.fullmatch(head):
            return True  # "【翻訳編集】NORDWIRE News": a bracketed label, then the credit
        if _CLOSING_DASH.search(head):
            return True  # "… in Tobruk, Libya - AFP"
        if head.endswith(" (") and tail.startswith(")") and not _defined(head[:-2], o.surface):
            return True  # a caption's "… in December 2007 (AFP)"
    # A wire's dateline: "PLACE, July 19 (NORDWIRE) - The river …".
    return bool(_DATELINE_CREDIT.match(tail) and head.endswith("(") and len(head) <= DATELINE_REACH)


@functools.lru_cache(maxsize=4096)
def _credits_in(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`~.photo_credits.credit_spans` of a paragraph, kept for its next use: rank asks
    :func:`_credit` per use of every body, several bodies to a paragraph and the same wire
    paragraph in many articles (a paragraph's hash is kept by the string itself)."""
    return tuple(credit_spans(text))


#: A copyright mark right before a paragraph's last name: "(c)AFP", "© Reuters".
_COPYRIGHT = re.compile(r"(?:\([cC]\)|©)\s*$")
#: The photographer after an agency's copyright, to the paragraph's end: "(c) AFP/Jan HOLM".
_PHOTOGRAPHER = re.compile(r"\s?/\s?[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,3}[\s.)]*")
#: A paragraph opening with a bracket that holds a date (a digit) before the name.
_OPENING_BRACKET = re.compile(r"\s*[【\[［(（][^】\]］)）]{0,20}\d[^】\]］)）]{0,20}[\s,、]")
_CLOSERS = "】]］)）"
#: How far into its paragraph a wire's bracketed dateline credit may stand.
DATELINE_REACH = 60
#: The bracket's close and the dash of a dateline, then the story: "(NORDWIRE) - The …".
_DATELINE_CREDIT = re.compile(r"\)\s*[-–—]\s+\S")


def _defined(before: str, name: str) -> bool:
    """The words before a bracketed name are its long form ("Islamic State (IS)"): their
    initials spell it, so the bracket defines an acronym and credits nobody."""
    initials = "".join(w[:1] for w in before.split()[-len(name) :] if w[:1].isupper())
    return initials.casefold() == name.casefold()
