"""A plural key word and a plural phrase naming a kind of it are two themes (own text).

"levies" written alone is every levy of a made-up story, "harbour levies" one kind of them:
two themes. "funeral" and "state funeral" (a singular: the one thing of the story), and
"jewels" written nearly always as "crown jewels" (the phrase's short form), stay one.
"""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.keywords import add_key_word
from briefing.topics.kind_phrases import english_plural, kinds_apart
from briefing.topics.rank import Cluster

_EN = {f"en{i}": "en" for i in range(12)} | {f"fr{i}": "fr" for i in range(4)}


def _occ(article: str, start: int, surface: str) -> Occurrence:
    return Occurrence(article, 0, start, start + len(surface), surface)


def _phrase(surface: str, n: int) -> list[Occurrence]:
    """``surface`` written once at the start of articles en0 … en<n-1>."""
    return [_occ(f"en{i}", 0, surface) for i in range(n)]


def _word_in(phrase: list[Occurrence], word: str) -> list[Occurrence]:
    """The key word's uses inside each use of a phrase ending in it."""
    return [_occ(o.article, o.end - len(word), word) for o in phrase]


def test_english_plurals() -> None:
    assert english_plural("levies") and english_plural("rates") and english_plural("Tariffs")
    for word in ("levy", "crisis", "press", "bus", "funeral"):
        assert not english_plural(word), word


def test_a_plural_kind_of_a_plural_word_written_alone_stays_apart() -> None:
    phrase = _phrase("harbour levies", 3)
    word = _word_in(phrase, "levies")
    word += [_occ(f"en{i}", 40, "levies") for i in range(3, 10)]
    word += [_occ(f"fr{i}", 0, "taxes") for i in range(2)]
    assert kinds_apart({"t:harbour levy": phrase}, word, _EN) == {"t:harbour levy"}
    clusters = {"t:harbour levy": Cluster("theme", "", phrase)}
    add_key_word(clusters, "levies", word, _EN)
    assert clusters["t:harbour levy"].occurrences == phrase
    alone = clusters["k:levies"].occurrences
    assert len(alone) == len(word) - len(phrase)  # the phrase's uses are the phrase's


def test_a_singular_word_joins_its_phrase() -> None:
    phrase = _phrase("state funeral", 4)
    word = _word_in(phrase, "funeral") + [_occ(f"en{i}", 40, "funeral") for i in range(4, 9)]
    assert kinds_apart({"t:state funeral": phrase}, word, _EN) == set()
    clusters = {"t:state funeral": Cluster("theme", "", phrase)}
    add_key_word(clusters, "funeral", word, _EN)
    assert "t:state funeral" not in clusters
    assert [k for k in clusters if k.startswith("k:")] == ["k:state funeral"]


def test_a_plural_word_mostly_written_as_its_phrase_joins_it() -> None:
    phrase = _phrase("crown jewels", 6)
    word = _word_in(phrase, "jewels") + [_occ(f"en{i}", 40, "jewels") for i in range(6, 9)]
    assert kinds_apart({"t:crown jewels": phrase}, word, _EN) == set()


def test_a_singular_phrase_joins_a_plural_word() -> None:
    phrase = _phrase("harbour levy", 3)
    word = _word_in(phrase, "levy") + [_occ(f"en{i}", 40, "levies") for i in range(3, 10)]
    assert kinds_apart({"t:harbour levy": phrase}, word, _EN) == set()
