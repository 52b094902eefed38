"""A change of membership as the main event: one party joins a body ("Finland's accession to
NATO").

Part of :mod:`briefing.topics.events`. Joining a union, an alliance or a club is an act the
leads seldom write with an action verb the event finder reads: they write it as becoming a
member ("became the 31st member of", "est devenue le 31e membre de", "стала 31-м членом"), as
a verb of joining ("joined", "ist … beigetreten", "加盟した") or as its noun ("accession",
"Beitritt", "adhésion", "вступление", "가입"). These are a closed class in each language
(:data:`JOINING`, :data:`BECOMING`), read in the sentences of the leads:

- half the articles or more (:data:`SHARE`) write such a sentence, in two languages or more
  when the packet has them (one outlet's wording is not the packet's story);
- the body is the listed name (never a person: "joined Macron" joins no body) written next
  to the membership words in the most articles, two or more: only function words, numbers
  and marks between ("member of the ACP", "der Nato beigetreten", "ACPに正式に加盟"), after
  the verb where the verb comes before its object ("joined the call with Boren": the call
  was joined; "Boren joined": Boren is the subject), never after a preposition of place
  ("in Tromsø": where it happened); the party is the other name those sentences name in the
  most articles, at least half, and the one written first where both are (the subject);
- a member of a legislature or a government ("became a member of parliament") holds an
  office, which is no membership of a body: such a sentence is not read.

The English noun for the act is the texts' own when they write one ("accession", "admission",
"entry"), else "accession". The words of the act each language's leads wrote are the event's
mentions in that language (:func:`.event_topic.forms_used`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.model import Article, Topic
from briefing.sentences import sentences
from briefing.topics.event_noun import possessive
from briefing.topics.languages import function_words_of
from briefing.topics.lexicon import STOPWORDS

#: Share of the articles whose leads must write the membership act.
SHARE = 1 / 2
#: Most letters between a membership word and the body's name in a script written
#: without spaces (Han, kana, Hangul).
NEAR_UNSPACED = 8
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Languages that write the verb after its object ("dem ACP beigetreten", "ACPに加盟").
_VERB_LAST = frozenset({"de", "nl", "ja", "ko", "tr"})
_WORDS = re.compile(r"[\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
#: Fewest articles naming the body near the act.
MIN_BODY = 2

#: Verbs of joining and their nouns, per language (casefolded text; CJK without word breaks).
JOINING: Mapping[str, re.Pattern[str]] = {
    lang: re.compile(pattern)
    for lang, pattern in {
        "en": r"\b(?:join(?:s|ed|ing)?|accede[sd]?|acceding|accession|admission to)\b",
        "de": r"\b(?:beitr(?:itt|eten|at|aten)\w*|beigetreten)\b",
        "fr": r"\b(?:adhésion|adhér\w*|adhère\w*|rejoint|rejoindre|rejoignent)\b",
        "es": r"\b(?:adhesión|ingreso|ingresa\w*|incorporación|se une|se unió|se unirá)\b",
        "it": r"\b(?:adesione|aderi\w*|ingresso)\b",
        "pt": r"\b(?:adesão|aderi\w*|ingresso)\b",
        "ru": r"\b(?:вступлени\w*|вступил\w*|вступит\w*|присоединени\w*|присоединил\w*)",
        "uk": r"\b(?:вступ\w*|приєднанн\w*|приєдна\w*|прийнятт\w*)",
        "pl": r"\b(?:przystąpi\w*|akcesj\w*)",
        "tr": r"\b(?:katıl\w*|üyeliğ\w*)",
        "zh": r"加入|加盟|入會|入会",
        "ja": r"加盟|加入",
        "ko": r"가입|합류",
        "ar": r"(?:انضمام|انضم\w*|تنضم\w*|ينضم\w*)",
    }.items()
}

#: Becoming a member, written with a copula before the member noun, per language.
BECOMING: Mapping[str, re.Pattern[str]] = {
    lang: re.compile(pattern)
    for lang, pattern in {
        "en": r"\bbec(?:ame|omes?|oming)\s+(?:\S+\s+){0,3}?members?\b",
        "de": r"\b(?:wurde|wird|ist|sind|werden)\s+(?:\S+\s+){0,4}?mitglied\w*",
        "fr": r"\bdev(?:enu\w*|ient|iennent|enir|iendra\w*)\s+(?:\S+\s+){0,4}?membres?\b",
        "es": r"\b(?:convierte|convirtió|es ya|pasa a ser|será)\s+(?:\S+\s+){0,4}?"
        r"(?:miembro|socio|asociado)s?(?:\s+número\s+\d+)?\b",
        "it": r"\b(?:diventa\w*|divenut\w*)\s+(?:\S+\s+){0,4}?membr[oi](?:\s+numero\s+\d+)?\b",
        "pt": r"\b(?:torna-se|tornou-se|torna|tornou)\s+(?:\S+\s+){0,4}?membros?\b",
        "ru": r"\b(?:стал\w*|станет|становится)\s+(?:\S+\s+){0,3}?член\w*",
        "uk": r"\b(?:стал\w*|стане|став)\s+(?:\S+\s+){0,3}?член\w*",
        "pl": r"\b(?:został\w*|stał\w*)\s+(?:\S+\s+){0,3}?członk\w*",
        "zh": r"成[為为].{0,10}?(?:會員國|会员国|成員國|成员国|成員|成员)",
        "ja": r"(?:加盟国|メンバー)(?:に|と)な",
        "ko": r"(?:회원국|회원|멤버)(?:이|가)\s*(?:되|됐)",
        "ar": r"(?:أصبح|تصبح|يصبح)\w*\s+(?:\S+\s+){0,3}?(?:ال)?عضو",
    }.items()
}

#: A legislature or a government after the member noun: an office, not a membership.
_OFFICE = re.compile(
    r"^\W*(?:\S+\s+){0,2}?(?:parliament|congress|senate|assembly|house|cabinet|government"
    r"|bundestag\w*|parlament\w*|landtag\w*|regierung|kabinett\w*|parlement|assemblée|sénat"
    r"|gouvernement|parlamento|congreso|senado|gobierno|camera|governo|думы|рады|парламент\w*"
    r"|правительств\w*|сейм\w*|sejm\w*|rządu|meclis\w*|议会|議會|国会|國會|議員|议员|의원"
    r"|국회|البرلمان|الحكومة)"
)

#: A preposition of place right before a name, in the packets' languages: where, not what.
_AT = re.compile(r"(?<!\w)(?:in|at|à|en|im|au|aux|nel|nella|в|у|во|w)\s+(?:the\s+|la\s+|le\s+)?$")

#: The English nouns of the act, the preposition each takes before the body.
NOUNS = {"accession": "to", "admission": "to", "entry": "into"}
#: Each noun as the texts write it of joining ("entry into", never "entry into force").
_NOUN_USES = re.compile(r"\b(?:(accession)|(admission)\s+(?:in)?to|(entry)\s+into(?!\s+force))\b")


@dataclass(frozen=True, slots=True)
class Membership:
    """A party joining a body, as the leads write it."""

    #: "Finland’s accession to NATO".
    phrase: str
    #: The English noun of the act ("accession").
    head: str
    party: Topic
    body: Topic
    #: (language, word) of the act as each language's leads wrote it.
    forms: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _Said:
    article: str
    language: str
    text: str
    #: (start, end, word) of each membership word in ``text``.
    acts: tuple[tuple[int, int, str], ...]


def _acts(text: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """The membership words of one sentence, an office's membership left out."""
    folded = text.casefold()
    found = []
    joining = JOINING.get(language)
    if joining is not None:
        found += [(m.start(), m.end(), text[m.start() : m.end()]) for m in joining.finditer(folded)]
    becoming = BECOMING.get(language)
    if becoming is not None:
        for m in becoming.finditer(folded):
            if not _OFFICE.match(folded[m.end() :]):
                found.append((m.start(), m.end(), ""))  # a phrase: no one word to find again
    return tuple(found)


