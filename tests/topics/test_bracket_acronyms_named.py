"""A body's name followed by another language's acronym in brackets joins that acronym; a key
word is named by its phrase when the phrase's own language writes little else; adverbs and
particles head no theme. Every text here is written for the test (invented bodies)."""

from __future__ import annotations

from collections import Counter

from briefing.topics.bracket_acronyms import bracket_pairs
from briefing.topics.candidates import Occurrence
from briefing.topics.keywords import add_key_word
from briefing.topics.naming import name_key
from briefing.topics.rank import Cluster
from briefing.topics.themes import theme_occurrences
from briefing.topics.tokens import tokenize

_LONG = "Agência Nórdica de Estudos Polares"


def _setup(
    bracket: str = " (NPSA)",
    before: str = "A missão da ",
    alone_in: tuple[str, ...] = ("en1", "en2"),
    long_kinds: dict[str, int] | None = None,
    extra: dict[str, Counter[str]] | None = None,
) -> list[tuple[str, str]]:
    text = f"{before}{_LONG}{bracket} partiu ontem."
    start = text.index(_LONG)
    long_occ = Occurrence("pt1", 0, start, start + len(_LONG), _LONG)
    texts = {("pt1", 0): text}
    occ: dict[str, list[Occurrence]] = {name_key(_LONG): [long_occ], name_key("NPSA"): []}
    for a in alone_in:
        texts[(a, 0)] = "NPSA said the ship was on course."
        occ[name_key("NPSA")].append(Occurrence(a, 0, 0, 4, "NPSA"))
    kinds = {
        name_key(_LONG): Counter(long_kinds or {"organisation": 1}),
        name_key("NPSA"): Counter({"acronym": len(alone_in)}),
        **(extra or {}),
    }
    parent = {k: k for k in kinds}
    names = [("organisation", long_occ, False)]
    function = frozenset({"a", "o", "da", "de", "la", "the", "of"})
    return bracket_pairs(names, texts, occ, kinds, parent.__getitem__, name_key, function)


def test_a_name_and_an_acronym_written_alone_elsewhere_are_one_body() -> None:
    assert _setup() == [(name_key(_LONG), name_key("NPSA"))]
    assert _setup(before="Velmora's ") == [(name_key(_LONG), name_key("NPSA"))]


def test_the_guards() -> None:
    assert _setup(alone_in=("en1",)) == []  # one article's acronym is no topic yet
    assert _setup(bracket=" (NPSA, 2019)") == []  # not the acronym alone
    assert _setup(bracket=" (Npsa)") == []  # not in capitals
    assert _setup(bracket=", NPSA") == []  # no brackets
    assert _setup(long_kinds={"organisation": 1, "person": 1}) == []  # a person's name
    # The tail of a longer name written with one capital: the bracket abbreviates the whole.
    assert _setup(before="Segundo o Serviço de vigilância da ") == []
    # The name already holds another acronym: that one is its own.
    other = {name_key(_LONG): Counter({"organisation": 1, "acronym": 1})}
    assert _setup(extra=other) == []


def _occ(article: str, start: int, surface: str) -> Occurrence:
    return Occurrence(article, 0, start, start + len(surface), surface)


def test_a_key_word_is_named_by_its_phrase_in_the_phrases_language() -> None:
    # English writes "north ridge" twice and "ridge" nowhere else; French writes "crête" often.
    phrase = [_occ("en1", 0, "north ridge"), _occ("en2", 0, "north ridge")]
    word = [_occ("en1", 6, "ridge"), _occ("en2", 6, "ridge")]
    word += [_occ(f"fr{i}", 0, "crête") for i in range(6)]
    languages = {"en1": "en", "en2": "en", **{f"fr{i}": "fr" for i in range(6)}}
    clusters = {"t:north ridge": Cluster("theme", "", phrase)}
    add_key_word(clusters, "ridge", word, languages)
    assert "k:north ridge" in clusters
    # English writing "ridge" alone far more than the phrase keeps the word's name.
    word += [_occ(f"en{i}", 0, "ridge") for i in range(3, 12)]
    languages.update({f"en{i}": "en" for i in range(3, 12)})
    clusters = {"t:north ridge": Cluster("theme", "", phrase)}
    add_key_word(clusters, "ridge", word, languages)
    assert "k:ridge" in clusters


def _themes(text: str) -> set[str]:
    return {key for key, _s, _e in theme_occurrences(tokenize(text))}


def test_adverbs_and_particles_head_no_theme() -> None:
    assert "touch down" not in _themes("The craft made a touch down near the crater.")
    assert "avoid further" not in _themes("Banks moved to avoid further losses.")
    assert "soft landing" in _themes("The craft made a soft landing near the crater.")
