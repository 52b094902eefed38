"""A body that one article only cites as its source is no key topic.

"Robles described the flooding as unprecedented, CNN en Español reported", "selon l'AFP",
"según Efe", "secondo l'Ansa", "laut dpa", "według PAP", "a resident told AFP", "Photo Jan
Holm / NORDPRESS": the outlet or agency named there carried the words; the story is not
about it. When every use of a body in the packet is such a citation, at most
:data:`MAX_USES` of them and all in one article, that article's reporter leaned on it in
passing and nobody else names it: it is dropped, as a name used once is
(:func:`~briefing.topics.single_use.single_use`), in packets of as many articles. A body one text
cites again and again is that text's main source, which an analyst may list.
An agency that several articles cite (AP in many outlets' copy) is the packet's common
source, and stays; so does one the article also writes about ("CNN cut 100 jobs").

A use is a citation when:

* a verb of reporting follows the name, at most :data:`GAP` words after it and with no
  punctuation between ("CNN reported", "CNN en Español reported", "l'Ansa riporta"), or
  stands right before it, an article allowed ("– podaje PAP", "informa la agencia Efe"): a
  closed class per language, only verbs a medium is the subject of (report, write, inform),
  never "said" or "announced", which bodies the story is about do every day;
* or a preposition of attribution stands right before it, an article allowed ("according to
  CNN", "selon l'AFP", "según la agencia Efe", "laut dpa", "według PAP", "по данным ТАСС");
* or someone's words are addressed to it (:func:`~briefing.topics.addressed.addressed`);
* or it stands in a picture credit (:func:`~briefing.topics.photo_credits.credit_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.addressed import addressed
from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.photo_credits import credit_spans

#: Most citations of a body in its one article for it to be dropped.
MAX_USES = 2
#: Most words between the name and its verb ("CNN en Español reported").
GAP = 2

#: Verbs of reporting whose subject is a medium, in the languages the packets are written
#: in (en, fr, es, ca, it, pt, de, nl, pl, ru, uk): "reported", "rapporte", "informó".
REPORT_VERBS = words(
    """reported reports reporting
    rapporte rapportait rapporté rapportent relate relaté relayé
    informó informa informaba publicó publica
    informà informava
    riporta riportato riferisce riferito scrive
    informou noticiou noticia publicou
    berichtete berichtet meldete meldet
    meldde meldt berichtte bericht
    podaje podała podał poinformowała poinformował informuje
    сообщает сообщил сообщила сообщило пишет передает передаёт
    повідомляє повідомив повідомила пише"""
)

#: Prepositions of attribution, then an optional article, right before the name.
_ATTRIBUTED = re.compile(
    r"(?:\baccording to|\bciting|\bselon|\bd['’]après|\bsegún|\bsegons|\bsecondo|\bsegundo|"
    r"\bconforme|\blaut|\bzufolge|\bvolgens|\bwedług|\bпо данным|\bпо информации|\bза даними)"
    r"\s+(?:(?:the|l['’]|la|le|el|il|lo|a|o|as|os|die|der|dem|de|het|agencji|agencja|agency|"
    r"agence|agencia|agenzia|agência|agentur|agentschap)\s*)*$",
    re.IGNORECASE,
)
#: The word before the name, an article or an agency's noun allowed between.
_VERB_BEFORE = re.compile(
    r"([^\W\d_]+)\s+(?:(?:the|l['’]|la|le|el|il|lo|o|a|die|der|de|het|agencja|agencji|"
    r"agency|agence|agencia|agenzia|agência|agentur|agentschap)\s*)*$",
    re.IGNORECASE,
)
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_][\w’'-]*){1," + str(GAP + 1) + r"}")


def cited_only(
    occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]
) -> bool:
    """Every use (:data:`MAX_USES` at most) is in one article and cites the body as a
    source (see the module's docstring)."""
    if not 0 < len(occurrences) <= MAX_USES:
        return False
    if any(o.article != occurrences[0].article for o in occurrences):
        return False
    spoken_to = addressed(occurrences, paragraphs)
    return all(
        o in spoken_to or _cited(paragraphs.get((o.article, o.paragraph), ""), o)
        for o in occurrences
    )


def _cited(text: str, o: Occurrence) -> bool:
    before = text[max(0, o.start - 40) : o.start]
    if _ATTRIBUTED.search(before):
        return True
    verb = _VERB_BEFORE.search(before)
    if verb is not None and verb.group(1).casefold() in REPORT_VERBS:
        return True  # "– podaje PAP", "informa la agencia Efe": the subject after its verb
    after = _WORDS_AFTER.match(text, o.end)
    if after is not None and any(
        w.casefold() in REPORT_VERBS for w in after.group().split()[: GAP + 1]
    ):
        return True
    return any(s <= o.start and o.end <= e for s, e in credit_spans(text))
