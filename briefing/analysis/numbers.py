"""Numbers as written in the article's language: digits with its separators, and words.

"1,300" is a thousand and three hundred in English and 1.3 in French; "7,7" is a magnitude in
Turkish. The separators come from CLDR (Babel) for the article's language. Numbers written
as words ("eight", "huit", "acht", "otto", "восемь", "sekiz") are read from tables made by
num2words for that language, so each language's words are the maintained package's, not ours.
Where number-parser ships its own word lists (Russian, Ukrainian, Spanish, English, Hindi)
they are added: they hold the grammatical cases num2words does not ("девяти", "двух", "две").
Russian and Ukrainian count people with collective numerals ("трое", "четверых"), a closed
class of the grammar that neither table has: a table generated with pymorphy3 holds them.
"One" is left out: in most languages it is also the indefinite article ("un musée").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from briefing.analysis.number_intervals import interval as interval
from briefing.analysis.number_intervals import is_year as is_year
from briefing.analysis.number_intervals import scaled_interval as scaled_interval
from briefing.analysis.number_tables import compact_scales, multipliers, number_words

T = TypeVar("T")

#: "about", "more than"… per language: how a figure is hedged changes what it claims.
QUALIFIERS: dict[str, dict[str, str]] = {
    "en": {"about": "about", "around": "about", "roughly": "about", "approximately": "about",
           "some": "about", "an estimated": "about", "nearly": "nearly", "almost": "nearly",
           "close to": "nearly", "more than": "above", "over": "above", "at least": "from",
           "fewer than": "below", "less than": "below", "under": "below", "up to": "upto",
           "no fewer than": "from", "no less than": "from", "as many as": "upto",
           "just over": "above", "just under": "below", "upwards of": "above"},
    "fr": {"environ": "about", "près de": "nearly", "presque": "nearly", "plus de": "above",
           "au moins": "from", "moins de": "below", "jusqu'à": "upto", "quelque": "about",
           "au minimum": "from", "pas moins de": "from", "autour de": "about",
           "approximativement": "about", "quasiment": "nearly"},
    "de": {"rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about",
           "fast": "nearly", "knapp": "nearly", "mehr als": "above", "über": "above",
           "mindestens": "from", "weniger als": "below", "bis zu": "upto",
           "wenigstens": "from", "zumindest": "from"},
    "it": {"circa": "about", "quasi": "nearly", "oltre": "above", "più di": "above",
           "almeno": "from", "meno di": "below", "fino a": "upto", "non meno di": "from",
           "intorno a": "about", "all'incirca": "about", "poco più di": "above",
           "poco meno di": "below"},
    "es": {"unos": "about", "unas": "about", "alrededor de": "about", "cerca de": "nearly",
           "casi": "nearly", "más de": "above", "al menos": "from", "menos de": "below",
           "hasta": "upto", "por lo menos": "from", "aproximadamente": "about",
           "en torno a": "about"},
    "ru": {"около": "about", "примерно": "about", "почти": "nearly", "более": "above",
           "более чем": "above", "больше чем": "above", "менее чем": "below",
           "больше": "above", "свыше": "above", "не менее": "from", "менее": "below",
           "до": "upto", "по меньшей мере": "from", "как минимум": "from",
           "не менее чем": "from", "не более": "upto", "не более чем": "upto",
           "порядка": "about", "приблизительно": "about"},
    "uk": {"близько": "about", "приблизно": "about", "майже": "nearly", "понад": "above",
           "більше ніж": "above", "щонайменше": "from", "принаймні": "from",
           "не менше": "from", "не менше ніж": "from", "менше ніж": "below", "до": "upto"},
    "tr": {"yaklaşık": "about", "civarında": "about", "en az": "from", "en azından": "from",
           "neredeyse": "nearly"},
    "pt": {"cerca de": "about", "aproximadamente": "about", "quase": "nearly",
           "mais de": "above", "pelo menos": "from", "ao menos": "from",
           "menos de": "below", "até": "upto", "por volta de": "about",
           "em torno de": "about"},
    "nl": {"ongeveer": "about", "circa": "about", "bijna": "nearly", "meer dan": "above",
           "ruim": "above", "minstens": "from", "ten minste": "from", "minimaal": "from",
           "zeker": "from", "naar schatting": "about", "minder dan": "below"},
    "pl": {"około": "about", "prawie": "nearly", "blisko": "nearly", "ponad": "above",
           "więcej niż": "above", "co najmniej": "from", "przynajmniej": "from",
           "mniej niż": "below", "nawet": "upto"},
    "el": {"περίπου": "about", "σχεδόν": "nearly", "πάνω από": "above",
           "τουλάχιστον": "from", "λιγότερο από": "below", "έως": "upto",
           "έως και": "upto", "περί τα": "about", "περί τους": "about", "περί τις": "about",
           "γύρω στα": "about", "γύρω στους": "about", "γύρω στις": "about"},
    "ro": {"aproximativ": "about", "circa": "about", "în jur de": "about", "aproape": "nearly",
           "peste": "above", "mai mult de": "above", "mai bine de": "above",
           "cel puțin": "from", "cel puţin": "from", "minimum": "from",
           "mai puțin de": "below", "mai puţin de": "below", "sub": "below",
           "până la": "upto"},
    "hu": {"mintegy": "about", "körülbelül": "about", "nagyjából": "about", "kb.": "about",
           "csaknem": "nearly", "majdnem": "nearly", "közel": "nearly", "több mint": "above",
           "legalább": "from", "kevesebb mint": "below", "akár": "upto"},
    "ar": {"حوالي": "about", "حوالى": "about", "نحو": "about", "زهاء": "about",
           "قرابة": "nearly", "ما يقرب من": "nearly", "ما يقارب": "nearly",
           "أكثر من": "above", "ما يزيد عن": "above", "ما يزيد على": "above",
           "أزيد من": "above", "ما لا يقل عن": "from", "أقل من": "below"},
    "cs": {"přibližně": "about", "zhruba": "about", "asi": "about", "kolem": "about",
           "okolo": "about", "téměř": "nearly", "skoro": "nearly", "více než": "above",
           "přes": "above", "nejméně": "from", "alespoň": "from", "minimálně": "from",
           "méně než": "below", "až": "upto"},
    "hi": {"करीब": "about", "क़रीब": "about", "लगभग": "about", "तकरीबन": "about",
           "तक़रीबन": "about", "कम से कम": "from"},
}  # fmt: skip
#: A preposition a language puts between a hedge and its number ("более чем в 200 км",
#: "примерно в 380 км": "at" a distance); the hedge still bounds the number.
_HEDGE_LINKS: dict[str, str] = {"ru": "в|во"}


#: Words that make a count a running tally ("so far", "as of now"): a snapshot of a number
#: that grows (a toll, aftershocks), which two reports written hours apart may rightly differ on.
TALLY: dict[str, tuple[str, ...]] = {
    "en": ("so far", "as of", "to date", "rose to", "has risen", "climbed to", "toll"),
    "fr": ("jusqu'à présent", "pour l'instant", "à ce stade", "s'élève", "bilan"),
    "de": ("bislang", "bisher", "inzwischen", "stieg auf", "zahl der toten"),
    "it": ("finora", "per ora", "sale a", "salito a", "bilancio"),
    "es": ("hasta ahora", "por ahora", "asciende a", "ascendió a", "balance"),
    "ru": ("пока", "на данный момент", "уже", "возросло", "число погибших"),
    "tr": ("şu ana kadar", "an itibarıyla", "yükseldi", "can kaybı"),
}


def tally_at(sentence: str, language: str) -> int | None:
    """Where a running-count marker starts ("killed 76 so far"), or None. The numbers in
    the marker's clause are counts so far; a measurement before it is not."""
    lowered = sentence.casefold()
    found = [lowered.find(m) for m in TALLY.get(language, ()) if m in lowered]
    return min(found) if found else None


