"""Pieces of longer names are no topics; a bare given name is the packet's one numbered name;
a title word glued to a name goes (fixtures written for these tests: an invented investiture
of "Frederick IX" with a "Silver Barge", a "Lorenzo's Sceptre" and a "Queen Regent Ottilie")."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.name_fragments import numbered_joined, titles_cut, without_fragments


def _articles(*texts: tuple[str, str]) -> list[Article]:
    return [
        replace(article(f"{n:03d}", text), language=language)
        for n, (language, text) in enumerate(texts)
    ]


def _mentions(articles: list[Article], surface: str) -> tuple[Mention, ...]:
    found = []
    for a in articles:
        text = a.paragraphs[0].text
        at = text.find(surface)
        while at >= 0:
            found.append(Mention(a.id, Span(0, at, at + len(surface)), surface))
            at = text.find(surface, at + 1)
    return tuple(found)


def _topic(name: str, kind: str, mentions: tuple[Mention, ...], score: float = 1.0) -> Topic:
    aliases = tuple(sorted({m.surface for m in mentions}))
    return Topic(name.lower().replace(" ", "-"), name, kind, aliases, mentions, score)  # type: ignore[arg-type]


def _names(topics: list[Topic]) -> list[str]:
    return [t.name for t in topics]


# --- pieces of longer names -------------------------------------------------------------


def test_a_word_always_continued_by_a_name_is_no_topic() -> None:
    articles = _articles(
        ("en", "The pair rode in the Silver State Barge back to the palace."),
        ("en", "Crowds cheered the Silver State Barge as it passed."),
        ("ja", "国王は「シルバー・ステート・バージ」(Silver State Barge)に乗った。"),
    )
    silver = _topic("Silver", "organisation", _mentions(articles, "Silver"))
    assert _names(without_fragments([silver], articles)) == []


def test_a_name_cut_before_the_and_a_capital_is_no_topic() -> None:
    articles = _articles(
        ("en", 'Cries of "Long Live the Regent" rang out in the hall.'),
        ("zh", "仪式结束后，大主教带领在场的众人高呼「摄政万岁」(Long Live the Regent)。"),
    )
    live = _topic("Long Live", "organisation", _mentions(articles, "Long Live"))
    assert _names(without_fragments([live], articles)) == []


def test_a_possessive_thing_drops_a_name_never_written_otherwise() -> None:
    articles = _articles(
        ("en", "The archbishop raised Lorenzo's Sceptre above the altar."),
        ("en", "Lorenzo’s Sceptre is kept in the treasury."),
    )
    lorenzo = _topic("Lorenzo", "person", _mentions(articles, "Lorenzo"))
    assert _names(without_fragments([lorenzo], articles)) == []


def test_a_name_also_written_alone_stays() -> None:
    # Look-alike: "Lorenzo's Sceptre", but also "il re Lorenzo" — the texts name him.
    articles = _articles(
        ("en", "The archbishop raised Lorenzo's Sceptre above the altar."),
        ("it", "Lo scettro apparteneva al re Lorenzo, morto nel 1702."),
    )
    lorenzo = _topic("Lorenzo", "person", _mentions(articles, "Lorenzo"))
    assert _names(without_fragments([lorenzo], articles)) == ["Lorenzo"]


def test_a_person_followed_by_a_weekday_or_a_full_stop_stays() -> None:
    articles = _articles(
        ("en", "The envoy met Okafor Monday in the capital."),
        ("en", "Talks went on with Okafor. Later the envoy left."),
        ("en", "The envoy and Okafor's Aides left together."),
    )
    okafor = _topic("Okafor", "person", _mentions(articles, "Okafor"))
    assert _names(without_fragments([okafor], articles)) == ["Okafor"]


def test_a_body_followed_by_a_title_stays() -> None:
    articles = _articles(
        ("en", "Northern League Chairman Ada Vinci spoke first."),
        ("en", "The Northern League Secretary Bo Lind resigned."),
    )
    league = _topic("Northern League", "organisation", _mentions(articles, "Northern League"))
    assert _names(without_fragments([league], articles)) == ["Northern League"]


def test_german_capitals_prove_nothing_and_places_are_not_read() -> None:
    articles = _articles(("de", "Der Minister Okafor Gestern sagte nichts."))
    okafor = _topic("Okafor", "person", _mentions(articles, "Okafor"))
    assert _names(without_fragments([okafor], articles)) == ["Okafor"]
    articles = _articles(("en", "They prayed in Brenton Abbey."), ("en", "Brenton Abbey is old."))
    brenton = _topic("Brenton", "place", _mentions(articles, "Brenton"))
    assert _names(without_fragments([brenton], articles)) == ["Brenton"]


def test_a_mention_in_a_heading_keeps_the_topic() -> None:
    articles = _articles(
        ("en", "Silver State Barge Returns"), ("en", "The Silver State Barge sailed.")
    )
    silver = _topic("Silver", "organisation", _mentions(articles, "Silver"))
    assert _names(without_fragments([silver], articles)) == ["Silver"]


# --- a bare given name and the one numbered name ------------------------------------------


def _investiture(*extra: tuple[str, str]) -> tuple[list[Article], list[Topic]]:
    articles = _articles(
        ("en", "King Frederick IX was invested in the cathedral on Sunday."),
        ("fr", "Frederick IX a été investi dimanche dans la cathédrale."),
        ("en", "The crown was placed on Frederick's head. Frederick then knelt."),
        *extra,
    )
    numbered = _topic("Frederick IX", "person", _mentions(articles, "Frederick IX"), 2.0)
    bare = [m for m in _mentions(articles, "Frederick") if m.surface == "Frederick"]
    taken = {(m.article_id, m.span.start) for m in numbered.mentions}
    alone = tuple(m for m in bare if (m.article_id, m.span.start) not in taken)
    return articles, [numbered, _topic("Frederick", "organisation", alone)]


def test_a_bare_given_name_joins_the_one_numbered_name() -> None:
    articles, topics = _investiture()
    joined = numbered_joined(topics, articles)
    assert _names(joined) == ["Frederick IX"]
    assert joined[0].kind == "person"
    assert "Frederick" in joined[0].aliases
    assert len(joined[0].mentions) == 4


def test_two_numbers_of_one_given_name_keep_the_bare_name_apart() -> None:
    # Look-alike: an aside on an ancestor, "Frederick VII", makes a bare "Frederick" unsure.
    articles, topics = _investiture(("en", "The sceptre was made for Frederick VII in 1850."))
    assert _names(numbered_joined(topics, articles)) == ["Frederick IX", "Frederick"]


def test_a_bare_word_that_is_no_given_name_is_not_joined() -> None:
    articles = _articles(("en", "Voyager II flew on; the Voyager team cheered."))
    numbered = _topic("Voyager II", "person", _mentions(articles, "Voyager II"))
    bare = _topic("Voyager", "organisation", (Mention("000", Span(0, 24, 31), "Voyager"),))
    assert _names(numbered_joined([numbered, bare], articles)) == ["Voyager II", "Voyager"]


# --- a title word glued to a name ----------------------------------------------------------


def test_a_title_word_after_a_title_is_cut_from_the_name() -> None:
    articles = _articles(
        ("ja", "オッティリー摂政(Queen Regent Ottilie、70)は6日に到着した。"),
        ("en", "Ottilie, the Queen Regent, waved from the balcony."),
    )
    mentions = (*_mentions(articles, "Regent Ottilie"), Mention("001", Span(0, 0, 7), "Ottilie"))
    topic = _topic("Regent Ottilie", "person", mentions)
    cut = titles_cut([topic], articles)
    assert _names(cut) == ["Ottilie"]
    assert cut[0].kind == "person" and cut[0].mentions == topic.mentions


def test_a_given_name_after_a_title_stays() -> None:
    # Look-alike: "Queen Anne Boleyn" — "Anne" is her given name, no title word.
    articles = _articles(
        ("en", "Queen Anne Boleyn was crowned in 1533."), ("en", "Boleyn was queen.")
    )
    mentions = (*_mentions(articles, "Anne Boleyn"), Mention("001", Span(0, 0, 6), "Boleyn"))
    topic = _topic("Anne Boleyn", "person", mentions)
    assert _names(titles_cut([topic], articles)) == ["Anne Boleyn"]


def test_a_unknown_given_name_after_a_title_stays() -> None:
    # Look-alike: "leader Zorbek Ozdoev" — a given name the table does not know, after a
    # title; the texts never write "leader Zorbek" as a title of its own.
    articles = _articles(
        ("en", "The killing of the rebel leader Zorbek Ozdoev shocked the city."),
        ("en", "Ozdoev had fled in 2001."),
    )
    mentions = (*_mentions(articles, "Zorbek Ozdoev"), Mention("001", Span(0, 0, 6), "Ozdoev"))
    topic = _topic("Zorbek Ozdoev", "person", mentions)
    assert _names(titles_cut([topic], articles)) == ["Zorbek Ozdoev"]
