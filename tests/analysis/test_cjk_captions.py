"""Issue 12: a photo caption in Chinese, Japanese or Korean that reached the body text is
known by its own marks ("…拍摄的…", "…で撮影", "摄影:", a photographer's "摄", "사진=", "…의
모습", a slashed credit); prose of the same shape without one stays an event. Text written
for these tests."""

from __future__ import annotations

import pytest

from briefing.analysis.cjk_captions import cjk_caption
from briefing.analysis.date_sentences import dated_phrases


def _flags(text: str, language: str) -> list[tuple[str, bool]]:
    """(phrase, not an event) of each date phrase of ``text``."""
    return [(d[3].text, d[5]) for d in dated_phrases(text, language, language)]


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        # a caption glued to the story's last sentence after its full stop
        ("zh", "示例队共有300名队员。2031年5月3日,在示例市举行的开幕式上,从高处拍摄的示例大桥",
         "2031年5月3日"),
        ("zh", "这是5月3日在示例市拍摄的示例大桥。", "5月3日"),
        ("zh", "示例大桥的夜景,摄于2031年5月3日。", "2031年5月3日"),
        ("zh", "5月3日,选手们在示例市的开幕式上入场。示例社记者 张三 摄", "5月3日"),
        ("zh", "5月3日,选手们在示例市的开幕式上入场(李四 摄)", "5月3日"),
        ("zh", "5月3日,示例市的开幕式现场。摄影:王五", "5月3日"),
        ("zh", "5月3日,示例市的開幕式現場。攝影／王五", "5月3日"),
        ("ja", "2031年5月3日、示例市で撮影", "2031年5月3日"),
        ("ja", "開会式に入場する選手たち。5月3日、示例市で撮影(写真:示例社)", "5月3日"),
        ("ko", "3일 예시시에서 열린 개회식의 모습", "3일"),
        ("ko", "3일 예시시에서 열린 개회식에서 선수들이 입장하고 있다 /예시뉴스", "3일"),
        ("ko", "3일 예시시에서 열린 개회식에서 선수들이 입장하고 있다(사진=예시뉴스)", "3일"),
    ],
)  # fmt: skip
def test_a_cjk_caption_is_not_an_event(language: str, text: str, phrase: str) -> None:
    flags = _flags(text, language)
    assert (phrase, True) in flags, flags


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the ordinary lead of a Chinese story: "at the ceremony held in …", no mark
        ("zh", "2031年5月3日,在示例市举行的开幕式上,示例队旗手率队入场。"),
        # filming told as prose: 拍摄 with no 的, a verb ending the clause
        ("zh", "这部电影于2031年5月3日在示例市开始拍摄。"),
        # a photographer's 摄 in another clause than the date, prose between
        ("zh", "5月3日,开幕式在示例市举行。观众很多。组委会说,现场不允许拍摄。"),
        # the mark in the next clause, after another full stop: the date's clause is prose
        ("zh", "5月3日,开幕式在示例市举行。示例大桥上有人在拍摄的时候摔倒了。"),
        # a short sentence after the date's ends on 拍摄 ("filming is not allowed"): no credit
        ("zh", "5月3日,开幕式在示例市举行。现场禁止拍摄。"),
        ("zh", "5月3日,开幕式在示例市举行。图为示例。"),
        # Japanese passive "was filmed" goes on in kana: prose
        ("ja", "映画は2031年5月3日に示例市で撮影された。"),
        # Korean prose: a scene seen, not a caption's closing noun
        ("ko", "3일 예시시에서 열린 개회식의 모습이 화면에 나왔다."),
        # a ratio with a slash inside Korean prose
        ("ko", "3일 발표된 찬성/반대 비율은 크게 달라졌다."),
    ],
)  # fmt: skip
def test_cjk_prose_of_a_caption_s_shape_stays_an_event(language: str, text: str) -> None:
    flags = _flags(text, language)
    assert flags and not any(caption for _, caption in flags), flags


def test_a_latin_sentence_is_never_read_as_a_cjk_caption() -> None:
    text = "Photographed on 3 May 2031 / 摄"
    assert not cjk_caption(text.replace("摄", "x"), 16, 26)
