"""A picture's credit in slashes opening with a wire, ``AP/Example Press/Jane Roe``, and the
caption above it.

Pages set a picture at the top of the story, its caption, and under the caption the credit:
the agency, maybe the house that passed it on, and the photographer, joined by slashes. A
caption is a short line of its own, often without a full stop, so it looked like a headline
and became the title. The credit line marks it: the line right above such a credit, before
the story has begun, is the picture's caption, never the headline.

The credit opens with a wire's spelling (:data:`briefing.corpus.wires.WIRES`) and has one to
three more parts: two of them, or one that is a name of two capitalised words (``Jane
Roe``; German capitalises every noun, so one capital is no name). A wire's
*signature* closing a story, ``dpa/jp`` or ``belga/rop`` (the agency and an editor's
initials in lower case), is none: it names the story's wire, not a picture's.
"""

from __future__ import annotations

import re

from briefing.corpus.wires import WIRES
from briefing.model import ParagraphKind

__all__ = ["is_slashed_credit", "mark_slashed_credits"]

_CREDIT = re.compile(r"\s*(?P<wire>[^/\n]{2,30}?)\s*(?P<rest>(?:/\s*[^/\n]{2,40}?\s*){1,3})")
#: A part that is a name: a capital opening a word (``Jane Roe``, ``MU press``).
_NAME = re.compile(r"(?:^|\s)[A-ZÀ-ÖØ-ÞА-ЯЁ]")
#: An editor's initials after a wire (``jp``, ``rop``): a signature, not a picture's credit.
_INITIALS = re.compile(r"[a-z]{1,4}")
#: How many lines at the top are looked at, and the longest caption taken.
_REACH = 6
_MAX_CAPTION_WORDS = 25


def is_slashed_credit(text: str) -> bool:
    """Whether ``text`` is wholly a picture's credit in slashes opening with a wire."""
    match = _CREDIT.fullmatch(text)
    if match is None or match.group("wire").strip().upper() not in WIRES:
        return False
    parts = [p.strip() for p in match.group("rest").split("/") if p.strip()]
    if all(_INITIALS.fullmatch(p) for p in parts):
        return False  # "dpa/jp": the wire and an editor's initials
    # a photographer's name (two capitalised words) or a house and a photographer (two parts)
    return len(parts) >= 2 or any(len(_NAME.findall(p)) >= 2 for p in parts)


def mark_slashed_credits(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """Such a credit among the first lines is meta, and the short line right above it (no
    prose before them) the picture's caption."""
    for i, text in enumerate(texts[:_REACH]):
        if kinds[i] != "body" or not is_slashed_credit(text):
            continue
        if any(len(t.split()) > _MAX_CAPTION_WORDS for t in texts[: max(0, i - 1)]):
            continue  # the story has begun: a credit inside it, its caption no concern here
        kinds[i] = "meta"
        above = i - 1
        if (
            above >= 0
            and kinds[above] == "body"
            and len(texts[above].split()) <= _MAX_CAPTION_WORDS
        ):
            kinds[above] = "caption"
