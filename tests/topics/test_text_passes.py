"""Per-text passes made cheaper (issue 15, branch ``topiccpu12``) against the plain code.

Each fast path is held to the code it replaced, on generated text that mixes the shapes the
rules look at: the theme pairs' word filters (generic, title, verb- and adverb-shaped words,
superlatives, spellings) beside the checks that read the neighbours (a measure, a verb's
object, a partitive "of"); alias offsets from one pass of the token pattern; the summit gate.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from topics.test_scale import TEXTS

from briefing.topics.lexicon import SPELLING, spelling_key
from briefing.topics.mentions import alias_matches, by_first_token
from briefing.topics.patterns import summits
from briefing.topics.themes import (
    _NOUN_UNLIKE,
    _TITLE_MODIFIERS,
    _TITLE_NOUNS,
    GENERIC_HEADS,
    GENERIC_MODIFIERS,
    GENERIC_OCCASIONS,
    _content_word,
    _measured,
    _pairs,
    _partitive,
    _verb_with_object,
    superlative,
)
from briefing.topics.tokens import Token, token_spans, token_texts, tokenize


def plain_pairs(tokens: list[Token], content: list[bool]) -> list[tuple[str, int, int]]:
    """:func:`~briefing.topics.themes._pairs` as it was: every check per use, in order."""
    found = []
    for i in [i for i in range(len(tokens) - 1) if content[i] and content[i + 1]]:
        first, head = tokens[i], tokens[i + 1]
        if first.end + 1 != head.start:
            continue
        modifier, noun = first.text.lower(), head.text
        if noun in GENERIC_HEADS or modifier in GENERIC_MODIFIERS or noun in GENERIC_OCCASIONS:
            continue
        if noun in _TITLE_NOUNS or modifier in _TITLE_MODIFIERS:
            continue
        if noun.endswith(_NOUN_UNLIKE) or modifier.endswith(("ly", "ing")):
            continue
        if modifier.endswith("ed") and not modifier.endswith("eed"):
            continue
        if _measured(tokens, i) or superlative(modifier) or _verb_with_object(tokens, i + 1):
            continue
        if _partitive(tokens, content, i + 1):
            continue
        found.append(
            (f"{SPELLING.get(modifier, modifier)} {spelling_key(noun)}", first.start, head.end)
        )
    return found


#: Words and separators that reach every branch of the pair filters, the same pair often
#: in different neighbourhoods (so a cached verdict meets each neighbour check).
PAIR_TEXTS = st.lists(
    st.sampled_from(
        [
            "arms",
            "control",
            "labour",
            "labor",
            "market",
            "water",
            "supply",
            "Water",
            "issues",
            "visit",
            "chief",
            "executive",
            "prime",
            "minister",
            "quickly",
            "rising",
            "fighting",
            "the",
            "Islam",
            "armed",
            "freed",
            "agreed",
            "terms",
            "largest",
            "forest",
            "fire",
            "tragedy",
            "of",
            "crime",
            "upper",
            "ranks",
            "20",
            "-",
            "year",
            "plan",
            "3",
            "freight",
            "cars",
            "Greek",
            ". ",
            ", ",
            " ",
            "  ",
            "(",
            ")",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(PAIR_TEXTS)
def test_theme_pairs_with_cached_word_verdicts_are_the_plain_ones(text: str) -> None:
    tokens = tokenize(text)
    content = [_content_word(t.lower if t.initial else t.text) for t in tokens]
    assert list(_pairs(tokens, content)) == plain_pairs(tokens, content)


def test_a_cached_pair_still_reads_its_neighbours_at_each_use() -> None:
    # The same pair, "freight cars" (keyed "freight car"), is a theme alone and none after
    # a number in figures; "arms fighting" is none before an object ("the crime").
    text = "freight cars left. Then 3 freight cars left. arms fighting the crime"
    tokens = tokenize(text)
    content = [_content_word(t.lower if t.initial else t.text) for t in tokens]
    keys = [key for key, _s, _e in _pairs(tokens, content)]
    assert keys == plain_pairs_keys(tokens, content)
    assert keys.count("freight car") == 1
    assert "arms fighting" not in keys


def plain_pairs_keys(tokens: list[Token], content: list[bool]) -> list[str]:
    return [key for key, _s, _e in plain_pairs(tokens, content)]


def plain_alias_matches(
    text: str, by_first: dict[str, list[tuple[int, dict[str, str]]]], roots: dict[str, str]
) -> list[tuple[str, int, int, str]]:
    """:func:`~briefing.topics.mentions.alias_matches` as it was: offsets from a second
    pass of the token pattern."""
    texts = token_texts(text)
    hits = [i for i, word in enumerate(texts) if word in by_first]
    if not hits:
        return []
    spans = token_spans(text)
    matches, free = [], 0
    for i in hits:
        if i < free:
            continue
        start = spans[i][0]
        for count, aliases in by_first[texts[i]]:
            last = i + count - 1
            if last >= len(texts):
                continue
            alias = aliases.get(text[start : spans[last][1]])
            if alias is not None:
                matches.append((roots[alias], start, spans[last][1], alias))
                free = i + count
                break
    return matches


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.data())
def test_alias_offsets_from_one_pass_are_the_plain_ones(text: str, data: st.DataObject) -> None:
    tokens = tokenize(text)
    # Aliases cut from the text's own token runs (so they match), and one that does not.
    roots = {"Velmora Accord": "n:velmora accord"}
    for _ in range(3):
        if not tokens:
            break
        i = data.draw(st.integers(0, len(tokens) - 1))
        j = data.draw(st.integers(i, min(i + 3, len(tokens) - 1)))
        roots[text[tokens[i].start : tokens[j].end]] = f"n:{i}-{j}"
    by_first = by_first_token(roots)
    assert alias_matches(text, by_first, roots) == plain_alias_matches(text, by_first, roots)


def test_alias_offsets_after_odd_white_space() -> None:
    text = "\u00a0 The  Velmora\tAccord’s terms:\n“Velmora Accord” … ends.  "
    roots = {"Velmora Accord": "n:va", "Accord": "n:a"}
    by_first = by_first_token(roots)
    found = alias_matches(text, by_first, roots)
    assert [text[s:e] for _r, s, e, _a in found] == ["Accord", "Velmora Accord"]
    assert found == plain_alias_matches(text, by_first, roots)


def test_the_summit_gate_lets_any_case_of_the_word_through() -> None:
    for text in ("The Velmora–Ostrava Summit opened.", "THE VELMORA SUMMITS", "the Velmora summit"):
        assert list(summits(tokenize(text))), text
    # Look-alikes: the word inside another, or none at all, find nothing.
    for text in ("The Summitville mine reopened.", "Velmora and Ostrava met.", ""):
        assert list(summits(tokenize(text))) == [], text
