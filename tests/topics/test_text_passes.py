"""Per-text passes made cheaper (issue 15, branch ``topiccpu12``) against the plain code.

Each fast path is held to the code it replaced, on generated text: alias offsets from one
pass of the token pattern (odd white space, possessives, quotes), and the summit gate.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from topics.test_scale import TEXTS

from briefing.topics.mentions import alias_matches, by_first_token
from briefing.topics.patterns import summits
from briefing.topics.tokens import token_spans, token_texts, tokenize


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
