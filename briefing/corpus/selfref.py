"""An outlet naming itself inside its own text, as opposed to citing someone else.

Self-references (made-up examples of real shapes): ``передает корреспондент Sputnik``,
``пише Приклад.UA з посиланням на Reuters``, ``сказал корреспонденту ТАСС``,
``told a Kazinform correspondent``, ``Kazinform News Agency reports``, ``AA muhabirine``,
``ha detto all'ANSA``, ``Подробнее – в эфире телеканала Пример 24``.

Citations are *not* the outlet and match none of the patterns: ``according to Interfax``,
``Le Monde reported``, ``со ссылкой на ТАСС``, ``the ministry's press service said``. Nor does
the bare formula "Об этом сообщает X" / "Про це повідомляє X" / "Про це інформує X", nor the
same formula before a correspondent ("Об этом сообщает корреспондент X"): outlets
write it of themselves and of others alike ("Про це повідомляє CNN" in a Ukrainian outlet's
story on a Hong Kong fire); on 240 real articles it named no outlet right and one wrongly. With
"со ссылкой на Y" / "з посиланням на Y" after it (or before it, the sentence closing on X:
"Об этом со ссылкой на Y сообщает X."), X is the one reporting, so that shape stays,
as its English ("X reports with reference to Y"), and so does a sentence that only sources the
fact before it ("Как передает X, об этом сообщает Y"; a cited outlet carries the fact itself:
"Как сообщает CNN, землетрясение …"). A known wire in X's place is the agency another outlet
relays ("сообщает Reuters со ссылкой на премьер-министра"): a wire writing its own copy names
its correspondent as the reporter ("передает корреспондент ТАСС"), never itself. A
correspondent is the strongest cue: outlets quote what people told *their* reporters, and cite
others by name only ("X reported", "according to X").
"""

from __future__ import annotations

import re

from briefing.corpus.wires import WIRES

