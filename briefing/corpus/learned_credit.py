"""A news agency naming itself as the one that learned a fact: ``كما علمت واج``.

Agencies write their own exclusive information with a formula of their trade, in the third
person, "X learned" (made-up examples of real shapes):

- ar: ``كما علمت واج من مصادر محلية`` ("as APS learned from local sources"), ``وعلمت
  كونا أن …``, ``حسبما علمته الأناضول``: the verb ``علمت`` (with ``و``/``ف`` glued on, or
  ``ه``/``ها`` after it) and then the agency;
- fr: ``a appris l'AFP auprès de …``, ``l'AFP a appris de source …``;
- it: ``ha appreso l'ANSA``, ``apprende l'Adnkronos``;
- es: ``según ha podido saber EFE``, ``supo EFE``.

(English, "Reuters has learned", is read with the other attribution sentences in
:mod:`briefing.corpus.sources`.) Another outlet relaying the scoop credits it otherwise ("
according to X", "X reported", ``ذكرت``, ``نقلت``, ``selon``), so the formula names the house
whose copy the text is. It counts only for a known agency: the wires of
:data:`briefing.corpus.wires.WIRES` as they write themselves, and the Arabic names and initials
of :func:`briefing.corpus.arabic_lead_credit.arabic_agency` — "a appris Le Monde", ``علمت
الحكومة`` (the government learned) or ``علمت الوزارة من واج`` (the ministry learned from APS)
name no outlet. German "wie X erfuhr" is left out: German outlets relay another's scoop in
those very words ("Wie die Zeitung erfuhr"). :mod:`briefing.corpus.sources` drops a name the
text also cites ("selon l'AFP", ``بحسب واج``), as for every name read from prose.
"""

from __future__ import annotations

import re

from briefing.corpus.arabic_lead_credit import arabic_agency
from briefing.corpus.wires import WIRES

__all__ = ["learned_credit"]

#: The Arabic verb, a word of its own (``و``/``ف`` glued before it, the object pronoun after),
#: then up to three words that may be the agency.
_ARABIC = re.compile(
    r"(?<![\u0621-\u064a])[وف]?علمت(?:ه|ها)?\s+[«\"(]?"
    r"(?P<name>[\u0621-\u064a]+(?:[ .][\u0621-\u064a]+){0,2})"
)
#: A Latin name: one or two capitalised words (``AFP``, ``Europa Press``).
_NAME = r"(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)?)"
_LATIN = (
    ("appris", re.compile(rf"\b(?:a|ont) appris (?:l['’]|la |le )?{_NAME}")),  # fr
    ("appris", re.compile(rf"(?:^|[\s,(])(?:[lL]['’])?{_NAME} a appris\b")),  # fr
    ("appre", re.compile(rf"\b(?:ha appreso|hanno appreso|apprende) (?:l['’]|la )?{_NAME}")),  # it
    ("saber", re.compile(rf"\b(?:ha podido saber|pudo saber) (?:la agencia )?{_NAME}")),  # es
    ("supo", re.compile(rf"\bsupo (?:la agencia )?{_NAME}")),  # es
)


def learned_credit(text: str) -> str | None:
    """The agency ``text`` says learned a fact itself (module doc), as written; else None."""
    if "علمت" in text:
        for match in _ARABIC.finditer(text):
            words = match.group("name").split()
            for size in range(len(words), 0, -1):  # "وكالة فرانس برس" before "وكالة"
                if arabic_agency(" ".join(words[:size])):
                    return " ".join(words[:size])
    for literal, pattern in _LATIN:
        if literal not in text:
            continue
        for match in pattern.finditer(text):
            words = match.group("name").split()
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                spelled = name.isupper() or name.islower() or name.istitle()
                if spelled and name.upper() in WIRES:
                    return name
    return None
