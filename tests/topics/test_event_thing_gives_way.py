"""A thing heading the main event gives way to the act the languages write, or to no name;
a headline writing the act by ear in another script counts as carrying it (made-up texts
and names)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics.event_loans import writes_loan
from briefing.topics.event_shared import Lead, shared_act
from briefing.topics.event_thing_act import Undergone
from briefing.topics.event_thing_gives_way import act_for_thing


def _articles(*texts: tuple[str, str]) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """Articles of (language, text), their languages and their leads (the text itself)."""
    built = [
        replace(article(f"a{i}", text), language=language)
        for i, (language, text) in enumerate(texts)
    ]
    languages = {a.id: a.language or "en" for a in built}
    leads = {a.id: text for a, (_language, text) in zip(built, texts, strict=True)}
    return built, languages, leads


# A footballer's move, written in five languages; the English leads dwell on the stadium.
MOVE = [
    ("en", "Varro arrived at Kessel stadium by car. His record transfer was signed at night."),
    ("en", "Crowds at the stadium in Kessel cheered Varro, whose stadium arrival was late."),
    ("fr", "Depuis son transfert à Kessel, Varro est le joueur le plus cher."),
    ("de", "Der Transfer von Varro nach Kessel ist perfekt."),
    ("ru", "Трансфер Варро в Кессель завершён."),
    ("es", "Varro ya está en Kessel tras el tránsfer."),
]


def test_a_stadium_gives_way_to_the_act_the_languages_write() -> None:
    articles, languages, leads = _articles(*MOVE)
    act = act_for_thing(Undergone("stadium"), articles, languages, leads, [])
    assert act == "transfer"


def test_a_thing_with_no_act_across_the_languages_names_no_event() -> None:
    # Only English writes "transfer": no act the languages share, so no name at all.
    texts = [(lang, text) for lang, text in MOVE if lang == "en"]
    texts += [("fr", "Varro est à Kessel."), ("de", "Varro ist in Kessel.")]
    articles, languages, leads = _articles(*texts)
    assert act_for_thing(Undergone("stadium"), articles, languages, leads, []) == ""


def test_a_shared_word_no_language_writes_as_happening_is_no_act() -> None:
    # "record" is written alike in four languages, but never placed in time nor as a verb.
    texts = [
        ("en", "Varro reached Kessel stadium. A record sum."),
        ("en", "At Kessel stadium, the record was broken in the stadium."),
        ("fr", "Un record pour Varro à Kessel."),
        ("de", "Ein Rekord für Varro in Kessel."),
        ("es", "Un récord para Varro en Kessel."),
    ]
    articles, languages, leads = _articles(*texts)
    assert act_for_thing(Undergone("stadium"), articles, languages, leads, []) == ""


def test_an_act_or_a_thing_that_underwent_one_is_kept() -> None:
    articles, languages, leads = _articles(*MOVE)
    # Not a thing: the action stands, whatever the languages write.
    assert act_for_thing(Undergone("state visit"), articles, languages, leads, []) == "state visit"
    # A thing's act the English leads wrote ("grounding") is read by its forms: kept.
    grounded = Undergone("grounding", (("en", "aground"),))
    assert act_for_thing(grounded, articles, languages, leads, []) == "grounding"


def test_a_word_written_by_ear_in_another_script() -> None:
    assert writes_loan("blackout", "В Велле случился блэкаут", "ru")
    # A compound that opens with it ("криптобиржа", a crypto exchange) is no loan of it,
    # nor another word of the script ("пожар", a fire).
    assert not writes_loan("crypto", "Криптобиржа в Велле закрылась", "ru")
    assert not writes_loan("blackout", "Большой пожар в Велле", "ru")
    assert not writes_loan(
        "blackout", "Wielki blackout w Vell", "pl"
    )  # Latin letters: read as such


def test_a_headline_written_by_ear_carries_the_shared_act() -> None:
    leads = [
        Lead("en", "Power cut in Vell", "A power cut left Vell dark; trams stopped."),
        Lead(
            "en",
            "Blackout: Vell without power",
            "The blackout halted trams; power returned at night.",
        ),
        Lead("it", "Vell al buio", "Un grande blackout ha fermato i tram di Vell."),
        Lead("pl", "Vell bez prądu", "Blackout sparaliżował tramwaje w mieście Vell."),
        Lead("ru", "В Велле произошел блэкаут", "Трамваи остановились."),
    ]
    assert shared_act({"power", "blackout"}, "power", leads) == "blackout"
    # Without the Russian headline only one language's headlines carry it: no act.
    assert shared_act({"power", "blackout"}, "power", leads[:4]) is None


def test_too_few_languages_to_read_the_act_across_leave_the_name() -> None:
    articles, languages, leads = _articles(*[(lang, t) for lang, t in MOVE if lang in ("en", "fr")])
    assert act_for_thing(Undergone("stadium"), articles, languages, leads, []) == "stadium"
