"""sanitize(): terminal escapes, controls, BiDi and zero-width tricks go; text stays literal."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from briefing.corpus import sanitize


def test_newlines_are_normalised() -> None:
    assert sanitize("a\r\nb\rc\u2028d\u2029e\nf") == "a\nb\nc\nd\ne\nf"


def test_tab_becomes_space() -> None:
    assert sanitize("a\tb") == "a b"


def test_clear_screen_and_cursor_sequences_are_removed_whole() -> None:
    assert sanitize("before\x1b[2J\x1b[H\x1b[31;1mred\x1b[0m after") == "beforered after"


def test_osc_window_title_is_removed_with_its_payload() -> None:
    cleaned = sanitize("Title\x1b]0;PWNED\x07 text")
    assert cleaned == "Title text"
    assert "PWNED" not in cleaned


def test_osc52_clipboard_write_is_removed_with_its_payload() -> None:
    cleaned = sanitize("x\x1b]52;c;SGVsbG8=\x07y\x1b]52;c;QUJD\x1b\\z")
    assert cleaned == "xyz"


def test_osc8_hyperlink_keeps_only_the_visible_text() -> None:
    cleaned = sanitize("\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\")
    assert cleaned == "click me"


def test_dcs_and_eight_bit_csi_are_removed() -> None:
    assert sanitize("a\x1bP+q544e\x1b\\b\x9b2Jc\x9d0;T\x9cd") == "abcd"


def test_unterminated_osc_loses_only_the_introducer() -> None:
    """A stray ESC ] must not swallow the rest of an article."""
    cleaned = sanitize("start \x1b]0;the rest of the article stays")
    assert cleaned == "start 0;the rest of the article stays"


def test_every_c0_and_c1_control_except_newline_is_removed() -> None:
    controls = "".join(chr(c) for c in range(0x20) if c not in (9, 10, 13))
    controls += "".join(chr(c) for c in range(0x7F, 0xA0))
    assert sanitize(f"a{controls}b\nc") == "ab\nc"


def test_bidi_overrides_and_isolates_are_removed() -> None:
    trojan = "ad\u202egnp.exe \u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069x"
    assert sanitize(trojan) == "adgnp.exe x"


def test_zero_width_characters_are_removed() -> None:
    assert sanitize("Pu\u200bt\u200ci\u200dn\u2060\ufeff") == "Putin"


def test_nfc_normalisation_merges_combining_marks() -> None:
    decomposed = "Cafe\u0301 Rahmon\u0308"
    cleaned = sanitize(decomposed)
    assert cleaned == unicodedata.normalize("NFC", decomposed)
    assert "\u0301" not in cleaned


def test_markup_and_variables_are_kept_literally() -> None:
    text = "[bold red]x[/] [link=https://e.x]y[/link] [@click=app.quit]z[/] $accent \\[esc]"
    assert sanitize(text) == text


def test_lone_surrogates_are_removed() -> None:
    assert sanitize("a\ud800b") == "ab"


def test_plain_text_is_unchanged() -> None:
    text = "Путин прибыл в Душанбе. Emomali Rahmon — “fruitful” talks, 17%.\n\nNext paragraph."
    assert sanitize(text) == text


def test_empty_string() -> None:
    assert sanitize("") == ""


@given(st.text())
def test_idempotent_and_free_of_controls(text: str) -> None:
    once = sanitize(text)
    assert sanitize(once) == once
    for char in once:
        assert char == "\n" or unicodedata.category(char) not in ("Cc", "Cs")
        assert char not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff"
