"""Whether a name read from a cue can be an outlet's (for :mod:`.sources` and its cues).

Kept apart because every cue of :func:`briefing.corpus.sources.find_source` that reads a
name out of free text (a label's line, an attribution sentence, a copyright footer, a
signature) asks the same question of what it found: a short run of words that is no
sentence fragment, no person's name and no word an outlet is not called by. :data:`NAME`
is the capitalised run such cues match.
"""

from __future__ import annotations

from briefing.corpus.credited_people import names_people
from briefing.corpus.selfref import not_an_outlet

#: One to six capitalised words (``The Associated Press``, ``Bank of Example``): an outlet's
#: name as attributions and copyright lines write it.
NAME = r"(?:The |the )?[A-Z0-9][\w.&'-]*(?: (?:of |de |the )?[A-Z0-9][\w.&'-]*){0,5}"


def plausible_outlet(name: str) -> bool:
    """Reject attribution matches that are sentence fragments rather than an outlet's name."""
    words = name.split()
    if not 0 < len(words) <= 6 or (len(words) == 1 and words[0].lower() in {"the", "it"}):
        return False
    return not not_an_outlet(name) and not names_people(name)
