"""A person written in Greek letters is the person written in Latin letters, and Greek
phrases of common words are still no person.

Every text here is written for the test (invented people and events).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.given_names import given_name


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _owners(topics: tuple[Topic, ...], *surfaces: str) -> set[str]:
    return {t.id for s in surfaces for t in holding(topics, s)}


def test_a_greek_given_name_is_read_in_its_romanisation() -> None:
    assert given_name("Νίκος") and given_name("Κυριάκος")
    assert given_name("Κυριάκου")  # the genitive of a name in -ος
    assert not given_name("Εθνική") and not given_name("Παππαδάκης")


GREEK = (
    "Την Τρίτη ο υπουργός Νίκος Παππαδάκης επισκέφθηκε τη Βελμόρα.",
    "Η δήλωση του υπουργού Νίκου Παππαδάκη για την Εθνική Οδό προκάλεσε αίσθηση.",
)


def test_one_person_in_greek_latin_and_turkish_letters_is_one_topic() -> None:
    articles = [_in("el", n, *GREEK) for n in range(3)]
    articles += [
        _in("en", n, "Minister Nikos Pappadakis visited Velmora on Tuesday.") for n in range(3, 6)
    ]
    articles += [
        _in("tr", n, "Bakan Nikos Pappadakis ve Nikos Papadaçis Velmora'yı ziyaret etti.")
        for n in range(6, 8)
    ]
    topics = extract_topics(articles)
    assert len(_owners(topics, "Νίκος Παππαδάκης", "Nikos Pappadakis")) == 1
    assert not _owners(topics, "Εθνική Οδό") & _owners(topics, "Nikos Pappadakis")
    assert all(t.kind != "person" for t in holding(topics, "Εθνική Οδό"))


def test_a_greek_word_has_its_modern_and_classical_romanisation() -> None:
    from briefing.topics.romanise import greek_spellings

    assert greek_spellings("Τέμπη") == {"tempi", "tempe"}
    assert greek_spellings("Λάρισα") == {"larisa"}
    assert greek_spellings("Βέλπη") == {"velpi", "velpe", "belpe"}


def test_a_place_spelled_in_greek_cyrillic_and_two_latin_ways_is_one_topic() -> None:
    articles = [
        _in("en", n, "The ferry ran aground in the Velpe Valley near Ostria on Monday.")
        for n in range(3)
    ]
    articles += [
        _in("en", n, "Rescuers reached Velpe at dawn; the Velpe crossing stayed shut.")
        for n in range(10, 12)
    ]
    articles += [
        _in("tr", n, "Feribot Velpi bölgesinde karaya oturdu, Velpi halkı yardım etti.")
        for n in range(3, 5)
    ]
    articles += [
        _in("el", n, "Το πλοίο προσάραξε στα Βέλπη τη Δευτέρα, κοντά στα Βέλπη.")
        for n in range(5, 8)
    ]
    articles += [_in("ru", n, "Паром сел на мель возле Велпи в понедельник.") for n in range(8, 10)]
    topics = extract_topics(articles)
    held = [_owners(topics, s) for s in ("Velpe Valley", "Βέλπη", "Велпи")]
    assert all(len(h) == 1 for h in held) and len(set.union(*held)) == 1, topics


def test_a_greek_word_that_spells_no_listed_name_joins_nothing() -> None:
    articles = [
        _in("en", n, "The ferry ran aground in the Velpe Valley near Ostria on Monday.")
        for n in range(3)
    ]
    # "Βέλτη" romanises to "Velti"/"Velte": another word, however close.
    articles += [
        _in("el", n, "Το πλοίο προσάραξε στα Βέλτη, κοντά στα Βέλτη.") for n in range(3, 6)
    ]
    topics = extract_topics(articles)
    assert not _owners(topics, "Βέλτη") & _owners(topics, "Velpe Valley")
