"""One language's entry of a generated word table, written as Python source.

The generators of ``briefing/search``'s word tables (``gen_plural_siblings.py``,
``gen_native_s_words.py``) write each language's words as one triple-quoted string read by a
small parser in the generated module: a table of thousands of words stays a few readable lines
per language instead of a literal per word, and both write it the same way.
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
