"""The main event holds its act word's other forms (:mod:`briefing.topics.event_forms`),
on made-up topics and texts."""

from __future__ import annotations

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.event_forms import with_act_forms


def _event(*mentions: Mention) -> Topic:
    return Topic("e", "Dunmore’s resignation, 3 Mar 2031", "event", ("resignation",), mentions, 9.0)


def test_other_forms_of_the_act_word_are_the_events_mentions() -> None:
    arts = [
        article("a1", "Mara Dunmore announced her resignation on Monday."),
        article("a2", "Mara Dunmore said she was resigning as party leader."),
        article("a3", "Dunmore resigned after six weeks; the resignations went on."),
        article("a4", "Dunmore will not say whether the Resign Street office closes."),
        article("f1", "Mara Dunmore a annoncé sa démission lundi, resigned."),
    ]
    first = Mention("a1", Span(0, 27, 38), "resignation")
    topics = with_act_forms([_event(first)], arts, {a.id: "en" for a in arts} | {"f1": "fr"})
    event = topics[0]
    assert event.aliases == ("resignation", "resignations", "resigned", "resigning")
    found = [(m.article_id, m.surface) for m in event.mentions]
    assert found == [
        ("a1", "resignation"),
        ("a2", "resigning"),
        ("a3", "resigned"),
        ("a3", "resignations"),
    ]


def test_a_word_that_only_begins_alike_is_no_form() -> None:
    event = Topic("e", "Fire in Tarrow, 3 Mar 2031", "event", ("fire",), (), 9.0)
    arts = [article("a1", "The fireworks factory stood empty; firefighters came.")]
    assert with_act_forms([event], arts, None)[0].mentions == ()
    arts = [article("a1", "The fires spread overnight.")]
    assert [m.surface for m in with_act_forms([event], arts, None)[0].mentions] == ["fires"]


def test_no_event_first_changes_nothing() -> None:
    theme = Topic("t", "resignation", "theme", ("resignation",), (), 1.0)
    arts = [article("a1", "She resigned.")]
    assert with_act_forms([theme], arts, None) == (theme,)
