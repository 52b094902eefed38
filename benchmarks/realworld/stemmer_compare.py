"""Compare stemmers for the languages Whoosh has none for (SEARCH_LANGUAGES.md, schemas 4, 8, 10).

For each language: recall = inflected forms that meet their base form (what a search for the
base form finds), wrong joins = unrelated words sharing a prefix that meet (what it finds by
mistake), and the cost per word. The word lists are written by hand for this comparison, not
taken from any packet. ``pystempel`` is compared when it is importable (it is not a
dependency: ``pip install --target DIR pystempel`` and put DIR on PYTHONPATH).

    PYTHONPATH=$PWD python -m benchmarks.realworld.stemmer_compare
"""

from __future__ import annotations

import time
from collections.abc import Callable

import snowballstemmer

from briefing.search.analysis import fold

Stem = Callable[[str], str]

POLISH = {
    "polska": ["polski", "polsce", "polskę", "polską"],
    "francja": ["francji", "francję", "francją"],
    "niemcy": ["niemiec", "niemcom", "niemcach", "niemcami"],
    "rosja": ["rosji", "rosję", "rosją"],
    "ukraina": ["ukrainy", "ukrainie", "ukrainę", "ukrainą"],
    "turcja": ["turcji", "turcję", "turcją"],
    "watykan": ["watykanu", "watykanie", "watykanem"],
    "paryż": ["paryża", "paryżu", "paryżem"],
    "warszawa": ["warszawy", "warszawie", "warszawę", "warszawą"],
    "muzeum": ["muzea", "muzeów", "muzeach"],
    "papież": ["papieża", "papieżowi", "papieżem", "papieżu"],
    "kardynał": ["kardynała", "kardynałowie", "kardynałów", "kardynałem"],
    "trzęsienie": ["trzęsienia", "trzęsieniu", "trzęsieniem"],
    "ziemia": ["ziemi", "ziemię", "ziemią"],
    "katedra": ["katedry", "katedrze", "katedrę", "katedrą"],
    "kradzież": ["kradzieży", "kradzieżą"],
    "złodziej": ["złodzieja", "złodzieje", "złodziei", "złodziejami"],
    "klejnot": ["klejnotu", "klejnoty", "klejnotów", "klejnotami"],
    "ofiara": ["ofiary", "ofiar", "ofiarom", "ofiarami"],
    "prezydent": ["prezydenta", "prezydentowi", "prezydentem", "prezydencie"],
    "rząd": ["rządu", "rządowi", "rządem", "rządzie"],
    "wybory": ["wyborów", "wyborach", "wyborami"],
    "kościół": ["kościoła", "kościele", "kościołem"],
    "konklawe": ["konklawe"],
    "dom": ["domu", "domem", "domy", "domów"],
    "miasto": ["miasta", "mieście", "miastem", "miast"],
    "człowiek": ["człowieka", "człowiekowi", "człowiekiem"],
    "pożar": ["pożaru", "pożarze", "pożarem"],
    "policja": ["policji", "policję", "policją"],
    "nowy": ["nowego", "nowemu", "nowym", "nowa", "nowej", "nową", "nowe", "nowi"],
}
POLISH_UNRELATED = [
    ("polska", "polityka"), ("polska", "pole"), ("rząd", "rządzić"), ("dom", "domena"),
    ("muzeum", "muzyka"), ("kara", "karabin"), ("most", "mostek"), ("kot", "kotwica"),
    ("lato", "latarnia"), ("rosja", "rosa"), ("turcja", "turysta"), ("papież", "papier"),
    ("ziemia", "zima"), ("pożar", "pożyczka"), ("miasto", "miłość"), ("kościół", "kość"),
    ("wybory", "wybuch"), ("prezydent", "prezent"), ("katedra", "katastrofa"),
    ("ofiara", "oferta"), ("nowy", "nowela"), ("francja", "frank"), ("paryż", "para"),
    ("policja", "polityk"), ("klejnot", "klej"), ("złodziej", "złoto"),
    ("warszawa", "warsztat"), ("ukraina", "ukryć"), ("niemcy", "niemowlę"), ("watykan", "wata"),
]  # fmt: skip
#: Nouns with a fleeting e (schema 8, ``stem_siblings.py``): the base form keeps it, other
#: cases drop it, or a genitive plural inserts it. Written for the measurement.
POLISH_FLEETING = {
    "wieżowiec": ["wieżowca", "wieżowcu", "wieżowce", "wieżowców", "wieżowcami"],
    "mieszkaniec": ["mieszkańca", "mieszkańcy", "mieszkańców", "mieszkańcom"],
    "budynek": ["budynku", "budynki", "budynków", "budynkach"],
    "koniec": ["końca", "końcu", "końcem"],
    "początek": ["początku", "początki"],
    "wypadek": ["wypadku", "wypadki", "wypadków"],
    "strażak": ["strażaka", "strażacy", "strażaków"],
    "poseł": ["posła", "posłowie", "posłów"],
    "związek": ["związku", "związki", "związków"],
    "lipiec": ["lipca", "lipcu"],
    "ojciec": ["ojca", "ojcu", "ojcem"],
    "sen": ["snu", "snem"],
    "matka": ["matki", "matce", "matek"],
    "wojna": ["wojny", "wojnie", "wojen"],
    "okno": ["okna", "oknie", "okien"],
    "szkoła": ["szkoły", "szkole", "szkół"],
}
POLISH_FLEETING_UNRELATED = [
    ("człowiek", "człowieczeństwo"),
    ("pakiet", "pakt"),
    ("lek", "lekarz"),
    ("wiek", "wiekowy"),
    ("koniec", "koń"),
    ("budynek", "budowa"),
    ("misiek", "miska"),
    ("sweter", "swetry"),
    ("pies", "psy"),
    ("wieża", "wieżowiec"),
    ("matka", "mata"),
    ("okno", "oko"),
]

