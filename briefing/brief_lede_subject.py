"""The lede without a main event: an article's lead whose subject most leads share.

Part of :mod:`briefing.brief_lede`. With a main event, a sentence that names its act, its
place and its day states it. Without one, the "names" are only the most covered topics, and
the sentence that names most of them is often a desk's aside about the case's history ("Why
it matters: The court's final ruling follows a long-running battle …") rather than the
statement of the act. What the outlets agree on is who or what their news is about: most
articles' leads (an article's first sentence of lede shape: its own news) open with the
same subject ("La patineuse Ana Ruiz a été suspendue …", "Skater Ana Ruiz was banned …").

So without a main event, when :data:`MIN_LEADS` articles or more open their lead with one
subject, and more than with any other, only those leads are candidates, and since they tell
one subject's news, the brief's language (English) goes first among those not dated to
another day (:func:`.brief_lede.find_lede`). The subject is the first topic the sentence
names that is no place ("In Velmora, …" opens sentences about anything), within its first
:data:`SUBJECT_SHARE`. Without such a subject, the ledes are chosen as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from briefing.analysis.names import is_place

if TYPE_CHECKING:
    from briefing.model import Topic

#: How many articles' leads must open with the same subject.
MIN_LEADS = 3
#: The share of a sentence within which its subject is named.
SUBJECT_SHARE = 1 / 3

C = TypeVar("C")


def subject_of(
    text: str, topics: Sequence[Topic], first: Callable[[Topic], int | None]
) -> str | None:
    """The id of the first topic of ``topics`` that ``first`` (topic → offset in ``text``,
    or None) finds in the first :data:`SUBJECT_SHARE` of ``text``, places left out."""
    found = [
        (at, t.id)
        for t in topics
        if not is_place(t.name) and (at := first(t)) is not None and at <= len(text) * SUBJECT_SHARE
    ]
    return min(found)[1] if found else None


def agreed_subject(subjects: Sequence[tuple[str, str | None]]) -> str | None:
    """The subject (article id, subject id of its lead) that :data:`MIN_LEADS` articles or
    more open their leads with, more than any other; else None."""
    counts = Counter(dict(subjects).values())
    counts.pop(None, None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_LEADS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
