"""A foreign person a packet names only in Hangul, told by the office written after the name.

Every other reader of Hangul names (:mod:`.uncased_people`, :mod:`.east_asian_names`,
:mod:`.korean_names`, :mod:`.titled_given`) finds again a person the Latin or Cyrillic
articles already named; a person only a Korean article names was never a topic ("애나 벨로
외무장관", an invented Anna Bello, in a packet whose other articles leave her out).

Korean writes a foreign person's name by ear, given name first, in words of its own, and the
press puts the office right after it, a country's name between at times: "애나 벨로 외무장관은",
"애나 벨로 이탈리아 외무장관", "벨로 장관은". That office word is what makes a run of Hangul a
name, as a capital does in Latin text. So:

- two Hangul words of two syllables or more, directly before an office or honorific
  (:data:`OFFICES`, a compound ending in one: "외무장관"; :data:`HONORIFICS` only as a word of
  their own: "씨" closes "날씨", weather), with at most a country (CLDR's Korean name of a
  territory, or a place the gazetteer has in Hangul) or "전"/"현" (former, current) between,
  are a foreign person's full name;
- the second word alone before such an office is the same person later ("벨로 장관은");
- two spellings of one name by ear ("애나 벨로", "애나 벨루") are one person only when their
  consonants are one key (:func:`~.uncased_sounds.sound_key`) and they share the given name
  as written or the office; a surname alone goes to the one person whose surname it is
  (as written, else by key).

A person is kept when two uses name them (full names or a surname before an office): one
word pair before a title is too often something else once (a ministry after its country
"미국 국무부 장관" is refused since a country never opens a person's name, but other noun
pairs exist). A word that ends in a particle, a place or a qualifier is no name word; a span
another topic already holds (a Latin-named person found in Hangul) is theirs.

A native Korean name (one word of three syllables: "홍길동 장관") is not read here: one word
before an office is as often a ministry ("외교부 장관", "국방부 장관"), and the Korean names
the packet writes in Latin are joined by :mod:`.korean_names` already.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.rank_cluster import Cluster
from briefing.topics.uncased_places import uncased_places
from briefing.topics.uncased_sounds import sound_key

__all__ = ["HONORIFICS", "OFFICES", "add_hangul_people", "hangul_people"]

#: Offices the Korean press writes after a name, also as the end of a compound ("내무장관",
#: "국무총리", "하원의원"); "전" and "현" are qualifiers before them.
OFFICES = (
    *("대통령", "부통령", "총리", "장관", "차관", "의원", "대변인", "위원장", "사무총장"),
    *("총장", "총재", "주지사", "국왕", "여왕", "왕자", "왕세자"),
)
#: Offices and honorifics only as a word of their own: as a word's end they write other
#: words ("날씨" weather, "시장" market in "주식시장", "국가대표" a national player,
#: "회의장" a meeting hall, "신진대사" metabolism, "백설공주" a fairy tale's princess).
HONORIFICS = frozenset(
    {"씨", "여사", "대표", "회장", "사장", "시장", "부인", "교수", "박사", "의장", "대사", "공주"}
)
#: Words between a name and its office that qualify the office: former, current, new,
#: next, acting, interim.
_QUALIFIERS = frozenset({"전", "현", "신임", "차기", "대행", "임시"})
#: Adverbs that open a Korean sentence right before a name ("그러나 X 대통령은": but, X),
#: never a given name.
_OPENERS = frozenset(
    {"그러나", "하지만", "한편", "다만", "또한", "특히", "이날", "당시", "앞서", "이어", "결국"}
)
_NO_NAME = _QUALIFIERS | _OPENERS
#: Endings of a word that close it as a phrase, never a name's end: particles ("자신이",
#: "영국의"), a verb's connective or adnominal ending ("알려지자", "따르면", "숨진", "참석한",
#: "해킹당해"). A name ending so ("요한", "마리아") is not read here: precision first. "로"
#: and "도" (to, also) alone stay out of the list: they close many names ("파블로", "알도");
#: after another particle they are one ("반대에도", "중심으로").
_CLOSING = (
    *("은", "는", "을", "를", "의", "에", "와", "과", "이", "가", "께"),
    *("에도", "으로", "에서도", "까지", "부터", "처럼", "보다", "마저", "조차", "라도"),
    *("자", "면", "며", "고", "해", "아", "어", "여", "서", "지만", "한", "진", "된", "던", "운"),
)
#: Endings of a word that name a body or an institution ("일본은행", "내무부"), not a person.
_BODY_ENDS = ("은행", "정부", "당국", "부", "청", "처", "당", "위원회", "의회", "협회", "그룹")
_WORD = re.compile(r"\S+")
_HANGUL_SYLLABLES = re.compile("[\uac00-\ud7a3]+")
#: Particles after an office word ("장관은", "대통령이"), the longest first.
_AFTER = tuple(
    sorted(
        {"은", "는", "이", "가", "을", "를", "의", "에게", "도", "과", "와", "으로", "로"},
        key=len,
        reverse=True,
    )
)
#: Syllables a name word keeps at least and at most.
MIN_SYLLABLES, MAX_SYLLABLES = 2, 6
#: Uses a person needs to be kept.
MIN_USES = 2
#: Consonants a word's key keeps at least to tell a listed person's name word ("May" is "n").
MIN_KEY = 2


@functools.cache
def korean_territories() -> frozenset[str]:
    """CLDR's Korean names of countries and territories ("영국", "미국", "일본")."""
    from babel import Locale

    return frozenset(Locale("ko").territories.values())


