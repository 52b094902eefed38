"""Spans and snippets: invariants over any text, and the cases a reader notices."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from search.factory import make_article

from briefing.model import Article, Span
from briefing.search.analysis import analyse_word
from briefing.search.highlight import (
    SNIPPET_CHARS,
    _needles,
    _starts_pattern,
    article_spans,
    paragraph_spans,
    snippets,
)
from briefing.search.match_terms import MatchTerms

WORDS = [
    "migrants",
    "migration",
    "border",
    "Dushanbe",
    "summit",
    "the",
    "of",
    "саммита",
    "talks",
    "energy",
    "hydropower",
    "a",
    "Rahmon",
    "security",
]


def _terms(
    *stems: str, exact: tuple[str, ...] = (), phrases: tuple[tuple[str, ...], ...] = ()
) -> MatchTerms:
    return MatchTerms(frozenset(stems), frozenset(exact), phrases)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    paragraphs = draw(
        st.lists(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join),
            min_size=1,
            max_size=6,
        )
    )
    return make_article("a", "\n".join(paragraphs))


@settings(max_examples=200, deadline=None)
@given(articles(), st.sets(st.sampled_from(["migrant", "border", "summit", "саммит", "energi"])))
def test_snippet_invariants(article: Article, stems: set[str]) -> None:
    spans = article_spans(article, _terms(*stems))
    assert list(spans) == sorted(spans)
    for span in spans:
        word = article.paragraphs[span.paragraph].text[span.start : span.end]
        assert word and " " not in word
    chosen = snippets(article, spans)
    assert 1 <= len(chosen) <= 3
    for i, snip in enumerate(chosen):
        paragraph = article.paragraphs[snip.paragraph].text
        assert paragraph[snip.offset : snip.offset + len(snip.text)] == snip.text
        assert len(snip.text) <= SNIPPET_CHARS
        for start, end in snip.highlights:
            assert 0 <= start < end <= len(snip.text)
            assert Span(snip.paragraph, snip.offset + start, snip.offset + end) in spans
        for other in chosen[i + 1 :]:
            assert (snip.paragraph, snip.offset) < (other.paragraph, other.offset)
            if other.paragraph == snip.paragraph:
                assert snip.offset + len(snip.text) <= other.offset
    if spans:
        assert any(s.highlights for s in chosen)
    assert len({" ".join(s.text.split()) for s in chosen}) == len(chosen)


def test_phrase_is_one_span_and_loose_words_are_not_highlighted() -> None:
    article = make_article(
        "a", "The state visit began. A visit of state, then another state visit."
    )
    spans = article_spans(article, _terms(phrases=(("state", "visit"),)))
    text = article.paragraphs[0].text
    assert [text[s.start : s.end] for s in spans] == ["state visit", "state visit"]


def test_exact_terms_match_whole_words_only() -> None:
    article = make_article("a", "Hydropower and hydropowered plants.")
    spans = article_spans(article, _terms(exact=("hydropower",)))
    assert [(s.start, s.end) for s in spans] == [(0, 10)]


def test_the_snippet_prefers_the_window_with_more_different_words() -> None:
    filler = " ".join(["plain words here"] * 20)
    article = make_article("a", f"border {filler}\n{filler} energy talks at the border {filler}")
    chosen = snippets(article, article_spans(article, _terms("border", "energi")), count=1)
    assert chosen[0].paragraph == 1
    assert {chosen[0].text[s:e] for s, e in chosen[0].highlights} == {"energy", "border"}


def test_a_passage_printed_twice_shows_once_and_a_near_twin_still_shows() -> None:
    """A caption a page prints twice gave two identical snippet lines for one article (ux60):
    the first is kept and the room goes to another passage; a caption differing in one word
    is a different passage and shows."""
    caption = "Foto: Die Anlage am Rand der Wüste liegt still"
    body = "Die Behörden melden, die Anlage bleibe bis auf Weiteres geschlossen"
    twice = make_article("a", f"{caption}\n{body}\n{caption}", language="de")
    chosen = snippets(twice, article_spans(twice, _terms(exact=("anlage",))))
    assert [(s.paragraph, s.text) for s in chosen] == [(0, caption), (1, body)]
    twin = caption.replace("Wüste", "Küste")
    near = make_article("b", f"{caption}\n{body}\n{twin}", language="de")
    chosen = snippets(near, article_spans(near, _terms(exact=("anlage",))))
    assert [s.text for s in chosen] == [caption, body, twin]


def test_no_spans_gives_the_opening_of_the_body() -> None:
    article = make_article("a", "Photo: a caption\nThe story starts here.", kinds={0: "caption"})
    (lead,) = snippets(article, ())
    assert (lead.paragraph, lead.text, lead.highlights) == (1, "The story starts here.", ())


def test_snippet_never_starts_or_ends_inside_a_word() -> None:
    text = (
        " ".join(f"word{i}" for i in range(200))
        + " target "
        + " ".join(f"tail{i}" for i in range(200))
    )
    article = make_article("a", text)
    (snip,) = snippets(article, article_spans(article, _terms(exact=("target",))))
    paragraph = article.paragraphs[0].text
    assert snip.offset == 0 or paragraph[snip.offset - 1] == " "
    end = snip.offset + len(snip.text)
    assert end == len(paragraph) or paragraph[end] == " "
    assert "target" in snip.text


#: ASCII words, British spellings, dotted and starred tokens, digits and underscores, and
#: separators that join (one dot) or split (two dots, a space) Whoosh's tokens.
ASCII_WORDS = st.sampled_from(
    [
        "migrants",
        "Migration",
        "colour",
        "colours",
        "grey",
        "Gray",
        "centre",
        "memory",
        "memo",
        "the",
        "a",
        "thread.c",
        "re.compile",
        "*memory",
        "memory*",
        "x_memory",
        "mem0ry",
        "2025",
        "e.g",
    ]
)
ASCII_SEPARATORS = st.sampled_from([" ", ".", "..", ", ", "*", "_", "-", "'", " (", ") ", "/"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(ASCII_WORDS, ASCII_SEPARATORS), max_size=20),
    st.lists(ASCII_WORDS, min_size=1, max_size=4),
    st.lists(ASCII_WORDS, max_size=2),
    st.sampled_from(["en", "und", "de"]),
)
def test_only_the_words_a_needle_starts_are_analysed_and_the_ranges_are_the_same(
    parts: list[tuple[str, str]], stemmed: list[str], exact: list[str], language: str
) -> None:
    text = "".join(word + sep for word, sep in parts)
    stems = {analyse_word(w.lower(), language) for w in stemmed}
    terms = MatchTerms(frozenset(s for s in stems if s), frozenset(w.lower() for w in exact), ())
    starts = _starts_pattern(_needles(terms))
    assert paragraph_spans(0, text, terms, language, starts) == paragraph_spans(
        0, text, terms, language
    )
