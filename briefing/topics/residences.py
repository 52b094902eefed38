"""A place named only as where someone lives: "Kassam, who lives in Germany, said ...".

A story about a disaster quotes relatives and witnesses, and says where they live ("who
lives in Germany", "vive en Alemania desde hace seis años", "mieszka w Niemczech"): a
person's home, said to place the speaker, not where the story happens. When few of the
packet's articles name a place (:data:`~.seats.MAX_ARTICLES`, :data:`~.seats.MAX_SHARE`,
as for a capital said in passing) and every use of it comes right after a verb of living
and its preposition, the place is said in passing and no key topic. One use written
otherwise ("the boat left from Germany", "Germany's minister") keeps it, and a place many
articles name is left alone however it is written.

Closed grammar class only: the verbs of dwelling ("live", "reside") in the present, past
and participle, with the preposition of place each language puts after them, and at most
one article between ("lebt in der Schweiz", "vit aux États-Unis").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.seats import MAX_ARTICLES, MAX_SHARE

#: Verb of dwelling + preposition, by language (case aside).
_DWELLING = (
    # English
    r"(?:lives?|lived|living|resides?|resided|residing|resident) in",
    # French
    r"(?:vit|vivent|vivait|vivaient|vivant|habite|habitent|habitait|habitant|réside|résident"
    r"|résidait|résidant) (?:en|à|au|aux)",
    # Spanish, Portuguese
    r"(?:vive|viven|vivía|vivían|viviendo|reside|residen|residía|residente|mora|moram|morava)"
    r" (?:en|em|no|na)",
    # Italian
    r"(?:vive|vivono|viveva|vivevano|abita|abitano|abitava|risiede|residente) (?:in|a)",
    # German
    r"(?:lebt|leben|lebte|lebten|wohnt|wohnen|wohnte|wohnten) in",
    # Polish
    r"(?:mieszka|mieszkają|mieszkał|mieszkała|mieszkali|mieszkające|mieszkający) (?:w|we)",
    # Russian, Ukrainian
    r"(?:живет|живёт|живут|жил|жила|жили|живущий|живущая|проживает|проживают|проживал"
    r"|проживала|мешкає|мешкають|живе) (?:в|во|у)",
)
_ARTICLE = r"(?:the|la|le|les|el|los|las|l'|l’|der|die|den|dem|o|a|os|as|il|lo|gli) "
_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(_DWELLING) + r") (?:" + _ARTICLE + r")?$", re.IGNORECASE
)
#: How far back a use's verb may begin.
_REACH = 40


def dwelling(occurrence: Occurrence, text: str) -> bool:
    """The use comes right after a verb of living and its preposition: "lives in |Germany"."""
    before = text[max(0, occurrence.start - _REACH) : occurrence.start].replace("\u00a0", " ")
    return _BEFORE.search(before) is not None


def residence_only(
    occurrences: Sequence[Occurrence],
    paragraphs: Mapping[tuple[str, int], str],
    articles: int,
) -> bool:
    """Few of the packet's ``articles`` name the place, and every one of its uses says
    where someone lives (module docstring)."""
    naming = {o.article for o in occurrences}
    if not occurrences or len(naming) > MAX_ARTICLES or len(naming) >= MAX_SHARE * articles:
        return False
    return all(dwelling(o, paragraphs.get((o.article, o.paragraph), "")) for o in occurrences)
