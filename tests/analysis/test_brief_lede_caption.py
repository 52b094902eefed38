"""A photo caption read as prose — the present tense of the picture with the event's full
date — is not the What happened when a lead states the event; a lead in the present tense
without a full date, or in the past with one, stays a lead (:mod:`briefing.brief_lede_caption`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle
from analysis.lede_fixtures import lede as _lede

from briefing.brief_lede_caption import present_caption, writes_year
from briefing.model import Article

D = dt.date


def _in(article: Article, language: str) -> Article:
    return dataclasses.replace(article, language=language)


def test_an_english_caption_yields_to_the_lead_that_states_the_event(
    article: MakeArticle,
) -> None:
    caption = (
        "Velmora’s Mayor Ana Pereira inspects the ferries the storm sank Tuesday, March 4, "
        "2031, in the harbour of Velmora."
    )
    lead = "The storm sank two ferries in the harbour of Velmora and flooded its old town."
    a = article("a", caption, date=D(2031, 3, 4))
    b = article("b", lead, date=D(2031, 3, 5))
    assert _lede([a, b]) == lead
    # Alone, the caption is still the best the articles have.
    assert _lede([a]) == caption


def test_a_german_caption_yields_to_the_lead_that_states_the_event(article: MakeArticle) -> None:
    caption = (
        "Bürgermeisterin Ana Pereira besichtigt am Dienstag, 4. März 2031, die vom Sturm "
        "versenkten Fähren im Hafen von Velmora."
    )
    lead = "Der Sturm hat zwei Fähren im Hafen von Velmora versenkt und die Altstadt geflutet."
    a = _in(article("a", caption, date=D(2031, 3, 4)), "de")
    b = _in(article("b", lead, date=D(2031, 3, 5)), "de")
    assert _lede([a, b]) == lead


def test_a_lead_with_its_full_date_in_the_past_is_no_caption(article: MakeArticle) -> None:
    past = "La tempête a frappé le port de Velmora le mardi 4 mars 2031, coulant deux ferries."
    present = "The storm batters Velmora, sinking two ferries in its harbour and flooding it."
    a = _in(article("a", past, date=D(2031, 3, 5)), "fr")
    b = article("b", present, date=D(2031, 3, 5))
    # The dated French lead beats the undated English one, as before.
    assert _lede([a, b]) == past


def test_the_caption_shape() -> None:
    assert writes_year("Tuesday, March 4, 2031")
    assert not writes_year("Tuesday, March 4")
    assert present_caption("Japan’s Minister Ana Pereira lays a wreath in Velmora.", "en")
    assert present_caption("Japans Regierungschef Ana Pereira spricht in Velmora.", "de")
    # Past or future tenses, a plural noun after a determiner, a lower-case opening word.
    assert not present_caption("Mayor Ana Pereira was laying a wreath in Velmora.", "en")
    assert not present_caption("Mayor Ana Pereira will lay a wreath in Velmora.", "en")
    assert not present_caption("The Velmora ferries sank in the storm.", "en")
    assert not present_caption("Mourners gather in Velmora after the storm.", "en")
    assert not present_caption("Ana Pereira legte in Velmora einen Kranz nieder.", "de")
    assert not present_caption("Ana Pereira hat in Velmora einen Kranz niedergelegt.", "de")
    assert not present_caption("Die Fähren von Velmora sinkt nicht.", "de")
    # A lead in the present with a full date, common in French, is no caption there.
    assert not present_caption(
        "L’attaque du port de Velmora, mardi 4 mars 2031, continue de faire des victimes.", "fr"
    )