__all__ = ["not_an_outlet", "self_reference"]

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
# A name: «quoted», "quoted", or one to four capitalised words (Газета.Ru, Kazinform, РИА Новости);
# a lower-case second word is allowed only when the name ends there ("Українська правда.").
_NAME = (
    r"(?P<name>«[^»]{2,40}»|„[^“”]{2,40}[“”]|\"[^\"]{2,40}\""
    rf"|[{_UP}][\w.&'’-]*(?: [{_UP}0-9][\w.&'’-]*){{0,3}}(?: [^\W\d_]+(?=[.,;!?]|$))?)"
)
#: A house's section after its name and a colon: ``Exempleinfo: sport``, at most one word.
_SECTION = r"(?::\s?[a-zà-ÿ]{3,12})?"
#: A site's name written as its address: ``Zakon.kz``, ``BAQ.KZ``, ``Example-News.com``.
_DOMAIN = r"[^\W_][\w-]*\.(?:[a-z]{2,6}|[A-Z]{2,6})(?!\w|\.\w)"
_MESSENGER = r"(?:Telegram|Телеграм|телеграм)"
_OWN_CHANNEL = re.compile(
    r"\b(?:[Нн]аш(?:ого|ому|ем|ий)?|[Oo]ur|[Uu]nser(?:en|em)?|[Nn]otre|[Nn]uestro|[Nn]osso)\s+"
    rf"(?:{_MESSENGER}[- ]?(?:канал\w*|channel|Kanal)|канал\w*\s+(?:в|у)\s+{_MESSENGER}"
    rf"|cha[iî]ne\s+{_MESSENGER}|canal\s+(?:de|no|do)\s+{_MESSENGER})\s+{_NAME}"
)
#: "…, передает X." / "…, передає X." / "…, повідомляє X.": the bare formula closing a
#: sentence. A site names itself so ("передает BAQ.KZ", "передает «Пример»"), but a known wire
#: named so is the agency the story relays ("…, передает ТАСС." in another outlet's copy): a
#: wire writing its own story says its correspondent reported ("передает корреспондент ТАСС",
#: the rule above), so such a wire is dropped (:func:`self_reference`), with or without
#: "со ссылкой на Y" after it (:data:`_CITING`).
_RELAYED = re.compile(rf"(?:^|[,—–]\s*)(?P<verb>передает|передає|повідомляє)\s+{_NAME}")
#: "пишет X со ссылкой на Y" / "пише X з посиланням на Y" / "X reports with reference to Y":
#: X reports and Y is cited. A site names itself so ("пишет Пример.kz со ссылкой на ТАСС"), but
#: a known wire in X's place is the agency the story relays ("…, сообщает Reuters со ссылкой
#: на премьер-министра"), as after the bare "передает X" (:data:`_RELAYED`): a wire writing its
#: own story credits its correspondent ("передает корреспондент ТАСС"), never itself by name.
_CITING_RU = re.compile(rf"(?:пишет|сообщает|передает|передаёт)\s+{_NAME}\s+со ссылкой")
_CITING_UK = re.compile(rf"(?:пише|повідомляє|передає|інформує)\s+{_NAME}\s+(?:з|із|зі) посиланням")
_CITING_EN = re.compile(
    rf"(?:^|[,.!?—–]\s*){_NAME} reports,? (?:with reference to|referring to|in reference to)\b"
)
#: The same with the citation first: "Об этом со ссылкой на Y сообщает X." / "Про це з
#: посиланням на Y повідомляє X.": X still the one reporting, the sentence ending on its name.
_CITED_FIRST_RU = re.compile(
    rf"со ссылкой на [^.!?]{{1,80}}?\s(?:пишет|сообщает|передает|передаёт)\s+{_NAME}"
    r"(?=[.!?](?:\s|$))"
)
_CITED_FIRST_UK = re.compile(
    rf"(?:з|із|зі) посиланням на [^.!?]{{1,80}}?\s(?:пише|повідомляє|передає|інформує)\s+{_NAME}"
    r"(?=[.!?](?:\s|$))"
)
_CITING = (_CITING_RU, _CITING_UK, _CITING_EN, _CITED_FIRST_RU, _CITED_FIRST_UK)
# (cheap literal, pattern); the literal keeps the regex off most paragraphs.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ru / uk / kk: the correspondent of X, told X's correspondent
    ("орреспондент", re.compile(rf"\b[Кк]орреспондент(?:у|а|ом)?\s+(?:агентства\s+)?{_NAME}")),
    ("ореспондент", re.compile(rf"\b[Кк]ореспондент(?:у|а|ові|ом)?\s+(?:агентства\s+)?{_NAME}")),
    ("повідомляє", _RELAYED),
    # "пишет X со ссылкой на Y" / "пише X з посиланням на Y": X reports, Y is cited
    ("ссылкой", _CITING_RU),
    ("посиланням", _CITING_UK),
    # "Об этом со ссылкой на Y сообщает X.": the same with the citation first
    ("ссылкой", _CITED_FIRST_RU),
    ("посиланням", _CITED_FIRST_UK),
    ("передает", _RELAYED),
    # "Как передает X, об этом сообщает Y": a sentence that only sources the fact before it,
    # X relaying what Y says (Y is cited, as in "передает X со ссылкой на Y"). A cited outlet
    # carries the fact in its own sentence ("Как сообщает CNN, землетрясение …").
    (
        "ак перед",
        re.compile(
            rf"(?:^|[.!?]\s+)[Кк]ак переда[её]т\s+{_NAME},\s+об этом\s+"
            r"(?:сообща|сообщи|заяви|пише|пиш|рассказ)\w*[^.!?]{0,80}[.!?](?:\s|$)"
        ),
    ),
    (
        "к передає",
        re.compile(
            rf"(?:^|[.!?]\s+)[Яя]к передає\s+{_NAME},\s+про це\s+"
            r"(?:повідом|заяви|пише|пиш|розпов)\w*[^.!?]{0,80}[.!?](?:\s|$)"
        ),
    ),
    # "«X» разбиралась, что/почему …": a paper's own explainer, the sentence that links to it
    # (a paper in guillemets, as Russian writes a masthead; an institution "looking into"
    # something is written without them).
    (
        "раз",  # разбиралась, разобралась
        re.compile(
            r"(?P<name>«[^»]{2,40}»)\s+(?:разбирал|разобрал)(?:ась|ся|ись|ось)"
            r",?\s+(?:что|почему|как|чем|кто|зачем|откуда|сколько|в ч[её]м|как[иоа][ейм]?)\b"
        ),
    ),
    # A broadcaster's own sign-off: "Подробнее – в эфире телеканала X", "Детальніше — в ефірі
    # телеканалу X" (where to watch the rest is the house's own channel, never a cited one).
    (
        "в эфире",
        re.compile(
            r"(?:Подробнее|Смотрите)\s*[—–-]?\s*в эфире"
            rf" (?:телеканала|радиостанции|радио)\s+{_NAME}"
        ),
    ),
    (
        "в ефірі",
        re.compile(rf"(?:Детальніше|Дивіться)\s*[—–-]?\s*в ефірі (?:телеканалу|радіо)\s+{_NAME}"),
    ),
    ("передає", _RELAYED),
    # A house promoting its own channel: "Підписуйтесь на наш Telegram-канал X", "our Telegram
    # channel X", "unseren Telegram-Kanal X", "notre chaîne Telegram X": "our" says whose it is
    # (a story may point to another's channel, and names it without "our").
    ("elegram", _OWN_CHANNEL),
    ("елеграм", _OWN_CHANNEL),
    # en: "…, X reports with reference to Y." / "X reports, referring to Y": the English of
    # "пишет X со ссылкой на Y" (X reports, Y is cited), as agencies translating their own
    # copy write it; "according to X", "X reported, citing Y" of another stay citations.
    (" reports ", _CITING_EN),
    # en: X's correspondent; told X; X News Agency reports
    ("orrespondent", re.compile(rf"\b(?:told|to) (?:an? |the )?{_NAME} correspondent\b")),
    ("orrespondent", re.compile(rf"\b{_NAME} correspondent reports\b")),
    (
        " reports",
        re.compile(
            rf"(?P<name>[{_UP}][\w.-]*(?: [{_UP}][\w.-]*){{0,2}}?)"
            r" (?i:news agency|agency) reports\b"
        ),
    ),
    # fr: un correspondant de X; "X fait le point" / "X vous explique" introducing its own piece
    ("orrespondant", re.compile(rf"\b[Cc]orrespondante? (?:de |d['’]|du )?{_NAME}")),
    # A house writes its section after its name and a colon ("Exempleinfo: sport récapitule"):
    # the section is dropped, the house named. "X récapitule" / "X vous résume" announce the
    # piece as "X fait le point" does.
    (" fait le point", re.compile(rf"(?:^|[.?!]\s+){_NAME}{_SECTION} fait le point\b")),
    (" vous explique", re.compile(rf"(?:^|[.?!]\s+){_NAME}{_SECTION} vous explique\b")),
    (" récapitule", re.compile(rf"(?:^|[.?!]\s+){_NAME}{_SECTION} récapitule\b")),
    (" vous résume", re.compile(rf"(?:^|[.?!]\s+){_NAME}{_SECTION} vous résume\b")),
    # ru / uk: "Example.ru рассказывает о …" ("tells about …"), a site opening a sentence in
    # the present tense to announce what its own piece goes on to tell, as "X vous explique";
    # only a name written as the site's address (a cited outlet is named by its masthead and
    # in the past tense or after "как": "как рассказал X", "Как пишет издание X").
    (
        "расска",
        re.compile(rf"(?:^|[.?!]\s+)(?P<name>{_DOMAIN})\s+рассказывает\s+(?:о|об|про)\s"),
    ),
    ("розповіда", re.compile(rf"(?:^|[.?!]\s+)(?P<name>{_DOMAIN})\s+розповідає\s+про\s")),
    # tr: AA muhabirine / Anadolu Ajansı muhabirinin
    ("muhabir", re.compile(rf"{_NAME} muhabir(?:i|ine|inin|lerine)\b")),
    # it: ha detto all'ANSA
    ("all'", re.compile(r"\b(?:detto|dichiarato|spiegato|riferito) all['’](?P<name>[A-Z][\w.]+)")),
    # Weakest, so last: "…, сообщает X." closing a sentence is how some outlets name themselves
    # ("сообщает Zakon.kz") but also how any outlet cites another ("…, сообщает Financial
    # Times", "…, сообщает CNN"). A site signs the formula with its own address; another
    # outlet is cited by its masthead: only a name written as a domain counts, and any
    # stronger cue in the text ("передает X со ссылкой на Y") wins over it.
    ("сообща", re.compile(rf"(?:^|,\s*)сообща(?:ет|ют)\s+(?P<name>{_DOMAIN})(?=\.(?:\s|$))")),
)
# Words that a capitalised match may begin with but that are not names.
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "It",
        "He",
        "She",
        "They",
        "We",
        "Our",
        "A",
        "An",
        "Он",
        "Она",
        "Они",
        "Это",
        "Его",
        "Её",
        "Він",
        "Вона",
        "Вони",
        "Це",
    ]
)


