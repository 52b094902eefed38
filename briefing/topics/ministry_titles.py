"""The words of :mod:`.ministries`: per language, the portfolios a government's departments
have and the grammar of a minister's title around them ("Energy Minister", "ministre turc de
l'Énergie", "Energieminister", "Enerji ve Tabii Kaynaklar Bakanı", "министра энергетики",
"能源部長", "وزير الطاقة"), compiled once into one pattern per language.

Split from the rules that make topics of the uses, as the kicker rules keep their words in
:mod:`briefing.corpus.kicker_words`: this module is data and its compilation only.
"""

from __future__ import annotations

import re

#: A written form that names the department itself ("Interior Ministry", "ministère de la
#: Culture", "Kulturministerium", "Ministério do Interior", "Bakanlığı", "министерство",
#: "外交部", "وزارة").
MINISTRY = re.compile(
    r"(?i:ministry|minist[èe]re|ministerium|ministerio|ministero|minist[ée]rio|ministerstw|"
    r"министерств)|Bakanlığı|وزارة|省$|部$"
)

#: Portfolio key → (English display name, per-language alternatives of its word). Every
#: alternative is a regex fragment in the form the title grammar of the language wants
#: (German: the compound's first part; Russian: the genitive; Turkish: before "Bakanı").
PORTFOLIOS: dict[str, tuple[str, dict[str, str]]] = {
    "energy": (
        "Energy Ministry",
        {
            "en": r"energy",
            "fr": r"[ée]nergie",
            "de": r"energie",
            "es": r"energ[íi]a",
            "it": r"energia",
            "pt": r"energia",
            "tr": r"Enerji",
            "ru": r"энергетики",
            "zh": r"能源",
            "ja": r"エネルギー",
            "ko": r"에너지",
            "ar": r"الطاقة",
        },
    ),
    "interior": (
        "Interior Ministry",
        {
            "en": r"interior|home",
            "fr": r"int[ée]rieur",
            "de": r"innen",
            "es": r"interior",
            "it": r"interno|interni",
            "pt": r"interior|administra[çc][ãa]o interna",
            "tr": r"İçişleri",
            "ru": r"внутренних дел",
            "zh": r"內政|内政",
            "ja": r"総務|内務",
            "ko": r"내무|행정안전",
            "ar": r"الداخلية",
        },
    ),
    "foreign": (
        "Foreign Ministry",
        {
            "en": r"foreign",
            "fr": r"affaires [ée]trang[èe]res",
            "de": r"au(?:ß|ss)en",
            "es": r"(?:asuntos|relaciones) exteriores|exteriores",
            "it": r"(?:affari )?esteri",
            "pt": r"neg[óo]cios estrangeiros|rela[çc][õo]es exteriores",
            "tr": r"Dışişleri",
            "ru": r"иностранных дел",
            "zh": r"外交",
            "ja": r"外務",
            "ko": r"외교",
            "ar": r"الخارجية",
        },
    ),
    "defence": (
        "Defence Ministry",
        {
            "en": r"defen[cs]e",
            "fr": r"(?:la )?d[ée]fense|arm[ée]es",
            "de": r"verteidigungs",
            "es": r"defensa",
            "it": r"difesa",
            "pt": r"defesa",
            "tr": r"(?:Milli )?Savunma",
            "ru": r"обороны",
            "zh": r"國防|国防",
            "ja": r"防衛",
            "ko": r"국방",
            "ar": r"الدفاع",
        },
    ),
    "finance": (
        "Finance Ministry",
        {
            "en": r"finance",
            "fr": r"finances",
            "de": r"finanz",
            "es": r"hacienda|finanzas",
            "it": r"finanze",
            "pt": r"finan[çc]as|fazenda",
            "tr": r"Maliye",
            "ru": r"финансов",
            "zh": r"財政|财政",
            "ja": r"財務",
            "ko": r"재무|기획재정",
            "ar": r"المالية",
        },
    ),
    "economy": (
        "Economy Ministry",
        {
            "en": r"econom(?:y|ic affairs)",
            "fr": r"[ée]conomie",
            "de": r"wirtschafts",
            "es": r"econom[íi]a",
            "it": r"economia",
            "pt": r"economia",
            "tr": r"Ekonomi",
            "ru": r"экономики|экономического развития",
            "zh": r"經濟|经济",
            "ja": r"経済産業",
            "ko": r"경제",
            "ar": r"الاقتصاد",
        },
    ),
    "health": (
        "Health Ministry",
        {
            "en": r"health",
            "fr": r"sant[ée]",
            "de": r"gesundheits",
            "es": r"sanidad|salud",
            "it": r"salute",
            "pt": r"sa[úu]de",
            "tr": r"Sağlık",
            "ru": r"здравоохранения",
            "zh": r"衛生|卫生",
            "ja": r"厚生労働",
            "ko": r"보건",
            "ar": r"الصحة",
        },
    ),
    "justice": (
        "Justice Ministry",
        {
            "en": r"justice",
            "fr": r"(?:la )?justice",
            "de": r"justiz",
            "es": r"justicia",
            "it": r"giustizia",
            "pt": r"justi[çc]a",
            "tr": r"Adalet",
            "ru": r"юстиции",
            "zh": r"司法",
            "ja": r"法務",
            "ko": r"법무",
            "ar": r"العدل",
        },
    ),
    "culture": (
        "Culture Ministry",
        {
            "en": r"culture",
            "fr": r"(?:la )?culture",
            "de": r"kultur",
            "es": r"cultura",
            "it": r"cultura|beni culturali",
            "pt": r"cultura",
            "tr": r"Kültür",
            "ru": r"культуры",
            "zh": r"文化",
            "ja": r"文部科学",
            "ko": r"문화",
            "ar": r"الثقافة",
        },
    ),
    "transport": (
        "Transport Ministry",
        {
            "en": r"transport(?:ation)?",
            "fr": r"transports?",
            "de": r"verkehrs",
            "es": r"transportes?",
            "it": r"trasporti|infrastrutture e (?:dei )?trasporti",
            "pt": r"transportes",
            "tr": r"Ulaştırma",
            "ru": r"транспорта",
            "zh": r"交通",
            "ja": r"国土交通",
            "ko": r"교통|국토교통",
            "ar": r"النقل",
        },
    ),
    "education": (
        "Education Ministry",
        {
            "en": r"education",
            "fr": r"(?:l['’])?[ée]ducation(?: nationale)?",
            "de": r"bildungs",
            "es": r"educaci[óo]n",
            "it": r"istruzione",
            "pt": r"educa[çc][ãa]o",
            "tr": r"(?:Milli )?Eğitim",
            "ru": r"образования",
            "zh": r"教育",
            "ja": r"文部",
            "ko": r"교육",
            "ar": r"التعليم|التربية",
        },
    ),
    "agriculture": (
        "Agriculture Ministry",
        {
            "en": r"agriculture",
            "fr": r"agriculture",
            "de": r"landwirtschafts|agrar",
            "es": r"agricultura",
            "it": r"agricoltura",
            "pt": r"agricultura",
            "tr": r"Tarım",
            "ru": r"сельского хозяйства",
            "zh": r"農業|农业",
            "ja": r"農林水産",
            "ko": r"농림|농업",
            "ar": r"الزراعة",
        },
    ),
    "environment": (
        "Environment Ministry",
        {
            "en": r"environment",
            "fr": r"environnement|transition [ée]cologique",
            "de": r"umwelt",
            "es": r"medio ambiente|transici[óo]n ecol[óo]gica",
            "it": r"ambiente",
            "pt": r"ambiente|meio ambiente",
            "tr": r"Çevre",
            "ru": r"природных ресурсов|экологии",
            "zh": r"環境|环境",
            "ja": r"環境",
            "ko": r"환경",
            "ar": r"البيئة",
        },
    ),
}

