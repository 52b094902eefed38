"""The English leads' act word gives way to the one far more articles of more languages write
(:mod:`.event_reach`).

Made-up packet of twelve articles: three English leads share "hospitals" (a story line the
English and Italian texts write) more than the "eruption" every language writes
("eruption", "éruption", "Eruption", "erupción"). Look-alikes: a choice written as widely,
a wider word in two languages only, or in one English lead, or a building's noun, or a
subject in fewer than half the articles.
"""

from __future__ import annotations

from briefing.model import Mention, Span, Topic
from briefing.topics.event_reach import Reach, reaches, wider_act

_LANGUAGES = {
    f"a{n}": language
    for n, language in enumerate(
        ["en", "en", "en", "fr", "fr", "de", "de", "es", "es", "it", "it", "ru"]
    )
}


def _theme(name: str, aliases: tuple[str, ...], articles: list[int]) -> Topic:
    return Topic(
        id=name,
        name=name,
        kind="theme",
        aliases=aliases,
        mentions=tuple(Mention(f"a{n}", Span(0, 0, len(name)), name) for n in articles),
    )


_ERUPTION = _theme(
    "eruption", ("eruption", "éruption", "Eruption", "erupción"), [0, 1, 3, 4, 5, 6, 7, 8, 11]
)
_SHELTERS = _theme("hospitals", ("hospitals", "rifugi"), [0, 1, 2, 9])
_DOCS = {"hospital": 4, "eruption": 2, "ash": 1}
_LEADS = [
    "Hospitals in Varn filled overnight as the eruption went on.",
    "The eruption sent ash over Varn; hospitals ran out of beds.",
    "Varn's hospitals asked for blankets.",
]


def test_the_act_every_language_writes_replaces_a_story_line() -> None:
    found = reaches([_SHELTERS, _ERUPTION], _LANGUAGES)
    assert Reach(9, 5, frozenset({"eruption", "éruption", "erupción"})) in found
    # "hospital" is held by "hospitals" (its English stem): 4 articles, 2 languages.
    assert wider_act("hospital", _DOCS, found, 12, _LEADS) == "eruption"


def test_a_choice_written_as_widely_stays() -> None:
    wide = _theme("hospitals", ("hospitals", "rifugi", "abris"), [0, 1, 2, 3, 4, 9])
    assert wider_act("hospital", _DOCS, reaches([wide, _ERUPTION], _LANGUAGES), 12, _LEADS) is None


def test_a_subject_of_two_languages_or_half_the_articles_less_is_no_wider() -> None:
    narrow = _theme("hospitals", ("hospitals", "rifugi"), [0, 9])
    two = _theme("eruption", ("eruption", "éruption"), [0, 1, 2, 3, 4])  # English, French
    assert wider_act("hospital", _DOCS, reaches([narrow, two], _LANGUAGES), 10, _LEADS) is None
    three = _theme("eruption", ("eruption", "éruption", "Eruption"), [0, 1, 3, 5, 6])
    assert (
        wider_act("hospital", _DOCS, reaches([narrow, three], _LANGUAGES), 10, _LEADS) == "eruption"
    )
    assert wider_act("hospital", _DOCS, reaches([narrow, three], _LANGUAGES), 12, _LEADS) is None


def test_a_choice_the_english_leads_state_happened_stays() -> None:
    # "a hospital collapsed": the leads state it happened themselves.
    stated = [*_LEADS, "A hospital collapsed in Varn."]
    found = reaches([_SHELTERS, _ERUPTION], _LANGUAGES)
    assert wider_act("hospital", _DOCS, found, 12, stated) is None


def test_an_act_noun_keeps_its_place() -> None:
    # "reopening" is no building: an act's noun, kept beside a wider subject.
    found = reaches([_theme("reopening", ("reopening",), [0, 1]), _ERUPTION], _LANGUAGES)
    assert wider_act("reopening", {"reopening": 3, "eruption": 2}, found, 12, _LEADS) is None


def test_one_english_lead_or_a_building_never_replaces_the_choice() -> None:
    found = reaches([_SHELTERS, _ERUPTION], _LANGUAGES)
    assert wider_act("hospital", {"hospital": 4, "eruption": 1}, found, 12, _LEADS) is None
    museum = _theme("museum", ("museum", "musée", "Museum", "museo"), [0, 1, 3, 4, 5, 6, 7])
    found = reaches([_SHELTERS, museum], _LANGUAGES)
    assert wider_act("hospital", {"hospital": 4, "museum": 3}, found, 12, _LEADS) is None
