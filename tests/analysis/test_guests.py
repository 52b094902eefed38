"""Guests compared in every language (guests.py), with look-alikes that stay silent: a
translation and a rounding of one count, a part of the guests (the evacuated, the hurt), a
noun that only starts like the word for guests (Gastgeber), a capacity, values more than twice
apart (a chapel and the grounds), and two ceremonies on two dates."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.guests import guest_key
from briefing.analysis.model import Discrepancy
from briefing.model import Article


def _guests(*articles: Article) -> list[Discrepancy]:
    return [d for d in figure_flags(*articles) if d.subject.startswith("how many guests")]


_FRENCH = in_language(
    "fr", "fr", "À Velmora, la cérémonie a réuni 1 800 invités dans la cathédrale."
)


def test_one_ceremonys_guests_across_languages() -> None:
    russian = in_language("ru", "ru", "В Вельморе на церемонию в соборе пришли 2400 гостей.")
    found = _guests(_FRENCH, russian)
    assert len(found) == 1
    assert values_by_article(found[0]) == {"1 800 invités": ("fr",), "2400 гостей": ("ru",)}


def test_a_translation_and_a_rounding_agree() -> None:
    english = in_language("en", "en", "In Velmora 1,800 guests attended the ceremony.")
    spanish = in_language("es", "es", "En Velmora asistieron cerca de 2.000 invitados.")
    assert _guests(_FRENCH, english, spanish) == []


def test_a_part_of_the_guests_is_not_their_count() -> None:
    # Guests evacuated or hurt are a part of those present (occupants vs casualties).
    evacuated = in_language("en", "en", "In Velmora 2,400 guests were evacuated from the hotel.")
    hurt = in_language("de", "de", "In Velmora wurden 2400 Gäste verletzt.")
    assert _guests(_FRENCH, evacuated, hurt) == []


def test_a_capacity_is_no_occasions_guests() -> None:
    able = in_language("en", "en", "The Velmora cathedral can seat 2,400 guests.")
    assert _guests(_FRENCH, able) == []


def test_values_more_than_twice_apart_are_a_part_and_a_whole() -> None:
    grounds = in_language("ru", "ru", "В Вельморе в замке и вокруг него было 4800 гостей.")
    assert _guests(_FRENCH, grounds) == []


def test_two_ceremonies_on_two_dates_are_two_counts() -> None:
    first = in_language("fr", "fr2", "Le 3 mars, à Velmora, la cérémonie a réuni 1 800 invités.")
    second = in_language("ru", "ru", "5 мая в Вельморе на свадьбу пришли 2400 гостей.")
    assert _guests(first, second) == []


def test_only_the_noun_for_guests_is_keyed() -> None:
    text = "In Velmora 30 Gastgeber und 40 Gäste."
    host = text.index("30")
    assert guest_key(text, host, host + 2, "Gastgeber", "de") is None
    guests = text.index("40")
    assert guest_key(text, guests, guests + 2, "Gäste", "de") == ("*", "guests")
    # A language with no outcome words listed keys nothing (the gate cannot be applied).
    assert guest_key("600 ضيف", 0, 3, "ضيف", "ar") is None
