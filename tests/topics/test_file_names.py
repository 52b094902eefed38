"""A file name or web address left in a text is written by a web system, not by the writer
(own text, invented names): its lower-case words are no evidence that a surname is an
everyday word, so a person named in the prose stays a person. Lower-case words of the
prose itself still count."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.file_names import without_file_names
from briefing.topics.first_pass import vocabulary


def test_file_names_and_addresses_are_blanked_in_place() -> None:
    text = "See ralen-velra.jpg and https://example.org/tovik-ralen today."
    blanked = without_file_names(text)
    assert len(blanked) == len(text)
    assert "ralen" not in blanked and blanked.startswith("See ") and blanked.endswith("today.")
    assert without_file_names("www.velra-news.org/ralen").strip() == ""


def test_prose_is_left_alone() -> None:
    for text in (
        "Mr. Ralen left at 5 p.m. and said the jpg was fine.",
        "The U.S. plan, version 2.1, was filed.",
        "He wrote: ralen-velra is a ridge.",
    ):
        assert without_file_names(text) == text


def test_words_of_a_file_name_are_not_counted_as_lower_case() -> None:
    lowercase, _midcap = vocabulary(["ralen-velra.jpg", "The harbour of Velra reopened."])
    assert "ralen" not in lowercase and "velra" not in lowercase
    assert {"harbour", "reopened"} <= lowercase
    lowercase, _midcap = vocabulary(["the ralen of the valley"])
    assert "ralen" in lowercase  # written in prose: an everyday word of the briefing


def _kinds(*paragraphs: str) -> set[str]:
    articles = [article("a1", *paragraphs), article("a2", "Tovik Ralen spoke in Velra.")]
    return {t.kind for t in holding(extract_topics(articles), "Tovik Ralen")}


def test_a_photo_slug_does_not_turn_a_person_into_a_body() -> None:
    said = "Police said Tovik Ralen left Velra on Monday."
    assert _kinds(said, "tovik-ralen-velra.jpg") == {"person"}
    assert _kinds(said, "Read more: https://velra.example/news/tovik-ralen") == {"person"}


def test_a_slug_on_a_line_of_its_own_is_no_writing() -> None:
    """A picture's slug printed in place of its caption ("Vote-ralen-uk"), no extension."""
    assert without_file_names("Vote-ralen-uk").strip() == ""
    lowercase, _midcap = vocabulary(["Vote-ralen-uk", "The harbour of Velra reopened."])
    assert "ralen" not in lowercase and "harbour" in lowercase
    said = "Police said Tovik Ralen left Velra on Monday."
    assert _kinds(said, "Vote-tovik-ralen") == {"person"}


def test_hyphened_words_in_a_sentence_are_still_writing() -> None:
    for text in ("He wrote: ralen-velra-tovik is a ridge.", "a well-to-do ralen", "Ralen-Velra"):
        assert without_file_names(text) == text
    lowercase, _midcap = vocabulary(["a well-to-do ralen of the valley"])
    assert "ralen" in lowercase
