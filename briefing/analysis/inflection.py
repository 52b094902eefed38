"""When two written forms are one name, not two spellings: accents dropped, or a case ending.

A name typed without its diacritics ("Fico" for "Fičo", "Erdogan" for "Erdoğan", "Nunez" for
"Nuñez", "Алена" for "Алёна") is the same name on a keyboard without them, not another
spelling: :func:`accent_free` compares the forms with every accent removed (NFKD, and the
letters Unicode does not decompose: "ł", "ı", "ø", "ß"), and German umlauts also as "ae",
"oe", "ue", the way German is typed without them ("Mueller" / "Müller").

Languages that decline names write one name with different endings ("Robert Fico" /
"Roberta Fica" / "s Robertom Ficom" in Slovak, "Tusk" / "Tuskiem" in Polish, "Зеленский" /
"Зеленского" in Russian, "Niinistö" / "Niinistölle" in Finnish, "Orbán" / "Orbánnal" in
Hungarian), and the agglutinative Turkic languages add case and possessive suffixes to every
noun, common or proper ("Başbakan" / "Başbakanı", "Larisa" / "Larisa'daki" / "Larisaya").
Snowball has no stemmer for most of them (Polish, Czech, Slovak, Slovene, Croatian,
Ukrainian, Latvian, Estonian), and a stemmer built for common nouns leaves foreign surnames
alone anyway. So :func:`inflected` uses a rule general to these languages: the two forms
share a stem of at least three letters, and what follows the stem in each is one of the
language family's case endings or nominative finals (≤ 3 letters; 4 for Finnish and
Estonian, which put a linking vowel before an ending; up to 5 for Turkish and Azerbaijani,
which stack a buffer letter, a possessive and a case: "-ndaki"). A Turkish proper noun's
suffix after an apostrophe ("Larisa'daki", "Erdoğan’ın") is dropped before comparing. The
inventory, not a bare length, keeps real variants apart: "Прево" / "Превост" differ by "ст",
which no Russian case adds; "Schmidt" / "Schmitt" are German, which declines names only with
a genitive "s"; "Larisa" / "Larissa" differ by "s", which Turkish adds only before "-ı".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

#: Latin letters that Unicode does not decompose but writers drop like accents.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss", "İ": "I"})
#: How German is typed without umlauts.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


#: Kept by word: the spellings' judging asks it of the same few names over and over (most of
#: ``_variant``'s cost at 10,005 articles, benchmarks/PROFILE.md).
@lru_cache(maxsize=1 << 16)
def folded(word: str) -> str:
    """The word without diacritics ("Erdoğan" → "erdogan"), lower-cased."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def accent_free(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one word but for diacritics ("Fičo" / "Fico", "Müller" /
    "Mueller", "Ёлкин" / "Елкин"): one typed without the accents of the other."""
    if folded(a) == folded(b):
        return True
    return folded(a.translate(_UMLAUTS)) == folded(b.translate(_UMLAUTS))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SLAVIC_LATIN = _words(
    """
    a e i o u y á é í ó ú ý ě ą ę ou em om im ym ie ej ou ovi owi iem ego emu ého ému ym ým
    ij yj iy ija ijo ije iju ov ova ove ovu ův
    """
)
_CYRILLIC = _words(
    """
    а я у ю о е ы и і ї й ь ом ем ём ым им ой ей ою ею ий ый ая яя ого его ому ему ові еві
    ів єм ої єю ова ову ове ов ев ых их ами ями
    """
)
_BALTIC = _words(
    """
    a e i o u s ą ę į ų ė ā ē ī ū as is ys us es ės os ui ai ei am em im um ą oje ėje yje uje
    iui ai ies iem ij ijo
    """
)
_FINNIC = _words(
    """
    a ä n t i s e ta tä na nä in en ia iä lla llä lle lta ltä ssa ssä sta stä ksi tta ttä
    ine ina inä ille illa illä ilta iltä issa issä ista istä iin iksi ga ks le lt l st sse ni
    """
)
_HUNGARIAN = _words(
    """
    t ot et at öt nak nek nal nel val vel tal tel ról ről ra re ba be ban ben ból ből hoz
    hez höz tól től nál nél ig ért é ék né ul ül ként
    """
)
#: Turkish and Azerbaijani case, possessive and plural suffixes in every vowel-harmony form,
#: with their buffer letters (y, n, s) and the relative "-ki": what an agglutinative noun
#: adds after its own last letter ("Başbakan|ı", "Larisa|ya", "Ankara|daki", "kent|inin").
#: Snowball's Turkish stemmer (snowballstemmer) was compared: it stems "Başbakan" and
#: "Başbakanı" alike but proper nouns unevenly ("Larisa" → "laris", "Larisaya" → "larisa").
_TURKIC = _words(
    """
    ı i u ü ə sı si su sü yı yi yu yü nı ni nu nü ın in un ün nın nin nun nün ım im um üm
    a e ya ye na ne da de də ta te nda nde dan den dən tan ten ndan nden la le lə yla yle
    ki daki deki taki teki ndaki ndeki lar ler lər ları leri ların lerin lara lere larda
    lerde
    """
)
#: Case endings and nominative finals of the languages that decline names (ISO 639-1).
ENDINGS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("pl", "cs", "sk", "sl", "hr", "bs", "sr"), _SLAVIC_LATIN),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk"), _CYRILLIC | _SLAVIC_LATIN),
    **dict.fromkeys(("lt", "lv"), _BALTIC),
    **dict.fromkeys(("fi", "et"), _FINNIC),
    "hu": _HUNGARIAN,
    **dict.fromkeys(("tr", "az"), _TURKIC),
}
#: Languages that write a proper noun's suffix after an apostrophe.
_APOSTROPHE_SUFFIXED = frozenset(("tr", "az"))
_SUFFIX_MARK = re.compile(r"['’][^\W\d_]+$")
#: A stem shorter than this is no evidence of one name ("Ana" / "Anna").
_MIN_STEM = 3


def suffix_free(word: str, language: str) -> str:
    """``word`` less a suffix set off by an apostrophe in a language that writes one
    ("Abdramane'nin" → "Abdramane" in Turkish); ``word`` itself elsewhere ("O'Neill")."""
    return _SUFFIX_MARK.sub("", word) if language in _APOSTROPHE_SUFFIXED else word


@cache
def inflected(a: str, b: str, language: str) -> bool:
    """True when ``a`` and ``b`` are one name with two case endings of ``language``
    ("Fico" / "Fica" / "Ficom", "Зеленский" / "Зеленского"); False in a language that does
    not decline names, and for forms whose difference is no ending of the language."""
    endings = ENDINGS.get(language)
    if endings is None or a == b:
        return False
    if language in _APOSTROPHE_SUFFIXED:
        # Turkish sets a proper noun's suffix off with an apostrophe ("Larisa'daki",
        # "Erdoğan’ın"): what precedes it is the name as written.
        a, b = _SUFFIX_MARK.sub("", a), _SUFFIX_MARK.sub("", b)
        if a == b:
            return True
    x, y = folded(a), folded(b)
    # The endings are listed with their accents; compare the forms' letters as written too.
    for first, second in ((a.casefold(), b.casefold()), (x, y)):
        stem = 0
        while stem < min(len(first), len(second)) and first[stem] == second[stem]:
            stem += 1
        # The stem may have lost its last letter to a longer ending ("Зеленск|ий").
        for cut in range(stem, max(_MIN_STEM, stem - 2) - 1, -1):
            if cut < _MIN_STEM:
                break
            tails = (first[cut:], second[cut:])
            if all(t == "" or t in endings or folded(t) in endings for t in tails):
                return True
    return False


def one_name(a: str, b: str, language: str) -> bool:
    """True when ``a`` and ``b`` are one name written without its accents or in another
    grammatical case of ``language`` — never a spelling disagreement."""
    return accent_free(a, b) or inflected(a, b, language)
