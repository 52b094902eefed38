"""An acronym spelled out beside it between commas ("the KVRA, the Kovran Veterans Relief
Agency,") is defined as "Long Form (LF)" is, in any language (own text, invented names)."""

from __future__ import annotations

from briefing.topics.apposed_acronyms import apposed_definitions


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(o.surface, short) for o, short in apposed_definitions("a", 0, text)]


def test_letters_then_their_long_form_with_lower_case_words_inside() -> None:
    assert _pairs("Sie gingen an das KVHW, das Kovraner Verband vom Heiligen Wasser, zurück.") == [
        ("Kovraner Verband vom Heiligen Wasser", "KVHW")
    ]
    assert _pairs("the KVRA, the Kovran Veterans Relief Agency, said on Monday") == [
        ("Kovran Veterans Relief Agency", "KVRA")
    ]
    assert _pairs("selon le CIKV, le Comité international de Kovra-Velra.") == [
        ("Comité international de Kovra-Velra", "CIKV")
    ]


def test_a_list_or_another_body_is_no_long_form() -> None:
    assert _pairs("the KU, Kovran Council and others met.") == []  # no C in "KU"
    assert _pairs("NATO, Germany and France agreed.") == []
    assert _pairs("said the FBI, Justice Department officials.") == []


def test_a_defined_long_form_stays_whole_beside_its_tail_read_as_a_person() -> None:
    from dataclasses import replace

    from topics.helpers import article, holding

    from briefing.topics import extract_topics

    articles = [
        replace(article(f"{n:03d}", text), language="en")
        for n, text in enumerate(
            [
                "Crates went to the International Committee of the Grace Harbour (ICGH) in Velra.",
                "The ICGH said the crates were safe. Grace Harbour staff counted them.",
                "Grace Harbour volunteers waited in Velra.",
            ]
        )
    ]
    topics = extract_topics(articles)
    found = holding(topics, "ICGH")
    assert found and "International Committee of the Grace Harbour" in found[0].aliases
    assert all(t.kind != "person" for t in holding(topics, "International Committee"))
