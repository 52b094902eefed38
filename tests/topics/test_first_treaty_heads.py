"""A treaty named head first is a treaty, not a body (own text).

Spanish, Italian, French, Polish and German write the word for a treaty before the place that
names it ("Tratado de Lisboa", "Trattato di Lisbona", "Traité de Lisbonne"); a body named after
its treaty keeps its own head ("Organización del Tratado de Cooperación Amazónica").
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article
from topics.helpers import kinds_by_alias as _kinds

from briefing.model import Article


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_treaty_written_head_first_is_a_treaty() -> None:
    kinds = _kinds(
        _in("es", 0, "Los ministros firmaron el Tratado de Ostrava en una ceremonia breve."),
        _in("es", 1, "El texto del Tratado de Ostrava entra en vigor el martes, dijo Ana Ruiz."),
        _in("it", 2, "I ministri hanno firmato il Trattato di Ostrava in una breve cerimonia."),
        _in("fr", 3, "Les ministres ont signé le Traité d'Ostrava lors d'une brève cérémonie."),
    )
    assert kinds.get("Tratado de Ostrava") == "treaty"


def test_a_body_named_after_its_treaty_stays_a_body() -> None:
    kinds = _kinds(
        _in("es", 0, "La Organización del Tratado de Ostrava celebró su cumbre en Madrid."),
        _in("es", 1, "El jefe de la Organización del Tratado de Ostrava habló en Madrid."),
        _in("es", 2, "Madrid acogió la reunión de la Organización del Tratado de Ostrava."),
    )
    assert kinds.get("Organización del Tratado de Ostrava") == "organisation"
