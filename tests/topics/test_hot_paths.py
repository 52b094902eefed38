"""The first pass's hot paths, rewritten for speed, against their plain versions (issue 15).

A speed change to the topic extraction must not change one finding: each fast path here is
held to the straightforward code it replaced, on generated text that mixes the shapes the
rules care about (abbreviations, possessives, quotes, sentence ends, odd white space).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from topics.helpers import across_languages, script_parts
from topics.test_scale import TEXTS

from briefing.topics.languages import lemma
from briefing.topics.lexicon import _ROLE_STEMS, ROLE_HEADS, is_role
from briefing.topics.phrase_names import (
    _matched,
    _phrase_words,
    phrase_cognates,
)
from briefing.topics.spelling import edit_distance_at_most_one, fold
from briefing.topics.themes import _content_word, _pairs, theme_occurrences
from briefing.topics.tokens import _QUOTES, _SENTENCE_END, _TOKEN, Token, chunks, tokenize


def plain_tokenize(text: str) -> list[Token]:
    """The tokeniser as it was: one match object per token."""
    tokens: list[Token] = []
    initial = True
    spans = [
        (match.start() + a, match.start() + b)
        for match in _TOKEN.finditer(text)
        for a, b in script_parts(match.group())  # "WHO는": cut where the script changes
    ]
    for start, end in spans:
        word = text[start:end]
        if word[0].isalnum():
            tokens.append(Token(word, start, end, initial, word.lower()))
            initial = False
        else:
            tokens.append(Token(word, start, end, False, word))
            if word in _SENTENCE_END or word == ":":
                initial = True
            elif word not in _QUOTES:
                initial = initial and word in "…"
    return tokens


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_tokenize_gives_the_plain_tokens(text: str) -> None:
    assert tokenize(text) == plain_tokenize(text)


def test_tokenize_on_white_space_of_every_kind() -> None:
    text = "\u00a0 Mr. Smith’s\tU.S. trip:\n\n“The  plan” … ends.\u2009 Then\u3000Oslo. "
    tokens = tokenize(text)
    assert tokens == plain_tokenize(text)
    assert [t.text for t in tokens if t.initial] == ["Mr.", "The", "Then"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokenize("") == [] and tokenize(" \n\t ") == []


def plain_is_role(word: str) -> bool:
    """:func:`is_role` as it was, with the edit distances tried before the first letter."""
    lower = word.lower()
    if lower in ROLE_HEADS:
        return True
    folded = fold(lower)
    if len(folded) < 7 or not folded.isalpha():
        return False
    return any(
        (
            len(folded) >= len(stem)
            and (
                edit_distance_at_most_one(folded[-len(stem) :], stem)
                or (
                    len(folded) > len(stem)
                    and edit_distance_at_most_one(folded[-len(stem) - 1 :], stem)
                )
            )
            and folded[-len(stem)] == stem[0]
        )
        or folded.endswith(stem)
        for stem in _ROLE_STEMS
    )


ROLE_LIKE = st.lists(
    st.sampled_from(
        ["pres", "ident", "e", "s", "Bundes", "gouver", "neur", "minister", "ä", "x", "Ober"]
    ),
    max_size=5,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(ROLE_LIKE | st.text(max_size=14))
def test_is_role_answers_as_before(word: str) -> None:
    assert is_role.__wrapped__(word) == plain_is_role(word)


def test_is_role_on_titles_and_look_alikes() -> None:
    for word in ["president", "Bundespräsident", "presidente", "Ministerpräsident"]:
        assert is_role(word) and plain_is_role(word)
    for word in ["residents", "Gouverneur", "Presidency", "Dushanbe"]:
        assert is_role(word) == plain_is_role(word)
    assert not is_role("residents") and not is_role("Dushanbe")


def plain_chunks(tokens: list[Token]) -> list[tuple[int, int]]:
    """:func:`chunks`' runs found by testing every token in turn, as before: each run's
    extent is :func:`chunks`' own (one chunk from a given first token)."""
    found = []
    i = 0
    while i < len(tokens):
        head = tokens[i].text[0]
        if not (head.isupper() and head.isalpha()):
            i += 1
            continue
        chunk = chunks(tokens[i:])[0]  # the chunk opened by token i, as the old loop grew it
        found.append((i + chunk.first, i + chunk.last))
        i += chunk.last + 1
    return found


