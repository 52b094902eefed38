"""Did-you-mean: the user's query with each unknown word replaced by the nearest indexed word.

Apart from :mod:`.query` (parsing and rewriting), since it works on the raw text the user
typed, word by word, never on the parsed query: operators, fields and pattern marks are left
as typed, and only a plain word the index does not know is replaced.
"""

from __future__ import annotations

import re

from whoosh.searching import Searcher

from briefing.search.analysis import has_cjk, is_stop, query_terms
from briefing.search.query import OPERATORS
from briefing.search.schema import STEMMED_FIELDS
from briefing.search.vocabulary import Vocabulary
from briefing.word_marks import MARKS

#: A plain word the user typed, with an optional ``field:`` in front and pattern marks after:
#: letters and the combining marks inside them (``किताबें`` is one word, ``word_marks.py``).
_WORD = re.compile(
    rf"(?:(?P<field>[A-Za-z_]+):)?(?P<word>[^\W\d_](?:[^\W\d_]|[{MARKS}])*)(?P<tail>[*?~]?)"
)


def suggest(text: str, searcher: Searcher, vocabulary: Vocabulary) -> str | None:
    """The whole query with each unknown word replaced by the nearest indexed word, or None.

    Looks each raw word up in the vocabulary of unstemmed words: ``correct_query`` would
    correct stems ("commision" → "commis") and borrow stems across fields (WHOOSH.md #6). A
    suggestion must still be in the index (the vocabulary keeps words of removed articles).
    """
    reader = searcher.reader()

    languages = (*sorted(vocabulary.languages), "und")

    def indexed(word: str) -> bool:
        # The lexicon keeps terms of deleted documents until a merge; postings skip them.
        return any(
            (field, term) in reader and reader.postings(field, term).is_active()
            for term in query_terms(word, languages)
            for field in STEMMED_FIELDS
        )

    out: list[str] = []
    last = 0
    changed = False
    for match in _WORD.finditer(text):
        word, field, tail = match.group("word"), match.group("field"), match.group("tail")
        before = text[match.start() - 1] if match.start() > 0 else " "
        after = text[match.end() : match.end() + 1]
        if (
            tail
            or (field and field not in ("title", "body"))
            or word in OPERATORS
            or len(word) < 3
            or has_cjk(word)  # indexed as bigrams: no whole word to compare
            or before.isalnum()
            or after in (":", "^")
            or after.isalnum()
            or any(is_stop(word.lower(), language) for language in languages)
            or word.lower() in vocabulary
            or indexed(word.lower())  # another form of an indexed word (joya for joyas)
        ):
            continue
        found = vocabulary.suggest(word.lower(), maxdist=2, prefix=1, accept=indexed)
        if not found:
            continue
        replacement = found
        if word[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        start = match.start("word")
        out.append(text[last:start])
        out.append(replacement)
        last = match.end("word")
        changed = True
    if not changed:
        return None
    out.append(text[last:])
    return "".join(out)
