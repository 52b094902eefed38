"""The parent's serial shortcuts of issue 15 against the plain code they replaced.

Each shortcut must give exactly what the plain version gives: the medium and possessive
asides stop once the share can no longer be reached, rank sorts the occurrences by their own
order when the articles come in id order, and place forms skip the given-name check for a
key no place could match. Random uses on written sentences, and look-alikes where the
shortcut must not apply.
"""

from __future__ import annotations

import random
from pathlib import Path

from briefing.model import Article, Paragraph
from briefing.topics.asides import MEDIUM_SHARE, _on_a_page, medium, possessed
from briefing.topics.candidates import Occurrence
from briefing.topics.place_forms import place_form_pairs
from briefing.topics.rank import Cluster, rank

#: Sentences written for these tests: a name after a medium's preposition, after a
#: possessive, before a page noun, and plain uses.
_SENTENCES = [
    "The ministry said on Telegram that the road was shut.",
    "She wrote on her Facebook page that she was safe.",
    "Their NATO allies met in the morning.",
    "their Orvex was found, the police said.",
    "The Orvex board met on Monday to talk.",
    "A post on Orvex drew thousands of replies.",
]


def _plain_medium(occs: list[Occurrence], texts: dict[tuple[str, int], str]) -> bool:
    from briefing.topics.asides import _LAST_WORD, _MEDIUM_OR_OWNER

    if len(occs) < 2:
        return False
    after = 0
    for o in occs:
        text = texts.get((o.article, o.paragraph), "")
        word = _LAST_WORD.search(text[max(0, o.start - 12) : o.start])
        after += bool(
            (word and word.group(1).casefold() in _MEDIUM_OR_OWNER) or _on_a_page(text, o)
        )
    return after >= MEDIUM_SHARE * len(occs)


def _plain_possessed(
    occs: list[Occurrence], texts: dict[tuple[str, int], str], function: set[str]
) -> bool:
    from briefing.topics.asides import _LAST_WORD, _PHRASE_END, POSSESSIVES

    if len(occs) < 2:
        return False
    owned = 0
    for o in occs:
        text = texts.get((o.article, o.paragraph), "")
        word = _LAST_WORD.search(text[max(0, o.start - 8) : o.start])
        if not (word and word.group(1).casefold() in POSSESSIVES):
            continue
        rest = text[o.end : o.end + 24].split()
        owned += bool(_PHRASE_END.match(text, o.end) or (rest and rest[0].casefold() in function))
    return owned >= MEDIUM_SHARE * len(occs)


def _uses(rnd: random.Random) -> tuple[list[Occurrence], dict[tuple[str, int], str]]:
    texts = {("a", i): s for i, s in enumerate(_SENTENCES)}
    occs = []
    for _ in range(rnd.randint(0, 9)):
        i = rnd.randrange(len(_SENTENCES))
        text = _SENTENCES[i]
        for name in ("Telegram", "Facebook", "NATO", "Orvex"):
            start = text.find(name)
            if start >= 0:
                occs.append(Occurrence("a", i, start, start + len(name), name))
                break
    return occs, texts


def test_the_asides_that_stop_early_answer_as_the_full_count_does() -> None:
    rnd = random.Random(15)
    answers = set()
    for _ in range(3000):
        occs, texts = _uses(rnd)
        assert medium(occs, texts) == _plain_medium(occs, texts), occs
        function = {"the", "to", "was"}
        assert possessed(occs, texts, function) == _plain_possessed(occs, texts, function), occs
        answers.add((medium(occs, texts), possessed(occs, texts, function)))
    # Both answers of both asides occur: the comparison is no comparison of two constants.
    assert {m for m, _p in answers} == {True, False} == {p for _m, p in answers}


def test_a_medium_named_in_its_last_uses_only_is_still_counted_to_the_end() -> None:
    # Two plain uses first, then four after "on": 4 of 6 reach the two thirds.
    texts = {("a", 0): _SENTENCES[4], ("a", 1): _SENTENCES[5]}
    start = _SENTENCES[4].find("Orvex")
    plain = [Occurrence("a", 0, start, start + 5, "Orvex")] * 2
    start = _SENTENCES[5].find("Orvex")
    after_on = [Occurrence("a", 1, start, start + 5, "Orvex")] * 4
    assert medium(plain + after_on, texts)
    assert not medium(plain * 2 + after_on[:3], texts)  # 3 of 7: stops early, and says no


def _article(identifier: str, text: str) -> Article:
    return Article(
        id=identifier,
        path=Path(identifier + ".txt"),
        title=identifier,
        source=None,
        date=None,
        paragraphs=(Paragraph(text),),
    )


def _mentions(articles: list[Article]) -> list[tuple[str, int]]:
    texts = {(a.id, 0): a.paragraphs[0].text for a in articles}
    occs = []
    for a in articles:
        text = a.paragraphs[0].text
        for at in (text.find("Orvex"), text.rfind("Orvex")):
            occs.append(Occurrence(a.id, 0, at, at + 5, "Orvex"))
    occs.reverse()
    (topic,) = rank(articles, [Cluster("organisation", "Orvex", occs)], texts)
    return [(m.article_id, m.span.start) for m in topic.mentions]


def test_mentions_come_in_article_order_whether_or_not_ids_sort_that_way() -> None:
    text = "Orvex said on Monday that the plant run by Orvex would reopen."
    in_id_order = [_article(i, text) for i in ("a1", "a2", "b1")]
    found = _mentions(in_id_order)
    assert [a for a, _s in found] == ["a1", "a1", "a2", "a2", "b1", "b1"]
    assert [s for _a, s in found][:2] == [0, text.rfind("Orvex")]
    # Articles given in another order than their ids: their order still decides.
    shuffled = [_article(i, text) for i in ("b1", "a2", "a1")]
    assert [a for a, _s in _mentions(shuffled)] == ["b1", "b1", "a2", "a2", "a1", "a1"]


def test_a_key_no_place_could_match_is_skipped_and_a_given_name_still_blocks() -> None:
    def occ(surface: str) -> list[Occurrence]:
        return [Occurrence("x", 0, 0, len(surface), surface)]

    sightings = {
        "g:castilla la mancha": occ("Castilla-La Mancha"),
        "n:castela la mancha": occ("Castela La Mancha"),
        "n:porto alegre": occ("Porto Alegre"),  # no place shares a word's start
        "p:castilla la mancha": occ("Castilla La Mancha"),
    }
    asked: list[str] = []

    def given(word: str) -> bool:
        asked.append(word)
        return word == "Castela"

    pairs = place_form_pairs(list(sightings), sightings, given)
    assert pairs == [("g:castilla la mancha", "p:castilla la mancha")]
    assert "Porto" not in asked and "Alegre" not in asked  # never read: nothing to match
    assert "Castela" in asked  # read, and it blocks the form it would have made
