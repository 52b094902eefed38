"""Names and phrases said *about* the story's subjects, which are no subjects themselves.

Four shapes, all read from the words around every use, never from a list of names:

* a **medium**: a body named mostly as where something was posted or said ("wrote on
  Telegram", "a déclaré sur Telegram", "scrive su Twitter", "a scris pe pagina sa de
  Facebook", "a Facebook-oldalán"): the channel a statement went through, not what the
  story is about. Only organisations are asked; a place after "on" ("sanctions on Russia")
  is another matter.
* a **description of a listed name**: a two-word theme mostly written in apposition to a
  name the packet lists ("Ivan Dorn, a former night watchman", "the rail operator
  Northline"): the name is the topic, and the phrase only says what it is. "Of" and a place
  after a phrase is no apposition ("the grain blockade of Odesa" is a subject).
* a **common noun in capitals**: a name written mostly after a possessive ("traces of their
  DNA", "leur ADN") and ending its phrase there is a thing someone has, not a body.
* a **description of a listed thing**: a two-word theme whose head is the last word of a
  name the same article lists ("the concert hall" in a text about "Crocus City Hall", "the
  passenger train" beside "Northline Train"): the kind of thing the name is, said again in
  common words, not a subject beside it. Only in the singular: a plural speaks of a class
  ("container terminals" beside "Nordline Terminals", the firm that runs some of them).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from briefing.titles import ROLE_HEADS
from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import DESCRIPTORS, words

#: Prepositions of a medium, in the languages that write one right before its name: "on X",
#: "via X", "sur X", "su X", "auf X", "über X", Spanish and Portuguese "en X" / "em X" (asked
#: of bodies only, which a sentence does not place things in). Not "in" or "в", which also
#: say membership ("in NATO") or where.
MEDIUM_PREPOSITIONS = frozenset(
    # Romanian "pe" ("on") also marks a person as an object; only bodies are asked.
    ["on", "via", "sur", "su", "auf", "über", "uber", "en", "em", "pe"]
)
#: Nouns of a channel's page or account, which a medium's name qualifies: "his Facebook
#: page", "pe pagina sa de Facebook", "a Facebook-oldalán", "sa page Facebook", "su cuenta
#: de X", "auf seiner Facebook-Seite", "на странице в Facebook". Generic nouns of publishing,
#: in the packets' languages; no story's words. Not "channel" or "post": a television
#: channel ("the channel TA3 reported") or a newspaper is an outlet, which may be a topic.
MEDIUM_NOUNS = words(
    """page pages account profile feed
    page compte profil
    página cuenta perfil
    pagina account profilo
    página conta perfil
    pagina pagină paginii paginile cont contul profil profilul
    seite konto profil
    oldal oldalán oldalon oldalára fiók fiókján
    pagina profiel
    strona stronie profil konto
    sayfa sayfası sayfasında hesap hesabı hesabından
    страница странице страницу аккаунт аккаунте профиль
    сторінка сторінці акаунт"""
)
#: A medium noun up to two words before the name ("pagina sa de ", "page de ", "странице в ").
_NOUN_BEFORE = re.compile(r"([^\W\d_]+)(?:\s+[^\W\d_]+){0,2}\s+$")
#: A medium noun right after the name, joined or not ("Facebook-oldalán", "Facebook page").
_NOUN_AFTER = re.compile(r"[-\s]([^\W\d_]+)")
#: Share of a name's uses after such a preposition from which it is a medium.
MEDIUM_SHARE = 2 / 3
#: Share of a theme's uses as a place's apposition from which it describes that place.
DESCRIBES_SHARE = 0.5

_LAST_WORD = re.compile(r"(\w+)\s+$")

Texts = Mapping[tuple[str, int], str]


def medium(occurrences: Sequence[Occurrence], texts: Texts) -> bool:
    """Most uses (two or more) follow a preposition of a medium ("on Telegram") or a
    possessive ("posted to his Facebook", "on its Facebook page"), or name the page or
    account a statement is on (:data:`MEDIUM_NOUNS`: "pagina sa de Facebook"): an account
    someone has on a channel is the channel again, not a body the story is about."""
    if len(occurrences) < 2:
        return False
    need = MEDIUM_SHARE * len(occurrences)
    after = 0
    for done, o in enumerate(occurrences):
        if after + len(occurrences) - done < need:
            return False  # even if every use left were one, too few: most names stop here
        text = texts.get((o.article, o.paragraph), "")
        word = _LAST_WORD.search(text[max(0, o.start - 12) : o.start])
        after += bool(
            (word and word.group(1).casefold() in _MEDIUM_OR_OWNER) or _on_a_page(text, o)
        )
    return after >= need


def _on_a_page(text: str, o: Occurrence) -> bool:
    """The use names whose page or account something is: a medium noun right after it
    ("Facebook page", "Facebook-oldalán") or up to two words before it ("pagina sa de
    Facebook", "странице в Facebook")."""
    found = _NOUN_AFTER.match(text, o.end)
    if found and found.group(1).casefold() in MEDIUM_NOUNS:
        return True
    window = text[max(0, o.start - 40) : o.start]
    for m in re.finditer(r"[^\W\d_]+", window):
        if m.group().casefold() in MEDIUM_NOUNS and _NOUN_BEFORE.fullmatch(window, m.start()):
            return True
    return False


def apposed(occurrences: Sequence[Occurrence], texts: Texts, names: Collection[str]) -> bool:
    """Half of the uses or more are an apposition of a listed name (``names``): after it and
    a comma or "is" ("Ivan Dorn, a former security guard", "Dorn is a retired security
    guard"), or right before it ("the railway company Northline")."""
    if not occurrences or not names:
        return False
    need = DESCRIBES_SHARE * len(occurrences)
    described = 0
    for done, o in enumerate(occurrences):
        if described + len(occurrences) - done < need:
            return False  # even if every use left describes, too few
        text = texts.get((o.article, o.paragraph), "")
        described += _apposition(text, o, names)
        if described >= need:
            return True
    return False


#: "Name, a former ...", "Name, 71, is a ...", "Name is the ...": what may stand between a
#: name and a phrase in apposition to it (up to three modifiers: "a 71-year-old former"),
#: after an owner's name if one is written ("Name, the Orbital Agency's (OA) third ...").
_APPOSED = re.compile(
    r"(?:,\s*(?:\d+\s*,\s*)?(?:(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:an?|the)\s+"
    r"(?:(?:[A-Z][\w.-]*\s+){0,5}[A-Z][\w.-]*['’]s\s+(?:\([^()]{1,20}\)\s+)?)?"
    r"(?:[\w'’-]+\s+){0,3}$"
)
#: One word of a person's role after the theme, then the apposition ends ("Ana Vel, a harbour
#: police spokesman, said"): the role is the phrase's head, the theme the body she holds it
#: in, and she is described as a spokesman, not as the harbour police (which stays a subject).
#: Any other word after it ("Brelnik is a popular mountain spa resort") leaves the theme a
#: description of the name; a language without those role words stays as it was.
_HEAD_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)\s*[,.;:)]")
#: How far before a theme its apposition's glue is looked for (characters, words).
_GLUE_CHARS, _GLUE_WORDS = 110, 10
_NAME_AFTER = re.compile(r"\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


#: "Of" and a name after a phrase whose head is a kind of place ("the port city of Dorn"):
#: the phrase says what the place is. Any other head makes a subject of its own ("the grain
#: blockade of Odesa").
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
#: The kinds of place a descriptor names ("province", "city", "port"), and the parts of a
#: city the list lacks.
PLACE_KINDS = frozenset(
    {word for word, kind in DESCRIPTORS.items() if kind == "place"}
    | words("suburb suburbs neighbourhood neighborhood quarter capital")
)

#: The words right before a phrase in apposition hold one of these.
_ARTICLES = frozenset(["a", "an", "the"])


def _apposition(text: str, o: Occurrence, names: Collection[str]) -> bool:
    before = text[max(0, o.start - 120) : o.start]
    near = before[-_GLUE_CHARS:].split()[-_GLUE_WORDS:]
    if not _ARTICLES.isdisjoint(near):  # the regex only where it may match
        glue = _APPOSED.search(before, max(0, len(before) - _GLUE_CHARS))
        if (
            glue is not None
            and _ends_with_name(before[: glue.start()], names)
            and not _head_after(text, o.end)
        ):
            return True
    after = _NAME_AFTER.match(text, o.end)
    if after is None and o.surface.rsplit(None, 1)[-1].casefold() in PLACE_KINDS:
        after = _OF_NAME.match(text, o.end)  # "the northern suburb of Krasnogorsk"
    return after is not None and _starts_with_place(after.group(1), names)


def _head_after(text: str, end: int) -> bool:
    """:data:`_HEAD_AFTER` at ``end``, its word a role's (:data:`~briefing.titles.ROLE_HEADS`)
    in lower case."""
    found = _HEAD_AFTER.match(text, end)
    return found is not None and found.group(1) in ROLE_HEADS


def _ends_with_name(text: str, names: Collection[str]) -> bool:
    parts = text.split()[-4:]
    return any(" ".join(parts[-n:]) in names for n in range(len(parts), 0, -1))


def _starts_with_place(words: str, places: Collection[str]) -> bool:
    parts = words.split()
    return any(" ".join(parts[:n]) in places for n in range(len(parts), 0, -1))


#: Share of a theme's uses in articles that list a name of the same head from which the
#: theme only describes that name.
SAME_HEAD_SHARE = 0.5
#: Languages that write a noun before its adjective ("banque centrale", "banco central",
#: "banca centrale"): there a two-word phrase's head is its first word.
HEAD_FIRST_LANGUAGES = frozenset({"fr", "es", "it", "pt", "ro", "ca"})


def heads_of_names(surfaces: Mapping[str, Collection[str]]) -> dict[str, set[str]]:
    """Last word (case aside) of each name of two words or more → the articles using it;
    ``surfaces`` maps each written name of a body or place to the articles that write it."""
    heads: dict[str, set[str]] = {}
    for surface, articles in surfaces.items():
        parts = surface.split()
        if len(parts) >= 2 and parts[-1][:1].isupper():
            heads.setdefault(parts[-1].casefold(), set()).update(articles)
    return heads


def describes_name(
    occurrences: Sequence[Occurrence],
    heads: Mapping[str, set[str]],
    languages: Mapping[str, str] | None = None,
) -> bool:
    """Half of a two-word theme's uses or more are in articles that list a name ending in
    the theme's head noun ("concert hall" beside "Crocus City Hall"); never a plural,
    which is a class of things ("container terminals"). The head is the last word, or the
    first in a language that writes the noun before its adjective ("banque centrale" beside
    "Banque du Japon"); ``languages``: article id → language."""
    if not occurrences:
        return False
    parts = occurrences[0].surface.split()
    language = (languages or {}).get(occurrences[0].article, "")
    head = (parts[0] if language in HEAD_FIRST_LANGUAGES else parts[-1]).casefold()
    if head.endswith("s") and not head.endswith("ss"):
        return False
    if len(parts) < 2 or head not in heads:
        return False
    articles = heads[head]
    beside = sum(o.article in articles for o in occurrences)
    return beside >= SAME_HEAD_SHARE * len(occurrences)


#: Possessive determiners: "their DNA", "leur ADN", "seine DNA". Closed grammar classes.
POSSESSIVES = words(
    """their his her its our my your leur leurs son sa ses notre nos votre ihr ihre ihren
    ihrem ihrer sein seine seinen seinem seiner unser unsere su sus suo sua suoi loro"""
)
_MEDIUM_OR_OWNER = MEDIUM_PREPOSITIONS | POSSESSIVES
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)»”\"]|$)")


