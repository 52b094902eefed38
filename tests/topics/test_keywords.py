"""One-word subjects across languages (:mod:`briefing.topics.keywords`).

Every text is written for the test: a made-up referendum in a made-up town, told in English,
French, German and Italian, the way a real multilingual packet tells one event.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.keywords import key_words
from briefing.topics.word_keys import stem_key


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


_PACKET = (
    _in(
        "en",
        0,
        "Voters in Brelnik backed the referendum on the new dam by a wide margin on Sunday.",
        "The referendum was called after the flood of the old valley, officials said.",
    ),
    _in(
        "fr",
        1,
        "Les électeurs de Brelnik ont approuvé le référendum sur le nouveau barrage dimanche.",
        "Le référendum avait été convoqué après la crue, selon les autorités locales.",
    ),
    _in(
        "de",
        2,
        "Die Wähler in Brelnik haben das Referendum über den neuen Staudamm angenommen.",
        "Das Referendum war nach dem Hochwasser angesetzt worden, hieß es aus dem Rathaus.",
    ),
    _in(
        "it",
        3,
        "Gli elettori di Brelnik hanno approvato il referendum sulla nuova diga domenica.",
        "Il referendum era stato indetto dopo l'alluvione, secondo le autorità.",
    ),
)


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))


def test_one_word_subject_is_one_topic_across_languages() -> None:
    topics = _topics(*_PACKET)
    found = {
        t.id: t for s in ("referendum", "référendum", "Referendum") for t in holding(topics, s)
    }
    assert len(found) == 1, [t.name for t in topics]
    topic = next(iter(found.values()))
    assert topic.kind == "theme"
    assert topic.name == "referendum"  # the English form names it
    assert set(topic.articles) == {"000", "001", "002", "003"}


def test_forms_of_one_word_share_a_stem_and_cognates_are_joined() -> None:
    assert stem_key("migration", "en") == stem_key("migrations", "en")
    assert stem_key("Referendums", "de") == stem_key("Referendum", "de")
    assert stem_key("конклава", "ru") == stem_key("конклав", "ru")


def _two_languages(english: str, italian: str) -> tuple[list[tuple[str, int, str]], dict[str, str]]:
    """Five paragraphs, English and Italian by turns, each the lead of its own article."""
    paragraphs = [(f"{n}", 0, (italian if n % 2 else english).format(n=n)) for n in range(5)]
    return paragraphs, {f"{n}": "it" if n % 2 else "en" for n in range(5)}


def test_everyday_words_are_never_key_words() -> None:
    """ "problem" / "problema" is in every lead, after an article, but everybody writes it."""
    paragraphs, languages = _two_languages(
        "The problem of the town {n} is old; the problem remains.",
        "Il problema della città {n} è vecchio; il problema resta.",
    )
    assert key_words(paragraphs, languages, ()) == []


def test_a_word_never_used_as_a_noun_is_no_key_word() -> None:
    """An adjective every lead uses, never after an article, names no subject."""
    paragraphs, languages = _two_languages(
        "Damage was catastrophic in district {n} of Brelnik.",
        "I danni sono stati catastrofici nel distretto {n} di Brelnik.",
    )
    assert key_words(paragraphs, languages, ()) == []
    paragraphs, languages = _two_languages(
        "The flotilla reached district {n}; the flotilla turned back.",
        "La flottiglia ha raggiunto il distretto {n}; la flottiglia è tornata.",
    )
    assert [name for name, _occs in key_words(paragraphs, languages, ())] == ["flotilla"]


def test_a_head_noun_beside_a_listed_name_is_that_name() -> None:
    """ "the basilica of Varenna": with "Varenna" listed, "basilica" is its head, not a theme."""
    paragraphs, languages = _two_languages(
        "Crowds filled the basilica of Varenna on day {n}; the basilica was full.",
        "La folla ha riempito la basilica di Varenna il giorno {n}; la basilica era piena.",
    )
    assert [name for name, _occs in key_words(paragraphs, languages, ())] == ["basilica"]
    assert key_words(paragraphs, languages, ("Varenna",)) == []


def test_a_head_noun_beside_a_name_listed_in_another_script_is_that_name() -> None:
    """ "the basilica of Varenna" with the name listed only as Russian writes it
    ("Базилика Варенна"): the romanised name word still makes "basilica" its head."""
    paragraphs, languages = _two_languages(
        "Crowds filled the basilica of Varenna on day {n}; the basilica was full.",
        "La folla ha riempito la basilica di Varenna il giorno {n}; la basilica era piena.",
    )
    assert key_words(paragraphs, languages, ("Базилика", "Варенна")) == []
    # A Cyrillic name that is no neighbour leaves the word a key word.
    found = key_words(paragraphs, languages, ("Брельник",))
    assert [name for name, _occs in found] == ["basilica"]


def test_a_word_written_once_per_article_is_no_key_word() -> None:
    """Three leads of eight mention "the flotilla" once, in passing: a detail, not what the
    articles argue about; once an article writes it twice, it is a subject."""
    paragraphs, languages = _two_languages(
        "The flotilla was seen near district {n} of Brelnik.",
        "La flottiglia è stata vista vicino al distretto {n} di Brelnik.",
    )
    paragraphs = paragraphs[:3]
    for n in range(3, 8):
        paragraphs.append((f"{n}", 0, f"Voters in district {n} of Brelnik went to the polls."))
        languages[f"{n}"] = "en"
    assert key_words(paragraphs, languages, ()) == []
    paragraphs[0] = ("0", 0, paragraphs[0][2] + " The flotilla turned back.")
    assert [name for name, _occs in key_words(paragraphs, languages, ())] == ["flotilla"]


def test_a_word_of_one_language_only_is_no_key_word() -> None:
    """ "the flotilla" in English leads only: the Italian ones say it otherwise."""
    paragraphs, languages = _two_languages(
        "The flotilla reached district {n}; the flotilla turned back.",
        "Le barche hanno raggiunto il distretto {n} e sono tornate.",
    )
    assert key_words(paragraphs, languages, ()) == []


def test_a_briefing_in_one_language_gets_no_key_words() -> None:
    """English word order already gives two-word themes; one language is analysed as before."""
    english = [
        _in("en", n, f"The referendum in Brelnik drew crowds on day {n}; the referendum passed.")
        for n in range(5)
    ]
    assert not [t for t in _topics(*english) if "referendum" in t.aliases and t.kind == "theme"]
    assert [t for t in _topics(*_PACKET) if "référendum" in t.aliases]


def test_a_key_word_joins_the_theme_it_heads() -> None:
    """ "referendum" and "dam referendum": one topic, which keeps the word's name while the
    phrase is a small part of its uses."""
    packet = [
        *_PACKET,
        _in("en", 4, "Critics of the dam referendum said the referendum came too soon."),
        _in("en", 5, "Supporters of the dam referendum celebrated in the square."),
    ]
    topics = _topics(*packet)
    holders = {t.id: t for s in ("referendum", "dam referendum") for t in holding(topics, s)}
    assert len(holders) == 1, [t.name for t in topics]
    assert next(iter(holders.values())).name.casefold().startswith("referendum")


def test_a_key_word_that_is_mostly_a_themes_first_word_is_that_theme() -> None:
    """ "dam" here is nearly always "dam referendum": no topic of its own."""
    packet = [
        _in(lang, n, text)
        for n, (lang, text) in enumerate(
            [
                ("en", "The dam referendum split Brelnik; the dam referendum passed."),
                ("en", "After the dam referendum, the mayor resigned over the dam referendum."),
                ("en", "Turnout in the dam referendum was high."),
                ("fr", "Les électeurs de Brelnik ont voté pour le barrage dimanche."),
            ]
        )
    ]
    names = {t.name for t in _topics(*packet)}
    assert "dam" not in names


def test_a_bare_word_judging_the_event_is_no_key_word() -> None:
    """ "tragedy" / "tragedia" names the story's event in judging words: the event is a topic
    already. A subject argued about in the same shape ("flotilla") stays."""
    paragraphs, languages = _two_languages(
        "The tragedy of district {n} shocked Brelnik; the tragedy is mourned.",
        "La tragedia del distretto {n} ha scosso Brelnik; la tragedia è pianta.",
    )
    assert key_words(paragraphs, languages, ()) == []
    paragraphs, languages = _two_languages(
        "The ceremony in district {n} was moved indoors; the ceremony lasted an hour.",
        "La cerimonia nel distretto {n} è stata spostata; la cerimonia è durata un'ora.",
    )
    assert key_words(paragraphs, languages, ()) == []


def test_a_title_in_the_singular_is_its_holder_but_a_plural_is_a_subject() -> None:
    """ "the patriarch" / "il patriarca" in every lead is the patriarch the list names; the
    "governors" of many districts are a body of people argued about."""
    paragraphs, languages = _two_languages(
        "The patriarch of district {n} left Brelnik; the patriarch waved.",
        "Il patriarca del distretto {n} ha lasciato Brelnik; il patriarca ha salutato.",
    )
    assert key_words(paragraphs, languages, ()) == []
    paragraphs, languages = _two_languages(
        "The governors of district {n} met in Brelnik; the governors voted.",
        "I governatori del distretto {n} si sono riuniti; i governatori hanno votato.",
    )
    assert [name for name, _occs in key_words(paragraphs, languages, ())] == ["governors"]
