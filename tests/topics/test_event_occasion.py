"""The act done at an occasion as widely shared names its kind: "signing ceremony" (made-up
leads and texts)."""

from __future__ import annotations

from briefing.topics.event_ties import occasion_kind
from briefing.topics.event_when import english_stem


def _noun(word: str) -> str | None:
    """The act's noun, as :func:`~.event_texts._noun_of` reads it in the texts."""
    return {"signed": "signing", "signing": "signing", "met": "meeting"}.get(word)


SIGNED = [
    "Landia signs pacts with Norvia at Amber Palace ceremony\nLandia and Norvia signed on Tuesday.",
    "Landia signs accords with Norvia at a televised ceremony\nThe envoys signed in the garden.",
]


def test_an_act_written_before_at_and_the_occasion_is_its_kind() -> None:
    docs = {"ceremony": 4, "signing": 4, "pacts": 2}
    assert occasion_kind("ceremony", docs, SIGNED, english_stem, _noun) == "signing"
    # The verb's form the leads write most ("signed") names the act by its noun.
    docs = {"ceremony": 4, "signed": 4, "pacts": 2}
    assert occasion_kind("ceremony", docs, SIGNED, english_stem, _noun) == "signing"
    # A verb the texts name by no noun names no kind.
    assert occasion_kind("ceremony", docs, SIGNED, english_stem, lambda w: None) is None


def test_one_lead_or_a_less_shared_act_is_no_kind() -> None:
    docs = {"ceremony": 4, "signing": 4}
    assert occasion_kind("ceremony", docs, SIGNED[:1], english_stem, _noun) is None
    # A headline written twice in one lead is still one lead.
    assert (
        occasion_kind("ceremony", docs, [SIGNED[0] + "\n" + SIGNED[0]], english_stem, _noun) is None
    )
    # The act less widely shared than the occasion: the occasion is the leads' act alone.
    assert (
        occasion_kind("ceremony", {"ceremony": 4, "signing": 2}, SIGNED, english_stem, _noun)
        is None
    )


def test_a_general_noun_or_a_background_ceremony_names_no_kind() -> None:
    """ "Leaders met at a summit": a meeting says nothing of the summit's kind. A ceremony a
    quake story mentions is not the act: the quake is, and nothing is done at it."""
    met = ["Leaders met at the Osko summit", "The two leaders met at a summit in Osko"]
    assert occasion_kind("summit", {"summit": 4, "meeting": 4}, met, english_stem, _noun) is None
    assert occasion_kind("summit", {"summit": 4, "met": 4}, met, english_stem, _noun) is None
    quake = [
        "A quake struck Norvia; survivors mourned at a memorial ceremony.",
        "Quake kills ten in Norvia, mourning at a ceremony",
    ]
    docs = {"quake": 4, "mourning": 4, "ceremony": 2}
    assert occasion_kind("quake", docs, quake, english_stem, _noun) is None
