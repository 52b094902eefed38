"""Which currency a sum of money is written in, from CLDR (Babel), in any language.

A sum names its currency by a sign or code before the number ("$", "US$", "€", "CHF9
billion") or by the currency's name after it ("francs", "Franken", "franchi svizzeri",
"швейцарских франков", "瑞士法郎", "فرنك سويسري", "dollars", "долларов", "美元", "دولار").
Both come from CLDR: the signs of English and of the article's language, the display names of
the language in every grammatical number. A bare word shared by several currencies'
names ("francs", "dollars", "долларов") is read as the most traded of them (:data:`_MAJOR`):
a packet about one event names one currency so, and the writer who meant another says
which ("Hong Kong dollars", "HK$", "港元" are their own names).

A word counts as a currency's name only where it is the name's head noun: its last word in a
language that puts the adjective first ("Swiss *francs*", "Schweizer *Franken*",
"швейцарских *франков*"), its first in one that puts it after ("*francs* suisses", "*franchi*
svizzeri", "*فرنك* سويسري"); an adjective alone says nothing ("5 American soldiers", "5 new
cases"), though a whole name holding one is read ("franchi svizzeri").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, list_currencies

#: The most traded currencies, most first: a word several currencies' names share is read
#: as the first of them here ("dollars": USD, "francs": CHF).
_MAJOR = ("USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD", "SEK", "KRW",
          "NOK", "NZD", "INR", "MXN", "TWD", "ZAR", "BRL", "DKK", "PLN", "THB", "ILS", "TRY",
          "RUB", "CZK", "HUF", "SAR", "AED", "UAH", "RON")  # fmt: skip
#: Writing systems without spaces between words: a name is matched as the text's prefix.
_UNSPACED = ("zh", "ja")
#: Languages whose adjectives follow the noun: a currency name's head is its first word.
_NOUN_FIRST = frozenset({"fr", "it", "es", "pt", "ro", "ca", "ar", "he", "fa"})
#: Languages whose particles are written onto the word before them ("유로의", "원을"): a
#: currency's name or head noun is matched as the start of the word after the number,
#: followed by nothing, a space, a mark or a particle (:data:`_PARTICLE_STARTS`).
_GLUED_PARTICLES = ("ko",)
#: The first syllables of the Korean particles and endings a currency word takes ("의",
#: "을", "를", "이", "가", "은", "는", "도", "에", "으로", "과", "와", "까지", "씩", "만",
#: "가량", "대", "선"); another syllable makes another word ("원정", "원인").
_PARTICLE_STARTS = frozenset("의을를이가은는도에으로과와까씩만대선")
#: Locales whose names a language's press writes (Chinese in both scripts).
_VARIANTS = {"zh": ("zh", "zh_Hant")}


def _rank(code: str) -> int:
    return _MAJOR.index(code) if code in _MAJOR else len(_MAJOR)


def _locales(language: str) -> list[Locale]:
    found = []
    for name in _VARIANTS.get(language, (language,)):
        try:
            found.append(Locale.parse(name))
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return found


@cache
def signs(language: str) -> tuple[tuple[str, str], ...]:
    """Currency signs and ISO codes written before a number → code, longest first ("US$"
    before "$"): English's signs, then the language's own; letters-only signs other than
    the codes are left out ("Fr.", "kr" are words too)."""
    found: dict[str, str] = {}
    for locale in [Locale.parse("en"), *_locales(language)]:
        for code, sign in sorted(locale.currency_symbols.items(), key=lambda i: _rank(i[0])):
            if sign and not sign.isalpha() and not sign.isdigit():
                found.setdefault(sign, code)
    for code in list_currencies():
        if len(code) == 3 and code.isalpha():
            found.setdefault(code, code)
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


@cache
def _names(language: str) -> tuple[dict[str, str], dict[str, frozenset[str]], frozenset[str]]:
    """The language's full currency names (every plural form, folded) → code; each word of
    them → the codes whose names hold it; their head nouns (see the module's docstring)."""
    full: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    heads: set[str] = set()
    for locale in _locales(language):
        for code in sorted(locale.currencies, key=_rank):
            if not isinstance(code, str) or len(code) != 3:
                continue
            for count in (1, 2, 5, 1.5):
                name = get_currency_name(code, count, locale).casefold()
                if not name or name == code.casefold():
                    continue
                full.setdefault(name, code)
                if language == "ja" and not code.startswith("X"):
                    # "英国ポンド", "米ドル": the press writes the katakana noun alone
                    tail = re.search(r"[\u30a0-\u30ff]{2,}$", name)
                    if tail and tail.start():
                        full.setdefault(tail.group(), code)
                parts = name.split()
                head = parts[0] if language in _NOUN_FIRST else parts[-1]
                if len(head) > 2 or language in _GLUED_PARTICLES:  # "원", "유로": whole words
                    heads.add(head)
                for part in parts:
                    words.setdefault(part, set()).add(code)
    return full, {w: frozenset(c) for w, c in words.items()}, frozenset(heads)


#: Words linking a scale word to the currency ("milliards de dollars", "miliardi di franchi").
_LINKS = frozenset({"de", "di", "d'", "of"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def sign_before(text: str, position: int, language: str) -> tuple[int, str] | None:
    """The currency sign or code written right before ``position`` (one space at most):
    where it starts and its code ("US$3.25", "CHF9", "$ 100")."""
    head = text[max(0, position - 6) : position]
    table = _sign_table(language)
    # What the sign may be followed by: nothing, one space, and a final newline (what
    # ``[ \u00a0]?$`` allows); so the sign ends at one of these offsets of ``head``.
    size = len(head)
    ends = [size]
    if head[-1:] in (" ", "\u00a0", "\n"):
        ends.append(size - 1)
    if head[-2:] in (" \n", "\u00a0\n"):
        ends.append(size - 2)
    # The leftmost sign, the first of :func:`signs`' order where two end there ("US$" before
    # "$"): what searching for the alternation of every sign found, looked up in a dict
    # (that search was a third of reading money: issue 15).
    for start in range(size):
        best: tuple[int, str, bool] | None = None
        for end in ends:
            entry = table.get(head[start:end]) if end > start else None
            if entry is None or (best is not None and best[0] < entry[0]):
                continue
            if entry[2] and start and _LETTER.match(head, start - 1):
                continue  # a code inside a word ("...ACHF9")
            best = entry
        if best is not None:
            return position - size + start, best[1]
    return None


#: A letter (what ``(?<![^\W\d_])`` keeps a code from following).
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _sign_table(language: str) -> dict[str, tuple[int, str, bool]]:
    """Each sign of :func:`signs` → its place in their order, its code, and whether it is
    letters only (a code, which must not follow a letter)."""
    return {sign: (rank, code, sign.isalpha()) for rank, (sign, code) in enumerate(signs(language))}


def name_after(text: str, position: int, language: str) -> tuple[int, str] | None:
    """The currency named right after ``position`` (a link word "de"/"di" allowed): where the
    name ends and its code; None when the words there name no currency."""
    full, words, heads = _names(language)
    rest = text[position:]
    if language in _UNSPACED:
        body = rest.lstrip()
        for name in sorted(full, key=len, reverse=True):
            # a one-character name only for a currency ("円"), never a metal ("金", "銀")
            if body.startswith(name) and (len(name) > 1 or not full[name].startswith("X")):
                return position + len(rest) - len(body) + len(name), full[name]
        return None
    if language in _GLUED_PARTICLES:
        return _glued_name(rest, position, full, words, heads)
    found = list(_WORD.finditer(rest, 0, 60))
    if not found or rest[: found[0].start()].strip(" \u00a0."):
        return None
    first = found[0].group().casefold()
    if first in _LINKS:
        found = found[1:]
    elif first[:2] in ("d'", "d’"):  # "d'euros": the link written onto the name
        found[0] = re.compile(r"[^\W\d_][\w.-]*").search(rest, found[0].start() + 2)  # type: ignore[assignment]
    taken: list[re.Match[str]] = []
    for match in found[:3]:
        folded = match.group().casefold().rstrip(".")
        if folded not in words or (taken and rest[taken[-1].end() : match.start()].strip()):
            break
        taken.append(match)
    # The longest run of the words that names one currency ("franchi svizzeri"; "Euro"
    # of "Euro für", though "für" is a word of another currency's German name).
    for count in range(len(taken), 0, -1):
        run = [m.group().casefold().rstrip(".") for m in taken[:count]]
        if not any(word in heads for word in run):
            continue
        last = taken[count - 1]
        end = position + last.start() + len(last.group().rstrip("."))
        if " ".join(run) in full:
            return end, full[" ".join(run)]
        codes = frozenset.intersection(*(words[word] for word in run))
        if codes:
            return end, min(codes, key=_rank)
    return None


def _glued_name(
    rest: str, position: int, full: dict[str, str], words: dict[str, frozenset[str]],
    heads: frozenset[str],
) -> tuple[int, str] | None:  # fmt: skip
    """:func:`name_after` for a language that writes particles onto the noun ("유로의",
    "억원을"): a full name or a head noun starting the word, a particle or nothing after."""
    body = rest[1:] if rest[:1] in (" ", "\u00a0") else rest
    names = {**{h: min(words[h], key=_rank) for h in heads if h in words}, **full}
    for name in sorted(names, key=len, reverse=True):
        if not body.startswith(name) or names[name].startswith("X"):
            continue
        after = body[len(name) : len(name) + 1]
        if not after or not after.isalpha() or after in _PARTICLE_STARTS:
            return position + len(rest) - len(body) + len(name), names[name]
    return None


_CODE = re.compile(r"(?<![^\W\d_])[A-Z]{3}")


def may_name_money(text: str, language: str) -> bool:
    """Whether ``text`` holds a currency sign, an ISO code or a head word of a currency's
    name: a cheap test before its numbers are read (most sentences hold none)."""
    if _signs().search(text):
        return True
    codes = _codes()
    if any(m.group() in codes for m in _CODE.finditer(text)):
        return True
    full, _, heads = _names(language)
    if language in _UNSPACED:
        return any(name in text for name in full)
    if language in _GLUED_PARTICLES:
        return any(name in text for name in (*full, *heads))
    words = (
        w.casefold().rstrip(".").replace("’", "'").rsplit("'", 1)[-1] for w in _WORD.findall(text)
    )
    return any(w in heads for w in words)  # "d'euros": the word after the elision


@cache
def _signs() -> re.Pattern[str]:
    """Every currency sign of Unicode ("$", "€", "£", "¥", "₽"; all in its first plane)."""
    found = (chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Sc")
    return re.compile("[" + "".join(re.escape(c) for c in found) + "]")


@cache
def _codes() -> frozenset[str]:
    return frozenset(list_currencies())


def currency_label(code: str) -> str:
    """The currency's English name for the report ("Swiss francs")."""
    try:
        return get_currency_name(code, 2, "en")
    except (UnknownLocaleError, ValueError):
        return code
