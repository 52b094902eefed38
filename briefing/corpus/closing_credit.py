"""A wire's bare name closing the story: "… one of the world's most developed cities." / "AFP".

Outlets that run an agency's story often end it with the agency's name on a line of its own.
The same bare line under a picture is the picture's credit (:mod:`briefing.corpus.heads` reads
it so over a headline), and a picture's credit names no outlet. So the line names the outlet
only where it can be nothing else:

- it is the article's last paragraph, and exactly a known wire in one of the spellings wires
  use for themselves ("AFP", "Reuters", "dpa"; a final stop allowed): "AFP/Getty Images",
  "Photo: AFP", "AFP reported" or "Reuters contributed to this report." are no such line;
- the paragraph before it is the story's own prose, a sentence ending with a stop, and no
  caption (a picture's caption, then its credit, may close a page too);
- nothing in the article marks a picture (a caption or a photo credit line anywhere): where
  an article shows pictures, a bare agency line may be one of their credits.

Bracketed or dashed credits ("(AFP)", "— AFP") and labels ("Source: AFP") are read by
:mod:`briefing.corpus.sources` itself; this is the bare line those rules leave silent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.corpus.furniture import is_caption, is_photo_credit, word_count

__all__ = ["closing_wire"]

#: A paragraph of prose ends a sentence: a stop, maybe inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*$")
#: The story's last paragraph must be prose of at least this many words (a caption is short,
#: and a one-line "Read more." is no story).
_PROSE_WORDS = 8


def closing_wire(paragraphs: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The wire whose bare name is the article's last paragraph, after the story's prose and
    with no picture in the article (module docstring), or None. ``wires`` maps known wire
    spellings (upper case) to their display names."""
    texts = [t.strip() for t in paragraphs if t.strip()]
    if len(texts) < 2:
        return None
    name = texts[-1].removesuffix(".").strip()
    if not (name.isupper() or name.islower() or name.istitle()):
        return None  # "AfP", "ReUters": no wire writes its name so
    wire = wires.get(name.upper())
    if wire is None:
        return None
    before = texts[-2]
    if word_count(before) < _PROSE_WORDS or not _SENTENCE_END.search(before):
        return None
    if any(is_caption(t) or is_photo_credit(t) for t in texts[:-1]):
        return None
    return wire
