"""A body the texts only cite as their source is no key topic.

"CNN en Español reported", "selon l'AFP", "según Efe", "laut dpa", "– podaje PAP",
"informovala agentura AP", "potrivit AP", "повідомляє в середу The Guardian", "wie die
Zeitung «Post» und andere Medien berichteten", "a resident told AFP", "Photo Jan Holm /
NORDPRESS", "Luftaufnahmen des Senders RUV", "un journaliste de l'AFP": the outlet or agency
named there carried the words or the pictures; the story is not about it. A body every use
of which is such a citation is dropped:

* a medium (:func:`_medium`: an agency, a paper or a broadcaster, which the text says by a
  medium noun beside the name, "the news agency AFP", "телеканал BFMTV", "WSJ reporter", by a
  verb only a medium does with words, "pisze", "writes", by its own sources cited after it,
  "reported citing police sources", by a picture credit, or by being a wire whose credits
  the reader knows), however many articles cite it: the packet's common
  source is no more its subject than one article's. One use that writes about it ("CNN cut
  100 jobs", "Wall Street Journal reporter Evan Gershkovich was freed") keeps it;
* any other body when at most :data:`MAX_USES` uses, all in one article, cite it ("the
  river rose, NORDCAST reported"): that article's reporter leaned on it in passing. A body
  many texts quote ("according to the disaster agency") is a source the story may be about.

A use is a citation (:func:`_cited`) when:

* a verb of reporting (:data:`~.cited_words.REPORT_VERBS`) follows the name, at most
  :data:`GAP` words after it ("CNN reported", "l'Ansa riporta"), or ends the clause an "as"
  opens ("wie die «Post» und andere Medien berichteten");
* or such a verb stands before it, with its articles, two small words ("повідомляє в середу
  The Guardian") or words ending in a medium noun ("podaje hiszpański dziennik „El Pais”")
  between;
* or a word of attribution stands before it, words ending in a medium noun allowed between
  ("according to", "selon", "laut", "według", "podle", "potrivit", "по данным", "σύμφωνα
  με", "cited by", "полученной изданием"), or a postposition follows ("AFP'ye göre", "az MTI
  szerint");
* or it is spoken to (:func:`~.addressed.addressed`, "sagte er AFP."), or someone spoke on it
  ("im Fernsehsender ERT");
* or it names an unnamed reporter's medium ("un journaliste de l'AFP", "an AFP reporter");
* or it stands in a picture credit (:func:`~.photo_credits.credit_spans`, "Foto: AFP", a
  caption's closing "– AFP", "Luftaufnahmen des Senders RUV"), a paragraph's closing copyright
  ("(c)AFP", "(c) AFP/Jan HOLM") or a bracketed dateline opening it ("【7月20日 AFP】"):
  :mod:`.cited_credits`;
* or a Japanese particle of address or attribution follows it ("X TV(X TV)に対し", "Xによると").

A name joined by "and" to a cited one is cited with it ("сообщает Reuters и AFP").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from briefing.corpus.wires import WIRES
from briefing.topics.addressed import addressed
from briefing.topics.candidates import Occurrence
from briefing.topics.cited_credits import _credit
from briefing.topics.cited_words import (
    ABOUT,
    INDEFINITE,
    MEDIUM_NOUNS,
    NOT_FILLERS,
    PICTURE_NOUNS,
    REPORT_VERBS,
    SAY_VERBS,
    WRITE_VERBS,
)
from briefing.topics.lexicon import words
from briefing.topics.text_tails import clause_start, tail_start

#: Most citations of a body that is no medium, in its one article, for it to be dropped.
MAX_USES = 2
#: Most words between the name and its verb ("CNN en Español reported").
GAP = 2
#: Most words between a verb or a word of attribution and the name, when the last is a
#: medium noun ("berichtete ein Reporter der Nachrichtenagentur AFP").
FILLERS = 4
#: Most words between a verb of saying and a name when the last few hold a medium noun
#: ("spoke to the Italian national news agency Ansa").
MEDIUM_FILLERS = 6
#: How far before a name a citation is read.
REACH = 120

_ARTICLES = words(
    """the l' l’ la le les el il lo los las gli i o a os as die der dem den des de het een
    du della dello delle del dei al"""
)
_QUOTES = "\"'“”„«»‚‘’()"
#: Words of attribution, right before the fillers and the name. Per language: en, fr, es,
#: ca, it, pt, de, nl, pl, cs, sk, ro, ru, uk, el.
_ATTRIBUTED = re.compile(
    r"(?:\baccording to|\bciting|\bcited by|\bquoted by|\bas reported by|\bselon|\bd['’]après|"
    r"\b(?:seen|reviewed|obtained) by|\b(?:consultée?s?|obtenue?s?) par|"
    r"\bcités? par|\bcitées? par|\brapporté par|\brelayée?s? par|\binterrogée?s? par|"
    r"\binterviewée?s? par|\bsegún|\bsegons|\bcitad[oa]s? por|\brecogid[oa]s? por|"
    r"\bentrevistad[oa]s? (?:por|pelo|pela)|\bsecondo|\bcitat[oiae] da\w*|"
    r"\bintervistat[oiae] da\w*|\bripres[oiae] da\w*|\bsegundo|\bconforme|\bde acordo com|"
    r"\blaut|\bzufolge|\bnach (?:(?:Angaben|Informationen|Berichten|Recherchen|Daten) "
    r"(?:von|vom|der|des)|von)|\bzitiert (?:von|vom)|\bvolgens|\bgeciteerd door|\bwedług|"
    r"\bza (?:agencją|agencja)|\bcytowan[aeyi] przez|\bpowołując się na|\bpodle|\bpodľa|"
    r"\bpotrivit|\bconform|\bcitat[ăi]? de|\bпо данным|\bпо информации|\bпо сведениям|"
    r"\bсогласно|\bпо словам|\bза словами|\bсо ссылкой на|\bполученн\w+|\bопубликованн\w+|"
    r"\bза даними|"
    r"\bза інформацією|\bз посиланням на|\bіз посиланням на|\bσύμφωνα με)"
    r"(?P<fill>(?:\s+[^\s.!?;:,]+){0," + str(FILLERS) + r"})\s*$",
    re.IGNORECASE,
)
#: The lower-case ASCII pieces of :data:`_ATTRIBUTED`'s words: one of them is in every ASCII
#: text it matches (its other words hold a letter no ASCII letter matches case-blind, as
#: "según", "według", "rapporté par"), so an ASCII text without one is not searched. Kept
#: beside the pattern: a word added there needs its piece here (tests check every word).
_ATTRIBUTED_CLUES = re.compile(
    "according to|citing|cited by|quoted by|as reported by|selon|seen by|reviewed by|"
    "obtained by|obtenu|segons|citad|recogid|entrevistad|secondo|citat|intervistat|ripres|"
    "segundo|conform|de acordo com|laut|zufolge|nach|zitiert|volgens|geciteerd door|"
    "za agencja|cytowan|podle|potrivit"
)
#: Most words :data:`_ATTRIBUTED` spans: its longest ("nach Angaben von"), the fillers, one more.
_ATTRIBUTED_WORDS = 3 + FILLERS + 1
#: Spoken on a medium: "im Fernsehsender ERT", "в эфире телеканала ERT", "on the channel".
_ON_AIR = re.compile(
    r"\b(?:im|in|on|auf|à|en|na|w|we|в|во|у|στο|στην|v|ve|în|op)"
    r"(?P<fill>(?:\s+[^\s.!?;:,]+){1," + str(FILLERS) + r"})\s*$",
    re.IGNORECASE,
)
#: Most words :data:`_ON_AIR` spans: its preposition and the fillers, and one more.
_ON_AIR_WORDS = 1 + FILLERS + 1
#: "to", "à", "a", "zu", "tegen" … right after a verb of saying: the words went to the medium.
_SAID_TO = re.compile(r"to|à|a|al|alla|ao|à|gegenüber|tegen|aan|agli", re.IGNORECASE)
_ELIDED = re.compile(r"^(?:l|d|dell|all|nell|sull)['’]", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[.,;:!?()]")
_CLAUSE_END = re.compile(r".*[.!?;:]\s", re.DOTALL)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: "and" right before the name: it may be coordinated with a cited one ("Reuters и AFP").
_AND = re.compile(r"\s(?:and|y|e|et|und|и|і|та|i|a|și|ve|en|és|oraz|&)\s+$")
#: The verbs of :data:`_SAID` (lower case, as it asks): a text without one is not searched.
_SAID_VERBS = ("sagt", "erklärt", "bestätigte", "betonte")
#: German "sagte ... X." with no article right before the name: the dative of its addressee
#: ("sagte er der Nachrichtenagentur AFP", "sagte ein Sprecher AFP"); "sagte der Sprecher
#: der Polizei." names whose spokesman spoke.
_SAID = re.compile(
    r"\b(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|bestätigte|betonte)\s"
    r"(?:[^\s.!?;:,]+\s+){0,4}(?<!\bdie )(?<!\bder )(?<!\bdas )(?<!\bdes )(?<!\bdem )"
    r"(?<!\bden )(?<!\bvon )(?<!\bvom )(?<!\bbei )(?<!\bbeim )(?<!\bmit )$"
)
#: "As" opening a clause the name ends in a verb of reporting ("Wie die Zeitung X berichtet").
_AS = re.compile(r"(?:^|\s)(?:wie|zoals|as|comme|come|como|jak|как|як|jako|ako|cum)\s", re.I)
#: Postpositions of attribution: Turkish "X'e göre", "X'in haberine göre", "X'e konuşan";
#: Hungarian "X szerint".
_POSTPOSED = re.compile(
    r"[’']?\w{0,6}\s+(?:göre|haberine göre|haberinde|aktardığına göre|konuşan|"
    r"yaptığı açıklamada|açıklama yapan|szerint)\b",
    re.IGNORECASE,
)
#: Japanese particles of attribution and address after the name, written without a space
#: and after a bracketed reading ("スカイTV(X TV)に対し", "X によると", "X が報じた").
_JAPANESE_POSTPOSED = re.compile(
    r"\s?[^\s。、！？()（）]{0,6}?[)）]?\s?(?:に対し|によると|によれば|が報じ|の取材に|に語っ)"
)
#: Right after a medium's name, up to three words, then its own sources cited: "reported
#: citing police sources", "со ссылкой на", "unter Berufung auf", "op basis van".
_CITING = re.compile(
    r"[»”\"’']?(?:\s+[^\W\d_][\w’'-]*){0,3}?,?\s+(?:citing|en citant|citando|"
    r"unter Berufung auf|со ссылкой на|з посиланням на|із посиланням на|powołując się na|"
    r"cu referire la|op basis van|s odvoláním na)\b",
    re.IGNORECASE,
)


def cited_only(
    occurrences: Sequence[Occurrence],
    paragraphs: Mapping[tuple[str, int], str],
    *,
    few: bool = True,
    credits: Collection[Occurrence] | None = None,
) -> bool:
    """Every use cites the body as a source, and it is a medium or cited at most
    :data:`MAX_USES` times in one article (``few``, asked in larger packets only; see the
    module's docstring).

    ``credits`` are the body's own credits in its own articles (:mod:`.own_credits`), taken
    from its uses: no use of a topic, they are still the house carrying the story, and count
    here as uses that cite it (as a credit in another outlet's article does)."""
    if not occurrences:
        return False
    if credits:
        occurrences = sorted([*occurrences, *credits])
    if len(occurrences) > MAX_USES and _passing_once(occurrences, paragraphs, credits or ()):
        return True
    one_article = len(occurrences) <= MAX_USES and all(
        o.article == occurrences[0].article for o in occurrences
    )

    def text(o: Occurrence) -> str:  # looked up per use asked: most bodies stop at the first
        return paragraphs.get((o.article, o.paragraph), "")

    # One use at a time, the cheap way out first: most bodies' first use is no citation.
    given = credits or ()
    if not all(o in given or _cited(text(o), o) or addressed([o], paragraphs) for o in occurrences):
        return False
    if few and one_article:
        return True
    return any(_medium(text(o), o) for o in occurrences)


def _passing_once(
    occurrences: Sequence[Occurrence],
    paragraphs: Mapping[tuple[str, int], str],
    credits: Collection[Occurrence] = (),
) -> bool:
    """A wire the reader knows (:data:`~briefing.corpus.wires.WIRES`), cited :data:`MAX_USES`
    times or more and written about once only ("services of the agencies X and Y were cut",
    in a list of things hit): that one use is in passing, and the packet still only leans on
    it as a source. Two uses that write about it keep it; so does one about a paper or a
    broadcaster ("Le Monde favours the theory that …"), whose own reporting and views a story
    may be about, where a wire only carries the news."""
    if not any(o.surface.upper() in WIRES for o in occurrences):
        return False
    texts = [paragraphs.get((o.article, o.paragraph), "") for o in occurrences]
    citing = [
        bool(o in credits or _cited(text, o) or addressed([o], paragraphs))
        for o, text in zip(occurrences, texts, strict=True)
    ]
    return len(citing) - sum(citing) == 1 and sum(citing) >= MAX_USES


def _words(text: str) -> list[str]:
    return [w.strip(_QUOTES) for w in text.split() if w.strip(_QUOTES)]


def _clause_before(text: str, o: Occurrence) -> str:
    before = text[max(0, o.start - REACH) : o.start]
    return before[clause_start(before) :]  # what _CLAUSE_END would cut, found by rfind


def _ends_in_medium(fill: list[str]) -> bool:
    """Fillers one of whose last three words (past articles, "such as") is a medium noun:
    "Nachrichtenagentur", "l'agence de presse italienne"."""
    rest = [_ELIDED.sub("", w).casefold() for w in fill]
    rest = [w for w in rest if w not in _ARTICLES]
    while rest and rest[-1] in ("como", "such", "as", "wie", "comme", "come", "like"):
        rest.pop()
    return any(w in MEDIUM_NOUNS for w in rest[-3:])


def _fillers_fit(fill: list[str]) -> bool:
    """Words between a verb of reporting and the name that keep the name its subject: none,
    articles, two small words ("в середу"), or up to :data:`FILLERS` ending in a medium
    noun; never "that" or "about"."""
    if len(fill) > MEDIUM_FILLERS or any(w.casefold() in NOT_FILLERS for w in fill):
        return False
    rest = [w for w in fill if w.casefold() not in _ARTICLES]
    if rest and rest[-1].casefold() in ABOUT:
        return False  # "reported on X", "писали о X": what was written about
    if len(rest) <= 2 and all(w.islower() for w in rest):
        return True
    return _ends_in_medium(fill) and (len(fill) <= FILLERS or bool(_SAID_TO.fullmatch(fill[0])))


def _attributed(before: str) -> re.Match[str] | None:
    """:data:`_ATTRIBUTED` searched in ``before``: from its last words only, and not at all
    in an ASCII text without one of :data:`_ATTRIBUTED_CLUES` (asked per use of every body
    rank reads; most are ASCII and hold none)."""
    start = tail_start(before, _ATTRIBUTED_WORDS)
    if before.isascii() and _ATTRIBUTED_CLUES.search(before.lower(), start) is None:
        return None
    return _ATTRIBUTED.search(before, start)


def _cited_before(before: str) -> bool:
    attributed = _attributed(before)
    if attributed is not None and _fillers_fit(
        [w for w in _words(attributed.group("fill")) if not w.endswith(("'s", "’s"))]
    ):
        return True  # "according to (Iceland's) RUV", "selon l'agence de presse italienne Ansa"
    words = _words(before)
    for back in range(min(len(words), MEDIUM_FILLERS + 1)):
        verb = words[len(words) - 1 - back].casefold()
        if verb in REPORT_VERBS and _fillers_fit(words[len(words) - back :]):
            return True  # "– podaje PAP", "informovala agentura AP": the subject after its verb
        if (
            back
            and verb in SAY_VERBS
            and _fillers_fit(words[len(words) - back :])
            and (_ends_in_medium(words[len(words) - back :]))
        ):
            return True  # "рассказали изданию X": said to a medium
        if verb in PICTURE_NOUNS:
            fill = words[len(words) - back :]
            if back and fill[0].casefold() in ("by", "from", "von", "vom", "par", "por", "de"):
                return True  # "footage from Reuters"
            if _ends_in_medium(fill) and len(fill) <= FILLERS:
                return True  # "Luftaufnahmen des isländischen Senders RUV"
    on_air = _ON_AIR.search(before, tail_start(before, _ON_AIR_WORDS))  # its last words
    if on_air is not None and _ends_in_medium(_words(on_air.group("fill"))):
        return True  # "im Fernsehsender ERT", "в эфире новостного телеканала ERT"
    if len(words) >= 3 and words[-1].casefold() in _OF and words[-2].casefold() in MEDIUM_NOUNS:
        return words[-3].casefold() in INDEFINITE  # "un journaliste de l'AFP"
    return False


#: "Of" before the medium of an unnamed reporter ("un journaliste de l'AFP").
_OF = words("of from de di da del della dell' dell’ der des du van z ze l' l’")


def _cited(text: str, o: Occurrence) -> bool:
    before = _clause_before(text, o)
    if _cited_before(before):
        return True
    if _AND.search(before):
        words = before.rstrip().split()[:-1]  # less the "and"
        for back in range(1, min(len(words), 4) + 1):
            if words[-back][:1].isupper() and _cited_before(" ".join(words[:-back]) + " "):
                return True  # "сообщает Reuters и AFP": AFP with Reuters
    if (
        any(verb in before for verb in _SAID_VERBS)
        and _SAID.search(before)
        and re.match(r"\s*(?:[.!?]|$)", text[o.end :])
    ):
        return True  # "sagte ein Beamter der Migrationsbehörde AFP.": said to it
    after = text[o.end : o.end + 80].lstrip(_QUOTES)
    following = [w.casefold() for w in _WORD.findall(_PUNCTUATION.split(after)[0])]
    if any(w in REPORT_VERBS for w in following[: GAP + 1]):
        return True
    if any(w in REPORT_VERBS for w in following[:6]) and _AS.search(before):
        return True  # "Wie die Zeitung «X» und andere Medien berichteten"
    if _POSTPOSED.match(text, o.end) or _JAPANESE_POSTPOSED.match(text, o.end):
        return True
    words = _words(before)
    if (
        words
        and words[-1].casefold() in INDEFINITE
        and following[:1]
        and (following[0] in MEDIUM_NOUNS or after.startswith("-"))
    ):
        return True  # "an AFP reporter", "ein AFP-Reporter"
    return _credit(text, o)


def _medium(text: str, o: Occurrence) -> bool:
    """The use says the body is a medium: a medium noun right before or after it ("the news
    agency AFP", "AFP news agency", "WSJ gazetesi"), a verb only a medium does with words
    ("pisze «Guardian»"), its own sources cited right after it ("CNN Portugal reported
    citing police sources", "сообщил BFMTV со ссылкой на"), a credit, or a wire the reader
    knows."""
    if o.surface.upper() in WIRES:
        return True
    words = [w for w in _words(_clause_before(text, o)) if w.casefold() not in _ARTICLES]
    if words and (words[-1].casefold() in MEDIUM_NOUNS or words[-1].casefold() in WRITE_VERBS):
        return True
    after = text[o.end : o.end + 60].lstrip(_QUOTES + "-")
    following = [w.casefold() for w in _WORD.findall(after)][:2]
    if any(w in MEDIUM_NOUNS for w in following) or any(
        w in WRITE_VERBS for w in following[: GAP + 1]
    ):
        return True
    if _CITING.match(text, o.end):
        return True
    return _credit(text, o)
