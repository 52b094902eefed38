"""A media-type rubric glued to a headline's end (``<headline> Фотографии``), in text made up
for the test: cut when only its capital can have put it there; a headline's own last word, a
colon's or a bracket's label, and a headline in title case keep it."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.title_rubric import drop_rubric

HEAD = "В городе открылся новый мост через реку Сож"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (HEAD + " Фотографии", HEAD),
        (HEAD + " ФОТО", HEAD),
        ("Ливень затопил центр. Вода ушла из района Заречье Видео", None),
        ("A new bridge opens over the river in Exampleton Photos", None),
        ("Le pont neuf ouvre enfin ses portes à Exampleville Vidéo", None),
        ("El nuevo puente sobre el río se abre en Ejemplópolis Fotos", None),
    ],
)
def test_a_capitalised_rubric_after_a_sentence_case_headline_is_cut(
    title: str, expected: str | None
) -> None:
    assert drop_rubric(title) == (expected or title.rsplit(" ", 1)[0])


@pytest.mark.parametrize(
    "title",
    [
        "Nasa Releases New Mars Rover Photos",  # title case: every word has a capital
        "Die Raumfahrtbehörde zeigt neue Fotos",  # "neue Fotos": a phrase of the headline
        "Астрономы опубликовали новые фото",  # lower case: the headline's own word
        "A new bridge opens in Exampleton: Photos",  # after a colon: the headline's own
        "Koszmar nad rzeką. Wypadek kolejki [FOTO/VIDEO]",  # a bracket: kept as written
        "Exampleton Bridge Video",  # too short to judge
        "新しい橋が開通した 動画",  # no case: no sign
        "A new bridge opens over the river in Exampleton",  # no rubric at all
    ],
)
def test_a_word_that_may_be_the_headlines_own_stays(title: str) -> None:
    assert drop_rubric(title) == title


def test_the_article_title_loses_the_rubric(tmp_path: Path) -> None:
    lead = (
        "Новый мост через реку Сож открыли в субботу утром. Его строили три года, и теперь "
        "он соединяет два района города, сообщили в мэрии."
    )
    assert read(tmp_path, f"{HEAD} Фотографии\n\n{lead}").title == HEAD
