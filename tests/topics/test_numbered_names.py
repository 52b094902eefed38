"""Names that carry a number are one name with it (:mod:`briefing.topics.numbered`): two names
that differ only in their number are never merged, and a year, a score, a time, a share or an
age after a name is no part of it. Every name and sentence is invented here."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.naming import name_key, person_key
from briefing.topics.numbered import nicknames, number_end, numbered_key, numbered_pairs
from briefing.topics.numbered_scripts import uncased_spellings
from briefing.topics.tokens import chunks, tokenize

_DATES = frozenset({"august", "monday"})


def _named(text: str) -> list[str]:
    """The text of each run of capitals :func:`chunks` finds."""
    tokens = tokenize(text)
    return [text[tokens[c.first].start : tokens[c.last].end] for c in chunks(tokens)]


def test_a_number_after_a_hyphen_or_one_space_ends_the_name() -> None:
    assert "Selenra-3" in _named("The probe Selenra-3 landed on Tuesday.")
    assert "Korvan 11" in _named("The crew of Korvan 11 came back.")
    assert "Tarvel Air 214" in _named("The crash of Tarvel Air 214 killed many.")
    assert "Omrix 757" in _named("They flew an Omrix 757-8 jet.")  # the variant stays out
    assert "Selenra–3" in _named("The probe Selenra–3 landed.")  # an en dash


def test_years_scores_times_shares_and_ages_are_no_part_of_a_name() -> None:
    for text, kept in [
        ("The vote of Dravia 2024 was close.", "Dravia"),
        ("The final was Marovia 3-1 Keltor, they said.", "Marovia"),
        ("It began in Velgrad 18:04 local time.", "Velgrad"),
        ("The vote gave Ostel 45% of the seats.", "Ostel"),
        ("Officials in Velgrad 1,200 strong marched.", "Velgrad"),
        ("Oren Marsk, 72, said it was over.", "Oren Marsk"),
        ("They saw an F-16 fly over.", None),
        ("It lasted from 6 Şubat-3 Mart in the south.", None),
    ]:
        found = _named(text)
        assert not any(ch.isdigit() for name in found for ch in name), (text, found)
        if kept is not None:
            assert kept in found, (text, found)


def test_number_end_reads_the_tokens_after_a_name_word() -> None:
    tokens = tokenize("on August 23 the Selenra-3 and Omrix 100000 flew")
    assert number_end(tokens, 1, _DATES) is None  # "August 23": a date
    selenra = next(i for i, t in enumerate(tokens) if t.text == "Selenra")
    assert number_end(tokens, selenra, _DATES) == selenra + 2
    omrix = next(i for i, t in enumerate(tokens) if t.text == "Omrix")
    assert number_end(tokens, omrix, _DATES) is None  # five digits: a count


def test_hyphen_and_space_forms_share_a_key_and_numbers_stay_apart() -> None:
    assert numbered_key("Selenra-3") == "Selenra 3"
    assert numbered_key("Dravia 2024") == "Dravia 2024"  # no year is read as a number
    assert name_key("Selenra-3") == name_key("Selenra 3")
    assert name_key("Selenra-2") != name_key("Selenra-3")


def test_spellings_and_scripts_join_only_with_the_same_number() -> None:
    keys = ["n:selenra 3", "n:селенра 3", "n:sellenra 3", "n:selenra 2", "n:korvan 25"]
    pairs = {frozenset(p) for p in numbered_pairs(keys, {"n:селенра 3"}, lambda _k, _c: [])}
    assert frozenset({"n:selenra 3", "n:селенра 3"}) in pairs
    assert frozenset({"n:selenra 3", "n:sellenra 3"}) in pairs
    assert not any("n:selenra 2" in p for p in pairs)


def test_two_missions_that_differ_in_their_number_are_two_topics() -> None:
    topics = extract_topics(
        [
            article("a", "The probe Selenra-3 landed near the pole. Selenra-2 had failed."),
            article("b", "Engineers cheered as Selenra 3 sent pictures; Korvan-25 crashed."),
            article("c", "Станция «Селенра-3» села, а станция «Корван-25» разбилась."),
            article("d", "The Korvan-26 probe is planned; Korvan-25 was lost."),
        ]
    )
    three = holding(topics, "Selenra-3")
    assert len(three) == 1 and {"Selenra 3", "Селенра-3"} <= set(three[0].aliases)
    assert "Selenra-2" not in three[0].aliases
    assert three[0].kind != "person"
    lost = holding(topics, "Korvan-25")
    assert len(lost) == 1 and "Корван-25" in lost[0].aliases
    assert "Korvan-26" not in lost[0].aliases


def test_a_model_and_the_name_written_after_it_in_two_articles_are_one_topic() -> None:
    topics = extract_topics(
        [
            article("a", "The Omrix 757-8 Skylark took off and the Skylark fell."),
            article("b", "It was an Omrix 757 Skylark, the airline said. The Skylark had flown."),
            article("c", "The Skylark was grounded for checks at Velgrad."),
            article("d", "Our Korvan 11 Moon trip and the Moon were in the news."),
        ]
    )
    model = holding(topics, "Omrix 757")
    assert len(model) == 1 and "Skylark" in model[0].aliases
    assert not any("Moon" in t.aliases for t in holding(topics, "Korvan 11"))


def test_a_number_in_a_script_without_capitals_joins_the_name_it_spells() -> None:
    paragraphs = [
        ("h", 0, "मिशन सेलेनरा-3 सफल रहा और अगस्त 23 को उतरा।"),
        ("j", 0, "探査機セレンラ3号が着陸した。"),
        ("k", 0, "탐사선 셀렌라 3호 발사. 셀렌라 2호는 실패."),
        ("a", 0, "نجحت المركبة سلينرا 3 في الهبوط الساعة 18 مساء"),
    ]
    found = uncased_spellings(["n:selenra 3", "n:selenra 2", "n:korvan 18"], paragraphs)
    assert [(key, o.surface) for key, o in found] == [
        ("n:selenra 3", "सेलेनरा-3"),
        ("n:selenra 3", "セレンラ3号"),
        ("n:selenra 3", "셀렌라 3호"),
        ("n:selenra 2", "셀렌라 2호"),
        ("n:selenra 3", "سلينرا 3"),
    ]
    # "अगस्त 23" (a date) and "الساعة 18" (an hour) spell no name with that number.
    assert uncased_spellings(["n:korvan 23"], paragraphs) == []


def test_a_word_after_two_numbered_names_joins_neither() -> None:
    texts = {
        ("a", 0): "The Korvan 11 Skylark and the Korvan 12 Skylark flew; the Omrix 757-8 Tern too.",
        ("b", 0): "Both Korvan 11 Skylark and Korvan 12 Skylark landed. An Omrix 757 Tern waited.",
    }

    def seen(surface: str) -> list[Occurrence]:
        return [
            Occurrence(a, p, text.index(surface), text.index(surface) + len(surface), surface)
            for (a, p), text in texts.items()
            if surface in text
        ]

    sightings = {
        "n:korvan 11": seen("Korvan 11"),
        "n:korvan 12": seen("Korvan 12"),
        "n:omrix 757": seen("Omrix 757"),
        "n:skylark": seen("Skylark"),
        "n:tern": seen("Tern"),
    }
    pairs = nicknames(list(sightings), sightings, texts, lambda _k: False)
    assert pairs == [("n:omrix 757", "n:tern")]  # "Skylark" follows two: a common noun
    assert nicknames(list(sightings), sightings, texts, lambda k: k == "n:tern") == []
    assert name_key("G7") != name_key("G20") and name_key("COP28") != name_key("COP29")


def test_regnal_numbers_that_differ_keep_two_people_apart() -> None:
    assert person_key("Oswin II") != person_key("Oswin III")
    assert person_key("Oswin VII") != person_key("Oswin VIII")
    assert person_key("Oswin XIV") == person_key("Oswin XIV")
    topics = extract_topics(
        [
            article("a", "The chronicle says King Oswin II reigned before King Oswin III."),
            article("b", "Later, King Oswin III built the bridge; Oswin II had planned it."),
        ]
    )
    assert all(not {"Oswin II", "Oswin III"} <= set(t.aliases) for t in topics)
