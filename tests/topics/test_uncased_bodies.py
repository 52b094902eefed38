"""A body's name in Han, kana or Hangul before its Latin acronym in brackets joins the acronym,
and a Latin acronym glued to a particle or to Han is read as the acronym. Every text here is
written for the test (invented bodies)."""

from __future__ import annotations

from collections import Counter

from briefing.model import Article
from briefing.topics.candidates import Occurrence
from briefing.topics.naming import name_key
from briefing.topics.tokens import token_texts, tokenize
from briefing.topics.uncased_bodies import uncased_pairs


def _pairs(
    *texts: str,
    alone_in: tuple[str, ...] = ("en1", "en2"),
    kinds: dict[str, Counter[str]] | None = None,
    places: frozenset[str] = frozenset(),
) -> list[tuple[str, str]]:
    """(long form, acronym key) pairs read from ``texts`` (one article each), with "NPSA" and
    "NPSB" topics written alone in the articles ``alone_in``."""
    paragraphs = [(f"x{i}", 0, text) for i, text in enumerate(texts)]
    occ: dict[str, list[Occurrence]] = {
        name_key(short): [Occurrence(a, 0, 0, 4, short) for a in alone_in]
        for short in ("NPSA", "NPSB")
    }
    known = {name_key(s): Counter({"acronym": len(alone_in)}) for s in ("NPSA", "NPSB")}
    known.update(kinds or {})
    found = uncased_pairs(
        paragraphs, occ, known, lambda k: k, name_key, lambda text: text in places
    )
    return [(o.surface, short) for o, short in found]


NPSA = name_key("NPSA")


def test_a_name_in_each_script_joins_the_acronym_it_stands_beside() -> None:
    assert _pairs("据报道,北欧极地研究署(NPSA)周三宣布。") == [("北欧极地研究署", NPSA)]
    # Hiragana (a particle) and a closing bracket end the run: the name starts after them.
    assert _pairs("【オスロ時事】北欧極地研究機関(NPSA)は11日、発表した。") == [
        ("北欧極地研究機関", NPSA)
    ]
    assert _pairs("今日は北欧極地研究機関（NPSA）が発表した。") == [("北欧極地研究機関", NPSA)]
    # A Korean particle written before the bracket and again after it is cut off once.
    assert _pairs("북유럽극지연구청이(NPSA)이 발표했습니다.") == [("북유럽극지연구청", NPSA)]
    # A last syllable that is also a particle ("도", a province) stays when the particle
    # after the bracket is another: the writer wrote one particle, after the acronym.
    assert _pairs("북극해연안도(NPSA)는 발표했습니다.") == [("북극해연안도", NPSA)]
    # One particle, after the bracket only: the name is the whole word.
    assert _pairs("북유럽극지연구청(NPSA)은 발표했습니다.") == [("북유럽극지연구청", NPSA)]


def test_the_guards() -> None:
    # The acronym is written alone by one article only: no topic of its own yet.
    assert _pairs("北欧极地研究署(NPSA)宣布。", alone_in=("en1",)) == []
    # No topic at all for the letters in the bracket.
    assert _pairs("北欧极地研究署(NPSC)宣布。") == []
    # A word shorter than the acronym is the tail of a longer, spaced name.
    assert _pairs("북유럽 극지 연구(NPSA)를 발표했습니다.") == []
    # A run of more than three letters for each of the acronym's holds more than the name:
    # "according to" and a verb glued before it in Chinese.
    assert _pairs("报道说今天根据北欧极地研究署(NPSA)宣布。") == []
    # One run before two different acronyms: which one it names is unclear.
    assert _pairs("北欧极地研究署(NPSA)宣布。", "北欧极地研究署(NPSB)宣布。") == []
    # More than the acronym in the bracket, or the acronym not in capitals.
    assert _pairs("北欧极地研究署(NPSA, 2019)宣布。", "北欧极地研究署(Npsa)宣布。") == []
    # A sign glued to the letters makes another name ("CIS+" is not "CIS").
    assert _pairs("北欧极地研究署(NPSA+)宣布。") == []
    # A place the gazetteer knows is never a body's long form.
    assert _pairs("挪威北部(NPSA)宣布。", places=frozenset({"挪威北部"})) == []
    # The acronym's topic holds a person: never joined.
    person = {NPSA: Counter({"acronym": 2, "person": 1})}
    assert _pairs("北欧极地研究署(NPSA)宣布。", kinds=person) == []


