"""One account retold in two sentences (most of both sentences' word keys the same), in a
script with capitals and one without; the look-alikes share a few words, or share many
inside a longer report that adds its own."""

from __future__ import annotations

from briefing.analysis.retold_accounts import retold, sentence_keys


def test_a_statement_retold_with_a_few_words_changed_is_one_account() -> None:
    first = sentence_keys(
        "Officials said the overcrowded vessel carrying pilgrims overturned beside the pier.", "en"
    )
    second = sentence_keys(
        "The overcrowded vessel carrying pilgrims overturned beside the rocky pier, officials "
        "said.",
        "en",
    )
    assert retold(first, second)
    # Arabic writes no capitals: its names count as words, and the retelling still shows
    first = sentence_keys("قالت الوزارة إن مجموعة مسلحة تستقل سيارات هاجمت المحطة الغازية", "ar")
    second = sentence_keys("أعلنت الوزارة أن مجموعة مسلحة كانت تستقل سيارات هاجمت المحطة", "ar")
    assert retold(first, second)


def test_a_few_shared_words_are_no_account_even_when_the_sentences_are_short() -> None:
    first = sentence_keys("Rescuers searched flooded tunnels.", "en")
    second = sentence_keys("Rescuers searched flooded basements.", "en")
    assert len(first & second) == 3
    assert not retold(first, second)


def test_one_account_inside_a_longer_report_is_no_retelling() -> None:
    first = sentence_keys(
        "Officials said the overcrowded vessel carrying pilgrims overturned beside the pier.", "en"
    )
    longer = sentence_keys(
        "Officials said the overcrowded vessel carrying pilgrims overturned beside the pier, "
        "and cranes lifted the wreck before engineers inspected damaged hulls, towing "
        "everything toward naval shipyards where insurers approved scrapping.",
        "en",
    )
    assert len(first & longer) >= 5
    assert not retold(first, longer)
