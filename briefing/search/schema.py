"""The index schema, and how an ``Article`` becomes a Whoosh document.

The schema is lean on purpose (WHOOSH.md, issue 6): only ``id``, ``title``, ``source`` and
``date`` are stored, because snippets and highlights are computed from the ``Article`` the
caller already holds. No spelling, n-gram or unstemmed fields: fuzzy, prefix and wildcard
terms and did-you-mean use the vocabulary kept beside the index (``vocabulary.py``).

Bump ``SCHEMA_VERSION`` whenever a field or an analyzer changes: an index written with another
version is rebuilt on the next sync.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from whoosh.fields import DATETIME, ID, KEYWORD, TEXT, Schema

from briefing.model import Article
from briefing.search.analysis import STEMMING, keyword_analyzer, tagged

#: 2: the unstemmed ``exact`` field gave way to the vocabulary file.
#: 3: text analysed per language (stemmer, stop words, folded accents, American spelling).
#: 4: Polish, Czech, Slovak, Catalan, Lithuanian, Estonian, Indonesian and Greek stemmed in their
#: own language (they went through English Porter); Ukrainian lemmatised (it went through the
#: Russian stemmer). See ``stemmers.py``.
#: 5: Italian and Spanish plurals that Snowball read as an infinitive with an attached pronoun
#: (``dispersi``, ``gobiernos``) take their singular's stem (``enclitics.py``).
#: 6: runs of Han, Kana and Hangul indexed as overlapping bigrams (``analysis._cjk_pieces``):
#: they were one term per run, so no word inside a Chinese or Japanese sentence was found.
#: 7: a German -eln stem drops its n, so an -el noun's plural meets its singular
#: (``Insel`` / ``Inseln``; ``stemmers.py``).
#: 8: a sentence glued to the next without a space (``towers.Firefighters``) is two words, not
#: one (``tokens.py``); Italian ``-io`` plurals (``edifici``) and Polish nouns with a fleeting
#: ``e`` (``wieżowiec``) take their paradigm's stem (``stem_siblings.py``).
#: 9: Italian, Spanish, Portuguese, French and Catalan plurals that Snowball leaves whole beside
#: their singular (``anni`` / ``anno``, ``años`` / ``año``, ``euros`` / ``euro``) take its stem
#: (``short_plurals.py``).
#: 10: a Greek ``-ιο``/``-ιος`` word takes its genitive's stem, so ``ναυάγιο`` meets
#: ``ναυάγια``; Basque, Irish, Esperanto and Persian get their Snowball stemmers
#: (``stemmers.py``).
#: 11: combining marks stay inside a word (``tokens.py``, ``word_marks.py``): Devanagari,
#: Bengali and Tamil vowel signs, Thai vowels, Hebrew points and Arabic harakat cut words in
#: pieces (``किताबें`` was ``क`` ``त`` ``ब``); Hebrew points and harakat are folded away.
#: 12: traditional Chinese characters folded to simplified (``保守黨`` meets ``保守党``:
#: ``han.py``); a French word made from an ``-ion`` noun with a doubled n takes the noun's stem
#: (``démissionner`` meets ``démission``: ``stemmers.py``); Spanish and Catalan plurals of
#: short accented words take their singular's stem (``días`` / ``día``: ``short_plurals.py``).
#: 13: Hindi words stemmed (Snowball's light stemmer, an English loan's ``-्स`` plural removed:
#: ``एयरपोर्ट्स`` meets ``एयरपोर्ट``; ``stemmers.py``).
#: 14: Hebrew words lemmatised (simplemma's dictionary, particles glued to a word taken off
#: where the dictionary knows the rest: ``לחטופים`` meets ``חטוף``; ``hebrew.py``); a Persian
#: plural simplemma gives a singular takes its stem (``زندانیان`` meets ``زندانی``;
#: ``stemmers.py``).
#: 15: Greek -ιες / -ιας words take the stem of their -ια form (``φωτιές`` meets ``φωτιά``;
#: ``stemmers.py``).
#: 16: a five-letter Arabic word loses its article as ISRI's algorithm says (``التاج`` meets
#: ``تاج``, ``العام`` meets ``عام``: ``arabic.py``).
#: 17: German plurals of Latin and Greek loans take their singular's stem (``Stadien`` meets
#: ``Stadion``, ``Museen`` meets ``Museum``: ``loan_plurals.py``).
SCHEMA_VERSION = 17

#: Fields a plain word is looked up in, and how much a match in each counts. Furniture
#: (captions, credits, boilerplate) ranks down; a title match ranks up.
FIELD_BOOSTS: dict[str, float] = {"title": 3.0, "body": 1.0, "furniture": 0.3, "source": 1.0}

#: Every language an article is analysed in (its own and its paragraphs'), space-separated:
#: a stop word of one language is matched by being in that language (``query._rewrite``).
LANGUAGE_FIELD = "language"

#: Fields analysed with the stemming analyzer (their terms are stems).
STEMMED_FIELDS: frozenset[str] = frozenset({"title", "body", "furniture"})


def build_schema() -> Schema:
    """A fresh schema object (Whoosh fields are mutable, so each index gets its own)."""
    return Schema(
        id=ID(unique=True, stored=True),
        title=TEXT(analyzer=STEMMING, stored=True, phrase=True),
        source=TEXT(analyzer=keyword_analyzer(), stored=True, phrase=True),
        date=DATETIME(stored=True, sortable=True),
        body=TEXT(analyzer=STEMMING, phrase=True),
        furniture=TEXT(analyzer=STEMMING, phrase=True),
        path=ID(),
        language=KEYWORD(),
    )


_SURROGATE = re.compile("[\ud800-\udfff]")
_KEY_MARK = "\x00"


def doc_key(article_id: str) -> str:
    """The id as Whoosh and the manifest store it.

    An id comes from a file name, and a file name that is not valid UTF-8 reaches Python
    with lone surrogates, which Whoosh cannot encode. Such ids are stored as a marked hex
    string; every other id is stored as it is.
    """
    if not _SURROGATE.search(article_id):
        return article_id
    return _KEY_MARK + article_id.encode("utf-8", "surrogatepass").hex()


def article_id_from_key(key: str) -> str:
    """Inverse of :func:`doc_key`."""
    if key.startswith(_KEY_MARK):
        return bytes.fromhex(key[1:]).decode("utf-8", "surrogatepass")
    return key


def safe_text(text: str) -> str:
    """``text`` with lone surrogates replaced one for one by U+FFFD, which Whoosh can encode.

    One for one keeps every offset, and both characters are word separators, so the
    highlighter (which reads the original text) sees the same words the index saw.
    """
    if text.isascii():  # no surrogate to replace (and asking is free: CPython knows)
        return text
    return _SURROGATE.sub("\ufffd", text)


def to_datetime(value: dt.date | None) -> dt.datetime | None:
    """Whoosh's DATETIME wants a datetime; an article date is a plain date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return dt.datetime(value.year, value.month, value.day)


def tagged_text(article: Article, *, furniture: bool) -> str:
    """The body (or the furniture) as one string, each paragraph marked with its language for
    the analyzer (``analysis.tagged``)."""
    return "\n\n".join(
        tagged(safe_text(p.text), p.language or article.language)
        for p in article.paragraphs
        if p.foldable == furniture
    )


def document(article: Article) -> dict[str, Any]:
    """The fields Whoosh indexes for one article (``None`` values are left out)."""
    body = tagged_text(article, furniture=False)
    furniture = tagged_text(article, furniture=True)
    title = safe_text(article.title or "")
    doc: dict[str, Any] = {
        "id": doc_key(article.id),
        "title": tagged(title, article.language),
        "_stored_title": title,  # Whoosh stores this instead of the marked value
        "body": body,
        "furniture": furniture,
        "path": safe_text(str(article.path)),
        "language": " ".join(article.languages).lower(),
    }
    if article.source:
        doc["source"] = safe_text(article.source)
    when = to_datetime(article.date)
    if when is not None:
        doc["date"] = when
    return doc
