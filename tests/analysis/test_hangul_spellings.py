"""One foreign name written by ear two ways in Hangul (``hangul_spellings``). Written fixtures
(no article text): a made-up envoy, Malinda Tamberlin, visits; the look-alikes are two people
whose Latin names sound alike, a name's forms with particles, one writer's two spellings, a
vowel that makes another name, a word the packet writes in no Latin letters, a short word."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.hangul_spellings import hangul_spelling_discrepancies
from briefing.model import Article

_LATIN = in_language("en", "en", "Envoy Malinda Tamberlin arrived in Seoul with Bishop Tamberlin.")


def _korean(article_id: str, text: str) -> Article:
    return in_language("ko", article_id, text)


def _spellings(*articles: Article) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in hangul_spelling_discrepancies(articles)]


def test_two_hangul_spellings_of_one_latin_name_disagree() -> None:
    # ㅏ / ㅓ: the "a" of "Malinda" heard as "a" or as "eo"
    first = _korean("a", "특사 말린다 탬벌린이 서울에 도착했다.")
    second = _korean("b", "멀린다 특사는 회담을 마쳤다.")
    (found,) = hangul_spelling_discrepancies([_LATIN, first, second])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims == {"말린다": ("a",), "멀린다": ("b",)}
    assert found.kind == "spelling"
    assert any("말린다" in q.text for q in found.claims[0].quotes)


def test_an_r_english_does_not_sound_is_not_written_in_hangul() -> None:
    # ㅐ / ㅔ, and "Tamberlin" keyed without the r English does not sound before the l
    first = _korean("a", "탬벌린 주교가 연설했다.")
    second = _korean("b", "템벌린 주교는 기도했다.")
    assert _spellings(_LATIN, first, second) == [{"탬벌린", "템벌린"}]


def test_the_rule_runs_with_the_others() -> None:
    first = _korean("a", "특사 말린다 탬벌린이 서울에 도착했다.")
    second = _korean("b", "멀린다 특사는 회담을 마쳤다.")
    flags: list[Discrepancy] = [
        d for d in find_discrepancies([_LATIN, first, second]) if d.kind == "spelling"
    ]
    assert [d.subject for d in flags] == ["말린다 / 멀린다"]


def test_two_people_whose_latin_names_sound_alike_stay_apart() -> None:
    latin = in_language("en", "en", "Malinda Dorn met Melinda Vance in Seoul.")
    first = _korean("a", "말린다 돈이 도착했다.")
    second = _korean("b", "멀린다 밴스가 도착했다.")
    assert _spellings(latin, first, second) == []


def test_a_names_forms_with_particles_are_one_spelling() -> None:
    first = _korean("a", "말린다가 도착했다. 말린다의 일정은 짧다.")
    second = _korean("b", "말린다는 회담을 마쳤다. 말린다를 만났다.")
    assert _spellings(_LATIN, first, second) == []


def test_one_writers_two_spellings_contradict_no_other_source() -> None:
    both = _korean("a", "말린다가 도착했다. 멀린다 특사는 회담을 마쳤다.")
    other = _korean("b", "말린다는 떠났다.")
    assert _spellings(_LATIN, both, other) == []


def test_a_vowel_the_loanword_rules_do_not_leave_open_makes_another_name() -> None:
    # ㅏ / ㅗ: "Malinda" and "Molinda" are two names
    first = _korean("a", "말린다가 도착했다.")
    second = _korean("b", "몰린다가 도착했다.")
    assert _spellings(_LATIN, first, second) == []


def test_a_word_the_packet_writes_in_no_latin_letters_is_not_read_as_a_name() -> None:
    latin = in_language("en", "en", "The envoy arrived in Seoul.")
    first = _korean("a", "말린다가 도착했다.")
    second = _korean("b", "멀린다 특사는 회담을 마쳤다.")
    assert _spellings(latin, first, second) == []


def test_short_words_are_left_alone() -> None:
    # "Kent" keeps three consonants, but two syllables are too few to tell a name
    latin = in_language("en", "en", "Envoy Kent arrived.")
    first = _korean("a", "켄트가 도착했다.")
    second = _korean("b", "캔트가 도착했다.")
    assert _spellings(latin, first, second) == []


_HOTEL = in_language("en", "en", "The crowd gathered beside the Kelton Hotel.")


def test_an_unstressed_o_written_eo_or_o_and_a_noun_written_onto_the_name() -> None:
    # ㅓ / ㅗ: the "-ton" of "Kelton"; "호텔" (hotel) written onto the name in both articles
    first = _korean("a", "사람들이 켈턴호텔 인근 골목에 몰렸다.")
    second = _korean("b", "켈톤호텔 부근 골목이 붐볐다.")
    assert _spellings(_HOTEL, first, second) == [{"켈턴호텔", "켈톤호텔"}]


def test_a_and_o_stay_two_vowels_and_a_glued_word_needs_its_latin_name() -> None:
    # ㅏ / ㅗ makes another word, even with ㅓ / ㅗ open
    first = _korean("a", "사람들이 켈탄호텔 인근 골목에 몰렸다.")
    second = _korean("b", "켈톤호텔 부근 골목이 붐볐다.")
    assert _spellings(_HOTEL, first, second) == []
    # no Latin word of those sounds in the packet: silent
    third = _korean("c", "사람들이 켈턴호텔 인근 골목에 몰렸다.")
    assert _spellings(_LATIN, third, second) == []
