"""Make untrusted text safe to store, index and draw in a terminal.

Article files come from strangers. A file can carry terminal escape sequences (clear the screen,
retitle the window, write the clipboard with OSC 52, hide a link behind OSC 8), raw C0/C1
controls, BiDi overrides that reorder what the reader sees ("Trojan Source"), and zero-width
characters that make two equal-looking words differ. :func:`sanitize` removes all of that while
keeping every printable character, including ``[bold]``-style brackets and ``$vars``: those are
text, and the UI never parses article text as markup.

It runs on every file, so it is a handful of precompiled regexes and ``str`` methods: no
per-character Python loop.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["sanitize"]

# Line ends become "\n": CRLF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR. VT, FF and NEL are
# removed like other controls: in saved articles they are debris, not structure.
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029]")

# Terminal escape sequences, removed whole so no payload survives as visible garbage.
#  - string sequences (OSC ESC], DCS ESC P, SOS ESC X, PM ESC ^, APC ESC _ and their 8-bit C1 forms)
#    end at BEL, ST (ESC \\ or U+009C). The payload class excludes ESC, BEL, ST and the C1
#    introducers, so a failed scan stops at the next one: linear time even on megabytes of
#    unterminated introducers (ESC ] or U+009D repeated). An unterminated one
#    keeps its payload as plain text (only the introducer goes), so a stray ESC ] cannot swallow
#    the rest of an article.
#  - CSI (ESC [ or U+009B): parameter bytes, intermediate bytes, one final byte.
#  - two/three-byte escapes (ESC c, ESC 7, ESC ( B …).
_ESCAPES = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x90\x98\x9c-\x9f]*(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)

# Single characters that never belong in displayed text: C0 controls except "\n" (tab is turned
# into a space before this runs), DEL and C1 controls, BiDi embeddings/overrides (U+202A–202E)
# and isolates (U+2066–2069), zero-width space/non-joiner/joiner, word joiner, BOM/ZWNBSP, and
# lone surrogates (which cannot be encoded for a terminal at all).
_STRAY = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]"
)


def sanitize(text: str) -> str:
    """Return ``text`` with newlines normalised and every control/invisible trick removed.

    - ``\\r\\n``, ``\\r``, U+2028 and U+2029 become ``\\n``; tabs become a space;
    - ANSI CSI/OSC/DCS/APC escape sequences are removed whole, other C0/C1 controls one by one;
    - BiDi overrides/isolates and zero-width characters are removed;
    - the result is NFC-normalised, so the same word always has the same code points.

    Idempotent: ``sanitize(sanitize(t)) == sanitize(t)``.
    """
    if not text:
        return text
    if "\r" in text or "\u2028" in text or "\u2029" in text:  # all _NEWLINES can match
        text = _NEWLINES.sub("\n", text)
    if "\x1b" in text or _has_c1_introducer(text):
        text = _ESCAPES.sub("", text)
    text = text.replace("\t", " ")
    text = _STRAY.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def _has_c1_introducer(text: str) -> bool:
    """True if an 8-bit CSI/OSC/DCS-style introducer is present (rare: skip the regex otherwise)."""
    return any(c in text for c in "\x90\x98\x9b\x9d\x9e\x9f")
