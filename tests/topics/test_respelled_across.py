"""One person in two scripts whose surname the other script respells loosely (invented people
and offices): Latin–Cyrillic and Latin–Greek pairs join; look-alikes (a surname too far, two
people of one surname, given names that differ, one script only) stay apart."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.naming import person_key
from briefing.topics.respelled_across import respelled_across


def _pairs(
    *uses: tuple[str, str, str], languages: dict[str, str] | None = None
) -> set[frozenset[str]]:
    """(article, paragraph text, name written in it) → the pairs of keys joined."""
    occ: dict[str, list[Occurrence]] = {}
    paragraphs = []
    for article, text, name in uses:
        start = text.index(name)
        o = Occurrence(article, 0, start, start + len(name), name)
        occ.setdefault(person_key(name), []).append(o)
        paragraphs.append((article, 0, text))
    langs = languages or {a: ("ru" if not t.isascii() else "en") for a, t, _ in uses}
    found = respelled_across(list(occ), occ, lambda k: k, paragraphs, langs)
    return {frozenset(p) for p in found}


def test_a_surname_respelled_two_letters_apart_joins_across_scripts() -> None:
    pairs = _pairs(
        ("a", "The trade envoy Borislav Tamrakin arrived on Monday.", "Borislav Tamrakin"),
        ("b", "Посланник Борислав Тамаркин прибыл в понедельник.", "Борислав Тамаркин"),
    )
    assert pairs == {frozenset({person_key("Borislav Tamrakin"), person_key("Борислав Тамаркин")})}


def test_the_same_office_before_both_lets_a_looser_spelling_join() -> None:
    latin = ("a", "Kelvania's Interior Minister Orvel Dastrilia said so.", "Orvel Dastrilia")
    cyrillic = ("b", "Министр внутренних дел Келвании Орвел Дастелорин заявил.", "Орвел Дастелорин")
    assert _pairs(latin, cyrillic)
    # the same two names with no office before them are too far apart
    bare = ("a", "Orvel Dastrilia said so on Monday.", "Orvel Dastrilia")
    plain = ("b", "Орвел Дастелорин заявил в понедельник.", "Орвел Дастелорин")
    assert not _pairs(bare, plain)
    # nor does another office join them
    other = ("b", "Министр финансов Келвании Орвел Дастелорин заявил.", "Орвел Дастелорин")
    assert not _pairs(latin, other)


def test_a_greek_respelling_joins_too() -> None:
    pairs = _pairs(
        ("a", "Mayor Teodor Vlamirakos opened the bridge.", "Teodor Vlamirakos"),
        ("b", "Ο δήμαρχος Θεόδωρος Βαλμηράκος εγκαινίασε τη γέφυρα.", "Θεόδωρος Βαλμηράκος"),
        languages={"a": "en", "b": "el"},
    )
    assert len(pairs) == 1


def test_look_alikes_stay_apart() -> None:
    ru = ("b", "Посланник Борислав Тамаркин прибыл.", "Борислав Тамаркин")
    # a surname most of whose letters differ
    assert not _pairs(("a", "Envoy Borislav Markovin arrived.", "Borislav Markovin"), ru)
    # given names that are two names
    assert not _pairs(("a", "Envoy Radomir Tamrakin arrived.", "Radomir Tamrakin"), ru)
    # a brother and a sister: a given name and its feminine form
    assert not _pairs(("a", "Envoy Borislava Tamrakina arrived.", "Borislava Tamrakina"), ru)
    # two Latin people the respelling fits: neither's
    two = _pairs(
        ("a", "Envoy Borislav Tamrakin arrived.", "Borislav Tamrakin"),
        ("c", "His cousin Boris Tamrakin arrived.", "Boris Tamrakin"),
        ru,
        languages={"a": "en", "b": "ru", "c": "en"},
    )
    assert not two
    # two Latin spellings, no second script: other rules' business
    assert not _pairs(
        ("a", "Envoy Borislav Tamrakin arrived.", "Borislav Tamrakin"),
        ("c", "Envoy Borislav Tamarkin arrived.", "Borislav Tamarkin"),
    )


def test_regnal_numbers_are_no_respelling() -> None:
    assert not _pairs(
        ("a", "Pope Anselm XIII wrote the letter.", "Anselm XIII"),
        ("b", "Папа Ансельм XIV написал письмо.", "Ансельм XIV"),
    )
