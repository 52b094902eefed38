"""One foreign name written two ways in katakana (``kana_spellings``). Written fixtures (no
article text): a made-up visitor, Tomas Brinkel; the look-alikes are a changed consonant, one
writer's two spellings, a word with no Latin name, two Latin names of one sound, and two
languages."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.kana_spellings import kana_spelling_discrepancies
from briefing.model import Article

_LATIN = in_language("en", "en", "Envoy Tomas Brinkel met the press in Tokyo.")


def _spellings(*articles: Article) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in kana_spelling_discrepancies(articles)]


def test_a_long_vowel_or_a_heard_vowel_is_two_spellings_of_one_name() -> None:
    first = in_language("ja", "a", "トマス・ブリンケル特使が東京に到着した。")
    second = in_language("ja", "b", "ブリンケール特使は会見で語った。")
    (found,) = kana_spelling_discrepancies([_LATIN, first, second])
    assert {c.value: c.article_ids for c in found.claims} == {
        "ブリンケル": ("a",),
        "ブリンケール": ("b",),
    }
    assert found.kind == "spelling"
    assert any(d.subject == found.subject for d in find_discrepancies([_LATIN, first, second]))
    inserted = in_language("ja", "c", "ブリインケル特使は会見で語った。")
    assert _spellings(_LATIN, first, inserted) == [{"ブリンケル", "ブリインケル"}]


def test_a_changed_consonant_is_another_word() -> None:
    first = in_language("ja", "a", "ブリンケル特使が到着した。")
    second = in_language("ja", "b", "プリンケル特使が到着した。")
    assert _spellings(_LATIN, first, second) == []


def test_one_writer_who_writes_both_forms_contradicts_no_one() -> None:
    both = in_language("ja", "a", "ブリンケル特使、またはブリンケール特使が到着した。")
    other = in_language("ja", "b", "ブリンケル特使が語った。")
    assert _spellings(_LATIN, both, other) == []


def test_a_word_with_no_latin_name_is_left_alone() -> None:
    first = in_language("ja", "a", "ブリンケル特使が到着した。")
    second = in_language("ja", "b", "ブリンケール特使が到着した。")
    assert _spellings(first, second) == []
    # two Latin names of one sound in one language may be two people
    two = in_language("en", "en", "Tomas Brinkel met Anna Branckel in Tokyo.")
    assert _spellings(two, first, second) == []


def test_two_languages_are_never_compared() -> None:
    first = in_language("ja", "a", "ブリンケル特使が到着した。")
    second = in_language("zh", "b", "ブリンケール特使が到着した。")
    assert _spellings(_LATIN, first, second) == []


def test_an_everyday_loanwords_two_usual_forms_are_no_dispute() -> None:
    # "Computer" with and without its final long vowel: both are the language's usual forms
    # (the first is common in wordfreq's Japanese list), so no one spells a name two ways.
    latin = in_language("en", "en", "The Computer Museum opened a new hall.")
    first = in_language("ja", "a", "コンピュータ博物館が新館を開いた。")
    second = in_language("ja", "b", "コンピューター博物館の新館が話題だ。")
    assert _spellings(latin, first, second) == []
    # The same shape on a name no list knows is still two spellings of it.
    rare = in_language("ja", "c", "ブリンケール特使は会見で語った。")
    plain = in_language("ja", "d", "ブリンケル特使が東京に到着した。")
    assert _spellings(_LATIN, plain, rare) == [{"ブリンケル", "ブリンケール"}]


def test_two_everyday_loanwords_glued_are_no_name_heard_by_ear() -> None:
    """ "royal wedding" in kana, with a small or a full-size エ: a compound of common words.
    Its consonants, as the loose sound key keeps them ("ltn"), are those of a Latin name the
    packet writes ("Elton"), which made it a name heard by ear (found blind in harry-meghan)."""
    latin = in_language("en", "en", "The singer Elton Brask sang in the chapel.")
    first = in_language("ja", "a", "町はロイヤルウェディングの話題で持ちきりだ。")
    second = in_language("ja", "b", "ロイヤルウエディングを見ようと人が集まった。")
    assert _spellings(latin, first, second) == []
    # a name heard by ear is still compared beside such a compound
    named = in_language("ja", "c", "ブリンケル特使が到着した。")
    heard = in_language("ja", "d", "ブリンケール特使が語った。")
    assert _spellings(_LATIN, first, second, named, heard) == [{"ブリンケル", "ブリンケール"}]
