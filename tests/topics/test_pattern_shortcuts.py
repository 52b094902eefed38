"""The shortcuts that spare a pattern run give the pattern's own answers (issue 15).

:func:`~briefing.topics.photo_credits.credit_spans` answers a paragraph with no slash and no
closing bracket without its patterns, :func:`~briefing.topics.addressed.addressed` searches
only after the last sentence's end, and :func:`~briefing.analysis.numeric_dates.may_contain`
asks for a year's digits first; the first two are asked once per use of a name at 10,000
articles. Each is checked here against the patterns run the plain way, on made-up
paragraphs that mix credits, slashes, brackets, verbs of saying and sentence ends.
"""

from __future__ import annotations

import random
import re

from briefing.analysis import numeric_dates
from briefing.topics import addressed as addressed_module
from briefing.topics import photo_credits
from briefing.topics.addressed import addressed
from briefing.topics.candidates import Occurrence
from briefing.topics.photo_credits import credit_spans

_PIECES = [
    "Foto: Jan Nowak/Varpress",
    "(Photo by Ada ROE/VPN via Lumo Images)",
    "photos show the damage /",
    "Fotos Jan Holm / NORDPRESS",
    "(JANE ROE / VPN)",
    "… / JANE ROE/VPN / East News",
    "the Varelo/Lund route",
    "90 km/h",
    "(Varelo/Lund)",
    "a resident told",
    "a précisé Marta dans un communiqué envoyé à l'",
    "explica una veïna a l'",
    "sagte gegenüber der Nachrichtenagentur",
    "zei tegen de",
    "w rozmowie z",
    "dijo a los periodistas que",
    "disse ao",
    "said.",
    "he said; then",
    "Really?",
    "Wow!",
    "the mayor of Varelo",
    "in an interview with Iceland's",
    "Image credit:",
    "(IS)",
    "DIT",
    "dıt à",
]
_NAMES = ["VPN", "Nordcast", "Radio Lumo", "ACN", "Varelo Post"]


def _paragraphs(count: int) -> list[str]:
    rng = random.Random(15)
    out = []
    for _ in range(count):
        words = [rng.choice(_PIECES + _NAMES) for _ in range(rng.randint(1, 9))]
        out.append(rng.choice([" ", "  ", "\n", " - "]).join(words) + rng.choice(["", ".", " )"]))
    return out


def _credit_spans_plain(text: str) -> list[tuple[int, int]]:
    """``credit_spans`` as written before the shortcut: every pattern run on every text."""
    spans = []
    for m in photo_credits._CREDIT.finditer(text):
        if m.group("bare") and not text[m.end("bare")].isupper():
            continue
        end = m.end()
        if text[end - 1] == "/":
            agency = photo_credits._AGENCY.match(text, end)
            if agency is not None:
                end = agency.end()
        spans.append((m.start(), end))
    spans += [m.span(1) for m in photo_credits._BRACKETED.finditer(text)]
    tail = photo_credits._TAIL.search(text)
    if tail is not None:
        spans.append(tail.span(1))
    return spans


def test_credit_spans_agree_with_every_pattern_run() -> None:
    paragraphs = _paragraphs(2500)
    assert sum(bool(credit_spans(t)) for t in paragraphs) > 500  # credits are found
    assert sum("/" not in t and ")" not in t for t in paragraphs) > 200  # and skipped
    for text in paragraphs:
        assert credit_spans(text) == _credit_spans_plain(text), text


def test_credit_spans_shortcut_cases() -> None:
    assert credit_spans("Foto: Max Muster/dpa") == [(0, 20)]
    assert credit_spans("Lava near homes, photo by Jan Nowak, AFP") == []
    assert credit_spans("Lava near homes (JANE ROE / VPN)") == [(17, 31)]


def test_addressed_agrees_with_the_search_over_the_whole_text_before() -> None:
    found = 0
    for n, text in enumerate(_paragraphs(2500)):
        for match in re.finditer("|".join(map(re.escape, _NAMES)), text):
            use = Occurrence(f"a{n}", 0, match.start(), match.end(), match.group())
            before = text[max(0, use.start - addressed_module.REACH - 40) : use.start]
            plain = addressed_module._ADDRESSED.search(before) is not None
            assert bool(addressed([use], {(use.article, 0): text})) == plain, before
            found += plain
    assert found > 300  # the fixtures hold many uses spoken to, and many more not


def test_addressed_after_a_sentence_end() -> None:
    text = "Rain fell. A resident told VPN. Then he told; VPN left. Er sagte gegenüber der VPN"
    uses = [Occurrence("a", 0, m.start(), m.end(), "VPN") for m in re.finditer("VPN", text)]
    assert addressed(uses, {("a", 0): text}) == {uses[0], uses[2]}


def test_numeric_dates_precheck_agrees_with_its_patterns() -> None:
    rng = random.Random(19)
    pieces = ["08.10.2025", "2025-10-08", "8/10/1999", "1.2.2019", "v2.20", "19-20", "on", "."]
    pieces += ["2020", "1919", "12-05-2031", "3.3.1899", "a-b", "10/20", "x19.1.2000"]
    for _ in range(3000):
        text = rng.choice([" ", "", "-"]).join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        plain = bool(numeric_dates._DAY_FIRST.search(text) or numeric_dates._ISO.search(text))
        assert numeric_dates.may_contain(text) == plain, text