@dataclass(frozen=True, slots=True)
class Number:
    """One number in a text: offsets, value, and how it was written."""

    start: int
    end: int
    value: float
    written: str
    in_words: bool
    #: "about", "nearly", "above", "from", "below", "upto", or None.
    qualifier: str | None = None
    #: The lower end of a range ("three to six days"), else None.
    low: float | None = None
    #: The qualifier as written ("at least"), for quoting the figure.
    hedge: str = ""


@cache
def _separators(language: str) -> tuple[str, str]:
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return ".", ","
    return get_decimal_symbol(locale), get_group_symbol(locale)


#: The spaces a language may group thousands with (a plain, a no-break and a narrow no-break).
_SPACES = (" ", "\u00a0", "\u202f")


@cache
def _pattern(language: str) -> re.Pattern[str]:
    decimal, group = _separators(language)
    # A language that writes a decimal comma groups thousands with a space as well as with
    # its own mark: the SI and ISO style most of its press also uses ("30 000 personas").
    spaced = group in _SPACES or decimal == ","
    groups = {group, *_SPACES} if spaced else {group}
    group_class = "".join(re.escape(g) for g in sorted(groups))
    other = "." if decimal == "," else ","
    # The mark that is neither the decimal nor a group of the language, before groups of three
    # digits: "30.000" in French, whose group is a space. Read as :func:`find_numbers` says.
    foreign = rf"|\d{{1,3}}(?:{re.escape(other)}\d{{3}})+(?!\d)" if other not in groups else ""
    digits = (
        rf"\d{{1,3}}(?:[{group_class}]\d{{3}})+(?:{re.escape(decimal)}\d+)?"
        rf"{foreign}"
        rf"|\d+(?:{re.escape(decimal)}\d+)?"
        # "7.7" in a language that writes 7,7: two digits or fewer after the mark cannot be
        # a thousands group, so they are decimals whichever mark the writer used.
        rf"|\d(?:{re.escape(other)}\d)(?!\d)"
    )
    alternatives = _trie(sorted(number_words(language), key=len, reverse=True))
    qualifiers = sorted(QUALIFIERS.get(language, {}), key=len, reverse=True)
    qual = _trie(qualifiers)
    link = _HEDGE_LINKS.get(language)
    linked = rf"(?:(?:{link})\s+)?" if link else ""
    # The hedge is a word of its own: "ruim" is not the end of "pruim", nor "до" of "виходу".
    lead = rf"(?:(?<!\w)(?P<qual>{qual})\s+{linked})?" if qual else ""
    body = rf"(?P<digits>{digits})" + (rf"|(?P<words>{alternatives})" if alternatives else "")
    glued = _glued_scales(language)
    before = _PROCLITIC_START if language in _PROCLITICS else _START
    return re.compile(rf"{lead}{before}{_BARE.format(body=body, glued=glued)}", re.IGNORECASE)


