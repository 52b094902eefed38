"""A name typed in one script, looked up in the other (Latin ↔ Cyrillic) when searching.

Split from ``query.py`` (which rewrites what the user typed): transliterating a typed name is
a concern of its own, with its own package (``cyrtranslit``, imported only when a capitalised
word of four letters or more needs it) and its own guard against everyday words that happen
to spell a word of the other language.
"""

from __future__ import annotations

from whoosh import query as wq

from briefing.search.analysis import CYRILLIC_LANGUAGES, fold, has_cyrillic, query_terms

#: Languages written in Cyrillic for which a typed Latin name is also looked up in Cyrillic.
_CYRILLIC_TARGETS = ("ru", "uk", "bg", "sr", "mk")


def other_script_terms(q: wq.Term, text: str, languages: tuple[str, ...]) -> set[str]:
    """Terms of a name typed in one script, transliterated into the other (``Rahmon`` →
    ``Рахмон``, ``Рахмон`` → ``Rahmon``) with ``cyrtranslit``, when the briefing has text in
    the other script. Only for capitalised words of four letters or more as typed: names,
    not everyday words that happen to spell a word of the other language.
    """
    start, end = getattr(q, "startchar", None), getattr(q, "endchar", None)
    if not isinstance(start, int) or not isinstance(end, int):
        return set()
    typed = text[start:end].rsplit(":", 1)[-1]
    if len(typed) < 4 or not typed.isalpha() or not typed[:1].isupper():
        return set()
    import cyrtranslit  # deferred: only a capitalised query word needs it

    cyrillic = [code for code in languages if code in _CYRILLIC_TARGETS]
    if has_cyrillic(typed):
        if all(code in CYRILLIC_LANGUAGES or code == "und" for code in languages):
            return set()
        other = str(cyrtranslit.to_latin(typed, "ru")).lower()
    elif typed.isascii() and cyrillic:
        other = str(cyrtranslit.to_cyrillic(typed, cyrillic[0])).lower()
    else:
        return set()
    if not other.isalpha():
        return set()
    return set(query_terms(other, languages)) | {fold(other)}
