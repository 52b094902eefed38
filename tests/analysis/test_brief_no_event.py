"""The brief without a main event: the lede is a lead whose subject most leads share
(:mod:`briefing.brief_lede_subject`), and the When line gives the yearless day most outlets
date events to, in the articles' year (:func:`briefing.brief_when.yearless_day`).

Made-up packet: a tribunal bans the skater Ana Ruiz; four outlets open with her ban (in
English, French, German and Spanish), and the English one adds a desk's aside that names
more of the story's topics ("Why it matters: …"). Look-alikes: leads that open with
different subjects, a yearless day only one outlet gives, two days as often, a day no year
of the articles' places near them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.brief_lede import find_lede
from briefing.brief_lede_subject import agreed_subject
from briefing.brief_when import story_when, when_line
from briefing.model import Article, Topic

D = dt.date


def _in(language: str, article_id: str, *paragraphs: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, *paragraphs, date=date), language=language)


_PACKET = [
    _in(
        "en",
        "a",
        "Varnian figure skater Ana Ruiz was given a four-year ban by the Sports Tribunal after "
        "it found she had broken the anti-doping rules.",
        "Why it matters: The Sports Tribunal's final ruling follows a long battle between the "
        "Skating Union, the Olympic Committee and Ana Ruiz over her test in Velmora.",
        date=D(2031, 3, 5),
    ),
    _in(
        "fr",
        "b",
        "La patineuse Ana Ruiz a été suspendue quatre ans par le Sports Tribunal, lundi 3 mars.",
        "Le Skating Union et le Olympic Committee avaient fait appel.",
    ),
    _in(
        "de",
        "c",
        "Die Eiskunstläuferin Ana Ruiz ist vom Sports Tribunal für vier Jahre gesperrt worden.",
        "Das Urteil fiel am 3. März.",
    ),
    _in(
        "es",
        "d",
        "La patinadora Ana Ruiz fue sancionada con cuatro años por el Sports Tribunal.",
        "La decisión se conoció el 3 de marzo en Velmora.",
    ),
]


def _topic(name: str, kind: str, *aliases: str) -> Topic:
    return Topic(name.casefold().replace(" ", "-"), name, kind, (name, *aliases), ())


_TOPICS = [
    _topic("Ana Ruiz", "person"),
    _topic("Sports Tribunal", "organisation"),
    _topic("Skating Union", "organisation"),
    _topic("Olympic Committee", "organisation"),
    _topic("Velmora", "place"),
]


def test_without_a_main_event_the_lead_most_leads_share_a_subject_with_is_quoted() -> None:
    found = find_lede(_PACKET, _TOPICS, timeline=extract_timeline(_PACKET), main_event=None)
    assert found is not None
    assert found.text.startswith("Varnian figure skater Ana Ruiz was given")


def test_leads_with_different_subjects_agree_on_none() -> None:
    assert agreed_subject([("a", "ruiz"), ("b", "tribunal"), ("c", "union")]) is None
    assert agreed_subject([("a", "ruiz"), ("b", "ruiz"), ("c", None)]) is None  # two leads
    tie = [("a", "ruiz"), ("b", "ruiz"), ("c", "ruiz"), ("d", "t"), ("e", "t"), ("f", "t")]
    assert agreed_subject(tie) is None
    assert agreed_subject([("a", "ruiz"), ("b", "ruiz"), ("c", "ruiz"), ("d", "t")]) == "ruiz"


def test_the_yearless_day_most_outlets_give_is_the_when() -> None:
    line = when_line(_PACKET, None, extract_timeline(_PACKET))
    assert line.startswith("3 March 2031; articles dated 5 March 2031"), line


def _packet(first: str, second: str, third: str, date: dt.date) -> list[Article]:
    return [
        make_article("a", "The tribunal met in Velmora.", date=date),
        make_article("b", f"The tribunal banned the skater on {first}."),
        make_article("c", f"The ban was announced on {second}."),
        make_article("d", f"The union appealed on {third}."),
    ]


def test_a_yearless_day_one_outlet_gives_or_two_days_as_often_give_no_when() -> None:
    once = _packet("3 March", "7 March", "9 March", D(2031, 3, 10))
    assert story_when(extract_timeline(once), once) is None
    tie = [*_packet("3 March", "3 March", "7 March", D(2031, 3, 10))]
    tie.append(make_article("e", "The union answered on 7 March."))
    assert story_when(extract_timeline(tie), tie) is None


def test_a_yearless_day_far_from_the_articles_dates_gives_no_when() -> None:
    far = _packet("3 March", "3 March", "9 March", D(2031, 11, 20))  # eight months on
    assert story_when(extract_timeline(far), far) is None
    near = _packet("3 March", "3 March", "9 March", D(2031, 3, 6))
    assert str(story_when(extract_timeline(near), near)) == "3 March 2031"
