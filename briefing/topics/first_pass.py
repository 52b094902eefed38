"""The walk of the first pass over a briefing: which paragraphs, the briefing-wide
vocabulary, and each distinct paragraph text read once.

Split from :mod:`briefing.topics.extract`, whose reader holds the rules for one paragraph:
this module decides what the reader sees and in which order. The vocabulary (words written in
lower case somewhere, words capitalised mid-sentence) must be known before any paragraph is
classified, and wire copy recurs across a large briefing's articles, so a recurring text's
findings are re-stamped rather than read again. :mod:`briefing.topics.shares` does the same
walk on several processes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.corpus.embedded_post import is_post_signature
from briefing.model import Article
from briefing.topics.candidates import Candidates
from briefing.topics.cut_ends import without_cut_end
from briefing.topics.extract import _Reader
from briefing.topics.file_names import without_file_names
from briefing.topics.headings import is_heading
from briefing.topics.languages import NOUN_CAPITALISING, briefing_languages, function_words_of
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.nouns import common_nouns
from briefing.topics.tokens import midsentence_capitals, token_texts, tokenize


def body_paragraphs(articles: Sequence[Article]) -> list[tuple[str, int, str]]:
    """(article id, paragraph index, text) of every body-ish paragraph, in article order,
    but a reporter's byline on a line of its own (:func:`byline`); the article's last
    paragraph without a word the file's end cut (:mod:`.cut_ends`). An embedded post's
    signature on its own line ("— Space Agency (@agency) May 3, 2031") is read too, whatever
    kind its date made it (:func:`~briefing.corpus.embedded_post.is_post_signature`): the
    article quotes that account, a person or body of the story, not its own page."""
    return [
        (
            article.id,
            index,
            without_cut_end(para.text, para.language or article.language)
            if last == index
            else para.text,
        )
        for article in articles
        for last in (len(article.paragraphs) - 1,)
        for index, para in enumerate(article.paragraphs)
        if (not para.foldable and not byline(para.text)) or is_post_signature(para.text)
    ]


#: Longest paragraph asked whether it is a byline.
_BYLINE_CHARS = 90


def byline(text: str) -> bool:
    """A reporter's byline on a line of its own: "Von Hans Muster, ARD Madrid", "By Jane
    Roe": it credits the text's author and bureau, and the person, the outlet and the city
    named in it are no subjects of the story. The author must start with a given name
    ("By Tuesday, the town was flooded" is prose)."""
    if len(text) > _BYLINE_CHARS or not text.lstrip()[:1].isupper():
        return False
    from briefing.corpus.byline_outlet import byline_outlet
    from briefing.corpus.furniture import byline_author
    from briefing.given_name_table import given_name

    if byline_outlet(text) is not None:
        return True
    author = byline_author(text.strip())
    return author is not None and given_name(author.split()[0].split("-")[0])


def vocabulary(texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """The words ``texts`` write in lower case somewhere, and those they capitalise in
    mid-sentence somewhere (pass each distinct text once: the sets would not change). File
    names and web addresses are no writing (:mod:`.file_names`): their words are not counted."""
    seen: set[str] = set()
    midcap: set[str] = set()
    for text in texts:
        words = token_texts(without_file_names(text))
        seen.update(words)
        if not is_heading(text):
            midcap.update(midsentence_capitals(words))
    return {word for word in seen if word.islower()}, midcap


def read(
    articles: Sequence[Article],
    *,
    reuse: bool = True,
    languages: dict[str, str] | None = None,
) -> Candidates:
    """First pass over every body-ish paragraph of every article.

    The briefing-wide vocabulary (which words it writes in lower case, which it capitalises
    mid-sentence) must be known before any paragraph is classified, so the text is walked
    twice; the first walk only collects token texts, and the second tokenises one paragraph at
    a time and drops its tokens when done, so memory does not grow with the corpus's tokens.
    A paragraph text that recurs is analysed once and its findings re-stamped (``reuse``;
    off only to check that reuse changes nothing). ``languages`` maps article ids to their
    language (:func:`~briefing.topics.languages.briefing_languages` when not given).
    :mod:`briefing.topics.shares` does the same on several processes.
    """
    paragraphs = body_paragraphs(articles)
    lowercase, midcap = vocabulary(dict.fromkeys(text for _a, _i, text in paragraphs))
    if languages is None:
        languages = briefing_languages(articles)
    gaz = gazetteer_for(frozenset(languages.values()))
    nouns, elsewhere = (
        common_nouns(paragraphs, languages, gaz)
        if NOUN_CAPITALISING & set(languages.values())
        else (frozenset(), frozenset())
    )
    reader = _Reader(
        lowercase, midcap, gaz, function_words_of(languages.values()), nouns, elsewhere
    )
    return read_paragraphs(reader, paragraphs, languages, reuse)


def read_paragraphs(
    reader: _Reader,
    paragraphs: Sequence[tuple[str, int, str]],
    languages: dict[str, str],
    reuse: bool = True,
) -> Candidates:
    """The second walk of :func:`read`: every paragraph into ``reader.out``, in order."""
    repeats = Counter(text for _article, _index, text in paragraphs)
    out = reader.out
    pending: dict[str, Candidates] = {}  # findings of recurring texts, until their last use
    for article_id, index, text in paragraphs:
        left = repeats[text]
        language = languages.get(article_id, "en")
        if not reuse or (left == 1 and text not in pending):
            reader.paragraph(article_id, index, text, tokenize(text), language)
            continue
        found = pending.get(text)
        if found is None:
            reader.out = found = pending[text] = Candidates()
            reader.paragraph(article_id, index, text, tokenize(text), language)
            reader.out = out
        out.add_again(found, article_id, index)
        repeats[text] = left - 1
        if left == 1:
            del pending[text]
    return out
