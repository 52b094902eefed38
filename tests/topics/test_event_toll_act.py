"""What the dead died in names the act when most leads count them (made-up leads: a crowd
surge in a market quarter, in several languages)."""

from __future__ import annotations

from briefing.topics.event_shared import Lead
from briefing.topics.event_toll_act import toll_act

_EN = [
    "The narrow lanes of Orvel, the lantern-lit market quarter of Varn, were full of crowds.",
    "At least 40 people died and dozens were hurt in a sudden crowd surge on Friday night.",
]
_OTHERS = [
    Lead("fr", "", "Au moins 40 morts dans une bousculade à Orvel."),
    Lead("es", "", "Al menos 40 personas murieron en una avalancha en Orvel."),
    Lead("de", "", "Mindestens 40 Menschen starben bei einem Gedränge in Orvel."),
    Lead("ru", "", "В Орвеле погибли не менее 40 человек."),
]


def _leads(english: list[str], others: list[Lead]) -> list[Lead]:
    return [*(Lead("en", "", text) for text in english), *others]


def test_what_the_dead_died_in_is_the_act() -> None:
    # "crowd" is its kind: the leads write "crowds" too; "sudden" is not written apart.
    assert toll_act(_EN, _leads(_EN, _OTHERS)) == "crowd surge"


def test_a_kind_the_leads_write_nowhere_else_is_left_out() -> None:
    english = [_EN[0].replace("crowds", "visitors"), _EN[1]]
    assert toll_act(english, _leads(english, _OTHERS)) == "surge"


def test_a_phrase_ends_at_a_function_word_a_name_or_a_day() -> None:
    english = [_EN[0], "At least 40 people were killed in the stampede on Friday."]
    assert toll_act(english, _leads(english, _OTHERS)) == "stampede"
    english = [_EN[0], "At least 40 people were killed in the Orvel stampede."]
    assert toll_act(english, _leads(english, _OTHERS)) is None


def test_leads_that_seldom_count_the_dead_name_nothing() -> None:
    quiet = [Lead(x.language, "", "Orvel.") for x in _OTHERS]
    assert toll_act(_EN, _leads(_EN, quiet)) is None
    # The count is there, but no cause follows it with "in" or "by" and an article.
    english = [_EN[0], "At least 40 people died in Orvel on Friday night."]
    assert toll_act(english, _leads(english, _OTHERS)) is None
    # "in a" before the count is no cause of it.
    english = [_EN[0], "In a market of Varn, at least 40 people died on Friday."]
    assert toll_act(english, _leads(english, _OTHERS)) is None
