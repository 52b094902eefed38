"""A body said by its common noun or by another script's initials is the named body; an acronym
whose long form names a thing is a theme (:mod:`briefing.topics.class_nouns` ``of_heads``,
:mod:`briefing.topics.acronym_kinds`, :mod:`briefing.topics.bracket_acronyms`). Every text here
is written for the test (invented bodies, places and policies)."""

from __future__ import annotations

from collections import Counter

from topics.helpers import article, by_name, holding

from briefing.topics import extract_topics
from briefing.topics.acronym_kinds import expanded_thing
from briefing.topics.asides import describes_name
from briefing.topics.bracket_acronyms import bracket_pairs
from briefing.topics.candidates import Occurrence
from briefing.topics.class_nouns import of_heads
from briefing.topics.naming import name_key


def test_a_name_of_noun_of_owner_is_headed_by_its_noun() -> None:
    heads = of_heads(
        {
            "Bank of Velmora": {"a1", "a2"},
            "Court of Brennish Appeal": {"a3"},
            "Velmora": {"a1"},  # one word: no head
            "Bank Velmora": {"a4"},  # no "of"
            "Ministry of health": {"a5"},  # the owner in lower case: no name's shape
        }
    )
    assert heads == {"bank": {"a1", "a2"}, "court": {"a3"}}
    bank = [Occurrence(a, 0, 0, 12, "central bank") for a in ("a1", "a2", "a9")]
    assert describes_name(bank, heads)  # "the central bank said": the Bank of Velmora again
    # where no article names a bank so: a subject of its own
    assert not describes_name([Occurrence("a9", 0, 0, 12, "central bank")], heads)
    # a plural is a class ("the central banks of the region")
    assert not describes_name([Occurrence("a1", 0, 0, 13, "central banks")], heads)
    # French writes the noun first: "la banque centrale" beside "Banque du Velmora"
    heads = of_heads({"Banque du Velmora": {"f1"}, "Banco de Velmora": {"e1"}})
    languages = {"f1": "fr", "e1": "es", "n1": "en"}
    assert describes_name([Occurrence("f1", 0, 0, 16, "banque centrale")], heads, languages)
    assert describes_name([Occurrence("e1", 0, 0, 13, "banco central")], heads, languages)
    assert not describes_name([Occurrence("f1", 0, 0, 17, "banques centrales")], heads, languages)
    # English reads the last word: "banco robbery" is no bank
    assert not describes_name([Occurrence("n1", 0, 0, 13, "banco robbery")], heads, languages)


def test_the_central_bank_beside_the_bank_of_velmora_is_no_topic() -> None:
    texts = [
        "The Bank of Velmora raised its rates on Tuesday, the central bank said.",
        "The central bank ended its bond buying, the Bank of Velmora said in Ostrava.",
        "Analysts said the Bank of Velmora had waited too long to move.",
    ]
    found = extract_topics([article(f"00{i}", t) for i, t in enumerate(texts)])
    assert holding(found, "Bank of Velmora")
    assert not holding(found, "central bank")


def _uses(texts: dict[tuple[str, int], str], surface: str) -> list[Occurrence]:
    found = []
    for (a, p), text in texts.items():
        at = text.find(surface)
        while at >= 0:
            found.append(Occurrence(a, p, at, at + len(surface), surface))
            at = text.find(surface, at + 1)
    return found


def _thing(*texts: str, acronym: str, also: tuple[str, ...] = ()) -> bool:
    paragraphs = {(f"a{i}", 0): t for i, t in enumerate(texts)}
    uses = _uses(paragraphs, acronym) + [o for s in also for o in _uses(paragraphs, s)]
    return expanded_thing(uses, paragraphs)


def test_an_acronym_of_a_policy_or_an_instrument_is_a_thing() -> None:
    assert _thing(
        "The bank scrapped yield curve control (YCC) on Tuesday.", "YCC was old.", acronym="YCC"
    )
    assert _thing("It stops buying exchange-traded funds (ETFs) too.", acronym="ETFs")
    assert _thing(
        "The public health emergency of international concern (PHEIC) ends.", acronym="PHEIC"
    )
    # Korean and Japanese write the long form before the bracket, or inside it before the letters
    assert _thing("벨모라 은행은 수익률곡선통제(YCC)를 끝냈다.", acronym="YCC")
    assert _thing("ベルモラ銀行は来月(イールドカーブ・コントロール、YCC)を見直す。", acronym="YCC")
    assert _thing("벨모라는 상장지수펀드(ETF)를 더 사지 않는다.", acronym="ETF")