#: A number alone, without the qualifier before it: every match of :func:`_pattern` holds one.
#: It starts where no word or number goes on before it (:data:`_START`), and ends where a word
#: ends, or right before a scale word written onto it ("45mila").
_START = r"(?<![\w.,:])"
_BARE = r"(?:{body})(?:(?={glued})|(?![\w]|[.,:]\d))"
#: Languages that write a one-letter conjunction or preposition onto the next word, digits
#: included: Arabic "و250" ("and 250"), "ب250" ("with 250"), "ل250" ("to 250"); Persian and
#: Urdu write "و" apart. A number right after such a letter that starts a word is a number.
_PROCLITICS = {"ar": "وفبل"}
_PROCLITIC_START = rf"(?:{_START}|(?<=(?<!\w)[{_PROCLITICS['ar']}]))"


def _glued_scales(language: str) -> str:
    """A lookahead body for a scale word of ``language`` written onto the number before it,
    as a whole word: Italian writes "45mila", "centomila", "trentamila" (and the press "3mln",
    "10тыс."), one word that is a number and its multiplier. The number ends before the scale
    word, which the counted-noun reader then applies as it does to "45 mila"; a word that only
    begins like a scale word ("45milanesi") is no scale, and the number stays unread."""
    scales = sorted({*multipliers(language), *compact_scales(language)}, key=len, reverse=True)
    if not scales:
        return "(?!)"
    return rf"(?:{'|'.join(re.escape(w) for w in scales)})(?!\w)"


@cache
def _bare(language: str) -> re.Pattern[str]:
    """The number of :func:`_pattern` without its qualifier, to skip the sentences that hold
    none (most of them) at a fifth of the cost: trying every qualifier at every position is
    most of what the full pattern costs on a sentence without a number."""
    full = _pattern(language).pattern
    before = _PROCLITIC_START if language in _PROCLITICS else _START
    return re.compile(full[full.index(before) :], re.IGNORECASE)


def _trie(words: list[str]) -> str:
    """An alternation that matches what ``"|".join(words)`` matches (``words`` longest first,
    as the pattern's ``IGNORECASE`` search tries them), but with the words' common prefixes
    written once. A flat alternation of ~200 words is tried word by word at every position of
    every sentence (most of the disagreements' reading time); this one is tried a letter at a
    time. At each letter it tries the longer words before ending, so it ends on the same word
    as the flat one: the words that can match at one position all follow one path, since
    letters that match each other when case is ignored ("ı", "i") are kept in one branch,
    written flat."""
    if len(words) < 2:
        return "|".join(re.escape(w) for w in words)
    branches: list[list[str]] = []
    heads: list[str] = []
    ends = False
    for word in words:
        if not word:
            ends = True
            continue
        for number, head in enumerate(heads):
            if _same_letter(head, word[0]):
                branches[number].append(word)
                break
        else:
            heads.append(word[0])
            branches.append([word])
    parts = []
    for head, branch in zip(heads, branches, strict=True):
        if all(w[0] == head for w in branch):
            rest = _trie([w[1:] for w in branch])
            parts.append(re.escape(head) + (f"(?:{rest})" if len(branch) > 1 else rest))
        else:  # letters equal but for case: the flat alternation, in its own order
            parts.append("|".join(re.escape(w) for w in branch))
    return "|".join(parts) + ("|" if ends else "")


