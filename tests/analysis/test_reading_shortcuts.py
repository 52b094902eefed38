"""The shortcuts the disagreements' readers take at scale find exactly what the plain reading
finds: a sentence's numbers scanned once, body words and quoted runs looked for by their starts
(a paragraph met again not searched again), the Latin names of the Arabic-script check, and the
paragraphs three checks judge looked for apart from their judging.

Every text is written for these tests (invented people and places), none copied from an article.
"""

from __future__ import annotations

import re

from analysis.builders import in_language, make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import arabic_spellings
from briefing.analysis.hospitals import hospital_discrepancies, hospital_paragraphs
from briefing.analysis.numbers import find_numbers
from briefing.analysis.prison_terms import prison_paragraphs, prison_term_discrepancies
from briefing.analysis.sentence_numbers import numbers_in
from briefing.analysis.spelling_guards import body_words
from briefing.analysis.spelling_quotes import _RUN, _whole_runs
from briefing.analysis.term_counts import term_count_discrepancies, term_paragraphs
from briefing.model import Article

_WIRE = "Mayor Tamsin Orlequist met Orlequists and Tamsa in Velbrook, Orlequist's home town."


def test_a_sentences_numbers_are_its_own_scan_and_each_reader_gets_its_own_list() -> None:
    text = "At least 1,240 people fled and 37 were hurt, 12 of them badly."
    first = numbers_in(text, "en")
    assert first == find_numbers(text, "en")
    first.clear()  # a reader that changes its list changes no other reader's
    assert numbers_in(text, "en") == find_numbers(text, "en")
    assert numbers_in("Sans chiffre.", "fr") == []


def test_body_words_are_the_whole_words_of_the_starts_of_every_body() -> None:
    articles = [
        make_article("a1", _WIRE, "OrOrlequist, XOrlequist and Or-lequist are no words of Or."),
        make_article("a2", _WIRE),  # the same paragraph again (wire copy)
        make_article("a3", "Nobody of that name."),
    ]
    found = body_words(articles, {"Or", "Ta", "A-"})
    plain = {
        article.id: {w for p in article.paragraphs for w in re.findall(r"\w+", p.text)}
        for article in articles
    }
    for start in ("Or", "Ta"):
        expected = [
            (a.id, a.language, {w for w in plain[a.id] if w[:2] == start})
            for a in articles
            if any(w[:2] == start for w in plain[a.id])
        ]
        assert [(i, lang, set(words)) for i, lang, words in found[start]] == expected
    assert "A-" not in found  # no word of word characters starts so


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="Ma rébI-\n_1", max_size=40),
    st.sets(st.text(alphabet="MarébI_1", min_size=1, max_size=4), min_size=1, max_size=6),
)
def test_whole_runs_are_the_runs_a_split_into_words_holds(text: str, wanted: set[str]) -> None:
    finder = re.compile(
        "(?:" + "|".join(re.escape(r) for r in sorted(wanted, key=len, reverse=True)) + r")(?!\w)"
    )
    runs = {r for r in wanted if _RUN.fullmatch(r)}
    assert _whole_runs(finder, text) & runs == set(_RUN.findall(text)) & runs


def test_the_latin_name_patterns_match_as_a_look_behind_written_first() -> None:
    letters = r"[a-z\u00df-\u00ff\u0101-\u017f]"
    name = re.compile(rf"(?<![^\W\d_])[A-Z]{letters}+(?![^\W\d_])")
    pair = re.compile(rf"(?<![^\W\d_])([A-Z]{letters}+)\s+(?=([A-Z]{letters}+)(?![^\W\d_]))")
    text = "Orla Venn met éOrla Venn, 3Orla Venn and _Orla Venn; xVenn Orla Béla Ząb Q."
    for old, new in ((name, arabic_spellings._LATIN_NAME), (pair, arabic_spellings._LATIN_PAIR)):
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)
        ]


