"""More citations and credits (made-up lines): a name opening in quotes after "sagte … dem
Sender" is spoken to; a Japanese particle of address after a bracketed reading ("ノルTV(NORTV)に
対し") cites; "Imagen: X/AGENCY" is a picture credit; a paragraph's closing "(c)AGENCY" and an
opening bracketed dateline ("【5月3日 AGENCY】") credit the wire; an upper-case place before
a colon opening a paragraph ("OSLO: …") is a dateline."""

from __future__ import annotations

from briefing.topics.addressed import addressed
from briefing.topics.candidates import Occurrence
from briefing.topics.cited import _cited
from briefing.topics.photo_credits import credit_spans
from briefing.topics.weak_mentions import listed


def _at(text: str, name: str, article: str = "a") -> Occurrence:
    start = text.index(name)
    return Occurrence(
        article=article, paragraph=0, start=start, end=start + len(name), surface=name
    )


def test_a_quoted_channel_spoken_to_is_addressed() -> None:
    text = "„Es brennt weiter“, sagte Feuerwehr-Sprecherin Ana Holt dem Sender „Norvik TV“."
    o = _at(text, "Norvik")
    assert addressed([o], {("a", 0): text}) == {o}
    plain = "Die Feuerwehr löschte den Brand in „Norvik“."
    assert not addressed([_at(plain, "Norvik")], {("a", 0): plain})


def test_a_japanese_particle_of_address_cites() -> None:
    text = "警察はノルTV(NORTV)に対し、橋が閉鎖されたと説明した。"
    assert _cited(text, _at(text, "NORTV"))
    about = "NORTVの本社が移転した。"
    assert not _cited(about, _at(about, "NORTV"))


def test_spanish_picture_word_and_copyright_and_bracketed_dateline() -> None:
    caption = "El puente quedó cerrado.Imagen: JUAN ROE/NORDPRESS"
    assert any(s <= caption.index("NORDPRESS") for s, _e in credit_spans(caption))
    closing = "住民は海岸に向かった。(c)NORDPRESS"
    assert _cited(closing, _at(closing, "NORDPRESS"))
    opening = "【5月3日 NORDPRESS】橋が閉鎖された。"
    assert _cited(opening, _at(opening, "NORDPRESS"))
    inside = "【速報】NORDPRESSの記者が橋を訪れた。"
    assert not _cited(inside, _at(inside, "NORDPRESS"))


def test_an_upper_case_place_before_a_colon_is_a_dateline() -> None:
    text = "OSLO :Hundreds of people left the valley on Sunday."
    o = _at(text, "OSLO")
    assert listed([o], {("a", 0): text}) == {o}
    clock = "OSLO: 10:30 is the time."
    assert listed([_at(clock, "OSLO")], {("a", 0): clock})  # still the opening's place
    title = "Oslo: the city that never sleeps"
    assert not listed([_at(title, "Oslo")], {("a", 0): title})  # not upper case


def test_a_closing_copyright_with_its_photographer_credits_the_wire() -> None:
    text = "映像はノルTVが4日撮影・提供。(c) NORDPRESS/Jan HOLM"
    assert _cited(text, _at(text, "NORDPRESS"))
    # A sentence after the slash is no photographer's name: the copyright does not close it.
    longer = "Copyright (c) NORDPRESS/the river rose again in the night and the bridge fell."
    assert not _cited(longer, _at(longer, "NORDPRESS"))
