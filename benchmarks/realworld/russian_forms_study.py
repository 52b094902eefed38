"""Russian nouns whose forms Snowball stems apart: lemmatise the index, or expand the query?

Snowball's Russian stemmer cuts endings, so a noun whose stem changes inside its paradigm — a
fleeting vowel (``башня`` / ``башен``, ``отец`` / ``отца``, ``окно`` / ``окон``), an
alternation (``друг`` / ``друзья``), a suppletive plural (``человек`` / ``люди``) — is not
found by its base form. Two ways to join them, both through pymorphy3's Russian dictionary
(already pinned for the topics):

- **lemma**: index (and query) each word the dictionary knows as the dictionary form of its
  most likely reading, as Ukrainian is (``stemmers._lemmatiser``); any other word keeps
  Snowball. Changes every Russian term, so the index schema changes;
- **expand**: leave the index as it is; a typed word the dictionary reads first as a noun is
  also searched as the Snowball stems of every form of its lexeme, ORed (as ``verb_forms.py``
  does for infinitives).

Measured on paradigms and look-alikes written here (none from the packets): how many forms a
search for the base form finds, how many unrelated words it finds or joins, and the cost per
word (wordfreq's 5,000 most frequent Russian words, each analysed once). Then, on wordfreq's
Russian list, what the expansion adds for each of the list's most frequent nouns: words of
other lemmas whose stem is one of the added stems (false hits).

    PYTHONPATH=$PWD python -m benchmarks.realworld.russian_forms_study
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from briefing.morphology import analyser
from briefing.search.analysis import analyse_word, fold

#: Base form → forms of its paradigm (written for this study: fleeting vowels, alternations,
#: suppletion, and regular nouns that must keep working).
PARADIGMS: dict[str, list[str]] = {
    "башня": ["башни", "башне", "башню", "башней", "башен", "башням", "башнях"],
    "сосна": ["сосны", "сосне", "сосной", "сосен", "соснам", "соснах"],
    "песня": ["песни", "песню", "песней", "песен", "песням"],
    "кухня": ["кухни", "кухне", "кухонь", "кухням"],
    "окно": ["окна", "окне", "окном", "окон", "окнам", "окнах"],
    "письмо": ["письма", "письме", "письмом", "писем", "письмам"],
    "кольцо": ["кольца", "кольце", "колец", "кольцами"],
    "сестра": ["сестры", "сестре", "сестру", "сестёр", "сёстры", "сестрам"],
    "земля": ["земли", "земле", "землю", "землёй", "земель", "землям"],
    "ошибка": ["ошибки", "ошибке", "ошибку", "ошибок", "ошибками"],
    "девушка": ["девушки", "девушке", "девушек", "девушкам"],
    "отец": ["отца", "отцу", "отцом", "отце", "отцы", "отцов"],
    "день": ["дня", "дню", "днём", "дни", "дней", "днями"],
    "сон": ["сна", "сну", "сном", "сне", "сны", "снов"],
    "лоб": ["лба", "лбу", "лбом"],
    "ветер": ["ветра", "ветру", "ветром", "ветры", "ветров"],
    "огонь": ["огня", "огню", "огнём", "огни", "огней"],
    "рот": ["рта", "рту", "ртом"],
    "потолок": ["потолка", "потолку", "потолком", "потолки", "потолков"],
    "кусок": ["куска", "куску", "куском", "куски", "кусков"],
    "звонок": ["звонка", "звонку", "звонки", "звонков"],
    "церковь": ["церкви", "церковью", "церквей", "церквям"],
    "небоскрёб": ["небоскрёба", "небоскрёбы", "небоскрёбов"],
    "человек": ["человека", "человеку", "люди", "людей", "людям"],
    "ребёнок": ["ребёнка", "ребёнку", "дети", "детей", "детям"],
    "друг": ["друга", "другу", "друзья", "друзей", "друзьям"],
    "мать": ["матери", "матерью", "матерей", "матерям"],
    "имя": ["имени", "именем", "имена", "имён", "именам"],
    "время": ["времени", "временем", "времена", "времён"],
    "путь": ["пути", "путём", "путей"],
    "пожар": ["пожара", "пожару", "пожаром", "пожаре", "пожары", "пожаров"],
    "здание": ["здания", "зданию", "зданием", "здании", "зданий", "зданиям"],
    "жилец": ["жильца", "жильцу", "жильцы", "жильцов"],
    "пожарный": ["пожарного", "пожарные", "пожарных", "пожарным"],
    "сталь": ["стали", "сталью"],
}

#: (a query word, a word of another lemma that looks like one of its forms).
LOOK_ALIKES: list[tuple[str, str]] = [
    ("песня", "пёс"),
    ("песня", "пса"),
    ("песня", "песок"),
    ("письмо", "писк"),
    ("письмо", "писать"),
    ("башня", "башка"),
    ("башня", "баш"),
    ("сосна", "сосед"),
    ("окно", "око"),
    ("лоб", "лобби"),
    ("рот", "рота"),
    ("сон", "сонный"),
    ("день", "деньги"),
    ("мать", "матч"),
    ("ветер", "ветеран"),
    ("кусок", "кусать"),
    ("отец", "отчёт"),
    ("огонь", "огнетушитель"),
    ("звонок", "звонить"),
    ("сталь", "стать"),
    ("сталь", "стали"),  # also a form of стать (они стали)
    ("земля", "землянин"),
    ("путь", "путина"),
    ("мать", "математика"),
    ("имя", "иметь"),
    ("время", "временный"),
]


def snowball(word: str) -> str:
    return analyse_word(word, "ru") or word


def lemma(word: str) -> str:
    morph = analyser("ru")
    if not morph.word_is_known(word):
        return snowball(word)
    return str(morph.parse(word)[0].normal_form)


def lexeme(word: str) -> set[str]:
    """Every form of the lexeme of ``word``'s first reading when it is a noun, else none."""
    morph = analyser("ru")
    if not morph.word_is_known(word):
        return set()
    best = morph.parse(word)[0]
    if best.tag.POS != "NOUN":
        return set()
    forms = {form.word for form in best.lexeme}
    return forms | {form.replace("ё", "е") for form in forms}


