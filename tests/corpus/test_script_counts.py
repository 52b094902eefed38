"""``language.script`` counts ASCII letters by regex and looks up only the others: the same
answer as weighing every letter by its Unicode name, ties to the script written first."""

from __future__ import annotations

import random
import unicodedata

from briefing.corpus.language import _HAN_AND_KANA, _KANA, _SYLLABLE_BLOCKS, script


def _every_letter(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "").split(" ", 1)[0]
            group = "CJK" if name in _HAN_AND_KANA else name
            weight = 3 if _SYLLABLE_BLOCKS.match(ch) else 2 if _KANA.match(ch) else 1
            counts[group] = counts.get(group, 0) + weight
    return max(counts, key=counts.__getitem__) if counts else None


_ALPHABET = "abcXYZ éşßİıſ Кия ΑΩ אב عربي 漢字 かなカナ 한글 ไทย 1,.!–「」 \u00a0"


def test_the_same_script_as_weighing_every_letter() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24)))
        assert script(text) == _every_letter(text), text


def test_ties_go_to_the_script_written_first() -> None:
    assert script("ab Ки") == "LATIN"
    assert script("Ки ab") == "CYRILLIC"
    assert script("é Кa и") == "LATIN"  # a non-ASCII Latin letter first
    assert script("한 abc") == "HANGUL"  # a syllable block weighs three
    assert script("12 — !") is None
