"""File names and web addresses, which say nothing about how a text writes its words.

The first pass trusts the briefing's own writing: a word it writes in lower case somewhere
is an everyday word, and a run of capitalised words holding one is no person's name. A
picture's file name left in the text ("smith-visit.jpg") or a page's address
("example.org/news/jane-smith-resigns") is written in lower case by a web system, not by
the writer: read as prose, it made a surname an everyday word ("Jane Smith" typed a body
in every article, because one caption line was a photo's slug). Such strings are cut from
the text before its words are counted. So is a slug left as a line of its own without an
extension ("Vote-smith-uk", a picture's name a page printed in place of its caption):
three words or more joined by hyphens or underscores and nothing else on the line, which
no writer types as a sentence.
"""

from __future__ import annotations

import re

from briefing.topics.ascii_case import case_for_case, spans_of

#: Extensions of pictures, videos, documents and web pages.
_EXTENSIONS = r"(?:jpe?g|png|gif|webp|avif|heic|tiff?|bmp|svg|mp4|mov|webm|pdf|s?html?|php|aspx?)"
#: A quick test before the full pattern: most paragraphs hold neither.
_CUE = re.compile(rf"\.{_EXTENSIONS}\b|https?://|www\.", re.IGNORECASE)
#: The same test case for case in an ASCII text lowered (:mod:`.ascii_case`): a third of
#: the time, and every distinct paragraph is tested.
_ASCII_CUE = case_for_case(_CUE)
#: A file name (letters, digits, dots, hyphens, underscores, slashes before the extension)
#: or an address (a scheme or "www." up to the next space).
_MACHINE = re.compile(
    rf"(?:https?://|www\.)\S+|[\w./-]*[\w-]\.{_EXTENSIONS}\b(?:[?#]\S*)?", re.IGNORECASE
)
#: A line that is a slug and nothing else: three or more words joined by "-" or "_".
_SLUG_LINE = re.compile(r"\s*[^\W_]+(?:[-_][^\W_]+){2,}\s*")


def without_file_names(text: str) -> str:
    """``text`` with its file names and web addresses blanked (spaces of the same length,
    so offsets keep their meaning); ``text`` itself when it holds none; all blank when the
    whole text is one slug ("Vote-smith-uk")."""
    if _SLUG_LINE.fullmatch(text) is not None:
        return " " * len(text)
    if next(spans_of(_CUE, _ASCII_CUE, text), None) is None:
        return text
    return _MACHINE.sub(lambda m: " " * len(m.group()), text)
