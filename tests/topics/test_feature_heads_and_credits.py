"""Fixes declared after the grindavik-eruption blind look, on made-up text.

* A landform or water noun closing a name makes it a place ("... Lagoon", "... Fjord",
  "... Crater"); a common surname that is also such a noun is kept out of the list, so a
  person called so stays a person.
* A small town told by its noun in more languages ("der Ort X", "la cittadina di X",
  "городок X"), and ", said Y" after a town no longer makes the town a speaker.
* A name that stands only inside a picture's credit ("(Photo by NAME/AGENCY)") is no topic.
* Two stems of one written form ("lava" in Italian and in English) are one key word.
* A middle name cut short ("J." of "Donald J. Trump", "Th.") does not cut the full name.
"""

from __future__ import annotations

from collections import Counter

from topics.helpers import article, holding

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.keywords import _cognates
from briefing.topics.lexicon import GEO_HEADS
from briefing.topics.patterns import name_words
from briefing.topics.photo_credits import credit_spans, without_credit_names
from briefing.topics.place_nouns import use_kind
from briefing.topics.tokens import chunks, tokenize

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
    # The agency after the slash belongs to the credit, up to its closing bracket.
    assert [caption[s:e] for s, e in credit_spans(caption)] == [
        "Photo by JANE ROE/AFP via Getty Images)"
    ]
    assert credit_spans("Foto: Max Muster/dpa") == [(0, 20)]
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


# -- abbreviated middle names ---------------------------------------------------------


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    return [" ".join(w.text for w in name_words(tokens, c.first, c.last)) for c in chunks(tokens)]


def test_an_abbreviated_middle_name_stays_inside_the_full_name() -> None:
    assert "Donald J. Trump" in _names("We saw Donald J. Trump meet the press.")
    assert "Edda Th. Ragnarsdóttir" in _names("The mayor, Edda Th. Ragnarsdóttir, spoke.")
    # Look-alikes: sentence ends after a syllable, a letter, a numeral or a common noun, and
    # an abbreviation the tokeniser already keeps ("St.").
    assert _names("He met Kim Jong Un. He said no.") == ["He", "Kim Jong Un", "He"]
    assert _names("He met Kim Jong Un. Pyongyang said no.")[1:] == ["Kim Jong Un", "Pyongyang"]
    assert _names("It was Plan B. Then it rained.") == ["It", "Plan B", "Then"]
    assert _names("After World War I. Germany lost.") == ["After World War I", "Germany"]
    assert _names("Take vitamin D. Researchers agree.") == ["Take", "D", "Researchers"]
    assert "St. Peter" in _names("They prayed at St. Peter on Sunday.")


def test_the_full_name_with_an_initial_is_the_person_without_it() -> None:
    topics = extract_topics(
        [
            article("001", "On Monday Donald J. Trump met the press in Vellby."),
            article(
                "002", "In Vellby, Donald J. Trump spoke.", "Donald Trump said he was pleased."
            ),
            article("003", "The mayor, Edda Th. Ragnarsdóttir, spoke in Vellby."),
            article("004", "Edda Th. Ragnarsdóttir visited Vellby.", "Edda Ragnarsdóttir left."),
        ]
    )
    for full, short in (
        ("Donald J. Trump", "Donald Trump"),
        ("Edda Th. Ragnarsdóttir", "Edda Ragnarsdóttir"),
    ):
        found = holding(topics, full)
        assert [t.kind for t in found] == ["person"], full
        assert short in found[0].aliases


# -- one written form, two stems ------------------------------------------------------


def test_stems_sharing_a_written_form_are_one_key_word() -> None:
    forms = {
        "lava": Counter({("lava", "en"): 5, ("Lava", "de"): 3}),  # English, German stems
        "lav": Counter({("lava", "it"): 4, ("lave", "fr"): 2}),  # Italian, French stems
        "ash": Counter({("ash", "en"): 3}),
        "asch": Counter({("Asche", "de"): 3}),
        "ceni": Counter({("cenere", "it"): 2}),
    }
    docs = {k: {"a1", "a2"} for k in forms}
    groups = sorted(sorted(g) for g in _cognates(forms, docs))
    assert ["lav", "lava"] in groups
    # Look-alikes: different words with no form in common, and short forms, stay apart.
    assert ["ash"] in groups and ["asch"] in groups and ["ceni"] in groups
    short = {"gas": Counter({("gas", "en"): 3}), "ga": Counter({("gas", "es"): 3})}
    assert len(_cognates(short, {k: {"a1", "a2"} for k in short})) == 2
