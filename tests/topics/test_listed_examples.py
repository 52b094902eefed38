"""A name only ever given as one item of a list of examples is no key topic (written fixtures).

Made-up reports of a made-up coronation-like ceremony: the guests "such as …" and
"including …" are examples of many; the person the story is about is also one item of such
a list once, and stays.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.weak_mentions import examples, only_examples


def _example(text: str, name: str) -> bool:
    start = text.index(name)
    o = Occurrence("a", 0, start, start + len(name), name)
    return o in examples([o], {("a", 0): text})


def test_items_of_a_list_of_examples() -> None:
    assert _example("Guests came, including actress Eva Lund and singer Ann Roe.", "Eva Lund")
    assert _example("Stars such as Tom Hale, Eva Lund and Ann Roe arrived.", "Eva Lund")
    assert _example("Stars such as Tom Hale, Eva Lund and Ann Roe arrived.", "Tom Hale")
    assert _example("Gäste, darunter Tom Hale, Eva Lund und Ann Roe, kamen.", "Ann Roe")
    assert _example("des invités, notamment Tom Hale et Eva Lund, sont venus", "Eva Lund")


def test_no_list_no_example() -> None:
    # "like"/"wie" opening a comparison or "as … said", and one name alone.
    assert not _example("Like Eva Lund, the mayor said the town would rebuild.", "Eva Lund")
    assert not _example("wie Ministerin Eva Lund sagte, ist die Lage ernst", "Eva Lund")
    assert not _example("Firmen wie Norcom waren ebenfalls betroffen.", "Norcom")
    assert not _example("including Eva Lund, who said she was safe", "Eva Lund")
    assert not _example("Eva Lund and Tom Hale spoke at the ceremony.", "Eva Lund")


def test_only_examples_asks_every_use() -> None:
    listed = "Stars such as Tom Hale, Eva Lund and Ann Roe arrived."
    about = "Eva Lund sang the anthem."
    paragraphs = {("a", 0): listed, ("b", 0): about}
    first = Occurrence("a", 0, listed.index("Eva"), listed.index("Eva") + 8, "Eva Lund")
    second = Occurrence("b", 0, 0, 8, "Eva Lund")
    assert only_examples([first], paragraphs)
    assert not only_examples([first, second], paragraphs)
    assert not only_examples([], paragraphs)


def _in(n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language="en")


def test_an_example_only_is_dropped_and_one_written_about_stays() -> None:
    """Ann Roe is only ever a guest among others: no topic. Eva Lund is one of the guests
    once, and the singer the story is about in the other texts: she stays. Asked in packets
    of eight articles or more, as a single use is."""
    topics = extract_topics(
        [
            _in(0, "Eva Lund sang at the ceremony in Varnholm on Sunday."),
            _in(1, "Stars such as Tom Hale, Eva Lund and Ann Roe came to Varnholm."),
            _in(2, "In Varnholm, guests including actress Ann Roe and singer Tom Hale sat."),
            _in(3, "Eva Lund said the ceremony in Varnholm moved her to tears."),
            *(_in(n, f"Crowds filled Varnholm for the ceremony, day {n}.") for n in range(4, 8)),
        ]
    )
    names = [t.name for t in topics]
    assert "Eva Lund" in names
    assert "Ann Roe" not in names