#: The bare formula "Об этом сообщает" / "Про це повідомляє" right before a correspondent who
#: reports: "Об этом сообщает корреспондент X" is how an outlet sources a fact to another's
#: reporter as well as to its own (Lenta.ru: "Об этом сообщает корреспондент РИА Новости").
#: Someone who told X's correspondent ("Об этом сообщил корреспонденту ТАСС мэр") still
#: speaks to the house's own reporter.
_BARE_FORMULA = re.compile(
    r"(?:[Оо]б этом|[Пп]ро це)\s+(?:сообща|сообщи|переда|пиш|пише|повідом|інформу|переда)\w*\s+$"
)


_NOMINATIVE = re.compile(r"[Кк]орр?еспондент\s")


def self_reference(text: str) -> str | None:
    """The outlet ``text`` names as its own reporter, or None."""
    for literal, pattern in _PATTERNS:
        if literal not in text:
            continue
        for match in pattern.finditer(text):
            if _NOMINATIVE.match(match.group(0)) and _BARE_FORMULA.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue
            name = _clean(match.group("name"))
            if name and (pattern is _RELAYED or pattern in _CITING) and name.upper() in WIRES:
                continue  # "…, передает ТАСС.", "сообщает Reuters со ссылкой на …": relayed
            if name:
                return name
    return None


