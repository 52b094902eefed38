"""Names that are pieces of something else: the tail of a hyphenated word, a street's name.

Read from the characters right before every use, never from a list of names:

* the **tail of a hyphenated word**: a name most of whose uses come right after a word and a
  hyphen ("dpa-AFX", "Rolls-Royce", "Seine-Saint-Denis") is the second half of one word — a
  wire service's name, a maker's, a place's — not a body or a person of its own. A name
  that is the *first* half ("Facebook-oldalán", "Merkel-Regierung") is not asked: the head
  of such a compound is the name.
* a **street's name**: a "person" most of whose uses come right after a noun that says
  street, avenue, boulevard or square in the packet's languages ("bulevardul Regina
  Elisabeta", "улица Пушкина", "calle Alfonso XII") is an address, not someone the story is
  about. The nouns are a closed class, as OpenStreetMap's street types per language are; a
  name whose own capitalised run holds the noun ("Avenida da Liberdade", "Praça dos
  Restauradores") is a place already and is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words

Texts = Mapping[tuple[str, int], str]

#: Share of a name's uses from which it is a piece of something else.
PIECE_SHARE = 2 / 3

#: A letter and a hyphen (any of the dashes that join words) right before the name.
_JOINED = re.compile(r"[^\W\d_][-‐‑]$")

#: Nouns of streets and squares that stand before the street's name, lower case as in
#: running text (English and German write the noun after the name, inside its run).
STREET_WORDS = words(
    """
    rue avenue boulevard bd quai allée impasse chemin
    calle avenida av avda plaza paseo glorieta ronda carrer plaça
    via viale piazza piazzale corso largo vicolo lungomare
    rua praça travessa alameda calçada
    strada str stradă bulevardul bulevard bd-ul calea piața piata șoseaua soseaua
    splaiul aleea intrarea
    ulica ulicy ul aleja alei al plac placu rondo
    námestie námesti náměstí ulice třída trieda
    улица улице улицы ул проспект проспекте пр площадь площади бульвар бульваре
    переулок переулке шоссе набережная набережной
    вулиця вулиці вул площа площі
    οδός οδού οδό λεωφόρος λεωφόρου λεωφόρο πλατεία πλατείας
    """
)

_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\.?\s+$")


def _share(occurrences: Sequence[Occurrence], texts: Texts, test: Callable[[str], bool]) -> bool:
    """At least two uses, :data:`PIECE_SHARE` of them with ``test`` true of the text right
    before them (up to 24 characters)."""
    if len(occurrences) < 2:
        return False
    need = PIECE_SHARE * len(occurrences)
    found = 0
    for done, o in enumerate(occurrences):
        if found + len(occurrences) - done < need:
            return False  # even if every use left passed, too few
        text = texts.get((o.article, o.paragraph), "")
        found += test(text[max(0, o.start - 24) : o.start])
    return found >= need


def hyphen_tail(occurrences: Sequence[Occurrence], texts: Texts) -> bool:
    """Most uses (two or more) are the second half of a hyphenated word ("dpa-AFX")."""
    return _share(occurrences, texts, lambda before: _JOINED.search(before) is not None)


def street_name(occurrences: Sequence[Occurrence], texts: Texts) -> bool:
    """Most uses (two or more) come right after a noun of :data:`STREET_WORDS`
    ("pe bulevardul Regina Elisabeta")."""

    def after_street(before: str) -> bool:
        word = _LAST_WORD.search(before)
        return word is not None and word.group(1).casefold() in STREET_WORDS

    return _share(occurrences, texts, after_street)


#: Nouns of a region that may stand between a place and the larger one that qualifies it
#: ("Chicago, state Illinois", "в Чикаго, штат Иллинойс", "Lyon, département du Rhône").
REGION_WORDS = words(
    """
    state province county region department district
    estado provincia província región região departamento
    stato regione provincia
    état région département province
    provincie gemeente regio provinz bezirk prowincja prowincji województwo województwie
    штат штата область области провинция провинции округ округа край края
    штату області провінція
    """
)

#: A place's name, then an opening bracket or a comma and a region noun, right before the
#: use: "Chicago (", "Чикаго, штат ".
_QUALIFIED = re.compile(r"([^\W\d_][\w'’.-]*)\s*(?:\(\s*|,\s*([^\W\d_]+)\s+)$")


def qualifiers(
    occurrences: Sequence[Occurrence],
    texts: Texts,
    places: set[str],
    people: Container[str] = frozenset(),
) -> set[Occurrence]:
    """Uses of a place that only qualify the listed place before them, as an address does:
    "Chicago (Illinois, United States)", "в Чикаго, штат Иллинойс". ``places``: every written
    name of a listed place. So is one after a comma and a preposition of place ("the town
    of Mira, in Cuenca", "Varnok, in de provincie Brelia"), unless the name before the comma
    follows the same preposition ("in Spain, in Portugal": a list). A list ("Spain, Portugal
    and France") has no bracket and no region noun, and a dateline's "GENOA, Italy" none
    either: neither is asked. The place before the bracket may be of several words ("Hong
    Kong (China)"), and the bracket may hold a whole address, the region then its country
    ("Tai Po (Hong Kong in China)", "Tai Po (Hong Kong, China)"). A place named as the
    seat of a university, an embassy or a consulate ("a degree from the University of
    Iasi", "the consulate in Milan") is where that institution is, not where the story is
    (:func:`_seated`)."""
    found = set()
    for o in occurrences:
        text = texts.get((o.article, o.paragraph), "")
        window = text[max(0, o.start - 60) : o.start]
        if (
            _bracketed(window, o.surface, places)
            or _seated(window)
            or _named_bracket(text, o, people)
        ):
            found.add(o)
            continue
        before = _QUALIFIED.search(window[-40:])
        if before is None:
            before = _LOCATED_REGION.search(window)
            if (
                before is not None
                and before.group(1) in places
                and before.group(1) != o.surface
                and before.group(2).casefold() in REGION_WORDS
                and not _parallel(text, o, o.start - len(window) + before.start(1))
            ):
                found.add(o)  # "Letur, in de provincie Albacete"
            continue
        if before.group(1) not in places or before.group(1) == o.surface:
            continue
        region = before.group(2)
        if region is None or region.casefold() in REGION_WORDS:
            found.add(o)
        elif region.casefold() in LOCATING and not _parallel(
            text, o, o.start - len(window[-40:]) + before.start(1)
        ):
            found.add(o)  # "in de stad Mira, in Cuenca"
    return found


#: A place, a comma, a preposition of place, at most one short word (an article) and a
#: region noun right before the use: "Letur, in de provincie ", "Mira, en la provincia de ".
_LOCATED_REGION = re.compile(
    r"([^\W\d_][\w'’.-]*)\s*,\s*(?i:in|en|em|à|w|в|у)\s+(?:[^\W\d_]{1,3}\s+)?"
    r"([^\W\d_]+)\s+(?:(?:de|di|del|of|du|von)\s+)?$"
)


def _ends_with_place(text: str, places: set[str]) -> str | None:
    """The listed place of one to four words ``text`` ends with, or None."""
    words = text.split()
    for n in range(min(4, len(words)), 0, -1):
        name = " ".join(words[-n:])
        if name in places:
            return name
    return None


def _bracketed(window: str, surface: str, places: set[str]) -> bool:
    """The use is inside a bracket opened right after a listed place, first in it or after
    another listed place and a comma or a preposition of place: "Hong Kong (China)",
    "Tai Po (Hong Kong en Chine)"."""
    opened = window.rfind("(")
    if opened < 0 or ")" in window[opened:]:
        return False
    outer = _ends_with_place(window[:opened], places)
    if outer is None or outer == surface:
        return False
    inside = window[opened + 1 :].strip()
    if not inside:
        return True
    inner, _, link = inside.rpartition(" ")
    if inside.endswith(","):
        inner, link = inside[:-1], ","
    return (link == "," or link.casefold() in LOCATING) and inner.strip(" ,") in places


def _named_bracket(text: str, o: Occurrence, people: Container[str]) -> bool:
    """The use is alone in a bracket right after a capitalised word, which it qualifies
    whatever that word is: a town the gazetteer lacks or misspelt ("Washigton (Etats-Unis)"),
    a town in a case ("университета Неймегена (Нидерланды)"). A bracket after a common noun
    ("the capital (Kyiv)") says which place the noun is, and is not asked."""
    if text[o.start - 1 : o.start] != "(" or text[o.end : o.end + 1] != ")":
        return False
    before = text[max(0, o.start - 40) : o.start - 1]
    if not before.endswith(" "):
        return False
    word = before.split()[-1:] if before.strip() else []
    return (
        bool(word)
        and word[0][:1].isupper()
        and word[0].casefold() != o.surface.casefold()
        and word[0] not in people  # "Dorn (Brelia)": a person's bracket is no address
    )


#: Institutions named by the town they are in, in the languages read here: a university, an
#: embassy or a consulate. A place right after one (and a linking word) is the seat of that
#: institution ("Université de Iasi", "the consulate-general in Milan", "Generalkonsulat
#: Mailand"), not where the story happens: the student studied there, the mission works there.
SEAT_WORDS = words(
    """
    university université universidad università universidade universität universiteit
    universitatea universității uniwersytet uniwersytetu univerzita univerzity
    университет университета університет університету πανεπιστήμιο πανεπιστημίου
    embassy consulate ambassade consulat embajada consulado ambasciata consolato embaixada
    botschaft konsulat generalkonsulat ambassade consulaat ambasada konsulatu ambasadzie
    посольство посольства консульство консульства посольстві консульстві
    πρεσβεία προξενείο
    """
)
_SEATED = re.compile(
    r"([^\W\d_]+)(?:[- ](?:general|generaal|général|generale|generalny|генеральное))?\s+"
    r"(?:(?:of|de|di|do|da|du|del|della|din|im|w|des|in|en|em|à|a|в|у|σε|στη|στο)\s+|[dl][’'])?$"
)


#: A comma and a preposition of place (an article after it) right before a use: "…, aux ",
#: "…, in the ".
_COMMA_LOCATING = re.compile(
    r",\s+(?i:in|en|em|à|au|aux|im|w|в|у|na|no|nos|nas)\s+"
    r"(?:(?i:the|le|la|les|el|los|las|o|a|os|as|den|der)\s+|[dl][’'])?$"
)
#: Linking words inside an institution's name: "Université de Iasi", "University of Vora".
_NAME_LINKS = frozenset({"of", "de", "di", "do", "da", "du", "del", "della", "din", "des"})


def _seated(window: str) -> bool:
    """The use comes right after a university, an embassy or a consulate and its linking
    word in some language ("Université de Iasi", "consulaat-generaal in Milaan"), or after
    its name and a comma and a preposition of place: "l'Université Radboud, aux Pays-Bas",
    "Radboud University, in the Netherlands", the institution's own place."""
    found = _SEATED.search(window)
    if found is not None and found.group(1).casefold() in SEAT_WORDS:
        return True
    comma = _COMMA_LOCATING.search(window)
    if comma is None:
        return False
    words = [
        w.lstrip("'’").rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        for w in window[: comma.start()].split()[-4:]
    ]
    for i, word in enumerate(words):
        rest = [w for w in words[i + 1 :] if w.casefold() not in _NAME_LINKS]
        if (
            word.casefold() in SEAT_WORDS
            and (
                (rest and all(w[:1].isupper() for w in rest))  # "Université Radboud"
                or (not rest and i and words[i - 1][:1].isupper())  # "Radboud University"
            )
        ):
            return True
    return False


#: Prepositions of place that may open the qualifying place after the comma: "the town of
#: Mira, in Cuenca", "Paiporta, en Valencia". A closed grammar class.
LOCATING = frozenset(["in", "en", "em", "à", "w", "в", "у"])


def _parallel(text: str, o: Occurrence, named_at: int) -> bool:
    """The name before the comma follows the same preposition as the use: "in Spain, in
    Portugal", a list of places each with its own, not an address."""
    window = text[max(0, o.start - 60) : o.start].split()
    preposition = window[-1].casefold() if window else ""
    before = text[max(0, named_at - 12) : named_at].split()
    return bool(before) and before[-1].casefold() == preposition


#: A person's name right after a title: an optional comma, then two capitalised words or
#: more ("…, Justina Vell," / "… Justina Vell placed").
_PERSON_AFTER = re.compile(r",?\s+[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+)+")


def title_before_person(occurrences: Sequence[Occurrence], texts: Texts) -> bool:
    """A body's name opened by a title of office ("Archbishop of Brenn", "Mayor of Ostrava"),
    most of whose uses (two or more) stand right before a person's name: the title of the
    person named after it, who is the topic, not a body of its own. Titles are the closed
    class :data:`~briefing.titles.ROLE_HEADS`."""
    from briefing.titles import ROLE_HEADS

    if len(occurrences) < 2:
        return False
    first = occurrences[0].surface.split()
    if len(first) < 3 or first[0].casefold() not in ROLE_HEADS:
        return False
    titled = sum(
        _PERSON_AFTER.match(texts.get((o.article, o.paragraph), ""), o.end) is not None
        for o in occurrences
    )
    return titled >= PIECE_SHARE * len(occurrences)
