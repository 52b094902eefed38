"""The words a vote's figures are named by, per language: turnout or participation before a
figure, "of the electorate" or "of the votes" after it, "votes" as a share's name before it.

A closed class per language, like the month names (no package lists them); a language not
here stays silent in :mod:`.vote_shares`, which reads them.
"""

from __future__ import annotations

import re
from functools import cache

#: Words for turnout or participation, per language, written before the figure (stems:
#: "Wahlbeteiligung", "Beteiligung"; "явка", "явки"; "συμμετοχή", "συμμετοχής").
TURNOUT_BEFORE: dict[str, str] = {
    "en": r"turnout|participation",
    "fr": r"participation",
    "es": r"participación",
    "pt": r"participação|comparecimento|afluência",
    "it": r"affluenza|partecipazione",
    "de": r"beteiligung",
    "nl": r"opkomst",
    "ru": r"явк[аиуео]",
    "uk": r"явк[аиуео]",
    "bg": r"избирателна\s+активност|активност",
    "el": r"συμμετοχ|προσέλευσ",
    "pl": r"frekwencj",
    "ro": r"prezen[țţt]",
    "tr": r"katılım",
    "sv": r"valdeltagande",
    "da": r"valgdeltagelse",
    "no": r"valgdeltakelse",
    "zh": r"投票率",
    "ja": r"投票率",
    "ko": r"투표율",
    "ar": r"المشاركة|مشاركة|شارك",
    "he": r"אחוז\s+ההצבעה|שיעור\s+ההצבעה",
}
#: "Of the electorate", the whole that a turnout is a share of, right after the figure.
ELECTORATE: dict[str, str] = {
    "en": r"of\s+(?:the\s+)?(?:electorate|registered\s+voters)",
    "fr": r"de\s+l['’]électorat|des\s+inscrits",
    "es": r"del\s+electorado|de\s+los\s+inscritos",
    "pt": r"do\s+eleitorado",
    "it": r"dell['’]elettorato|degli\s+aventi\s+diritto",
    "de": r"der\s+(?:Wählerschaft|Wahlberechtigten)",
    "ru": r"электората",
}
#: "Of the votes" right after a figure: the share of a side.
VOTES_AFTER: dict[str, str] = {
    "en": r"of\s+(?:the\s+)?(?:total\s+)?votes?",
    "fr": r"des\s+(?:voix|suffrages|votes)",
    "es": r"de\s+(?:los\s+)?votos",
    "pt": r"d?os\s+votos",
    "it": r"dei\s+voti",
    "de": r"der\s+(?:abgegebenen\s+)?Stimmen",
    "nl": r"van\s+de\s+stemmen",
    "ru": r"голосов",
    "uk": r"голосів",
    "bg": r"от\s+гласовете",
    "el": r"των\s+ψήφων",
    "pl": r"głosów",
    "tr": r"oy",
    "zh": r"的(?:选票|選票|得票)",
    "ar": r"من\s+الأصوات",
    "he": r"מהקולות",
}
#: "Votes" written before the figure as a share's name ("得票率为51.9%", "득표율 51.9%").
VOTES_BEFORE: dict[str, str] = {"zh": r"得票率", "ja": r"得票率", "ko": r"득표율"}

#: Any cue of a language, to pass over the paragraphs without one at a glance.
CUES = {
    language: "|".join(
        words
        for table in (TURNOUT_BEFORE, ELECTORATE, VOTES_AFTER, VOTES_BEFORE)
        if (words := table.get(language))
    )
    for language in TURNOUT_BEFORE
}


@cache
def cue_pattern(words: str, language: str) -> re.Pattern[str]:
    """``words`` as a pattern: a word must start at a word's start where words are spaced
    (a stem may end inside one: "Wahlbeteiligung" is found by "beteiligung" only in German,
    which glues its nouns)."""
    if language in _GLUED or words.startswith("^"):
        return re.compile(words, re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{words})", re.IGNORECASE)


#: Languages whose cue words are found inside a longer written word: no spaces between words
#: (Chinese, Japanese), compounds (German, Dutch, Swedish, Danish, Norwegian), Korean
#: particles, Arabic proclitics ("والمشاركة").
_GLUED = frozenset({"zh", "ja", "ko", "de", "nl", "sv", "da", "no", "ar"})
