"""A page's tag over a picture: a name alone on a line, its picture's captions, then the headline.

Some pages set a topic tag (a person's or a place's name, "Jane Roe") over the lead picture,
then the picture's caption and credit (maybe printed twice), and only then the headline. The
tag is headline-shaped by its length, but it is furniture: a line of one to
:data:`_MAX_WORDS` capitalised words, nothing else, with a caption right under it and a
headline-shaped line (not prose) after the captions.

Not a tag: a name over its captions with the story's prose after them (a profile headlined with
its subject's name keeps it), a line with a word in lower case ("Rescue goes on"), a name whose
next line is no caption.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.corpus.headline_shape import headline_shaped, is_prose

__all__ = ["tag_over_captions"]

_MAX_WORDS = 4


def tag_over_captions(texts: Sequence[str], kinds: Sequence[str], index: int) -> bool:
    """Whether ``texts[index]`` is a name tag over captions and the headline (see the module)."""
    words = texts[index].split()
    if not 0 < len(words) <= _MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if texts[index].rstrip()[-1:] in ".!?:;,":
        return False
    after = index + 1
    if after >= len(kinds) or kinds[after] != "caption":
        return False
    while after < len(kinds) and kinds[after] == "caption":
        after += 1
    following = next((i for i in range(after, len(kinds)) if kinds[i] == "body"), None)
    return (
        following is not None
        and headline_shaped(texts[following])
        and not is_prose(texts[following])
    )
