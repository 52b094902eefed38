"""A person's name in the cases of languages the morphological analysers do not cover.

Polish, Czech, Slovak and their neighbours decline names as they decline nouns: "Robert
Fico" is "Roberta Fica" after "of", "Robertowi Ficowi" after "to". Russian and Ukrainian
words are folded to their dictionary form by pymorphy3 (:func:`~.languages.lemma`), which
still leaves a foreign surname it does not know as written ("Шимечки"). Rather than guess a
nominative, :func:`case_pairs` joins two forms that *the briefing itself* writes: a full
name whose every word is the other's word with a different short case ending.

What keeps two people apart:

- the endings are case endings, not the suffixes that make a woman's surname ("Nováková",
  "Kowalska" are not cases of "Novák", "Kowalski"), and an adjectival surname's masculine
  "-i/-ý" never meets the feminine "-a/-á";
- one of the two forms is written only in articles of a language that declines names, so
  "Paolo Rossi" and "Paola Rossi" in Italian, two people, stay two;
- the two are written in the same script (across scripts, :mod:`.romanise` decides).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import has_cyrillic
from briefing.topics.romanise import scheme_keys

#: Languages that decline personal names in running text.
DECLINING = frozenset(["pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv", "ru", "uk", "be"])

#: Case endings as person keys spell them (folded, "y" → "i", "w" → "v"): nominative
#: "-o/-a/-e" and the oblique cases of West and South Slavic and Russian ("Ficę" → "fice",
#: "Ficowi" → "ficovi", "Zuzanou" → "zuzanou", "Шимечки" → "shimechki").
CASE_ENDINGS = frozenset(
    ["", "a", "e", "i", "o", "u", "ie", "ou", "oi", "ovi", "em", "om", "im", "ej", "iej"]
) | frozenset(["eho", "ego", "emu", "iem"])
#: Stems shorter than this are too short to say two words are one ("Jan" / "Jana" are).
MIN_STEM = 3
#: An adjectival surname's masculine and feminine endings as keys spell them ("Kowalski" /
#: "Kowalska", "Hronský" / "Hronská"), after the stems such surnames end in ("-sk", "-ck"
#: is "-k" in a key). A noun surname's "-i" is a case ("Kula" / "Kuli"): not a woman.
_GENDERED = frozenset(["i", "a"])
_ADJECTIVAL = ("sk", "k")
#: Czech and Slovak write an adjectival surname's gender on its last letter ("Nový" /
#: "Nová"), which the folded key loses.
_MASCULINE, _FEMININE = "ýÝ", "áÁ"


def _ends(a: str, b: str) -> tuple[str, str, int]:
    """The endings of two words after their common beginning, and its length."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[n:], b[n:], n


def _case_forms(a: str, b: str) -> bool:
    """Whether two words of a key are one word with two case endings."""
    if a == b:
        return True
    ending_a, ending_b, stem = _ends(a, b)
    return stem >= MIN_STEM and ending_a in CASE_ENDINGS and ending_b in CASE_ENDINGS


def _same_surname(a: str, b: str, written: tuple[str, ...] = ()) -> bool:
    """Two surname keys' words, one in two cases, not a man's and a woman's form of one
    adjective; ``written`` are the surnames as the text spells them, when known."""
    ending_a, ending_b, stem = _ends(a, b)
    if {ending_a, ending_b} == _GENDERED and a[:stem].endswith(_ADJECTIVAL):
        return False
    if any(w[-1:] in _MASCULINE for w in written) and any(w[-1:] in _FEMININE for w in written):
        return False
    return _case_forms(a, b)


def inflected(a: str, b: str, written: tuple[str, ...] = ()) -> bool:
    """Whether person keys ``a`` and ``b`` ("p:robert fiko", "p:roberta fice") are one full
    name in two cases: as many words, every word a case form of its partner, and the
    surnames not a masculine and a feminine form of one adjective."""
    wa, wb = a[2:].split(), b[2:].split()
    if a == b or len(wa) != len(wb) or len(wa) < 2:
        return False
    return all(_case_forms(x, y) for x, y in zip(wa[:-1], wb[:-1], strict=True)) and (
        _same_surname(wa[-1], wb[-1], written)
    )


def case_pairs(
    people: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    languages: Mapping[str, str],
) -> list[tuple[str, str]]:
    """Pairs of person keys that are one name in two grammatical cases (:func:`inflected`),
    both written in the same script, one of them only in languages that decline names."""
    groups: dict[tuple[int, str], list[str]] = {}
    for key in people:
        words = key[2:].split()
        if len(words) >= 2 and len(words[-1]) >= MIN_STEM and sightings.get(key):
            groups.setdefault((len(words), words[-1][:MIN_STEM]), []).append(key)
    pairs = []
    for group in groups.values():
        declined = [
            k for k in group if all(languages.get(o.article) in DECLINING for o in sightings[k])
        ]
        if len(group) < 2 or not declined:
            continue  # an English briefing stops here: no pair is ever compared
        script = {k: {has_cyrillic(o.surface) for o in sightings[k]} for k in group}
        seen: set[tuple[str, str]] = set()
        for a in declined:
            for b in group:
                pair = (min(a, b), max(a, b))
                if (
                    a != b
                    and pair not in seen
                    and len(script[a] | script[b]) == 1
                    and inflected(a, b, _surnames(sightings[a] + sightings[b]))
                ):
                    seen.add(pair)
                    pairs.append(pair)
    return pairs


def _surnames(occurrences: list[Occurrence]) -> tuple[str, ...]:
    return tuple({o.surface.split()[-1] for o in occurrences})


class SurnameForms:
    """Finds whose surname a lone surname is when its key matches nobody's as written.

    ``owners`` maps surname keys ("p:fico") to the people with that surname. A Cyrillic
    surname is tried in every romanisation ("Фицо" → "p:fico"); a surname in an article of
    a declining language, in its case forms ("Ficovi" → "p:fico"). Surnames one
    person owns under several forms are that person's; any doubt returns nobody.
    """

    def __init__(
        self, owners: Mapping[str, set[str]], sightings: Mapping[str, list[Occurrence]]
    ) -> None:
        self.owners = owners
        self._by_stem: dict[str, list[str]] = {}
        for key in owners:
            self._by_stem.setdefault(key[2 : 2 + MIN_STEM], []).append(key)
        #: Surname key → the surname as full names write it ("p:novi" → "Nový").
        self._written: dict[str, set[str]] = {}
        for key, occurrences in sightings.items():
            if key.startswith("p:") and " " in key:
                surname = "p:" + key.split()[-1]
                self._written.setdefault(surname, set()).update(_surnames(occurrences))

    def roots(self, surface: str, key: str, language: str | None) -> set[str]:
        found: set[str] = set()
        if has_cyrillic(surface):
            for alternative in scheme_keys(surface):
                found |= self.owners.get(alternative, set())
        if not found and language in DECLINING and " " not in key:
            for other in self._by_stem.get(key[2 : 2 + MIN_STEM], ()):
                written = (surface, *self._written.get(other, ()))
                if other != key and _same_surname(key[2:], other[2:], written):
                    found |= self.owners[other]
        return found
