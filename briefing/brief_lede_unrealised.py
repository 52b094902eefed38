"""A lede that tells the act as not (yet) done: for :mod:`briefing.brief_lede`.

The first reports of a story are often written before its act, or about what followed it,
and their sentences name the act without stating it: "a move to the club seemingly
imminent", "the clause must be paid in full if he wants to leave", "he told them he wanted to
leave", "the suspect is accused of attacking the minister". Each names the event's words, its
place and its day, and outranks a later lead that says the act happened. Four shapes, each
read from closed classes of the language's words (as function words are), never from a
story's words:

- **a prospect**: the act is imminent, expected, set or about to happen ("seemingly
  imminent", "is expected to", "sur le point de", "a punto de", "steht kurz bevor",
  "вот-вот");
- **a condition**: an obligation or a prospect bound to an "if" ("must be paid if he wants
  to leave", "muss gezahlt werden, wenn"): a demand, not what was done;
- **a reported intent**: a verb of saying followed by one of wanting or planning ("met them
  to say he wanted to leave", "a dit qu'il voulait partir"): the act is what someone means
  to do;
- **a charge against an unnamed suspect**: a subject of an article and common nouns ("The
  suspect", "A 71-year-old man", "Le suspect") that "is accused of", "was charged with"
  the act: the sentence is about the charge, the act only its object. A named subject is
  left alone: where a trial is the story, a charge against a named person may be its news.

Languages without a class here (Arabic, Chinese, Japanese, Korean, Turkish, …) are not
read: the sentence is never marked (silent rather than wrong).
"""

from __future__ import annotations

import re