def possessed(occurrences: Sequence[Occurrence], texts: Texts, function: Collection[str]) -> bool:
    """Most uses (two or more) follow a possessive and end their phrase (punctuation or a
    function word after them): "their DNA was found", not "their NATO allies"."""
    if len(occurrences) < 2:
        return False
    need = MEDIUM_SHARE * len(occurrences)
    owned = 0
    for done, o in enumerate(occurrences):
        if owned + len(occurrences) - done < need:
            return False  # even if every use left were one, too few
        text = texts.get((o.article, o.paragraph), "")
        word = _LAST_WORD.search(text[max(0, o.start - 8) : o.start])
        if not (word and word.group(1).casefold() in POSSESSIVES):
            continue
        rest = text[o.end : o.end + 24].split()
        owned += bool(_PHRASE_END.match(text, o.end) or (rest and rest[0].casefold() in function))
    return owned >= need


#: A time of day: "6h30", "23h", "18:07", "4 h 17", "10.30 a.m.".
_CLOCK = r"\d{1,2}\s?(?:[h:.]\s?\d{2}|h)(?:\s*[ap]\.?\s?m\.?)?"
#: A place whose clock a time is read on: a second time in brackets ("11h30 locales (6h30 à
#: Paris)", "12:07 en Chile (18:07 en Roma)", "(22.40 Uhr in Rom)") or a time "of" the place
#: ("6h30 de Brasília", "18h (de Brasília)"), in any language that writes "<time> of <place>"
#: or brackets a second time. A time with "à/in/en" outside brackets says where something
#: happened, and stays.
_CLOCK_OF = re.compile(
    rf"(?:\(\s*{_CLOCK}\s+(?:[^\W\d]+\s+){{0,2}}|{_CLOCK}\s*\(?\s*(?:de|di|du|do|da|of)\s+)$",
    re.IGNORECASE,
)


