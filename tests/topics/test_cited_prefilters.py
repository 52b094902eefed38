"""The citation rule's cheaper searches and a bare word's (issue 15) answer as the plain ones.

:mod:`.cited` asks the clause before each use of a body whether a word of attribution, a
preposition of broadcasting or a German verb of saying ends it. It now finds the clause by
``str.rfind`` (:func:`~.text_tails.clause_start`), searches the two end-anchored patterns
from their last words only (:func:`~.text_tails.tail_start`), skips an ASCII text that holds
none of the attribution words' ASCII pieces, and asks a text for the German verbs before their
pattern. Each is compared with the plain search on texts written for it and on texts
Hypothesis builds from pieces near a match (the words in every language, look-alikes, case,
the dotted and dotless i, the long s, punctuation, white space of other kinds). Made-up texts.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.topics import cited
from briefing.topics.candidates import Occurrence
from briefing.topics.text_tails import clause_start, tail_start


def _plain_clause_start(text: str) -> int:
    end = cited._CLAUSE_END.match(text)
    return end.end() if end is not None else 0


def test_white_space_is_the_same_to_re_and_to_str() -> None:
    """``clause_start`` tells ``\\s`` by ``str.isspace`` and ``tail_start`` splits as
    ``str.split`` does: both must be the pattern's white space, in every script."""
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (space.fullmatch(char) is not None) == char.isspace(), hex(code)


#: Pieces of the clause before a name: clause ends, white space of several kinds, words.
_CLAUSE_PIECES = [
    ".", "!", "?", ";", ":", ",", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000",
    "said", "Dr.", "U.S.", "according to", "3.5", "a:b", "end.", "…", "«", "»", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=16).map("".join))
def test_clause_start_on_generated_texts(text: str) -> None:
    assert clause_start(text) == _plain_clause_start(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_clause_start_on_any_text(text: str) -> None:
    assert clause_start(text) == _plain_clause_start(text)


def test_tail_start_keeps_the_last_words() -> None:
    assert tail_start("one two  three four", 2) == len("one two")
    assert "one two  three four"[tail_start("one two  three four", 2) :] == "  three four"
    assert tail_start("one two", 2) == 0
    assert tail_start("  one two ", 5) == 0
    assert tail_start("", 3) == 0


#: Pieces near a word of attribution: the pattern's words in its languages, look-alikes
#: ("Lautsprecher", "nachts", "inciting"), case, accents, the dotted and dotless i, the long
#: s, fillers, medium nouns, prepositions of broadcasting, clause ends and white space.
_ATTRIBUTION_PIECES = [
    "according to", "ACCORDING TO", "According To", "accordİng to", "accordıng to",
    "citing", "inciting", "cited by", "quoted by", "as reported by", "seen by", "obtained by",
    "selon", "ſelon", "SELON", "d'après", "d’après", "D'APRÈS", "consultée par", "obtenue par",
    "cités par", "rapporté par", "relayées par", "interrogé par", "según", "SEGÚN", "segons",
    "citado por", "recogidas por", "entrevistada pela", "secondo", "citato dal", "ripreso da",
    "segundo", "conforme", "de acordo com", "laut", "LAUT", "Lautsprecher", "zufolge",
    "nach Angaben von", "nach Informationen der", "nach", "nachts", "zitiert vom", "volgens",
    "geciteerd door", "według", "za agencją", "za agencja", "cytowana przez",
    "powołując się na", "podle", "podľa", "potrivit", "conform", "citată de", "по данным",
    "ПО ДАННЫМ", "согласно", "со ссылкой на", "полученной", "за даними",
    "з посиланням на", "σύμφωνα με", "the", "news agency", "agence de presse", "Agentur",
    "im", "in", "on", "auf", "в", "στο", "the channel", "Fernsehsender", "телеканала",
    "AFP", "Reuters", "Iceland's", " ", "  ", "\u00a0", ", ", ". ", "; ", "\n", "x",
]  # fmt: skip


def _plain_attributed(before: str) -> tuple[int, int, str] | None:
    found = cited._ATTRIBUTED.search(before)
    return None if found is None else (found.start(), found.end(), found.group("fill"))


def _attributed(before: str) -> tuple[int, int, str] | None:
    found = cited._attributed(before)
    return None if found is None else (found.start(), found.end(), found.group("fill"))


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(["", " ", " ", "  "])),
        max_size=14,
    ).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=300, deadline=None)
@given(_texts(_ATTRIBUTION_PIECES))
def test_attributed_on_generated_texts(before: str) -> None:
    assert _attributed(before) == _plain_attributed(before)


