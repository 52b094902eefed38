"""A keyword line by the stamp: ``Example Ferry Sinks`` under ``Example ferry sinks near port,
dozens missing``.

Some pages set, next to the article's stamp, a short line of the story's keywords (its tag or
its section's running head) whose words are all the headline's own, in the same order: the
headline says everything the line says, and more. The stamp rule
(:func:`briefing.corpus.title_choice.stamp_headline`) prefers the headline-shaped line by the
stamp when it shares more words with the lead; a keyword line often does (the lead takes up
the keywords, the headline glues or inflects them), so it won over the headline above it. A
line the headline already contains is no second headline: it never replaces it.

Compared without spaces, punctuation or case, so ``Exampleferry`` glued in the headline still
contains ``Example ferry``; a line that adds any word of its own (another story's headline,
a notice) is not contained and is weighed as before.
"""

from __future__ import annotations

import re

__all__ = ["within_headline"]

_NOT_LETTERS = re.compile(r"[\W_]+")


def within_headline(line: str, headline: str) -> bool:
    """Whether ``line``, spaces and punctuation aside, is a shorter run of ``headline``."""
    short = _NOT_LETTERS.sub("", line).casefold()
    long = _NOT_LETTERS.sub("", headline).casefold()
    return len(short) >= 2 and len(short) < len(long) and short in long
