"""A known name with a case ending after an apostrophe (Turkish "Korkmazer'in", Polish
"Dolmenter'ego": made-up names) is a mention of it; a contraction or a capital after the
apostrophe is not."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.case_endings import ending_size
from briefing.topics.mentions import alias_matches, by_first_token


def _matches(text: str, *aliases: str) -> list[str]:
    table = {a: "p:x" for a in aliases}
    return [text[s:e] for _r, s, e, _a in alias_matches(text, by_first_token(table), table)]


def test_a_case_ending_after_an_apostrophe_is_cut_off_the_name() -> None:
    assert ending_size("Korkmazer'in") == 3 and ending_size("Korkmazer’e") == 2
    assert _matches("Bakan Celal Korkmazer'in açıklaması", "Celal Korkmazer") == ["Celal Korkmazer"]
    assert _matches("Korkmazer'e göre liman açık.", "Korkmazer") == ["Korkmazer"]
    assert _matches("Sąd uniewinnił Dolmenter'ego.", "Dolmenter") == ["Dolmenter"]


def test_contractions_and_names_with_an_apostrophe_are_not_cut() -> None:
    assert ending_size("Can't") == ending_size("She'll") == ending_size("I'd") == 0
    assert ending_size("O'Neill") == 0  # a capital after it: part of the name
    assert ending_size("don'in") == 0  # no capital: no name
    assert _matches("Can't stop now, said the crowd.", "Can") == []
    assert _matches("Mary O'Neill spoke.", "Mary O") == []


def test_a_turkish_article_credits_the_person_it_declines() -> None:
    arts = [
        article("en1", "Celal Korkmazer visited the harbour. Celal Korkmazer spoke there."),
        article("en2", "Celal Korkmazer met the dockers on Friday."),
        article("tr1", "Bakan Celal Korkmazer'in açıklamasına göre liman yakında açılacak."),
    ]
    found = holding(extract_topics(arts), "Celal Korkmazer")
    assert len(found) == 1 and "tr1" in found[0].articles