def _clean(name: str) -> str | None:
    """Strip quotes and sentence punctuation; None for pronouns, fragments and non-outlets."""
    name = name.strip().strip('«»„“”"').rstrip(".,;:").strip()
    words = name.split()
    if not words or words[0] in _NOT_NAMES or len(name) < 2 or not_an_outlet(name):
        return None
    return name


# Institutions speak through outlets but are not one: "the Louvre Museum informs", "the
# Interior Ministry has learned", "a police correspondent".
_INSTITUTION = re.compile(
    r"\b(?:Museum|Musée|Museo|Museu|Музей|Ministry|Minister|Ministère|Ministerium|Ministero"
    r"|Министерство|Міністерство|Bakanlığı|Police|Polizei|Polizia|Полиция|Поліція"
    r"|Government|Regierung|Gouvernement|Governo|Правительство|Уряд|Embassy|Botschaft"
    r"|Ambassade|Посольство|Office|Court|Council|Parliament|Prosecutor|Department|University"
    r"|Hospital|Service|Church|Vatican|Palace|Élysée|Kremlin|Кремль|Sénat|Senate|Army"
    r"|Prefecture|Préfecture)\b",
    re.IGNORECASE,
)
# A single capitalised word with a demonym's ending is an adjective ("French police",
# "a Turkish correspondent"), not an outlet's name.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ese|ish|ch|an|ic)$")


def not_an_outlet(name: str) -> bool:
    """True for names that are institutions or nationality adjectives, never outlets."""
    return bool(_INSTITUTION.search(name)) or bool(_DEMONYM.match(name))
