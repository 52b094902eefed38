"""A wire's own credit lines are no mentions of it (made-up lines): a dateline crediting it
after a dash ("PLACE, 1 Sept — NORDWIRE."), a Japanese bracketed tag naming it first
("【NORDWIRE=時事】") make the article its own report (:func:`own_wire`); a closing line that
is a bracketed label and the name ("【翻訳編集】NORDWIRE News") is a credit. Another outlet's
sentence citing it, a date and a dash inside a sentence, a bracket opening with a place, or
a label before a sentence still count."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.cited_credits import _credit
from briefing.topics.weak_mentions import own_wire


def _at(text: str, name: str, article: str = "a", paragraph: int = 0) -> Occurrence:
    start = text.index(name)
    return Occurrence(
        article=article, paragraph=paragraph, start=start, end=start + len(name), surface=name
    )


def _own(text: str, name: str) -> set[str]:
    return own_wire([_at(text, name)], {("a", 0): text})


def test_a_dateline_crediting_the_wire_after_a_dash_is_its_own_report() -> None:
    text = "МОСКВА, 1 сен — НОРДВАЙР Новости. Верховный суд отменил итоги."
    assert _own(text, "НОРДВАЙР Новости") == {"a"}
    assert _own("OSLO, 3 Sept — Nordwire. The court annulled the vote.", "Nordwire") == {"a"}
    assert _own("МОСКВА, 1 сентября. /НОРДТАСС/. Суд отменил итоги.", "НОРДТАСС") == {"a"}


def test_a_sentence_with_a_date_and_a_dash_is_no_dateline() -> None:
    # the name followed by more words, not the credit's full stop
    assert _own("In Oslo, on 3 Sept — Nordwire said the court met.", "Nordwire") == set()
    # no date before the dash
    assert _own("Oslo, the capital — Nordwire. The court met.", "Nordwire") == set()
    # the name stands far into a sentence, after a verb
    assert _own("The court, on 3 Sept, heard that Nordwire had erred.", "Nordwire") == set()


def test_a_japanese_bracketed_tag_naming_the_wire_first_is_its_own_report() -> None:
    assert _own("【NORDWIRE=時事】最高裁は1日、選挙を無効とした。", "NORDWIRE") == {"a"}
    assert _own("【NORDWIRE】最高裁は1日、選挙を無効とした。", "NORDWIRE") == {"a"}


def test_a_bracket_the_name_does_not_open_or_close_is_no_tag() -> None:
    # a place in Japanese opens the bracket (Oslo, by the distributor): no wire
    assert _own("【オスロ=NORDWIRE】最高裁は1日、選挙を無効とした。", "オスロ") == set()
    # the name stands in the sentence after the bracket
    assert _own("【速報】NORDWIRE社が1日、売却を発表した。", "NORDWIRE") == set()


def test_a_closing_bracketed_label_then_the_name_is_a_credit() -> None:
    text = "【翻訳編集】NORDWIRE News"
    assert _credit(text, _at(text, "NORDWIRE News"))


def test_a_label_before_a_sentence_about_the_body_is_no_credit() -> None:
    text = "【速報】NORDWIRE Newsが売却された"
    assert not _credit(text, _at(text, "NORDWIRE News"))


def test_another_outlets_citation_still_counts_as_its_use() -> None:
    cited = "Суд отменил итоги выборов, передает НОРДВАЙР."
    assert own_wire([_at(cited, "НОРДВАЙР", "b")], {("b", 0): cited}) == set()
