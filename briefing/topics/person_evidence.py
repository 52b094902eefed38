"""Whether a group of names the vote calls a person has evidence a reader would accept.

The first pass calls a run of two capitalised words a person by its shape, unless something
says otherwise; so "Red Cross", "Cruz Roja" and "Червоного Хреста" became people, and so did
"Flughafenbehörde Aena" (a German noun before an airport operator's name). A reader calls a
name a person's because of something in the text, and so does this module, on the whole
group once it is merged:

* a title or office before one of its uses (the first pass marks those "attested");
* an age right after it ("Eitan Mor, 25," / "Alon Ohel (24)");
* a title that opens a multi-word form ("Cardinal Parolin"; :func:`.lexicon.is_role`);
* a multi-word form that opens with a given name of its article's language (gender-guesser's
  table, :func:`.given_names.named`), or, in a language that writes common nouns in lower
  case, with a word that is no everyday word of it ("Emomali Rahmon"): never in German,
  where every noun is capitalised. Such a form loses its weight when the text writes it after
  a definite article that modifies nothing after it ("to the Red Cross in Gaza", "a la Cruz
  Roja"): news prose writes an article before a body, a building or a ship, and before a
  person's name only when the name modifies a noun ("the Trump administration");
* a Cyrillic form that pymorphy3's dictionary tags as a given name or surname, or whose first
  word the dictionary does not know (a foreign name: "Нетаньягу"), where a known common word
  ("Червоного", red) names a thing;
* a lone word that is a given name no language of the briefing uses as an everyday word.

A group written only in scripts no table here covers (Arabic, Hebrew, Han) keeps the vote:
there is no evidence either way; so does one written only in Greek, where the given-name
table knows only the names Greeks use ("Κρις Τανγκ" is Chris Tang) and the article stands
before every name. Without evidence a group is a place when the gazetteer
knows one of its forms, else a body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from briefing.given_name_table import given_name
from briefing.topics.address_places import addressed
from briefing.topics.candidates import Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.given_names import common_word, lone_given_name, named
from briefing.topics.languages import NOUN_CAPITALISING, has_cyrillic
from briefing.topics.lexicon import is_role, words

#: Definite articles and the prepositions fused with one ("al", "alla", "du", "vom"), in the
#: languages that write none before a person's name in news prose: the word right before a
#: body's name there. Catalan ("la Lorena", "en Francesc") and Greek ("ο Κρις Τανγκ") write
#: one before every person, and are not listed.
DEFINITE = {
    "en": words("the"),
    "de": words("der die das dem den des vom zum zur im am beim"),
    "fr": words("le la les l' au aux du"),
    "es": words("el la los las al del"),
    "it": words(
        "il lo la i gli le l' al allo alla ai agli alle del dello della dei degli delle dal "
        "dalla nel nella sul sulla"
    ),
    "pt": words("o a os as ao à aos às do da dos das no na nos nas"),
    "nl": words("de het"),
}
#: An age after a name: "Eitan Mor, 25," / "Alon Ohel (24)" / "Omri Miran, 48 ans".
_AGE = re.compile(r"\s*(?:,\s*\d{1,3}\s*[,.;)]|\(\d{1,3}\))")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def person_evidence(
    occurrences: Iterable[Occurrence],
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
    attested: Callable[[Occurrence], bool],
    function: frozenset[str],
) -> bool | None:
    """True when some use of the group is evidence of a person (see the module), False when
    its forms could be judged and none is, None when no form is in a script judged here."""
    occs = list(occurrences)
    if any(_aged(o, texts) for o in occs):
        return True
    # A title right before a use counts, unless an article stands before it: "of the Red
    # Cross" is read as a title ("Committee of") before a name.
    if any(attested(o) and not _after_article(o, texts, languages, function) for o in occs):
        return True
    judged = False
    many = [o for o in occs if len(o.surface.split()) > 1]
    spoken = set(languages.values())
    # One use after an article that modifies nothing is enough: a person's name never is.
    article = any(_after_article(o, texts, languages, function) for o in many)
    for o in many or occs:
        parts = o.surface.split()
        first = parts[0]
        language = languages.get(o.article, "en")
        if is_role(first) and len(parts) > 1:
            return True  # "Cardinal Parolin", "Präsident Erdoğan": the title is in the name
        if has_cyrillic(first):
            judged = True
            if _cyrillic_person(parts, language):
                return True
            continue
        if _greek(first):  # only a given name Greeks use is judged there (given_name)
            if named(first, language):
                return True
            continue
        if not _latin(first):
            continue
        judged = True
        if len(parts) == 1:
            if lone_given_name(first, spoken):
                return True
            continue
        if not article and opens_with_name(first, language):
            return True
    return False if judged else None


def opens_with_name(first: str, language: str) -> bool:
    """A given name of ``language``, or in a language that writes its nouns in lower case a
    word that is no everyday word of it."""
    if named(first, language):
        return True
    return language not in NOUN_CAPITALISING and not common_word(first, language)


def _after_article(
    o: Occurrence,
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
    function: frozenset[str],
) -> bool:
    """The use stands after a definite article and modifies no noun after it: "the Red Cross
    in Gaza", not "the Trump administration"."""
    text = texts.get((o.article, o.paragraph), "")
    before = _WORD.findall(text[max(0, o.start - 30) : o.start])
    language = languages.get(o.article, "en")
    articles = DEFINITE.get(language, frozenset())
    if not before or before[-1].casefold() not in articles:
        return False
    if _unelided(before[-1], o.surface, language):
        return False
    after = _WORD.match(text, o.end + 1) if text[o.end : o.end + 1] == " " else None
    if after is None:
        return True
    word = after.group()
    return not word.islower() or word in function


