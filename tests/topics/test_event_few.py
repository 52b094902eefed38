"""A packet with one or two English leads names its act by the word its other languages write
too; a number cut at its decimal point is no word; a capital written as the doer is not
where (made-up leads: a missile test, an earthquake that is only an earthquake)."""

from __future__ import annotations

from briefing.model import Mention, Span, Topic
from briefing.topics.event_doer import doers
from briefing.topics.event_few import few_leads_act, few_modifier, written_elsewhere
from briefing.topics.event_leads import split_words
from briefing.topics.event_shared import Lead
from briefing.topics.lexicon import STOPWORDS

#: A missile test: one English lead headlines the alarm, the other writes the test once.
_TEST_EN = [
    "A magnitude-2.1 tremor and sirens were recorded in Brell on Sunday…\n"
    "Sirens sounded in Brell on Sunday as a tremor was recorded near the coast.",
    "Varnia fired a missile in its fourth missile test, which set off sirens.\n"
    "The launch was the largest yet.",
]
_TEST_OTHERS = [
    Lead("de", "Varnia mit neuem Raketentest", "Varnia hat einen Raketentest gemeldet."),
    Lead("de", "Sirenen in Brell", "Der Test löste Sirenen aus."),
    Lead("es", "Varnia lanza un misil", "El test del misil fue el cuarto, dijo Varnia."),
    Lead("fr", "Alerte à Brell", "Après les tests de missiles, les sirènes ont retenti."),
    Lead("ru", "Варния провела испытание", "Испытание ракеты вызвало тревогу."),
    # Look-alikes of a compound: a prefix's word, a verb's ending.
    Lead("de", "Protest in Brell", "Ein Protest, wie du möchtest."),
]
_TEST_BODIES = [
    _TEST_EN[0] + " Officials linked the tremor to a missile test. The test was the fourth.",
    _TEST_EN[1] + " Varnia said the missile test succeeded; earlier tests failed.",
]
_CANDIDATES = {"tremor", "sirens", "recorded", "missile", "test", "launch", "largest"}


def _leads(english: list[str], others: list[Lead]) -> list[Lead]:
    return [*(Lead("en", text.split("\n")[0], text) for text in english), *others]


def test_the_word_the_other_languages_write_too_names_the_act() -> None:
    leads = _leads(_TEST_EN, _TEST_OTHERS)
    found = few_leads_act(_CANDIDATES, "tremor", leads, _TEST_EN, _TEST_BODIES, STOPWORDS)
    assert found == "test"
    # Its uses there: the word itself, its plural, a compound ending in it.
    assert set(written_elsewhere("test", leads)) == {
        ("de", "Raketentest"),
        ("de", "Test"),
        ("es", "test"),
        ("fr", "tests"),
    }
    # Its kind: the word every English text writes right before it.
    assert few_modifier("test", _TEST_BODIES, STOPWORDS) == "missile"


def test_many_english_leads_or_few_languages_keep_the_english_choice() -> None:
    three = [*_TEST_EN, "Brell heard sirens; a test, officials said."]
    leads = _leads(three, _TEST_OTHERS)
    assert few_leads_act(_CANDIDATES, "tremor", leads, three, _TEST_BODIES, STOPWORDS) is None
    two_languages = _leads(_TEST_EN, [lead for lead in _TEST_OTHERS if lead.language == "de"])
    assert (
        few_leads_act(_CANDIDATES, "tremor", two_languages, _TEST_EN, _TEST_BODIES, STOPWORDS)
        is None
    )


def test_a_measure_a_place_noun_or_a_word_the_english_texts_write_less_is_no_act() -> None:
    # An earthquake that is only an earthquake: "magnitude" is written in three languages'
    # leads, but a number follows it (a size's name); "tsunami" in four, but the English
    # texts write the earthquake more: both keep "earthquake".
    english = [
        "A magnitude 6.1 earthquake struck Osko on Sunday…\n"
        "A magnitude 6.1 earthquake struck Osko, triggering a small tsunami.",
        "Buildings fell in Osko after the earthquake.\nA tsunami warning was lifted.",
    ]
    others = [
        Lead("fr", "Séisme à Osko", "Un séisme de magnitude 6,1 a frappé Osko; un tsunami."),
        Lead("pt", "Sismo em Osko", "Um sismo de magnitude 6,1 atingiu Osko. Alerta de tsunami."),
        Lead("es", "Terremoto en Osko", "Un terremoto sacudió Osko y causó un tsunami."),
        Lead("de", "Erdbeben in Osko", "Ein Erdbeben der Stärke 6,1 löste einen Tsunami aus."),
    ]
    bodies = [
        english[0] + " The earthquake destroyed homes. The earthquake was felt far away.",
        english[1] + " Rescuers searched the rubble after the earthquake.",
    ]
    leads = _leads(english, others)
    words = {"magnitude", "earthquake", "struck", "tsunami", "buildings", "warning"}
    assert few_leads_act(words, "earthquake", leads, english, bodies, STOPWORDS) is None
    # A thing of the closed classes ("site") is where the act happened, never the act.
    sites = [
        Lead("fr", "Le site", "Le site de Brell."),
        Lead("de", "Site", "Die Site in Brell."),
        Lead("es", "El site", "Un site en Brell."),
    ]
    site_bodies = [b + " The site, the site, the site." for b in _TEST_BODIES]
    leads = _leads(["The site in Brell. The tremor.", "A tremor hit the site."], sites)
    assert few_leads_act({"site", "tremor"}, "tremor", leads, _TEST_EN, site_bodies, STOPWORDS) in (
        None,
        "tremor",
    )


