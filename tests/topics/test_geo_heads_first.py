"""A geographic feature noun opening a name in a head-first language makes it a place.

"Oceano Indiano", "Golfe de Gascogne" and "Isla de Pascua" put the feature noun first, where
English writes it last ("Indian Ocean", caught by the English head list). Read as an
unexplained capitalised pair, such a name was an organisation and outvoted the English
form's place in the merged topic. The nouns are kept per language: a word that is a feature
in one language may be a given name in another ("Isla Fisher" in English text).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.head_first import place_headed
from briefing.topics.tokens import tokenize


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _headed(text: str, first: int, end: int, language: str) -> bool:
    return place_headed(tokenize(text)[first:end], language)


def test_feature_nouns_open_place_names_in_their_own_language_only() -> None:
    assert _headed("La tempesta ha attraversato l'Oceano Indiano ieri.", 5, 7, "it")
    assert _headed("Il porto chiude sul Golfo di Taranto.", 4, 7, "it")
    assert _headed("La flotte croise dans le Golfe de Gascogne.", 5, 8, "fr")
    assert _headed("El barco llegó a la Isla de Pascua.", 5, 8, "es")
    # A given name in English text, and a word left out everywhere ("Monte dei Paschi").
    assert not _headed("Yesterday the actress Isla Fisher arrived.", 3, 5, "en")
    assert not _headed("Ieri la banca Monte dei Paschi ha chiuso.", 3, 6, "it")
    # At a sentence's start only with a particle, as for every head noun.
    assert not _headed("Golfo Aranci è chiuso.", 0, 2, "it")


def test_a_head_first_ocean_is_a_place_topic_in_every_spelling() -> None:
    topics = extract_topics(
        [
            _in(
                "it",
                0,
                "La tempesta ha attraversato l'Oceano Indiano vicino a Velmora.",
                "Il ciclone ha colpito Velmora e l'Oceano Indiano resta agitato.",
            ),
            _in("it", 1, "Le navi nell'Oceano Indiano sono tornate verso Velmora."),
            _in("it", 2, "I pescatori dell'Oceano Indiano aspettano a Velmora."),
            _in("pt", 3, "A tempestade atravessou o Oceano Índico perto de Velmora."),
            _in("pt", 4, "Os navios no Oceano Índico voltaram para Velmora."),
        ]
    )
    found = holding(topics, "Oceano Indiano")
    assert [t.kind for t in found] == ["place"]
    assert "Oceano Índico" in found[0].aliases
