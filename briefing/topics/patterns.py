"""Token patterns that name things: titles joined by dashes, "Long Form (LF)" definitions,
"X–Y summit" phrases, heads-of-state councils and descriptive nouns next to a name.

Pure functions over a paragraph's tokens, returning token indices or offsets, so each pattern
is testable alone and :mod:`briefing.topics.extract` reads as the list of decisions it makes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from operator import itemgetter

from briefing.topics.korean_keys import korean_place_at
from briefing.topics.lexicon import (
    DESCRIPTORS,
    MONTHS,
    NAME_PARTICLES,
    ORDINALS,
    ROLE_HEADS,
    STOPWORDS,
)
from briefing.topics.linked_names import linked_end
from briefing.topics.name_links import HYPHENED, LINKS, SON_OF
from briefing.topics.name_syllables import DASHES, abbreviated_name, syllable_pair
from briefing.topics.numbered import HYPHENS
from briefing.topics.tokens import Token

_SUMMIT_WORDS = frozenset({"summit", "summits"})
_AND = frozenset({"and", "&"})
#: A token's lower-case text (``Token.lower``), read in C.
_LOWER = itemgetter(Token._fields.index("lower"))
_DIGIT_INITIALS = dict(zip("0123456789", "zottffssen", strict=True))


def name_words(
    tokens: list[Token],
    first: int,
    last: int,
    apart: Callable[[str], bool] = lambda _: False,
    town_and_name: Callable[[str, str], bool] = lambda _a, _b: False,
) -> list[Token]:
    """The tokens of a chunk, with hyphenated words re-joined.

    "Secretary-General" is one title and "Kassym-Jomart" one given name; but "Russia-Central
    Asia" and "Tajik-Afghan" stay apart, since ``apart`` says their parts are places or
    demonyms with a meaning of their own. A town's name before a word that is no place
    ("Kara-Murza", a surname, though Kara is a town in Togo) stays one word when
    ``town_and_name`` says so: a town is a city no demonym stands for, and a country or
    region ("Météo-France") is still cut apart.
    """
    words: list[Token] = []
    i = first
    while i <= last:
        tok = tokens[i]
        if (
            i + 2 <= last
            and tokens[i + 1].text == "-"
            and (end := linked_end(tokens, i)) is not None
            and end <= last
        ):
            # "Port-au-Prince": one word through its particles (:mod:`.linked_names`).
            text = "".join(t.text for t in tokens[i : end + 1])
            words.append(Token(text, tok.start, tokens[end].end, tok.initial, text.lower()))
            i = end + 1
            continue
        if (
            i + 2 <= last
            and tokens[i + 1].text == "-"
            and tok.end == tokens[i + 1].start
            and tokens[i + 1].end == tokens[i + 2].start
            and (
                f"{tok.lower}-{tokens[i + 2].lower}" in ROLE_HEADS
                or tok.lower in NAME_PARTICLES
                or tok.lower in HYPHENED  # "az-Zayani", "аз-Заяни" (:mod:`.name_links`)
                or (
                    tok.text[0].isupper()
                    and tok.text.isalpha()
                    and tokens[i + 2].text[0].isupper()
                    and tokens[i + 2].text.isalpha()
                    and (
                        not (apart(tok.text) or apart(tokens[i + 2].text))
                        or town_and_name(tok.text, tokens[i + 2].text)
                    )
                )
                or (i > first and syllable_pair(tokens, i))  # "Kim Jong-un"
                or korean_place_at(tokens, i)  # "Punggye-ri"
            )
        ):
            joined = tokens[i + 2]
            text = f"{tok.text}-{joined.text}"
            words.append(Token(text, tok.start, joined.end, tok.initial, text.lower()))
            i += 3
            continue
        if (
            i + 2 == last
            and tokens[i + 1].text in HYPHENS
            and tokens[last].text[:1].isdigit()
            and tok.end == tokens[i + 1].start
        ):
            # "Luna-25": the chunk ends in its number (:func:`~.numbered.number_end`).
            text = f"{tok.text}{tokens[i + 1].text}{tokens[last].text}"
            words.append(Token(text, tok.start, tokens[last].end, tok.initial, text.lower()))
            break
        if i + 2 <= last and tokens[i + 1].text == "." and abbreviated_name(tokens, i):
            # "J." of "Donald J. Trump": one word with its stop; the next is no opener.
            stop = tokens[i + 1]
            words.append(Token(f"{tok.text}.", tok.start, stop.end, tok.initial, f"{tok.lower}."))
            after = tokens[i + 2]
            words.append(after._replace(initial=False))
            i += 3
            continue
        words.append(tok)
        i += 1
    return words


def split_dashes(words: list[Token]) -> list[list[Token]]:
    """Split "Russia–Tajikistan" style compounds into their parts."""
    parts: list[list[Token]] = [[]]
    for word in words:
        if word.text in DASHES:
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


def prefixed(tokens: list[Token], first: int) -> bool:
    """True for a name glued to a prefix by a dash: "ex-Soviet", "pro-Russian"."""
    return (
        first >= 2
        and tokens[first - 1].text in DASHES
        and tokens[first - 1].start == tokens[first - 2].end
    )


def descriptor(tokens: list[Token], first: int, last: int) -> str | None:
    """The kind a common noun next to a name gives it.

    Before ("the tanker Sea Lantern", "grid operator Elering"), after ("the Baltic Sentry
    mission", "the Estlink 2 cable"), or closing an apposition ("Fingrid, the Finnish grid
    operator, said").
    """
    if first > 0 and tokens[first - 1].lower in DESCRIPTORS:
        return DESCRIPTORS[tokens[first - 1].lower]
    if last + 1 < len(tokens) and tokens[last + 1].lower in DESCRIPTORS:
        return DESCRIPTORS[tokens[last + 1].lower]
    if last + 2 < len(tokens) and tokens[last + 1].text == ",":
        k = last + 2
        if tokens[k].lower in ("the", "a", "an"):
            k += 1
        for tok in tokens[k : k + 4]:
            if tok.lower in DESCRIPTORS:
                return DESCRIPTORS[tok.lower]
            if not tok.text.isalpha():
                break
    return None


def initials_fit(acronym: str, long_form: str) -> bool:
    """Schwartz–Hearst test: the acronym's letters occur in order in the long form.

    Each letter is looked for right to left; the first letter must start a word. This accepts
    "EAEU" for "Eurasian Economic Union" and "START" for "Strategic Arms Reduction Treaty"; a
    digit stands for its number word (G7 = Group of Seven, NB8 = Nordic-Baltic Eight).
    """
    letters = [_DIGIT_INITIALS.get(ch, ch.lower()) for ch in acronym if ch.isalnum()]
    text = long_form.lower()
    if len(letters) < 2 or not text:
        return False
    pos = len(text) - 1
    for n in range(len(letters) - 1, -1, -1):
        ch = letters[n]
        while pos >= 0 and (text[pos] != ch or (n == 0 and pos > 0 and text[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return False
        pos -= 1
    return True


def parenthesised_acronym(tokens: list[Token], last: int) -> tuple[int, int, str] | None:
    """``(CIS)`` or ``(New START)`` right after token ``last``: (first, last, acronym)."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != "(":
        return None
    inside: list[Token] = []
    for tok in tokens[last + 2 : last + 6]:
        if tok.text == ")":
            break
        inside.append(tok)
    else:
        return None
    acronyms = [t.text for t in inside if t.acronym]
    if not acronyms or not all(t.capitalised or t.text in DASHES for t in inside):
        return None
    return last + 2, last + 1 + len(inside), acronyms[0]


def long_form_start(text: str, words: list[Token], acronym: str) -> int | None:
    """Index into ``words`` where the long form of ``acronym`` starts, if it is there.

    The shortest run of words that spells the acronym wins (as Schwartz and Hearst do):
    "Council of Heads of State of the Commonwealth of Independent States (CIS)" defines
    "Commonwealth of Independent States".
    """
    for k in range(len(words) - 2, -1, -1):
        if words[k].lower in ("of", "the", "on", "for") or words[k].lower[0] != acronym[0].lower():
            continue
        if initials_fit(acronym, text[words[k].start : words[-1].end]):
            return k
    return None


#: Conjunctions inside a body's name, in the languages read: "Afet ve Acil Durum Yönetimi
#: Başkanlığı (AFAD)", "Disaster and Emergency Management Authority". A run of capitalised
#: words stops at them ("Russia and China" are two names), so a definition looks across one.
NAME_CONJUNCTIONS = frozenset(["and", "ve", "et", "und", "y", "e", "i", "и", "та"])


def conjoined_long_form(
    text: str, tokens: list[Token], words: list[Token], acronym: str
) -> list[Token] | None:
    """The long form of ``acronym`` when it starts one capitalised word and a conjunction
    before ``words`` (and its initials fit only so): those words, conjunction included."""
    at = next((i for i, t in enumerate(tokens) if t.start == words[0].start), 0)
    if at < 2:
        return None
    head, conjunction = tokens[at - 2], tokens[at - 1]
    if (
        conjunction.lower not in NAME_CONJUNCTIONS
        or not head.capitalised
        or head.acronym
        or head.lower[:1] != acronym[:1].lower()
        or not initials_fit(acronym, text[head.start : words[-1].end])
    ):
        return None
    return [head, conjunction, *words]


def summits(tokens: list[Token]) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """(first token, summit token, participant groups) for each "… summit" phrase.

    A group is a (start, end) range of text offsets. "the CIS and Russia–Central Asia summits"
    has two groups; "the Russia and Central Asian States summit" has one, since a single
    summit with "and" names its participants.
    """
    if _SUMMIT_WORDS.isdisjoint(map(_LOWER, tokens)):
        return  # most paragraphs: one pass in C instead of one Python step per token
    for i, tok in enumerate(tokens):
        if tok.lower not in _SUMMIT_WORDS:
            continue
        j = i - 1
        while j >= max(0, i - 12):  # a summit's name is a few words, never a paragraph
            t = tokens[j]
            name_word = t.text[0].isalpha() and t.capitalised and t.lower not in ORDINALS
            # "of (the)" inside a name: "Commonwealth of Independent States summit"
            inside = (
                t.lower in ("of", "the")
                and j > 0
                and (tokens[j - 1].capitalised or tokens[j - 1].lower == "of")
                and tokens[j + 1].capitalised
            )
            if name_word or inside or t.text in DASHES or t.lower in _AND:
                j -= 1
            else:
                break
        start = j + 1
        while start < i and (
            tokens[start].lower in STOPWORDS
            or tokens[start].text in DASHES
            or tokens[start].lower in _AND
            or tokens[start].lower in MONTHS
        ):
            start += 1
        if start >= i:
            continue
        groups: list[tuple[int, int]] = []
        current: list[Token] = []
        for t in tokens[start:i]:
            if t.lower in _AND and tok.lower == "summits":
                if current:
                    groups.append((current[0].start, current[-1].end))
                current = []
            else:
                current.append(t)
        if current:
            groups.append((current[0].start, current[-1].end))
        yield start, i, groups


def is_council(words: list[Token]) -> bool:
    """ "Heads of State Council", "Council of Heads of State"."""
    if len(words) < 2:  # one word is not both (most runs are one word)
        return False
    lowered = {w.lower for w in words}
    return "heads" in lowered and "council" in lowered


def council_owner(tokens: list[Token], words: list[Token], last: int) -> tuple[int, int] | None:
    """Offsets of the organisation a heads-of-state council belongs to, if named nearby.

    Inside the name ("Commonwealth of Independent States Heads of State Council") or just
    after it ("Heads of State Council meeting of the Commonwealth of Independent States").
    """
    owner = [w for w in words if w.lower not in ("council", "heads", "of", "the", "state")]
    if owner:
        return owner[0].start, owner[-1].end
    for k, tok in enumerate(tokens[last + 1 : last + 5]):
        if tok.lower == "of":
            names: list[Token] = []
            for t in tokens[last + 2 + k : last + 12]:
                if t.lower == "the":
                    continue
                if t.capitalised or (t.lower == "of" and names):
                    names.append(t)
                else:
                    break
            while names and names[-1].lower == "of":
                names.pop()
            return (names[0].start, names[-1].end) if names else None
    return None


#: Titles that also begin other names ("General Motors", "Head Office").
AMBIGUOUS_TITLES = frozenset({"general", "head", "chief", "chair", "justice", "judge", "coach"})


def dateline(tokens: list[Token], first: int, last: int) -> bool:
    """Capitals opening a paragraph before "(", "," or a dash: "MOSCOW (AP) —"."""
    return (
        first == 0
        and last + 1 < len(tokens)
        and tokens[last + 1].text in ("(", ",", "—", "–", "-")
        and all(t.text.isupper() or t.text in DASHES for t in tokens[first : last + 1])
    )


def name_shaped(word: Token) -> bool:
    """Capitalised letters with at most hyphens and apostrophes: "Kassym-Jomart", "O'Brien",
    "al-Assad"."""
    text = word.text
    particle, dash, rest = text.partition("-")
    if dash and (particle in NAME_PARTICLES or particle in HYPHENED):
        text = rest
    letters = text.replace("-", "").replace("'", "").replace("’", "")
    return bool(text) and text[0].isupper() and letters.isalpha() and not text.isupper()


#: Turkish nouns of office and institution: the suffix -lık/-lik/-luk/-lük with a possessive
#: and any case ending ("Bakanlığı" ministry, "Başkanlığının" of the presidency, "Valiliği"
#: governorship). A person's name never ends so (the bare "-lik" of "Çelik" does not match).
TURKISH_OFFICE = re.compile(r"l[ıiuü]ğ[ıiuü](?:n[ıiuü]n|n[dt][ae]n?|n[ae]|n[ıiuü])?$")


#: English adjective endings that no given name or surname has: "Geological Survey" is a body.
_ADJECTIVE_ENDINGS = ("ical", "ous", "able", "ible", "less")


def personal_name(words: list[Token]) -> bool:
    """Two to five words, name-shaped, with particles only inside ("Ursula von der Leyen"),
    none of them a Turkish word of office or an English adjective ("Geological")."""
    # Arabic's particles link a name's words and are no words of it: "Abdullah bin Zayed bin
    # Sultan Al Nahyan" is four names and a nasab (:mod:`.name_links`).
    links = sum(w.lower in SON_OF or w.lower in ("al", "el") for w in words[1:-1])
    return (
        2 <= len(words) - min(links, 3) <= 5
        and not any(TURKISH_OFFICE.search(w.text) for w in words)
        and not any(len(w.text) > 6 and w.lower.endswith(_ADJECTIVE_ENDINGS) for w in words)
        and name_shaped(words[0])
        and (name_shaped(words[-1]) or REGNAL.match(words[-1].text) is not None)
        and all(
            name_shaped(w) or w.text in NAME_PARTICLES or w.text in LINKS or _initial(w)
            for w in words[1:-1]
        )
    )


def _initial(word: Token) -> bool:
    """A middle name cut short, with its stop: "J." of "Donald J. Trump", "Th." (only
    :func:`name_words` makes such a word, from :func:`~.name_syllables.abbreviated_name`)."""
    text = word.text
    return 2 <= len(text) <= 3 and text[-1] == "." and text[0].isupper() and text[:-1].isalpha()


#: A regnal number closing a name: "Leo XIV", "Napoleon III", "Benedict XVI".
REGNAL = re.compile(r"^(?=[IVXL]{1,6}$)L?X{0,3}(?:IX|IV|V?I{0,3})$")
