"""One name spelt two ways where the spelling check used to look away (name_slips.py): a
name alone in quotation marks, a Turkish name missing its last letter, and the English "W"
written "Уи" or "Ви" in Russian. Each with look-alikes that must stay silent."""

from __future__ import annotations

from analysis.builders import claim_values, in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.model import Discrepancy
from briefing.analysis.name_slips import bare_ending_is_slip, cyrillic_w, quoted_alone
from briefing.analysis.spelling import _variant
from briefing.model import Article


def _spellings(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "spelling"]


# ---------------------------------------------------------------- quoted names


def test_a_name_alone_in_quotation_marks_is_read_as_a_name() -> None:
    text = 'le photographe "Lior Brantavski", arrêté en mars'
    start = text.index("Lior")
    assert quoted_alone(text, start, start + len("Lior Brantavski"))
    assert not quoted_alone('"Lior Brantavski est libre"', 1, 16)
    found = _spellings(
        in_language("fr", "a", 'Il a retrouvé le photographe "Lior Brantavski", arrêté en mars.'),
        in_language("fr", "b", "Le photographe Lior Brandavski a été libéré jeudi à Lyon."),
    )
    assert [claim_values(d) for d in found] == [{"Brantavski", "Brandavski"}]


def test_a_quoted_sentence_starting_with_a_name_is_not_read_as_a_name() -> None:
    # The quotation holds a sentence, whose first capital is grammar's: no name pair is
    # taken from it, so nothing is compared with the other article's name.
    found = _spellings(
        in_language("fr", "a", 'Son avocat a dit : "Lior Brantavski est libre", jeudi.'),
        in_language("fr", "b", "Le photographe Lior Brandavski a été libéré jeudi à Lyon."),
    )
    assert found == []


# ---------------------------------------------------------------- Turkish final letter


def test_a_turkish_name_missing_its_last_letter_is_a_slip() -> None:
    assert bare_ending_is_slip("Velka", "Velkan", "tr")
    found = _spellings(
        in_language("tr", "a", "Serbest bırakılanlar arasında eski asker Tomas Velkan var."),
        in_language("tr", "b", "Takasta eski asker Tomas Velka, Ankara'ya getirildi."),
    )
    assert [claim_values(d) for d in found] == [{"Velka", "Velkan"}]


def test_a_bare_ending_stays_grammar_elsewhere_and_for_words() -> None:
    # English and German join endings to names ("Russian", "Putins"): still grammar there.
    assert not bare_ending_is_slip("Velka", "Velkan", "en")
    assert not bare_ending_is_slip("Velkan", "Velkans", "de")
    # Both forms are Turkish words ("America" and "American"): grammar, not a slip.
    assert not bare_ending_is_slip("Amerika", "Amerikan", "tr")
    assert not _variant("Amerika", "Amerikan", "tr")
    # Two letters more is no single slip.
    assert not bare_ending_is_slip("Velka", "Velkann", "tr")
    found = _spellings(
        in_language("en", "a", "Among those freed was former marine Tomas Velkan on Thursday."),
        in_language("en", "b", "The swap brought former marine Tomas Velka home, officials said."),
    )
    assert found == []


# ---------------------------------------------------------------- Cyrillic W


def test_the_english_w_written_two_ways_in_russian_is_one_name() -> None:
    assert cyrillic_w("Уиндли") == "Виндли"
    assert cyrillic_w("Пол") == "Пол"
    found = _spellings(
        in_language(
            "ru", "a", "Среди освобождённых оказался бывший морпех Пол Уиндли из Мичигана."
        ),
        in_language("ru", "b", "Американец Пол Виндли прилетел в Вашингтон вечером."),
    )
    assert [claim_values(d) for d in found] == [{"Уиндли", "Виндли"}]


def test_other_first_letters_in_russian_stay_two_names() -> None:
    # "Бирман" / "Вирман": one letter at the front, not the English W: two people.
    assert not _variant("Бирман", "Вирман", "ru")
    # "Уманов" starts with "У" before a consonant: no W, nothing rewritten.
    assert cyrillic_w("Уманов") == "Уманов"
    assert not _variant("Уманов", "Вманов", "ru")
    found = _spellings(
        in_language(
            "ru", "a", "Среди освобождённых оказался бывший морпех Пол Бирман из Мичигана."
        ),
        in_language("ru", "b", "Американец Пол Вирман прилетел в Вашингтон вечером."),
    )
    assert found == []
