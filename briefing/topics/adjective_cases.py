"""A name opened by a German adjective is named in the adjective's nominative form.

German inflects the adjective of a name by case: "die Deutsche Bahn" (nominative), "der
Deutschen Bahn" (genitive, dative), "dem Deutschen Museum", "die Europäische Union" beside
"der Europäischen Union". News writes a body in the dative and the genitive more often than
in the nominative ("Computer der Deutschen Bahn", "bei der Europäischen Union"), so the form
written most often is an oblique one, which no analyst would name the topic by.

:func:`nominative_counts` moves the uses of a form whose adjectives end in "-en" or "-em"
onto the form that differs from it only by those adjectives ending in "-e", when the topic's
own uses write that form: nothing is invented, a form no text writes is never a name. Only
"-en" and "-em" yield: they are never a bare name's singular nominative, while "-er" and
"-es" are the nominative of a masculine or neuter name written without its article
("Deutscher Bundestag", "Deutsches Museum"), which stays as the texts write it. The last word
(the noun) must be the same in both forms, and each adjective must keep three letters or
more before its ending (:data:`~.capital_adjectives.MIN_STEM`), so "Bremen" and "Breme" or a
plural noun's "-en" are never taken for an adjective's ending.
"""

from __future__ import annotations

from collections import Counter

from briefing.topics.capital_adjectives import MIN_STEM

__all__ = ["nominative_counts"]

#: The oblique endings of an adjective that yield to its nominative "-e".
_OBLIQUE = ("en", "em")


def _nominative(form: str) -> str | None:
    """``form`` with each of its adjectives (every word before the last) in "-e", or None
    when no word before the last ends in an oblique ending."""
    words = form.split()
    if len(words) < 2:
        return None
    changed = False
    out: list[str] = []
    for word in words[:-1]:
        ending = next((e for e in _OBLIQUE if word.endswith(e)), None)
        if (
            ending is not None
            and word[:1].isupper()
            and word.isalpha()
            and len(word) - len(ending) >= MIN_STEM
        ):
            out.append(word[: -len(ending)] + "e")
            changed = True
        else:
            out.append(word)
    return " ".join([*out, words[-1]]) if changed else None


def nominative_counts(counts: Counter[str]) -> Counter[str]:
    """The topic's written forms with each oblique adjective form's uses moved onto its
    nominative form, when that form is written too (the module's docstring)."""
    moved: Counter[str] | None = None
    for form, n in counts.items():
        nominative = _nominative(form)
        if nominative is None or nominative == form or nominative not in counts:
            continue
        if moved is None:
            moved = Counter(counts)
        moved[nominative] += n
        del moved[form]
    return counts if moved is None else moved
