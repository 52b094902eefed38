"""Fixes declared after the grindavik-eruption blind look, on made-up text.

* A landform or water noun closing a name makes it a place ("... Lagoon", "... Fjord",
  "... Crater"); a common surname that is also such a noun is kept out of the list, so a
  person called so stays a person.
* A small town told by its noun in more languages ("der Ort X", "la cittadina di X",
  "городок X"), and ", said Y" after a town no longer makes the town a speaker.
* A name that stands only inside a picture's credit ("(Photo by NAME/AGENCY)") is no topic.
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.lexicon import GEO_HEADS
from briefing.topics.photo_credits import credit_spans, without_credit_names
from briefing.topics.place_nouns import use_kind

# -- geographic heads -------------------------------------------------------------------


def test_a_lagoon_a_fjord_and_a_crater_are_places() -> None:
    topics = extract_topics(
        [
            article(
                "001",
                "Visitors left the Silver Lagoon on Monday as the ground shook near Vellby.",
                "The Silver Lagoon stays shut, officials in Vellby said.",
            ),
            article("002", "Boats in the Kald Fjord turned back; the Silver Lagoon emptied."),
            article("003", "Ash rose from the Horn Crater while the Silver Lagoon closed."),
            article("004", "Scientists flew over the Horn Crater and the Kald Fjord."),
        ]
    )
    for name in ("Silver Lagoon", "Kald Fjord", "Horn Crater"):
        found = holding(topics, name)
        assert [t.kind for t in found] == ["place"], name


def test_surnames_that_are_feature_nouns_stay_out_of_the_heads() -> None:
    # "Colin Firth", "Tom Ridge", "Rodney Marsh", "Edward Heath", "Rafael Caldera": persons.
    assert not GEO_HEADS & {"firth", "ridge", "marsh", "heath", "hill", "caldera"}
    topics = extract_topics(
        [
            article("001", "Tom Ridge met the mayor of Vellby on Monday."),
            article("002", "In Vellby, Tom Ridge spoke to farmers."),
            article("003", "Tom Ridge left Vellby on Tuesday."),
        ]
    )
    assert [t.kind for t in holding(topics, "Tom Ridge")] == ["person"]


# -- small towns told by their noun ---------------------------------------------------


def _kind(text: str, name: str) -> str | None:
    start = text.index(name)
    return use_kind(text, start, start + len(name), lambda _: None)


def test_settlement_nouns_of_more_languages_say_place() -> None:
    assert _kind("Die Lava hat den Ort Varelo erreicht.", "Varelo") == "place"
    assert _kind("minaccia la cittadina di Varelo da ieri", "Varelo") == "place"
    assert _kind("vicino il villaggio di Varelo, a sud", "Varelo") == "place"
    assert _kind("près du port de Varelo, dimanche", "Varelo") == "place"
    assert _kind("the fishing port of Varelo was emptied", "Varelo") == "place"
    assert _kind("habitants de la localité de Varelo", "Varelo") == "place"
    assert _kind("het dorpje Varelo is bereikt", "Varelo") == "place"
    assert _kind("mieszkańcy wioski Varelo uciekli", "Varelo") == "place"
    assert _kind("Лава подобралась к городку Варело.", "Варело") == "place"
    assert _kind("лава досягла містечка Варело", "Варело") == "place"


def test_said_after_a_comma_names_another_speaker() -> None:
    # The speaker follows the verb: the town before the comma is not what speaks.
    assert _kind("lava flowed toward Varelo, said Anna Berg of the office", "Varelo") is None
    assert _kind("Le flux avance vers Varelo, a déclaré la police", "Varelo") is None
    # Look-alikes: a body speaking right after its name, or named by a body's noun.
    assert _kind("Varelo said the plant would reopen.", "Varelo") == "body"
    assert _kind("the port operator Varelo closed the docks", "Varelo") == "body"


# -- picture credits ----------------------------------------------------------------------


def test_credit_spans_need_a_picture_word_and_a_slash_or_bracket() -> None:
    caption = "Smoke over the hills. (Photo by JANE ROE/AFP via Getty Images)"
    assert [caption[s:e] for s, e in credit_spans(caption)] == ["Photo by JANE ROE/"]
    assert credit_spans("Foto: Max Muster/dpa") == [(0, 17)]
    assert credit_spans("Lava near homes (photo: Jan Nowak)") != []
    # Look-alikes: a photographer who is the story, and a caption without a credit.
    assert credit_spans("A photo by Ansel Adams sold for a million dollars.") == []
    assert credit_spans("The picture shows a crater (seen from above).") == []


def _topic(name: str, *texts: str) -> tuple[Topic, list[Article]]:
    articles = [article(f"{n:03d}", text) for n, text in enumerate(texts)]
    mentions = tuple(
        Mention(a.id, Span(0, t.index(name), t.index(name) + len(name)), name)
        for a, t in zip(articles, texts, strict=True)
    )
    return Topic(name.casefold(), name, "person", (name,), mentions, 1.0), articles


def test_a_name_only_in_credits_is_dropped_and_one_named_elsewhere_stays() -> None:
    credited, texts = _topic(
        "JANE ROE",
        "Homes burn at dawn. (Photo by JANE ROE/AFP via Getty Images)",
        "Ash in the streets. Photo: JANE ROE / Reuters",
    )
    assert without_credit_names([credited], texts) == ()
    quoted, texts = _topic(
        "JANE ROE",
        "Homes burn at dawn. (Photo by JANE ROE/AFP via Getty Images)",
        "“We ran,” JANE ROE, a resident, told reporters.",
    )
    assert without_credit_names([quoted], texts) == (quoted,)
