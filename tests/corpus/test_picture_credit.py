"""A picture's credit lines (an agency, a photographer under an image) are never the outlet;
a wire signing the story, a byline naming a wire and a site's copyright line still are.
Every fixture is written for the test."""

from __future__ import annotations

import pytest

from briefing.corpus.picture_credit import in_picture_credits, under_picture
from briefing.corpus.sources import find_source

HEAD = "Bridge plan approved after long debate"
BODY = (
    "The city council approved the bridge plan on Tuesday after a debate that lasted for most "
    "of the day, officials said."
)
TAG = (
    '<image>data:image/s3,"s3://crabby-images/7ea11/7ea11f09be53fc9c9fc4b91e40e2e1c1ac8ac97c" '
    'alt="Bridge plan approved"</image>'
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [HEAD, TAG, "- Reuters", "- © Jane ROE", BODY, BODY],  # agency then photographer
        [HEAD, TAG, "- © Jane ROE", "- AFP", BODY, BODY],  # photographer then agency
        [HEAD, "![The bridge at dusk](https://example.com/b.jpg)", "— AFP", BODY, BODY],
        [HEAD, "— AFP", "© Jane ROE", BODY, BODY, BODY, BODY],  # beside a photographer's ©
        [HEAD, BODY, BODY, TAG, "- © Jane ROE"],  # a © under an image late in a short text
        [HEAD, "Photo: Reuters", BODY, BODY],
    ],
)
def test_a_pictures_credit_is_not_the_outlet(paragraphs: list[str]) -> None:
    assert find_source(paragraphs) is None


@pytest.mark.parametrize(
    ("paragraphs", "outlet"),
    [
        ([HEAD, "By Jane Doe, Reuters", BODY], "Reuters"),  # a byline naming its wire
        ([HEAD, "Por AFP", BODY], "Agence France-Presse"),
        ([HEAD, BODY, BODY, "— Reuters"], "Reuters"),  # the wire signing the story
        ([HEAD, BODY, BODY, "— Reuters", "© 2031 Reuters. All rights reserved."], "Reuters"),
        ([HEAD, BODY, BODY, "— Reuters", "© Reuters"], "Reuters"),  # a wire's ©, no name
        ([HEAD, BODY, BODY, "© Example News"], "Example News"),  # the site's own footer
    ],
)
def test_a_story_credit_still_names_the_outlet(paragraphs: list[str], outlet: str) -> None:
    assert find_source(paragraphs) == outlet


def test_the_block_under_an_image_ends_at_prose() -> None:
    paragraphs = [HEAD, TAG, "- AFP", BODY, "— Reuters"]
    assert in_picture_credits(paragraphs, 2)
    assert not in_picture_credits(paragraphs, 4)  # prose between: the story's own signature
    assert not under_picture([HEAD, "- AFP", BODY], 1)  # no image above: left to the rules
