"""One sentence splitter: topics, analyses and the classifier cut a paragraph the same way.

They had three splitters (sentencex in the topics' passages, a hand-written one in the
analyses, a regular expression for fallback titles) and quoted different passages for the same
place in 5 of 90 seed paragraphs. Now all three call :mod:`briefing.sentences`; these tests
check that they agree on a paragraph each old splitter got wrong, and that no other module
starts splitting sentences on its own again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefing
from briefing.analysis.text import sentence_at, sentences
from briefing.corpus.fallback_titles import fallback_title
from briefing.model import Article, Mention, Paragraph, Span, Topic
from briefing.sentences import language_of
from briefing.topics import passages

PACKAGE = Path(briefing.__file__).resolve().parent
SPLITTER = PACKAGE / "sentences.py"

#: Abbreviations ("Dr.", "U.S.", "Oct.", "p.m."), an initial, a closing quote after a comma.
TRICKY = (
    "Dr. J. Smith met U.S. officials on Oct. 8. "
    "“We are not leaving,” said Mr. Lee, who had flown in from Washington with the delegation "
    "of the U.N. envoy. Talks ended at 5 p.m. on Friday."
)
EXPECTED = [
    "Dr. J. Smith met U.S. officials on Oct. 8.",
    "“We are not leaving,” said Mr. Lee, who had flown in from Washington with the delegation "
    "of the U.N. envoy.",
    "Talks ended at 5 p.m. on Friday.",
]


def _article(text: str) -> Article:
    return Article(
        id="a1", path=Path("/nonexistent/a1.txt"), title=None, source=None, date=None,
        paragraphs=(Paragraph(text),),
    )  # fmt: skip


def test_the_analyses_split_the_tricky_paragraph_into_its_three_sentences() -> None:
    assert [s.text for s in sentences(TRICKY)] == EXPECTED
    for s in sentences(TRICKY):
        assert TRICKY[s.start : s.end] == s.text


def test_topics_analyses_and_classifier_quote_the_same_sentence() -> None:
    lee = TRICKY.index("Lee")
    mention = Mention("a1", Span(0, lee, lee + 3), "Lee")
    topic = Topic("person:lee", "Lee", "person", (), (mention,))
    (passage,) = passages(topic, {"a1": _article(TRICKY)})
    analysed = sentence_at(TRICKY, lee)
    assert passage.text == analysed.text == EXPECTED[1]
    assert (passage.start, passage.end) == (analysed.start, analysed.end)
    # The classifier's stand-in title is the first sentence, whole (it has ≤ 10 words).
    first = sentence_at(TRICKY, 0).text
    assert first == EXPECTED[0]
    assert fallback_title(TRICKY) == first.rstrip(".")


def test_an_initial_glued_to_a_dash_does_not_end_a_sentence() -> None:
    text = "Putin spoke about Russia–U.S. arms control in Dushanbe. Then he left."
    assert [s.text for s in sentences(text)] == [
        "Putin spoke about Russia–U.S. arms control in Dushanbe.",
        "Then he left.",
    ]


def test_a_full_width_stop_before_a_digit_ends_a_sentence() -> None:
    # sentencex keeps a point before a digit (a decimal's); "。" is never one.
    assert [s.text for s in sentences("船は沈んだ。12人が救助された。", "ja")] == [
        "船は沈んだ。",
        "12人が救助された。",
    ]
    assert [s.text for s in sentences("「助かった。」3人が話した。", "ja")] == [
        "「助かった。」",
        "3人が話した。",
    ]
    # A decimal point, ASCII, stays inside its sentence; so does a stop before a letter.
    assert [s.text for s in sentences("票价为3.5元。", "zh")] == ["票价为3.5元。"]
    assert len(sentences("He won 3.5 points.", "en")) == 1


def test_the_language_decides_the_rules_and_und_means_english() -> None:
    assert language_of(None, "de") == "de"
    assert language_of("fr", "de") == "fr"
    assert language_of(None, "und") == "en"
    german = "Am Sonntag, 19. Oktober, wurden die Juwelen gestohlen. Die Polizei ermittelt."
    assert [s.text for s in sentences(german, "de")] == [
        "Am Sonntag, 19. Oktober, wurden die Juwelen gestohlen.",
        "Die Polizei ermittelt.",
    ]


#: Functions that split text into sentences; only briefing/sentences.py may define them.
SPLITTING_FUNCTIONS = {"sentences", "sentence_at", "sentence_spans", "first_sentence"}
SEGMENTERS = {"sentencex", "nltk", "pysbd", "syntok", "spacy", "blingfire"}
#: Modules that define one of those names only to hand on the shared splitter, and why.
DELEGATES = {"briefing/briefing.py": "the façade gives the TUI briefing.sentences.sentence_at"}


def test_only_one_module_splits_sentences() -> None:
    offenders: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == SPLITTER:
            continue
        where = path.relative_to(PACKAGE.parent)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module.split(".")[0]]
            else:
                names = []
            offenders.extend(f"{where}:{node.lineno} imports {n}" for n in names if n in SEGMENTERS)
            if (
                isinstance(node, ast.FunctionDef)
                and node.name in SPLITTING_FUNCTIONS
                and where.as_posix() not in DELEGATES
            ):
                offenders.append(f"{where}:{node.lineno} defines {node.name}()")
            # ``_SENTENCE.split(text)``: a regular expression used as a sentence splitter.
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "split"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id.lstrip("_").isupper()
                and "SENTENCE" in node.func.value.id
            ):
                offenders.append(f"{where}:{node.lineno} splits with {node.func.value.id}")
    assert offenders == [], "sentences are split only in briefing/sentences.py:\n" + "\n".join(
        offenders
    )
    assert "sentencex" in SPLITTER.read_text(encoding="utf-8")
    for delegate in DELEGATES:
        source = (PACKAGE.parent / delegate).read_text(encoding="utf-8")
        assert "from briefing.sentences import sentence_at" in source


def test_topics_and_analyses_read_one_title_vocabulary() -> None:
    from briefing import titles
    from briefing.analysis.names import TITLES, is_name_word
    from briefing.topics import lexicon

    assert lexicon.ROLE_HEADS is titles.ROLE_HEADS
    assert lexicon.ROLE_MODIFIERS is titles.ROLE_MODIFIERS
    assert titles.capitalised_titles() <= TITLES
    # Words only one of the old lists had: now titles for both.
    for word in ("Speaker", "Judge", "Admiral", "Gov"):
        assert not is_name_word(word)
    assert {"speaker", "judge", "admiral", "gov."} <= titles.ROLE_HEADS


def test_no_other_module_writes_its_own_title_list() -> None:
    """A word list holding "president", "chancellor" and "ambassador" is a title list."""
    marks = {"president", "chancellor", "ambassador"}
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "titles.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = {w.lower().rstrip(".") for w in node.value.split()}
                if marks <= words:
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []
