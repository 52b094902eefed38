"""One body's acronyms in two languages join when a bracket pairs them; datelines' agencies,
asides and look-alike letters never do. Every text here is written for the test (invented
bodies: the Nordic Polar Studies Agency, "ANEP" in French, "NPSA" in English)."""

from __future__ import annotations

from collections import Counter

from briefing.topics.candidates import Occurrence
from briefing.topics.naming import name_key
from briefing.topics.paired_acronyms import acronym_pairs
from briefing.topics.union_find import _UnionFind

LONG = "Agence nordique des études polaires"
ANEP, NPSA, NPSB = name_key("ANEP"), name_key("NPSA"), name_key("NPSB")


def _pairs(
    text: str,
    before: str,
    acronym: bool,
    joined: dict[str, str] | None = None,
    alone_in: tuple[str, ...] = ("x1", "x2"),
    extra: dict[str, Counter[str]] | None = None,
) -> list[tuple[str, str]]:
    """Pairs read from ``text``, whose name ``before`` (an acronym or not) is the one the
    bracket follows; ``joined``: keys already one topic (key → root)."""
    start = text.index(before)
    named = [(Occurrence("fr1", 0, start, start + len(before), before), acronym)]
    texts = {("fr1", 0): text}
    occ = {
        name_key(s): [Occurrence(a, 0, 0, 4, s) for a in alone_in] for s in ("ANEP", "NPSA", "NPSB")
    }
    kinds = {name_key(s): Counter({"acronym": 2}) for s in ("ANEP", "NPSA", "NPSB")}
    kinds[name_key(LONG)] = Counter({"organisation": 1})
    kinds.update(extra or {})
    roots = joined or {}
    find = lambda k: roots.get(k, k)  # noqa: E731
    return acronym_pairs(named, texts, occ, kinds, find, name_key, ["fr", "es"])


def test_a_bracket_that_glosses_an_acronym_pairs_it_with_the_other_language() -> None:
    text = "Selon l'ANEP (NPSA en anglais), la glace recule."
    assert _pairs(text, "ANEP", True) == [(ANEP, NPSA)]
    text = "La ANEP (NPSA, por sus siglas en inglés) lo confirmó."
    assert _pairs(text, "ANEP", True) == [(ANEP, NPSA)]
    # A language's name capitalised as the language writes it ("in English").
    assert _pairs("The NPSA (ANEP in French) agreed.", "NPSA", True) == [(ANEP, NPSA)]


def test_a_long_form_with_both_acronyms_in_its_bracket() -> None:
    joined = {name_key(LONG): ANEP}  # the packet already reads LONG as ANEP
    text = f"L'{LONG} (ANEP/NPSA) a publié son rapport."
    assert _pairs(text, LONG, False, joined) == [(ANEP, NPSA)]
    text = f"L'{LONG} (ANEP, ou NPSA) a publié son rapport."
    assert _pairs(text, LONG, False, joined) == [(ANEP, NPSA)]
    # The long form is neither acronym's yet: which one it names is not said.
    assert _pairs(f"L'{LONG} (ANEP/NPSA) a publié.", LONG, False) == []


def test_what_is_never_read_as_a_pair() -> None:
    # A dateline's agencies, or an agency after a place: no gloss, no long form.
    assert _pairs("OSLO (ANEP/NPSA) - La glace recule.", "OSLO", True) == []
    assert _pairs("Selon l'ANEP (NPSA) la glace recule.", "ANEP", True) == []
    assert _pairs("La ANEP (NPSA/AFP) lo confirmó.", "ANEP", True) == []
    # A place, a date or another capitalised word in the bracket: an aside, not a gloss.
    assert _pairs("Selon l'ANEP (NPSA à Oslo), la glace recule.", "ANEP", True) == []
    assert _pairs("Selon l'ANEP (NPSA depuis 2019), la glace recule.", "ANEP", True) == []
    # Look-alike letters are other bodies: "NPSB" is written alone by one article only.
    assert _pairs("Selon l'ANEP (NPSB en anglais).", "ANEP", True, alone_in=("x1",)) == []
    # A sign glued to the letters makes another name ("CIS" is not "CIS+").
    assert _pairs("Selon l'ANEP (NPSA+ en anglais).", "ANEP", True) == []
    # A person's or a place's topic never joins.
    place = {NPSA: Counter({"acronym": 2, "place": 1})}
    assert _pairs("Selon l'ANEP (NPSA en anglais).", "ANEP", True, extra=place) == []


def test_an_acronym_paired_with_two_others_is_paired_with_none() -> None:
    text = "Selon l'ANEP (NPSA en anglais). Puis l'ANEP (NPSB en anglais) a parlé."
    start = text.index("ANEP")
    second = text.index("ANEP", start + 1)
    named = [
        (Occurrence("fr1", 0, start, start + 4, "ANEP"), True),
        (Occurrence("fr1", 0, second, second + 4, "ANEP"), True),
    ]
    occ = {
        name_key(s): [Occurrence(a, 0, 0, 4, s) for a in ("x1", "x2")]
        for s in ("ANEP", "NPSA", "NPSB")
    }
    kinds = {name_key(s): Counter({"acronym": 2}) for s in ("ANEP", "NPSA", "NPSB")}
    texts = {("fr1", 0): text}
    assert acronym_pairs(named, texts, occ, kinds, lambda k: k, name_key, ["fr"]) == []


def test_a_bracket_acronym_the_packet_never_reads_as_a_name_is_no_error() -> None:
    # The merging's own union-find, which knows only the packet's names: "(ANEP/XQZT)" names
    # an acronym written nowhere else, which is a group of its own and pairs with nothing.
    uf = _UnionFind()
    for k in (ANEP, NPSA, name_key(LONG)):
        uf.add(k)
    uf.union(name_key(LONG), ANEP)
    text = f"L'{LONG} (ANEP/XQZT) a publié son rapport."
    start = text.index(LONG)
    named = [(Occurrence("fr1", 0, start, start + len(LONG), LONG), False)]
    kinds = {ANEP: Counter({"acronym": 2}), NPSA: Counter({"acronym": 2})}
    occ = {ANEP: [Occurrence(a, 0, 0, 4, "ANEP") for a in ("x1", "x2")]}
    pairs = acronym_pairs(named, {("fr1", 0): text}, occ, kinds, uf.root, name_key, ["fr"])
    assert pairs == []
