"""An act whose object is the story's own noun names the main event (:mod:`.event_declared`).

Made-up leads: a body "declares the fever an epidemic" and "designated it as an epidemic";
the act is the verb's noun ("epidemic declaration"), the verb most articles write (other
languages' words of its stem count), and the body written right before it is whose act it
is. Look-alikes: the noun with no verb before it, a verb only one article writes, a word
that is no verb's inflection ("crisis"), and a body named before the verb in one lead only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics_named
from briefing.topics.event_declared import act_noun_of, declared_act
from briefing.topics.event_leads import split_words


def _body(name: str, *aliases: str) -> Topic:
    return Topic(
        id=name.casefold().replace(" ", "-"),
        name=name,
        kind="organisation",
        aliases=(name, *aliases),
        mentions=(Mention("a0", Span(0, 0, len(name)), name),),
    )


_AGENCY = _body("Tellaro Health Agency", "THA")


def test_a_verb_names_its_act_by_an_everyday_noun_of_its_stem() -> None:
    assert act_noun_of("declares") == "declaration"
    assert act_noun_of("designated") == "designation"
    assert act_noun_of("crisis") is None  # no verb's inflection
    assert act_noun_of("global") is None


def test_the_act_made_of_the_story_noun_is_the_verbs_and_the_bodys() -> None:
    english = [
        "THA declares marsh fever an epidemic\nThe THA declared the marsh fever an epidemic.",
        "Tellaro Health Agency officially designates fever as an epidemic\nThe agency said so.",
        "THA declares an epidemic\nOfficials met on Monday.",
    ]
    others = ["L'agence a déclaré une épidémie.", "La agencia declaró una epidemia."]
    assert declared_act("epidemic", english, others, [_AGENCY]) == ("declaration", "THA")


def test_the_noun_with_no_verb_before_it_names_no_act() -> None:
    english = ["An epidemic spread across the marshes", "The epidemic reached the coast."]
    assert declared_act("epidemic", english, [], [_AGENCY]) is None


def test_a_verb_only_one_article_writes_names_no_act() -> None:
    english = ["The agency designated the fever as an epidemic.", "An epidemic spread."]
    assert declared_act("epidemic", english, ["Die Behörde sprach von einer Epidemie."], []) is None


def test_a_body_named_before_the_verb_in_one_lead_only_is_not_whose_act() -> None:
    english = [
        "THA declares marsh fever an epidemic",
        "Doctors declared the fever an epidemic on Monday.",
    ]
    assert declared_act("epidemic", english, [], [_AGENCY]) == ("declaration", None)


def test_a_closing_quote_is_no_part_of_a_word() -> None:
    assert split_words("declares it a ‘Pandemic’, don't", "en") == [
        "declares",
        "it",
        "a",
        "Pandemic",
        "don't",
    ]


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, 4))
    return replace(found, language=language)


def _packet(first: tuple[str, str], second: tuple[str, str]) -> list[Article]:
    return [
        _dated(0, "en", *first, "Its director said in Lausanne that it could still be controlled."),
        _dated(1, "en", *second, "The epidemic has reached 40 countries, the agency said."),
        _dated(
            2,
            "fr",
            "La fièvre des marais est désormais une épidémie",
            "L'Agence de santé Tellaro a déclaré mercredi à Lausanne que la fièvre des marais "
            "est une épidémie.",
        ),
        _dated(
            3,
            "de",
            "Sumpffieber ist jetzt eine Epidemie",
            "Die Gesundheitsagentur Tellaro stuft das Sumpffieber nun als Epidemie ein, sagte "
            "ihr Direktor am Mittwoch in Lausanne.",
        ),
        _dated(
            4,
            "es",
            "La fiebre de los pantanos es una epidemia",
            "La Agencia de Salud Tellaro declaró este miércoles en Lausana una epidemia.",
        ),
        _dated(
            5,
            "ru",
            "Болотная лихорадка объявлена эпидемией",
            "Агентство здравоохранения Телларо объявило эпидемию болотной лихорадки в Лозанне.",
        ),
    ]


def test_a_packet_names_the_declaration_and_the_body_that_made_it() -> None:
    packet = _packet(
        (
            "Tellaro Health Agency declares marsh fever an epidemic",
            "The Tellaro Health Agency declared the marsh fever outbreak an epidemic on Wednesday.",
        ),
        (
            "Tellaro Health Agency officially designates marsh fever as an epidemic",
            "The Tellaro Health Agency officially designated the fever Wednesday as an epidemic.",
        ),
    )
    _topics, name = extract_topics_named(packet)
    assert name == "Tellaro Health Agency’s epidemic declaration in Lausanne, 4 Jun 2031"


def test_a_packet_whose_leads_make_nothing_of_the_noun_names_no_declaration() -> None:
    packet = _packet(
        (
            "An epidemic of marsh fever spreads across Tellaro",
            "The Tellaro Health Agency said an epidemic of marsh fever spread on Wednesday.",
        ),
        (
            "Marsh fever epidemic spreads, Tellaro Health Agency warns",
            "The Tellaro Health Agency warned the epidemic spread to the coast on Wednesday.",
        ),
    )
    _topics, name = extract_topics_named(packet)
    assert name is not None and "declaration" not in name
