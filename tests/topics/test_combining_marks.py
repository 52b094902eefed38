"""Topic words keep their combining marks: a Hindi, Tamil or pointed Yiddish word is one token.

Python's ``\\w`` holds no vowel sign or point, so the topic tokenizer and the key-word counts
cut ``सुनीता`` into ``स`` ``न`` ``त`` and every name or word in those scripts came in pieces
(``briefing.word_marks``). All text written here.
"""

from __future__ import annotations

from briefing.topics.keycounts import count_texts
from briefing.topics.languages import function_words
from briefing.topics.tokens import token_texts, tokenize

HINDI = "नई दिल्ली में महापौर सुनीता वर्मा ने पुल का उद्घाटन किया।"


def test_a_hindi_name_is_two_whole_tokens() -> None:
    texts = [t.text for t in tokenize(HINDI)]
    assert texts[:6] == ["नई", "दिल्ली", "में", "महापौर", "सुनीता", "वर्मा"]
    assert texts[-1] == "।"
    assert token_texts(HINDI) == texts


def test_tamil_and_pointed_yiddish_words_are_whole() -> None:
    assert token_texts("சென்னையில் புதிய பாலம்") == ["சென்னையில்", "புதிய", "பாலம்"]
    assert token_texts("אויף ייִדיש") == ["אויף", "ייִדיש"]


def test_latin_possessives_and_elisions_are_cut_as_before() -> None:
    assert token_texts("Russia’s l'Élysée don't") == ["Russia", "’s", "l'", "Élysée", "don't"]


def test_key_word_counts_see_whole_words() -> None:
    counts = count_texts({("hi", HINDI + " " + HINDI): 1})["hi"]
    assert counts["सुनीता"] == 2 and counts["उद्घाटन"] == 2
    # No fragment of a word cut at its vowel signs is counted.
    assert "दिल" not in counts and "उद" not in counts


def test_function_words_with_vowel_signs_are_known() -> None:
    hindi = function_words("hi")
    assert {"है", "की", "में"} <= hindi
    assert "सुनीता" not in hindi and "उद्घाटन" not in hindi
