"""One body's acronyms in several languages join when each language names the same head right
after it ("NPSA Director Ilse Varga", "directrice de l'ANEP, Ilse Varga"); a verb, a sentence
stop, a shared language, article or paragraph, a place and a handle never join. Every text
here is written for the test (invented bodies: the Nordic Polar Studies Agency, "ANEP" in
French, "NPSA" in English, "НАПИ" in Russian; an invented head, Ilse Varga)."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.led_bodies import led_pairs
from briefing.topics.naming import name_key, person_key

ANEP, NPSA, NAPI, OTHR = (name_key(s) for s in ("ANEP", "NPSA", "НАПИ", "OTHR"))
VARGA = person_key("Ilse Varga")
LANGUAGES = {"en1": "en", "en2": "en", "fr1": "fr", "fr2": "fr", "ru1": "ru"}
FUNCTION = frozenset({"and", "the", "et", "la", "le", "de", "by", "in"})


def _pairs(
    texts: dict[str, str], places: tuple[str, ...] = (), roots: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """Pairs read from one paragraph per article (article id → text)."""
    paragraphs = {(a, 0): t for a, t in texts.items()}
    occ: dict[str, list[Occurrence]] = {}
    for a, t in texts.items():
        for surface in ("ANEP", "NPSA", "НАПИ", "OTHR", "Ilse Varga", "Ильза Варга"):
            at = t.find(surface)
            if at >= 0:
                key = person_key(surface) if " " in surface else name_key(surface)
                occ.setdefault(key, []).append(Occurrence(a, 0, at, at + len(surface), surface))
    joined = {person_key("Ильза Варга"): VARGA, **(roots or {})}
    root = lambda k: joined.get(k, k)  # noqa: E731
    body = lambda k: k not in places  # noqa: E731
    return led_pairs(occ, paragraphs, body, root, LANGUAGES, FUNCTION)


def test_acronyms_of_one_head_in_three_languages_join() -> None:
    texts = {
        "en1": "NPSA Director-General Ilse Varga warned that the ice is thinning.",
        "fr1": "Selon la directrice de l'ANEP, Ilse Varga, la glace recule.",
        "ru1": "Об этом заявила директор НАПИ Ильза Варга.",
    }
    pairs = _pairs(texts)
    assert len(pairs) == 2 and {k for p in pairs for k in p} == {ANEP, NPSA, NAPI}


def test_a_verb_a_function_word_or_a_sentence_stop_is_no_title() -> None:
    for english in (
        "The NPSA told the press Ilse Varga would speak.",  # "the"
        "Both NPSA and Ilse Varga declined.",  # "and"
        "It came from the NPSA. Ilse Varga said so.",  # a full stop
        "The NPSA report in 2024 by Ilse Varga.",  # a digit
    ):
        texts = {"en1": english, "fr1": "La directrice de l'ANEP, Ilse Varga, parle."}
        assert _pairs(texts) == [], english


def test_two_bodies_one_language_never_join() -> None:
    # A head of one body who headed another: both written in English before her.
    texts = {
        "en1": "NPSA Director Ilse Varga spoke.",
        "en2": "Former OTHR chief Ilse Varga spoke.",
    }
    assert _pairs(texts) == []
    # ... and one article writing both before her, even in two languages' articles.
    texts = {
        "en1": "NPSA Director Ilse Varga, once OTHR chief Ilse Varga, spoke.",
        "fr1": "La directrice de l'ANEP, Ilse Varga, parle.",
    }
    assert (NPSA, OTHR) not in _pairs(texts) and (OTHR, NPSA) not in _pairs(texts)


def test_acronyms_in_one_paragraph_are_two_bodies() -> None:
    texts = {
        "en1": "NPSA Director Ilse Varga spoke.",
        "fr1": "La directrice de l'ANEP, Ilse Varga, parle; l'NPSA aussi.",
    }
    assert _pairs(texts) == []


def test_a_place_or_a_handle_is_no_body() -> None:
    texts = {
        "en1": "NPSA Director Ilse Varga spoke.",
        "fr1": "La directrice de l'ANEP, Ilse Varga, parle.",
    }
    assert _pairs(texts, places=(ANEP,)) == []
    texts = {
        "en1": "@NPSA Ilse Varga spoke.",  # a handle in a quoted post
        "fr1": "La directrice de l'ANEP, Ilse Varga, parle.",
    }
    assert _pairs(texts) == []


def test_one_acronym_alone_pairs_nothing() -> None:
    texts = {"en1": "NPSA Director Ilse Varga spoke.", "en2": "NPSA chief Ilse Varga spoke."}
    assert _pairs(texts) == []
