"""Small places the gazetteer does not know, told by the noun the text puts beside them.

A village of 900 people ("Letur"), a river ("Magro", "Polcevera"), a ravine ("Poyo"), a
district ("Sampierdarena") or a motorway ("A10") is in no table the project ships: GeoNames
(:mod:`.local_towns`) stops at towns of 15,000 people. Written alone and capitalised, such a
name reads as a body (:mod:`.cluster` makes an organisation of a capitalised word nobody's
surname explains). The texts say what it is: "the town of Letur", "de stad Letur", "rio
Magro", "rzeki Magro", "fiume Poyo", "córrego Polcevera", "nella zona di Sampierdarena",
"autoroute A10", "the A10 motorway", "la cathédrale Notre-Dame de Paris" (a cathedral is a
building; a church or a museum is as often the body), or "Letur (Albacete)": a place
qualified by the province the gazetteer knows, as Spanish and Italian write a small town's.

:func:`places_by_noun` makes a place of an organisation when the articles write it so in two
uses or more, or in at least half its uses, and never as a body acts: "X said", "according
to X" (:data:`BODY_AFTER`), or after a noun of a body ("the company X": :data:`BODY_BEFORE`).
The nouns are closed lists of the words for a settlement, district, river, stream, valley,
road and cathedral in the languages of the packets, read right before the name (a particle
and one adjective may stand between: "quartiers périphériques de") or right after it
("Polcevera river", "A10 motorway", Turkish "Seyhan nehri").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from briefing.model import Article, Topic
from briefing.topics.lexicon import words

#: Nouns before a name that say it is a settlement, district, river, valley or road.
PLACE_BEFORE = words(
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
    cathedral cathédrale catedral cattedrale kathedrale собор собора"""
)
#: The same nouns after the name, as English, German compounds aside, and Turkish write them.
PLACE_AFTER = words(
    """town city village district river stream creek valley motorway highway freeway
    expressway road province region cathedral nehri vadisi ilçesi köyü otoyolu"""
)
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
#: How many of the best topics are read (their mentions' contexts are what costs).
HEAD = 100
#: Uses that must stand beside a place noun: two, or half the uses when there are fewer.
PLACED_USES = 2
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_PAREN = re.compile(r"\s*\(([^()]{2,40})\)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w’'-]*)")


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
    for mention in topic.mentions:
        article = by_id.get(mention.article_id)
        if article is None or mention.span.paragraph >= len(article.paragraphs):
            continue
        text = article.paragraphs[mention.span.paragraph].text
        start, end = mention.span.start, mention.span.end
        uses += 1
        verdict = use_kind(text, start, end, place)
        if verdict == "body":
            return False
        placed += verdict == "place"
    return placed >= min(PLACED_USES, max(1, (uses + 1) // 2)) and 2 * placed >= min(uses, 4)


def use_kind(text: str, start: int, end: int, place: Callable[[str], str | None]) -> str | None:
    """ "place", "body" or None: what the words around one use of a name say it is."""
    before = [w.casefold() for w in _WORD.findall(text[max(0, start - 60) : start])][-4:]
    after = [w.casefold() for w in _WORD.findall(text[end : end + 30])][:1]
    next_word = _NEXT_WORD.match(text, end)
    if (
        (before and before[-1] in BODY_BEFORE)
        or (next_word is not None and next_word.group(1).casefold() in BODY_AFTER)
        or before[-2:] == ["according", "to"]
        or (before and before[-1] in _ACCORDING_ONE)
    ):
        return "body"
    if after and after[0] in PLACE_AFTER:
        return "place"  # "the A10 motorway", "Polcevera river"
    window = before[-3:]
    particle = False
    while window and window[-1] in _PARTICLES:
        window.pop()
        particle = True
    if window and (
        window[-1] in PLACE_BEFORE
        or (particle and len(window) > 1 and window[-2] in PLACE_BEFORE)  # "quartiers
    ):  # périphériques de": one adjective between the noun and its "of"
        return "place"
    paren = _PAREN.match(text, end)
    if paren is not None and place(paren.group(1).strip()) is not None:
        return "place"  # "Letur (Albacete)": a town and its province
    return None
