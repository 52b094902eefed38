"""Closed word classes of English news prose that the extraction rules lean on.

These are facts about the language, not about any one story: the words that make a title
("President", "Defense Minister"), the head nouns that make a name an organisation, an event or
a treaty, and the function words that never start a subject. Keeping them in one place makes the
rules in :mod:`briefing.topics.extract` readable and lets a reader check the lists at a glance.
"""

from __future__ import annotations

import functools

# The title vocabulary is shared with the analyses; the rules import it from here.
from briefing.titles import ROLE_HEADS as ROLE_HEADS
from briefing.titles import ROLE_MODIFIERS as ROLE_MODIFIERS
from briefing.topics.spelling import edit_distance_at_most_one, fold


def words(text: str) -> frozenset[str]:
    """A closed word list written as one readable block of text."""
    return frozenset(text.split())


#: Korean particles written after a noun, one word with it ("WHO는", "서울에서"), simple and
#: compound.
KOREAN_PARTICLES = words(
    """가 과 나 는 도 랑 로 를 만 며 에 엔 와 은 을 의 이 과는 과도 과의 까지 로는 로도 로서
    로써 보다 부터 에게 에는 에도 에서 에선 였다 와는 와도 와의 으로 이고 이나 이다 이랑 이며
    처럼 하고 에서는 에서도 에서의 으로는 으로도 으로서 으로써 이었다"""
)


#: Lower-case words after a demonym that make it stand for the state ("Tajik President").
STATE_NOUNS = words(
    """president presidents prime premier minister ministers ministry government authorities
    capital counterpart counterparts leader leaders leadership delegation forces troops
    military army navy officials official embassy parliament side state federation diplomat
    diplomats border guards police court courts foreign interior defense defence security
    state-run media spokesman spokeswoman envoy ambassador embassy regime nation nations
    states countries republics region"""
)

#: Organs of a state whose name may carry the state's demonym ("Tajik Foreign Ministry").
STATE_ORGANS = words(
    """ministry government army navy forces police embassy parliament delegation guard
    guards authorities military"""
)

#: Last words that make a proper name an organisation.
ORG_HEADS = words(
    """organisation organization union council court ministry agency commission committee
    bank fund watch party parliament assembly forces group community association institute
    university department office service services guard commonwealth alliance federation
    league corporation company inc ltd authority bureau foundation network press times post
    news tribune journal television radio institution secretariat cabinet senate congress
    duma kremlin pentagon police army navy coalition movement front board cooperation
    partnership nations dicastery"""
) | words(
    # A newspaper's or a news service's name is a body's, never a person's ("Hospodárske
    # Noviny", "Kieler Zeitung", "Gazeta Wyborcza"): the word for a newspaper or the news
    # in the languages of Europe's press, which heads or ends its title.
    """noviny novine novini zeitung tageblatt tagblatt rundschau gazette gazeta gazzetta
    gaceta gazete kurier courier kurir herald dziennik nachrichten noticias notizie novosti
    izvestia vedomosti wiadomosci"""
)
#: A government, ministry, council or prosecutor's office in the languages that write the
#: head first ("Generalitat Valenciana", "Xunta de Galicia", "Ministerio del Interior",
#: "Procura di Genova"): a body, never a person with a surname.
HEAD_FIRST_BODIES = words(
    """generalitat xunta junta gobierno governo gouvernement ministerio ministero ministério
    ministère ayuntamiento ajuntament prefettura procura fiscalía dicasterio dicastero"""
)
#: The emergency and security services, which the Romance and Slavic languages name with
#: common nouns and a capital ("la Guardia Civil", "la Protezione Civile", "a Proteção
#: Civil", "Gwardia Cywilna", "i Vigili del Fuoco"): every word an everyday word, so without
#: its head such a name read as no name at all. None of these nouns is a surname or given
#: name in use.
SERVICE_HEADS = words(
    """guardia gwardia protezione protección proteção protecção protecţia protecția
    defesa defensa policía polizia polícia policja poliția bomberos bombeiros pompieri
    vigili"""
)
HEAD_FIRST_BODIES |= SERVICE_HEADS | words("dipartimento departamento")
ORG_HEADS |= HEAD_FIRST_BODIES | words("protection")  # "Civil Protection"

#: Institutions named by one word ("the Kremlin said").
INSTITUTIONS = words(
    """kremlin pentagon duma congress senate knesset bundestag politburo vatican
    elysee whitehall"""
)

#: Words that make a proper name an event.
EVENT_HEADS = words(
    """summit summits forum conference congress games olympics championship cup festival
    talks meeting meetings session"""
)

#: Words that make a proper name a treaty.
TREATY_HEADS = words(
    """treaty treaties accord accords agreement convention pact protocol charter deal
    memorandum declaration act"""
)

#: The word for a treaty in the languages that write it first, before the place or party
#: that names it ("Tratado de Washington", "Trattato di Lisbona", "Traité de Rome", "Vertrag
#: von Maastricht", "Traktat Lizboński"): as the first word of a name, a treaty's, never a
#: body's (a body named after its treaty keeps its own head: "Organización del Tratado
#: del Atlántico Norte").
FIRST_TREATY_HEADS = words(
    """tratado trattato traité tratat tratatul traktat traktatu vertrag verdrag"""
)

