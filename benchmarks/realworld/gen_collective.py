"""Write ``briefing/analysis/collective.py``: Russian and Ukrainian collective numerals
("трое", "четверых", "двоє") in every case pymorphy3's dictionaries give, with their values.

Collective numerals are how these languages count people ("трое преступников": three
criminals); neither num2words nor number-parser lists them. They are a closed class of the
grammar (2–10), so their nominatives are listed below and pymorphy3 declines them. The
product reads the generated table: importing pymorphy3 from the numbers would tie the
timeline's cache to it, and load its dictionaries where no topic needs them. Rerun with:

    .venv/bin/python -m benchmarks.realworld.gen_collective
"""

from __future__ import annotations

from pathlib import Path

TARGET = Path(__file__).resolve().parents[2] / "briefing" / "analysis" / "collective.py"
#: Nominatives for 2–10, in order.
NOMINATIVES = {
    "ru": "двое трое четверо пятеро шестеро семеро восьмеро девятеро десятеро",
    "uk": "двоє троє четверо п'ятеро шестеро семеро восьмеро дев'ятеро десятеро",
}


def forms(language: str) -> dict[str, int]:
    """Every case of the collective numerals of ``language`` → value."""
    import pymorphy3

    analyser = pymorphy3.MorphAnalyzer(lang=language)
    found: dict[str, int] = {}
    for value, word in enumerate(NOMINATIVES[language].split(), start=2):
        found[word] = value
        for parse in analyser.parse(word):
            if parse.tag.POS == "NUMR":
                found.update((form.word, value) for form in parse.lexeme)
                break
    return found


def main() -> None:
    lines = [
        '"""Russian and Ukrainian collective numerals in every case, generated from pymorphy3',
        "by benchmarks/realworld/gen_collective.py. Do not edit.",
        '"""',
        "",
        "COLLECTIVE: dict[str, dict[str, int]] = {",
    ]
    for language in NOMINATIVES:
        lines.append(f'    "{language}": {{')
        for word, value in sorted(forms(language).items(), key=lambda kv: (kv[1], kv[0])):
            lines.append(f'        "{word}": {value},')
        lines.append("    },")
    lines.append("}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
