"""Where in a text a pattern anchored at its end can start: searches asked of less text.

Rank asks the clause before every use of every body whether it cites the body (:mod:`.cited`):
tens of thousands of texts at 10,000 articles, each searched by case-blind alternations of a
hundred words of attribution. The patterns end at the text's end (``$``) and reach back a bounded
number of words, so the search may start at the white space before those words; and the
clause is what follows the text's last sentence or clause end, found by ``str.rfind`` instead
of a backtracking ``.*``. Same answers: only where the search starts changes (``\\b`` and
look-behinds still see the characters before it).
"""

from __future__ import annotations

#: The marks that end a clause when white space follows them (``[.!?;:]\\s``).
CLAUSE_ENDS = ".!?;:"


def tail_start(text: str, words: int) -> int:
    """Where the white space before the last ``words`` white-space-separated words of
    ``text`` starts (0 when it has no more words than that): a match that spans at most
    ``words`` words up to the text's end starts there or later."""
    parts = text.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


def clause_start(text: str) -> int:
    """Just past the last clause end of ``text`` followed by white space: the end of
    ``re.match(r".*[.!?;:]\\s", text, re.DOTALL)``, or 0 when there is none."""
    best = 0
    last = len(text) - 1  # a mark needs a character after it
    for mark in CLAUSE_ENDS:
        end = last
        while (at := text.rfind(mark, 0, end)) >= 0 and at + 2 > best:
            if text[at + 1].isspace():
                best = at + 2
                break
            end = at
    return best
