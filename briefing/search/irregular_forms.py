"""An English word in a query also finds its irregular forms (``say`` → ``said``).

Snowball cuts endings, never changes a stem, so the forms of one word whose stem changes stem
apart: ``say`` / ``said``, ``tell`` / ``told``, ``go`` / ``went``, ``bring`` / ``brought``,
``child`` / ``children``, ``man`` / ``men`` (and the index's English stemmer leaves some
regular forms apart too: ``designate`` / ``designated``, ``try`` / ``tried``). A reader typing
either form means every form, and news tells its events in the past tense ("the minister
said"), so a base form that misses the past misses most reports.

So a typed word that is a lemma, or a form of one, in the generated table of such forms
(``irregular_table.py``, read from simplemma's English lexicon by
``benchmarks/realworld/gen_irregular_forms.py``, whose docstring gives the guards: homographs
such as ``left``, ``saw``, ``found`` and archaic forms or names such as ``holden`` are not in
it) also searches the stems of the lemma and of its forms that the briefing writes, where those
are not the typed word's own stem. ``saw`` typed finds nothing more: it is no form in the table.

Why the query and not the index (as ``romance_verbs.py``, which joins the Romance verbs the
same way): the join is then one lookup per typed word, no schema change and no indexing cost,
and a form joins only when its own lemma (or another form of it) is typed.

Other languages: French, Spanish, Italian and Portuguese verbs are joined by
``romance_verbs.py``, Russian verbs and nouns by ``verb_forms.py`` and ``noun_forms.py``
(pymorphy3), Ukrainian and Hebrew are indexed by their lemmas. German strong verbs (``gehen`` /
``ging``, ``kommen`` / ``kam``) were measured with the same rule read from the lexicon at query
time and left out: German's lexicon takes 3.6 s and 128 MB to read and a pass over it 100-200 ms
a typed word, and a generated German table (all strong verbs' forms) was not built in time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from functools import cache

from briefing.search.analysis import analyse_word
from briefing.search.irregular_table import LEMMAS

__all__ = ["LANGUAGES", "irregular_form_terms"]

#: Languages whose irregular forms are joined here.
LANGUAGES = tuple(LEMMAS)


def irregular_form_terms(
    word: str, languages: tuple[str, ...], written: Callable[[str], bool]
) -> frozenset[str]:
    """The stems of the briefing's forms of ``word``'s lemma (``word`` lowercased) that its
    own stem misses, in each language of the briefing this module joins (module doc);
    ``written`` says whether the briefing writes a word (``Vocabulary.__contains__``)."""
    found: set[str] = set()
    for language in LANGUAGES:
        if language not in languages:
            continue
        lemma = LEMMAS[language].get(word, word)
        forms = _forms(language).get(lemma)
        if not forms:
            continue
        own = analyse_word(word, language)
        for form in (lemma, *forms):
            term = analyse_word(form, language)
            if form != word and term is not None and term != own and written(form):
                found.add(term)
    return frozenset(found)


@cache
def _forms(language: str) -> Mapping[str, tuple[str, ...]]:
    """The table read the other way: each lemma's forms."""
    forms: dict[str, list[str]] = defaultdict(list)
    for form, lemma in LEMMAS[language].items():
        forms[lemma].append(form)
    return {lemma: tuple(found) for lemma, found in forms.items()}