def test_a_latin_acronym_glued_to_a_particle_is_a_token_of_its_own() -> None:
    assert token_texts("NPSA는 발표했습니다") == ["NPSA", "는", "발표했습니다"]
    assert token_texts("NPSA에서는") == ["NPSA", "에서는"]
    assert token_texts("NPSAによれば、") == ["NPSA", "によれば", "、"]
    assert token_texts("NPSAのOPSAは") == ["NPSA", "の", "OPSA", "は"]
    assert token_texts("Полярное агентствоは") == ["Полярное", "агентство", "は"]
    # Latin letters before other Hangul, katakana or Han are often one name (LG Electronics,
    # NTT Docomo, JR East), and Han before them another body ("中国CDC" is not "美国CDC").
    assert token_texts("LG전자가 NTTドコモ JR東日本 中国CDC") == [
        "LG전자가",
        "NTTドコモ",
        "JR東日本",
        "中国CDC",
    ]
    # Digits stay with the word they are written in: a number and its counter, a name's.
    assert token_texts("코로나19에 G7의 11日") == ["코로나19에", "G7의", "11日"]
    # Latin text (and Latin glued to Latin) is untouched.
    assert token_texts("NPSA-led Nordic team") == ["NPSA", "-", "led", "Nordic", "team"]
    tokens = tokenize("NPSA는 NPSA가")
    assert [(t.text, t.start, t.end, t.acronym) for t in tokens] == [
        ("NPSA", 0, 4, True),
        ("는", 4, 5, False),
        ("NPSA", 6, 10, True),
        ("가", 10, 11, False),
    ]


def test_one_body_across_scripts_and_a_glued_particle_is_one_topic() -> None:
    from dataclasses import replace

    from topics.helpers import article, holding

    from briefing.topics import extract_topics

    def written(language: str, n: int, *paragraphs: str) -> Article:
        return replace(article(f"{n:03d}", *paragraphs), language=language)

    english = [
        written(
            "en",
            n,
            "The Nordic Polar Studies Agency (NPSA) said on Monday the ice shelf had cracked.",
            "The NPSA said its ships would stay in port until the storm passed.",
        )
        for n in range(3)
    ]
    others = [
        written("zh", 3, "北欧极地研究署(NPSA)周一表示,冰架已经断裂。", "NPSA表示船只将留在港口。"),
        written("ja", 4, "北欧極地研究機関(NPSA)は月曜日、棚氷が割れたと発表した。"),
        written(
            "ko",
            5,
            "북유럽극지연구청(NPSA)은 월요일 빙붕이 갈라졌다고 밝혔습니다.",
            "NPSA는 배를 항구에 두겠다고 밝혔습니다.",
        ),
        # The name run on into the next word ("北欧极地研究署昨天"): found inside the run.
        written("zh", 11, "北欧极地研究署昨天发表报告,冰架已经断裂。"),
        # French abbreviates it otherwise, and one text gives the English letters beside.
        written("fr", 8, "Selon l'ANEP (NPSA en anglais), la banquise s'est fissurée lundi."),
        written("fr", 9, "L'ANEP a publié un rapport sur la banquise.", "L'ANEP a parlé."),
        written("fr", 10, "Le directeur de l'ANEP a parlé de la banquise.", "L'ANEP a insisté."),
        # Look-alike letters: another body, written alone by two articles of its own.
        written("en", 6, "The NPSB, a shipping lobby, said nothing.", "The NPSB met later."),
        written("en", 7, "The NPSB declined to comment on the cracked shelf."),
    ]
    topics = extract_topics(english + others)
    held = holding(topics, "NPSA")
    assert len(held) == 1
    aliases = set(held[0].aliases)
    assert {"北欧极地研究署", "北欧極地研究機関", "북유럽극지연구청", "ANEP"} <= aliases
    assert not any(a.startswith("NPSA") and a != "NPSA" for t in topics for a in t.aliases)
    assert all("NPSB" not in t.aliases for t in held)
    assert "011" in held[0].articles