#: Last words of names that are buildings and other venues: where things happen ("Dorn Hall",
#: "Vesper Arena"), so a place, never a person.
#: Words that name a body as often as its building ("Catholic Church", "White House",
#: "Harvard Medical School") are not among them.
VENUE_HEADS = words(
    """square street avenue road palace cathedral station hall building tower bridge
    park museum stadium arena hotel monument theatre theater centre center garden gardens"""
)

#: Last words of names that are awards, works, bodies named by a building and the like —
#: not key topics.
OTHER_HEADS = VENUE_HEADS | words(
    """airport church mosque house school hospital prize award medal photo pool missile missiles
    statue"""
)

#: Last words of names of bodies named by their seat ("White House", "Chatham House"): kept,
#: as organisations, unlike the other heads above. A signing "at the White House" is placed
#: there only if the White House is a topic (:mod:`.event_site`); on the 35 dev packets this
#: changed one packet's topics, and only for the better.
SEAT_HEADS = words("house")

#: The kind a name's last word gives it: "... Union" an organisation, "... Treaty" a treaty.
HEAD_KINDS: dict[str, str] = {
    **dict.fromkeys(ORG_HEADS, "organisation"),
    **dict.fromkeys(TREATY_HEADS, "treaty"),
    **dict.fromkeys(EVENT_HEADS, "event"),
}

#: Words that make a name a geographic feature, a place ("Gulf of Finland", "Baltic Sea",
#: "Blue Lagoon", "Grand Canyon"). A closed class of landform and water nouns; those that
#: are also common English surnames are left out ("Firth", "Ridge", "Marsh", "Heath",
#: "Hill", "Caldera": "Colin Firth" stays a person).
GEO_HEADS = words(
    """gulf sea ocean bay strait straits river lake mount mountains peninsula island islands
    canal valley desert basin coast plateau delta falls cape glacier reef chapel basilica
    lagoon fjord crater canyon gorge estuary archipelago atoll geyser volcano"""
)

#: Nouns of a storm, which a storm's name follows ("storm Boris", "tempestade DANA", "burzę
#: Dana", Polish cases too): an event's name (:data:`DESCRIPTORS`), and the disaster's cause
#: when the leads name it (:mod:`.event_storm`).
STORMS = words(
    """storm tempestade tempesta tormenta tempête sturm unwetter burza burzy burzę burzą
    шторм шторма"""
)

#: Common nouns that say what the name next to them is: "the tanker Sea Lantern", "grid
#: operator Elering", "the Baltic Sentry mission", "the Estlink 2 cable", "storm Boris"
#: (a storm is named as an event is, in the languages of the packets, Polish cases too).
DESCRIPTORS: dict[str, str] = {
    **dict.fromkeys(
        words(
            """tanker vessel ship freighter ferry frigate destroyer submarine carrier company
            firm operator insurer broadcaster newspaper agency airline bank carmaker
            manufacturer producer startup party channel outlet militia movement"""
        ),
        "organisation",
    ),
    **dict.fromkeys(
        words(
            """cable pipeline dam plant reactor port terminal base river lake delta province
            district city town village county island valley region"""
        ),
        "place",
    ),
    **dict.fromkeys(
        words(
            """operation mission exercise exercises programme program initiative campaign
            offensive drill drills"""
        )
        | STORMS,
        "event",
    ),
}

#: Nouns that open the name of a place or building in the Romance languages and close it in
#: German ("Plaza de San Pedro", "Cappella Sistina", "Musée d'Orsay", "Petersplatz" is one
#: word): the name is a place, never a person.
FOREIGN_PLACE_HEADS = words(
    """plaza piazza place praça plac capilla cappella chapelle basílica basilica basilique
    catedral cattedrale cathédrale museo musée museu palacio palazzo palais puente ponte
    pont calle via rue avenida avenue iglesia chiesa église kathedrale kapelle platz
    dom kirche schloss galerie galleria galería elevador ascensor funicular funicolare
    funiculaire bairro barrio quartier quartiere rua calçada largo travessa estrada
    estação estación stazione gare igreja parque parco parc jardim jardín giardino
    галерея собор площадь музей мост улица проспект дворец храм парк
    península penisola péninsule abadía abadia abbaye abbazia abtei
    estadio estádio stade stadio stadion"""
)

