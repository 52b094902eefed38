"""Which stemmer (or lemmatiser) reduces a word of each language to its indexed form.

Kept apart from :mod:`briefing.search.analysis`, which decides *which* language's rules a word
gets (its paragraph's, or its script's fallback); this module only says what those rules are:

- English: Whoosh's Porter, as before languages were detected (existing stems stay the same);
- the Snowball stemmers Whoosh ships (``whoosh.lang``);
- the Snowball stemmers Whoosh lacks, from ``snowballstemmer`` (pure Python, maintained, pinned
  3.1.1): Turkish, and — schema 4 — Polish, Czech, Catalan, Lithuanian, Estonian, Indonesian
  and Greek, which until then went through English Porter, so a Polish base form found no
  genitive or locative (``Francja`` / ``Francji``). On hand-written Polish paradigms Snowball
  joined 88/106 inflected forms to their base form, as many as pystempel's Polimorf table, both
  with none of 30 unrelated shared-prefix pairs joined, at about half the cost per word and
  without pystempel's 5 s table load or a new dependency (benchmarks/realworld/
  SEARCH_LANGUAGES.md). Slovak has no Snowball stemmer; the Czech one, its nearest kin, joined
  15/21 Slovak forms (none before) and no unrelated pair. Serbian is left out: its stemmer
  turns Cyrillic into Latin, which the per-script fallback does not expect. Schema 10 adds
  Basque, Irish (its initial mutations: ``gcarr`` = ``carr``), Esperanto and Persian. Left
  out: Nepali, Tamil and Yiddish, whose words the tokenizer cut at vowel signs and points
  until schema 11 (``किताबें`` was ``क`` ``त`` ``ब``), so a stemmer would have seen
  fragments; their words are now indexed whole but unstemmed, and their Snowball stemmers
  are still to be measured; Armenian, whose stemmer did not join ``երկիր`` / ``երկրներ`` and
  cut ``քաղաք`` to ``քաղ`` in a spot check;
- Hindi (schema 13): Snowball's light stemmer (Ramanathan and Rao's suffix list) joins
  ``उड़ानें`` / ``उड़ान``, ``बैंकों`` / ``बैंक``, ``शहरों`` / ``शहर``, but has no rule for the
  English loans Hindi news is full of, whose plural takes ``-्स`` (``एयरपोर्ट्स``,
  ``सेक्टर्स``): that is removed first after ट, ड or र when four letters or more remain (a
  singular ``नर्स``, ``कोर्स`` stays whole). On the dev packet's Hindi text (93 words) the
  light stemmer cut every postposition and auxiliary to one or two letters (``के``, ``की``,
  ``को``, ``कि``, ``कई`` all ``क``): a stem under three letters keeps its word whole. One
  false join remains there (``बार`` "time" / ``बारे`` "about");
- Hebrew (schema 14), which Snowball lacks: simplemma's dictionary lemmas, particles glued to
  a word taken off only where the dictionary knows what is left (``לחטופים`` → ``חטוף``;
  :mod:`briefing.search.hebrew`);
- Persian (schema 14): Snowball's stemmer, but a plural that simplemma's dictionary gives a
  singular it merely adds ``ها``, ``های``, ``هایی`` or ``ان`` to takes that singular's stem:
  Snowball cut ``زندانی`` (prisoner) to ``زند`` and ``زندانیان`` (prisoners) to ``زندان``
  (prison), and kept ``فلسطینی`` whole beside ``فلسطینیان`` → ``فلسط``. Only such plurals
  change (167 of wordfreq's 30,000 most frequent Persian words, each joined to its singular
  in a sample of 40); simplemma's other lemmas are not used (it reads ``شد``, "became", as a
  form of ``کرد``, "did");
- Arabic (schema 16): Whoosh's ISRI stemmer, with a five-letter word's article removed as
  the algorithm says (``التاج`` meets ``تاج``; :mod:`briefing.search.arabic`);
- Ukrainian, which Snowball lacks, is lemmatised with pymorphy3's Ukrainian dictionary (pinned
  for the topics already): 67/74 hand-written forms joined against 41/74 through the Russian
  stemmer it used before (``Польща`` / ``Польщі``, ``музей`` / ``музеї``, ``Київ`` /
  ``Києва``), one homograph joined (``міст``, genitive plural of ``місто`` and "bridge").
  Only words its dictionary knows are lemmatised: a Russian quote in a Ukrainian paragraph
  (``саммита``) or an unknown name still goes through the Russian stemmer, as it did before;
- Italian and Spanish (schema 5): a plural that Snowball reads as an infinitive with an
  attached pronoun (``dispersi`` as ``disper(e)`` + ``si``) gets the stem of its singular when
  a word list says it has one (:mod:`briefing.search.enclitics`);
- Italian ``-io`` nouns whose plural ends in a step-1 suffix (``edifici`` → ``edif``, beside
  ``edificio`` → ``edific``) and Polish nouns with a fleeting ``e`` (``wieżowiec`` stays
  whole, ``wieżowca`` → ``wieżowc``), schema 8: the form apart takes its sibling's stem from
  the same generated table (:mod:`briefing.search.stem_siblings`);
- German (schema 7): Snowball removes -en, -e, -er… but not a lone -n, so the plural of a noun
  in -el keeps its n (``Insel`` / ``Inseln``, ``Regel`` / ``Regeln``, ``Mittel`` / ``Mitteln``)
  and a search for one form missed the other. A stem ending in -eln drops that n; all 758 such
  words of wordfreq's German list stem to -eln, 422 of them beside their -el singular, the rest
  -eln verbs (``ermitteln``), whose infinitive then shares the stem of the noun it comes from
  (``handeln`` / ``Handel``), a merge of kin words like the stemmer's own;
- Greek (schema 10): Snowball removes ``-ια``, ``-ιου``, ``-ιων`` whole but from ``-ιο``,
  ``-ιος``, ``-ιοι``, ``-ιους`` only the vowel after the ι, so a noun or adjective in ``-ιο``/
  ``-ιος`` stems apart from its own plural and genitive (``ναυάγιο`` → ``ναυαγι``, ``ναυάγια``
  and ``ναυαγίου`` → ``ναυαγ``) and a search for one missed the other. Such a word takes the
  stem Snowball gives its genitive (``ναυαγίου``), when that is its own stem less the ι and at
  least four letters long: shorter stems are where Snowball's other forms already collide with
  unrelated words (``πιο`` would join ``πια``, ``γιο`` ``για``, ``ίδιοι`` ``ιδού``);
  (schema 15) likewise Snowball cuts ``-ια`` whole but only the vowel of ``-ιες``, ``-ιας``
  (``φωτιά`` → ``φωτ``, ``φωτιές`` → ``φωτι``): such a word takes the stem Snowball gives
  its ``-ια`` form when that is its own stem less the ι and three letters or more (``μιας``,
  ``αξίας``, ``βίας`` stay as they were);
- French (schema 12): Snowball cuts ``-ion`` after s or t only inside R2, so a long noun loses
  it (``démission`` → ``démiss``) while the verb, adjective or noun made from it with a
  doubled n keeps it once the n is undoubled (``démissionner``, ``démissionné`` →
  ``démission``), and a search for the verb missed the noun (a real packet's search case:
  ``démissionner``, ``sélectionné``, ``perfectionnement``, ``impressionnant``). Such a word
  (its stem ends in ``-sion``/``-tion`` and the word goes on with the second n) takes the stem
  Snowball gives the noun its stem spells, when that is the stem less ``-ion``: 495 words of
  wordfreq's large French list, each beside its own noun; a noun that keeps its ``-ion``
  (``question``, ``fonction``, ``mention``) already shares its verb's stem and is left alone,
  and a word without the doubled n (``antisionisme``, Latin ``orationes``) is never touched.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

from whoosh.lang import has_stemmer, stemmer_for_language
from whoosh.lang.porter import stem as porter_stem

from briefing.morphology import analyser
from briefing.search.arabic import stem as arabic_stem
from briefing.search.enclitics import plural_aware
from briefing.search.hebrew import lemma as hebrew_lemma
from briefing.search.plural_siblings import SIBLINGS

__all__ = ["base_stemmer", "stemmer"]

#: ISO 639-1 code → snowballstemmer algorithm, for stemmers Whoosh does not ship.
SNOWBALL_EXTRA = {
    "tr": "turkish",
    "pl": "polish",
    "cs": "czech",
    "sk": "czech",
    "ca": "catalan",
    "lt": "lithuanian",
    "et": "estonian",
    "id": "indonesian",
    "el": "greek",
    # schema 10: languages of Snowball 3 no dev packet holds; each checked on words written
    # for the tests (tests/search/test_snowball_extra.py)
    "eu": "basque",
    "ga": "irish",
    "eo": "esperanto",
    "fa": "persian",
}
#: Languages with words that take a sibling's stem (``plural_siblings.py``).
SIBLING_LANGUAGES = frozenset(SIBLINGS)
#: Languages lemmatised with pymorphy3 (a dictionary per language must be installed).
PYMORPHY = frozenset({"uk"})


@lru_cache(maxsize=64)
def stemmer(language: str | None) -> Callable[[str], str] | None:
    """The function that reduces a lowercased word of ``language``, or None if there is none."""
    if language == "en":
        return porter_stem
    if language == "el":
        return _greek(base_stemmer("el"))
    if language == "he":
        return hebrew_lemma
    if language == "ar":
        return arabic_stem
    if language == "hi":
        import snowballstemmer

        return _hindi(snowballstemmer.stemmer("hindi").stemWord)
    if language == "fa":
        return _persian(base_stemmer("fa"))
    if language in SNOWBALL_EXTRA:
        import snowballstemmer

        found = snowballstemmer.stemmer(SNOWBALL_EXTRA[language]).stemWord
        return plural_aware(language, found) if language in SIBLING_LANGUAGES else found
    if language in PYMORPHY:
        return _lemmatiser(language)
    if language == "de":
        return _german(plural_aware("de", stemmer_for_language("de")))
    if language == "fr":
        return _french(plural_aware("fr", stemmer_for_language("fr")))
    if language and has_stemmer(language):
        found = stemmer_for_language(language)
        return plural_aware(language, found) if language in SIBLING_LANGUAGES else found
    return None


def base_stemmer(language: str) -> Callable[[str], str]:
    """The Snowball stemmer :func:`stemmer` builds on for a Romance language, before any sibling
    lookup (what the generator of ``plural_siblings.py`` and its tests compare against)."""
    if language in SNOWBALL_EXTRA:
        import snowballstemmer

        return snowballstemmer.stemmer(SNOWBALL_EXTRA[language]).stemWord
    if has_stemmer(language):
        return stemmer_for_language(language)
    return lambda word: word


def _lemmatiser(language: str) -> Callable[[str], str]:
    """The dictionary form of pymorphy3's most likely reading of a word the dictionary knows;
    any other word (a Russian quote, a foreign name) gets the Russian stemmer, as before."""
    morph = analyser(language)
    fallback = stemmer("ru")
    assert fallback is not None

    def lemma(word: str) -> str:
        if not morph.word_is_known(word):
            return fallback(word)
        return str(morph.parse(word)[0].normal_form)

    return lemma


#: The shortest German -eln stem whose n is dropped: five letters or fewer are left alone
#: (``koeln``, Köln spelled without its umlaut, is no plural).
_GERMAN_ELN_MIN = 6


def _german(snowball: Callable[[str], str]) -> Callable[[str], str]:
    """Snowball German (a loan's plural given its singular's stem first, ``stadien`` →
    ``stadion``: ``loan_plurals.py``), with the n of an -eln stem dropped (``inseln`` →
    ``insel``)."""

    def stem(word: str) -> str:
        found = snowball(word)
        if len(found) >= _GERMAN_ELN_MIN and found.endswith("eln"):
            return found[:-1]
        return found

    return stem


def _french(snowball: Callable[[str], str]) -> Callable[[str], str]:
    """Snowball French, with a word made from a noun in ``-ion`` with a doubled n given the
    noun's stem (``démissionner`` → ``démiss``, as ``démission``; module docstring)."""

    def stem(word: str) -> str:
        found = snowball(word)
        if found.endswith(("sion", "tion")) and word.startswith(found + "n"):
            noun = snowball(found)
            if noun == found[:-3]:
                return noun
        return found

    return stem


