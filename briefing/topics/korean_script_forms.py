"""A Korean name's spelling in Hangul, read into Latin, Cyrillic and Arabic letters.

:mod:`.korean_places` joins a one-word Korean place the Latin articles name ("Itaewon") with
its Hangul, Han, Cyrillic and Arabic spellings; this module holds the readings it compares:

- **Latin** (:func:`korean_fold`): Revised Romanization as anyascii writes Hangul, folded
  with :func:`~.korean_keys.latin_fold` so that McCune-Reischauer's spelling ("Yŏngsan",
  "P'yŏngt'aek") and the press's ("Pusan") read alike: "이태원" and "Itaewon" are one.
- **Cyrillic** (:func:`kontsevich`): the Kontsevich system the Russian press uses, table by
  table (initial, vowel, final jamo), then :func:`cyrillic_fold` for what the press drops or
  voices ("Итхэвон" and "Итэвон", the aspiration left out; "Йонсан" for "Ёнсан").
- **Arabic** (:func:`arabic_shape`): Arabic writes a foreign name with its consonants and
  long vowels; its shape is the folded consonants in order (:func:`~.arabic_names.consonants`)
  and where the vowel letters fall between them ("إيتايوان" and "Itaewon": a vowel, "t", a
  vowel, "n").

No maintained library converts Hangul to Cyrillic (PyPI has romanisers into Latin only:
``hangul-romanize``, ``korean-romanizer``, ``koroman``), and the Kontsevich tables are short
and fixed, so they are written here.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from briefing.topics.arabic_names import consonants
from briefing.topics.korean_keys import latin_fold

__all__ = ["arabic_shape", "cyrillic_fold", "hangul_jamo", "kontsevich", "korean_fold"]

_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
#: Kontsevich: each initial consonant (ㅇ silent), vowel and final, as the Russian press writes.
_K_INITIAL = dict(
    zip(
        _INITIALS,
        ("к", "кк", "н", "т", "тт", "р", "м", "п", "пп", "с", "сс", "", "ч", "чч", "чх", "кх",
         "тх", "пх", "х"),
        strict=True,
    )
)  # fmt: skip
_K_VOWEL = dict(
    zip(
        _VOWELS,
        ("а", "э", "я", "йе", "о", "е", "ё", "йе", "о", "ва", "вэ", "вэ", "ё", "у", "во", "ве",
         "ви", "ю", "ы", "ый", "и"),
        strict=True,
    )
)  # fmt: skip
_K_FINAL = {
    "ㄱ": "к", "ㄲ": "к", "ㄳ": "к", "ㄴ": "н", "ㄵ": "н", "ㄶ": "н", "ㄷ": "т", "ㄹ": "ль",
    "ㄺ": "к", "ㄻ": "м", "ㄼ": "ль", "ㄽ": "ль", "ㄾ": "ль", "ㄿ": "п", "ㅀ": "ль", "ㅁ": "м",
    "ㅂ": "п", "ㅄ": "п", "ㅅ": "т", "ㅆ": "т", "ㅇ": "н", "ㅈ": "т", "ㅊ": "т", "ㅋ": "к",
    "ㅌ": "т", "ㅍ": "п", "ㅎ": "т",
}  # fmt: skip
#: Russian spellings of one Korean sound folded together (voicing, aspiration the press drops,
#: iotated vowels spelt out, "ль"/"р" of ㄹ), the longest first.
_CYRILLIC_FOLDS = (
    ("чж", "ч"),
    ("дж", "ч"),
    ("тх", "т"),
    ("пх", "п"),
    ("кх", "к"),
    ("чх", "ч"),
    ("ль", "л"),
    ("ё", "йо"),
    ("я", "йа"),
    ("ю", "йу"),
    ("э", "е"),
    ("ъ", ""),
    ("ь", ""),
)
_CYRILLIC_LETTERS = str.maketrans({"г": "к", "д": "т", "б": "п", "р": "л"})
_ARABIC_VOWEL_LETTERS = frozenset("اأإآىويؤئءة")
_LATIN_VOWELS = frozenset("aeiouwy")


def hangul_jamo(syllable: str) -> tuple[str, str, str] | None:
    """A Hangul syllable block's initial, vowel and final jamo ("원": ㅇ, ㅝ, ㄴ); None for
    any other character."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return _INITIALS[code // 588], _VOWELS[code % 588 // 28], _FINALS[code % 28]


def kontsevich(hangul: str) -> str:
    """A Hangul word in Cyrillic by the Kontsevich system ("이태원" → "итхэвон", "용산" →
    "ёнсан"); a final ㄹ before a vowel is "р" ("서울" → "сеуль" ends "ль"). Empty when a
    character is not a Hangul syllable."""
    out = []
    for ch in hangul:
        jamo = hangul_jamo(ch)
        if jamo is None:
            return ""
        initial, vowel, final = jamo
        out.append(_K_INITIAL[initial] + _K_VOWEL[vowel] + _K_FINAL.get(final, ""))
    return "".join(out)


def cyrillic_fold(word: str) -> str:
    """A Cyrillic spelling of a Korean name with the differences between the Kontsevich
    system and the press's habits folded: "Итхэвон", "Итэвон" and "итхэвон" are one."""
    word = word.casefold()
    for old, new in _CYRILLIC_FOLDS:
        word = word.replace(old, new)
    return word.translate(_CYRILLIC_LETTERS)


@functools.lru_cache(maxsize=4096)
def korean_fold(word: str) -> str:
    """A Hangul or Latin spelling of a Korean name, its romanisations folded (module
    docstring): "이태원", "Itaewon"; "용산", "Yongsan", "Yŏngsan"."""
    return latin_fold(word)


def _shape(letters: str, vowels: frozenset[str]) -> str:
    """Where the vowel letters fall: "v" for each run of them, "c" for each consonant."""
    return re.sub("v+", "v", "".join("v" if ch in vowels else "c" for ch in letters))


def arabic_shape(word: str) -> tuple[str, str]:
    """A word's folded consonants (:func:`~.arabic_names.consonants`) and the shape of its
    vowels and consonants, Latin or Arabic: "Itaewon" and "إيتايوان" are ("tn", "vcvc")."""
    if word.isascii():
        letters = anyascii(word).casefold()
        letters = "".join(ch for ch in letters if ch.isalpha() and ch != "h")
        shape = _shape(letters, _LATIN_VOWELS)
    else:
        letters = "".join(ch for ch in word if ch not in "هح")
        shape = _shape(letters, _ARABIC_VOWEL_LETTERS)
    return consonants(word), re.sub("c+", "c", shape)
