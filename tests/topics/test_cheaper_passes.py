"""Issue 15's shortcuts of the first pass and the parent's serial work, against the plain code.

Each shortcut must give exactly what the code it replaced gives:

- the first pass skips a one-word run that opens a sentence and is an edge word ("The",
  "After"): the reader with and without the skip finds the same, on random paragraphs of
  words chosen to reach every step of the chain (acronyms, datelines, region phrases,
  definitions, glued words, councils, hashtags) in five languages;
- round 2 packs a text's theme uses one row each, and stamping them gives the lists that
  extending per key gave;
- a theme after a preposition and a name after its article stop counting once the two
  thirds can no longer be reached;
- the main event's modifiers search only the stretches where a number is followed by the
  word's first letter.

Every text here is written for these tests.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict

import pytest

from briefing.topics import extract
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.event_measures import _measure, modifiers
from briefing.topics.extract import _EDGE_WORDS, _Reader, _silent_opener
from briefing.topics.languages import function_words_of
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.naming import with_article
from briefing.topics.stamping import Stamper, pack
from briefing.topics.themes_usage import PHRASE_PREPOSITIONS, PREPOSITION_SHARE, after_preposition
from briefing.topics.tokens import tokenize

_LANGUAGES = ("en", "fr", "de", "cs", "ru")

#: Words that reach the steps of the reader's chain: edge words as sentence openers, in and
#: out of capitals, acronyms that are edge words, a dateline's capitals, region phrases,
#: glued sentences, a council, a hashtag, a definition's brackets, places and names.
_WORDS = [
    "The", "But", "After", "Since", "Although", "May", "US", "UN", "A", "I", "THE", "HAGUE",
    "Dans", "Und", "Die", "Der", "Это", "Jihomoravský", "kraj", "Брянской", "области",
    "Kursk", "Oblast", "WhoEver", "AfterThe", "NovarumThe", "Heads", "of", "State",
    "Council", "#", "océan", "Indien", "(", ")", "UNDP", "EU", ",", ".", "—", "-", ":",
    "the", "minister", "said", "police", "Orvex", "Lindqvist", "Paris", "Tallinn",
    "Commonwealth", "Independent", "States", "CIS", "Mary", "Varnsholm", "in", "on",
    "Elering", "operator", "grid", "Summit", "summit", "Russia", "Tajikistan", "Wien",
    "St.", "Louis", "Über", "Straße", "Berlin", "Praha", "Brno", "Москва", "Ivan",
    "After-Hours", "E-Redes", "Ansa", "El", "Pais",
]  # fmt: skip


def _paragraph(rnd: random.Random) -> str:
    words: list[str] = []
    for _ in range(rnd.randint(1, 24)):
        word = rnd.choice(_WORDS)
        glued = word in ("(", ")", ",", ".", ":", "-") or (words and words[-1] in ("(", "#"))
        words.append(word if glued or not words else " " + word)
    return "".join(words).strip()


def _read(reader: _Reader, texts: list[tuple[str, str]]) -> list[object]:
    found = []
    for text, language in texts:
        reader.out = Candidates()
        reader.paragraph("a", 0, text, tokenize(text), language)
        found.append(pack(reader.out))
    return found


def test_a_skipped_sentence_opener_would_have_given_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rnd = random.Random(15)
    texts = [(_paragraph(rnd), rnd.choice(_LANGUAGES)) for _ in range(3000)]
    gaz = gazetteer_for(frozenset(_LANGUAGES))
    function = function_words_of(_LANGUAGES)
    lowercase = {"the", "said", "minister", "police", "kraj", "области", "summit", "in", "on"}
    reader = _Reader(lowercase, {"Orvex", "Elering", "Ansa"}, gaz, function)
    skipped = 0
    edges = _EDGE_WORDS | function
    for text, language in texts:
        tokens = tokenize(text)
        skipped += sum(
            t.initial
            and t.text[:1].isupper()
            and t.lower in edges
            and _silent_opener(t.text, language)
            for t in tokens
        )
    assert skipped > 500  # the skip is reached, often
    with_skip = _read(reader, texts)
    monkeypatch.setattr(extract, "_silent_opener", lambda _text, _language: False)
    without = _read(reader, texts)
    assert with_skip == without
    assert sum(f is not None for f in without) > 200  # the paragraphs do find things


#: Sentence openers the skip must leave alone, each a function word of the reader's (made so
#: here) and each found by a rule: a Czech region phrase in ASCII letters, a Russian one, a
#: glued sentence whose first part is an acronym, an acronym that is an edge word.
_NOT_SKIPPED = [
    ("Olomoucky kraj je velky.", "cs", "olomoucky"),
    ("Брянской области нет.", "ru", "брянской"),
    ("UNOltre 45mila persone.", "it", "unoltre"),
    ("UN officials said so.", "en", "un"),
]


def test_openers_the_rules_find_something_in_are_not_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    languages = frozenset(language for _t, language, _w in _NOT_SKIPPED)
    function = function_words_of(languages) | {word for _t, _l, word in _NOT_SKIPPED}
    reader = _Reader({"the"}, {"UN"}, gazetteer_for(languages), function)
    texts = [(text, language) for text, language, _w in _NOT_SKIPPED]
    with_skip = _read(reader, texts)
    monkeypatch.setattr(extract, "_silent_opener", lambda _text, _language: False)
    assert with_skip == _read(reader, texts)
    assert all(found is not None for found in with_skip)


def test_the_skip_leaves_capitals_long_foreign_words_and_region_languages_to_the_rules() -> None:
    assert _silent_opener("The", "en") and _silent_opener("After", "en")
    assert _silent_opener("Dans", "fr") and _silent_opener("Und", "cs")  # under five letters
    assert not _silent_opener("US", "en")  # an acronym: the edge rules may keep it
    assert not _silent_opener("THE", "en")  # capitals: a dateline's
    assert not _silent_opener("After", "cs")  # a Czech or Slovak region phrase
    assert not _silent_opener("Jihomoravský", "en")  # not ASCII
    assert not _silent_opener("Брянской", "ru")  # Cyrillic: a region phrase
    assert not _silent_opener("AfterThe", "en")  # a capital inside: a glued sentence


def _add_again_themes(found: Candidates, out: Candidates, article: str, index: int) -> None:
    for key, occs in found.themes.items():  # the per-key extension stamping replaced
        out.themes[key].extend(Occurrence(article, index, o.start, o.end, o.surface) for o in occs)


def test_theme_uses_packed_one_row_each_stamp_as_extending_per_key() -> None:
    rnd = random.Random(7)
    found: dict[str, Candidates] = {}
    for number in range(40):
        c = Candidates()
        for _ in range(rnd.randint(0, 4)):
            key = rnd.choice(["power outage", "grid operator", "rescue teams", "death toll"])
            start = rnd.randint(0, 80)
            c.themes[key].append(Occurrence("", 0, start, start + 9, key))
        found[f"text {number}"] = c
    paragraphs = [(f"a{n}", n % 5, rnd.choice(list(found))) for n in range(300)]
    out = Candidates()
    Stamper(out, paragraphs).stamp_all({text: pack(c) for text, c in found.items()})
    plain = Candidates()
    for article, index, text in paragraphs:
        _add_again_themes(found[text], plain, article, index)
    assert list(out.themes.items()) == list(plain.themes.items())
    assert sum(map(len, out.themes.values())) > 300


def _plain_after_preposition(occs: list[Occurrence], texts: dict[tuple[str, int], str]) -> bool:
    from briefing.topics.themes_usage import _neighbour

    if len(occs) < 2:
        return False
    before = Counter(
        _neighbour(texts[(o.article, o.paragraph)], o, before=True).casefold() for o in occs
    )
    word, n = before.most_common(1)[0]
    return word in PHRASE_PREPOSITIONS and n >= PREPOSITION_SHARE * len(occs)


_THEME_SENTENCES = [
    "Five remain in serious condition at the hospital.",
    "Two were said to be in serious condition.",
    "One man is in serious condition, another on serious condition.",
    "Doctors said the serious condition of one child worried them.",
    "In serious condition, she was flown out.",
    "At serious condition levels the ward was full.",
]


def _theme_uses(rnd: random.Random, phrase: str, sentences: list[str]) -> list[Occurrence]:
    occs = []
    for _ in range(rnd.randint(0, 12)):
        i = rnd.randrange(len(sentences))
        start = sentences[i].find(phrase)
        if start >= 0:
            occs.append(Occurrence("a", i, start, start + len(phrase), phrase))
    return occs


def test_a_theme_after_a_preposition_answers_as_the_full_count_does() -> None:
    rnd = random.Random(3)
    texts = {("a", i): s for i, s in enumerate(_THEME_SENTENCES)}
    answers = Counter()
    for _ in range(2000):
        occs = _theme_uses(rnd, "serious condition", _THEME_SENTENCES)
        expected = _plain_after_preposition(occs, texts)
        assert after_preposition(occs, lambda a, p: texts[(a, p)]) == expected
        answers[expected] += 1
    assert answers[True] > 100 and answers[False] > 100


def _plain_with_article(
    name: str, occs: list[Occurrence], texts: dict[tuple[str, int], str], function: frozenset[str]
) -> str:
    from briefing.topics.naming import _WORD_BEFORE

    if " " in name or not occs:
        return name
    before: Counter[str] = Counter()
    inside: defaultdict[str, set[str]] = defaultdict(set)
    for o in occs:
        text = texts.get((o.article, o.paragraph), "")
        found = _WORD_BEFORE.search(text, max(0, o.start - 40), o.start)
        word = found.group(1) if found else ""
        before[word] += 1
        opening = text[: found.start() if found else 0].rstrip()
        if word and opening and opening[-1] not in '.!?:;"“”«»„':
            inside[word].add(o.article)
    word, count = before.most_common(1)[0]
    if (
        word[:1].isupper()
        and word.casefold() in function
        and 3 * count >= 2 * len(occs)
        and len(inside[word]) >= 2
    ):
        return f"{word} {name}"
    return name


_NAME_SENTENCES = [
    "According to La Vedetta the vote was close.",
    "The editor of La Vedetta resigned.",
    "La Vedetta reported it first.",
    "La Vedetta reports it, a headline without its stop",
    "Readers of la Vedetta wrote in.",
    "A source told Vedetta on Monday.",
    "Asked by\u00a0La Vedetta, he declined.",
    "\u201cLa Vedetta\u201d ran the story.",
]


def test_a_name_after_its_article_answers_as_the_full_count_does() -> None:
    rnd = random.Random(11)
    function = frozenset({"la", "the", "of", "by", "to"})
    answers = Counter()
    for _ in range(2000):
        occs = []
        texts = {}
        for k in range(rnd.randint(0, 10)):
            i = rnd.randrange(len(_NAME_SENTENCES))
            article = rnd.choice("abc")
            texts[(article, k)] = text = _NAME_SENTENCES[i]
            start = text.find("Vedetta")
            occs.append(Occurrence(article, k, start, start + 7, "Vedetta"))
        expected = _plain_with_article("Vedetta", occs, texts, function)
        assert with_article("Vedetta", occs, texts, function) == expected
        answers[expected] += 1
    assert answers["La Vedetta"] > 100 and answers["Vedetta"] > 100


_LEADS = [
    "A 6.9-magnitude quake hit Varnsholm; 3ıtalyan tourists were hurt.",
    "The deadly quake hit Varnsholm at dawn, 40 Survivors said.",
    "Ölçekte 4,2 büyüklüğünde bir deprem; 12 İtalyan turist yaralandı.",
    "Землетрясение магнитудой 6,1; 7-балльные толчки и 3 Балльные отметки.",
    "A 2024 flood, 10 so-called quakes and 7 (a.m.) tremors; 5 -strong shocks.",
    "No number here: a strong quake and a magnitude scale.",
]


@pytest.mark.parametrize("lead", range(len(_LEADS)))
def test_modifiers_searched_by_first_letter_answer_as_the_whole_leads(lead: int) -> None:
    leads = _LEADS[lead:] + _LEADS[:lead]
    candidates = [
        "magnitude", "magnitud", "italyan", "i̇talyan", "survivors", "büyüklüğünde",
        "балльные", "толчки", "flood", "so-called", "(a.m.)", "a.m", "-strong", "strong",
        "deadly", "quake", "tourists", "deprem", "2024", "ölçekte",
    ]  # fmt: skip
    pairs = Counter({(word, "quake"): 2 for word in candidates})
    whole = "\0".join(leads)
    expected = [(2, w) for w in candidates if not _measure(w).search(whole)]
    assert modifiers(pairs, "quake", leads) == expected
    assert 0 < len(expected) < len(candidates)


def _plain_after_particle(text: str, start: int) -> bool:
    from briefing.topics.people import _AMBIGUOUS, _CUT, CYRILLIC_PARTICLES

    m = _CUT.search(text, max(0, start - 80), start)
    if m is None:
        return False
    particles = m.group(2).split()
    return all(p in CYRILLIC_PARTICLES for p in particles) and (
        m.group(1) is not None or not set(particles) & _AMBIGUOUS
    )


_CUT_TEXTS = [
    "Президент Марсело Ребело де Соуза заявил, что Урсула фон дер Ляйен приедет.",
    "у Львові, де Зеленський выступил,\tа Хуан дель Ривера\u00a0 молчал.",
    "Иван Петров ду  Сантуш и Анна Мария дос Сантос, ДЕ Гаспар, де Гаспар.",
    "Ali bin Salman met Ursula von der Leyen in Brussels de Gaulle.",
    "Виктор Орбан ля Франс, Марко Ёжиков её Гонсалес, Жан ля Ланн.",
    "де Соуза открыл; фон Браун; ле Пен ответила.",
]


@pytest.mark.parametrize("text", _CUT_TEXTS)
def test_a_name_cut_at_its_particle_is_told_as_the_search_alone_tells_it(text: str) -> None:
    from briefing.topics.people import after_particle

    starts = [m.start() for m in re.finditer(r"\w+", text)]
    answers = [after_particle(text, s) for s in starts]
    assert answers == [_plain_after_particle(text, s) for s in starts]


def test_the_cut_texts_hold_cut_names_and_look_alikes() -> None:
    from briefing.topics.people import after_particle

    answers = Counter(
        after_particle(text, m.start()) for text in _CUT_TEXTS for m in re.finditer(r"\w+", text)
    )
    assert answers[True] >= 5 and answers[False] > 50


def _plain_listed(
    occurrences: list[Occurrence], paragraphs: dict[tuple[str, int], str]
) -> set[Occurrence]:
    from briefing.topics.weak_mentions import _DATELINE, _LIST_GLUE

    by_paragraph: dict[tuple[str, int], list[Occurrence]] = defaultdict(list)
    for o in occurrences:
        by_paragraph[(o.article, o.paragraph)].append(o)
    found: set[Occurrence] = set()
    for key, occs in by_paragraph.items():
        text = paragraphs.get(key, "")
        found.update(
            o for o in occs if o.start == 0 and o.surface.isupper() and _DATELINE.match(text, o.end)
        )
        run: list[Occurrence] = []
        for o in sorted(occs, key=lambda o: (o.start, -o.end)):
            if run and o.start < run[-1].end:
                continue
            if run and _LIST_GLUE.fullmatch(text[run[-1].end : o.start]):
                run.append(o)
                continue
            if len(run) >= 3:
                found.update(run)
            run = [o]
        if len(run) >= 3:
            found.update(run)
    return found


_LISTS = [
    "OSLO (Reuters) — Varnsholm, Oskaven and Tarnköy met; Brisk or Halden stayed away.",
    "Varnsholm, Oskaven, Tarnköy and Brisk signed, said Halden.",
    "Brisk and Halden talked.",
]


def test_lists_of_names_are_found_as_the_full_loop_finds_them() -> None:
    from briefing.topics.weak_mentions import listed

    rnd = random.Random(5)
    paragraphs = {("a", i): text for i, text in enumerate(_LISTS)}
    names = [(i, m) for i, text in enumerate(_LISTS) for m in re.finditer(r"[A-Z]\w+", text)]
    sizes = Counter()
    for _ in range(500):
        occs = [
            Occurrence("a", i, m.start(), m.end(), m.group())
            for i, m in rnd.sample(names, rnd.randint(0, len(names)))
        ]
        expected = _plain_listed(occs, paragraphs)
        assert listed(occs, paragraphs) == expected
        sizes[len(expected) > 0] += 1
    assert sizes[True] > 50 and sizes[False] > 10
