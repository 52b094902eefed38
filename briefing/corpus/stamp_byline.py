"""An agency's name in capitals closing the line over the page's stamp: ``… EXAPRESS`` then
``Jueves, 3 agosto 2031, 12:22``.

A regional paper carrying an agency's copy sets the agency as a byline right over the day and
time it posted the story; a plain-text copy that lost the line breaks runs the byline onto the
end of the standfirst, and :func:`briefing.corpus.head_stamp.head_stamp` cuts the stamp off
into a line of its own. The last word of the line over the stamp, in capitals, is then the
agency: among the first lines, right above a line that is only a date with its day and a
clock time. It counts when it is a known wire (:data:`briefing.corpus.wires.WIRES`), or, for
an agency no list knows, when everything says it is a name and not a word of the story:

- four letters or more, all capitals (a standfirst ends in a word in lower case, a wire's
  byline is set in capitals);
- no word of any of the big word lists (wordfreq knows a section such as ``DEPORTES`` or
  ``INTERNACIONAL``, and a subject's acronym such as ``UEFA`` or ``NASA``);
- the text names it nowhere else (a subject is named again; a byline once), and never cites it.

A name in capitals after a given name (``Jane ROE``: a reporter, as French pages write
surnames) is a person, never an agency.
"""

from __future__ import annotations

import re

from briefing.corpus.cited import cited_in
from briefing.corpus.kicker_words import _WORD_LANGUAGES
from briefing.corpus.labels import read_label
from briefing.corpus.wires import WIRES

__all__ = ["byline_over_stamp"]

#: The lines looked at: the byline and the stamp stand in the page's head.
_REACH = 6
#: A clock time in the stamp.
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d(?::|h)[0-5]\d(?!\d)")
#: The last word of the line, in capitals, and the word before it.
_LAST = re.compile(r"(?:(?P<before>\S+)\s+)?(?P<name>[^\W\d_]+)\s*$")
_LONGEST_STAMP = 60
_FEWEST_LETTERS = 4


def byline_over_stamp(paragraphs: list[str]) -> str | None:
    """The agency whose name in capitals ends the line over the stamp (module doc), or None."""
    for index, text in enumerate(paragraphs[: _REACH - 1]):
        if index + 1 >= len(paragraphs) or not _is_stamp(paragraphs[index + 1]):
            continue
        match = _LAST.search(text[-80:])
        if match is None or not match.group("name").isupper():
            continue
        name = match.group("name")
        if name in WIRES:
            return WIRES[name]
        before = match.group("before") or ""
        if _unknown_name(name, before, paragraphs):
            return name
    return None


def _is_stamp(text: str) -> bool:
    """A line that is only a date with its day and a clock time."""
    if len(text) > _LONGEST_STAMP or _CLOCK.search(text) is None:
        return False
    label = read_label(text)
    return label is not None and label.bare and label.date.day is not None


def _unknown_name(name: str, before: str, paragraphs: list[str]) -> bool:
    """An agency no list knows (module doc): a name, not a word of the story or a person's."""
    from briefing.corpus.wordlists import known  # deferred: only for a line of this shape
    from briefing.given_name_table import given_name

    if len(name) < _FEWEST_LETTERS or (before[:1].isupper() and given_name(before)):
        return False
    if any(known(name.casefold(), lang, "small") for lang in _WORD_LANGUAGES):
        return False
    again = re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", re.IGNORECASE)
    if sum(len(again.findall(t)) for t in paragraphs) > 1:
        return False  # the story names it again: one of its subjects
    return not cited_in(name, paragraphs)