#: Per language, the title around a portfolio ``{p}``; each pattern names the portfolio
#: ``p``. A title in the plural ("foreign ministers", "Außenministern", "ministres",
#: "министров") is several offices, and is not matched. An adjective may stand between a
#: Romance title and its "of" ("ministre turc de l'Énergie"); a Turkish or Chinese portfolio
#: may be followed by "and <another>" ("Enerji ve Tabii Kaynaklar Bakanı", "能源和自然資源部長").
_TITLES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?P<p>{p})\s+minist(?:er|ry)\b",
        r"\bminist(?:er|ry)\s+(?:of|for)\s+(?:the\s+)?(?P<p>{p})\b",
    ),
    "fr": (
        r"\bminist(?:re|ère)(?:\s+(?!de\b|des\b|du\b)[^\W\d_]+)?\s+"
        r"(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+|de\s+)(?P<p>{p})\b",
    ),
    "de": (r"\b(?:bundes)?(?P<p>{p})minister(?:in|s|ium|iums)?\b",),
    "es": (
        r"\b(?:ministr[oa]|ministerio)(?:\s+(?!de\b|del\b)[^\W\d_]+)?\s+"
        r"(?:de\s+(?:la\s+|los\s+)?|del\s+)(?P<p>{p})\b",
    ),
    "it": (
        r"\b(?:ministr[oa]|ministero)(?:\s+(?!dell?\b|della\b|degli\b|dei\b|delle\b)[^\W\d_]+)?"
        r"\s+(?:dell['’]\s?|della\s+|del\s+|degli\s+|dei\s+|delle\s+)(?P<p>{p})\b",
    ),
    "pt": (
        r"\b(?:ministr[oa]|minist[ée]rio)(?:\s+(?!d[aoe]s?\b)[^\W\d_]+)?\s+"
        r"(?:d[aoe]s?\s+)(?P<p>{p})\b",
    ),
    "tr": (r"(?<!\w)(?P<p>{p})(?:\s+ve(?:\s+[A-ZÇĞİÖŞÜ]\w*){{1,3}})?\s+Bakan(?:lığı|ı)",),
    "ru": (r"(?<!\w)министр(?:а|у|ом|е)?\s+(?P<p>{p})(?!\w)",),
    "zh": (r"(?P<p>{p})(?:和[^\s，。、]{{1,6}}?)?(?:部長|部长|大臣)",),
    "ja": (r"(?P<p>{p})(?:[^\s、。「」]{{0,6}}?)?(?:大臣|相(?![手次当談互変場続撲応]))",),
    "ko": (r"(?P<p>{p})(?:부\s?)?\s?장관",),
    # A clitic conjunction or preposition ("ووزير") stays outside the title.
    "ar": (r"(?:(?<!\w)|(?<=(?<!\w)[وفلب]))(?:وزير|وزيرة)\s+(?P<p>{p})(?!\w)",),
}

