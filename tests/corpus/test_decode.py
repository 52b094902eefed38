"""decode()/binary_reason(): BOMs first, strict UTF-8, then a bounded guess, with notices."""

from __future__ import annotations

import codecs

import pytest

from briefing.corpus.decode import binary_reason, decode

RUSSIAN = "Президент России Владимир Путин прибыл в Душанбе с государственным визитом."
FRENCH = "Les délégués ont signé à l'unanimité; Señor Muñoz était présent à Zürich."


@pytest.mark.parametrize(
    ("codec", "bom", "label"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16 LE"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16 BE"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "UTF-32 LE"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "UTF-32 BE"),
    ],
)
def test_bom_decides_the_encoding_and_is_noted(codec: str, bom: bytes, label: str) -> None:
    raw = bom + RUSSIAN.encode(codec)
    assert binary_reason(raw) is None
    decoded = decode(raw)
    assert decoded.text == RUSSIAN
    assert decoded.notices == (f"decoded as {label} (byte-order mark)",)


def test_utf8_bom_is_stripped_without_a_notice() -> None:
    decoded = decode(codecs.BOM_UTF8 + RUSSIAN.encode())
    assert decoded.text == RUSSIAN
    assert decoded.notices == ()


def test_plain_utf8_has_no_notice() -> None:
    assert decode(FRENCH.encode()).notices == ()


def test_cp1251_is_detected_and_noted() -> None:
    decoded = decode(RUSSIAN.encode("cp1251"))
    assert decoded.text == RUSSIAN
    assert decoded.notices == ("decoded as cp1251",)


def test_latin1_reads_as_western_not_central_european() -> None:
    decoded = decode(FRENCH.encode("latin-1"))
    assert decoded.text == FRENCH
    assert decoded.notices and decoded.notices[0].startswith("decoded as cp1252")


def test_koi8r_is_detected() -> None:
    decoded = decode((RUSSIAN + " " + RUSSIAN).encode("koi8-r"))
    assert decoded.text == RUSSIAN + " " + RUSSIAN


def test_mostly_utf8_keeps_utf8_and_reads_strays_as_cp1252() -> None:
    raw = "Zürich — café déjà vu, the talks ended".encode() + b" at 5\x80 in the caf\xe9."
    decoded = decode(raw)
    assert decoded.text == "Zürich — café déjà vu, the talks ended at 5€ in the café."
    assert "2 invalid byte sequence(s) read as cp1252" in decoded.notices[0]


def test_truncated_utf8_drops_a_split_character_at_the_end() -> None:
    raw = RUSSIAN.encode()[:-1]  # "." removed, then one byte of "м" cut off
    raw = raw[:-1]
    decoded = decode(raw, truncated=True)
    assert decoded.notices == ()
    assert RUSSIAN.startswith(decoded.text)
    assert "\ufffd" not in decoded.text


def test_html_meta_charset_is_honoured() -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    decoded = decode(page.encode("cp1251"), html=True)
    assert RUSSIAN in decoded.text
    assert decoded.notices == ("decoded as cp1251 (declared by the page)",)


def test_bomless_utf16_is_recognised_rather_than_called_binary() -> None:
    raw = ("Plain ASCII article text in UTF-16 without a mark. " * 4).encode("utf-16-le")
    assert binary_reason(raw) is None
    assert decode(raw).text.startswith("Plain ASCII article text")


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (b"PK\x03\x04\x14\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01", "executable"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
    ],
)
def test_magic_numbers_are_binary(raw: bytes, what: str) -> None:
    reason = binary_reason(raw)
    assert reason is not None and reason.startswith("binary file") and what in reason


def test_many_nul_bytes_are_binary() -> None:
    reason = binary_reason(b"header" + b"\x00\x01\x02\x00" * 100)
    assert reason is not None and "NUL" in reason


def test_dense_control_bytes_are_binary() -> None:
    raw = bytes(range(1, 32)) * 20 + b"some text"
    reason = binary_reason(raw)
    assert reason is not None and "control bytes" in reason


def test_text_with_a_few_stray_controls_and_escapes_is_text() -> None:
    raw = ("An ordinary paragraph of an article. " * 30).encode() + b"\x00\x07\x1b[2J\x1b]0;x\x07"
    assert binary_reason(raw) is None


KOREAN = "박물관에서 어젯밤 도난 사건이 일어났다. 경찰은 범인들이 창문으로 들어왔다고 밝혔다."
JAPANESE = "昨夜、博物館で盗難事件が起きた。警察によると、犯人らは窓から侵入したという。"
GERMAN = "Die Brücke über die Förde wurde für den Verkehr gesperrt, während Gutachter prüfen."
POLISH = "Zażółć gęślą jaźń: most nad rzeką został zamknięty, a eksperci sprawdzają jego stan."


@pytest.mark.parametrize(
    ("text", "codec", "note"),
    [
        (KOREAN, "euc_kr", "cp949"),
        (KOREAN, "cp949", "cp949"),
        (JAPANESE, "shift_jis", "cp932"),
        (JAPANESE, "euc_jp", "euc_jp"),
    ],
)
def test_korean_and_japanese_legacy_encodings_are_read(text: str, codec: str, note: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.notices == (f"decoded as {note}",)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (FRENCH, "cp1252"),
        (GERMAN, "cp1252"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        (FRENCH + " " + GERMAN, "latin-1"),
    ],
)
def test_western_and_cyrillic_files_are_not_read_as_korean_or_japanese(
    text: str, codec: str
) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text.encode(codec).decode(codec)
    assert not any(n.startswith(("decoded as cp9", "decoded as euc")) for n in decoded.notices)


def test_a_central_european_file_is_not_read_as_korean_or_japanese() -> None:
    decoded = decode(POLISH.encode("cp1250"))
    assert not any(n.startswith(("decoded as cp9", "decoded as euc")) for n in decoded.notices)
