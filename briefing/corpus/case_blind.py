"""Whether a case-blind expression can match at all, asked first with a few substring tests.

Several of the readers' expressions are case-blind alternations (``(?i:photos?|fotos?|…)``,
``©|\\ball rights reserved\\b|…``) tried on every paragraph of every article. With
IGNORECASE the regex engine has no literal to jump to, so it tries every branch at every
character: at 10,005 articles these searches were a tenth of the reading's CPU, and nearly
every paragraph holds none of their words (issue 15). Every match of such an expression holds
one of a few words; looking for them in the casefolded text is a few C loops, and only the
texts that hold one are given to the expression.

``casefold`` equates what IGNORECASE does (``ſ`` with ``s``, Kelvin's ``K`` with ``k``,
Cyrillic's narrow ``ᲂ`` with ``о``) except for the dotted and dotless capital i, put back to
``i`` here; a fold that equates more (``ﬁ`` with ``fi``) only lets more texts through. So
:func:`may_hold` never says False where the expression would match: a shortcut, never a
rule (each use has a test against its expression on generated texts).
"""

from __future__ import annotations

from collections.abc import Iterable


def folded(text: str) -> str:
    """``text`` casefolded, with ``İ`` and ``ı`` as ``i`` (what IGNORECASE matches them with)."""
    out = text.casefold()
    if not out.isascii():
        out = out.replace("i\u0307", "i").replace("\u0131", "i")
    return out


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether ``text``, case-blind, holds one of ``words`` (given casefolded)."""
    lowered = folded(text)
    # a loop, not ``any`` over a generator: a third less, asked of every paragraph
    for word in words:  # noqa: SIM110
        if word in lowered:
            return True
    return False
