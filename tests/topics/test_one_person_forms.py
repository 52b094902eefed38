"""One person across forms, handles and scripts (issue 11): a lone first word after the full
name, a handle glued to "@", a title or acronym before a three-word name, a long surname heard
a letter apart, a name of three words written by its first two in Katakana and its first
word alone, a Han name glossed in Latin letters. Every person, body and sentence here is made
up for these tests; the look-alikes (two people sharing a first name, a handle of an outlet,
a gloss with no edge) must stay apart."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.arabic_names import arabic_uses
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.crossnames import strip_foreign_titles
from briefing.topics.gazetteer import gazetteer
from briefing.topics.given_alone import first_word_owners
from briefing.topics.han_glosses import _sounded, han_gloss_uses
from briefing.topics.hashtags import hashtag
from briefing.topics.naming import person_key
from briefing.topics.person_spellings import same_person
from briefing.topics.tokens import tokenize
from briefing.topics.uncased_people import person_uses

FULL = "Dereje Adhanom Ghebremeyesus"


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _labels(topics: tuple[Topic, ...]) -> set[str]:
    return {label for t in topics for label in (t.name, *t.aliases)}


def _holder(topics: tuple[Topic, ...], label: str) -> list[Topic]:
    return [t for t in topics if label in (t.name, *t.aliases)]


# --- a lone first word after the full name ----------------------------------------------


_RELIEF = [
    f"{FULL}, the head of the Orvana Relief Agency, spoke in Velmar on Monday.",
    "The camps near Velmar are full, Dereje said, and asked for more tents.",
]


def test_the_first_word_alone_after_the_full_name_is_that_person() -> None:
    topics = extract_topics(
        [
            _in("en", 0, *_RELIEF),
            _in(
                "en",
                1,
                f"Relief chief {FULL} visited the port of Velmar.",
                "Later that day, Dereje met the mayor.",
            ),
            _in(
                "de",
                2,
                f"Der Leiter {FULL} reiste nach Velmar.",
                "Am Abend sprach Dereje von Zelten.",
            ),
        ]
    )
    (person,) = _holder(topics, FULL)
    assert person.kind == "person"
    assert "Dereje" in person.aliases
    assert len(_holder(topics, "Dereje")) == 1


def test_a_first_word_two_people_share_joins_neither() -> None:
    topics = extract_topics(
        [
            _in("en", 0, *_RELIEF),
            _in(
                "en",
                1,
                f"Relief chief {FULL} visited the port.",
                "Later that day, Dereje met the mayor.",
            ),
            _in(
                "en", 2, "Dereje Bekele, a driver in Velmar, lost his truck.", "Later, Dereje wept."
            ),
            _in("en", 3, "The driver Dereje Bekele said the road to Velmar was cut."),
        ]
    )
    for name in (FULL, "Dereje Bekele"):
        assert all("Dereje" not in t.aliases for t in _holder(topics, name))


def _use(article: str, paragraph: int, start: int, surface: str) -> Occurrence:
    return Occurrence(article, paragraph, start, start + len(surface), surface)


def test_a_lone_word_needs_the_full_name_before_it_and_no_place() -> None:
    full = person_key(FULL)
    occ = {full: [_use("a", 1, 0, FULL)]}
    people = [full, "p:velmar tesfaye"]

    def owners(word: str, paragraph: int, place: bool = False) -> dict[str, str]:
        lone = {person_key(word): [_use("a", paragraph, 5, word)]}
        return first_word_owners(lone, people, lambda k: k, occ, {"a": "en"}, lambda w: place)

    assert owners("Dereje", 2) == {"p:dereje": full}
    assert owners("Dereje", 0) == {}  # alone before the full name: no cue
    assert owners("Dereje", 2, place=True) == {}  # a known place ("Jordan")
    assert owners("Velmar", 2) == {}  # the first word of another person's name
    assert owners("Adhanom", 2) == {}  # a middle word: not how this rule calls anyone


# --- handles ------------------------------------------------------------------------------


def test_a_word_glued_to_an_at_sign_is_a_handle() -> None:
    tokens = tokenize('"We act now"-@DrDereje #relief (@OrvanaPost) and @ Velmar')
    at = {t.text: i for i, t in enumerate(tokens)}
    assert hashtag(tokens, at["DrDereje"])
    assert hashtag(tokens, at["OrvanaPost"])
    assert not hashtag(tokens, at["Velmar"])  # "@ Velmar": a space after the sign


def test_a_handle_is_no_topic_of_its_own() -> None:
    post = '"Tents are on their way"-@DrDereje — Orvana Post (@OrvanaPost) March 3, 2026'
    topics = extract_topics(
        [
            _in("en", 0, *_RELIEF, post),
            _in("en", 1, f"Relief chief {FULL} visited Velmar.", post),
            _in("es", 2, f"El director {FULL} llegó a Velmar.", post),
        ]
    )
    labels = _labels(topics)
    assert "DrDereje" not in labels  # a person's handle
    assert "OrvanaPost" not in labels  # an outlet's handle is no person, nor a body apart


# --- a title or an acronym before a three-word name ---------------------------------------


def test_a_three_word_name_is_cut_from_the_words_before_it() -> None:
    cands = Candidates()
    for n, (kind, surface) in enumerate(
        [
            ("person", FULL),
            ("organisation", "ОРА Дереже Аданом Гебремеисус"),  # an acronym in the genitive
            ("person", f"Director-General {FULL}"),
            ("person", "Ministre Ama Owusu Boateng"),  # nobody named so alone: kept whole
        ]
    ):
        cands.names.append((kind, _use("a", n, 0, surface), False))
    strip_foreign_titles(cands, gazetteer())
    assert [(kind, o.surface) for kind, o, _ in cands.names] == [
        ("person", FULL),
        ("person", "Дереже Аданом Гебремеисус"),
        ("person", FULL),
        ("person", "Ministre Ama Owusu Boateng"),
    ]


def test_a_long_surname_heard_a_letter_apart_under_two_agreeing_names() -> None:
    latin = person_key(FULL)
    assert same_person(person_key("Дереже Аданом Гебремеисус"), latin, True)
    assert not same_person(person_key("Дереже Аданом Гебремеисус"), latin)  # one script
    assert not same_person(person_key("Абебе Аданом Гебремеисус"), latin, True)
    assert not same_person(person_key("Дереже Тесфайе Гебремеисус"), latin, True)
    # two words are not enough for a surname two letters off its Latin spelling
    assert not same_person(
        person_key("Аданом Гебремеисус"), person_key("Adhanom Ghebremeyesus"), True
    )


# --- Katakana: the first two words, and the first word alone ------------------------------

_KANA = [
    ("ja", 0, "WHOのムルゲタ・テスファイェ事務局長は会見した。"),
    ("ja", 1, "ムルゲタ氏は支援を求めた。"),
]


def _kana(surfaces: list[str]) -> set[str]:
    found = person_uses({"p:m": surfaces}, _KANA, {"p:m"})
    return {o.surface for o in found.get("p:m", [])}


def test_katakana_writes_a_three_word_name_by_its_first_two() -> None:
    assert _kana(["Mulugeta Tesfaye Woldemariam"]) == {"ムルゲタ・テスファイェ"}


def test_katakana_first_word_alone_only_where_the_latin_articles_use_it_alone() -> None:
    both = _kana(["Mulugeta Tesfaye Woldemariam", "Mulugeta"])
    assert both == {"ムルゲタ・テスファイェ", "ムルゲタ"}


def test_a_first_two_words_key_two_people_share_is_nobodys() -> None:
    found = person_uses(
        {"p:m": ["Mulugeta Tesfaye Woldemariam"], "p:n": ["Mulugeta Tesfaye Bekele"]},
        _KANA,
        {"p:m", "p:n"},
    )
    assert found == {}


# --- a Han name glossed in Latin letters --------------------------------------------------

_GLOSSED = "总干事穆鲁格塔(Mulugeta Tesfaye Woldemariam)昨天在日内瓦表示,"
_LATIN = ("en", 0, "Mulugeta Tesfaye Woldemariam spoke in Velmar.")


def _han(*texts: str, two: bool = False, latin: bool = True) -> set[tuple[str, str]]:
    paragraphs = [("zh", n, t) for n, t in enumerate(texts)]
    name = "Mulugeta Tesfaye Woldemariam"
    uses = [_use(*_LATIN[:2], 0, name)] if latin else []
    for paper, index, text in paragraphs:
        if name in text:
            uses.append(_use(paper, index, text.index(name), name))
    people = {"p:m": uses, "p:n": uses} if two else {"p:m": uses}
    found = han_gloss_uses(people, paragraphs)
    return {(root, o.surface) for root, occs in found.items() for o in occs}


def test_a_han_name_glossed_with_a_full_name_is_that_person() -> None:
    found = _han(_GLOSSED, "穆鲁格塔说,各国仍可扭转局势。", "但是9日穆鲁格塔才宣布。")
    assert found == {("p:m", "穆鲁格塔")}


def test_a_gloss_whose_name_has_no_edge_is_cut_by_its_sound() -> None:
    # the name is never written after another character: the bracket's word it sounds like
    # ("Mulugeta") says where the title ends
    once = "总干事穆鲁格塔说,各国仍可扭转局势。"
    assert _han(_GLOSSED, once) == {("p:m", "穆鲁格塔")}
    # one consonant heard differently ("吉", a soft g): still that word
    assert _sounded("工会领袖法拉吉", "Rowan Farage") == "法拉吉"
    assert _sounded("法拉吉", "Rowan Farage") == "法拉吉"  # the whole run is the name


def test_a_gloss_whose_run_sounds_like_no_word_is_left_alone() -> None:
    # the bracket glosses the title ("领导人", leader) or a common noun, not a Han name
    assert _han("其领导人(Mulugeta Tesfaye Woldemariam)昨天表示,") == set()
    assert _sounded("人工智能", "artificial intelligence") is None
    assert _sounded("工会领袖", "Rowan Farage") is None  # a title alone: no name
    assert _sounded("法拉", "Rowan Farage") is None  # two consonants of three
    # a bracket holding a body, or a name two people of the packet write, glosses nobody
    assert _han("世卫组织(WHO)表示,", "世卫组织说") == set()
    assert _han(_GLOSSED, "穆鲁格塔说", two=True) == set()


def test_a_person_named_only_inside_a_gloss_is_not_looked_for() -> None:
    # a tourist quoted by one Chinese article: the gloss and the Han name are one use
    assert _han(_GLOSSED, "穆鲁格塔说,各国仍可扭转局势。", latin=False) == set()


def test_a_bodys_three_word_name_is_not_written_by_its_first_two() -> None:
    # "Finnland der NATO" is no "Finnland der" ("핀란드와 달리", unlike Finland): people only
    assert person_uses({"n:m": ["Mulugeta Tesfaye Woldemariam"]}, _KANA, set()) == {}
    # a second word in lower case is a particle ("Ursula von der Leyen"), no given name
    assert person_uses({"p:m": ["Mulugeta tesfaye Woldemariam"]}, _KANA, {"p:m"}) == {}


def test_arabic_writes_a_persons_three_word_name_by_its_first_two() -> None:
    paragraphs = [("ar", 0, "وقال مولوجيتا تسفاي اليوم إن المخيمات ممتلئة.")]
    name = {"p:m": ["Mulugeta Tesfaye Woldemariam"]}
    found = arabic_uses(name, paragraphs, {"p:m"})
    assert [o.surface for o in found["p:m"]] == ["مولوجيتا تسفاي"]
    assert arabic_uses(name, paragraphs) == {}  # a body's name: whole or nothing
