"""Write ``briefing/search/irregular_table.py``: English forms Snowball stems apart from their
lemma, each with that lemma (``said`` → ``say``, ``children`` → ``child``), for
``briefing/search/irregular_forms.py`` (its docstring says why a query joins them).

The forms are simplemma's (its English form → lemma table; ``pip install simplemma==2.0.0``,
a dependency already), kept only when:

* the lexicon reads the form as exactly one lemma, and the lemma as itself: a form that is
  also the lemma of forms of its own is a homograph (``left``: "leave" and the side; ``saw``:
  "see" and the tool; ``found``, ``rose``, ``felt``, ``lay``) and stays apart;
* the form is no more than :data:`MAX_RARER` (wordfreq Zipf) rarer than its lemma: rarer ones
  are archaic or names as often as forms (``hath``, ``spake``; ``holden``, as in "editing by
  Michael Holden", 36 times rarer than ``hold``; ``stricken``, ``gotten``);
* the lemma is no function word, less than :data:`MAX_STOP_SHARE` of whose forms the stop
  list drops, and is in wordfreq's list at least :data:`MIN_ZIPF`;
* the form's stem differs from the lemma's, is at least :data:`MIN_STEM` letters, and no word
  the lexicon reads as another lemma (and wordfreq lists at least :data:`MIN_ZIPF`: not the
  archaic ``wente`` of "ween" beside ``went``) has that stem.

Generated, not read at run time, so a query pays neither the lexicon (0.8 s and 26 MB to
read) nor a pass over it (about 20 ms a word). Rerun after changing the rule or upgrading
simplemma, wordfreq or snowballstemmer (all pinned); no schema change (only queries use it):

    PYTHONPATH=$PWD python -m benchmarks.realworld.gen_irregular_forms
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import cache
from importlib.metadata import version
from pathlib import Path

from benchmarks.realworld.table_source import pairs_module
from briefing.search.analysis import analyse_word, is_stop
from briefing.search.romance_verbs import lexicon

TARGET = Path(__file__).resolve().parents[2] / "briefing" / "search" / "irregular_table.py"
#: Languages written (module doc of ``irregular_forms.py`` for the others).
LANGUAGES = ("en",)
#: A form rarer than its lemma by more than this (wordfreq Zipf: ten times) stays apart.
MAX_RARER = 1.0
#: A lemma at least this share of whose forms the stop list drops is a function word.
MAX_STOP_SHARE = 0.2
#: A lemma rarer than this (wordfreq Zipf) is left out (nobody types it), and a word this rare
#: blocks no stem.
MIN_ZIPF = 2.0
#: A form's stem shorter than this is not searched (other words' too).
MIN_STEM = 3


class Lexicon:
    """simplemma's form → lemma table of one language, read both ways."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.table: Mapping[bytes, bytes] = lexicon(language)
        self.forms: dict[str, set[str]] = defaultdict(set)
        for key, value in self.table.items():
            self.forms[value.decode()].add(key.decode())
        self.lemmas = frozenset(self.forms)

    @cache  # noqa: B019 - one instance per language, for the run
    def readings(self, word: str) -> frozenset[str]:
        """The lemmas the lexicon reads ``word`` as: its lemma if it knows the word, and the
        word itself where it is a lemma of other forms (``left``, ``saw``)."""
        found: set[str] = set()
        value = self.table.get(word.encode())
        if value is not None:
            found.add(value.decode())
        if word in self.lemmas:
            found.add(word)
        return frozenset(found)


def pairs(language: str) -> dict[str, str]:
    """Every form the rule keeps (module doc), with its lemma, sorted by lemma then form."""
    from wordfreq import zipf_frequency

    lex = Lexicon(language)
    by_stem: dict[str, set[frozenset[str]]] = defaultdict(set)
    for key in lex.table:
        word = key.decode()
        if word.isalpha() and word == word.lower() and zipf_frequency(word, language) >= MIN_ZIPF:
            stem = analyse_word(word, language)
            if stem:
                by_stem[stem].add(lex.readings(word))
    kept: dict[str, str] = {}
    for lemma in sorted(lex.lemmas):
        if not lemma.isalpha() or lemma != lemma.lower() or lex.readings(lemma) != {lemma}:
            continue
        floor = zipf_frequency(lemma, language)
        if floor < MIN_ZIPF:
            continue
        forms = [
            form
            for form in lex.forms[lemma]
            if form.isalpha()
            and form == form.lower()
            and lex.readings(form) == {lemma}
            and zipf_frequency(form, language) >= floor - MAX_RARER
        ]
        if sum(is_stop(form, language) for form in forms) >= MAX_STOP_SHARE * max(1, len(forms)):
            continue
        own = analyse_word(lemma, language)
        for form in sorted(forms):
            stem = analyse_word(form, language)
            if stem is None or stem == own or len(stem) < MIN_STEM:
                continue
            if by_stem[stem] <= {frozenset({lemma}), frozenset()}:
                kept[form] = lemma
    return kept


def render(tables: dict[str, dict[str, str]]) -> str:
    doc = [
        "Generated by benchmarks/realworld/gen_irregular_forms.py; do not edit by hand.",
        "",
        "Forms Snowball stems apart from their lemma, each with the lemma (``said`` ``say``),",
        f"read with simplemma {version('simplemma')}, wordfreq {version('wordfreq')} and",
        f"snowballstemmer {version('snowballstemmer')} (``irregular_forms.py``).",
    ]
    return pairs_module(doc, "LEMMAS", tables)


def main() -> None:
    tables = {language: pairs(language) for language in LANGUAGES}
    TARGET.write_text(render(tables), encoding="utf-8")
    counts = ", ".join(f"{language} {len(table)}" for language, table in tables.items())
    print(f"wrote {TARGET}: {counts}")


if __name__ == "__main__":
    main()