def clock_places(occurrences: Sequence[Occurrence], texts: Texts) -> set[Occurrence]:
    """Uses of a place that only say whose time a clock time is ("18h em Brasília" in
    brackets, "6h30 de Brasília"): the time zone of a far capital, not where the story is."""
    found = set()
    for o in occurrences:
        text = texts.get((o.article, o.paragraph), "")
        start = max(0, o.start - 30)
        if _DIGIT.search(text, start, o.start) and _CLOCK_OF.search(text, start, o.start):
            found.add(o)
    return found


_DIGIT = re.compile(r"\d")


#: After a name: a possessive and one capitalised word that ends the run of capitals
#: ("St. Mark’s Square,", "Lenin's Mausoleum in"), not a title before another name
#: ("Ukraine's President Zelensky").
_OWNER_OF = re.compile(r"(?:['’]s|['’])\s+[^\W\d_][\w-]*(?=\s*(?:[^\w\s]|$|\s[^\W\d_A-ZÀ-ÞА-Я]))")


def owner_in_name(occurrences: Sequence[Occurrence], texts: Texts, larger: bool = False) -> bool:
    """Most uses (two or more) are the owner in a longer name ("St. Peter’s Basilica",
    "Lenin’s Mausoleum"): the square or the building is what is written about, and the
    name cut before the possessive is a piece of it.

    In a ``larger`` packet (:data:`~.single_use.SINGLE_USE_ARTICLES` articles or more) all
    uses but one will do: the one left is a single use, which that rule drops when it is
    the only one ("Queen Vera's Crown" and once "la reine Vera": the crown's name, and the
    queen named once)."""
    if len(occurrences) < 2:
        return False
    need = MEDIUM_SHARE * len(occurrences)
    if larger:
        need = min(need, len(occurrences) - 1)
    owned = 0
    for done, o in enumerate(occurrences):
        if owned + len(occurrences) - done < need:
            return False  # even if every use left is owned, too few (most stop at the first)
        text = texts.get((o.article, o.paragraph), "")
        if text[o.end : o.end + 1] not in ("'", "’"):
            continue
        found = _OWNER_OF.match(text, o.end)
        owned += bool(found and found.group(0).split()[-1][:1].isupper())
    return owned >= need
