"""Capitalised words nobody's surname explains: which become names, and of what kind.

Part of the second pass (:meth:`~.cluster._Builder._people`), split from it for size. A
capitalised word mid-sentence that is nobody's surname, used by two articles, is most often a
body with a one-word name ("Europol", "Fingrid", "BlackHarbor"). In a briefing of several
languages, two Latin-script ones must capitalise it: French and Spanish capitalise demonyms
and words of institutions' names ("Parisiens", "Obispos"); a name is capitalised everywhere.
A long name one text writes with a double letter halved is the same word
(:mod:`.doubled_letters`); Greek or Cyrillic articles spelling it vouch as a language
(:mod:`.script_witness`).

A word that is an acronym of the briefing written in title case ("Otan" of "l'Otan" for
"OTAN", "Onu" for "ONU", "Nato" for "NATO": French, Italian and German write an acronym
said as a word so) is that acronym, in any number of articles and languages: its letters
are the briefing's own evidence (:func:`acronym_spelled`). A body's head noun alone ("the
Union", "la Commission") where the briefing writes a longer name holding it is that name cut
short, no body of its own (:func:`_longer_bodies`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.topics.apposed_things import thing_apposed
from briefing.topics.article_names import article_groups, bare_name
from briefing.topics.candidates import Occurrence
from briefing.topics.doubled_letters import doubled_letter_groups
from briefing.topics.given_names import lone_given_name, word_before
from briefing.topics.hyphen_spaced import join_spaced
from briefing.topics.languages import has_cyrillic, name_kind, part_of_speech
from briefing.topics.lexicon import INSTITUTIONS, ORG_HEADS
from briefing.topics.naming import name_key
from briefing.topics.script_witness import other_script_articles, vouched
from briefing.topics.written_names import JoinedNames

if TYPE_CHECKING:
    from briefing.topics.cluster import _Builder

#: What joins the items of a list, in the packet's languages: a comma or "and".
_LIST_JOIN = r"(?:,|\s(?:and|ve|et|und|e|y|ed|i|и|та|і)\s)\s*"
#: The item before a word of a list, and the one after (a Turkish case suffix after an
#: apostrophe is left to the gazetteer: "Hatay'da").
_LIST_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w'’-]*)\s*" + _LIST_JOIN + r"$")
_LIST_AFTER = re.compile(r"(?:['’]\w+)?\s*" + _LIST_JOIN + r"(?P<word>[^\W\d_][\w'’-]*)")


def name_unexplained(b: _Builder, unexplained: dict[str, list[Occurrence]]) -> None:
    """Add to the builder ``b`` the unexplained words (surface → its uses) that are names."""
    texts = b._paragraph_texts()
    for surface in [s for s in unexplained if acronym_spelled(b, s)]:
        kept = []
        for occ in unexplained[surface]:
            text = texts.get((occ.article, occ.paragraph), "")
            if _in_prose(text, occ.start):
                b.node(name_key(surface), "acronym", occ)
            else:
                kept.append(occ)
        if kept:
            unexplained[surface] = kept
        else:
            del unexplained[surface]
    # "Vela-Marina" beside "Vela Marina": the spaced name's (:mod:`.hyphen_spaced`)
    join_spaced(b, unexplained)
    # "al-Qaeda", "al Qaeda", "Al Qaeda", "Qaeda": one name (:mod:`.article_names`)
    unexplained = article_groups(unexplained)
    witnesses = other_script_articles(unexplained, b.languages) if b.multilingual else {}
    joined = JoinedNames(b.uf.parent, b.surname_roots, b.gaz.place)  # "Paris-Berlin"
    heads = _longer_bodies(b)
    for surface, occs in doubled_letter_groups(unexplained).items():
        if _same_place(b, surface, occs):
            continue  # "Mars" beside the planet the guards found: one name, one topic
        if surface.casefold() in heads:
            continue  # "the Union" of "European Union": a body's head noun alone, cut
        articles, spelled_kind = {o.article for o in occs}, None
        if (
            b.multilingual
            and not has_cyrillic(surface)
            and len({b.languages.get(a, "") for a in articles}) < 2
        ):
            spelled, spelled_kind = vouched(surface, articles, b.languages, witnesses)
            if not spelled:
                continue
            articles |= spelled
        if (
            len(articles) >= 2
            and surface not in b.gaz.demonyms
            # An article and its name are one name, not two joined ("al-Qaeda"), nor the
            # short form of the longer name it opens ("al-Qaeda in the Islamic Maghreb").
            and (bare_name(surface) is not None or not joined(surface))
            # An adjective alone ("Сикстинской") is a piece of a name, never one.
            and part_of_speech(surface) not in ("ADJF", "PRTF")
        ):
            # Russian and Ukrainian dictionaries know a name's kind ("Наполеона"); a
            # name listed among known places is one more ("Adana, Vellore ve Hatay").
            # A given name no language of the briefing uses as a word: "Eugénie", not "Ansa".
            read_in = set(b.languages.values())
            texts = b._paragraph_texts()
            kind = (
                name_kind(surface)
                or spelled_kind
                or (
                    "place"
                    if _among_places(b, occs)
                    else "person"
                    if b.multilingual
                    and lone_given_name(surface, read_in, _before(texts, occs))
                    and not thing_apposed(occs, texts, b.languages)
                    else "organisation"
                )
            )
            for occ in occs:
                b.node(name_key(surface), kind, occ)


def _longer_bodies(b: _Builder) -> frozenset[str]:
    """The head nouns of bodies (:data:`~.lexicon.ORG_HEADS`: "union", "commission",
    "council") that a name of several words in the briefing holds ("n:european union",
    "n:union europea"). Such a noun written alone ("the Union", "l'Union" before its
    adjective, "der Europäischen Union" read from its noun on) is that name said short or cut
    where its other words were not read as a name: no body of its own. A one-word institution
    ("the Kremlin", :data:`~.lexicon.INSTITUTIONS`) is a name itself and stays."""
    found = {
        word
        for key in b.uf.parent
        if key.startswith("n:") and " " in key
        for word in key[2:].split()
        if word in ORG_HEADS and word not in INSTITUTIONS
    }
    return frozenset(found)


def _same_place(b: _Builder, surface: str, occs: list[Occurrence]) -> bool:
    """Join the uses of ``surface`` to the place of the same spelling the packet already
    has (a body of the sky, a place read from its context), and say so: one surface in one
    script is not two topics of two kinds. The uses stay unsearched, as the place's own
    are (:mod:`.sky_bodies`)."""
    key = "g:" + (b.gaz.place(surface) or surface)
    if key not in b.uf.parent or not b.kinds[key]["place"]:
        return False
    for occ in occs:
        b.node(key, "place", occ)
        b.contextual.add(occ)
    return True


#: The word right before a use and what joins them: an apostrophe or white space.
_BEFORE = re.compile(r"(\w+)(?:[’']|\s+)$")


def _in_prose(text: str, start: int) -> bool:
    """A lower-case word stands right before offset ``start``, glued by an apostrophe or
    after a space: the use reads as a noun in a sentence ("de l'Otan", "der Nato", "leader di
    Aur"), not as a credit ("(Adnkronos/Afp)") nor a sentence's first word."""
    found = _BEFORE.search(text, max(0, start - 30), start)
    return found is not None and found.group(1).isalpha() and found.group(1).islower()


def acronym_spelled(b: _Builder, surface: str) -> bool:
    """Whether ``surface`` is an acronym of the briefing written as a word: a capital and
    three or more lower-case letters ("Otan", "Onu") whose key is that of an acronym some
    article writes in capitals ("OTAN"), and no known place ("Lima" beside "LIMA")."""
    return (
        len(surface) >= 3
        and surface.isalpha()
        and surface[0].isupper()
        and surface[1:].islower()
        and name_key(surface) in b.kinds  # no new entry in the defaultdict
        and b.kinds[name_key(surface)]["acronym"] > 0
        and b.gaz.place(surface) is None
    )


def _before(texts: dict[tuple[str, int], str], occs: list[Occurrence]) -> list[str]:
    """The word before each occurrence ("the" of "the Albertina")."""
    return [word_before(texts.get((o.article, o.paragraph), ""), o.start) for o in occs]


def _among_places(b: _Builder, occs: list[Occurrence]) -> bool:
    """Most of the word's uses are items of a list beside a known place: a province or
    town too small for the gazetteer, listed with the ones it knows."""
    texts = b._paragraph_texts()
    listed = 0
    for o in occs:
        text = texts.get((o.article, o.paragraph), "")
        before = _LIST_BEFORE.search(text, 0, o.start)
        after = _LIST_AFTER.match(text, o.end)
        neighbours = [m.group("word") for m in (before, after) if m is not None]
        listed += any(b.gaz.place(w) is not None for w in neighbours)
    return 2 * listed > len(occs)