@settings(max_examples=300, deadline=None)
@given(_texts(_ATTRIBUTION_PIECES))
def test_on_air_from_its_last_words(before: str) -> None:
    plain = cited._ON_AIR.search(before)
    tail = cited._ON_AIR.search(before, tail_start(before, cited._ON_AIR_WORDS))
    assert (plain and (plain.span(), plain.group("fill"))) == (
        tail and (tail.span(), tail.group("fill"))
    )


#: One ASCII text the pattern matches for each of its words an ASCII text can hold: the
#: clues must leave none of them out.
_ASCII_ATTRIBUTIONS = [
    "according to the ", "citing the ", "cited by ", "quoted by ", "as reported by ",
    "seen by ", "reviewed by ", "obtained by ", "selon ", "obtenu par ", "obtenues par ",
    "segons ", "citado por ", "citadas por ", "recogido por ", "entrevistado por ",
    "entrevistada pelo ", "secondo ", "citato da ", "citata dal ", "intervistato da ",
    "ripreso da ", "segundo ", "conforme ", "de acordo com ", "laut ", "zufolge ",
    "nach Angaben von ", "nach Daten des ", "nach von ", "zitiert von ", "zitiert vom ",
    "volgens ", "geciteerd door ", "za agencja ", "cytowana przez ", "cytowany przez ",
    "podle ", "potrivit ", "conform ", "citat de ", "citati de ", "ACCORDING TO ",
    "Laut dem Sender ", "according to Iceland's public broadcaster ",
]  # fmt: skip


@pytest.mark.parametrize("before", _ASCII_ATTRIBUTIONS)
def test_every_ascii_attribution_has_its_clue(before: str) -> None:
    assert before.isascii()
    assert cited._ATTRIBUTED.search(before) is not None, before  # the pattern matches it
    assert _attributed(before) == _plain_attributed(before)


def test_no_ascii_letter_matches_the_other_words_case_blind() -> None:
    """Why an ASCII text needs an ASCII clue: no character of the pattern outside ASCII
    matches an ASCII character under ``re.IGNORECASE``."""
    for char in {c for c in cited._ATTRIBUTED.pattern if not c.isascii()}:
        letter = re.compile(re.escape(char), re.IGNORECASE)
        assert not any(letter.fullmatch(chr(code)) for code in range(128)), char


#: Pieces near the German verbs of saying, before an addressee.
_SAID_PIECES = [
    "sagte", "Sagte", "SAGTE", "sagten", "sagt", "ſagte", "erklärte", "erklärt", "Erklärte",
    "bestätigte", "betonte", "versagte", "er", "ein Sprecher", "der", "die", "dem", "von",
    "Polizei", "Nachrichtenagentur", " ", "  ", ". ", ", ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_SAID_PIECES))
def test_said_verbs_before_their_pattern(before: str) -> None:
    if cited._SAID.search(before) is not None:
        assert any(verb in before for verb in cited._SAID_VERBS)


def _plain_cited(text: str, o: Occurrence) -> bool:
    """:func:`cited._cited` with the plain searches: the whole clause, no clue asked."""

    def search_all(before: str) -> re.Match[str] | None:
        return cited._ATTRIBUTED.search(before)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cited, "_attributed", search_all)
        patch.setattr(cited, "tail_start", lambda _text, _words: 0)
        patch.setattr(cited, "clause_start", _plain_clause_start)
        patch.setattr(cited, "_SAID_VERBS", ("",))
        return cited._cited(text, o)


@settings(max_examples=400, deadline=None)
@given(
    _texts(_ATTRIBUTION_PIECES + _SAID_PIECES),
    st.sampled_from([" AFP", " AFP.", " AFP reported", " AFP berichtete", " AFP und"]),
)
def test_cited_with_and_without_the_cheaper_searches(before: str, name: str) -> None:
    text = before + name
    start = len(before) + 1
    o = Occurrence("a1", 0, start, start + 3, "AFP")
    assert cited._cited(text, o) == _plain_cited(text, o)


@pytest.mark.parametrize(
    "text",
    [
        "The river rose. According to the news agency AFP",
        "Selon l'agence de presse AFP",
        "im Fernsehsender AFP",
        "Es sagte ein Sprecher AFP.",
        "сообщает Reuters и AFP",
        "The man was inciting AFP",
    ],
)
def test_written_citations_with_and_without_the_cheaper_searches(text: str) -> None:
    start = text.rindex("AFP")
    o = Occurrence("a1", 0, start, start + 3, "AFP")
    assert cited._cited(text, o) == _plain_cited(text, o)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["l", "L", "'", "’", "dell", "environnement", "é", "-"])).map("".join)
)
def test_a_bare_word_as_the_split_gave_it(word: str) -> None:
    """:func:`.spelled_out._bare` finds the last apostrophe by ``str.rfind``, as the split
    on either apostrophe did."""
    from briefing.topics.spelled_out import _bare

    assert _bare(word) == (re.split(r"[’']", word)[-1] or word)