def _same_letter(one: str, other: str) -> bool:
    """Whether ``re.IGNORECASE`` lets either letter match the other."""
    return one == other or bool(
        re.fullmatch(re.escape(one), other, re.IGNORECASE)
        or re.fullmatch(re.escape(other), one, re.IGNORECASE)
    )


def find_numbers(text: str, language: str) -> list[Number]:
    """Every number of ``text`` read as ``language`` writes numbers, in order."""
    if _bare(language).search(text) is None:
        return []
    decimal, group = _separators(language)
    words = number_words(language)
    found = []
    for match in _pattern(language).finditer(text):
        qualifier = None
        if match["qual"] if "qual" in match.re.groupindex else None:
            qualifier = _looked_up(QUALIFIERS[language], match["qual"])
        if match["digits"]:
            raw = match["digits"]
            plain = re.sub(r"[\s\u00a0\u202f]", "", raw)
            if re.fullmatch(r"\d[.,]\d", plain):
                value = float(plain.replace(",", "."))
            elif plain.count(".") + plain.count(",") > 1 and decimal not in plain:
                # "1.234.567" in French: groups of another mark, thousands whatever the mark
                value = float(re.sub(r"[.,]", "", plain))
            else:
                if group not in "\u00a0\u202f ":
                    plain = plain.replace(group, "")
                value = float(plain.replace(decimal, "."))
            start, in_words = match.start("digits"), False
        else:
            raw = match["words"]
            value = float(_looked_up(words, raw.replace("-", " ")))
            start, in_words = match.start("words"), True
        hedge = match["qual"] if qualifier else ""
        found.append(Number(start, match.end(), value, raw, in_words, qualifier, None, hedge))
    from briefing.analysis.word_numbers import joined_numbers  # it reads :class:`Number`

    return joined_numbers(_compounds(found, text, language), text, language)


def _dotless(text: str) -> str:
    """Turkish dotted and dotless i folded together: the pattern's ``IGNORECASE`` lets "I" match
    "ı" and "İ" match "i", but ``casefold`` maps "I" to "i" and "İ" to "i" plus a combining dot,
    so a word written in capitals ("ALTI", "SEKİZ") would match and then miss its value."""
    return text.casefold().replace("\u0307", "").replace("ı", "i")


def _looked_up(table: Mapping[str, T], written: str) -> T:
    """The value of a word the pattern matched, however its letters were cased."""
    found = table.get(written.casefold())
    if found is not None:
        return found
    return next(value for key, value in table.items() if _dotless(key) == _dotless(written))


def _compounds(found: list[Number], text: str, language: str) -> list[Number]:
    """ "2 bin 323", "3 тысячи 381": a number in digits, a thousand or million word of the
    language and a smaller number in digits are one number (2,323), never two counts."""
    factors = multipliers(language)
    scales = compact_scales(language)
    merged: list[Number] = []
    factor = 0.0  # the last number was just multiplied by this: a smaller one adds on
    for number in found:
        last = merged[-1] if merged else None
        if last is None or last.in_words:
            factor = 0.0
            merged.append(number)
            continue
        between = text[last.end : number.start].strip().casefold().rstrip(".")
        word = number.written.casefold().rstrip(".") if number.in_words else ""
        value: float | None = None
        if not between and word in scales and word not in factors and not factor:
            # "30 ألف شخص": a scale word the language also counts with ("ألف", a thousand)
            # scales the number before it, which the counted-noun reader applies as it does
            # to "30 mila"; it is no second number of the sentence.
            continue
        if not between and word in factors and not factor:  # "2 bin": Turkish "bin" is a number
            value, factor = last.value * factors[word], factors[word]
        elif between in factors and not number.in_words and number.value < factors[between]:
            value, factor = last.value * factors[between] + number.value, 0.0
        elif not between and factor and not number.in_words and number.value < factor:
            value, factor = last.value + number.value, 0.0
        else:
            factor = 0.0
        if value is None:
            merged.append(number)
            continue
        written = text[last.start : number.end]
        merged[-1] = replace(last, end=number.end, value=value, written=written)
    return merged