NAMEY = st.lists(
    st.sampled_from(
        [
            "Mr.",
            " ",
            "Ursula",
            "von",
            "der",
            "Leyen",
            "of",
            "the",
            "Sea",
            "Law",
            "-",
            "–",
            "Estlink",
            "2",
            "and",
            "Council",
            "on",
            "for",
            "Office",
            "É",
            "said",
            ".",
            "al",
            "Assad",
            "ÉLYSÉE",
            "(",
            ")",
            "1",
            "May",
            "42",
            "x",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(NAMEY | TEXTS)
def test_chunks_start_where_the_plain_walk_starts_them(text: str) -> None:
    tokens = tokenize(text)
    assert [(c.first, c.last) for c in chunks(tokens)] == plain_chunks(tokens)


def plain_phrase_cognates(keys: list[str], languages: dict[str, set[str]]) -> list[tuple[str, str]]:
    """:func:`phrase_cognates` without the first word's quick refusal."""
    by_length: dict[int, list[tuple[str, list[str]]]] = {}
    for key in keys:
        words = _phrase_words(key)
        if words is not None:
            by_length.setdefault(len(words), []).append((key, words))
    pairs = []
    for group in by_length.values():
        for i, j in across_languages(group, languages):
            (a, wa), (b, wb) = group[i], group[j]
            scores = _matched(wa, wb)
            if scores and min(scores) >= 70 and sum(scores) / len(scores) >= 80:
                pairs.append((a, b))
    return pairs


def test_phrase_cognates_pair_as_without_the_quick_refusal() -> None:
    # Made-up names: a few true cognates among look-alikes in three languages.
    names = {
        "n:capela marina": {"pt"},
        "n:cappella marina": {"it"},
        "n:kapelle marine": {"de"},
        "n:piazza santo ramo": {"it"},
        "n:plaza santo ramo": {"es"},
        "n:place saint rameau": {"fr"},
        "n:marina capella": {"es"},
        "n:museo nero": {"it"},
        "n:museu negro": {"pt"},
        "n:bosco nero": {"it"},
        "n:banco norte": {"es"},
        "n:vattel bridge": {"en"},
        "n:vatel brücke": {"de"},
        "n:ponte vattel": {"it"},
    }
    keys = list(names)
    found = phrase_cognates(keys, names)
    assert found == plain_phrase_cognates(keys, names)
    assert ("n:capela marina", "n:cappella marina") in found
    assert not any("bosco" in a or "bosco" in b for a, b in found)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.lists(
            st.sampled_from(["mar", "ina", "kap", "ella", "elle", "san", "to", "ro"]),
            min_size=2,
            max_size=6,
        ).map(
            lambda parts: (
                "n:" + " ".join("".join(parts[k : k + 2]) for k in range(0, len(parts), 2))
            )
        ),
        st.sets(st.sampled_from(["it", "es", "pt"]), min_size=1, max_size=2),
        max_size=12,
    )
)
def test_phrase_cognates_on_generated_names(names: dict[str, set[str]]) -> None:
    keys = list(names)
    assert phrase_cognates(keys, names) == plain_phrase_cognates(keys, names)


def plain_theme_occurrences(
    tokens: list[Token], function: frozenset[str]
) -> list[tuple[str, int, int]]:
    """:func:`theme_occurrences` for a paragraph with function words, as it was: two passes
    over the tokens, each key's words lemmatised anew."""
    content = [_content_word(t.lower if t.initial else t.text) for t in tokens]
    content = [c and t.lower not in function for c, t in zip(content, tokens, strict=True)]
    return [
        (" ".join(lemma(w) for w in key.split()), start, end)
        for key, start, end in _pairs(tokens, content)
    ]


THEMEY = st.lists(
    st.sampled_from(
        [
            "трудовой",
            "миграции",
            "трудовая",
            "миграция",
            "arms",
            "control",
            "und",
            "que",
            "new",
            "policy",
            "water",
            "supply",
            "Water",
            " ",
            " ",
            ". ",
            "quickly",
            "grain",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(THEMEY)
def test_theme_keys_with_function_words_as_before(text: str) -> None:
    function = frozenset({"und", "que", "new"})
    tokens = tokenize(text)
    assert list(theme_occurrences(tokens, function)) == plain_theme_occurrences(tokens, function)


def test_cyrillic_theme_forms_share_a_key_through_the_cache() -> None:
    function = frozenset({"und"})
    one = list(theme_occurrences(tokenize("о трудовой миграции"), function))
    two = list(theme_occurrences(tokenize("трудовая миграция растёт"), function))
    assert one and two and one[0][0] == two[0][0]
    assert list(theme_occurrences(tokenize("arms und control"), function)) == []
