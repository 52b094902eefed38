"""One language's entry of a generated word table, written as Python source.

The generators of ``briefing/search``'s word tables (``gen_plural_siblings.py``,
``gen_native_s_words.py``, ``gen_irregular_forms.py``) write each language's words as one
triple-quoted string read by a small parser in the generated module: a table of thousands of
words stays a few readable lines per language instead of a literal per word, and all write it
the same way (:func:`pairs_module` for the tables of word pairs).
"""

from __future__ import annotations

import textwrap


def wrapped_entry(language: str, reader: str, body: str) -> list[str]:
    """The source lines of ``"<language>": <reader>(\"\"\"<body>\"\"\"),``, wrapped at 88
    columns without breaking a word (nor at its hyphens: a word is one table entry)."""
    wrapped = textwrap.wrap(body, width=88, break_long_words=False, break_on_hyphens=False)
    return [
        f'    "{language}": {reader}(',
        '        """',
        *(f"        {line}" for line in wrapped),
        '        """',
        "    ),",
    ]


def pairs_module(doc: list[str], name: str, tables: dict[str, dict[str, str]]) -> str:
    """A generated module holding ``name``: per language, a table of word → word written as
    one string of pairs (``"said say says say"``), parsed on import by its ``_pairs``.
    ``doc`` is the module docstring's lines, without the quotes."""
    lines = [
        f'"""{doc[0]}',
        *doc[1:],
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "",
        "def _pairs(text: str) -> dict[str, str]:",
        "    words = text.split()",
        "    return dict(zip(words[::2], words[1::2], strict=True))",
        "",
        "",
        f"{name}: dict[str, dict[str, str]] = {{",
    ]
    for language, table in tables.items():
        body = " ".join(f"{word} {other}" for word, other in table.items())
        lines += wrapped_entry(language, "_pairs", body)
    lines.append("}")
    return "\n".join(lines) + "\n"
