"""Reports about the main event, told apart from the event in the summary's lede.

Part of :mod:`briefing.brief_lede`. The first days of a disaster are full of statements about
it: "Officials are warning of a humanitarian catastrophe after the cyclone struck on
Saturday", "the toll is several hundred, the prefect told the broadcaster on Sunday". Two
things follow:

- **a report's day is not another event's**: a date written right after a verb of saying
  ("told … Sunday", "a déclaré dimanche", "sagte am Sonntag", "заявил в воскресенье")
  dates the telling, so it does not count against a sentence as a day of another event
  (:func:`dates_report`);
- **a statement is not the event**: a sentence whose verb of saying or warning comes before
  any name of the event ("Officials are warning of …") tells what someone said; the event
  stands in its clause (:func:`said_first`) — unless the one who says is itself named in
  the event's name ("North Korea said it carried out its sixth nuclear test" for a test in
  North Korea, "Finland said it had joined the alliance"): a party announcing its own act
  states the act, the way a government's lead does.

- **a hedged link is not the event**: "A tremor was recorded on Sunday, possibly linked to a
  test", "un séisme …, possiblement lié à un essai": the sentence states something else
  (the tremor) and only guesses at its link to the act (:func:`hedged`); a lead that states
  the act beats it.

The verbs and hedges are closed classes per language, as function words are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.analysis.saying import SAYING
from briefing.analysis.saying_unspaced import attributions
from briefing.topics.lexicon import words

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: How many words may stand between the verb and the date it is told on ("told the local
#: broadcaster Sunday", "a déclaré dimanche").
REPORT_GAP = 4


def dates_report(text: str, phrase_start: int) -> bool:
    """The date phrase at ``phrase_start`` of ``text`` follows a verb of saying within
    :data:`REPORT_GAP` words: it dates a statement, not an event."""
    before = _WORD.findall(text[:phrase_start])[-(REPORT_GAP + 1) :]
    return any(w.casefold() in SAYING for w in before)


def said_first(text: str, names: Iterable[str], sayers: Iterable[str] = ()) -> bool:
    """A verb of saying comes before every name of the event (``names``, any case) in
    ``text``: the sentence's statement is what someone said ("Officials are warning of a
    catastrophe after Cyclone X struck"). False when no name is found, and when all that
    comes before the verb is one of ``sayers`` (the event's own parties, places included)
    with at most an article: the party tells its own act.

    A sentence that names the event only by its parties or places ("路透社报道，利比亚…":
    Reuters reported, Libya …) is read by those names. In Chinese, Japanese and Korean the
    verb is found inside the text (:mod:`briefing.analysis.saying_unspaced`), and a name
    written in those scripts has no edge there ("利比亚班加西", "리비아에서")."""
    sayers = [s for s in sayers if s]
    if _own_announcement(text, sayers):
        return False
    folded = text.casefold()
    starts, limit = _name_starts(folded, names), len(text)
    if not starts:
        # By a party or place alone, the telling must open the sentence: in "Forty died,
        # the governor of Velmora said" the place is the teller's, the news came first.
        starts = _name_starts(folded, sayers)
        clause = _CLAUSE_END.search(text)
        limit = clause.start() if clause is not None else limit
    if not starts:
        return False
    first = min(*starts, limit)
    if any(at < first for at in attributions(text)):
        return True
    if reported_clause(text[:first]):
        return True
    return any(w.casefold() in SAYING for w in _WORD.findall(text[:first]))


#: A past-tense verb, with "out" or "up" after it, opening an English "that" clause: "pointed
#: out that", "noted that", "reported that", "confirmed that". A plural before "that" ("the
#: floods that hit") opens a relative clause, and no "-ed" form is a plural.
_THAT_CLAUSE = re.compile(r"\b[a-z][a-z’'-]*ed(?:\s+(?:out|up))?\s+that\b")


def reported_clause(text: str) -> bool:
    """``text`` (what comes before the event's first name) ends a verb's subject and opens
    what it reports with "that" ("Ana Ruiz pointed out that the filing …", "The court noted
    that …"): the sentence tells what someone said or noticed of the event, whatever the
    verb (a closed list of verbs of saying misses "pointed out"). English only: other
    languages' "that" ("que", "dass") join too many other clauses to be read so."""
    return _THAT_CLAUSE.search(text) is not None


#: The end of a sentence's first clause: a comma, semicolon or colon, not one inside a
#: number ("2,000").
_CLAUSE_END = re.compile(r"[,，、;；:：](?!\d)")
#: Han, kana and Hangul: a name in them may be glued to the next word or ending.
_UNSPACED_EDGE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Han and kana: a name in them may be glued to the word before it too (Hangul is not).
_UNSPACED_START = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _name_starts(folded: str, names: Iterable[str]) -> list[int]:
    """Where in ``folded`` any of ``names`` starts: as a whole word, except at an edge
    written in a script that glues words together."""
    found = []
    for name in names:
        if not name:
            continue
        name = name.casefold()
        before = "" if _UNSPACED_START.match(name[0]) else r"(?<!\w)"
        after = "" if _UNSPACED_EDGE.match(name[-1]) else r"(?!\w)"
        found += [m.start() for m in re.finditer(before + re.escape(name) + after, folded)]
    return found


#: An article a sayer's name may open with ("The Kremlin said", "La Corée du Nord a annoncé").
_ARTICLES = words("the la le les l el los las der die das il lo gli i")


#: Spaces and punctuation around a subject written without spaces.
_EDGE_MARKS = " \t,，、:：;；“”\"'「」『』"


def _own_announcement(text: str, sayers: Iterable[str]) -> bool:
    """The sentence opens "‹one of the sayers› ‹verb of saying›": the subject is nothing but
    a name of the event's own party ("利比亚表示…" too: the verb found inside the text)."""
    marks = attributions(text[:200])
    if marks:
        teller = text[: marks[0]].strip(_EDGE_MARKS).casefold()
        if teller and any(teller == s.casefold() for s in sayers if s):
            return True
    found = _WORD.findall(text[:200])
    for index, word in enumerate(found[:8]):
        if word.casefold() in SAYING:
            subject = found[:index]
            if subject and subject[0].casefold() in _ARTICLES:
                subject = subject[1:]
            spoken = " ".join(subject).casefold()
            return bool(spoken) and any(
                spoken == " ".join(_WORD.findall(s)).casefold() for s in sayers if s
            )
    return False


#: A hedge right before a word of linking or causing, in the packets' languages: "possibly
#: linked to", "possiblement lié à", "posiblemente relacionado con", "möglicherweise
#: verbunden mit", "возможно, связанное с"; the Han and Hangul writing of a possibility
#: ("可能与…有关", "可能性", "가능성"). What it links is the sentence's guess, not its news.
_HEDGE = re.compile(
    r"\b(?:possibly|perhaps|maybe|possiblement|peut-être|posiblemente|possibilmente|forse|"
    r"possivelmente|möglicherweise|возможно|можливо|być może|muhtemelen)\b,?\s+"
    r"(?:\w+\s+)?(?:linked|related|connected|caused|tied|due|lié|liée|liés|liées|dû|due|"
    r"causé|causée|relacionad[oa]s?|vinculad[oa]s?|causad[oa]s?|debid[oa]s?|collegat[oa]|"
    r"legat[oa]|causat[oa]|ligad[oa]s?|relacionad[oa]|verbunden|verursacht|zurückzuführen|"
    r"связан\w*|вызван\w*|пов.язан\w*|спричинен\w*|związan\w*|spowodowan\w*|bağlı)\b"
    r"|可能与|可能是由|可能性|가능성",
    re.IGNORECASE,
)


def hedged(text: str) -> bool:
    """The sentence links what it states to something else only as a possibility ("a
    tremor …, possibly linked to a test"): its news is the tremor, the link a guess."""
    return _HEDGE.search(text) is not None
