"""A title cut off a name is cut the same way at every use of the written form (issue 15:
the cut is worked out once per form, since wire copy repeats each name thousands of times).
Names made up for this test, in several languages."""

from __future__ import annotations

from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.crossnames import strip_foreign_titles
from briefing.topics.gazetteer import gazetteer

_NAMES = [
    ("person", "Kofi Mensah"),  # the person named alone: titles before it are cut
    ("person", "Ministre Kofi Mensah"),
    ("organisation", "Ghana Minister Kofi Mensah"),
    ("person", "Министр Кофи Менса"),
    ("person", "Кофи Менса"),
    ("person", "Ministre Ama Owusu"),  # nobody named Ama Owusu alone: kept whole
    ("organisation", "Accra City Council"),
]


def _candidates(names: list[tuple[str, str]], article: str) -> Candidates:
    cands = Candidates()
    for n, (kind, surface) in enumerate(names):
        cands.names.append((kind, Occurrence(article, n, 10, 10 + len(surface), surface), False))
    return cands


def test_every_use_of_a_form_is_cut_as_the_form_read_once() -> None:
    gaz = gazetteer()
    # Each article alone (every form read once) ...
    alone = []
    for article in ("a1", "a2", "a3"):
        cands = _candidates(_NAMES, article)
        strip_foreign_titles(cands, gaz)
        alone.append((cands.names, cands.places))
    # ... and the three together, every form written three times.
    together = Candidates()
    for article in ("a1", "a2", "a3"):
        part = _candidates(_NAMES, article)
        together.names += part.names
    strip_foreign_titles(together, gaz)
    assert together.names == [name for names, _places in alone for name in names]
    assert together.places == [place for _names, places in alone for place in places]
    surfaces = [occ.surface for _kind, occ, _attested in together.names]
    assert surfaces.count("Kofi Mensah") == 9  # alone, and cut from two titled forms
    assert surfaces.count("Кофи Менса") == 6
    assert surfaces.count("Ministre Ama Owusu") == 3
    # A place among the cut words becomes a place mention at every use: "Ghana".
    assert [occ.surface for _place, occ in together.places] == ["Ghana"] * 3
