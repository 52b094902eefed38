"""Bytes → text: refuse binaries, find the encoding, and say what was guessed.

Order matters and is cheapest-first: a byte-order mark is proof, strict UTF-8 almost is (random
legacy bytes rarely form valid UTF-8), and only then do we ask charset-normalizer to guess. The
guess is limited to the encodings a news packet realistically contains (Windows Western and
Cyrillic, KOI8-R, Latin-1): left free, charset-normalizer prefers cp1250 for French or German
text and Big5 for a four-byte word, which turns readable articles into mojibake.

A file that is UTF-8 except for a few stray legacy bytes (copy-pasted from a cp1252 document)
keeps its UTF-8 and only the stray bytes are read as cp1252, instead of mangling every accented
letter by switching the whole file to one legacy encoding.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass

__all__ = ["Decoded", "binary_reason", "decode"]

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE mark starts with the UTF-16 LE mark.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

# Signatures of formats that are never article text (checked on the first bytes).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)

# C0 controls that text files do not contain (TAB, LF, VT, FF, CR and ESC are allowed: ESC
# belongs to ANSI-coloured text, which is text, and sanitize() removes the sequences). A few
# stray controls or NULs in a long article are corruption, not a binary: only a density counts.
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_SNIFF = 8192
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I
)
_GUESS_ENCODINGS = ["cp1252", "cp1251", "koi8_r", "latin_1"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text and human-readable notes about how it was decoded."""

    text: str
    notices: tuple[str, ...] = ()


def binary_reason(raw: bytes) -> str | None:
    """Why ``raw`` is not text ("binary file (PNG image)"), or None if it may be text.

    Files with a UTF-16/32 byte-order mark are text even though they contain NUL bytes.
    """
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) or raw.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        return None
    head = raw[:_SNIFF]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({name})"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return f"binary file ({head[8:12].decode().strip()} media)"
    nuls = head.count(0)
    if nuls and _looks_like_bomless_utf16(head) is not None:
        return None
    if nuls > max(1, len(head) // 200):
        return f"binary file (contains {nuls} NUL bytes)"
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    if head and controls / len(head) > 0.05:
        return f"binary file ({controls} control bytes in the first {len(head)})"
    return None


def decode(raw: bytes, *, truncated: bool = False, html: bool = False) -> Decoded:
    """Decode ``raw`` (already checked by :func:`binary_reason`) to a str.

    ``truncated`` says ``raw`` was cut at a size limit, so a multi-byte character may be split at
    the very end; that tail is dropped instead of turning into a replacement character.
    ``html`` lets a page's own ``<meta charset>`` decide before any guessing.
    """
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom) :]
            unit = 4 if "32" in codec else 2 if "16" in codec else 1
            if truncated and unit > 1:
                body = body[: len(body) - len(body) % unit]
            text = body.decode(codec, errors="replace")
            notes = () if codec == "utf-8" else (f"decoded as {label} (byte-order mark)",)
            return Decoded(text, notes)
    bomless = _looks_like_bomless_utf16(raw[:_SNIFF]) if b"\x00" in raw[:_SNIFF] else None
    if bomless:
        body = raw[: len(raw) - len(raw) % 2]
        return Decoded(body.decode(bomless, errors="replace"), (f"decoded as {bomless.upper()}",))
    try:
        return Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        if truncated and err.reason == "unexpected end of data" and err.start >= len(raw) - 3:
            with contextlib.suppress(UnicodeDecodeError):  # not a cut-off tail: go on guessing
                return Decoded(raw[: err.start].decode("utf-8"))
    declared = _declared_charset(raw) if html else None
    if declared is not None:
        return declared
    mixed = _mostly_utf8(raw)
    if mixed is not None:
        return mixed
    return _east_asian(raw) or _guess(raw)


def _declared_charset(raw: bytes) -> Decoded | None:
    """Decode with the charset an HTML page declares, if it names a codec that fits the bytes."""
    match = _META_CHARSET.search(raw[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name).name
        if codec in ("utf-8", "utf-16", "utf-32"):
            return None
        text = raw.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    return Decoded(text, (f"decoded as {codec} (declared by the page)",))


def _mostly_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with a few stray legacy bytes: keep UTF-8, read only the strays as cp1252."""
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    non_ascii = len(replaced) - len(replaced.encode("ascii", "ignore"))
    good = non_ascii - bad
    if good < 2 * bad or good == 0:
        return None
    text = raw.decode("utf-8", errors="briefing-cp1252")
    return Decoded(text, (f"mostly UTF-8; {bad} invalid byte sequence(s) read as cp1252",))


#: Korean and Japanese legacy encodings, each with the letters that prove it: read as cp949, a
#: Western or Cyrillic file's accented letters become Hanja or fail, never Hangul syllables;
#: read as Shift_JIS or EUC-JP, they become half-width katakana or Han, never hiragana.
_EAST_ASIAN = (
    ("cp932", re.compile("[\u3041-\u3096]"), 0.2),
    ("euc_jp", re.compile("[\u3041-\u3096]"), 0.2),
    ("cp949", re.compile("[\uac00-\ud7a3]"), 0.6),
)


def _east_asian(raw: bytes) -> Decoded | None:
    """A Korean (EUC-KR/UHC) or Japanese (Shift_JIS, EUC-JP) file: decoded without error, and
    the letters only that language writes make up most of what is not ASCII (a share of its
    characters for Korean, a fifth for Japanese, whose Han characters are shared). None else.

    Not left to charset-normalizer: among these and the Western code pages it picks Big5 or
    cp949 for short French or German text (the guess below is kept to Western encodings)."""
    for codec, letters, share in _EAST_ASIAN:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        non_ascii = len(text) - len(text.encode("ascii", "ignore"))
        if non_ascii >= 10 and len(letters.findall(text)) >= share * non_ascii:
            return Decoded(text, (f"decoded as {codec}",))
    return None


def _guess(raw: bytes) -> Decoded:
    """Ask charset-normalizer among plausible legacy encodings; Latin-1 if it cannot say."""
    from charset_normalizer import from_bytes  # imported only for a file that is not UTF-8

    best = from_bytes(raw, cp_isolation=_GUESS_ENCODINGS).best()
    if best is not None and best.encoding:
        encoding = best.encoding.replace("_", "-")
        # LookupError cannot happen in practice (charset-normalizer names stdlib codecs).
        with contextlib.suppress(LookupError):
            return Decoded(raw.decode(best.encoding, errors="replace"), (f"decoded as {encoding}",))
    return Decoded(raw.decode("latin-1"), ("encoding could not be determined; decoded as latin-1",))


def _looks_like_bomless_utf16(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' if NULs sit on every other byte, as in ASCII-range UTF-16."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the offending bytes as cp1252 (undefined bytes → U+FFFD)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    chunk = err.object[err.start : err.end]
    return chunk.decode("cp1252", errors="replace"), err.end


codecs.register_error("briefing-cp1252", _cp1252_fallback)
