"""An embedded post's signature on a line of its own names the account that posted it: a body
or a person the article chose to quote ("— Velmora Space Agency (@velmora_space) May 3,
2031"). Its capitals are no heading's, and a page's date line kind ("meta") does not hide it.

Every text here is written for the test (invented bodies, people and accounts).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.corpus.embedded_post import is_post_signature
from briefing.model import Paragraph
from briefing.topics import extract_topics
from briefing.topics.first_pass import body_paragraphs
from briefing.topics.headings import is_heading


@pytest.mark.parametrize(
    "line",
    [
        "— Velmora Space Agency (@velmora_space) May 3, 2031",
        "— Agence Spatiale de Velmora (@AgenceVelmora) 3 mai 2031",
        "– Jane Roe (@jroe) 3. Mai 2031",
        "— VSA (@VSA) May 3, 2031",
    ],
)
def test_a_signature_line_is_no_heading(line: str) -> None:
    assert is_post_signature(line)
    assert not is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        # Title case without the dash and handle: still a heading.
        "Velmora Space Agency Shows Its New Lander",
        # A handle inside a title-case line that is no signature (no dash opens it).
        "Velmora Space Agency (@velmora_space) Shows Its New Lander",
        # A sentence that ends in a signature is the post itself, not the line alone.
        "The lander is down! — Velmora Space Agency (@velmora_space) May 3, 2031",
    ],
)
def test_look_alikes_are_no_signature_line(line: str) -> None:
    assert not is_post_signature(line)


def test_the_signature_names_its_account_even_on_a_line_kept_as_meta() -> None:
    signature = "— Velmora Space Agency (@velmora_space) May 3, 2031"
    story = article(
        "a",
        "Engineers cheered as the lander touched down on the plateau on Tuesday.",
        "The lander is down and sending pictures! pic.twitter.com/AbCdEf",
        Paragraph(signature, "meta"),
        "The agency said more pictures would follow within a week.",
    )
    assert (story.id, 2, signature) in body_paragraphs([story])
    names = {t.name for t in extract_topics([replace(story, language="en")])}
    assert "Velmora Space Agency" in names


def test_a_date_line_that_is_no_signature_stays_unread() -> None:
    story = article(
        "a",
        Paragraph("Velmora Space Agency May 3, 2031", "meta"),
        "Engineers cheered as the lander touched down on the plateau on Tuesday.",
    )
    assert all(index != 0 for _a, index, _t in body_paragraphs([story]))
