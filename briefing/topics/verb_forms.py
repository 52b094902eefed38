"""English past forms of common irregular verbs, which the theme shapes read as modifiers.

A theme is found by shape (:mod:`briefing.topics.themes`): a lower-case modifier and a noun.
A regular past form ends in "-ed" and the shape rules pass it over, but an irregular one does
not ("made landfall", "took office", "gave evidence", "struck buildings", "got stuck"): the
pair is a verb and its object or complement, no subject. Closed class: the simple past forms
of the most used irregular verbs that are no adjective or noun before a noun. Participles
that are ("stolen jewels", "broken glass", "fallen soldiers", "written statement") and forms
shared with a noun ("cut", "hit", "set", "left", "found", "rose", "felt") or an adjective
("paid leave", "spent fuel") are left out.
"""

from __future__ import annotations

from briefing.topics.lexicon import words

PAST_FORMS = words(
    """made took gave came went began saw told became ran met brought thought sought bought
    fought caught taught kept held knew wrote spoke stood understood struck drove flew grew
    threw drew chose wore sent lent meant sold got taken given gotten seen begun"""
)
