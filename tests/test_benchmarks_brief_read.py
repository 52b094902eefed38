"""The real-world table reads the brief's lede whether or not the quote names its language."""

from __future__ import annotations

from benchmarks.realworld.brief import read_brief


def test_the_lede_is_read_with_or_without_a_language_hint() -> None:
    plain = "# T\n\n**What happened:** “The dam gave way.” — Daily Wire, 2 May 2025  \n"
    hinted = (
        "# T\n\n**What happened:** “Le barrage a cédé.” (in French) — unnamed outlet [2], "
        "May 2025  \n\n## Timeline\n\n- “Le barrage a cédé.” (in French) — unnamed outlet [2]\n"
    )
    assert read_brief(plain)["lede"] == "The dam gave way."
    read = read_brief(hinted)
    assert read["lede"] == "Le barrage a cédé." and read["again"]
    # Brackets inside a quote are the quote's, not a hint.
    odd = "**What happened:** “Oslo (in Norway) flooded.” — X, 1 May 2025\n"
    assert read_brief("# T\n" + odd)["lede"] == "Oslo (in Norway) flooded."


def test_an_opening_of_a_spaceless_script_shows_a_few_words_only() -> None:
    from benchmarks.realworld.brief import SHOWN_CHARS, opening

    words = "The dam above the town gave way in the night after days of rain."
    assert opening(words) == "The dam above the town gave way in"
    chinese = "水坝在夜间决堤" * 6 + "。"
    assert opening(chinese) == chinese[:SHOWN_CHARS]
    # A name in brackets puts spaces in it: the opening still stops at the first long run.
    assert (
        opening("官员(Anton Velk)说" + chinese)
        == "官员(Anton " + ("Velk)说" + chinese)[:SHOWN_CHARS]
    )
