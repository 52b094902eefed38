"""An event's head word found where another script borrowed it by sound (made-up text)."""

from __future__ import annotations

from topics.helpers import article
from topics.helpers import event_topic as _topic

from briefing.model import Span
from briefing.topics.event_loans import head_words, loan_of, with_event_loans


def test_loans_in_four_scripts_match() -> None:
    for word in ("Олимпиада", "олимпийских", "オリンピック", "올림픽"):
        assert loan_of("Olympics", word), word
    for word in ("церемония", "セレモニー"):
        assert loan_of("ceremony", word), word
    assert loan_of("summit", "саммит")
    assert loan_of("summit", "サミット")
    assert loan_of("pandemic", "пандемия")
    assert loan_of("pandemic", "팬데믹")
    assert loan_of("pandemic", "بانديميك")  # Arabic: four consonants agree


def test_look_alikes_do_not_match() -> None:
    assert not loan_of("ceremony", "салон")  # same consonants, a native word, too short
    assert not loan_of("ceremony", "サロン")  # fewer vowel runs than the English word
    assert not loan_of("ceremony", "사랑")  # a native Korean word keyed "sln"
    assert not loan_of("ceremony", "سلام")  # Arabic on three consonants: no vowels to tell by
    assert not loan_of("ceremony", "киносеанс")  # a different first consonant
    assert not loan_of("Olympics", "лампа")  # starts with a consonant where Olympics does not
    assert not loan_of("summit", "сумма")  # a native word: "snt" is not "sn"
    assert not loan_of("summit", "сам")  # a short word
    assert not loan_of("crash", "Греции")  # "kls" both, the letters unlike
    assert not loan_of("coronation", "кульминационный")  # three consonants, unlike letters
    assert not loan_of("coronation", "결혼식")  # four consonants, but fewer vowel runs
    assert not loan_of("Olympics", "أولمبياد")  # Arabic: three consonants are too few


def test_head_words_skip_places_and_short_words() -> None:
    paris = _topic("Paris", "place")
    assert head_words(_topic("Opening ceremony in Paris, 3 May 2031"), [paris]) == {"ceremony"}
    assert head_words(_topic("Paris Olympics", aliases=("Olympic Games",)), [paris]) == {"Olympics"}
    assert head_words(_topic("Summit in Paris"), [_topic("Summit", "place")]) == set()
    assert head_words(_topic("Big fire"), []) == set()  # too short


def test_named_event_takes_loans_as_aliases_main_event_as_mentions() -> None:
    main = _topic("Opening ceremony in Lyon, 3 May 2031")
    games = _topic("Lyon Olympics")
    place = _topic("Lyon", "place")
    articles = [
        article("ru", "Вчера прошла церемония открытия Олимпийских игр в салоне."),
        article("ja", "オリンピックの開会式がサロンで行われた。"),
        article("ko", "올림픽에서 사랑을 노래했다."),
    ]
    languages = {"ru": "ru", "ja": "ja", "ko": "ko"}
    out = with_event_loans((main, place, games), articles, languages)
    assert [m.surface for m in out[0].mentions[1:]] == ["церемония"]
    assert out[0].aliases == ()
    assert set(out[2].aliases) == {"Олимпийских", "オリンピック", "올림픽"}
    korean = next(m for m in out[2].mentions if m.article_id == "ko")
    assert korean.span == Span(0, 0, 3)  # the particle "에서" left out
    assert out[1] == place


def test_the_indexed_search_finds_what_a_word_by_word_reading_finds() -> None:
    # loan_uses reads the packet's words once and asks each head only of the words whose
    # first consonants can match; it must find exactly the uses a plain reading finds.
    from briefing.topics.event_loans import _FOREIGN, _stem, loan_uses

    texts = [
        "Церемония открытия прошла, церемонию видели все; саммит и сумма, салон.",
        "オリンピックのセレモニーとサミット、サロンも。",
        "올림픽에서 세레모니가 열렸다. 사랑과 서밋.",
    ]
    articles = [article(f"a{i}", t) for i, t in enumerate(texts)]
    heads = ["ceremony", "Olympics", "summit"]
    found = loan_uses(heads, articles, {})
    plain = [
        (a.id, m.start(), _stem(m.group()))
        for a in articles
        for m in _FOREIGN.finditer(a.paragraphs[0].text)
        if any(loan_of(h, _stem(m.group())) for h in heads)
    ]
    assert [(m.article_id, m.span.start, m.surface) for m in found] == plain
    assert {m.surface for m in found} >= {"Церемония", "オリンピック", "サミット", "올림픽"}


def test_a_consonant_written_in_place_of_another_is_no_loan() -> None:
    """Four consonants alike, then another: a city ("Брюксел", Bulgarian for Brussels) is no
    loan of "Brexit"; a loan that drops a last consonant or adds an ending's still is."""
    assert not loan_of("Brexit", "Брюксел")
    for word in ("Брексит", "Брекситом", "브렉시트"):
        assert loan_of("Brexit", word), word
    assert loan_of("Olympics", "オリンピック")


def test_a_korean_predicate_after_a_latin_name_is_no_loan() -> None:
    """ "밝혔다" (announced) keys "blkst" as "Brexit" does: a predicate, never a loan."""
    assert not loan_of("Brexit", "밝혔다")
    main = _topic("Brexit vote in Velra, 3 May 2031")
    named = _topic("Velra Brexit")
    articles = [article("ko", "벨라 정부는 Brexit 이후 새 계획을 밝혔다. 브렉시트는 계속된다.")]
    out = with_event_loans((main, named), articles, {"ko": "ko"})
    assert out[1].aliases == ("브렉시트",)