def _said(
    articles: Sequence[Article], leads: Mapping[str, str], languages: Mapping[str, str]
) -> list[_Said]:
    """The sentences of the leads that write a membership act."""
    found = []
    for article in articles:
        language = languages.get(article.id, "en")
        for line in leads[article.id].splitlines():
            for sentence in sentences(line, language):
                acts = _acts(sentence.text, language)
                if acts:
                    found.append(_Said(article.id, language, sentence.text, acts))
    return found


def _pattern(topic: Topic) -> re.Pattern[str]:
    """Any alias of ``topic`` (casefolded), a word break around a letter alias."""
    parts = []
    for alias in sorted({a.casefold() for a in topic.aliases if len(a) > 1}, key=len, reverse=True):
        escaped = re.escape(alias)
        # A Latin name is a word of its own, but may stand glued to a particle ("ACPに").
        parts.append(rf"(?<![a-z0-9]){escaped}(?![a-z0-9])" if alias.isascii() else escaped)
    return re.compile("|".join(parts) or r"(?!)")


def membership(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: Mapping[str, str],
    leads: Mapping[str, str],
) -> Membership | None:
    """The membership act the leads share, or None when fewer than :data:`SHARE` of the
    articles write one, or no party and body are named with it."""
    said = _said(articles, leads, languages)
    writers = {s.article for s in said}
    if len(writers) < max(2, len(articles) * SHARE):
        return None
    spoken = {languages.get(a.id, "en") for a in articles}
    if len(spoken) > 1 and len({s.language for s in said}) < 2:
        return None
    named: dict[str, set[str]] = {}  # topic id → articles naming it in a membership sentence
    near: dict[str, set[str]] = {}  # … close to a membership word
    listed = [t for t in topics if t.kind not in ("theme", "event")]
    for topic in listed:
        pattern = _pattern(topic)
        for s in said:
            folded = s.text.casefold()
            spans = [m.span() for m in pattern.finditer(folded)]
            if spans:
                named.setdefault(topic.id, set()).add(s.article)
            # Where the act happened ("in Tromsø", "à Bruxelles") is no body joined.
            joined = [(a, b) for a, b in spans if not _AT.search(folded[max(0, a - 12) : a])]
            function = _spoken(s.language)
            if any(
                _next_to(folded, (a, b), (start, end), function, s.language)
                for a, b in joined
                for start, end, _w in s.acts
            ):
                near.setdefault(topic.id, set()).add(s.article)
    # The body is written next to the act ("member of the ACP"), the party most often with
    # it, as its subject, written first: "Iceland joined the ACP", "adhésion de l'Islande à
    # l'ACP" (where both stand next to the act).
    bodies = [t for t in listed if t.kind != "person"]
    body = max(
        bodies, key=lambda t: (len(near.get(t.id, ())), len(named.get(t.id, ()))), default=None
    )
    if body is None or len(near.get(body.id, ())) < MIN_BODY:
        return None
    party = max(
        (t for t in listed if t is not body), key=lambda t: len(named.get(t.id, ())), default=None
    )
    if party is None or len(named.get(party.id, ())) * 2 < len(writers):
        return None
    if party.kind != "person" and _first(said, body, party) > _first(said, party, body):
        party, body = body, party
    head = _noun(articles, languages)
    forms = sorted({(s.language, w.casefold()) for s in said for _a, _b, w in s.acts if w})
    phrase = f"{possessive(party.name)} {head} {NOUNS[head]} {body.name}"
    return Membership(phrase, head, party, body, tuple(forms))