#: Endings after an ι from which Snowball Greek cuts only the vowel (accents already removed;
#: ``σ`` for a final sigma a lowercasing left as σ).
_GREEK_IO = ("ιο", "ιος", "ιοσ", "ιοι", "ιους", "ιουσ")
#: Likewise for the feminine ``-ια`` nouns' plural and genitive (``φωτιές``, ``φωτιάς``), whose
#: ``-ια``, ``-ιων`` Snowball cuts whole (``φωτιά`` → ``φωτ``, ``φωτιές`` → ``φωτι``).
_GREEK_IA = ("ιες", "ιεσ", "ιας", "ιασ")
#: The shortest stem an ``-ιο`` word may take from its genitive (see the module docstring).
_GREEK_MIN_STEM = 4
#: The shortest stem an ``-ιες``/``-ιας`` word may take from its ``-ια`` form (SEARCH_LANGUAGES.md,
#: schema 15): three letters, since the ``-ια`` form already has that stem (``φωτ``).
_GREEK_MIN_IA_STEM = 3


def _greek(
    snowball: Callable[[str], str],
    min_stem: int = _GREEK_MIN_STEM,
    min_ia_stem: int | None = _GREEK_MIN_IA_STEM,
) -> Callable[[str], str]:
    """Snowball Greek, with an ``-ιο``/``-ιος`` word given its genitive's stem
    (``ναυάγιο`` → ``ναυαγ``, as ``ναυάγια`` and ``ναυαγίου``) and an ``-ιες``/``-ιας`` word
    its ``-ια`` form's (``φωτιές`` → ``φωτ``, as ``φωτιά``); ``min_stem`` and ``min_ia_stem``
    (None: no ``-ια`` rule) are for the study that measured the floors
    (``benchmarks/realworld/greek_study.py``)."""

    def stem(word: str) -> str:
        found = snowball(word)
        if not found.endswith("ι"):
            return found
        plain = _plain(word)
        if len(found) > min_stem and plain.endswith(_GREEK_IO):
            genitive = snowball(found + "ου")
            if genitive == found[:-1]:
                return genitive
        if min_ia_stem is not None and len(found) > min_ia_stem and plain.endswith(_GREEK_IA):
            singular = snowball(found + "α")
            if singular == found[:-1]:
                return singular
        return found

    return stem


