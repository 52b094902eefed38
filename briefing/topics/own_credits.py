"""An outlet's own credit in its own article is no use of a topic.

An article carries its house's name where the house signs it: "(NORDCAST) The river rose …"
opening the story, "PLACE, 4 July (NORDCAST) — …", "NORDCAST — In a town …", "© NORDCAST",
"Foto: NORDCAST", a caption's closing "(NORDCAST)". The corpus reader already reads such a
credit as the article's outlet (:attr:`~briefing.model.Article.source`); the same words read
again as a body of the story would list the packet's houses among its subjects. A use is
dropped (:func:`own_credits`) when both hold:

* its article's outlet is the name, or one of the name's other spellings (the cluster's
  surfaces, a wire's several names: "AP" for "The Associated Press", :func:`outlet_key`);
* it stands where a credit stands (:func:`credit_shaped`): bracketed at a paragraph's
  opening, alone or after a dateline's place and date, the story (no lower-case word going
  on a sentence) after it; opening a paragraph before a dash;
  after a copyright sign; or in any shape :func:`~.cited_credits._credit` reads as a picture
  credit, a closing copyright or a wire's dateline.

Only those uses go. The outlet a story is about keeps every other use: its name in the prose
of another article (a raided paper, a broadcaster's killed journalist, a channel whose footage
others discuss), and in its own article's prose outside the credit ("told NORDCAST's
Spanish service"), where the other rules (:mod:`.cited`, :mod:`.single_use`) judge it as any
name. A name whose every use was its own credit is left with none, and is no topic.

Complements :func:`~.weak_mentions.own_wire`, which needs no outlet (a known wire's dateline
shape), and drops a wire's every use in such an article; this rule asks the reader's outlet,
so it holds for any house in any script, and drops the credit alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from briefing.corpus.wire_identity import wire_identity
from briefing.topics.candidates import Occurrence
from briefing.topics.cited_credits import _credit, _defined

__all__ = ["credit_shaped", "outlet_key", "own_credits"]

#: How far into its paragraph a credit opening it may stand (a dateline's place and date first).
OPENING_REACH = 60
#: Most words of a dateline before the credit's bracket ("PLACE, Region, 4 July 2021").
DATELINE_WORDS = 6

#: A bracket opening right before the name, and what may stand before it: the paragraph's
#: opening punctuation, or a dateline (letters, digits, commas, dots of abbreviations; no
#: sentence's end, no other bracket).
_BRACKET_BEFORE = re.compile(r"(?P<dateline>[^()（）\[\]【】!?;。\n]*?)\s*[(（\[【]\s*$")
#: The bracket closing right after the name, then the story (a dash may come first): its
#: first letter is no lower-case one, which would go on a sentence ("Long Name (LN) cut …").
_BRACKET_AFTER = re.compile(r"\s*[)）\]】]\s*(?:[-–—:|]\s*)?(?P<next>\S)")
#: A dash right after a name that opens its paragraph, then the story: "NORDCAST — The …".
_DASH_AFTER = re.compile(r"\s*[-–—|]\s+\S")
#: A copyright sign, maybe with its year, right before the name: "© 2021 NORDCAST".
_COPYRIGHT_BEFORE = re.compile(
    r"(?:©|ⓒ|\([cC]\)|\b[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?$"
)
_WORD = re.compile(r"[^\s,]+")


@functools.lru_cache(maxsize=4096)
def outlet_key(name: str) -> str:
    """One key for the spellings of one house: a wire's several names as one
    (:func:`~briefing.corpus.wire_identity.wire_identity`), case and a leading "The"
    ignored ("The Daily Post" and "Daily Post")."""
    key = " ".join(wire_identity(name.strip()).split()).casefold()
    return key[4:] if key.startswith("the ") else key


def own_credits(
    occurrences: Sequence[Occurrence],
    paragraphs: Mapping[tuple[str, int], str],
    outlets: Mapping[str, str],
) -> set[Occurrence]:
    """The uses of one cluster that are the credit of their own article (see the module's
    docstring). ``outlets`` maps an article's id to :func:`outlet_key` of its outlet (the
    articles whose outlet is known)."""
    if not outlets:
        return set()
    names = {outlet_key(surface) for surface in {o.surface for o in occurrences}}
    found = set()
    for o in occurrences:
        if outlets.get(o.article) in names and credit_shaped(
            paragraphs.get((o.article, o.paragraph), ""), o
        ):
            found.add(o)
    return found


def credit_shaped(text: str, o: Occurrence) -> bool:
    """The use stands where an article's credit stands (the module's docstring); asked only
    of a name its own article's outlet bears."""
    head, tail = text[: o.start], text[o.end :]
    if o.start <= OPENING_REACH:
        before = _BRACKET_BEFORE.fullmatch(head)
        after = _BRACKET_AFTER.match(tail)
        if (
            before is not None
            and after is not None
            and not after["next"].islower()
            and _dateline(before["dateline"])
        ):
            return not _defined(head.rstrip(" ([（【"), o.surface)  # not "Long Name (LN)"
        if not head.strip(" \t\"'“”«»*#>") and _DASH_AFTER.match(tail):
            return True  # "NORDCAST — In a town …"
    if _COPYRIGHT_BEFORE.search(head):
        return True  # "© 2021 NORDCAST", "Copyright NORDCAST"
    return _credit(text, o)


def _dateline(words: str) -> bool:
    """What stands before an opening credit's bracket is nothing, or a dateline: at most
    :data:`DATELINE_WORDS` words, each capitalised or holding a digit, but for two small
    words of a date ("4 juillet", "le 4")."""
    found = [w for w in _WORD.findall(words) if any(c.isalnum() for c in w)]
    if len(found) > DATELINE_WORDS:
        return False
    small = [w for w in found if not (w[:1].isupper() or any(c.isdigit() for c in w))]
    return len(small) <= 2 and (not small or any(c.isdigit() for c in words))
