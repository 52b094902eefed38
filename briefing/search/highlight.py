"""Spans and snippets, computed from the article's own paragraphs.

The index stores no body text (a lean index builds faster and opens smaller), and Whoosh's
highlighter would re-read stored text anyway. Instead each paragraph is re-tokenised with the
very analyzer the index used, and a token is a hit when its indexed form is one of the terms
the query matched. So ``migrants`` lights up for the query ``migrant`` (same stem), a
phrase lights up as one span, and offsets are always into ``Paragraph.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from briefing.model import Article, Snippet, Span
from briefing.search.analysis import TokenAt, analyse_word, fast_tokens, fold, term_ranges
from briefing.search.match_terms import MatchTerms
from briefing.search.spelling import british_to_american
from briefing.search.tokens import TOKEN_PATTERN, splits_at

SNIPPET_CHARS = 160
MAX_SNIPPETS = 3


def article_spans(article: Article, terms: MatchTerms) -> tuple[Span, ...]:
    """Every matched occurrence in the article, sorted, overlaps merged."""
    if not terms:
        return ()
    needles = _needles(terms)
    starts = _starts_pattern(needles)
    found: list[Span] = []
    for index, paragraph in enumerate(article.paragraphs):
        lowered = fold(paragraph.text.lower())
        if any(needle in lowered for needle in needles):
            language = paragraph.language or article.language
            found.extend(paragraph_spans(index, paragraph.text, terms, language, starts))
    return tuple(found)


def _needles(terms: MatchTerms) -> frozenset[str]:
    """Substrings at least one of which a paragraph must contain to hold a match.

    Tokenising is most of the cost of a search with snippets, and most paragraphs hold no
    hit. Stemmers only rewrite a word's ending (Porter's ``y`` → ``i``, ``ies`` → ``i``;
    Snowball drops endings and German's maps umlauts, which folding does too), so a stem
    without its last character is a prefix of every folded word that has that stem — except
    where British and American spellings differ early (``grey``/``gray``): there two letters.
    """
    stems = set(terms.stemmed)
    for phrase in terms.phrases:
        stems.update(phrase)
    needles = set()
    for stem in stems:
        size = min(4, len(stem) - 1) if len(stem) > 1 else len(stem)
        if stem[:size] in _early_spelling_changes():
            size = min(size, 2)
        needles.add(stem[:size])
    needles.update(fold(word) for word in terms.exact)
    return frozenset(needles)


@cache
def _early_spelling_changes() -> frozenset[str]:
    """Four-letter starts of American spellings whose British form starts differently."""
    return frozenset(
        us[:4] for gb, us in british_to_american().items() if gb[:4] != us[:4]
    ) | frozenset(us[:3] for gb, us in british_to_american().items() if gb[:3] != us[:3])


def paragraph_spans(
    index: int,
    text: str,
    terms: MatchTerms,
    language: str = "und",
    starts: re.Pattern[str] | None = None,
) -> list[Span]:
    """Matched ranges in one paragraph in ``language`` (see the module docstring); with
    ``starts`` (``_starts_pattern``), an ASCII paragraph analyses only the words it finds."""
    raw: list[tuple[int, int]] = []
    if terms.phrases:  # phrases need positions: the full token list
        stemmed = fast_tokens(text, stemmed=True, language=language)
        raw.extend((t.start, t.end) for t in stemmed if t.text in terms.stemmed)
        raw.extend(_phrase_ranges(stemmed, terms.phrases))
        if terms.exact:
            raw.extend(term_ranges(text, frozenset(), terms.exact, language))
    elif starts is not None and text.isascii():
        raw = _candidate_ranges(text, terms, language, starts)
    else:
        raw = term_ranges(text, terms.stemmed, terms.exact, language)
    return [Span(index, start, end) for start, end in _merge(raw)]


def _starts_pattern(needles: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern finding, in a lowercased ASCII paragraph, each word that starts with a
    needle (``_needles``): the only words whose term can be matched."""
    ascii_needles = sorted((n for n in needles if n and n.isascii()), key=len, reverse=True)
    if not ascii_needles:
        return None
    # Where no token character comes before (a token may start), a needle comes next.
    return re.compile(r"(?<![\w*])(?=" + "|".join(map(re.escape, ascii_needles)) + ")")


def _is_token_char(char: str) -> bool:
    """A character of the token pattern (``[\\w*]``, ``tokens.py``) other than the dot."""
    return char.isalnum() or char in "_*"


