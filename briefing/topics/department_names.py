"""A department named after the service it runs: "Dipartimento della Protezione Civile".

Italian, Spanish, Portuguese, French and English name a state's department by what it is in
charge of ("Dipartimento della Protezione Civile", "Department of Homeland Security",
"Departamento de Bomberos"), and the same texts, or others, then write that service's name
alone ("la Protezione civile", "Homeland Security"). Both are one body: the long name's
tail of two words or more after its department head and a linking word is one more name of
it. Once it is known, the tail meets its lower-case form (:mod:`.lowercase_names`) and its
translations (:func:`~.phrase_names.phrase_cognates`: "Civil Protection").

Only the nouns for a department or directorate open such a name (:data:`DEPARTMENT_HEADS`);
a tail of one word ("Department of Justice" → "Justice") or a place ("Department of New
York", "Département de la Seine-Saint-Denis") is no name of the body and is left alone.

The same holds for a service named with the country or city it serves ("Proteção Civil de
Portugal", "Protección Civil de Valencia"): :func:`~.qualified_names.place_qualified_pairs`
joins it to the name without the place when the packet writes that too; written only in
full, its head (:func:`qualified_heads`) is still what another language's text translates
("Protezione Civile"). A head that two long names share with different places ("Universidad
Nacional de Colombia", "... de México") is two bodies, and neither is given it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.qualified_names import LINKS as PLACE_LINKS

#: Nouns for a department or directorate of a state, which the name of its task follows.
DEPARTMENT_HEADS = words(
    """department dipartimento departamento département direzione dirección direção
    directorate"""
)
#: Words that link the head and the task ("della", "of the", "de la").
LINKS = words("of the de la del della dello dei degli di do da dos das du des")


def department_tails(
    keys: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    place: Callable[[str], bool],
) -> list[tuple[str, Occurrence]]:
    """(long key, occurrence of its tail) for each department named after its task.

    ``keys``: name keys ("n:..."); ``sightings``: each key's occurrences (the first is
    read, since keys are folded); ``place``: whether a text names a place, which is no
    tail. The tail's occurrence is the span of the long one's sighting after the link.
    """
    found = []
    for key in keys:
        if not key.startswith("n:") or key.count(" ") < 3:
            continue
        for o in sightings.get(key, ())[:1]:
            parts = o.surface.split(" ")
            if parts[0].casefold() not in DEPARTMENT_HEADS:
                continue
            cut = 1
            while cut < len(parts) and parts[cut].casefold() in LINKS:
                cut += 1
            tail = parts[cut:]
            if cut == 1 or len(tail) < 2 or not all(w[:1].isupper() for w in (tail[0], tail[-1])):
                continue
            text = " ".join(tail)
            if place(text):
                continue
            start = o.end - len(text)
            found.append((key, Occurrence(o.article, o.paragraph, start, o.end, text)))
    return found


def qualified_heads(
    keys: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    place: Callable[[str], bool],
    key_of: Callable[[str], str],
) -> list[tuple[str, Occurrence]]:
    """(long key, occurrence of its head) for each name of two words or more followed by a
    link and a place ("Proteção Civil de Portugal" → "Proteção Civil") whose head the packet
    does not write alone, and that no other long name shares."""
    present = set(keys)
    heads: dict[str, list[tuple[str, Occurrence]]] = {}
    for key in present:
        if not key.startswith("n:") or key.count(" ") < 3:
            continue
        for o in sightings.get(key, ())[:1]:
            parts = o.surface.split(" ")
            for cut in range(2, len(parts) - 1):
                if parts[cut].casefold() not in PLACE_LINKS:
                    continue
                head = " ".join(parts[:cut])
                if not all(w[:1].isupper() for w in parts[:cut]):
                    break  # "Proteção civil de Portugal": no name of two capitals
                if place(" ".join(parts[cut + 1 :])) and key_of(head) not in present:
                    occ = Occurrence(o.article, o.paragraph, o.start, o.start + len(head), head)
                    heads.setdefault(key_of(head), []).append((key, occ))
                break
    return [found[0] for found in heads.values() if len(found) == 1]
