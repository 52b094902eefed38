"""The words of :mod:`.institutions`: per language, the nouns of the few bodies every state
has (its army, police, government, parliament and highest courts), and where the country's
adjective or name stands beside them.

A closed grammatical class, as the ministers' titles of :mod:`.ministry_titles` are: the
institutions a state has, not the words of any story. Data and its compilation only.
"""

from __future__ import annotations

import re

from briefing.topics.ascii_case import case_for_case

#: Institution key → (English noun for a display name, per-language regex of its noun).
#: Russian and Ukrainian nouns are stems with their case endings; a plural of a body that is
#: one ("forces", "войска") is its usual name.
INSTITUTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "army": (
        "army",
        {
            # "military" as a noun only: "the Chilean military." / "military's", never
            # "military convoy"
            "en": r"army|armed forces|special forces|security forces|troops"
            r"|military(?=[.,;:)]|['’]s\b)",
            "fr": r"arm[ée]e|forces arm[ée]es|forces sp[ée]ciales|forces de s[ée]curit[ée]",
            "de": r"Armee|Streitkr[äa]fte|Sicherheitskr[äa]fte|Spezialkr[äa]fte|Milit[äa]r|Truppen",
            "es": r"ej[ée]rcito|fuerzas armadas|fuerzas especiales|fuerzas de seguridad|tropas",
            "it": r"esercito|forze armate|forze speciali|forze di sicurezza|truppe",
            "pt": r"ex[ée]rcito|for[çc]as armadas|for[çc]as especiais"
            r"|for[çc]as de seguran[çc]a|tropas",
            "ru": r"арми[яиюей]|армией|войск[аиу]?|войсками|вооруж[её]нн\w+ сил(?:ы|ам|ами|ах)?"
            r"|спецназ(?:а|у|ом|е)?|силовик(?:и|ов|ам|ами|ах)",
            "uk": r"армі[яїюєі]|армією|війсь?к(?:а|ам|ами|ах)?|збройн\w+ сил(?:и|ам|ами|ах)?"
            r"|спецназ(?:у|ом|і)?|силовик(?:и|ів|ам|ами|ах)",
            "zh": r"军方|軍方|军队|軍隊|安全部队|安全部隊|特种部队|特種部隊|部队|部隊|军|軍",
            "ja": r"軍|特殊部隊|治安部隊|部隊",
            "ko": r"군|군대|특수부대|보안군",
            "ar": r"الجيش|القوات المسلحة|قوات الأمن|القوات الخاصة",
        },
    ),
    "police": (
        "police",
        {
            "en": r"police",
            "fr": r"police",
            "de": r"Polizei",
            "es": r"polic[íi]a",
            "it": r"polizia",
            "pt": r"pol[íi]cia",
            "ru": r"полици[яиюей]|полицией",
            "uk": r"поліці[яїюєі]|поліцією",
            "zh": r"警方|警察",
            "ja": r"警察",
            "ko": r"경찰",
            "ar": r"الشرطة",
        },
    ),
    "government": (
        "government",
        {
            "en": r"government",
            "fr": r"gouvernement",
            "de": r"Regierung",
            "es": r"gobierno",
            "it": r"governo",
            "pt": r"governo",
            "ru": r"правительств(?:о|а|у|ом|е)",
            "uk": r"уряд(?:у|ом|і|а)?",
            "zh": r"政府",
            "ja": r"政府",
            "ko": r"정부",
            "ar": r"الحكومة",
        },
    ),
    "parliament": (
        "parliament",
        {
            "en": r"parliament",
            "fr": r"parlement",
            "de": r"Parlament",
            "es": r"parlamento",
            "it": r"parlamento",
            "pt": r"parlamento",
            "ru": r"парламент(?:а|у|ом|е)?",
            "uk": r"парламент(?:у|ом|і)?",
            "zh": r"议会|議會|国会|國會",
            "ja": r"議会|国会",
            "ko": r"의회|국회",
            "ar": r"البرلمان",
        },
    ),
    "supreme court": (
        "Supreme Court",
        {
            "en": r"supreme court",
            "fr": r"cour supr[êe]me",
            "de": r"Oberste[nrs]? Gericht(?:shof)?|Obersten? Gerichtshofs?",
            "es": r"corte suprema|tribunal supremo",
            "it": r"corte suprema|corte di cassazione",
            "pt": r"supremo tribunal|tribunal supremo",
            "ru": r"верховн\w+ суд(?:а|у|ом|е|і)?",
            "uk": r"верховн\w+ суд(?:а|у|ом|е|і)?",
            "zh": r"最高法院",
            "ja": r"最高裁判所|最高裁",
            "ko": r"대법원",
            "ar": r"المحكمة العليا",
        },
    ),
    "constitutional court": (
        "Constitutional Court",
        {
            "en": r"constitutional court",
            "fr": r"cour constitutionnelle|conseil constitutionnel",
            "de": r"Verfassungsgerichts?(?:hofs?)?",
            "es": r"(?:corte|tribunal) constitucional",
            "it": r"corte costituzionale",
            "pt": r"tribunal constitucional",
            "ru": r"конституционн\w+ суд(?:а|у|ом|е)?",
            "uk": r"конституційн\w+ суд(?:у|ом|і)?",
            "zh": r"宪法法院|憲法法院",
            "ja": r"憲法裁判所",
            "ko": r"헌법재판소",
            "ar": r"المحكمة الدستورية",
        },
    ),
}

