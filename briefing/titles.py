"""The one title vocabulary: the words that say what someone is, not who.

Topics ("Russian President Vladimir Putin" is a person with a title) and the discrepancy checks
(the actor is ``Putin``, not ``President``) used two lists that had drifted apart (each missed
words the other had: "Speaker", "Judge", "Admiral"…). Both now read these two sets, written
lower-case as they appear in a title; :func:`capitalised_titles` gives the forms a capitalised
run of words has.
"""

from __future__ import annotations

from functools import cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that end a title before a person's name ("Russian President Vladimir Putin").
ROLE_HEADS = _words(
    """president presidents minister ministers premier chancellor king queen prince princess
    emir sheikh sultan pope senator sen. rep. representative governor gov. mayor ambassador
    envoy spokesman spokeswoman spokesperson chairman chairwoman chair director commander
    general gen. lt. col. colonel captain capt. sgt. admiral marshal secretary
    secretary-general assistant aide adviser advisor counsellor counselor judge justice
    prosecutor mr. mrs. ms. dr. prof. sir lord lady dame president-elect vice-president
    patriarch archbishop bishop cardinal ayatollah leader head chief ceo founder coach tsar tsars
    czar emperor empress speaker"""
)

#: Words that may stand in a title before its head ("Deputy Prime", "Foreign", "Defense").
ROLE_MODIFIERS = _words(
    """deputy prime vice first acting former foreign defense defence interior economic crown
    development finance justice trade energy health transport education labor labour
    agriculture culture emergency emergencies digital industry home state security
    presidential senior chief general attorney supreme national federal regional
    executive managing permanent special chief"""
)


@cache
def capitalised_titles() -> frozenset[str]:
    """Every title word as it starts a capitalised word ("President", "Mr", "Dr.")."""
    found: set[str] = set()
    for word in ROLE_HEADS | ROLE_MODIFIERS:
        capital = word[0].upper() + word[1:]
        found.update((capital, capital.rstrip(".")))
    return frozenset(found)
