"""Hebrew and Persian search candidates (SEARCH_LANGUAGES.md, schema 14).

Hebrew glues one-letter particles to the next word (ו "and", ה "the", ב "in", כ "as", ל "to",
מ "from", ש "that", and stacks of them: וה, שה, מה) and writes plurals with ים / ות; until
schema 14 it had no analysis at all, so ``חטוף`` (hostage) found neither ``חטופים`` nor
``לחטופים``. Candidates for Hebrew:

- none (schema 13: the word as written, points folded);
- a light rule: strip a particle stack when three letters or more remain, then ים / ות when
  three letters or more remain, and write the last letter in its final form;
- simplemma's Hebrew lemmas (``simplemma`` 2.0.0: a 105,000-form dictionary from UD and
  Wiktionary; a word it does not know loses one particle of ו ה ב כ ל ש only when what is
  left is in the dictionary, else it stays whole);
- simplemma, and a stack of two or three particles taken off a word it does not know when it
  knows what is left (schema 14: ``briefing.search.hebrew``).

Persian has had Snowball's stemmer since schema 10; scraped Persian often loses the
zero-width non-joiner (``گروگانها`` for ``گروگان‌ها``). Candidates: Snowball (schema 10–13),
simplemma's Persian lemma before Snowball, and (schema 14, "product") Snowball with a plural
that simplemma gives a singular (the singular plus ها / های / هایی / ان) stemmed as that
singular.

For each: the dev packets' cases in that language (a case passes when each expected file has,
in a paragraph of that language, a word analysed like the query), the packets' distinct words
grouped (each group of two or more printed, to be read), hand-written paradigms (forms found
by their base form) and look-alikes (distinct words joined), and wordfreq's 30,000 most
frequent words of the language (words changed, groups). The word lists are written for this
study, not taken from a packet.

    PYTHONPATH=$PWD:DIR python -m benchmarks.realworld.he_fa_study

(DIR: where ``pip install --target DIR simplemma==2.0.0`` put it, when it is not installed.)
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable

from benchmarks.realworld import manifest
from briefing.corpus.discover import discover
from briefing.corpus.reader import read_article
from briefing.search import hebrew
from briefing.search.analysis import analyse_word, fold
from briefing.search.tokens import TOKEN_PATTERN

Stem = Callable[[str], str]

HEBREW = {
    "ילד": ["ילדים", "הילד", "הילדים", "לילדים", "והילדים", "בילדים"],
    "ספר": ["ספרים", "הספר", "בספר", "הספרים", "לספרים", "מהספר"],
    "בית": ["הבית", "בבית", "לבית", "מהבית", "והבית"],
    "עיר": ["העיר", "בעיר", "לעיר", "מהעיר", "ערים"],
    "ממשלה": ["הממשלה", "בממשלה", "לממשלה", "שהממשלה", "ממשלות"],
    "מדינה": ["המדינה", "במדינה", "מדינות", "למדינות", "והמדינה"],
    "חייל": ["חיילים", "החיילים", "לחיילים", "שהחיילים"],
    "אסיר": ["אסירים", "האסירים", "לאסירים", "והאסירים"],
    "משפחה": ["המשפחה", "משפחות", "למשפחות", "והמשפחות"],
    "מלחמה": ["המלחמה", "במלחמה", "מלחמות", "שהמלחמה"],
    "בחירות": ["הבחירות", "בבחירות", "לבחירות"],
    "ירושלים": ["בירושלים", "לירושלים", "מירושלים", "וירושלים"],
    "ישראל": ["לישראל", "בישראל", "מישראל", "וישראל", "שישראל"],
    "שר": ["השר", "לשר", "שרים", "השרים"],
    "עיתונאי": ["עיתונאים", "העיתונאים", "לעיתונאים"],
    "פצוע": ["פצועים", "הפצועים", "לפצועים"],
    "הסכם": ["ההסכם", "בהסכם", "הסכמים", "להסכם"],
    "תקיפה": ["התקיפה", "בתקיפה", "תקיפות"],
    "נשיא": ["הנשיא", "לנשיא", "נשיאים"],
    "צבא": ["הצבא", "בצבא", "לצבא", "מהצבא", "צבאות"],
    "שופט": ["השופט", "שופטים", "השופטים", "לשופטים"],
    "רכבת": ["הרכבת", "ברכבת", "רכבות"],
    "שריפה": ["השריפה", "בשריפה", "שריפות"],
    "גשר": ["הגשר", "גשרים", "מהגשר"],
}
#: Distinct words a particle or plural rule could join (the second is the first less a
#: letter of its own, or a plural ending that is its own letters).
HEBREW_APART = [
    ("בחירות", "חירות"),
    ("הפסקה", "פסקה"),
    ("מדינה", "דינה"),
    ("שמים", "מים"),
    ("ימים", "ים"),
    ("מים", "ים"),
    ("שנים", "שן"),
    ("ערים", "ער"),
    ("שירות", "שיר"),
    ("כלים", "כל"),
    ("שמונה", "מונה"),
    ("בקשה", "קשה"),
    ("כמות", "מות"),
    ("התקפה", "תקפה"),
    ("השקעה", "שקעה"),
    ("הכרה", "כרה"),
    ("ממשל", "משל"),
    ("מספר", "ספר"),
    ("ועדה", "עדה"),
    ("לבנה", "בנה"),
    ("ברכה", "רכה"),
    ("שאלה", "אלה"),
    ("מדבר", "דבר"),
    ("ממלכה", "מלכה"),
    ("כלב", "לב"),
    ("ברק", "רק"),
    ("לחם", "חם"),
    ("בשר", "שר"),
    ("כמה", "מה"),
    ("מכתב", "כתב"),
]
PERSIAN = {
    "گروگان": ["گروگانها", "گروگان\u200cها", "گروگانهای", "گروگانان"],
    "زندانی": ["زندانیان", "زندانیها", "زندانی\u200cها", "زندانیهای"],
    "کتاب": ["کتابها", "کتاب\u200cها", "کتابهای"],
    "خانواده": ["خانوادهها", "خانواده\u200cها", "خانوادههای"],
    "بیمارستان": ["بیمارستانها", "بیمارستان\u200cها", "بیمارستانهای"],
    "کشور": ["کشورها", "کشورهای", "کشور\u200cها"],
    "فلسطینی": ["فلسطینیان", "فلسطینیها"],
    "سرباز": ["سربازان", "سربازها"],
    "درخت": ["درختان", "درختها"],
    "شهر": ["شهرها", "شهرهای", "شهر\u200cها"],
    "روزنامه": ["روزنامهها", "روزنامه\u200cها", "روزنامه\u200cهای"],
    "دانشجو": ["دانشجویان", "دانشجوها"],
}
PERSIAN_APART = [
    ("زندان", "زندانی"),
    ("گرو", "گروگان"),
    ("کار", "کارگر"),
    ("شهر", "شهرت"),
    ("ایران", "ایرانی"),
    ("نان", "نا"),
    ("باران", "بار"),
    ("جوان", "جو"),
    ("دوران", "دور"),
    ("انسان", "انس"),
]

_PARTICLES = re.compile("^ו?(?:כש|ש)?(?:[בכל]|מה?|ה)?")
_FINAL = str.maketrans("כמנפצ", "ךםןףץ")


def light_hebrew(word: str) -> str:
    """The light rule (see the module docstring)."""
    stack = _PARTICLES.match(word)
    if stack and len(word) - stack.end() >= 3:
        word = word[stack.end() :]
    if word.endswith(("ים", "ות")) and len(word) >= 5:
        word = word[:-2]
    return word[:-1] + word[-1].translate(_FINAL)


def hebrew_candidates() -> list[tuple[str, Stem]]:
    import simplemma

    return [
        ("none (schema 13)", lambda w: fold(w)),
        ("light particle/plural rule", light_hebrew),
        ("simplemma 2.0.0 lemma", lambda w: simplemma.lemmatize(w, lang="he")),
        ("simplemma + particle stacks (schema 14)", hebrew.lemma),
        ("product", lambda w: analyse_word(w, "he") or w),
    ]


def persian_candidates() -> list[tuple[str, Stem]]:
    import simplemma
    import snowballstemmer

    snowball = snowballstemmer.stemmer("persian").stemWord
    return [
        ("Snowball persian (schema 10-13)", snowball),
        ("simplemma lemma, then Snowball", lambda w: snowball(simplemma.lemmatize(w, lang="fa"))),
        ("product", lambda w: analyse_word(w, "fa") or w),
    ]


def packet_words(
    language: str,
) -> tuple[dict[tuple[str, str], set[str]], list[tuple[str, str, list[str]]]]:
    words: dict[tuple[str, str], set[str]] = defaultdict(set)
    cases: list[tuple[str, str, list[str]]] = []
    for packet in manifest.packets():
        if not packet.folder.is_dir():
            continue
        for case in packet.raw.get("search_cases") or ():
            if case["language"] == language:
                cases.append((packet.name, str(case["query"]), [str(f) for f in case["expect"]]))
        for found in discover([packet.folder]).files:
            article = read_article(found)
            for paragraph in getattr(article, "paragraphs", ()):
                if (paragraph.language or article.language) == language:
                    words[(packet.name, found.path.name)] |= {
                        m.group(0).lower() for m in TOKEN_PATTERN.finditer(paragraph.text)
                    }
    return words, cases


def study(language: str, candidates: list[tuple[str, Stem]], paradigms: dict[str, list[str]],
          apart: list[tuple[str, str]]) -> None:  # fmt: skip
    import wordfreq

    words, cases = packet_words(language)
    vocabulary = sorted({w for ws in words.values() for w in ws if w.isalpha() and len(w) > 1})
    listed = [w for w in wordfreq.top_n_list(language, 30_000) if w.isalpha() and len(w) > 1]
    forms = sum(len(f) for f in paradigms.values())
    print(f"\n## {language}: {len(cases)} cases, {len(vocabulary)} distinct words in the packets, "
          f"{forms} hand-written forms, {len(apart)} look-alike pairs, "
          f"{len(listed)} wordfreq words\n")  # fmt: skip
    print("| candidate | cases | packet groups 2+ | paradigm forms found | look-alikes joined |"
          " wordfreq changed | wordfreq groups 2+ | µs/word |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for name, stem in candidates:
        passed = sum(
            all({stem(query.lower()), query.lower()} & {stem(w) for w in words[(packet, f)]}
                for f in expect)
            for packet, query, expect in cases
        )  # fmt: skip
        groups: dict[str, set[str]] = defaultdict(set)
        for w in vocabulary:
            groups[stem(w)].add(w)
        found = sum(stem(f) == stem(base) for base, fs in paradigms.items() for f in fs)
        joined = [f"{a}/{b}" for a, b in apart if stem(a) == stem(b)]
        start = time.process_time()
        listed_groups: dict[str, set[str]] = defaultdict(set)
        for w in listed:
            listed_groups[stem(w)].add(w)
        cost = (time.process_time() - start) / len(listed) * 1e6
        changed = sum(stem(w) != w for w in listed)
        print(f"| {name} | {passed}/{len(cases)} | {sum(len(g) > 1 for g in groups.values())} | "
              f"{found}/{forms} | {len(joined)}/{len(apart)} {' '.join(joined)} | {changed} | "
              f"{sum(len(g) > 1 for g in listed_groups.values())} | {cost:.1f} |")  # fmt: skip
    for name, stem in candidates:
        groups = defaultdict(set)
        for w in vocabulary:
            groups[stem(w)].add(w)
        many = [f"{t}: {' '.join(sorted(g))}" for t, g in sorted(groups.items()) if len(g) > 1]
        print(f"\n{name}, packet groups ({len(many)}):")
        for line in many:
            print(f"  {line}")


def main() -> None:
    study("he", hebrew_candidates(), HEBREW, HEBREW_APART)
    study("fa", persian_candidates(), PERSIAN, PERSIAN_APART)


if __name__ == "__main__":
    main()
