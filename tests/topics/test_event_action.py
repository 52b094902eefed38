"""What happened, in the main event's name: details give way (made-up multilingual packets).

A qualified noun the English leads share ("blue sails") is a detail when the articles of
every language write of one subject ("regatta", "Regatta", "regata"); a size written before
a noun ("6.9-magnitude") qualifies nothing; a clipped word gives way to its full form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_subject import shared
from briefing.topics.events import main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, 2))
    return replace(found, language=language)


def test_a_shared_subject_is_never_a_plural() -> None:
    subjects = [(6, frozenset({"regatta", "regata"})), (8, frozenset({"sailors", "marinai"}))]
    assert shared(subjects, {"regatta", "sailors"}, 8) == "regatta"
    assert shared(subjects, {"regatta"}, 16) is None  # in too few of the articles


def test_a_qualified_detail_gives_way_to_the_subject_every_language_shares() -> None:
    """The English titles and leads say "blue sails" more often than "regatta"; every
    language's articles write of the regatta."""
    articles = [
        _dated(
            0, "en", "Blue sails on Lake Orta", "Many blue sails crossed the lake at the regatta."
        ),
        _dated(
            1, "en", "Blue sails at dawn", "At dawn blue sails filled Lake Orta for the regatta."
        ),
        _dated(2, "en", "Blue sails win", "Two blue sails led the regatta on Lake Orta again."),
        _dated(3, "it", "La regata", "La regata sul lago d'Orta è iniziata con cento barche."),
        _dated(4, "it", "Regata storica", "Alla regata hanno partecipato equipaggi da Torino."),
        _dated(5, "de", "Die Regatta", "Die Regatta auf dem Ortasee begann am Sonntag."),
        _dated(6, "es", "La regata", "La regata del lago Orta reunió a miles de personas."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Regatta"), name


def test_a_size_is_no_kind_and_a_clipped_word_gives_way() -> None:
    """ "magnitude" is in every lead but states a size; "quake" is "earthquake" clipped."""
    articles = [
        _dated(
            0,
            "en",
            "6.9-magnitude quake hits Varna",
            "The 6.9-magnitude quake was the worst earthquake in years.",
        ),
        _dated(
            1,
            "en",
            "Varna shaken by 6.9-magnitude quake",
            "A 6.9-magnitude quake struck; the earthquake woke Varna.",
        ),
        _dated(
            2,
            "en",
            "Magnitude of the earthquake in Varna",
            "The earthquake damaged homes in Varna, officials said.",
        ),
        _dated(3, "fr", "Séisme à Varna", "Un séisme de magnitude 6,9 a frappé Varna lundi."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Earthquake"), name


def test_the_forms_of_one_word_count_as_one_and_the_bare_form_names_them() -> None:
    from collections import Counter

    from briefing.topics.event_action import base_forms

    written = Counter({"collapse": 2, "collapsed": 2, "collapses": 3, "motorway": 4})
    base = base_forms(written)
    assert {base[w] for w in ("collapse", "collapsed", "collapses")} == {"collapse"}
    assert base["motorway"] == "motorway"
    # Words of other stems stay apart: an agent is no act ("shooter", "shooting").
    apart = base_forms(Counter({"shooting": 3, "shooter": 2}))
    assert apart == {"shooting": "shooting", "shooter": "shooter"}
    # A plural stands for its group only when no bare form is written.
    assert base_forms(Counter({"talks": 2})) == {"talks": "talks"}


def test_an_act_written_in_several_forms_beats_a_thing_each_headline_names() -> None:
    texts = [
        ("Varna ringway collapse", "Part of the ringway bridge collapsed at noon."),
        ("Twelve dead as ringway bridge collapses", "Rescuers dug after the bridge collapses."),
        ("Grief in Varna", "The bridge collapsed in Varna on Tuesday, and 12 died."),
    ]
    articles = [
        replace(article(f"{n:03d}", body), title=title, language="en")
        for n, (title, body) in enumerate(texts)
    ]
    name = main_event(articles, extract_topics(articles))
    # Before, "ringway" (a thing two headlines name) outvoted the act split over three forms.
    assert name is not None and name.startswith("Bridge collapse")