#: Languages whose titles are matched without regard to case (their portfolio words are
#: common nouns, lower case inside a sentence, capitalised in a title).
_FOLDED = frozenset(["en", "fr", "de", "es", "it", "pt", "ru"])


def _compile() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Per language, one pattern of every title and a map from portfolio word to key."""
    built: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
    for language, titles in _TITLES.items():
        words = {key: forms[language] for key, (_, forms) in PORTFOLIOS.items()}
        any_word = "|".join(f"(?:{w})" for w in words.values())
        flags = re.IGNORECASE if language in _FOLDED else 0
        alternatives = "|".join(
            f"(?:{t.format(p=any_word).replace('(?P<p>', '(?P<p' + str(n) + '>')})"
            for n, t in enumerate(titles)
        )
        built[language] = (re.compile(alternatives, flags), words)
    return built


PATTERNS = _compile()
#: Per language, a word every title holds: a paragraph without one is not searched further
#: (most paragraphs of a large briefing).
CUES = {
    language: re.compile(cue, re.IGNORECASE)
    for language, cue in {
        "en": "minist",
        "fr": "minist",
        "de": "minist",
        "es": "minist",
        "it": "minist",
        "pt": "minist",
        "tr": "Bakan",
        "ru": "министр",
        "zh": "部長|部长|大臣",
        "ja": "大臣|相",
        "ko": "장관",
        "ar": "وزير",
    }.items()
}
