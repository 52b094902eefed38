"""The Sun, the Moon and the planets as places, by their names in the briefing's languages.

A packet about a Moon landing writes "the Moon", "la Lune", "den Mond", "la Luna", "a Lua",
"Луны", "月球", "القمر", "달" and "चंद्रमा" in every article, yet no gazetteer holds a body of
the sky and no maintained library names them in other languages (CLDR via Babel, Unicode's
names and GeoNames were checked: English only, or nothing). They are a closed class, as the
months are: the Earth's star, its one moon and the seven other planets, so their names are
kept here by hand, each written as the language's standard usage writes the astronomical body
(a reviewed table, not generated from any source). The Earth is left out: an act on the Earth
is placed by its country or town, and "Erde", "Земля", "Tierra" are as often soil and land.
Where a language's word for the Moon is also its month (Ukrainian "Місяць", Czech "Měsíc",
Turkish "Ay") or Hindi's planets are its weekdays ("मंगल", "बुध"), the name is left out, as
are Arabic names that are common words ("المشتري", the buyer; "الزهرة", the flower).

:data:`NAMES` is data a gazetteer lookup can use (canonical English name → language →
forms); :func:`body_mentions` finds them in one paragraph. Look-alikes are the risk, so
precision comes first:

- a language's forms are looked for only in that language's text ("Luna" is the Moon in a
  Spanish article and a given name in an English one; "月球" in Chinese text only);
- in a cased script the name must be capitalised and stand alone: no capitalised word right
  before or after it ("Bruno Mars", "Diego Luna", "Mercury Prize", "The Sun" newspaper,
  "Sun Yat-sen"), no hyphen or digit joined to it ("Luna-25", "Ki-moon"), and no
  capitalised word before a "de"/"of" connector ("Puerta del Sol");
- lower case counts only where the language writes the astronomical name both ways
  (:data:`LOWER_CASE`: English, French, Spanish, Italian and Portuguese "moon", "lune",
  "luna", "lua"), only for the Moon (a lower-case "sun" is mostly the weather), only when the
  briefing also capitalises the name mid-sentence somewhere, and never in an idiom
  (:data:`IDIOMS`: "once in a blue moon", "luna de miel");
- a name the briefing also writes as a title in mid-sentence ("told The Sun") is no body
  anywhere in it (:func:`drop_titled`): "a poll for the Sun" is the newspaper too;
- a mention stands as found: the second pass does not search the text for its surface
  again (:mod:`.cluster` keeps it as a contextual mention), which would skip these guards;
- inflected forms: Cyrillic words by their lemma (:func:`~.languages.lemma`: "Луны" →
  "Луна"), Greek and Polish forms listed; in uncased scripts (Han, kana, Hangul, Arabic,
  Devanagari) the form must not run into other letters, but for a Korean particle or an
  Arabic proclitic listed with it, nor into a number ("火星12", the Hwasong-12 missile:
  a name and its number is a model or a series, as "Luna-25" is in a cased script).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from briefing.topics.candidates import Candidates
from briefing.topics.languages import has_cyrillic

#: Canonical English name → language → the forms that name the body (capitalised as the
#: language writes the astronomical body; case forms listed where no lemmatiser folds them).
NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "Moon": {
        "en": ("Moon",),
        "fr": ("Lune",),
        "de": ("Mond", "Mondes"),
        "es": ("Luna",),
        "it": ("Luna",),
        "pt": ("Lua",),
        "ca": ("Lluna",),
        "ro": ("Luna", "Lunii", "Lunei"),
        "nl": ("Maan",),
        "pl": ("Księżyc", "Księżyca", "Księżycu", "Księżycem"),
        "ru": ("Луна",),
        "bg": ("Луна", "Луната"),
        "el": ("Σελήνη", "Σελήνης"),
        "sv": ("Månen",),
        "da": ("Månen",),
        "no": ("Månen",),
        "zh": ("月球", "月面"),
        "ja": ("月面", "月球"),
        "ko": ("달", "월면"),
        "ar": ("القمر",),
        "hi": ("चंद्रमा", "चन्द्रमा", "चांद", "चाँद"),
    },
    "Sun": {
        "en": ("Sun",),
        "fr": ("Soleil",),
        "de": ("Sonne",),
        "es": ("Sol",),
        "it": ("Sole",),
        "pt": ("Sol",),
        "nl": ("Zon",),
        "pl": ("Słońce", "Słońca"),
        "ru": ("Солнце",),
        "uk": ("Сонце",),
        "el": ("Ήλιος", "Ήλιου", "Ηλίου"),
        "zh": ("太阳", "太陽"),
        "ja": ("太陽",),
        "ko": ("태양",),
        "ar": ("الشمس",),
        "hi": ("सूर्य",),
    },
    "Mercury": {
        "en": ("Mercury",), "fr": ("Mercure",), "de": ("Merkur",), "es": ("Mercurio",),
        "it": ("Mercurio",), "pt": ("Mercúrio",), "ru": ("Меркурий",), "uk": ("Меркурій",),
        "zh": ("水星",), "ja": ("水星",), "ar": ("عطارد",),
    },
    "Venus": {
        "en": ("Venus",), "fr": ("Vénus",), "de": ("Venus",), "es": ("Venus",),
        "it": ("Venere",), "pt": ("Vênus", "Vénus"), "ru": ("Венера",), "uk": ("Венера",),
        "zh": ("金星",), "ja": ("金星",), "ko": ("금성",),
    },
    "Mars": {
        "en": ("Mars",), "fr": ("Mars",), "de": ("Mars",), "es": ("Marte",), "it": ("Marte",),
        "pt": ("Marte",), "nl": ("Mars",), "pl": ("Mars", "Marsa", "Marsie"),
        "ru": ("Марс",), "uk": ("Марс",), "el": ("Άρης", "Άρη"), "tr": ("Mars",),
        "zh": ("火星",), "ja": ("火星",), "ar": ("المريخ",),
    },
    "Jupiter": {
        "en": ("Jupiter",), "fr": ("Jupiter",), "de": ("Jupiter",), "es": ("Júpiter",),
        "it": ("Giove",), "pt": ("Júpiter",), "ru": ("Юпитер",), "uk": ("Юпітер",),
        "zh": ("木星",), "ja": ("木星",), "ko": ("목성",),
    },
    "Saturn": {
        "en": ("Saturn",), "fr": ("Saturne",), "de": ("Saturn",), "es": ("Saturno",),
        "it": ("Saturno",), "pt": ("Saturno",), "ru": ("Сатурн",), "uk": ("Сатурн",),
        "zh": ("土星",), "ja": ("土星",), "ko": ("토성",), "ar": ("زحل",),
    },
    "Uranus": {
        "en": ("Uranus",), "fr": ("Uranus",), "de": ("Uranus",), "es": ("Urano",),
        "it": ("Urano",), "pt": ("Urano",), "ru": ("Уран",), "uk": ("Уран",),
        "zh": ("天王星",), "ja": ("天王星",), "ko": ("천왕성",), "ar": ("أورانوس",),
    },
    "Neptune": {
        "en": ("Neptune",), "fr": ("Neptune",), "de": ("Neptun",), "es": ("Neptuno",),
        "it": ("Nettuno",), "pt": ("Netuno", "Neptuno"), "ru": ("Нептун",), "uk": ("Нептун",),
        "zh": ("海王星",), "ja": ("海王星",), "ko": ("해왕성",), "ar": ("نبتون",),
    },
}  # fmt: skip

#: Languages that write the Moon's name in lower case as often as capitalised ("the moon").
LOWER_CASE = frozenset({"en", "fr", "es", "it", "pt"})
#: Phrases with the Moon's lower-case name that are no mention of the body.
IDIOMS: dict[str, tuple[str, ...]] = {
    "en": ("blue moon", "over the moon", "moon landing hoax"),
    "fr": ("lune de miel", "dans la lune"),
    "es": ("luna de miel",),
    "it": ("luna di miele",),
    "pt": ("lua de mel",),
}
#: Korean particles after a noun ("달에", "달의"), Arabic proclitics before one ("بالقمر").
_KOREAN_PARTICLES = ("", "에", "의", "은", "을", "이", "에서", "으로", "로", "과", "와", "도")
_ARABIC_PROCLITICS = ("", "و", "ب", "ف", "ك", "وب", "لل")
#: Arabic words after "القمر" that make it a satellite ("القمر الصناعي").
_ARABIC_SATELLITE = ("الصناعي", "الاصطناعي")
#: Connectors inside a place's or a body's name: "Puerta del Sol", "Isola del Sole".
_CONNECTORS = frozenset({"de", "del", "della", "di", "da", "do", "du", "des", "of", "von", "van"})
_CASED_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _mark(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M") or ch in "-_"


@functools.cache
def _forms(language: str) -> dict[str, str]:
    """The forms of ``language`` → canonical body name."""
    return {f: body for body, tongues in NAMES.items() for f in tongues.get(language, ())}


def _uncased(form: str) -> bool:
    return not any(ch.isupper() or ch.islower() for ch in form)


@functools.cache
def uncased_names(language: str) -> bool:
    """Whether ``language`` writes the bodies' names in a script without case (Han, Hangul,
    Arabic, Devanagari): there a paragraph without lower case is no heading."""
    return any(_uncased(f) for f in _forms(language))


def body_mentions(
    text: str, language: str, capitalised: frozenset[str] | set[str] = frozenset()
) -> list[tuple[str, int, int]]:
    """(canonical body, start, end) of each mention of a body of the Solar System in one
    paragraph of ``language`` (see the module's docstring). ``capitalised`` holds the words
    the briefing capitalises mid-sentence: a lower-case "moon" counts only when "Moon" is
    among them."""
    forms = _forms(language)
    if not forms:
        return []
    found: list[tuple[str, int, int]] = []
    if not _may_name(language, text):
        return found
    if uncased_names(language):
        for form, named in forms.items():
            found.extend((named, s, e) for s, e in _uncased_spans(text, form, language))
        return sorted(found, key=lambda m: m[1])
    from briefing.topics.languages import lemma

    words = list(_CASED_WORD.finditer(text))
    for i, match in enumerate(words):
        word = match.group()
        body = forms.get(word)
        if body is None and has_cyrillic(word) and word[:1].isupper():
            body = forms.get(lemma(word))
        lower = False
        if body is None and word.islower() and language in LOWER_CASE:
            body = forms.get(word.capitalize())
            lower = body == "Moon" and word.capitalize() in capitalised
            if not lower or _idiom(text, match.start(), language):
                body = None
        if body is None or not _alone(text, words, i, lower):
            continue
        found.append((body, match.start(), match.end()))
    return found


@functools.cache
def _named_ends(language: str) -> re.Pattern[str] | None:
    """What every word :func:`body_mentions` takes in a cased ``language`` ends with: one of
    its forms, or a lower-case Moon (:data:`LOWER_CASE`), at a word's end (no letter, digit,
    apostrophe or hyphen after it; the start is left free). None where a form is Cyrillic: a
    Cyrillic word is read by its lemma ("Луны"), which no substring test sees."""
    forms = _forms(language)
    if any(has_cyrillic(f) for f in forms):
        return None
    moon = {f.lower() for f, body in forms.items() if body == "Moon"}
    ends = sorted(set(forms) | (moon if language in LOWER_CASE else set()), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ends)) + r")(?![\w’'-])")


def _may_name(language: str, text: str) -> bool:
    """Whether a paragraph of ``language`` can hold a body's name at all, asked in C before
    its words are read one by one (most paragraphs of a large briefing name none): an
    uncased form as a substring, a cased one by :func:`_named_ends`."""
    if uncased_names(language):
        return any(form in text for form in _forms(language))
    ends = _named_ends(language)
    return ends is None or ends.search(text) is not None


def _alone(text: str, words: list[re.Match[str]], i: int, lower: bool) -> bool:
    """Whether the word ``words[i]`` stands alone, not inside a longer name."""
    match = words[i]
    start, end = match.span()
    if "-" in match.group() or (end < len(text) and (text[end].isdigit() or text[end] in "-‑")):
        return False  # "Luna-25", "Ki-moon"
    if start and (text[start - 1] in "-‑" or text[start - 1].isdigit()):
        return False
    before = words[i - 1] if i else None
    after = words[i + 1] if i + 1 < len(words) else None
    if after is not None and text[end : after.start()].isspace() and after.group()[:1].isupper():
        return False  # "Mercury Prize", "Sun Yat-sen", "Luna Smith"
    if before is None or not text[before.end() : start].isspace():
        return True
    if before.group()[:1].isupper() and not lower:
        return False  # "Bruno Mars", "The Sun", "Diego Luna"
    if before.group().casefold() in _CONNECTORS and i > 1:
        return not words[i - 2].group()[:1].isupper()  # "Puerta del Sol"
    return True


def _idiom(text: str, start: int, language: str) -> bool:
    around = text[max(0, start - 12) : start + 20].casefold()
    return any(phrase in around for phrase in IDIOMS.get(language, ()))


#: A number glued to a name, through a hyphen at most (ASCII or full-width digits).
_NUMBERED = re.compile(r"[-‐–・]?[0-9０-９]")


def _uncased_spans(text: str, form: str, language: str) -> list[tuple[int, int]]:
    """Spans of ``form`` in uncased text where it does not run into other letters (Han and
    kana run together, so there only the letters of the form itself are checked)."""
    spans: list[tuple[int, int]] = []
    han = language in ("zh", "ja")
    for match in re.finditer(re.escape(form), text):
        start, end = match.span()
        if _NUMBERED.match(text, end):
            continue  # "火星12", "화성-14": a missile's or a series' name and its number
        if language == "ko":
            tail = re.match(r"[\uac00-\ud7a3]*", text[end:])
            rest = tail.group() if tail else ""
            if rest not in _KOREAN_PARTICLES or (start and _mark(text[start - 1])):
                continue
        elif language == "ar":
            head = re.search(r"[\u0600-\u06ff]*$", text[:start])
            if (head.group() if head else "") not in _ARABIC_PROCLITICS:
                continue
            if end < len(text) and _mark(text[end]):
                continue
            if text[end:].lstrip().startswith(_ARABIC_SATELLITE):
                continue
        elif not han and (
            (start and _mark(text[start - 1])) or (end < len(text) and _mark(text[end]))
        ):
            continue
        spans.append((start, end))
    return spans


#: Articles that open a title when capitalised mid-sentence: "told The Sun", "selon Le Soleil".
_TITLE_ARTICLES = ("The", "Le", "La", "El", "Il", "Der", "Die", "Das", "Het")


def drop_titled(cands: Candidates) -> None:
    """Drop the mentions of a body whose name the briefing also writes as a title: after a
    capitalised article in mid-sentence ("told The Sun", "selon Le Soleil") the name is a
    newspaper's, a film's or a band's, and its other mentions ("the Sun reported") may be too.
    Title-case headings say nothing ("Landing On The Moon")."""
    surfaces = {o.surface for p, o in cands.places if p in NAMES and o.surface[:1].isupper()}
    if not surfaces:
        return
    from briefing.topics.headings import is_heading

    pattern = re.compile(
        r"(?<=[\w,;] )(?:" + "|".join(_TITLE_ARTICLES) + r") ("
        + "|".join(re.escape(s) for s in sorted(surfaces))
        + r")(?![\w-])"
    )  # fmt: skip
    # The expression opens with a look-behind (no literal to jump to): asked only of the
    # paragraphs that hold one of the names at all.
    titled = {
        m.group(1)
        for _a, _i, text in cands.paragraphs
        if any(s in text for s in surfaces) and not is_heading(text)
        for m in pattern.finditer(text)
    }
    if titled:
        cands.places = [
            (p, o) for p, o in cands.places if p not in NAMES or o.surface not in titled
        ]
