"""One foreign name written by ear two ways in katakana: "カミラ" / "カーミラ".

Katakana has no capitals, so :mod:`.spelling`, which finds names by them, never sees a
Japanese name. A foreign name is written in katakana by its sound, and the conventions leave
its vowels open: a long vowel marked or not ("ー"), a glide written with a full or a small
kana, a vowel heard between two consonants or not ("ザイヤ" / "ザヤ"). Two articles that choose
differently spell one name two ways, the disagreement the analyst is shown (as "Zelensky" /
"Zelenskyy" is in Latin letters, and as :mod:`.hangul_spellings` finds in Hangul).

Flagged only when all of these hold:

- the two forms are katakana words (a name's words split at "・") of articles of one
  language, of at least :data:`MIN_KANA` kana each, whose romanised consonants are the same,
  in the same order: they differ in their vowels alone (a changed consonant, "バ" / "パ", makes
  another word);
- the word is a foreign name: its consonants (:func:`~briefing.topics.uncased_sounds.
  sound_key`, at least :data:`MIN_CONSONANTS`) are those of a word the packet writes with a
  capital in Latin letters, and of one such word only in each language (two Latin names of
  one sound may be two people: silent);
- no article writes both forms (one writer's two spellings contradict no other source);
- neither form is an everyday Japanese word (wordfreq's Japanese list has it at Zipf
  :data:`EVERYDAY` or above, as written): a loanword the language has made its own keeps its
  long vowel open by the language's own norms ("ハロウィン" / "ハロウィーン", "コンピュータ" /
  "コンピューター"), so two of its forms are two usual spellings, not two hearings of a name;
- neither form is two everyday loanwords glued ("ロイヤル" + "ウェディング", each at Zipf
  :data:`COMPOUND_PART` or above as written): a compound of common words ("royal wedding",
  found blind in harry-meghan beside "#RoyalWedding") is no name heard by ear, though the
  compound itself is too rare to be everyday.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from anyascii import anyascii

from briefing.analysis.hangul_spellings import by_ear
from briefing.analysis.model import Discrepancy, Quote
from briefing.analysis.spelling_quotes import quotes_in
from briefing.corpus.wordlists import common_as_written
from briefing.model import Article

#: The fewest kana a form has ("ー" not counted): shorter words are mostly common ones.
MIN_KANA = 3
#: A form this common in Japanese at large (Zipf: 4 is ten uses a million words) is an
#: everyday loanword, not a name heard by ear.
EVERYDAY = 4.0
#: Each part of a glued compound of everyday loanwords is this common as written (Zipf 3.5:
#: about three uses a million words; "ロイヤル", "ウェディング"), a bar most names heard by ear
#: do not pass ("マークル", "ベッカム", "カミラ" are below it).
COMPOUND_PART = 3.5
#: The fewest kana in each part of such a compound.
_PART_KANA = 2
#: The fewest consonants (as ``sound_key`` keeps them) a form keeps.
MIN_CONSONANTS = 2
#: A katakana word: kana and the long-vowel mark, never the "・" between a name's words.
_KANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_VOWELS = re.compile(r"[aeiou]+")


def kana_spelling_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Two katakana spellings of one foreign name (see the module docstring)."""
    forms: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article in articles:
        for paragraph in article.paragraphs:
            for match in _KANA.finditer(paragraph.text):
                word = match.group()
                if len(word.replace("ー", "")) >= MIN_KANA:
                    forms[(article.language, _consonants(word))][word].add(article.id)
    pairs = [
        (a, b, spelt)
        for spelt in forms.values()
        if len(spelt) > 1
        for a, b in combinations(sorted(spelt), 2)
        if not spelt[a] & spelt[b]
        and not (_everyday(a) or _everyday(b) or _compound(a) or _compound(b))
    ]
    return by_ear(pairs, articles, MIN_CONSONANTS, "katakana", _quotes, same_key=True)


def _everyday(word: str) -> bool:
    """Whether ``word`` is an everyday Japanese word, as written (see :data:`EVERYDAY`)."""
    return common_as_written(word, "ja", "small", EVERYDAY)


def _compound(word: str) -> bool:
    """Whether ``word`` is two everyday katakana words glued (see :data:`COMPOUND_PART`)."""
    return any(
        common_as_written(word[:cut], "ja", "small", COMPOUND_PART)
        and common_as_written(word[cut:], "ja", "small", COMPOUND_PART)
        for cut in range(_PART_KANA, len(word) - _PART_KANA + 1)
    )


def _consonants(word: str) -> str:
    """The word's romanised consonants as written, vowels and length left out: "ザイヤーニ"
    and "ザヤニ" are both "zyn", "バリ" and "パリ" two words."""
    return _VOWELS.sub("", anyascii(word).casefold())


def _quotes(word: str, ids: set[str], by_id: dict[str, Article]) -> tuple[Quote, ...]:
    return quotes_in(
        re.compile(rf"(?<![\u30a1-\u30fa\u30fc]){re.escape(word)}(?![\u30a1-\u30fa\u30fc])"),
        ids,
        by_id,
    )
