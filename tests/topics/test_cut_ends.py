"""A word the file's end cut ("... the results of the refere") is no form of a theme; a
text that ends on its full stop, or a short last line, is read whole (invented text)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics.cut_ends import without_cut_end
from briefing.topics.first_pass import body_paragraphs

CUT = "Вечером министр Велры сказал журналистам, что после объявления итогов рефере"


def test_the_cut_word_is_blanked_in_place() -> None:
    out = without_cut_end(CUT, "ru")
    assert len(out) == len(CUT) and out.rstrip().endswith("итогов")
    assert "рефере" not in out


def test_whole_endings_and_short_lines_are_kept() -> None:
    for text, language in (
        (CUT + "ндума.", "ru"),  # a full stop
        ("The minister said the vote in Velra would be held after stage separation", "en"),
        ("The minister said the vote would be held on Sunday, said Tovik Ralen", "en"),
        ("Read more", "en"),  # a short last line: a link, a heading
        ("Tags Velra vote", "en"),
    ):
        assert without_cut_end(text, language) == text
    assert without_cut_end(CUT, "xx") == CUT  # no word list: nothing judged


def test_only_the_last_paragraph_of_an_article_is_read_so() -> None:
    one = replace(article("a1", CUT, "Итоги референдума объявили утром."), language="ru")
    two = replace(article("a2", "Итоги референдума объявили утром.", CUT), language="ru")
    texts = {(a, i): t for a, i, t in body_paragraphs([one, two])}
    assert texts[("a1", 0)] == CUT and "рефере" not in texts[("a2", 1)]