def expansion(word: str) -> frozenset[str]:
    """The Snowball stems of every form of the lexeme of ``word``'s first noun reading."""
    return plain(word) | {snowball(f) for f in lexeme(word)}


def guarded(vocabulary: set[str]) -> Callable[[str], frozenset[str]]:
    """The expansion, keeping only a stem under which every word of ``vocabulary`` (the
    briefing's words) is a form of the lexeme: a stem shared with another word there
    (``пес`` of ``песен`` and of ``пёс``) would find that word too."""
    by_stem: dict[str, set[str]] = {}
    for known in vocabulary:
        by_stem.setdefault(snowball(known), set()).add(known)

    def terms(word: str) -> frozenset[str]:
        forms = lexeme(word)
        added = {
            stem
            for stem in {snowball(f) for f in forms}
            if stem in by_stem and by_stem[stem] <= forms
        }
        return plain(word) | added

    return terms


def plain(word: str) -> frozenset[str]:
    return frozenset({snowball(word), fold(word)})


Candidate = tuple[Callable[[str], str], Callable[[str], frozenset[str]]]


def candidates() -> dict[str, Candidate]:
    """name → (how a text word is indexed, which terms a typed word searches). The guarded
    expansion's briefing is every word of this study at once (paradigms and look-alikes)."""
    study_words = {w for forms in PARADIGMS.values() for w in forms} | set(PARADIGMS)
    study_words |= {w for pair in LOOK_ALIKES for w in pair}
    return {
        "Snowball (today)": (snowball, plain),
        "pymorphy3 lemma at index": (lemma, lambda w: frozenset({lemma(w), fold(w)})),
        "Snowball + query expansion": (snowball, expansion),
        "Snowball + expansion guarded by the vocabulary": (snowball, guarded(study_words)),
    }


def _cost(function: Callable[[str], object], words: list[str]) -> float:
    """µs per call, caches bypassed (the product caches per distinct word)."""
    started = time.perf_counter()
    for word in words:
        function(word)
    return (time.perf_counter() - started) / len(words) * 1e6


def _timing_words(count: int = 5000) -> list[str]:
    """Distinct words to time the index analysis on: wordfreq's most frequent Russian words
    (the product analyses each distinct word once)."""
    import wordfreq

    return [
        w for w in itertools.islice(wordfreq.iter_wordlist("ru", "large"), count) if w.isalpha()
    ]


def main() -> None:
    analyser("ru")  # load the dictionary outside the timings
    words = _timing_words()
    total = sum(len(forms) for forms in PARADIGMS.values())
    print("| candidate | base form finds | look-alikes found | µs/word indexed | µs/query word |")
    print("|---|---|---|---|---|")
    misses: dict[str, list[str]] = {}
    for name, (index, query) in candidates().items():
        found = 0
        for base, forms in PARADIGMS.items():
            terms = query(base)
            hits = [f for f in forms if index(f) in terms]
            found += len(hits)
            misses.setdefault(name, []).extend(f for f in forms if f not in hits)
        wrong = [(a, b) for a, b in LOOK_ALIKES if index(b) in query(a)]
        if index is snowball:
            index_cost = _cost(lambda w: analyse_word.__wrapped__(w, "ru"), words)
        else:
            index_cost = _cost(index, words)
        query_cost = _cost(query, words[:1000])
        shown = ", ".join(f"{a}/{b}" for a, b in wrong) or "none"
        print(
            f"| {name} | {found}/{total} | {len(wrong)}/{len(LOOK_ALIKES)} ({shown}) "
            f"| {index_cost:.1f} | {query_cost:.1f} |"
        )
    for name, missed in misses.items():
        print(f"\n{name} misses: {' '.join(missed)}")
    wordlist_false_hits()


def wordlist_false_hits(nouns: int = 300, vocabulary: int = 50_000) -> None:
    """For wordfreq's most frequent Russian nouns: the words of other lemmas among the list's
    ``vocabulary`` most frequent whose stem only the expansion adds (a search for the noun
    would now find them)."""
    import wordfreq

    morph = analyser("ru")
    listed = [
        w
        for w in itertools.islice(wordfreq.iter_wordlist("ru", "large"), vocabulary)
        if w.isalpha()
    ]
    by_stem: dict[str, list[str]] = {}
    for word in listed:
        by_stem.setdefault(snowball(word), []).append(word)
    queried = [w for w in listed if morph.parse(w)[0].tag.POS == "NOUN"][:nouns]
    for name, expand in [("expansion", expansion), ("guarded expansion", guarded(set(listed)))]:
        added_right = added_wrong = 0
        wrong_examples: list[str] = []
        for noun in queried:
            lemma_of = morph.parse(noun)[0].normal_form
            for stem in expand(noun) - plain(noun):
                for word in by_stem.get(stem, []):
                    if any(p.normal_form == lemma_of for p in morph.parse(word)):
                        added_right += 1
                    else:
                        added_wrong += 1
                        wrong_examples.append(f"{noun}→{word}")
        print(
            f"\nwordfreq ru, {len(queried)} most frequent nouns against {len(listed):,} words: "
            f"the {name} adds {added_right} words of the noun's own lexeme and "
            f"{added_wrong} of another ({' '.join(wrong_examples[:30])})"
        )


if __name__ == "__main__":
    main()
