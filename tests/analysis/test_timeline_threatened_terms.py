"""A threatened deadline is not an event: a date that is only the term of a condition ("if …
by 15 May") or of a deadline still to come ("the deadline of 15 May will not move") is not
shown as a thing that happened, in the languages the rule reads; look-alikes that are events
("by 15 May they had paid", "the deadline expired on 15 May", "if anything, …") keep their
event, and a language the rule does not read marks nothing. Written fixture text only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.threatened_terms import threatened_term


def _term(sentence: str, date: str, language: str) -> bool:
    start = sentence.index(date)
    return threatened_term(sentence, start, start + len(date), language)


@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        ("en", "If the firm does not pay by May 15, the price doubles.", "May 15"),
        ("en", "The files are lost unless the shop pays before 15 May.", "15 May"),
        ("es", "Si la tienda no paga para el 15 de mayo, el precio subirá.", "15 de mayo"),
        ("es", "Si el club no responde antes del 3 de junio, perderá la licencia.", "3 de junio"),
        ("fr", "Si la boutique ne paie pas d'ici le 15 mai, le prix doublera.", "15 mai"),
        ("fr", "S'il ne paie pas avant le 15 mai, tout sera effacé.", "15 mai"),
        ("de", "Wenn die Firma nicht bis zum 15. Mai zahlt, steigt der Preis.", "15. Mai"),
        ("de", "Falls der Verein bis 3. Juni nicht antwortet, verliert er die Lizenz.", "3. Juni"),
        ("it", "Se l'azienda non paga entro il 15 maggio, il prezzo raddoppia.", "15 maggio"),
        ("pt", "Se a loja não pagar até 15 de maio, o preço dobra.", "15 de maio"),
        ("ru", "Если магазин не платит до 15 мая, цена удваивается.", "15 мая"),
        ("uk", "Якщо магазин не платить до 15 травня, ціна подвоюється.", "15 травня"),
        ("pl", "Jeśli sklep nie zapłaci do 15 maja, cena się podwoi.", "15 maja"),
        ("nl", "Indien de winkel niet vóór 15 mei betaalt, verdubbelt de prijs.", "15 mei"),
        # A deadline noun in a clause that speaks of the future.
        ("en", "The deadline of 15 May will not be extended, the club said.", "15 May"),
        ("es", "El plazo del 15 de mayo no se ampliará.", "15 de mayo"),
        ("de", "Die Frist bis zum 15. Mai soll nicht verlängert werden.", "15. Mai"),
    ],
)
def test_a_threatened_term_in_each_language(language: str, sentence: str, date: str) -> None:
    assert _term(sentence, date, language)


@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        # No condition: a deadline met or passed is told in the past.
        ("en", "By 15 May the shop had paid the whole sum.", "15 May"),
        ("en", "The deadline expired on 15 May without a payment.", "15 May"),
        ("en", "The deadline of 15 May passed without a payment.", "15 May"),
        # A comma between "if" and the date: the date is in the main clause.
        ("en", "If anything, the outbreak had slowed by 15 May.", "15 May"),
        # A condition on a plain day, no deadline word: the day is told.
        ("es", "Si el 15 de mayo fue malo, el 16 fue peor.", "15 de mayo"),
        ("es", "Para el 15 de mayo la tienda ya había pagado.", "15 de mayo"),
        # French "si" before an adjective is "so"; Italian "se ne" and Portuguese "se" before
        # a verb are pronouns.
        ("fr", "Un accord si rapide avant le 15 mai a surpris.", "15 mai"),
        ("it", "Se ne andarono entro il 15 maggio.", "15 maggio"),
        ("pt", "A loja se comprometeu a pagar até 15 de maio.", "15 de maio"),
        # "Even if" often concedes a fact.
        ("fr", "Même si la boutique a payé avant le 15 mai, rien n'a été rendu.", "15 mai"),
        ("it", "Anche se l'azienda ha pagato entro il 15 maggio, nulla è tornato.", "15 maggio"),
        ("de", "Bis zum 15. Mai hatte die Firma gezahlt.", "15. Mai"),
        ("ru", "Магазин заплатил до 15 мая.", "15 мая"),
        # A language the rule does not read marks nothing.
        ("sv", "Om butiken inte betalar före 15 maj fördubblas priset.", "15 maj"),
    ],
)
def test_look_alikes_keep_their_event(language: str, sentence: str, date: str) -> None:
    assert not _term(sentence, date, language)


def test_the_threat_leaves_the_timeline_and_the_deadline_met_stays(article: MakeArticle) -> None:
    """The same day: a threat's term is not an event, the payment told in the past is."""
    day = dt.date(2031, 5, 20)
    texts = {
        "es": "Si la tienda no paga el rescate para el 15 de mayo, el precio subirá.",
        "de": "Wenn die Firma nicht bis zum 15. Mai zahlt, steigt der Preis.",
        "en": "By 15 May the shop had paid the ransom in full.",
    }
    made = [replace(article(lang, text, date=day), language=lang) for lang, text in texts.items()]
    entries = extract_timeline(made)
    assert {e.article_id for e in entries} == {"es", "de", "en"}
    assert {e.article_id for e in entries if e.event} == {"en"}