SLOVAK = {
    "bratislava": ["bratislavy", "bratislave", "bratislavou"],
    "slovensko": ["slovenska", "slovensku", "slovenskom"],
    "vláda": ["vlády", "vláde", "vládou"],
    "prezident": ["prezidenta", "prezidentovi", "prezidentom"],
    "atentát": ["atentátu", "atentáte", "atentátom"],
    "nemocnica": ["nemocnice", "nemocnici", "nemocnicou"],
    "premiér": ["premiéra", "premiérovi", "premiérom"],
}
SLOVAK_UNRELATED = [
    ("vláda", "vlak"), ("nemocnica", "nemoc"), ("prezident", "prezent"),
    ("slovensko", "slovo"), ("atentát", "atest"),
]  # fmt: skip
UKRAINIAN = {
    "україна": ["україни", "україні", "україну", "україною"],
    "київ": ["києва", "києві", "києвом"],
    "президент": ["президента", "президентові", "президентом", "президенти", "президентів"],
    "землетрус": ["землетрусу", "землетрусі", "землетрусом", "землетруси"],
    "музей": ["музею", "музеї", "музеєм", "музеїв"],
    "польща": ["польщі", "польщу", "польщею"],
    "крадіжка": ["крадіжки", "крадіжці", "крадіжку", "крадіжкою", "крадіжок"],
    "франція": ["франції", "францію", "францією"],
    "туреччина": ["туреччини", "туреччині", "туреччину"],
    "саміт": ["саміту", "саміті", "самітом"],
    "собор": ["собору", "соборі", "собором"],
    "папа": ["папи", "папі", "папу", "папою"],
    "жертва": ["жертви", "жертв", "жертвами"],
    "рятувальник": ["рятувальника", "рятувальники", "рятувальників"],
    "будинок": ["будинку", "будинки", "будинків"],
    "місто": ["міста", "місті", "містом", "міст"],
    "новий": ["нового", "новому", "новим", "нова", "нової", "нову", "нові"],
    "росія": ["росії", "росію", "росією"],
    "москва": ["москви", "москві", "москву", "москвою"],
    "концерт": ["концерту", "концерті", "концертом"],
}
UKRAINIAN_UNRELATED = [
    ("україна", "українець"), ("президент", "презентація"), ("місто", "міст"), ("папа", "папір"),
    ("музей", "музика"), ("жертва", "жерло"), ("собор", "соборність"), ("київ", "кий"),
    ("будинок", "будівля"), ("польща", "поле"), ("новий", "новина"), ("саміт", "самотній"),
    ("росія", "роса"), ("концерт", "концерн"), ("франція", "франк"), ("крадіжка", "краса"),
]  # fmt: skip

#: Greek (schema 10): -ιο / -ιος nouns and adjectives beside other paradigms Snowball already
#: handles. Written for the measurement.
GREEK = {
    "ναυάγιο": ["ναυάγια", "ναυαγίου", "ναυαγίων"],
    "σχέδιο": ["σχέδια", "σχεδίου", "σχεδίων"],
    "κτίριο": ["κτίρια", "κτιρίου", "κτιρίων"],
    "δικαστήριο": ["δικαστήρια", "δικαστηρίου", "δικαστηρίων"],
    "συμβούλιο": ["συμβούλια", "συμβουλίου", "συμβουλίων"],
    "στάδιο": ["στάδια", "σταδίου", "σταδίων"],
    "γυμναστήριο": ["γυμναστήρια", "γυμναστηρίου"],
    "ιούνιος": ["ιούνιο", "ιουνίου"],
    "τεράστιος": ["τεράστιο", "τεράστιοι", "τεράστιους", "τεράστια", "τεράστιου", "τεράστιων"],
    "υποψήφιος": ["υποψήφιοι", "υποψηφίου", "υποψηφίων", "υποψήφιους", "υποψήφια"],
    "νοσοκομείο": ["νοσοκομεία", "νοσοκομείου", "νοσοκομείων"],
    "πλοίο": ["πλοία", "πλοίου", "πλοίων"],
    "νεκρός": ["νεκροί", "νεκρούς", "νεκρών", "νεκρό", "νεκρού"],
    "μετανάστης": ["μετανάστες", "μεταναστών", "μετανάστη"],
    "σκάφος": ["σκάφη", "σκάφους", "σκαφών"],
    "θύμα": ["θύματα", "θυμάτων", "θύματος"],
    "λιμάνι": ["λιμάνια", "λιμανιού", "λιμανιών"],
}
GREEK_UNRELATED = [
    ("πιο", "πια"), ("γιο", "για"), ("αύριο", "αύρα"), ("ίδιοι", "ιδού"), ("κύριο", "κυρά"),
    ("όριο", "ορίζει"), ("χωριό", "χωράει"), ("τοπίο", "τοπικό"), ("σχέδιο", "σχεδόν"),
    ("κτίριο", "κτίζω"), ("στάδιο", "σταδιοδρομία"), ("ναυάγιο", "ναύλος"),
]  # fmt: skip

