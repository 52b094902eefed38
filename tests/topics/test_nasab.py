"""Arabic names with particles: read as one name in every script, and their shorter forms
joined to the one full name they fit, never across brothers or a shared family name
(made-up names)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.arabic_names import arabic_uses
from briefing.topics.name_links import article_forms
from briefing.topics.nasab import Chain, chain_pairs, read_chain
from briefing.topics.tokens import chunks, tokenize
from briefing.topics.uncased_people import person_uses
from briefing.topics.union_find import _UnionFind


def _runs(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[c[0]].start : tokens[c[1]].end] for c in chunks(tokens)]


def test_a_name_is_not_cut_at_a_nasab_or_a_joined_article() -> None:
    assert "Hamdan ben Rashid Al-Farouqi" in _runs(
        "Le ministre Hamdan ben Rashid Al-Farouqi est arrivé."
    )
    assert "Хамдан бен Рашид Аль Фаруки" in _runs("министр Хамдан бен Рашид Аль Фаруки прибыл")
    assert "Абдель Карим аз-Зубейди" in _runs("глава ведомства Абдель Карим аз-Зубейди заявил")
    assert "Omar ibn Saad as-Sufi" in _runs("and then Omar ibn Saad as-Sufi spoke.")


def test_look_alike_particles_link_nothing() -> None:
    # "Ben" opening a name is a given name; "an", "as" without a hyphen are everyday words.
    assert "Ben Carver" in _runs("the minister, Ben Carver, said so.")
    assert "Merkel" in _runs("Ein Brief von Scholz an Merkel ging verloren.")
    assert "Scholz an Merkel" not in _runs("Ein Brief von Scholz an Merkel ging verloren.")
    assert "Paris as London" not in _runs("It was Paris as London slept.")
    # French "ben" after an interjection is no nasab: "Eh ben Macron" is Macron.
    assert "Eh ben Macron" not in _runs("« Eh ben Macron a dit non », dit-il.")


def test_every_spelling_of_a_name_reads_as_one_chain() -> None:
    full = Chain("mdn", ("rd",), "frk")
    for spelling in (
        "Hamdan bin Rashid Al Farouqi",
        "Hamdane ben Rachid Al-Farouqi",
        "Hamdan bin Rashid al-Farouqi",
        "Хамдан бен Рашид Аль Фаруки",
    ):
        assert read_chain(spelling) == full, spelling
    assert read_chain("Abdel Karim al-Zubeidi") == read_chain("Абдель Карим аз-Зубейди")
    assert read_chain("Abdel Karim al-Zubeidi") == read_chain("Abdulkarim Al Zubeidi")
    assert read_chain("Al Farouqi") == Chain("", (), "frk")
    assert read_chain("Jamila bin Sajid") == read_chain("Yamila bin Zayed")  # German j, s
    # No Arabic particle: Dutch and French names are no chains ("van" and "de" are words).
    assert read_chain("Jan van Dam") is None
    assert read_chain("Anne de Vries") is None
    assert read_chain("Hamdan Farouqi") is None


def _joined(*names: str) -> list[set[str]]:
    uf = _UnionFind()
    for name in names:
        uf.add(name)
    chain_pairs(names, {n: {n} for n in names}, uf.find, uf.union)
    groups: dict[str, set[str]] = {}
    for name in names:
        groups.setdefault(uf.find(name), set()).add(name)
    return sorted(groups.values(), key=lambda g: sorted(g))


def test_shorter_forms_join_the_one_full_name() -> None:
    names = (
        "Hamdan bin Rashid bin Saeed Al Farouqi",
        "Hamdan bin Rashid Al Farouqi",
        "Hamdan bin Rashid",
        "Хамдан бен Рашид Аль Фаруки",
        "Al Farouqi",
        "bin Rashid al-Farouqi",
    )
    assert _joined(*names) == [set(names)]


def test_brothers_share_no_short_form() -> None:
    groups = _joined(
        "Hamdan bin Rashid Al Farouqi",
        "Saeed bin Rashid Al Farouqi",
        "Hamdan bin Rashid",
        "Al Farouqi",
        "bin Rashid Al Farouqi",
    )
    assert {"Hamdan bin Rashid Al Farouqi", "Hamdan bin Rashid"} in groups
    assert {"Saeed bin Rashid Al Farouqi"} in groups
    assert {"Al Farouqi"} in groups  # two people of that family
    assert {"bin Rashid Al Farouqi"} in groups  # two sons of Rashid


def test_two_people_sharing_a_family_name_stay_apart() -> None:
    groups = _joined("Khalil bin Ahmad Al Qasimi", "Hamad bin Issa Al Qasimi", "Al Qasimi")
    assert len(groups) == 3
    # European particles are not read here: two people "de Vries" stay two.
    assert len(_joined("Anne de Vries", "Jan de Vries", "de Vries")) == 3


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_one_person_across_forms_and_scripts() -> None:
    articles = [
        _in("en", 0, "Foreign Minister Hamdan bin Rashid Al Farouqi signed the pact in Oslo."),
        _in("en", 1, "Hamdan bin Rashid said the pact would hold, speaking in Oslo."),
        _in("fr", 2, "Le ministre Hamdane ben Rachid Al-Farouqi a signé le pacte à Oslo."),
        _in("ru", 3, "Министр Хамдан бен Рашид Аль Фаруки подписал пакт в Осло."),
        _in("ru", 4, "Хамдан бен Рашид Аль Фаруки прибыл в Осло во вторник."),
        # six words, one a title's word after "bin": still one name ("bin Sultan")
        _in("fr", 5, "Le ministre, Hamdan bin Rashid bin Sultan Al Farouqi, était à Oslo."),
    ]
    topics = extract_topics(articles)
    (person,) = holding(topics, "Hamdan bin Rashid Al Farouqi")
    assert {"Hamdan bin Rashid", "Хамдан бен Рашид Аль Фаруки"} <= set(person.aliases)
    assert "Hamdane ben Rachid Al-Farouqi" in person.aliases
    assert "Hamdan bin Rashid bin Sultan Al Farouqi" in person.aliases
    assert not holding(topics, "Al Farouqi")


def test_arabic_script_finds_the_chain_with_its_article_glued() -> None:
    text = "وصل عبد الكريم بن سعيد الفاروقي إلى أوسلو، ثم محمد بن سعيد الفاروقي"
    found = arabic_uses(
        {"p:x": {"Abdulkarim bin Saeed Al Farouqi"}, "p:y": {"Hamad bin Saeed Al Farouqi"}},
        [("a", 0, text)],
        {"p:x", "p:y"},
    )
    assert [o.surface for o in found["p:x"]] == ["عبد الكريم بن سعيد الفاروقي"]
    assert "p:y" not in found  # Hamad is not his brother Mohammed (محمد), nobody here


def test_a_chain_two_people_share_is_looked_for_as_nobody() -> None:
    text = "وصل عبد الكريم بن سعيد الفاروقي إلى أوسلو"
    same = {"p:x": {"Abdulkarim bin Saeed Al Farouqi"}, "p:z": {"Abdel Karim ben Said al-Farouqi"}}
    assert arabic_uses(same, [("a", 0, text)], {"p:x", "p:z"}) == {}


def test_the_article_glued_or_left_out_in_katakana() -> None:
    assert article_forms(["Hamdan", "bin", "Rashid", "Al", "Farouqi"]) == [
        ["Hamdan", "bin", "Rashid", "AlFarouqi"],
        ["Hamdan", "bin", "Rashid", "Farouqi"],
    ]
    assert article_forms(["Abdulkarim", "al-Farouqi"]) == [
        ["Abdulkarim", "alFarouqi"],
        ["Abdulkarim", "Farouqi"],
    ]
    assert article_forms(["Al", "Farouqi"]) == []  # one word left: too short to look for
    assert article_forms(["Anne", "de", "Vries"]) == []
    found = person_uses(
        {"p:x": {"Hamdan bin Rashid Al Farouqi"}},
        [("a", 0, "外相のハムダン・ビン・ラシド・ファルーキ氏は")],
        {"p:x"},
    )
    assert [o.surface for o in found["p:x"]] == ["ハムダン・ビン・ラシド・ファルーキ"]
