"""People across languages: titles in any language, and one person in several spellings.

The first pass knows English titles ("President", "Defense Minister"); in German, Turkish or
Russian text a title is just more capitalised words before a name ("Bundeskanzler Karl
Nehammer", "Devlet Başkanı Vladimir Putin", "Президент России Владимир Путин"). Rather than
keep a list of titles per language, the briefing itself says where the name starts: when the
last words of a longer name are a person the briefing names on their own, the words before them
are a title or a qualifier, never part of the name. A place among them is still a mention of
that place ("России" → Russia).

Spellings: :func:`~briefing.topics.naming.person_key` already gives one key to a name whatever
the script; :func:`~.person_spellings.same_person` also joins exonyms of a surname that differ
by one letter ("Poutine" / "Putin") when the given names agree, and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from rapidfuzz import fuzz, process

from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.languages import latin
from briefing.topics.lexicon import NAME_PARTICLES
from briefing.topics.naming import person_key
from briefing.topics.particle_case import particle_at
from briefing.topics.patterns import REGNAL
from briefing.topics.person_spellings import _REGNAL_KEYS, german_spelling, heard, same_person
from briefing.topics.spelling import edit_distance_at_most_one, skeleton

_WORD = re.compile(r"\S+")


def strip_foreign_titles(cands: Candidates, gaz: Gazetteer) -> None:
    """Cut the title off person names whose tail is a person named alone elsewhere.

    Rewrites ``cands.names`` in place; a place among the cut words becomes a place mention.
    Only names of three words or more are cut, and only down to a tail of two or three words
    that the briefing writes as a whole name itself: "ВОЗ Тедрос Аданом Гебрейесус" (an acronym
    in the genitive before the name) and "Director-General Tedros Adhanom Ghebreyesus" keep
    the three words the briefing writes alone.
    """
    # Surname (and each spelling one letter away, German's included) → keys of two- and
    # three-word names with it, so "Дональд Трамп" (tramp) finds "Donald Trump" (trump).
    known: dict[str, set[str]] = {}
    for kind, occ, _attested in cands.names:
        if kind == "person" and len(occ.surface.split()) in (2, 3):
            key = person_key(occ.surface)
            for variant in _spellings(key.split()[-1]):
                known.setdefault(variant, set()).add(key)
    if not known:
        return

    def named_alone(key: str) -> bool:
        """Whether ``key`` is a two- or three-word person of the briefing, in any spelling."""
        others = {k for v in _spellings(key.split()[-1]) for k in known.get(v, ())}
        return key in others or any(same_person(key, other, True) for other in others)

    names: list[tuple[str, Occurrence, bool]] = []
    # The cut depends on the written form alone, which wire copy repeats: worked out once.
    cuts: dict[str, int | None] = {}
    # A long form the text abbreviates is a body's whole name, never a title and a person:
    # "International Committee of the Red Cross (ICRC)" keeps its "Red Cross".
    defined = {long for long, _short in cands.definitions}
    for kind, occ, attested in cands.names:
        words = list(_WORD.finditer(occ.surface))
        if kind not in ("person", "organisation") or len(words) < 3 or occ.surface in defined:
            names.append((kind, occ, attested))
            continue
        if occ.surface in cuts:
            cut = cuts[occ.surface]
        else:
            cut = cuts[occ.surface] = next(
                (
                    k
                    # two words first: "Ghana Minister Kofi Mensah" is cut to "Kofi Mensah", not
                    # to a titled three-word form the briefing writes too ("Minister Kofi Mensah")
                    for k in (len(words) - 2, len(words) - 3)
                    # "Angel Di Maria": a tail opening with a particle is the surname, and
                    # the word before it the given name, never a title.
                    if k >= 1
                    and not particle_at([w.group() for w in words], k)
                    and any(map(named_alone, _keys(occ.surface[words[k].start() :])))
                ),
                None,
            )
        if cut is None:
            names.append((kind, occ, attested))
            continue
        for word in words[:cut]:
            place = gaz.place(word.group())
            if place is not None:
                start = occ.start + word.start()
                cands.places.append(
                    (
                        place,
                        Occurrence(
                            occ.article,
                            occ.paragraph,
                            start,
                            start + len(word.group()),
                            word.group(),
                        ),
                    )
                )
        offset = words[cut].start()
        tail = Occurrence(
            occ.article, occ.paragraph, occ.start + offset, occ.end, occ.surface[offset:]
        )
        names.append(("person", tail, True))
    cands.names = names


def _keys(surface: str) -> set[str]:
    """The person key of a name, and its Latin spellings when in Greek letters."""
    from briefing.topics.greek_respell import greek_keys

    return {person_key(surface)} | greek_keys(surface)


def _spellings(surname: str) -> set[str]:
    """A surname, German's spelling of it and every one-letter deletion of both."""
    found = set()
    for word in {surname, german_spelling(surname), heard(surname)}:
        found |= {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
    return found


def drop_regnal_places(cands: Candidates) -> None:
    """Drop place mentions that are the given name of a regnal name the briefing uses:
    "León" beside "León XIV" is the pope, not the city León de los Aldama."""
    regnal = {
        words[0]
        for kind, occ, _attested in cands.names
        if kind == "person" and len(words := occ.surface.split()) == 2 and REGNAL.match(words[1])
    }
    if regnal:
        cands.places = [(p, occ) for p, occ in cands.places if occ.surface not in regnal]


def drop_role_phrases(cands: Candidates, gaz: Gazetteer) -> list[Occurrence]:
    """Drop "person" names that are a place and a role: "Konya Valisi", "Mardin Valisi".

    In Turkish (and other languages whose titles follow the place) "<province> Valisi" is the
    governor of that province. A real surname is shared by people with different given
    names, not by places, and is used alone ("Kennedy said"): when two-word person names
    share a last word that the briefing never uses alone, and two of them start with a
    place, that last word is a role and none of them is a person. Returns the dropped
    phrases: a place named in one is the seat of an office, a weaker mention of it.
    """
    alone = {person_key(occ.surface) for occ, _attested in cands.surnames}
    firsts: dict[str, dict[str, str]] = {}  # last word's key → first words by their key
    for kind, occ, _attested in cands.names:
        words = occ.surface.split()
        if kind == "person" and len(words) == 2:
            firsts.setdefault(person_key(words[1]), {})[person_key(words[0])] = words[0]
    roles = {
        last
        for last, found in firsts.items()
        if len(found) >= 2
        and last not in alone
        and last[2:] not in _REGNAL_KEYS  # "León XIV"
        # Two places before it: an office of each ("Konya Valisi", "Mardin Valisi"). One is
        # not enough: a given name may be a town's too ("Lautaro", Chile), and two people
        # share a surname ("Lautaro Martínez", "Emiliano Martínez").
        and sum(gaz.place(first) is not None for first in found.values()) >= 2
    }
    if not roles:
        return []
    kept, dropped = [], []
    for kind, occ, attested in cands.names:
        words = occ.surface.split()
        if kind == "person" and len(words) == 2 and person_key(words[1]) in roles:
            dropped.append(occ)
        else:
            kept.append((kind, occ, attested))
    cands.names = kept
    return dropped


def middle_names(people: list[str], cyrillic: set[str] | None = None) -> list[tuple[str, str]]:
    """("p:robert prevost", "p:robert francis prevost") pairs: a full name with a middle name
    and the same name without it, when only one longer name fits; and a name cut before its
    particle (:func:`particle_cuts`; ``cyrillic``: the keys written only in Cyrillic)."""
    short = {k for k in people if len(k.split()) == 2}
    longer: dict[str, list[str]] = {}
    for key in people:
        words = key[2:].split()
        if len(words) == 3:
            longer.setdefault(f"p:{words[0]} {words[2]}", []).append(key)
    pairs = [(k, found[0]) for k, found in longer.items() if k in short and len(found) == 1]
    cyrillic = cyrillic or set()
    return (
        pairs
        + respelled_middles(short - set(longer), longer, cyrillic)
        + particle_cuts(people, cyrillic)
    )


def respelled_middles(
    short: set[str], longer: Mapping[str, list[str]], cyrillic: set[str]
) -> list[tuple[str, str]]:
    """("p:rejep erdogan", "p:recep taip erdogan") pairs: a two-word name whose given name
    is another script's spelling of a three-word name's first word, the surname the same
    ("Реджеп Эрдоган" / "Recep Tayyip Erdogan": Turkish "c" is Cyrillic "дж"). As
    :func:`middle_names` asks, only when one longer name fits; the given names must be one
    name's spellings (:func:`~.person_spellings.same_person`, as loose across scripts as the
    joins of two-word names are), so "Maria Silva" never meets "Mario Jorge Silva"."""
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cut, keys in longer.items():
        if len(keys) == 1:
            by_surname[cut.rsplit(" ", 1)[-1]].append((cut, keys[0]))
    pairs: list[tuple[str, str]] = []
    for key in sorted(short):
        near = by_surname.get(key.rsplit(" ", 1)[-1], ())
        fits = [
            full
            for cut, full in near
            if same_person(key, cut, (key in cyrillic) != (full in cyrillic))
        ]
        if len(fits) == 1:
            pairs.append((key, fits[0]))
    return pairs


def particle_cuts(people: list[str], cyrillic: set[str]) -> list[tuple[str, str]]:
    """("p:marselo rebelo", "p:marcelo rebelo de susa") pairs: a two-word name that is a
    longer name cut before its particle ("de Sousa", "von der Leyen"), as a text that does not
    know the particle belongs to the name cuts it; in any script, when the longer names that
    fit are all one person's spellings. "Maria Silva" never meets "Maria Silva Santos"."""
    longer: dict[str, list[str]] = defaultdict(list)  # the surname before a particle → keys
    for key in people:
        words = key[2:].split()
        if len(words) >= 4 and words[2] in NAME_PARTICLES and words[1] not in NAME_PARTICLES:
            for variant in _deletions(words[1]):  # "рамальо" (ramalo) / "ramalho"
                longer[variant].append(key)
    pairs: list[tuple[str, str]] = []
    for key in people:
        words = key[2:].split()
        near = {k for v in _deletions(words[-1]) for k in longer.get(v, ())}
        if len(words) != 2 or not near:
            continue
        fits = [
            k
            for k in sorted(near)
            if same_person(
                key, "p:" + " ".join(k[2:].split()[:2]), (k in cyrillic) != (key in cyrillic)
            )
        ]
        if fits and all(same_person(fits[0], k, True) for k in fits[1:]):
            pairs.extend((key, k) for k in fits)
    return pairs


_ROMAN = re.compile(r"^[ivxl]+$")


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_word_names(
    keys: list[str],
    cyrillic: set[str],
    root: Callable[[str], str] = str,
    everyday: Callable[[str], bool] = lambda key: False,
    written: Mapping[str, Sequence[Occurrence]] | None = None,
) -> list[tuple[str, str]]:
    """Pairs of keys naming one thing across scripts or languages, by romanised spelling.

    - a one-word name in Cyrillic and one in Latin letters whose romanisation skeletons are
      at most one letter apart ("Лувр"/"Louvre", "Ватикан"/"Vatican", "Чикаго"/"Chicago"),
      when exactly one Latin name fits (keys joined already, by their ``root``, count as
      one: "Pylos" and "Pilos"); a name spelled by ear (three quarters of the letters) only
      when the Latin one is no everyday word where it is written (``everyday``: German
      "Landes", of the country, is not "ЯНДЕКС", whose skeleton is five sixths of it);
      a gazetteer place (a ``g:`` key) is also the one-word Latin forms the packet writes
      for it (``written``: its sightings): the gazetteer keys a town by its own name
      ("Darnah") while the texts write it "Derna", as Cyrillic does ("Дерна");
    - a regnal name: one given name in several languages with the same numeral
      ("Leo XIV" / "León XIV" / "Leone XIV" / "Лев XIV").
    """
    pairs: list[tuple[str, str]] = []
    # Latin names by skeleton and by each one-letter deletion of it: two skeletons one
    # letter apart share an entry, and a lookup costs a handful of dictionary probes.
    latin_names: dict[str, set[str]] = {}
    latin_by_skeleton: dict[str, list[str]] = {}
    if cyrillic:
        for key in keys:
            word = key[2:]
            if key not in cyrillic and " " not in word and len(word) >= 4:
                skel = skeleton(latin(word))
                if not everyday(key):
                    latin_by_skeleton.setdefault(skel, []).append(key)
                for variant in _deletions(skel):
                    latin_names.setdefault(variant, set()).add(key)
            if key.startswith("g:") and written is not None and key not in cyrillic:
                for form in _latin_forms(written.get(key, ()), word):
                    for variant in _deletions(skeleton(latin(form))):
                        latin_names.setdefault(variant, set()).add(key)
    latin_skeletons = list(latin_by_skeleton)
    for key in cyrillic:
        word = key[2:]
        if " " in word or len(word) < 4 or key[:2] not in ("n:", "g:"):
            continue
        skel = skeleton(latin(word))
        if len(skel) < 4:
            continue
        fits = {
            k
            for variant in _deletions(skel)
            for k in latin_names.get(variant, ())
            if edit_distance_at_most_one(skeleton(latin(k[2:])), skel)
            or any(
                edit_distance_at_most_one(skeleton(latin(form)), skel)
                for form in _latin_forms((written or {}).get(k, ()) if k[:2] == "g:" else (), "")
            )
        }
        if not fits and len(skel) >= 5:
            # Spelled by ear rather than letter by letter ("Эрмитаж" → "ermitaj" /
            # "Hermitage"): three quarters of the letters in order, one candidate only.
            close = process.extract(
                skel, latin_skeletons, scorer=fuzz.ratio, limit=2, score_cutoff=75
            )
            if len(close) == 1:
                fits = set(latin_by_skeleton[close[0][0]])
        if len({root(k) for k in fits}) == 1:
            pairs.append((key, fits.pop()))
    regnal: dict[str, list[tuple[str, str]]] = {}
    for key in keys:
        words = key[2:].split()
        if len(words) == 2 and _ROMAN.match(words[1]) and words[0].isalpha():
            regnal.setdefault(words[1], []).append((skeleton(latin(words[0])), key))
    for group in regnal.values():
        for i, (a, key_a) in enumerate(group):
            for b, key_b in group[i + 1 :]:
                if a[0] == b[0] and (edit_distance_at_most_one(a, b) or fuzz.ratio(a, b) >= 70):
                    pairs.append((key_a, key_b))
    return pairs


def _latin_forms(sightings: Sequence[Occurrence], word: str) -> set[str]:
    """The one-word forms in Latin letters, four letters or more, a place is written in
    (casefolded), other than its key's ``word``: "derna" of the gazetteer's "darnah"."""
    return {
        form
        for o in sightings
        if " " not in (form := o.surface.casefold())
        and len(form) >= 4
        and form != word.casefold()
        and form.isalpha()
        and all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in form)
    }