def _office(token: str) -> str:
    """The office a token is, particles and punctuation after it cut ("내무장관은" → 장관),
    or ""."""
    word = _HANGUL_SYLLABLES.match(token)
    if word is None:
        return ""
    bare = word.group()
    for form in (bare, *(bare[: -len(p)] for p in _AFTER if bare.endswith(p))):
        if form in HONORIFICS:
            return form
        for office in OFFICES:
            if form.endswith(office):
                return office
    return ""


def _name_word(token: str, is_place: Callable[[str], bool]) -> bool:
    """Whether a token can be a word of a foreign name written in Hangul."""
    if _HANGUL_SYLLABLES.fullmatch(token) is None:
        return False
    if not MIN_SYLLABLES <= len(token) <= MAX_SYLLABLES or token in _NO_NAME:
        return False
    return not (token.endswith(_CLOSING + _BODY_ENDS) or _office(token) or is_place(token))


def _between(token: str, is_place: Callable[[str], bool]) -> bool:
    return token in _QUALIFIERS or is_place(token)


def _titled(
    text: str, is_place: Callable[[str], bool]
) -> Iterable[tuple[list[re.Match[str]], str]]:
    """(the name words before an office, the office) in one paragraph: one or two words."""
    tokens = list(_WORD.finditer(text))
    for t, token in enumerate(tokens):
        office = _office(token.group())
        if not office:
            continue
        j = t - 1
        while j >= 0 and t - j <= 2 and _between(tokens[j].group(), is_place):
            j -= 1
        if j < 0 or not _name_word(tokens[j].group(), is_place):
            continue
        if j >= 1 and _name_word(tokens[j - 1].group(), is_place):
            yield [tokens[j - 1], tokens[j]], office
        else:
            yield [tokens[j]], office


class _Person:
    def __init__(self, given: str, surname: str, office: str) -> None:
        self.givens = {given}
        self.surnames = {surname}
        self.offices = {office}
        self.key = sound_key(given + surname)
        self.uses: list[Occurrence] = []
        self.spellings: dict[str, int] = {}


def _owner(people: Sequence[_Person], surname: str) -> _Person | None:
    """The one person a surname alone names: whose surname it is as written, else by its
    key; of several, the one whose full name the packet writes most, if one does."""
    written = [p for p in people if surname in p.surnames]
    if not written:
        key = sound_key(surname)
        written = [p for p in people if any(sound_key(s) == key for s in p.surnames)]
    ranked = sorted(written, key=lambda p: len(p.uses), reverse=True)
    if len(ranked) == 1 or (ranked and len(ranked[0].uses) > len(ranked[1].uses)):
        return ranked[0]
    return None