def _candidate_ranges(
    text: str, terms: MatchTerms, language: str, starts: re.Pattern[str]
) -> list[tuple[int, int]]:
    """``term_ranges`` of an ASCII paragraph, analysing only the tokens that start with a
    needle instead of every token (re-tokenising was most of highlighting a new query).

    A needle found after a character that is not a token character starts a token unless
    that character is a dot joining two token characters (the pattern joins ``a.b``) and no
    glued sentence ends there (``towers.Firefighters`` is two tokens: ``tokens.py``); the
    token is then matched from there with the index's own pattern, so its range is the one
    ``term_ranges`` gives it, and it is kept on the same test."""
    out: list[tuple[int, int]] = []
    stems, words = terms.stemmed, terms.exact
    for found in starts.finditer(text.lower()):
        at = found.start()
        if at > 0 and (
            _is_token_char(text[at - 1])
            or (
                text[at - 1] == "."
                and at > 1
                and _is_token_char(text[at - 2])
                and not splits_at(text, at - 1)
            )
        ):
            continue  # inside a token
        token = TOKEN_PATTERN.match(text, at)
        if token is None:
            continue
        word = token.group(0).lower()
        term = analyse_word(word, language)
        if term is not None and (word in words or term in stems):
            out.append(token.span())
    return out


def _phrase_ranges(
    toks: list[TokenAt], phrases: Iterable[tuple[str, ...]]
) -> Iterable[tuple[int, int]]:
    """Ranges where a phrase's stems sit at consecutive positions (stop words do not count,
    exactly as in the index, where the stop filter renumbers positions)."""
    by_pos = {t.pos: t for t in toks}
    for phrase in phrases:
        for first in toks:
            if first.text != phrase[0]:
                continue
            last = first
            for offset, word in enumerate(phrase[1:], start=1):
                following = by_pos.get(first.pos + offset)
                if following is None or following.text != word:
                    break
                last = following
            else:
                yield (first.start, last.end)


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippets(
    article: Article,
    spans: tuple[Span, ...],
    *,
    count: int = MAX_SNIPPETS,
    width: int = SNIPPET_CHARS,
) -> tuple[Snippet, ...]:
    """Up to ``count`` excerpts of about ``width`` characters, best first by how many different
    matched words they show (article body preferred over captions and boilerplate), returned
    in reading order, no two of the same text. With no spans (a ``source:`` or ``*`` query),
    the article's opening."""
    if not spans:
        lead = _lead(article, width)
        return (lead,) if lead else ()
    by_paragraph: dict[int, list[Span]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, []).append(span)
    candidates: list[tuple[float, Snippet]] = []
    for span in spans:
        text = article.paragraphs[span.paragraph].text
        start, end = _window(text, span.start, span.end, width)
        inside = [s for s in by_paragraph[span.paragraph] if s.start >= start and s.end <= end]
        words = {text[s.start : s.end].lower() for s in inside}
        score = 2.0 * len(words) + len(inside)
        if article.paragraphs[span.paragraph].foldable:
            score /= 4
        candidates.append(
            (
                score,
                Snippet(
                    paragraph=span.paragraph,
                    text=text[start:end],
                    highlights=tuple((s.start - start, s.end - start) for s in inside),
                    offset=start,
                ),
            )
        )
    chosen: list[Snippet] = []
    shown: set[str] = set()
    for _, candidate in sorted(candidates, key=lambda c: (-c[0], c[1].paragraph, c[1].offset)):
        if any(_overlaps(candidate, other) for other in chosen):
            continue
        # A passage the page prints twice (a caption repeated under its photo and in a
        # gallery) would show as two identical lines for one article: the first is kept.
        seen = " ".join(candidate.text.split())
        if seen in shown:
            continue
        shown.add(seen)
        chosen.append(candidate)
        if len(chosen) == count:
            break
    return tuple(sorted(chosen, key=lambda s: (s.paragraph, s.offset)))


def _overlaps(a: Snippet, b: Snippet) -> bool:
    return (
        a.paragraph == b.paragraph
        and a.offset < b.offset + len(b.text)
        and (b.offset < a.offset + len(a.text))
    )


def _window(text: str, hit_start: int, hit_end: int, width: int) -> tuple[int, int]:
    """A ``width``-character window showing the hit about a third of the way in, trimmed to
    whole words so an excerpt never starts or ends inside a word."""
    start = max(0, hit_start - width // 3)
    end = min(len(text), max(start + width, hit_end))
    start = max(0, min(start, end - width))
    if start > 0:
        space = text.find(" ", start, hit_start)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", hit_end, end)
        end = space if space != -1 else end
    return start, end


def _lead(article: Article, width: int) -> Snippet | None:
    for index, paragraph in article.body_paragraphs:
        if paragraph.text.strip():
            _, end = _window(paragraph.text, 0, 0, width)
            return Snippet(paragraph=index, text=paragraph.text[:end], offset=0)
    return None
