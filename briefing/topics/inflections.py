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
#: Endings of an adjectival surname that only differ by gender ("Kowalski" / "Kowalska").
_GENDERED = frozenset([frozenset(["i", "a"])])


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


def inflected(a: str, b: str) -> bool:
    """Whether person keys ``a`` and ``b`` ("p:robert fiko", "p:roberta fice") are one full
    name in two cases: as many words, every word a case form of its partner, and the
    surnames not a masculine and a feminine form of one adjective."""
    wa, wb = a[2:].split(), b[2:].split()
    if a == b or len(wa) != len(wb) or len(wa) < 2:
        return False
    if not all(_case_forms(x, y) for x, y in zip(wa, wb, strict=True)):
        return False
    ending_a, ending_b, _stem = _ends(wa[-1], wb[-1])
    return frozenset([ending_a, ending_b]) not in _GENDERED


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
        if len(group) < 2:
            continue
        script = {k: {has_cyrillic(o.surface) for o in sightings[k]} for k in group}
        declined = {
            k for k in group if all(languages.get(o.article) in DECLINING for o in sightings[k])
        }
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (
                    len(script[a] | script[b]) == 1
                    and (a in declined or b in declined)
                    and inflected(a, b)
                ):
                    pairs.append((a, b))
    return pairs