def hangul_people(
    paragraphs: Sequence[tuple[str, int, str]],
    is_place: Callable[[str], bool],
    taken: Mapping[tuple[str, int], Sequence[tuple[int, int]]],
) -> dict[str, list[Occurrence]]:
    """A foreign person's name as written most often → their uses, for the people the
    Hangul paragraphs alone name (module docstring). ``taken``: (article, paragraph) → the
    spans other topics already hold there."""
    place = lambda w: w in korean_territories() or is_place(w)  # noqa: E731

    def free(article: str, index: int, start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e in taken.get((article, index), ()))

    found = [
        (article, index, words, office)
        for article, index, text in paragraphs
        for words, office in _titled(text, place)
    ]
    people: list[_Person] = []
    for article, index, words, office in found:  # full names first, in text order
        if len(words) != 2:
            continue
        one, two = words
        if not free(article, index, one.start(), two.end()):
            continue
        given, surname = one.group(), two.group()
        key = sound_key(given + surname)
        same = [p for p in people if p.key == key and (given in p.givens or office in p.offices)]
        if len(same) > 1:
            continue
        person = same[0] if same else _Person(given, surname, office)
        if not same:
            people.append(person)
        person.givens.add(given)
        person.surnames.add(surname)
        person.offices.add(office)
        surface = f"{given} {surname}"
        person.spellings[surface] = person.spellings.get(surface, 0) + 1
        person.uses.append(Occurrence(article, index, one.start(), two.end(), surface))
    for article, index, words, _office_word in found:  # then surnames alone
        if len(words) != 1:
            continue
        word = words[0]
        if not free(article, index, word.start(), word.end()):
            continue
        owner = _owner(people, word.group())
        if owner is not None:
            owner.uses.append(Occurrence(article, index, word.start(), word.end(), word.group()))
    return {
        max(p.spellings, key=p.spellings.__getitem__): sorted(p.uses)  # ties: the first
        for p in people
        if len(p.uses) >= MIN_USES
    }


def add_hangul_people(
    clusters: dict[str, Cluster],
    paragraphs: Sequence[tuple[str, int, str]],
    gaz: Gazetteer,
    languages: Mapping[str, str],
) -> None:
    """Add a person topic for each foreign person only the Hangul paragraphs name, once the
    other topics have their uses there (their spans are theirs)."""
    hangul = [p for p in paragraphs if not p[2].isascii() and _HANGUL_SYLLABLES.search(p[2])]
    if not hangul:
        return
    wanted = {(a, i) for a, i, _t in hangul}
    taken: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for cluster in clusters.values():
        for o in cluster.occurrences:
            if (o.article, o.paragraph) in wanted:
                taken.setdefault((o.article, o.paragraph), []).append((o.start, o.end))
    known = _known_keys(c for c in clusters.values() if c.kind == "person")
    places = uncased_places(gaz, frozenset(languages.values()))
    for name, uses in hangul_people(hangul, places.__contains__, taken).items():
        if not known.isdisjoint(map(sound_key, name.split())):
            continue  # the packet names them in another script: theirs, or too like them
        clusters.setdefault("h:" + name, Cluster("person", name, uses))


def _known_keys(people: Iterable[Cluster]) -> frozenset[str]:
    """The keys of the words of the people the packet already has (:data:`MIN_KEY`
    consonants at least): a Hangul name one of whose words sounds as one of theirs is no new
    person ("조브넬 모이즈" where "Jovenel Moïse" is listed)."""
    return frozenset(
        key
        for cluster in people
        for surface in {o.surface for o in cluster.occurrences}
        for word in surface.split()
        if len(key := sound_key(word)) >= MIN_KEY
    )
