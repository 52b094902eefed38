"""Two neighbouring consonants typed in each other's place: a typo, not a rendering of a name.

Transliteration systems differ by the letters they choose for one sound ("Rahmon" /
"Rakhmon", "Sergey" / "Sergei"); none writes the same letters with two neighbours in the
other order. "Kinsgley" beside "Kingsley" is a keyboard slip of one outlet: the swap stays
inside a run of consonants, the syllables stay where they were, and the result is a name no
one pronounces. A flag for it tells the analyst nothing about what the sources claim.

A swap of a vowel with a consonant is left to :mod:`.spelling`: it moves a syllable
("Krasikov" / "Karsikov", "Mirosław" / "Mirsolaw") and reads as another, pronounceable name,
which a reader may take for a different person, so the sources do disagree on what they
print (the ankara packet annotates "Karsikov" as such). Two vowels swapped ("ie" / "ei")
change the sound in most languages and are left alone too. The swap is judged on the folded
letters (accents off, lower case), so "Kinsgléy" is the same slip; two letters swapped
further apart ("Nicosur" / "Nicușor") are no neighbours and stay a variant.
"""

from __future__ import annotations

from briefing.analysis.inflection import folded

#: Vowel letters of the Latin, Cyrillic and Greek alphabets once folded ("y" counts as one,
#: as it is in most names: "Sergey", "Yuri").
_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєαεηιουω")


def consonant_swap(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring consonants in each other's place (case and
    accents aside)."""
    x, y = folded(a).casefold(), folded(b).casefold()
    if len(x) != len(y) or x == y:
        return False
    wrong = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(wrong) != 2 or wrong[1] != wrong[0] + 1:
        return False
    first, second = x[wrong[0]], x[wrong[1]]
    return (
        y[wrong[0]] == second
        and y[wrong[1]] == first
        and first.isalpha()
        and second.isalpha()
        and first not in _VOWELS
        and second not in _VOWELS
    )