#: Consonants before which a Devanagari ``-्स`` is an English loan's plural (airports, sectors,
#: cards), and the letters the singular must keep: ``नर्स`` (nurse) and ``कोर्स`` stay whole.
_LOAN_PLURAL_AFTER = frozenset("टडर")
_HINDI_MIN_LOAN = 4
#: Snowball's Hindi stem is kept only at this length or more (see the module docstring).
_HINDI_MIN_STEM = 3


def _hindi(snowball: Callable[[str], str]) -> Callable[[str], str]:
    """Snowball Hindi (Ramanathan and Rao's light suffix list), with an English loan's plural
    ``-्स`` removed first (``एयरपोर्ट्स`` → ``एयरपोर्ट``); a stem under three letters is
    the short word kept whole (``के``, ``की``, ``को`` were all ``क``)."""

    def stem(word: str) -> str:
        loan = word.endswith("्स") and len(word) - 2 >= _HINDI_MIN_LOAN
        if loan and word[-3] in _LOAN_PLURAL_AFTER:
            word = word[:-2]
        found = snowball(word)
        return found if len(found) >= _HINDI_MIN_STEM else word

    return stem


#: Persian plural endings, after the singular (``زندانیان`` is ``زندانی`` + ``ان``).
_PERSIAN_PLURALS = frozenset({"ها", "های", "هایی", "ان"})


def _persian(snowball: Callable[[str], str]) -> Callable[[str], str]:
    """Snowball Persian, with a plural whose singular simplemma's dictionary names given that
    singular's stem: Snowball stems ``زندانی`` (prisoner) to ``زند`` but ``زندانیان`` to
    ``زندان`` (prison), ``فلسطینی`` / ``فلسطینیان`` apart too (schema 14; module docstring)."""

    def stem(word: str) -> str:
        import simplemma  # its dictionary loads on the first Persian word

        singular = simplemma.lemmatize(word, lang="fa")
        plural = word.startswith(singular) and word[len(singular) :] in _PERSIAN_PLURALS
        return snowball(singular if plural else word)

    return stem


def _plain(word: str) -> str:
    """``word`` without its accents (``ναυάγιο`` → ``ναυαγιο``)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
