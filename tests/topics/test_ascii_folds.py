"""The ASCII short cuts of the accent folds (speed, issue 15) give what the full fold gives.

A fold decomposes a text (NFKD), strips its combining marks and lowers it; an ASCII text
has nothing to decompose nor strip, so the folds only lower it. These compare each short
cut with the full computation, on every ASCII character and on invented names, and check
that a text with one letter past ASCII still takes the full way.
"""

from __future__ import annotations

import string
import unicodedata

from briefing.topics import phrase_alternates
from briefing.topics.spelling import UNDECOMPOSED, fold

_ASCII = "".join(map(chr, range(128)))
_NAMES = ["Kelmora", "Port Vassen", "O'Hadley-Brook", "ST. IVORN", string.printable]


def _full_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _full_casefold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def test_fold_of_ascii_is_the_full_fold() -> None:
    for text in [_ASCII, *_NAMES, *_ASCII]:
        assert fold(text) == _full_fold(text)


def test_fold_past_ascii_still_strips_and_translates() -> None:
    # Look-alikes of ASCII names: one accent, one undecomposed letter, a ligature.
    for text in ["Kélmora", "Vaßen", "Øster Ħalm", "ﬁrth"]:
        assert fold(text) == _full_fold(text)
    assert fold("Kélmora") == "kelmora"
    assert fold("Vaßen") == "vassen"


def test_place_name_fold_of_ascii_is_the_full_fold() -> None:
    for text in [_ASCII, *_NAMES, *_ASCII]:
        assert phrase_alternates._fold(text) == _full_casefold(text)
    for text in ["Kélmora", "Straße", "ﬁrth"]:
        assert phrase_alternates._fold(text) == _full_casefold(text)
    assert phrase_alternates._fold("Straße") == "strasse"
