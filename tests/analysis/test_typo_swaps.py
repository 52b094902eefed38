"""Two neighbouring consonants swapped in one outlet's spelling are a typo (typo_swaps.py),
while a vowel moved across a consonant, letters swapped further apart and real renderings
still make spelling flags."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.typo_swaps import consonant_swap
from briefing.model import Article


def _spellings(*articles: Article) -> set[str]:
    return {d.subject for d in find_discrepancies(articles) if d.kind == "spelling"}


def test_consonant_swap_reads_folded_letters() -> None:
    assert consonant_swap("Hartwell", "Hatrwell")
    assert consonant_swap("Hartwéll", "Hatrwell")  # the accent adds nothing to the slip
    # Look-alikes: a vowel and a consonant, two vowels, letters two apart, a rendering.
    assert not consonant_swap("Brasomir", "Barsomir")
    assert not consonant_swap("Dieter", "Deiter")
    assert not consonant_swap("Tarlof", "Tolraf")
    assert not consonant_swap("Rahmon", "Rakhmon")
    assert not consonant_swap("Hartwell", "Hartwell")


_SLIP = in_language(
    "en", "b", "The coach later praised the midfielder Olwen Hatrwell for his calm."
)


def test_an_outlets_consonant_swap_is_not_flagged() -> None:
    right = [
        in_language("en", "a", "The midfielder Olwen Hartwell missed the last penalty on Sunday."),
        in_language("en", "c", "After the final whistle Olwen Hartwell sat alone on the grass."),
    ]
    assert not any("Hatrwell" in s for s in _spellings(*right, _SLIP))


def test_a_vowel_moved_across_a_consonant_still_flags() -> None:
    found = _spellings(
        in_language("es", "a", "El canje incluyó al agente Tiberio Brasomir, según la agencia."),
        in_language("es", "b", "Entre los liberados figura el agente Tiberio Barsomir, dijo."),
    )
    assert any("Brasomir" in s and "Barsomir" in s for s in found)


def test_a_rendering_still_flags() -> None:
    found = _spellings(
        in_language("en", "a", "The talks were hosted by President Emomali Rahmon on Friday."),
        in_language("en", "b", "Putin met President Emomali Rakhmon in the capital on Friday."),
    )
    assert any("Rahmon" in s and "Rakhmon" in s for s in found)
