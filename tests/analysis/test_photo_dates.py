"""Issue 12: a caption's photo date is no event — "(2031年5月3日撮影)" ("photographed on …"),
"(5月3日摄)", "(Photo: Jane Roe/Agency, 3 May 2031)", "(Foto: 3. Mai 2031)"; prose of the same
shape without a photo label or a bracket closing on "photographed" stays an event. Text
written for these tests."""

from __future__ import annotations

import pytest

from briefing.analysis.caption_marks import photo_note
from briefing.analysis.date_sentences import dated_phrases


def _flags(text: str, language: str) -> list[tuple[str, bool]]:
    """(phrase, not an event) of each date phrase of ``text``."""
    return [(d[3].text, d[5]) for d in dated_phrases(text, language, language)]


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("ja", "示例市で、判断を示す判事(2031年5月3日撮影)。", "2031年5月3日"),
        ("ja", "示例市で、判断を示す判事（5月3日撮影）", "5月3日"),
        ("zh", "示例市的示例大桥(2031年5月3日摄)。", "2031年5月3日"),
        ("zh", "示例市的示例大橋（5月3日拍攝）", "5月3日"),
        ("en", "The judges in Example City (Photo: Jane Roe/Agency, 3 May 2031).", "3 May 2031"),
        ("de", "Die Richter in Beispielstadt (Foto: 3. Mai 2031).", "3. Mai 2031"),
        ("es", "Los jueces en Ciudad Ejemplo (Fotografía: Agencia, 3 de mayo de 2031).",
         "3 de mayo de 2031"),
        ("ru", "Судьи в Примерске (Фото: 3 мая 2031).", "3 мая 2031"),
    ],
)  # fmt: skip
def test_a_photo_date_is_not_an_event(language: str, text: str, phrase: str) -> None:
    flags = _flags(text, language)
    assert (phrase, True) in flags, flags


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # filming told as prose: a passive in kana, a verb going on, a sentence's end
        ("ja", "映画は2031年5月3日撮影された。"),
        ("zh", "这部电影于5月3日拍摄完成。"),
        ("zh", "该片于5月3日拍摄。"),
        # a bracket of prose naming a photo, no label
        ("en", "The court ruled (a photo of 3 May 2031 shows the judges) on the case."),
        ("en", "The vote (held on 3 May 2031) was void."),
        # a label in another bracket than the date's
        ("en", "The judges (Photo: Agency) ruled on 3 May 2031 that the vote was void."),
        # a word that only begins like the root
        ("en", "The court (Fotheringham: a judge) ruled on 3 May 2031."),
    ],
)  # fmt: skip
def test_prose_of_a_photo_note_s_shape_stays_an_event(language: str, text: str) -> None:
    flags = _flags(text, language)
    assert flags and not any(caption for _, caption in flags), flags


def test_the_photo_label_must_open_the_date_s_own_bracket() -> None:
    text = "(Photo: Agency) The vote (3 May 2031) was void."
    start = text.index("3 May")
    assert not photo_note(text, start, start + len("3 May 2031"))