#: The singular articles French and Italian elide before a vowel ("l'Élysée", "de l'ONU",
#: "dell'Onu"): written whole before a name that opens with one, they are no article of that
#: name but the partitive of a work ("reprendre du Edith Piaf", some of her songs) or a noun
#: left out ("le [film d'] Orson Welles").
_ELIDING = {
    "fr": words("le la du au"),
    "it": words("lo la dello della allo alla nello nella sullo sulla dallo dalla"),
}
_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜ")


def _unelided(article: str, name: str, language: str) -> bool:
    """``article`` is one ``language`` elides before a vowel, and ``name`` opens with one:
    "du Edith Piaf" (French writes "de l'" before a noun that opens with a vowel)."""
    return article.casefold() in _ELIDING.get(language, frozenset()) and name[:1] in _VOWELS


def _aged(o: Occurrence, texts: Mapping[tuple[str, int], str]) -> bool:
    text = texts.get((o.article, o.paragraph), "")
    return _AGE.match(text, o.end) is not None


def _cyrillic_person(parts: list[str], language: str) -> bool:
    """A Cyrillic name pymorphy3's dictionary of the article's language reads as a person's:
    some word may be a given name ("Дональд"; or, in Latin letters, one of gender-guesser's:
    "Володимир" is "Volodymyr"), or the last word may be a surname or is a word the
    dictionary does not know (a foreign name transliterated: "Стармер"). "Червоного Хреста"
    ends in a known common noun ("хрест", a cross), and is no one's name."""
    from anyascii import anyascii

    from briefing.morphology import analyser

    morph = analyser("uk" if language == "uk" else "ru")
    if any("Name" in p.tag for w in parts for p in morph.parse(w)):
        return True
    if given_name(anyascii(morph.parse(parts[0])[0].normal_form)) and len(parts) > 1:
        return True
    last = morph.parse(parts[-1])
    return not last or not last[0].is_known or any("Surn" in p.tag for p in last)


def _latin(word: str) -> bool:
    return any(ch.isalpha() for ch in word) and all(
        ch.isascii() or "\u00c0" <= ch <= "\u024f" or not ch.isalpha() for ch in word
    )


def _greek(word: str) -> bool:
    return any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in word)


def person_or_thing(
    gaz: Gazetteer,
    occurrences: list[Occurrence],
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
    titled: set[Occurrence],
    function: frozenset[str],
) -> str:
    """ "person" when some use is evidence of one (:func:`person_evidence`) or none can be
    judged; else a place the gazetteer knows, else a body. A name written as an address
    ("Boca Chica, Texas": :mod:`.address_places`) is a place unless a given name or a
    title opens it."""
    if addressed(occurrences, texts, gaz.place) and not _named(occurrences, languages):
        return "place"
    if person_evidence(occurrences, texts, languages, titled.__contains__, function) is not False:
        return "person"
    if any(gaz.place(o.surface) is not None for o in occurrences):
        return "place"
    return "organisation"


def _named(occurrences: Iterable[Occurrence], languages: Mapping[str, str]) -> bool:
    """Some use has a person's own evidence: a given name or a title opening it ("Kylian
    Mbappé, France", "Cardinal Parolin, Italy"). A title the first pass cut off a run is
    none here: it is the word a demoted run opened with ("Boca" of "Boca Chica")."""
    for o in occurrences:
        first = o.surface.split()[0]
        if is_role(first) or named(first, languages.get(o.article, "en")):
            return True
    return False
