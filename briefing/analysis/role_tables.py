"""A table of role nouns per language, read one word at a time.

Two readers key a count of people by the role its noun names — :mod:`.fate_roles` (hostages,
foreigners, workers: who a fate befell) and :mod:`.role_nouns` (crew, teachers, students: who
was counted) — each from its own table of patterns per language. This is the one place that
compiles a language's patterns (once, on first use) and finds a word's role among them.
"""

from __future__ import annotations

import re


class RoleTable:
    """Per language, per role: a regular-expression alternation of the role's nouns as
    written (lower case, endings spelt out); a word names the role its whole folded form
    matches."""

    def __init__(self, roles: dict[str, dict[str, str]]) -> None:
        self._roles = roles
        self._compiled: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}

    def role_of(self, word: str, language: str) -> str:
        """The role ``word`` (one word, as written) names in ``language``; "" if none."""
        patterns = self._compiled.get(language)
        if patterns is None:
            patterns = tuple(
                (role, re.compile(rf"(?:{words})", re.IGNORECASE))
                for role, words in self._roles.get(language, {}).items()
            )
            self._compiled[language] = patterns
        folded = word.casefold()
        return next((role for role, pattern in patterns if pattern.fullmatch(folded)), "")
