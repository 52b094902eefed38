"""Glosses read from a dictd dictionary written here (briefing/topics/bilingual.py), and the
names they join (briefing/topics/translated_names.py). Words and glosses are our own."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.topics import bilingual
from briefing.topics.translated_names import translated_pairs, translated_uses

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

#: headword → body, as FreeDict writes them (headword line, then glosses).
ENTRIES = {
    "cruz": "cruz /kɾuθ/\ncross\n",
    "rojo": "rojo /rˈoxo/\nred\n",
    "verde": "verde\ngreen\n",
    "comité": "comité <n>\n1. committee, board\n   Note: a body\n",
    "hong": "hong\nmushroom\n",
    "paz": "paz\npeace\n",
    "acuerdo": "acuerdo\n1. accord, agreement\n2. (formal (old)) arrangement\n",
    "pacto": "pacto\naccord\n",
}


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


#: English → Spanish, read the other way round: "ministerio" is in no Spanish→English entry.
REVERSED = {"ministry": "ministry\nministerio\n", "coast": "coast\ncosta\n"}


def _name(code: str) -> str:
    return code if code.startswith("eng-") else f"{code}-eng"


def _write(
    folder: Path, code: str, zipped: bool, chunk: int = 16, entries: dict[str, str] = ENTRIES
) -> None:
    """A FreeDict-like ``freedict-<code>-eng`` pair: a sorted index, a dictzip or plain body."""
    data = b""
    lines = []
    for head in sorted(entries, key=lambda h: h.encode()):
        body = entries[head].encode()
        lines.append(f"{head}\t{_b64(len(data))}\t{_b64(len(body))}")
        data += body
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"freedict-{_name(code)}.index").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if not zipped:
        (folder / f"freedict-{_name(code)}.dict").write_bytes(data)
        return
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    pieces = [data[i : i + chunk] for i in range(0, len(data), chunk)]
    packed = []
    for n, piece in enumerate(pieces):
        last = n == len(pieces) - 1
        packed.append(
            packer.compress(piece) + packer.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)
        )
    ra = struct.pack("<HHH", 1, chunk, len(packed)) + struct.pack(
        f"<{len(packed)}H", *map(len, packed)
    )
    extra = b"RA" + struct.pack("<H", len(ra)) + ra
    head = b"\x1f\x8b\x08\x04" + b"\0" * 4 + b"\x02\x03" + struct.pack("<H", len(extra)) + extra
    tail = struct.pack("<II", zlib.crc32(data), len(data))
    (folder / f"freedict-{_name(code)}.dict.dz").write_bytes(head + b"".join(packed) + tail)


@pytest.fixture
def dictd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "dictd"
    _write(folder, "spa", zipped=True)
    _write(folder, "fra", zipped=False)
    _write(folder, "eng-spa", zipped=False, entries=REVERSED)
    monkeypatch.delenv(bilingual.SWITCH, raising=False)
    monkeypatch.setenv("BRIEFING_DICTD", str(folder))
    bilingual.forget()
    yield folder
    bilingual.forget()


def test_glosses_from_the_dictzip_and_the_plain_dict(dictd: Path) -> None:
    assert bilingual.glosses("cruz", "es") == {"cross"}
    assert bilingual.glosses("acuerdo", "es") == {"accord", "agreement", "arrangement"}
    assert bilingual.glosses("comité", "fr") == {"committee", "board"}  # the note is no gloss
    assert bilingual.glosses("Cruz", "es") == {"cross"}  # case folded as the index is


def test_an_inflected_word_reaches_its_headword_by_its_stem(dictd: Path) -> None:
    assert bilingual.glosses("roja", "es") == {"red"}  # "roj": the headwords from "roj"
    assert bilingual.glosses("acuerdos", "es") == {"accord", "agreement", "arrangement"}
    assert bilingual.glosses("rojizo", "es") == frozenset()  # "rojiz": no headword of it
    assert bilingual.english_stems("comités", "fr") == {"committe", "board"}


def test_an_english_word_translated_the_other_way(dictd: Path) -> None:
    assert bilingual.translations("ministries", "es") == {"ministeri"}  # Spanish stem
    assert bilingual.translations("ministry", "fr") == frozenset()  # no English→French file
    named = {
        "n:ministerio verde": ("Ministerio Verde", "es"),
        "n:green ministry": ("Green Ministry", "en"),
    }
    assert _pairs(named) == [("n:green ministry", "n:ministerio verde")]
    # a stem shared with another word of the language is still that stem: "costera" is not "costa"
    coast = {"n:guardia costera": ("Guardia Costera", "es"), "n:coast guard": ("Coast Guard", "en")}
    assert _pairs(coast) == []


def test_nothing_without_a_source(dictd: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert bilingual.glosses("cruz", "de") == frozenset()  # no German file
    assert not bilingual.has_source("de") and bilingual.has_source("es")
    assert bilingual.glosses("cross", "en") == frozenset()  # English is what glosses are in
    monkeypatch.setenv("BRIEFING_DICTD", str(dictd / "absent"))
    bilingual.forget()
    assert bilingual.glosses("cruz", "es") == frozenset()
    monkeypatch.setenv("BRIEFING_DICTD", str(dictd))
    monkeypatch.setenv(bilingual.SWITCH, "off")  # what the test suite sets for every test
    bilingual.forget()
    assert bilingual.glosses("cruz", "es") == frozenset()


def _pairs(
    named: dict[str, tuple[str, str]], names: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    surfaces = {key: [use] for key, use in named.items()}
    closed = frozenset({"de", "la", "the", "of", "el"})
    return translated_pairs(named, surfaces, names, closed, lambda key: key)


def test_a_name_and_its_translation_are_joined(dictd: Path) -> None:
    named = {"n:cruz roja": ("Cruz Roja", "es"), "n:red cross": ("Red Cross", "en")}
    assert _pairs(named) == [("n:cruz roja", "n:red cross")]
    accords = {
        "n:acuerdos de paz": ("Acuerdos de Paz", "es"),
        "n:peace accords": ("Peace Accords", "en"),
    }
    assert _pairs(accords) == [("n:acuerdos de paz", "n:peace accords")]


def test_a_name_inside_the_name_pairs_as_written_and_is_never_glossed(dictd: Path) -> None:
    named = {
        "n:acuerdos de hong": ("Acuerdos de Hong", "es"),
        "n:hong accords": ("Hong Accords", "en"),
    }
    assert _pairs(named) == [("n:acuerdos de hong", "n:hong accords")]
    # "Hong" is a place of the packet on its own: never read as "mushroom"
    glossed = {
        "n:comité hong": ("Comité Hong", "es"),
        "n:mushroom committee": ("Mushroom Committee", "en"),
    }
    assert _pairs(glossed, names=frozenset({"hong"})) == []


def test_look_alikes_are_not_joined(dictd: Path) -> None:
    # one word differs in meaning ("verde" is green): two bodies
    assert _pairs({"n:cruz verde": ("Cruz Verde", "es"), "n:red cross": ("Red Cross", "en")}) == []
    # every word written alike: no gloss witnesses a translation (a spelling rule's case)
    assert _pairs({"n:hong paz": ("Hong Paz", "es"), "n:hong paz ": ("Hong Paz", "en")}) == []
    # one word alone is too often another sense ("cruz" is also a card suit's cross)
    assert _pairs({"n:cruz": ("Cruz", "es"), "n:cross": ("Cross", "en")}) == []
    # two names of languages other than English meet only through a third: not joined
    assert (
        _pairs({"n:acuerdo verde": ("Acuerdo Verde", "es"), "n:pacto verde": ("Pacto Verde", "fr")})
        == []
    )
    # names of one language are two names
    assert _pairs({"n:cruz roja": ("Cruz Roja", "es"), "n:red cross": ("Red Cross", "es")}) == []
    # two candidates are a doubt
    two = {
        "n:cruz roja": ("Cruz Roja", "es"),
        "n:red cross": ("Red Cross", "en"),
        "n:cross red": ("Cross Red", "en"),
    }
    assert _pairs(two) == []


def test_no_dictionary_no_pair(dictd: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(bilingual.SWITCH, "off")
    bilingual.forget()
    assert _pairs({"n:cruz roja": ("Cruz Roja", "es"), "n:red cross": ("Red Cross", "en")}) == []


def _uses(text: str, language: str = "es") -> list[str]:
    named = {"n:hong accords": "Hong Accords", "n:red cross": "Red Cross"}
    closed = frozenset({"de", "la", "los", "the", "of", "el", "con"})
    found = translated_uses(named, [("a1", 0, text)], {"a1": language}, closed)
    return [f"{key}={occ.surface}" for key, occ in found]


def test_an_english_name_written_word_by_word_in_another_language(dictd: Path) -> None:
    assert _uses("Firmaron los Acuerdos de Hong ayer.") == ["n:hong accords=Acuerdos de Hong"]
    assert _uses("Los Hong-Acuerdos, dijo.") == ["n:hong accords=Hong-Acuerdos"]


def test_a_translation_needs_its_anchor_and_every_word(dictd: Path) -> None:
    # no word written as in the English name: a gloss alone never finds a name
    assert _uses("La Cruz Roja llegó.") == []
    # the anchor in lower case is a common word, not the name
    assert _uses("acuerdos de hong") == []
    # a word of the name missing, or a content word between: no use
    assert _uses("Los Acuerdos verdes de Hong.") == []
    assert _uses("Hong dijo.") == []
    # English articles are the name's own; a language without a dictionary is never read
    assert _uses("Firmaron los Acuerdos de Hong.", language="en") == []
    assert _uses("Firmaron los Acuerdos de Hong.", language="de") == []
