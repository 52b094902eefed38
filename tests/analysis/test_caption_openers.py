"""Issue 12: a photo caption known by how it opens ("写真は18日、…", "图为…", "Photo: …") or
closes (a wire's photo credit in brackets, "(2031年 ロイター/Jane Roe)", "(Reuters/Jane Roe)")
is no event; prose that speaks of a photo, a poll credited in brackets and a bare agency in
brackets stay events. An embedded post's stamp after its author's handle stays out too. Text
written for these tests."""

from __future__ import annotations

import pytest

from briefing.analysis.caption_openers import caption_opener, closing_photo_credit
from briefing.analysis.date_sentences import dated_phrases


def _flags(text: str, language: str) -> list[tuple[str, bool]]:
    """(phrase, not an event) of each date phrase of ``text``."""
    return [(d[3].text, d[5]) for d in dated_phrases(text, language, language)]


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("ja", "写真は18日、示例城の外で旗を振る市民たち(2031年 ロイター/Jane Roe)", "18日"),
        ("ja", "写真は18日、示例城の外で旗を振る市民たち", "18日"),
        ("ja", "示例城の外で旗を振る市民たち。3日撮影(2031年 ロイター/山田太郎)", "3日"),
        ("zh", "图为5月3日,市民在示例城外挥舞旗帜。", "5月3日"),
        ("en", "Photo: Residents wave flags outside Example Castle on May 3, 2031.", "May 3, 2031"),
        ("en", "Residents wave flags outside Example Castle on May 3 (Reuters/Jane Roe).", "May 3"),
        ("de", "Foto: Anwohner vor dem Schloss am 3. Mai 2031.", "3. Mai 2031"),
        ("ru", "Фото: жители у замка 3 мая 2031 года.", "3 мая 2031"),
    ],
)  # fmt: skip
def test_a_caption_by_its_opening_or_credit_is_not_an_event(
    language: str, text: str, phrase: str
) -> None:
    flags = _flags(text, language)
    assert any(p.startswith(phrase) and caption for p, caption in flags), flags


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("ja", "この写真は18日に公開され、大きな話題になった。", "18日"),
        ("en", "The photo, taken on May 3, 2031, shows the castle gates closed.", "May 3, 2031"),
        ("en", "Support for the plan rose to 40% on May 3 (Reuters/Ipsos).", "May 3"),
        ("en", "The minister resigned on May 3 (Reuters).", "May 3"),
        ("en", "Photographers gathered at the gates on May 3, 2031.", "May 3, 2031"),
    ],
)  # fmt: skip
def test_prose_about_a_photo_or_a_poll_stays_an_event(
    language: str, text: str, phrase: str
) -> None:
    flags = _flags(text, language)
    assert any(p.startswith(phrase) and not caption for p, caption in flags), flags


def test_the_marks_on_their_own() -> None:
    assert caption_opener("写真は18日、城の外で")
    assert not caption_opener("この写真は18日")
    assert closing_photo_credit("市民たち(2031年 ロイター/Jane Roe)")
    assert closing_photo_credit("citizens at the gate (AFP/Jane Roe).")
    assert not closing_photo_credit("support rose (Reuters/Ipsos).")
    assert not closing_photo_credit("support rose (Example Weekly/Jane Roe).")  # no wire


def test_an_embedded_posts_stamp_after_its_handle_is_no_event() -> None:
    text = "Thank you for coming today. — Example House (@ExampleHouse) 19 мая 2031 г."
    flags = _flags(text, "ru")
    assert flags and all(caption for _, caption in flags), flags
