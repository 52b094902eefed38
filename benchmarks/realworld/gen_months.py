"""Write ``briefing/corpus/months.py``: month names and abbreviations from CLDR (via Babel).

The product reads month words from this generated table instead of importing Babel or
dateparser on every start (see DATES.md for the measurement). Rerun after changing LANGUAGES:

    python -m benchmarks.realworld.gen_months   # needs `pip install babel==2.19.0`
"""

from __future__ import annotations

from pathlib import Path

from babel.dates import get_month_names

#: The dev packets' languages, the common European ones, Russian/Ukrainian/Turkish, the
#: languages of Central Asia's press, and Greek. A word that names two different months in two
#: of them would be dropped (there is none today; the generator checks).
LANGUAGES = [
    "en",
    "de",
    "fr",
    "it",
    "es",
    "pt",
    "nl",
    "pl",
    "cs",
    "sk",
    "ro",
    "hu",
    "sv",
    "da",
    "nb",
    "fi",
    "tr",
    "az",
    "ru",
    "uk",
    "be",
    "bg",
    "kk",
    "ky",
    "uz",
    "el",
]
OUT = Path(__file__).resolve().parents[2] / "briefing" / "corpus" / "months.py"


def table() -> dict[str, int]:
    found: dict[str, set[int]] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=lang).items():
                    word = name.lower().rstrip(".")
                    if len(word) >= 3 and not word.isdigit():
                        found.setdefault(word, set()).add(number)
    return {w: next(iter(n)) for w, n in sorted(found.items()) if len(n) == 1}


def render(words: dict[str, int]) -> str:
    """The module's text: the words of each month on lines of their own, under its number, so
    the table reads month by month (a word missing from one language's month is seen at once)
    and stays short; ``MONTHS`` is built from them, word by word in sorted order."""
    lines = [
        '"""Month words → month number, generated from CLDR by benchmarks/realworld/gen_months.py.',
        "",
        f"Languages: {' '.join(LANGUAGES)}.",
        "Lower case, without a final period, grouped by month. Do not edit.",
        '"""',
        "",
        "#: Each month's words, separated by spaces, under its number.",
        "_BY_MONTH: dict[int, str] = {",
    ]
    for number in sorted(set(words.values())):
        lines.append(f'    {number}: """')
        line = ""
        for word in (w for w, n in words.items() if n == number):
            if line and len(line) + 1 + len(word) > 88:
                lines.append(f"        {line}")
                line = ""
            line = f"{line} {word}" if line else word
        lines += [f"        {line}", '    """,']
    lines += [
        "}",
        "",
        "MONTHS: dict[str, int] = dict(",
        "    sorted((word, number) for number, text in _BY_MONTH.items() for word in text.split())",
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    words = table()
    OUT.write_text(render(words), encoding="utf-8")
    print(f"{len(words)} month words written to {OUT}")


if __name__ == "__main__":
    main()