def test_an_acronym_of_a_body_stays_a_body() -> None:
    # a name in capitals is a body's, and a topic holding one is a body
    assert not _thing("The Velmora Monetary Authority (VMA) said so.", acronym="VMA")
    assert not _thing(
        "The Velmora Monetary Authority (VMA) said so.",
        "The VMA also said rates would rise.",
        acronym="VMA",
        also=("Velmora Monetary Authority",),
    )
    assert not _thing("The central bank (CB) said so.", acronym="CB")  # a body's noun heads it
    assert not _thing("세계웰빙기구(WWO)는 밝혔다.", acronym="WWO")  # "기구": an organisation
    assert not _thing("全球健康組織(WWO)表示。", acronym="WWO")
    assert not _thing("瑞銀(UBS)表示。", acronym="UBS")  # shorter than its letters: a name
    assert not _thing("NATO said so.", "NATO met.", acronym="NATO")  # never expanded
    # one long form a thing, another a body's: not a thing
    assert not _thing(
        "It ended yield curve control (YCC).", "세계웰빙기구(YCC)는 밝혔다.", acronym="YCC"
    )


def test_a_policy_acronym_is_a_theme_and_a_body_acronym_a_body() -> None:
    texts = [
        "The Bank of Velmora scrapped yield curve control (YCC) on Tuesday.",
        "Ending YCC was overdue, the Velmora Monetary Authority (VMA) said.",
        "The VMA welcomed the end of YCC.",
    ]
    found = extract_topics([article(f"00{i}", t) for i, t in enumerate(texts)])
    assert by_name(found, "YCC").kind == "theme"
    assert by_name(found, "VMA").kind == "organisation"


def _pairs(bracket: str, alone_in: tuple[str, ...] = (), long_acronym: str = "") -> list:
    long = "Банк Велморы"
    text = f"Вчера {long}{bracket} поднял ставку, решение велморского ЦБ ждали."
    texts = {("ru1", 0): text}
    start = text.index(long)
    long_occ = Occurrence("ru1", 0, start, start + len(long), long)
    short_uses = [Occurrence("ru1", 0, m, m + 2, "ЦБ") for m in _starts(text, "ЦБ")]
    occ = {name_key(long): [long_occ], name_key("ЦБ"): short_uses}
    kinds = {name_key(long): Counter({"organisation": 1}), name_key("ЦБ"): Counter({"acronym": 2})}
    for a in alone_in:
        texts[(a, 0)] = "ЦБ снизил ставку."
        occ[name_key("ЦБ")].append(Occurrence(a, 0, 0, 2, "ЦБ"))
    parent = {k: k for k in kinds}
    if long_acronym:  # the name's topic already holds an acronym
        key = name_key(long_acronym)
        kinds[key] = Counter({"acronym": 1})
        occ[key] = [Occurrence("en1", 0, 0, len(long_acronym), long_acronym)]
        parent[key] = name_key(long)
    names = [("organisation", long_occ, False)]
    function = frozenset({"в", "и", "the", "of"})
    return bracket_pairs(names, texts, occ, kinds, parent.__getitem__, name_key, function)


def _starts(text: str, part: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(part, i)]


def test_a_bodys_initials_in_cyrillic_in_its_bracket_join_it() -> None:
    joined = [(name_key("Банк Велморы"), name_key("ЦБ"))]
    assert _pairs(" (ЦБ страны)") == joined  # "the country's CB": initials of a common noun
    assert _pairs(" (ЦБ)") == joined
    assert _pairs(" (ЦБ)", long_acronym="BOV") == joined  # another script's letters for it
    # the guards
    assert _pairs(" (ЦБ)", long_acronym="ЦБВ") == []  # the name holds Cyrillic letters already
    assert _pairs(" (ЦБ Велморы)") == []  # more than the letters: a name after them
    assert _pairs(" (ЦБ)", alone_in=("ru2", "ru3")) == joined  # a topic of its own elsewhere too
