"""A Hangul word with a final Korean's rules for foreign words never use (ㅆ, ㄺ ...) is a
native word, a predicate most often: no loan (words written for the test)."""

from __future__ import annotations

import pytest

from briefing.topics.hangul_loans import loan_shaped


@pytest.mark.parametrize("word", ["브렉시트", "올림픽", "세레모니", "캐나다", "우간다", "팬데믹"])
def test_loanwords_and_names_are_loan_shaped(word: str) -> None:
    assert loan_shaped(word)


@pytest.mark.parametrize("word", ["밝혔다", "했다", "있었다", "없다", "읽었다", "갔다"])
def test_predicates_and_native_stems_are_not(word: str) -> None:
    assert not loan_shaped(word)


def test_other_scripts_are_not_asked() -> None:
    assert loan_shaped("Brexit") and loan_shaped("Брексит")
