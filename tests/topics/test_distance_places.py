"""A name a distance or a bearing is measured from is a place (nkfrag46).

Every text here is written for the test (invented villages and bodies).
"""

from __future__ import annotations

import pytest
from topics.helpers import article

from briefing.model import Topic
from briefing.topics.distance_places import measured_from
from briefing.topics.place_nouns import places_by_noun


def _at(text: str, name: str) -> bool:
    start = text.index(name)
    return measured_from(text, start, start + len(name))


@pytest.mark.parametrize(
    "text",
    [
        "The tremor struck 13 miles northeast of Trelbovo at noon.",
        "It was centred 20 km east-northeast of Trelbovo, officials said.",
        "Le séisme a eu lieu à 20 km au nord-est de Trelbovo.",
        "Le séisme a eu lieu au sud-ouest d'Trelbovo.",
        "El sismo ocurrió a 20 km al noreste de Trelbovo.",
        "Das Beben lag 20 Kilometer nordöstlich von Trelbovo.",
        "Толчок произошёл в 20 км к северо-востоку от Trelbovo.",
        "The blast was felt 30 km from Trelbovo.",
        "震源はトレルボヴォ(Trelbovo)の東北東24キロ。",
        "震央在特雷尔博沃(Trelbovo,音译)东北东处。",
        "Trelbovo에서 북동쪽으로 22km 떨어진 지점",
        "Trelbovo의 북동쪽 지점",
    ],
)
def test_a_bearing_or_a_distance_from_a_name(text: str) -> None:
    assert _at(text, "Trelbovo")


@pytest.mark.parametrize(
    "text",
    [
        "The East of Trelbovo Trust said the tremor was small.",  # a name, capitalised
        "A letter from Trelbovo reached the minister.",  # "from" without a distance
        "In 2017 Trelbovo reported 20 km of new roads.",
        "Trelbovo said the quake was 20 km deep.",
        "The Trelbovo of the north is a band.",
        "トレルボヴォ(Trelbovo)の社長が話した。",
        "Trelbovo는 동의했다.",
        "Trelbovo 서방 동맹이 발표했다.",  # "the West", no bearing
        "Trelbovo北約首脳会議",  # NATO in Japanese
        "Trelbovo西側諸国",  # the Western countries
    ],
)
def test_no_bearing_no_place(text: str) -> None:
    assert not _at(text, "Trelbovo")


def _topic(name: str, mentions: list[tuple[str, str]]) -> Topic:
    from briefing.model import Mention, Span

    found = []
    for art, text in mentions:
        start = text.index(name)
        found.append(Mention(art, Span(0, start, start + len(name)), name))
    return Topic(
        id=name.casefold(),
        name=name,
        kind="organisation",
        aliases=(name,),
        mentions=tuple(found),
        score=1.0,
    )


def test_a_village_a_quake_is_measured_from_is_a_place_and_a_speaker_is_not() -> None:
    one = "The quake hit 13 miles northeast of Trelbovo on Sunday."
    two = "Le séisme a frappé à 20 km au nord-est de Trelbovo."
    texts = [article("a", one), article("b", two)]
    topics = [_topic("Trelbovo", [("a", one), ("b", two)])]
    assert places_by_noun(topics, texts, lambda s: None)[0].kind == "place"
    # The same name that speaks is a body: "Trelbovo said" outweighs the bearing.
    three = "Trelbovo said it felt the quake 13 miles northeast of its office."
    texts.append(article("c", three))
    topics = [_topic("Trelbovo", [("a", one), ("b", two), ("c", three)])]
    assert places_by_noun(topics, texts, lambda s: None)[0].kind == "organisation"