def test_the_three_word_name_pattern_matches_as_a_look_behind_written_first() -> None:
    old = re.compile(
        r"(?<![^\W\d_])([A-Z][a-z]+)\s+([A-Z][a-z]+)(?:\s+|-)([A-Za-z][a-z]+)(?![^\W\d_])"
    )
    text = "Pak Yong Sok, éPak Yong Sok, 3Pak Yong-sok, _Pak Yong Sok; xPak Yong Sok Ri Un Ha."
    new = arabic_spellings._LATIN_TRIPLE
    assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
        (m.span(), m.groups()) for m in old.finditer(text)
    ]


def _middle_names_by_scan(articles: list[Article]) -> dict[str, tuple[str, set[str]]]:
    """``_middle_names`` as first written: every middle word asked of every other (quadratic)."""
    key = arabic_spellings._latin_key
    between: dict[str, set[tuple[frozenset[str], str]]] = {}
    for article in articles:
        for paragraph in article.paragraphs:
            for first, middle, last in arabic_spellings._LATIN_TRIPLE.findall(paragraph.text):
                keys = [key(w) for w in (first, middle, last)]
                if len(keys[1]) >= 2 and sum(map(len, keys)) >= 4:
                    given = frozenset({keys[0], key(first, j_as_y=True)})
                    between.setdefault(middle, set()).add((given, keys[2]))
    found = {}
    for middle, sides in between.items():
        if len(sides) == 1:
            ((given, last),) = sides
            others = {
                key(m)
                for m, s in between.items()
                if m != middle and any(g & given and k == last for g, k in s)
            }
            found[middle] = (last, others)
    return found


def test_the_middle_words_between_one_names_neighbours_are_those_a_scan_of_all_finds() -> None:
    # Two people of one first and last word, another last word, another first word, a
    # middle word between two pairs of neighbours, a first word read with its "j" as "y".
    articles = [
        make_article("m1", "Pak Yong Sok met Pak Jang Sok and Pak Dal Hun in Velbrook."),
        make_article("m2", "Kim Jang Sok, Rim Mun Sok and Jok Tal Sok wrote to Yok Bel Sok."),
        make_article("m3", "Pak Yong Sok replied; Ri Dal Hong and Pak Yong-sok stayed."),
    ]
    found = arabic_spellings._middle_names(articles)
    expected = _middle_names_by_scan(articles)
    assert {"Yong", "Mun", "Tal", "Bel"} <= set(found)
    assert {m: (its.last, set(its.others)) for m, its in found.items()} == expected
    assert found["Yong"].others  # "Jang" also stands between "Pak" and "Sok"
    assert set(found["Tal"].others) == {arabic_spellings._latin_key("Bel")}  # Jok read as Yok


def test_the_paragraphs_looked_for_apart_give_the_same_judging() -> None:
    articles = [
        in_language("en", "t1", "Intro.", "Prime Minister Helga Marrow won a fourth term."),
        in_language("en", "t2", "Prime Minister Helga Marrow began her third term on Monday."),
        in_language("en", "p1", "Peter Lunde was sentenced to 12 years in prison."),
        in_language("en", "p2", "A court sentenced Peter Lunde. He was sentenced to 14 years."),
        make_article("h1", "The wounded man was taken to the hospital in Banská Bystrica."),
        make_article("h2", "Later he was taken to the hospital in Bratislava, officials said."),
    ]
    names = [[("Helga", "Marrow")]] * 2 + [[("Peter", "Lunde")]] * 2 + [[]] * 2
    assert term_paragraphs(articles) == [(0, 1, "en"), (1, 0, "en")]
    assert [(a, p) for a, p, _ in prison_paragraphs(articles)] == [(2, 0), (3, 0)]
    assert [(a, p) for a, p, _ in hospital_paragraphs(articles)] == [(4, 0), (5, 0)]
    found = (
        term_count_discrepancies(articles, names),
        prison_term_discrepancies(articles, names),
        hospital_discrepancies(articles, []),
    )
    assert [len(flags) for flags in found] == [1, 1, 1]
    assert found == (
        term_count_discrepancies(articles, names, term_paragraphs(articles)),
        prison_term_discrepancies(articles, names, prison_paragraphs(articles)),
        hospital_discrepancies(articles, [], hospital_paragraphs(articles)),
    )