#: Where the country stands beside the noun, per language: ``before`` an adjective or a
#: possessive name ("Algerian army", "algerische Armee", "алжирский спецназ", "Kenya's
#: Supreme Court"), ``after`` an adjective ("armée algérienne", "الجيش الجزائري") or a
#: genitive name ("правительства Швейцарии", "Regierung Kenias"), ``glued`` the country's name
#: written right before the noun, as the CJK languages do ("阿尔及利亚军方", "알제리군").
ORDER: dict[str, tuple[str, ...]] = {
    "en": ("before",),
    "de": ("before", "after"),
    "fr": ("after",),
    "es": ("after",),
    "it": ("after",),
    "pt": ("after",),
    "ru": ("before", "after"),
    "uk": ("before", "after"),
    "ar": ("after",),
    "zh": ("glued",),
    "ja": ("glued",),
    "ko": ("glued",),
}

#: Languages whose nouns are matched without regard to case.
_FOLDED = frozenset(["en", "fr", "de", "es", "it", "pt", "ru", "uk"])
#: Scripts without spaces between words: the noun may begin anywhere.
GLUED = frozenset(["zh", "ja", "ko"])


def _compile() -> dict[str, tuple[re.Pattern[str], dict[str, re.Pattern[str]]]]:
    """Per language, one pattern of every noun, and a pattern per institution to tell which."""
    built: dict[str, tuple[re.Pattern[str], dict[str, re.Pattern[str]]]] = {}
    for language in ORDER:
        flags = re.IGNORECASE if language in _FOLDED else 0
        forms = {key: nouns[language] for key, (_, nouns) in INSTITUTIONS.items()}
        if language in GLUED:
            whole = "|".join(f"(?:{f})" for f in forms.values())
            pattern = re.compile(f"(?:{whole})", flags)
        else:
            whole = "|".join(f"(?:{f})" for f in forms.values())
            pattern = re.compile(rf"(?<!\w)(?:{whole})(?!\w)", flags)
        each = {key: re.compile(f"(?:{form})", flags) for key, form in forms.items()}
        built[language] = (pattern, each)
    return built


PATTERNS = _compile()


#: Per language whose nouns are matched without regard to case, the same pattern matched
#: case for case in an ASCII text lowered (:mod:`.ascii_case`): the same spans, several
#: times cheaper than ignoring case in the engine.
ASCII_PATTERNS = {
    language: lowered
    for language, (pattern, _each) in PATTERNS.items()
    if (lowered := case_for_case(pattern)) is not None
}
