"""A body written by its first word alone is that body (own text, invented names): "Korvex"
of "Korvex Research" where the texts named the firm first. Look-alikes: a landmark in a town
("Velmora Castle" beside the town "Velmora"), a maker's model ("Dravo 909"), two bodies
opening with the word ("Korvex Bank", "Korvex Air"), a word written alone where the body is
never named, a word written alone by more articles than name the body."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.leading_words import leading_word_pairs


def _occ(article: str, surface: str) -> Occurrence:
    return Occurrence(article, 0, 0, len(surface), surface)


def _pairs(
    occurrences: dict[str, list[Occurrence]], texts: dict[str, str]
) -> list[tuple[str, str]]:
    alone = [k for k in occurrences if " " not in k]
    longer = [k for k in occurrences if " " in k]
    return leading_word_pairs(
        alone, longer, occurrences, lambda k: k, lambda a, s: s in texts.get(a, "")
    )


_TEXTS = {
    "1": "Korvex Research filed for bankruptcy. Korvex owed billions.",
    "2": "The trading firm Korvex Research lost its chief; Korvex closed.",
    "3": "Korvex Research Ltd. was part of the filing.",
    "4": "Korvex said nothing.",
}


def test_the_first_word_alone_is_the_body_the_texts_named() -> None:
    occurrences = {
        "n:korvex": [_occ("1", "Korvex"), _occ("2", "Korvex")],
        "n:korvex research": [_occ("1", "Korvex Research"), _occ("2", "Korvex Research")],
        "n:korvex reserch": [_occ("3", "Korvex Reserch")],  # a slip: one name still
    }
    assert _pairs(occurrences, _TEXTS) == [("n:korvex", "n:korvex research")]


def test_a_landmark_a_model_or_two_bodies_join_nothing() -> None:
    for longer in ("Korvex Castle", "Korvex 909"):
        occurrences = {
            "n:korvex": [_occ("1", "Korvex"), _occ("2", "Korvex")],
            "n:x": [_occ("1", longer), _occ("2", longer), _occ("3", longer)],
        }
        texts = {a: f"{longer} and Korvex." for a in "123"}
        assert _pairs(occurrences, texts) == [], longer
    occurrences = {
        "n:korvex": [_occ("1", "Korvex"), _occ("2", "Korvex")],
        "n:korvex bank": [_occ("1", "Korvex Bank"), _occ("3", "Korvex Bank")],
        "n:korvex air": [_occ("2", "Korvex Air")],
    }
    texts = {
        "1": "Korvex Bank. Korvex.",
        "2": "Korvex Air, Korvex Bank. Korvex.",
        "3": "Korvex Bank.",
    }
    assert _pairs(occurrences, texts) == []


def test_a_word_written_alone_where_the_body_is_not_named_stays_apart() -> None:
    # the town: written alone by texts that never name the castle, and by more of them
    occurrences = {
        "n:velmora": [_occ(a, "Velmora") for a in "2345"],
        "n:velmora trust": [_occ("1", "Velmora Trust"), _occ("2", "Velmora Trust")],
    }
    texts = {"1": "Velmora Trust.", "2": "Velmora Trust in Velmora."}
    assert _pairs(occurrences, texts) == []
    occurrences = {  # named where it is written alone, but by fewer articles than write it
        "n:velmora": [_occ(a, "Velmora") for a in "12"],
        "n:velmora trust": [_occ("1", "Velmora Trust")],
    }
    texts = {"1": "Velmora Trust, Velmora.", "2": "Velmora Trust and Velmora."}
    assert _pairs(occurrences, texts) == []