#: Geographic feature nouns that open a name in the languages that put the head first
#: ("Oceano Indiano", "Golfe de Gascogne", "Lago di Como", "Isla de Pascua") and the word for
#: a country or land ("País Basco", "Pays basque", "País Valencià": a region named as its
#: people's land; "El País", a newspaper, is opened by its article): the head-first
#: counterparts of :data:`GEO_HEADS`, kept per language because some are given names or
#: brands elsewhere (English "Isla Fisher"; "Mar", "Monte", "Rio" and "Canal" are left out
#: for that reason in every language: "Mar Cambrollé", "Monte dei Paschi", "Rio Tinto",
#: "Canal+"). A closed class, read only by the name-kind rule, never a merge.
FOREIGN_GEO_HEADS: dict[str, frozenset[str]] = {
    "fr": words("océan mer golfe lac île îles fleuve détroit baie archipel désert pays"),
    "it": words("oceano golfo lago isola isole fiume stretto baia arcipelago deserto paese"),
    "es": words("océano golfo lago isla islas estrecho bahía archipiélago desierto país"),
    "pt": words("oceano golfo lago ilha ilhas estreito baía arquipélago deserto país"),
    "ca": words("oceà golf llac illa illes estret badia arxipèlag desert país"),
    "ro": words("oceanul golful lacul insula insulele fluviul strâmtoarea deșertul"),
}

#: Function words and sentence openers that never begin a name.
STOPWORDS = words(
    """a an the and or but nor so yet for of in on at to by with from into onto upon about
    above after against along among around as before behind below beneath beside besides
    between beyond despite during except inside like near off out outside over past since
    through throughout till toward towards under underneath until up via within without
    this that these those there here then than thus also however meanwhile moreover
    although though while whereas because if unless whether when where which who whom whose
    what why how all any both each either every few many more most much neither no none
    other others some such i we you he she it they me us him her them my our your his its
    their mine ours yours hers theirs is are was were be been being am do does did done
    have has had having will would shall should can could may might must not only just
    even still already again ever never always often sometimes today tomorrow yesterday
    now later earlier said says say according speaking asked told added noted urged
    according let yes one two three four five six seven eight nine ten first second third
    last next own same very well mr mrs ms"""
)

#: Function words written elided onto the next word, per language: "l'Élysée", "qu'Emmanuel",
#: "dell'Aquila", "d'Avó". The default article lists of Lucene's ElisionFilter (the French,
#: Italian, Catalan and Irish analyzers; Elasticsearch's ``elision`` filter ships the same).
ELISIONS = {
    "fr": words("l m t qu n s j d c jusqu quoiqu lorsqu puisqu"),
    "it": words("c l all dall dell nell sull coll pell gl agl dagl degl negl sugl un m t s v d"),
    "ca": words("d l m n s t"),
    "ga": words("d m b"),
}
_WHOLE_PARTICLES = words("bin ibn bint al el de del della der den van von da di du le la dos das")
#: Lower-case words inside personal names ("von der Leyen", "bin Salman", "de Gaulle"), and
#: their elided forms, a token of their own before a capital (:mod:`.tokens`): "d'" of "de",
#: "l'" of "la", "dell'" of "della" ("Teresa d'Avó", "Côte d'Ivoire", "Palais de l'Élysée").
NAME_PARTICLES = _WHOLE_PARTICLES | frozenset(
    elided + apostrophe
    for elided in frozenset().union(*ELISIONS.values())
    if any(elided + vowel in _WHOLE_PARTICLES for vowel in "aeiou")
    for apostrophe in "'’"
)

MONTHS = words(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")

#: Common abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = (
    "St",
    "Mt",
    "Ft",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Lt",
    "Col",
    "Capt",
    "Sgt",
    "Jr",
    "Sr",
    "Prof",
    "Rev",
    "Adm",
    "Maj",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "No",
    "Vol",
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "vs",
    "approx",
    "est",
)

#: Ordinals that precede a numbered event ("second Russia–Central Asia summit").
ORDINALS = words(
    """first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th
    6th 7th 8th 9th 10th annual inaugural extraordinary"""
)


#: Long English titles whose cognates other languages capitalise before a name
#: ("Präsident", "Bundespräsident", "presidente", "Ministerpräsident", "Gouverneur").
_ROLE_STEMS = tuple(sorted(h for h in ROLE_HEADS if len(h) >= 7 and h.isalpha()))


@functools.lru_cache(maxsize=1 << 14)
def is_role(word: str) -> bool:
    """A title before a name, in English or as a cognate in a compound or another language.

    A word ending in a long English title or a one-letter variant of one counts: "president",
    "Bundespräsident" (…prasident), "presidente", "Gouverneur" (governor is too far and does
    not). Shorter titles must be exact: one letter off "king" or "chief" is another word.
    """
    lower = word.lower()
    if lower in ROLE_HEADS:
        return True
    folded = fold(lower)
    if len(folded) < 7 or not folded.isalpha():
        return False
    # The word holds the whole title (a compound or an inflection of it), so its tail is
    # compared at the title's length and one more: "residents" holds no "presidents".
    # The first letter is compared before the edit distances (pure tests, so the order
    # changes no answer): it rules out most titles without a Python call each.
    return any(
        (
            len(folded) >= len(stem)
            and folded[-len(stem)] == stem[0]
            and (
                edit_distance_at_most_one(folded[-len(stem) :], stem)
                or (
                    len(folded) > len(stem)
                    and edit_distance_at_most_one(folded[-len(stem) - 1 :], stem)
                )
            )
        )
        or folded.endswith(stem)
        for stem in _ROLE_STEMS
    )
