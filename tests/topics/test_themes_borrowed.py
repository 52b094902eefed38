"""English themes that other languages write as they are ("gli exit poll") count those uses.

Every text here is written for the test (invented places and people).
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.themes_borrowed import borrowed_uses

_LANGUAGES = {"en1": "en", "it1": "it", "hu1": "hu", "it2": "it"}


def _themes() -> dict[str, list[Occurrence]]:
    text = "The exit polls gave Velmov a clear lead."
    return {"exit poll": [Occurrence("en1", 0, 4, 14, text[4:14])]}


def _uses(*paragraphs: tuple[str, str]) -> list[tuple[str, str]]:
    found = borrowed_uses(_themes(), [(a, 0, t) for a, t in paragraphs], _LANGUAGES)
    return [(key, o.surface) for key, occs in found.items() for o in occs]


def test_an_english_theme_written_unchanged_in_other_languages_is_used_there() -> None:
    assert _uses(
        ("it1", "Secondo gli exit poll Velmov ha vinto."),
        ("hu1", "Az exit polls adatok szerint Velmov nyert."),
    ) == [("exit poll", "exit poll"), ("exit poll", "exit polls")]
    # The span is the use's own.
    found = borrowed_uses(_themes(), [("it1", 3, "Secondo gli exit poll.")], _LANGUAGES)
    (occ,) = found["exit poll"]
    assert (occ.paragraph, occ.start, occ.end) == (3, 12, 21)


def test_no_use_in_a_name_a_longer_word_another_spelling_or_english() -> None:
    assert _uses(("it1", "Lo ha detto l'istituto Exit Poll Italia di Velmov.")) == []  # a name
    assert _uses(("it1", "Lo dice un exit pollster di Velmov.")) == []  # another word
    assert _uses(("it1", "Secondo gli exit-poll Velmov ha vinto.")) == []  # hyphenated
    assert _uses(("it1", "L'uscita del poll exit è stata rinviata.")) == []  # other order
    assert _uses(("en1", "Later exit polls confirmed it.")) == []  # English: read already


def test_a_borrowed_theme_gathers_its_uses_across_languages() -> None:
    articles = [
        article(
            "en1",
            "Polls closed at nine in Velmora. The exit polls gave the mayor a narrow lead, and "
            "the exit polls were confirmed at midnight by the electoral office.",
        ),
        article(
            "it1",
            "Le urne si sono chiuse alle nove a Velmora. Secondo gli exit poll il sindaco è in "
            "vantaggio, ma gli sfidanti non riconoscono gli exit poll diffusi dalla televisione.",
        ),
    ]
    (topic,) = holding(extract_topics(articles), "exit poll")
    assert {m.article_id for m in topic.mentions} == {"en1", "it1"}
    assert len(topic.mentions) == 4