@functools.lru_cache(maxsize=16)
def _spoken(language: str) -> frozenset[str]:
    return STOPWORDS | function_words_of({language})


def _next_to(
    text: str,
    name: tuple[int, int],
    act: tuple[int, int],
    spoken: frozenset[str],
    language: str,
) -> bool:
    """Whether the name and the act stand together, only function words, numbers and
    marks between ("member of the ACP", "der Nato beigetreten", "ACPに正式に加盟"): in "joined
    the call with Boren", the call is what was joined."""
    gap = text[min(name[1], act[1]) : max(name[0], act[0])]
    if name[0] < act[1] and act[0] < name[1]:
        return True  # one inside the other
    if name[0] < act[0] and language not in _VERB_LAST:
        # Before the verb stands its subject ("Boren joined the call"); only a noun's
        # modifier names the body there ("the ACP accession").
        return language == "en" and not gap.strip() and text[act[0] : act[1]] in NOUNS
    if _UNSPACED.search(gap) or _UNSPACED.search(text[act[0] : act[1]]):
        return len(_WORDS.sub("", gap)) <= NEAR_UNSPACED or len(gap) <= NEAR_UNSPACED
    return all(w in spoken for w in _LETTERS.findall(gap))


def _first(said: Sequence[_Said], one: Topic, other: Topic) -> int:
    """In how many sentences naming both ``one`` is written before ``other``."""
    first, second = _pattern(one), _pattern(other)
    count = 0
    for s in said:
        folded = s.text.casefold()
        a, b = first.search(folded), second.search(folded)
        count += a is not None and b is not None and a.start() < b.start()
    return count


def _noun(articles: Sequence[Article], languages: Mapping[str, str]) -> str:
    """The English noun of the act the English texts write most, "accession" when none."""
    counts: Counter[str] = Counter()
    for article in articles:
        if languages.get(article.id, "en") != "en":
            continue
        texts = [article.title or "", *(p.text for _i, p in article.body_paragraphs)]
        counts.update(
            next(g for g in m.groups() if g)
            for text in texts
            for m in _NOUN_USES.finditer(text.casefold())
        )
    order = list(NOUNS)
    return max(NOUNS, key=lambda n: (counts[n], -order.index(n)))
