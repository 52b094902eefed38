"""Whether a lede sentence tells a coup by its verb: "the guard detained the president".

Part of :mod:`.brief_lede`. A coup's noun has no verb of its own: the sentence that says what
happened writes what was done to the ruler ("soldiers detained President Okafor", "les
militaires ont renversé le président", "derrocaron al presidente"), often without the word
"coup" or the country's name, while a sentence about what followed writes the noun
("pressure grows on the coup leaders to free the president"). When the main event's name is
a coup's (:data:`COUP_NOUNS`), a verb of deposing or seizing (the closed class of
:mod:`.topics.event_deposed`, in the packets' languages) counts as one of the event's names.
Any other act keeps its own names only: "attacked" and "collapsed" are read already.
"""

from __future__ import annotations

import re

from briefing.topics.event_deposed import VERB_STARTS

#: Nouns of an act that removes a ruler, as the main event's name writes them (in English).
COUP_NOUNS = frozenset({"coup", "putsch", "mutiny", "takeover", "overthrow", "ouster"})

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def is_coup(main_event: str | None) -> bool:
    """The main event's name opens on a coup's noun ("Coup in Telvania, 3 Mar 2031",
    "Military coup in …"), before its place and its day."""
    if not main_event:
        return False
    head = re.split(r"\s+(?:in|at|on|of|against)\s+|,", main_event, maxsplit=1)[0]
    return any(w.casefold() in COUP_NOUNS for w in _WORD.findall(head))


def deposes(sentence: str) -> bool:
    """The sentence holds a verb of deposing or seizing ("detained", "renversé", "свергли")."""
    return any(w.casefold().startswith(VERB_STARTS) for w in _WORD.findall(sentence))
