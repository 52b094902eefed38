"""Two readings of a run of capitalised words that holds a town's name, for the person rules.

Split from :mod:`.people` for size. A town's name opens many names that are no person's: a
club or firm named after its town and an everyday word ("Westport United", "Nordhaven City"),
which the first pass would read as a person whose given name is the town; and a person's
compound given name may be listed as a town ("Juan de Dios", a town named after a saint,
its "San" left out), which would veto the person whose name it opens.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from briefing.given_name_table import given_name
from briefing.topics.given_names import common_word
from briefing.topics.lexicon import NAME_PARTICLES, ROLE_HEADS
from briefing.topics.tokens import Token


def town_named(
    words: list[Token],
    place: Callable[[str], str | None],
    city_like: Callable[[str], bool],
    standalone: Callable[[str], bool],
    lowercase: Collection[str],
) -> bool:
    """Two words: a city the gazetteer knows (``place``, ``city_like``) that no given name
    table holds, then an everyday English word that is no place or demonym (``standalone``)
    and no title ("Westport United", "Nordhaven City"): a club or firm named after its town,
    never a person whose given name would be the town. Clubs and firms take these English
    words in every language's text ("o Manchester City"); a word of the paragraph's own
    language is more often a district ("Malatya Yeşilyurt", Turkish "green homeland"), left to
    the person rules, which read a province before its district as two places. The town's
    name must be one the briefing never writes in lower case (``lowercase``): "South Pole"
    opens with a compass word, whatever hamlet the gazetteer calls "South"."""
    if len(words) != 2 or given_name(words[0].text) or words[1].lower in ROLE_HEADS:
        return False
    if words[0].lower in lowercase:
        return False
    town = place(words[0].text)
    second = words[1].text
    return (
        town is not None
        and city_like(town)
        and second.isalpha()
        and not standalone(second)
        and common_word(second, "en")
    )


def compound_given(words: list[Token], n: int) -> bool:
    """Whether the first ``n`` words, a place's name, are a compound given name before the
    rest of a person's name: a given name, a name particle, a word ("Juan de Dios", "María
    del Carmen"), then a surname. A town named after a saint is often listed without its
    "San" ("Juan de Dios"), and the place does not end the run: more name words follow."""
    return (
        2 <= n < len(words)
        and given_name(words[0].text)
        and any(w.text in NAME_PARTICLES for w in words[1:n])
        and words[n - 1].text not in NAME_PARTICLES
    )
