"""Small places the gazetteer does not know, told by the noun the text puts beside them.

A village of 900 people ("Letur"), a river ("Magro", "Polcevera"), a ravine ("Poyo"), a
district ("Sampierdarena") or a motorway ("A10") is in no table the project ships: GeoNames
(:mod:`.local_towns`) stops at towns of 15,000 people. Written alone and capitalised, such a
name reads as a body (:mod:`.cluster` makes an organisation of a capitalised word nobody's
surname explains). The texts say what it is: "the town of Letur", "de stad Letur", "rio
Magro", "rzeki Magro", "fiume Poyo", "córrego Polcevera", "nella zona di Sampierdarena",
"autoroute A10", "the A10 motorway", "la cathédrale Notre-Dame de Paris" (a cathedral is a
building; a church or a museum is as often the body), or "Letur (Albacete)": a place
qualified by the province the gazetteer knows, as Spanish and Italian write a small town's;
or the point a distance is measured from ("20 km northeast of X": :mod:`.distance_places`).

:func:`places_by_noun` makes a place of an organisation when the articles write it so in two
uses or more, or in at least half its uses, and never as a body acts: "X said", "according
to X" (:data:`BODY_AFTER`), or after a noun of a body ("the company X": :data:`BODY_BEFORE`).
The nouns are closed lists of the words for a settlement, district, river, stream, valley,
road, cathedral, funicular (a railway fixed to its slope, as a road is) and residential
complex in the languages of the packets ("housing estate", "Wohnanlage", "complexe
résidentiel", "жилой комплекс": a housing estate burns or floods as a place does, and its
name's head noun, "Court" or "Tower", is as often a body's), read
right before the name (a particle and one adjective may stand between: "quartiers
périphériques de"), right after it with a space between ("Polcevera river", "A10
motorway", Turkish "Seyhan nehri"; after a comma the noun opens a clause of its own: "X,
city officials said"), before a list of examples the name opens ("towns such as X",
"ciudades como X", "Städte wie X": the plural nouns are listed too), or in an apposition
opened by an indefinite article ("X, a district of Pune", "X, un quartiere situato nel
comune di ..."). A name inside a list is read from the list's opening: "the villages of
Kiotari, Gennadi, Lardos" places each. A town below GeoNames' floor ("Utiel", 11,000
people) is found so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from briefing.model import Article, Paragraph, Topic
from briefing.topics.distance_places import measured_from
from briefing.topics.lexicon import ORG_HEADS, words

#: Nouns of a settlement, district, river, valley or road, and a cathedral: before a name
#: ("the town of X", "rio X") and in an apposition after it ("X, a district of ...").
SETTLEMENT_NOUNS = words(
    """town city village hamlet municipality district neighbourhood neighborhood suburb
    river stream creek valley motorway highway freeway expressway road province region port
    stad stadt dorf gemeinde ort ortschaft ortsteil bezirk fluss tal autobahn provinz
    ville villes village commune localité quartier quartiers fleuve rivière ruisseau vallée
    autoroute département région
    ciudad pueblo aldea localidad municipio barrio río rambla barranco arroyo valle autopista
    carretera provincia zona
    città cittadina comune paese villaggio borgo frazione quartiere quartieri fiume torrente
    valle autostrada
    cidade vila aldeia município bairro rio ribeira córrego vale autoestrada estrada
    miasto miasta mieście miasteczko miasteczka miasteczku wieś wsi wioska wioski wiosce
    gmina gminie miejscowości miejscowość rzeka rzeki rzece
    dolina dolinie autostrada autostrady prowincji prowincja dzielnica dzielnicy
    rivier dorp dorpje gemeente wijk snelweg provincie
    город города городе городок городка городке городку село села деревня деревни район
    района река реки реке долина долине трасса трассы
    місто міста місті містечко містечка містечку село села річка річки
    χωριό χωριού χωριά χωριών πόλη πόλης κωμόπολη κωμόπολης περιοχή περιοχής δήμος δήμου
    cathedral cathédrale catedral cattedrale kathedrale собор собора"""
)
#: The plurals of those nouns: before a list of names ("towns such as X", "the villages of
#: X, Y and Z") each name is one; before one name and its "of", the name owns them ("i Paesi
#: della Nato", "the countries of the alliance"), so it says nothing (:func:`use_kind`).
PLURAL_NOUNS = words(
    """towns cities villages municipalities districts neighbourhoods neighborhoods suburbs
    rivers städte dörfer gemeinden orte villes communes ciudades pueblos localidades
    municipios barrios ríos città comuni paesi cidades vilas municípios bairros rios
    города сёла деревни районы"""
)
#: Nouns before a name that say it is a place: those above, their plurals before a list
#: ("towns such as X"), a residential complex's nouns and adjectives ("complexe
#: résidentiel X", "жилом комплексе X") and a funicular's. Not in an apposition: there
#: "complex", "estate" and "housing" qualify bodies as often ("X, an estate agent").
_RESIDENTIAL = words(
    """estate complex compound residential wohnanlage wohnkomplex hochhauskomplex siedlung
    complexe résidentiel résidence complejo residencial urbanización complesso
    residenziale condominio complexo condomínio komplex kompleks kompleksie mieszkalny
    mieszkalnym osiedle osiedlu комплекс комплексе комплекса жилой жилом
    funicular funiculaire funicolare standseilbahn kolejki kolejka фуникулер фуникулёр"""
)
PLACE_BEFORE = SETTLEMENT_NOUNS | PLURAL_NOUNS | _RESIDENTIAL
#: The same nouns after the name, as English, German compounds aside, and Turkish write them.
PLACE_AFTER = words(
    """town city village district river stream creek valley motorway highway freeway
    expressway road province region cathedral nehri vadisi ilçesi köyü otoyolu
    estate complex compound housing funicular"""
)
#: Words that open a list of examples after a plural noun of place: "towns such as X",
#: "ciudades como X", "Städte wie X".
_LIKE = words("like como comme wie come jak как")
#: Indefinite articles that open an apposition after the name: "X, a district of ...",
#: "X, un quartiere situato ...", "X, eine Gemeinde ...".
_INDEFINITE = words("a an un una une uno um uma ein eine einem einer einen")
#: Words between a place noun and the name: "city of", "zona di", "rio do".
_PARTICLES = words("of de di del della dello dei des du da do dos das d von van")
#: Nouns before a name that make it a body: "the company X", "the newspaper X".
BODY_BEFORE = words(
    """company firm group party agency newspaper channel broadcaster bank operator airline
    empresa compañía compagnia società empresa entreprise société unternehmen firma
    partido partito parti partei agencia agenzia agence agentur"""
)
#: Words right after a name (a space between, no comma) that make it a body that acts or
#: speaks: "Elering said". After a comma the speaker follows the verb ("flowed toward Vik,
#: said Jónsdóttir"), and the name before it is no speaker.
BODY_AFTER = words(
    """said says told announced reported spokesman spokeswoman sagte erklärte teilte
    déclaré annoncé dijo anunció informó ha detto ha annunciato disse anunciou
    заявил заявили сообщил сообщили"""
)
#: "according to X" in one word, as other languages write it.
_ACCORDING_ONE = words("laut selon según secondo segundo według")
#: A district's noun and the adjective that make the French and Italian word for a body's
#: headquarters ("quartier général de l'Otan", "quartier generale della Nato"): the body's
#: seat, not a district the name is.
_SEATS = frozenset({("quartier", "général"), ("quartier", "generale"), ("quartiers", "généraux")})
#: A list the name opens: a comma or "and" and a capitalised word after it.
_LIST_AFTER = re.compile(r"\s*(?:,|\s(?:and|und|et|y|e|и|і|i|en|oraz|ve)\s)\s*[^\W\d_a-zß-ÿ]")
#: How many of the best topics are read (their mentions' contexts are what costs).
HEAD = 100
#: Uses that must stand beside a place noun: two, or half the uses when there are fewer.
PLACED_USES = 2
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_PAREN = re.compile(r"\s*\(([^()]{2,40})\)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w’'-]*)")
#: Prepositions that put a name where something happens, by language: "in Utiel", "en
#: Utiel", "à Utiel", "w Utiel", "в Утьеле". Not "to" or "for": a body is written to.
LOCATIVES: dict[str, frozenset[str]] = {
    "en": words("in"),
    "de": words("in im"),
    "nl": words("in"),
    "fr": words("à"),
    "es": words("en"),
    "ca": words("a en"),
    "it": words("a"),
    "pt": words("em"),
    "ro": words("în"),
    "pl": words("w we"),
    "cs": words("v ve"),
    "sk": words("v vo"),
    "ru": words("в во"),
    "uk": words("в у"),
}
#: The fewest languages whose texts write the name after a locative preposition.
LOCATED_LANGUAGES = 2
_LAST_WORD = re.compile(r"(?<![\w’'])([^\W\d_]+)\s+$")
#: The names of a list before a name, joined by commas or "and": "Kiotari, Gennadi, ".
_NAME = r"[^\W\d_a-zß-ÿ][\w’'-]*(?: [^\W\d_a-zß-ÿ][\w’'-]*){0,2}"
_LISTED = re.compile(
    r"(?:" + _NAME + r"(?:\s*,\s*|\s+(?:and|und|et|y|e|и|і|και|i|en|oraz|ve)\s+))+$"
)
#: How far before a name its list is read.
_LIST_REACH = 120
#: A comma after the name and the first words of what follows it: an apposition.
_APPOSITION = re.compile(r"\s*,\s*((?:[^\W\d_][\w’'-]*\s+){0,3}[^\W\d_][\w’'-]*)")


def places_by_noun(
    topics: Sequence[Topic], articles: Sequence[Article], place: Callable[[str], str | None]
) -> tuple[Topic, ...]:
    """``topics`` with the organisations the texts write as places made places (see the
    module's docstring), among the best :data:`HEAD`; ``place`` is the gazetteer's lookup,
    for "Letur (Albacete)"."""
    by_id = {a.id: a for a in articles}
    out = []
    for n, topic in enumerate(topics):
        if n < HEAD and topic.kind == "organisation" and _placed(topic, by_id, place):
            topic = dataclasses.replace(topic, kind="place")
        out.append(topic)
    return tuple(out)


def _placed(topic: Topic, by_id: dict[str, Article], place: Callable[[str], str | None]) -> bool:
    placed = uses = 0
    located: list[str] = []  # the languages of the uses after a locative preposition
    read: dict[str, tuple[Paragraph, ...]] = {}  # an article's paragraphs, decoded once
    for mention in topic.mentions:
        article = by_id.get(mention.article_id)
        if article is None:
            continue
        paragraphs = read.get(article.id)
        if paragraphs is None:
            paragraphs = read[article.id] = article.paragraphs
        if mention.span.paragraph >= len(paragraphs):
            continue
        paragraph = paragraphs[mention.span.paragraph]
        text = paragraph.text
        start, end = mention.span.start, mention.span.end
        uses += 1
        verdict = use_kind(text, start, end, place)
        if verdict == "body":
            return False
        placed += verdict == "place"
        language = paragraph.language or article.language
        if verdict is None and not topic.name.isupper() and locative(text, start, language):
            located.append(language)
    if len(set(located)) >= LOCATED_LANGUAGES:
        placed += len(located)
    return placed >= min(PLACED_USES, max(1, (uses + 1) // 2)) and 2 * placed >= min(uses, 4)


def locative(text: str, start: int, language: str) -> bool:
    """Whether the word right before ``start`` is a locative preposition of ``language``
    (:data:`LOCATIVES`: "in Utiel", "en Utiel", "à Utiel", "w Utiel"), with only a space
    between. One such use says little (a body is joined "in NATO", read "in El País"),
    so :func:`_placed` counts them only when they are written so in several languages."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).casefold() in LOCATIVES.get(language, ())


def use_kind(text: str, start: int, end: int, place: Callable[[str], str | None]) -> str | None:
    """ "place", "body" or None: what the words around one use of a name say it is. A name
    inside a list of names is read from the list's opening: "the villages of Kiotari,
    Gennadi, Lardos" writes each of them after the noun of place."""
    listed = _LISTED.search(text, max(0, start - _LIST_REACH), start)
    opening = listed.start() if listed is not None else start
    before = [w.casefold() for w in _WORD.findall(text[max(0, opening - 60) : opening])][-4:]
    next_word = _NEXT_WORD.match(text, end)
    if (
        (before and before[-1] in BODY_BEFORE)
        or (next_word is not None and next_word.group(1).casefold() in BODY_AFTER)
        or before[-2:] == ["according", "to"]
        or (before and before[-1] in _ACCORDING_ONE)
    ):
        return "body"
    if measured_from(text, start, end):
        return "place"  # "20 km northeast of X", "Xの東北東": :mod:`.distance_places`
    if next_word is not None and next_word.group(1).casefold() in PLACE_AFTER:
        return "place"  # "the A10 motorway", "Polcevera river"; not "X, city officials"
    window = before[-3:]
    particle = False
    if window[-2:] == ["such", "as"]:
        del window[-2:]  # "rivers such as X": the plural noun of place names a list
    elif window and window[-1] in _LIKE:
        window.pop()
    while window and window[-1] in _PARTICLES:
        window.pop()
        particle = True
    if particle and tuple(window[-2:]) in _SEATS:
        return None  # "quartier generale della Nato": the body's headquarters
    if (
        particle
        and window
        and window[-1] in PLURAL_NOUNS
        and listed is None
        and not _LIST_AFTER.match(text, end)
    ):
        return None  # "i Paesi della Nato": the countries it has, not a list of places
    if window and (
        window[-1] in PLACE_BEFORE
        or (particle and len(window) > 1 and window[-2] in PLACE_BEFORE)  # "quartiers
    ):  # périphériques de": one adjective between the noun and its "of"
        return "place"
    if _apposed(text, end):
        return "place"  # "X, a district of Pune", "X, un quartiere situato nel comune"
    paren = _PAREN.match(text, end)
    if paren is not None and place(paren.group(1).strip()) is not None:
        return "place"  # "Letur (Albacete)": a town and its province
    return None


def _apposed(text: str, end: int) -> bool:
    """Whether the name is followed by an apposition that says it is a place: a comma, an
    indefinite article and, within three words, a noun of a settlement or district and no
    noun of a body ("X, a district of Pune", "X, un quartiere situato", "X, eine kleine
    Gemeinde"; not "X, a town council member"). Without the article the words after a comma
    may open a clause of their own ("X, city officials said"), so they say nothing."""
    match = _APPOSITION.match(text, end)
    if match is None:
        return False
    after = [w.casefold() for w in _WORD.findall(match.group(1))]
    return (
        len(after) > 1
        and after[0] in _INDEFINITE
        and any(w in SETTLEMENT_NOUNS for w in after[1:])
        and not any(w in BODY_BEFORE or w in ORG_HEADS for w in after[1:])
    )