#: The act expected, not done: "imminent", "is expected to", "on the verge of".
_PROSPECT: dict[str, str] = {
    "en": r"\bimminent\b|\b(?:is|are|was|were|seems?|seemed|appears?|appeared)\s+"
    r"(?:now\s+)?(?:expected|set|poised|likely|about)\s+to\b|\bon\s+the\s+verge\s+of\b",
    "fr": r"\bimminente?s?\b|\bsur\s+le\s+point\s+d[e'’]"
    r"|\b(?:est|sont)\s+attendue?s?\s+(?:pour|à)\b",
    "es": r"\binminentes?\b|\ba\s+punto\s+de\b|\bse\s+espera\s+que\b",
    "pt": r"\biminentes?\b|\bprestes\s+a\b|\bé\s+esperad[oa]\b",
    "it": r"\bimminenti?\b|\bin\s+procinto\s+di\b|\bè\s+attes[oa]\b",
    "de": r"\bsteh(?:t|en)\s+(?:\w+\s+)?(?:kurz|unmittelbar)\s+bevor\b|\bbevorstehende?[nmrs]?\b",
    "ru": r"\bвот-вот\b|\bнеминуем\w*|\bожидается,?\s+что\b",
}
#: An "if", and an obligation or prospect bound to it, in one sentence (either order).
_IF: dict[str, tuple[str, str]] = {
    "en": (r"(?<!\beven\s)(?<!\bas\s)\bif\b", r"\b(?:must|would|will\s+have\s+to)\b"),
    "de": (r"\b(?:wenn|falls|sofern)\b", r"\b(?:muss|müsse|müssen|würde|würden)\b"),
    "ru": (r"\bесли\b", r"\b(?:должен|должна|должны|должно|придётся|придется)\b"),
}
#: A verb of saying, then within a few words one of wanting or planning.
_INTENT: dict[str, str] = {
    "en": r"\b(?:say|says|said|saying|tell|tells|told)\b(?:\W+\w+){0,4}?\W+"
    r"(?:wants?|wanted|intends?|intended|plans?|planned|hopes?|hoped)\s+to\b",
    "fr": r"\b(?:dit|dire|déclaré|annoncé|affirmé|fait\s+savoir)\b(?:\W+\w+){0,4}?\W+"
    r"(?:veut|voulait|souhaite|souhaitait|compte|comptait|entend|entendait)\b",
    "es": r"\b(?:dijo|dice|decir|afirmó|anunció|comunicó|aseguró)\b(?:\W+\w+){0,4}?\W+"
    r"(?:quiere|quería|desea|deseaba|pretende|pretendía)\b",
    "pt": r"\b(?:disse|diz|dizer|afirmou|anunciou|comunicou)\b(?:\W+\w+){0,4}?\W+"
    r"(?:quer|queria|deseja|desejava|pretende|pretendia)\b",
    "it": r"\b(?:detto|dire|dice|annunciato|affermato|comunicato)\b(?:\W+\w+){0,4}?\W+"
    r"(?:vuole|voleva|desidera|desiderava|intende|intendeva)\b",
    "de": r"\b(?:sagte|sagt|sagen|erklärte|teilte|kündigte)\b(?:\W+\w+){0,4}?\W+"
    r"(?:will|wolle|wollte|möchte|beabsichtigt)\b",
    "ru": r"\b(?:заявил|заявила|сообщил|сообщила|сказал|сказала)\b(?:\W+\w+){0,4}?\W+"
    r"(?:хочет|хотел|хотела|намерен|намерена|собирается)\b",
}
#: A sentence opening with an article and common nouns (no name) as the subject of a
#: charge: "The suspect is accused of", "A 71-year-old man was charged with".
_CHARGE: dict[str, str] = {
    "en": r"^(?:The|A|An)\s+(?:[a-z0-9][\w'’-]*\s+){0,4}(?:is|was|has\s+been|had\s+been|"
    r"are|were|have\s+been|stands?)\s+(?:\w+ly\s+)?(?:accused|charged|suspected|indicted)\b",
    "fr": r"^(?:Le|La|Les|L['’]|Un|Une)\s*(?:[a-zà-ÿ0-9][\w'’-]*\s+){0,4}(?:est|sont|a\s+été|"
    r"ont\s+été|était)\s+(?:accusée?s?|inculpée?s?|soupçonnée?s?|mise?s?\s+en\s+examen)\b",
    "es": r"^(?:El|La|Los|Las|Un|Una)\s+(?:[a-zá-ú0-9][\w'’-]*\s+){0,4}(?:está|están|es|son|"
    r"fue|fueron|ha\s+sido|han\s+sido)\s+(?:acusad|imputad|sospechos)[oa]s?\b",
    "pt": r"^(?:O|A|Os|As|Um|Uma)\s+(?:[a-zà-ú0-9][\w'’-]*\s+){0,4}(?:é|são|foi|foram|está|"
    r"estão)\s+(?:acusad|suspeit|indiciad)[oa]s?\b",
    "it": r"^(?:Il|Lo|La|I|Gli|Le|L['’]|Un|Uno|Una)\s*(?:[a-zà-ù0-9][\w'’-]*\s+){0,4}"
    r"(?:è|sono|è\s+stat[oa]|sono\s+stat[ie])\s+(?:accusat|sospettat|indagat)[oaie]\b",
    "ru": r"^[А-ЯЁ][а-яё-]+(?:\s+[а-яё0-9-]+){0,3}\s+(?:обвиняется|обвиняются|подозревается|"
    r"подозреваются)\b",
}


#: A dateline in capitals before a dash ("BRATISLAVA, Slovakia (AP) — "): the sentence opens
#: after it.
_DATELINE = re.compile(
    r"^[A-ZÀ-ÝА-ЯЁ][A-ZÀ-ÝА-ЯЁ .'’-]+(?:,[^—–()]{1,40})?(?:\([^)]{1,30}\))?\s*[—–-]\s+"
)


def _compiled(pattern: str) -> re.Pattern[str]:
    return _CACHE.setdefault(pattern, re.compile(pattern, re.IGNORECASE))


_CACHE: dict[str, re.Pattern[str]] = {}


def unrealised(text: str, language: str) -> str | None:
    """Which of the four shapes (module doc) ``text``, a sentence in ``language``, has —
    "prospect", "condition", "intent" or "charge" — or None: it may state the act."""
    prospect = _PROSPECT.get(language)
    if prospect and _compiled(prospect).search(text):
        return "prospect"
    if language in _IF:
        when, bound = _IF[language]
        if _compiled(when).search(text) and _compiled(bound).search(text):
            return "condition"
    intent = _INTENT.get(language)
    if intent and _compiled(intent).search(text):
        return "intent"
    charge = _CHARGE.get(language)
    opening = _DATELINE.sub("", text, count=1).lstrip("“\"‘'(")
    # Case matters for the subject (lower-case words are no name): not ignored here.
    if charge and re.search(charge, opening) is not None:
        return "charge"
    return None