def test_a_number_cut_at_its_decimal_point_is_no_word() -> None:
    text = "A magnitude-6.3 event, an M6.3 tremor, a 7.8-magnitude quake; COVID-19 and Su-25."
    assert split_words(text, "en") == [
        "A",
        "magnitude",
        "event",
        "an",
        "M",
        "tremor",
        "a",
        "magnitude",
        "quake",
        "COVID-19",
        "and",
        "Su-25",
    ]
    assert split_words("un séisme de magnitude-5,6 à Osko", "fr")[3] == "magnitude"


def _place(name: str, *aliases: str) -> Topic:
    mention = Mention("001", Span(0, 0, len(name)), name)
    return Topic(name.casefold(), name, "place", (name, *aliases), (mention,))


def test_a_capital_written_as_the_doer_is_not_where() -> None:
    capital, town = _place("Velmora", "Welmora"), _place("Osko")
    leads = [
        "Un essai réalisé par Velmora près d'Osko.",
        "El ensayo llevado a cabo por Velmora en Osko.",
        "The test carried out by Welmora shook Osko.",
    ]
    assert doers(leads, [capital, town]) == {"velmora"}
    # Written where things happen as often ("in Velmora"), or once only: still a place.
    where = ["Crowds gathered in Velmora.", "Rain in Velmora.", "Sirens sounded in Welmora."]
    assert doers([*leads, *where], [capital]) == set()
    assert doers(leads[:1], [capital]) == set()


def _packet(texts: list[tuple[str, str, str]]) -> list:
    from dataclasses import replace

    from topics.helpers import article

    return [
        replace(article(f"{n:03d}", *body.split("\n")), language=language, title=title)
        for n, (language, title, body) in enumerate(texts)
    ]


_MISSILE = [
    (
        "en",
        "A magnitude-2.1 tremor was recorded in Brell…",
        "A magnitude-2.1 tremor was recorded in Brell on Sunday as sirens sounded.\n"
        "Residents of Brell left their homes for an hour.\n"
        "Officials linked the tremor to a missile test. The missile test was the fourth.",
    ),
    (
        "en",
        "Varnia fired a missile…",
        "Varnia fired a missile on Sunday in its fourth missile test, which set off sirens.\n"
        "Varnia said the missile test succeeded; earlier tests failed.",
    ),
    ("de", "Varnia mit neuem Raketentest", "Varnia hat am Sonntag einen Raketentest gemeldet."),
    ("de", "Sirenen in Brell", "Der Test löste am Sonntag in Brell Sirenen aus."),
    ("es", "Varnia lanza un misil", "El test del misil fue el cuarto, dijo Varnia el domingo."),
    ("fr", "Alerte à Brell", "Après les tests de missiles, les sirènes ont retenti dimanche."),
    ("ru", "Варния провела испытание", "Испытание ракеты вызвало тревогу в воскресенье."),
]


def test_a_missile_test_is_named_by_its_act_and_an_earthquake_stays_one() -> None:
    from briefing.topics import extract_topics
    from briefing.topics.events import main_event

    articles = _packet(_MISSILE)
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Missile test"), name
    quake = [
        (
            "en",
            "A magnitude 6.1 earthquake struck Brell…",
            "A magnitude 6.1 earthquake struck Brell on Sunday, triggering a small tsunami.\n"
            "The earthquake destroyed homes; the earthquake was felt far away.",
        ),
        (
            "en",
            "Buildings fell in Brell after the earthquake…",
            "Buildings fell in Brell after the earthquake on Sunday. A tsunami alert was lifted.\n"
            "Rescuers searched the rubble after the earthquake.",
        ),
        ("fr", "Séisme à Brell", "Un séisme de magnitude 6,1 a frappé Brell; un tsunami a suivi."),
        ("pt", "Sismo em Brell", "Um sismo de magnitude 6,1 atingiu Brell. Alerta de tsunami."),
        ("es", "Terremoto en Brell", "Un terremoto sacudió Brell y causó un tsunami."),
        ("de", "Erdbeben in Brell", "Ein Erdbeben der Stärke 6,1 löste einen Tsunami aus."),
    ]
    articles = _packet(quake)
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Earthquake"), name
