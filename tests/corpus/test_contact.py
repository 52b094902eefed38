"""Author boxes and contact lines are furniture; sentences that mention e-mail or Twitter are not.

Written for formats seen in saved news pages (an author box with "Biography", a handle and an
address; closing "Follow her on Twitter" prompts; a labelled handle under each photo), with
text made up here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.fixtures import read_file, write_article

from briefing.corpus import contact
from briefing.corpus.contact import (
    is_author_label,
    is_contact_line,
    is_contact_prompt,
    is_name_line,
)
from briefing.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "jonas.berg@gazette.example",
        "mailto:desk@gazette.example",
        "twitter.com/jonasberg",
        "https://www.instagram.com/jonasberg/",
        "Jonas Berg @jonasberg",
        "Аккаунт: @bakery_daily",
        "Accounts: @one_cook, @two_cooks and @three",
        "칼럼니스트 김민지 minji@gazette.example",
    ],
)
def test_contact_lines(text: str) -> None:
    assert is_contact_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "She said in an email that the plan was ready.",
        "The ministry's account @gov_press posted the statement on Monday and it spread widely.",
        "— The City Council (@citycouncil) March 4, 2024",
        "Write to us?",
        "Prices rose 4/5 of a point.",
    ],
)
def test_sentences_with_addresses_are_not_contact_lines(text: str) -> None:
    assert not is_contact_line(text)


@pytest.mark.parametrize("text", ["Biography", "About the author", "Author bio:", "Об авторе"])
def test_author_labels(text: str) -> None:
    assert is_author_label(text)


def test_a_sentence_starting_with_biography_is_not_a_label() -> None:
    assert not is_author_label("Biography of a river is the festival's opening film.")


@pytest.mark.parametrize(
    "text",
    [
        "Follow her on Twitter @jonasberg.",
        "Follow us on Facebook and Instagram.",
        "Jonas Berg can be reached at jonas.berg@gazette.example.",
        "Email Jonas Berg at jonas.berg@gazette.example or follow him @jonasberg.",
        "Have a tip? Send us an email at tips@gazette.example.",
        "Reach the reporters on Twitter at twitter.com/jonasberg.",
    ],
)
def test_contact_prompts(text: str) -> None:
    assert is_contact_prompt(text)


@pytest.mark.parametrize(
    "text",
    [
        "Investors will follow the central bank's decision closely this week.",
        "The mayor posted on Twitter that the road will reopen on Friday.",
        "Follow-up talks are planned for May.",
        "Officials can be reached only by phone during the strike, the union said.",
    ],
)
def test_sentences_are_not_contact_prompts(text: str) -> None:
    assert not is_contact_prompt(text)


def test_name_lines() -> None:
    assert is_name_line("Jonas A. Berg")
    assert not is_name_line("Jonas")
    assert not is_name_line("The bridge reopened.")


def test_author_box_in_text_is_folded_and_the_story_stays(tmp_path: Path) -> None:
    story = (
        "The bridge over the river reopened to traffic on Friday after a year of works, "
        "the regional roads agency said in a statement."
    )
    text = (
        "Bridge reopens after a year of works\n\nby Jonas Berg\n\nJonas Berg\n\nBiography\n\n"
        f"@jonasberg\n\njonas.berg@gazette.example\n\n{story}\n\n{story}\n\n"
        "Follow Jonas Berg on Twitter @jonasberg.\n"
    )
    article = read_file(write_article(tmp_path, "bridge.txt", text))
    assert isinstance(article, Article)
    kinds = [(p.kind, p.text[:20]) for p in article.paragraphs]
    assert kinds == [
        ("title", "Bridge reopens after"),
        ("meta", "by Jonas Berg"),
        ("meta", "Jonas Berg"),
        ("meta", "Biography"),
        ("meta", "@jonasberg"),
        ("meta", "jonas.berg@gazette.e"),
        ("body", story[:20]),
        ("body", story[:20]),
        ("boilerplate", "Follow Jonas Berg on"),
    ]
    assert article.author == "Jonas Berg"


@pytest.mark.parametrize(
    "text",
    [
        "FOLLOW THE AUTHOR ON BLUESKY",
        "Подписывайтесь на наш канал в Telegram",
        "Folgen Sie uns auf Instagram",
        "Suivez-nous sur Facebook",
        "E-MAIL the desk: desk@paper.example",
        # letters IGNORECASE equates with ASCII ones: the long s, Kelvin's K, dotted/dotless I
        "Write to us: ſend us a tip at tips@paper.example",
        "Reporters may be contacted on Twitter",
        "WRİTE TO US at tips@paper.example",
        "wrıte to us at tips@paper.example",
    ],
)
def test_the_cheap_check_lets_every_invitation_through(text: str) -> None:
    assert contact._INVITATION.search(text)
    assert contact._may_invite(text)


@pytest.mark.parametrize(
    "text",
    [
        "The river rose two metres overnight and the bridge was closed.",
        "Спасатели работали всю ночь, сообщили в МЧС.",
        "Die Feuerwehr war mit vierzig Kräften im Einsatz.",
        "Les secours sont arrivés vers minuit.",
    ],
)
def test_the_cheap_check_skips_prose_without_an_invitation_word(text: str) -> None:
    assert not contact._may_invite(text)


_PIECES = ["follow", "FOLLOW", "reach", "e-mail", "send", "write", " to ", " us", "have a tip"]
_PIECES += ["Подписывайтесь", "folgen Sie", "SUIVEZ-", "ſ", "ı", "İ", "K", "\u0307", "him", " "]


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=12))
def test_the_cheap_check_never_refuses_what_the_expression_matches(parts: list[str]) -> None:
    text = "".join(parts)
    if contact._INVITATION.search(text):
        assert contact._may_invite(text)