_LIGHT_SUFFIXES = sorted(
    [
        "ami",
        "ach",
        "ów",
        "om",
        "ie",
        "iem",
        "em",
        "ą",
        "ę",
        "y",
        "i",
        "u",
        "a",
        "e",
        "o",
        "owi",
        "owie",
        "ego",
        "emu",
        "ym",
        "ymi",
        "ich",
        "ej",
        "ia",
        "ii",
        "ji",
        "ią",
        "ię",
        "iu",
    ],
    key=len,
    reverse=True,
)


def light_polish(word: str) -> str:
    """The simplest candidate: strip the longest common Polish case ending."""
    if len(word) < 5:
        return word
    for suffix in _LIGHT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def score(stem: Stem, forms: dict[str, list[str]], unrelated: list[tuple[str, str]]) -> str:
    """One table row: recall, wrong joins, microseconds per word (after the product's folding)."""
    term: Stem = lambda w: fold(stem(w))  # noqa: E731
    joined = sum(term(f) == term(b) for b, fs in forms.items() for f in fs)
    total = sum(len(fs) for fs in forms.values())
    wrong = [f"{a}/{b}" for a, b in unrelated if term(a) == term(b)]
    words = [w for b, fs in forms.items() for w in (b, *fs)]
    start = time.process_time()
    for _ in range(20):
        for w in words:
            stem(w)
    cost = (time.process_time() - start) / (20 * len(words)) * 1e6
    return f"{joined}/{total} | {len(wrong)}/{len(unrelated)} {' '.join(wrong)} | {cost:.1f}"


def candidates() -> dict[str, list[tuple[str, Stem]]]:
    """Candidates per language; pystempel only when installed."""
    snow = {n: snowballstemmer.stemmer(n).stemWord for n in ("polish", "czech", "russian")}
    polish: list[tuple[str, Stem]] = [
        ("none", str),
        ("English Porter (before)", _porter()),
        ("Snowball polish (chosen)", snow["polish"]),
        ("light suffix stripper", light_polish),
        ("Snowball polish + fleeting-e table (schema 8)", _product("pl")),
    ]
    try:
        from pystempel import Stemmer

        table = Stemmer.polimorf()
        polish.append(("pystempel Polimorf", lambda w: table(w) or w))
    except ImportError:
        pass
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="uk")
    greek = snowballstemmer.stemmer("greek").stemWord
    from briefing.search.stemmers import _greek

    return {
        "el": [
            ("none", str),
            ("Snowball greek (schema 4–9)", greek),
            ("Snowball greek + -ιο rule (schema 10)", _greek(greek)),
            ("same rule, no length floor", _greek(greek, min_stem=0)),
        ],
        "pl": polish,
        "pl fleeting e": [
            ("Snowball polish (schema 4–7)", snow["polish"]),
            ("Snowball polish + fleeting-e table (schema 8)", _product("pl")),
        ],
        "sk": [("none / Porter (before)", _porter()), ("Snowball czech (chosen)", snow["czech"])],
        "uk": [
            ("Snowball russian (before)", snow["russian"]),
            ("pymorphy3 uk lemma", lambda w: str(morph.parse(w)[0].normal_form)),
        ],
    }


def _product(language: str) -> Stem:
    """The product's stemmer for ``language`` (before its accent folding)."""
    from briefing.search.stemmers import stemmer

    found = stemmer(language)
    assert found is not None
    return found


def _porter() -> Stem:
    from whoosh.lang.porter import stem

    return stem  # type: ignore[no-any-return]


def main() -> None:
    data = {
        "el": (GREEK, GREEK_UNRELATED),
        "pl": (POLISH, POLISH_UNRELATED),
        "pl fleeting e": (POLISH_FLEETING, POLISH_FLEETING_UNRELATED),
        "sk": (SLOVAK, SLOVAK_UNRELATED),
        "uk": (UKRAINIAN, UKRAINIAN_UNRELATED),
    }
    print("| language | candidate | base form finds | unrelated joined | µs/word |")
    print("|---|---|---|---|---|")
    for language, rows in candidates().items():
        forms, unrelated = data[language]
        for name, stem in rows:
            print(f"| {language} | {name} | {score(stem, forms, unrelated)} |")


if __name__ == "__main__":
    main()
