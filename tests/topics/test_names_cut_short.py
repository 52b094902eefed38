"""Names cut short or glued to a common word (made-up sentences): a surname that is a title
("Marla Jean King"), a Ukrainian noun opening a sentence before a name, the capitalised half of
a hyphenated common word, and an office written right before its holder's name."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.hyphened_nouns import opens_common_compound
from briefing.topics.languages import common_noun
from briefing.topics.office_holders import holders_joined
from briefing.topics.tokens import tokenize


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_title_ending_a_run_of_given_names_is_the_surname() -> None:
    articles = [
        _in("en", 0, "The preacher quoted the civil rights leader Marla Jean King at length."),
        _in("de", 1, "Er zitierte in seiner Predigt Marla Jean King und sprach lange."),
        _in("en", 2, "The tennis champion Marla Jean King watched from the front row."),
    ]
    topics = extract_topics(articles)
    assert [t.kind for t in holding(topics, "Marla Jean King")] == ["person"]
    assert not holding(topics, "Marla Jean")


def test_a_title_after_words_that_are_no_given_names_names_no_person() -> None:
    """ "the Golden Jubilee Coach" is a carriage: "Jubilee" is nobody's given name."""
    articles = [
        _in("en", 0, "The Golden Jubilee Coach was pulled by eight horses on Saturday."),
        _in("en", 1, "Crowds cheered as the Golden Jubilee Coach passed the gates."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if t.kind == "person" and "Coach" in t.name]


def test_a_ukrainian_noun_opening_a_sentence_opens_no_name() -> None:
    assert common_noun("Заручини", "uk")  # an engagement: the Ukrainian dictionary's noun
    assert not common_noun("Заручини")  # the Russian dictionary does not know it
    assert not common_noun("Надія", "uk")  # a noun (hope) and a given name: no common word
    assert not common_noun("Володимир", "uk")  # a name the Russian dictionary knows
    articles = [
        _in("uk", 0, "Заручини Гаррі й Дори Венс відбулися восени. Гаррі посміхнувся."),
        _in("uk", 1, "Гаррі приїхав до міста. Надія Коваль зустріла його."),
        _in("uk", 2, "Надія Коваль розповіла про весілля, Гаррі мовчав."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if any(a.startswith("Заручини") for a in t.aliases)]
    assert [t.name for t in holding(topics, "Гаррі")] == ["Гаррі"]
    assert [t.kind for t in holding(topics, "Надія Коваль")] == ["person"]


def test_the_capital_half_of_a_dictionary_compound_is_no_name() -> None:
    ru = tokenize("Она снялась в сериале «Форс-мажоры» и в фильме «Путин-младший».")
    at = [t.text for t in ru]
    assert opens_common_compound(ru, at.index("Форс"), "ru")
    assert not opens_common_compound(ru, at.index("Путин"), "ru")  # no word of the dictionary
    uk = tokenize("Вона зіграла в серіалі «Форс-мажори».")
    assert opens_common_compound(uk, [t.text for t in uk].index("Форс"), "uk")
    en = tokenize("The Kyiv-based group met.")
    assert not opens_common_compound(en, 1, "en")  # no dictionary of compounds: silent
    articles = [
        _in("ru", 0, "Актриса известна по сериалу «Форс-мажоры», пишет Дора Венс."),
        _in("uk", 1, "Акторка з серіалу «Форс-мажори» вийшла заміж, каже Дора Венс."),
    ]
    assert not holding(extract_topics(articles), "Форс")


def _topic(name: str, kind: str, articles: list[Article], *aliases: str) -> Topic:
    mentions = []
    for a in articles:
        for i, p in enumerate(a.paragraphs):
            taken: list[tuple[int, int]] = []
            for alias in sorted({name, *aliases}, key=len, reverse=True):
                start = p.text.find(alias)
                while start >= 0:
                    if not any(s <= start < e for s, e in taken):
                        taken.append((start, start + len(alias)))
                        mentions.append(Mention(a.id, Span(i, start, start + len(alias)), alias))
                    start = p.text.find(alias, start + 1)
    return Topic(name.casefold(), name, kind, (name, *aliases), tuple(mentions), 1.0)


def test_an_office_written_before_one_holder_is_that_person() -> None:
    articles = [
        _in("en", 0, "The couple were wed by the Archbishop of Dorvik on Saturday."),
        _in("en", 1, "“You may kiss,” Archbishop of Dorvik Ana Pell said, smiling."),
        _in("fr", 2, "L'archevêque Ana Pell les a unis samedi."),
    ]
    person = _topic("Ana Pell", "person", articles)
    office = _topic("Archbishop of Dorvik", "organisation", articles)
    (joined,) = holders_joined([person, office], articles)
    assert (joined.name, joined.kind) == ("Ana Pell", "person")
    assert "Archbishop of Dorvik" in joined.aliases
    assert len(joined.mentions) == len(person.mentions) + len(office.mentions)


def test_an_office_before_two_holders_or_in_a_list_stays_apart() -> None:
    two = [
        _in("en", 0, "Mayor of Dorvik Ana Pell met Mayor of Dorvik Ivo Brand, her predecessor."),
        _in("en", 1, "The Mayor of Dorvik spoke first."),
    ]
    people = [_topic("Ana Pell", "person", two), _topic("Ivo Brand", "person", two)]
    office = _topic("Mayor of Dorvik", "organisation", two)
    assert len(holders_joined([*people, office], two)) == 3
    listed = [_in("en", 0, "Guests included the Mayor of Dorvik, Ana Pell and Ivo Brand.")]
    people = [_topic("Ana Pell", "person", listed), _topic("Ivo Brand", "person", listed)]
    office = _topic("Mayor of Dorvik", "organisation", listed)
    assert len(holders_joined([*people, office], listed)) == 3


def test_two_people_sharing_a_surname_written_once_are_both_named() -> None:
    """ "Tomas and Vera Grell", "Vera und Tomas Grell": each given name before the
    conjunction is that person's use, since the packet writes each whole name elsewhere."""
    articles = [
        _in("en", 0, "Guests included Tomas and Vera Grell, and Harry and Meghan Ostrov."),
        _in("de", 1, "Unter den Gästen waren Vera und Tomas Grell, dazu Harry und Meghan Ostrov."),
        _in("en", 2, "Meghan Ostrov smiled. Harry waved to the crowd."),
        _in("fr", 3, "Meghan Ostrov a souri, Harry aussi."),
    ]
    topics = extract_topics(articles)
    (tomas,) = holding(topics, "Tomas Grell")
    (vera,) = holding(topics, "Vera Grell")
    assert tomas.articles == ("000", "001") and vera.articles == ("000", "001")
    first = tomas.mentions[0]
    assert articles[0].paragraphs[0].text[first.span.start : first.span.end] == "Tomas"
    # "Harry and Meghan Ostrov": no article writes "Harry Ostrov", so Harry keeps no surname.
    assert not holding(topics, "Harry Ostrov")
    assert not any("Ostrov" in a for t in holding(topics, "Harry") for a in t.aliases)
