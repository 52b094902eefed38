"""The cognate themes' plumbing (issue 15): a paragraph written again is read once, and the
cognate keys are found through an index by stem, not by asking every pair of keys; both give
what the plain reading gives. Every text here is written for the test.
"""

from __future__ import annotations

import itertools

from rapidfuzz import fuzz

from briefing.topics.candidates import Occurrence
from briefing.topics.cognate_groups import FORM_RATIO, STEM_RATIO, _cognates, c_as_k
from briefing.topics.cognate_joins import owned_phrase
from briefing.topics.cognate_themes import cognate_themes

_LANGUAGES = {"en1": "en", "en2": "en", "fr1": "fr", "fr2": "fr", "es1": "es"}


def test_a_paragraph_written_again_gives_a_use_at_each_copy() -> None:
    wire = "Velmora kept negative interest rates for years."
    paragraphs = [
        ("en1", 0, wire),
        ("fr1", 1, "La banque de Velmora a gardé des taux d'intérêt négatifs."),
        ("en2", 2, wire),
        ("es1", 3, "El banco de Velmora mantuvo tipos de interés negativos."),
        ("en2", 5, wire),
    ]
    found = cognate_themes(paragraphs, _LANGUAGES)
    assert list(found) == ["negative interest rates"]
    english = [
        (o.article, o.paragraph)
        for o in found["negative interest rates"]
        if o.article.startswith("en")
    ]
    assert english == [("en1", 0), ("en2", 2), ("en2", 5)]


def _plain(x_stems: tuple[str, str], y_stems: tuple[str, str], x_forms, y_forms) -> bool:
    """The cognate test asked of one pair of keys, word by word (the reading before the index)."""

    def alike(a: str, b: str, f: str, g: str) -> bool:
        a, b = c_as_k(a), c_as_k(b)
        if fuzz.ratio(a, b) < STEM_RATIO and not (a.startswith(b) or b.startswith(a)):
            return False
        return fuzz.ratio(f, g) >= FORM_RATIO

    same = alike(x_stems[0], y_stems[0], x_forms[0], y_forms[0]) and alike(
        x_stems[1], y_stems[1], x_forms[1], y_forms[1]
    )
    other = alike(x_stems[0], y_stems[1], x_forms[0], y_forms[1]) and alike(
        x_stems[1], y_stems[0], x_forms[1], y_forms[0]
    )
    return same or other


def test_the_indexed_search_finds_what_asking_every_pair_finds() -> None:
    # Same order, the other order, a stem that is the start of the other, look-alikes
    # whose stems or written forms are too far apart.
    xs = [
        ("en", "negat", "interest"),
        ("en", "seismic", "activ"),
        ("en", "central", "bank"),
        ("en", "nuclear", "test"),
        ("en", "negat", "growth"),
    ]
    ys = [
        ("fr", "interet", "negatif"),
        ("fr", "activite", "sismique"),
        ("fr", "banqu", "central"),
        ("fr", "essai", "nucleair"),
        ("fr", "negati", "interieur"),
        ("fr", "aktivitat", "seism"),
        ("fr", "centr", "banko"),
    ]
    forms = {
        xs[0]: ("negative", "interest"),
        xs[1]: ("seismik", "aktivity"),
        xs[2]: ("sentral", "bank"),
        xs[3]: ("nuklear", "test"),
        xs[4]: ("negative", "growth"),
        ys[0]: ("interet", "negatifs"),
        ys[1]: ("aktivite", "sismique"),
        ys[2]: ("banque", "sentrale"),
        ys[3]: ("essai", "nukleaire"),
        ys[4]: ("negatif", "interieur"),
        ys[5]: ("aktivitat", "seismisk"),
        ys[6]: ("sentrale", "banko"),
    }
    written = {key: (c_as_k(key[1]), c_as_k(key[2]), *forms[key]) for key in xs + ys}
    found = set(_cognates(xs, ys, written))
    plain = {
        (x, y)
        for x, y in itertools.product(xs, ys)
        if _plain((x[1], x[2]), (y[1], y[2]), forms[x], forms[y])
    }
    assert found == plain
    assert (xs[2], ys[6]) in found  # the same order, one stem the start of the other
    assert (xs[0], ys[0]) in found and (xs[1], ys[5]) in found  # the other order
    assert (xs[4], ys[4]) not in found  # one word alike only


def test_an_owned_phrase_counts_every_use_of_a_surface_asked_once() -> None:
    places = {"g:Velmora": {"Velmora", "Velmoria"}}
    owned = Occurrence("it1", 0, 0, 21, "arcipelago velmoriano")
    plain = Occurrence("it1", 1, 0, 17, "ciclone tropicale")
    assert owned_phrase([owned, owned, owned, plain, plain], places)
    assert not owned_phrase([owned, owned, plain, plain, plain], places)
    assert not owned_phrase([owned, owned, plain, plain], places)  # half is not most
