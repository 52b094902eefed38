"""Nouns written bare after a preposition (:mod:`briefing.topics.bare_nouns`), and what they
change for key words (:mod:`briefing.topics.keywords`, :mod:`briefing.topics.word_use`).

Every text is written for the test: a made-up tremor near a made-up town ("Brelnik"), told in
English, French and Italian.
"""

from __future__ import annotations

import pytest

from briefing.topics.bare_nouns import bare_after_preposition
from briefing.topics.candidates import Occurrence
from briefing.topics.keycounts import WORD
from briefing.topics.keywords import add_key_word, key_words
from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.rank import Cluster


def _bare(text: str, word: str, language: str) -> bool:
    tokens = list(WORD.finditer(text))
    j = next(i for i, t in enumerate(tokens) if t.group() == word)
    function = STOPWORDS if language == "en" else function_words(language)
    return bare_after_preposition(text, tokens, j, language, function)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("A tremor of magnitude 5.9 shook Brelnik.", "magnitude", "en"),
        ("Un séisme de magnitude 5,9 a secoué Brelnik.", "magnitude", "fr"),
        ("Una scossa di magnitudo 5.9 ha colpito Brelnik.", "magnitudo", "it"),
        ("Le maire dormira en prison.", "prison", "fr"),
        ("The mayor will sleep in prison.", "prison", "en"),
        ("Il sindaco è in ospedale e non parla.", "ospedale", "it"),  # "e": a function word
        ("La cabine a dévalé la pente sans freins", "freins", "fr"),  # the end of the text
    ],
)
def test_a_noun_closing_its_phrase_after_a_preposition_is_bare(
    text: str, word: str, language: str
) -> None:
    assert _bare(text, word, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # An adjective before its noun: the noun follows, the phrase is not closed.
        ("Le maire souffre de graves blessures.", "graves", "fr"),
        ("The mayor was treated for severe injuries.", "severe", "en"),
        # An infinitive after "de": a verb, though it closes the clause.
        ("Le maire a refusé de commenter.", "commenter", "fr"),
        ("Il sindaco ha deciso di parlare.", "parlare", "it"),
        # The cost of that guard: an Italian noun shaped like an infinitive ("carcere").
        ("Il sindaco è in carcere.", "carcere", "it"),
        # Who uses or serves something: no preposition of place or belonging.
        ("The old lift is popular with tourists.", "tourists", "en"),
        ("Il vecchio ascensore è usato dai turisti.", "turisti", "it"),  # an article: not bare
        # A quote or a bracket between the preposition and the word.
        ('The mayor spoke of "magnitude" only.', "magnitude", "en"),
        # A language with no preposition list here.
        ("Brelnik'te deprem oldu.", "deprem", "tr"),
    ],
)
def test_look_alikes_are_not_bare_nouns(text: str, word: str, language: str) -> None:
    assert not _bare(text, word, language)


def _packet(bare_in: int) -> tuple[list[tuple[str, int, str]], dict[str, str]]:
    """Six leads in three languages that write the tremor's size; the first ``bare_in`` of
    them write it bare after a preposition ("of magnitude 5.9") and after a possessive; the
    others only after a possessive ("its magnitude")."""
    bare = {
        "en": "A tremor of magnitude 5.{n} hit Brelnik; its magnitude was revised later.",
        "fr": "Un séisme de magnitude 5,{n} a frappé Brelnik; sa magnitude a été revue.",
        "it": "Una scossa di magnitudo 5.{n} ha colpito Brelnik; la sua magnitudo è stata rivista.",
    }
    plain = {
        "en": "The tremor that hit Brelnik {n} was strong; its magnitude was revised later.",
        "fr": "Le séisme qui a frappé Brelnik {n} était fort; sa magnitude a été revue.",
        "it": "La scossa che ha colpito Brelnik {n} era forte; la sua magnitudo è stata rivista.",
    }
    order = ["en", "fr", "it", "en", "fr", "it"]
    paragraphs = [
        (f"{n}", 0, (bare if n < bare_in else plain)[lang].format(n=n))
        for n, lang in enumerate(order)
    ]
    return paragraphs, {f"{n}": lang for n, lang in enumerate(order)}


def test_a_word_several_articles_write_bare_after_a_preposition_is_a_noun() -> None:
    """ "of magnitude", "de magnitude", "di magnitudo" in three articles: a subject the
    articles share, though no article puts "the" right before it."""
    paragraphs, languages = _packet(bare_in=3)
    assert [name for name, _occs in key_words(paragraphs, languages, ())] == ["magnitude"]


def test_one_article_writing_a_word_bare_is_no_evidence() -> None:
    """Only one text writes it after a preposition, however often: as before, no sign of a
    noun (one writer's habit, as "popular among tourists" is)."""
    paragraphs, languages = _packet(bare_in=1)
    assert key_words(paragraphs, languages, ()) == []
    article, index, text = paragraphs[0]
    text += " Two tremors of magnitude 4.1 and one of magnitude 3.2 followed."
    paragraphs[0] = (article, index, text)
    assert key_words(paragraphs, languages, ()) == []


def _occ(article: str, start: int, surface: str) -> Occurrence:
    return Occurrence(article, 0, start, start + len(surface), surface)


def test_a_key_word_english_writes_only_as_a_themes_first_word_is_that_theme() -> None:
    """English writes "bamboo" only in "bamboo scaffolding" (the two-word themes are read
    in English); French and Italian write "bambou", "bambù" more often. Counted in the
    theme's language, the word is that theme, and no topic of its own."""
    theme = [_occ("e1", 0, "bamboo scaffolding"), _occ("e2", 0, "bamboo scaffolding")]
    word = [
        _occ("e1", 0, "bamboo"),
        _occ("e2", 0, "bamboo"),
        _occ("f1", 10, "bambou"),
        _occ("f2", 10, "bambou"),
        _occ("i1", 10, "bambù"),
        _occ("i2", 10, "bambù"),
    ]
    languages = {"e1": "en", "e2": "en", "f1": "fr", "f2": "fr", "i1": "it", "i2": "it"}
    clusters = {"t:bamboo scaffolding": Cluster("theme", "bamboo scaffolding", list(theme))}
    add_key_word(clusters, "bamboo", list(word), languages)
    assert set(clusters) == {"t:bamboo scaffolding"}
    # Counted over every language (no languages given), the word stands on its own.
    clusters = {"t:bamboo scaffolding": Cluster("theme", "bamboo scaffolding", list(theme))}
    add_key_word(clusters, "bamboo", list(word))
    assert "k:bamboo" in clusters


def test_a_key_word_english_also_writes_alone_stays_a_topic() -> None:
    """Look-alike: English writes "bamboo" alone as often as in the theme: a subject."""
    theme = [_occ("e1", 0, "bamboo scaffolding")]
    word = [
        _occ("e1", 0, "bamboo"),
        _occ("e2", 30, "bamboo"),
        _occ("e3", 30, "bamboo"),
        _occ("f1", 10, "bambou"),
    ]
    languages = {"e1": "en", "e2": "en", "e3": "en", "f1": "fr"}
    clusters = {"t:bamboo scaffolding": Cluster("theme", "bamboo scaffolding", list(theme))}
    add_key_word(clusters, "bamboo", list(word), languages)
    assert "k:bamboo" in clusters
