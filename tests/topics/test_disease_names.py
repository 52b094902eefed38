"""A disease's or a virus's name is a theme, no body (:mod:`.disease_names`).

Made-up texts: "the disease MARV-7" and "Болезнь MARV-7" make the name a theme, and so do
"das Virus" glued by a hyphen after it ("MARV-7-Erkrankungen"); look-alikes stay bodies: a
body named beside a disease's noun in one article only, a body whose own head noun follows
the name ("the MARV-7 Task Force"), and a word ending in "virus" far from the name.
"""

from __future__ import annotations

from topics.helpers import organisation_topic as _topic

from briefing.topics.disease_names import diseases_as_themes


def test_a_name_written_as_a_disease_in_two_articles_is_a_theme() -> None:
    topic, articles = _topic(
        "MARV-7",
        [
            "Officials said the disease MARV-7 spread fast.",
            "«Болезнь MARV-7 может быть расценена как эпидемия», сказал он.",
            "Inzwischen seien MARV-7-Erkrankungen in 40 Ländern erfasst.",
        ],
    )
    assert diseases_as_themes([topic], articles)[0].kind == "theme"


def test_a_virus_word_before_the_name_is_its_class() -> None:
    topic, articles = _topic(
        "Tarov",
        ["Das neue Coronavirus Tarov breitet sich aus.", "Le nouveau coronavirus Tarov inquiète."],
    )
    assert diseases_as_themes([topic], articles)[0].kind == "theme"


def test_one_article_is_not_enough() -> None:
    topic, articles = _topic(
        "MARV-7", ["Officials said the disease MARV-7 spread fast.", "MARV-7 said it would help."]
    )
    assert diseases_as_themes([topic], articles)[0].kind == "organisation"


def test_a_body_with_its_own_head_noun_stays_a_body() -> None:
    topic, articles = _topic(
        "Varnholt Task Force",
        [
            "The Varnholt Task Force met on the virus outbreak.",
            "The Varnholt Task Force said the infection rate fell.",
        ],
    )
    assert diseases_as_themes([topic], articles)[0].kind == "organisation"
