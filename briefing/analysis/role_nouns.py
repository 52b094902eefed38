"""A count whose noun is itself a role, keyed by that role in every language: "29 crew
members", "29 membres d'équipage" and "乗務員30人" are one quantity.

Counts are compared by their noun within one language (:mod:`.figures`), so a head count of
one role told in two languages never met: the teachers of a school trip counted "14
professeurs" in one report and "교사 15명" in another were two keys. :mod:`.people_roles`
keys a *general* word for people by the role a verb gives it; here the noun names the role
itself, and the nouns for the roles news counts by head (crew, teachers, pupils and students,
soldiers, police officers, firefighters, doctors, journalists) are a small closed vocabulary
of general news language in each language, as casualties, passengers and hostages are
(:mod:`.casualties`, :mod:`.passengers`, :mod:`.fate_roles`).

A count is keyed by its role (:func:`role_key`, :func:`cjk_role_key`) only when it counts the
role as such, all of one occasion:

- its noun is one role of the table below, one word (or "members of the crew", "police
  officers"), with no narrowing but "aboard": a complement may name a part ("tripulantes de
  cabina"), and a word that is as often a modifier is left out ("12 police cars", "17
  пожарных машин"); in Chinese, Japanese and Korean the noun is on a counter of people;
- it does not join two roles ("350 teachers and students", "师生": one count of two roles;
  "14 teachers and 325 students" is two counts, each its own);
- its clause names no casualty kind, outcome, rate or capacity ("70 students survived",
  "students rescued": a part of them, :func:`.passengers.all_of_one_occasion`), it has no
  fate (:mod:`.fates`: held, freed) and it is not another year's event.

The figures' own gates then decide (a source giving two values, more than three values,
values more than twice apart: no flag; a bound against a value, as any bound).
"""

from __future__ import annotations

import re

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.passengers import all_of_one_occasion
from briefing.analysis.role_tables import RoleTable

#: How the key of a count of a role begins: "role teachers".
ROLE = "role"

#: Per language and role: the noun's forms as a pattern of one whole word (lower case).
#: Words that also name something else are left out ("agent": an agent of anything;
#: "staff": any employee; "children": sons and daughters of anyone, not a head count).
_ROLES: dict[str, dict[str, str]] = {
    "en": {"crew": r"crew(?:men|members?)?", "teachers": r"teachers?",
           "students": r"students?|pupils?|schoolchildren",
           "soldiers": r"soldiers?|troops", "police": r"policem[ae]n|policewom[ae]n",
           "firefighters": r"firefighters?|firemen", "doctors": r"doctors?|physicians?",
           "journalists": r"journalists?|reporters?"},
    "fr": {"teachers": r"professeurs?|enseignant(?:e|es|s)?",
           "students": r"élèves?|lycéen(?:ne|nes|s)?|étudiant(?:e|es|s)?|collégien(?:ne|nes|s)?",
           "soldiers": r"soldats?|militaires?", "police": r"policiers?|gendarmes?",
           "firefighters": r"pompiers?", "doctors": r"médecins?",
           "journalists": r"journalistes?|reporters?"},
    "de": {"crew": r"besatzungsmitglieder(?:n)?|crewmitglieder(?:n)?",
           "teachers": r"lehrer(?:n|innen)?|lehrkräfte(?:n)?",
           "students": r"schüler(?:n|innen)?|studenten|studierende(?:n)?",
           "soldiers": r"soldaten|soldatinnen", "police": r"polizisten|polizistinnen",
           "firefighters": r"feuerwehrleute(?:n)?|feuerwehrmänner(?:n)?", "doctors": r"ärzte(?:n)?",
           "journalists": r"journalisten|journalistinnen|reporter(?:n)?"},
    "es": {"crew": r"tripulantes?", "teachers": r"profesor(?:es|as?)?|maestr[oa]s?|docentes?",
           "students": r"estudiantes?|alumn[oa]s?|escolares",
           "soldiers": r"soldados?|militares", "police": r"policías?",
           "firefighters": r"bomber[oa]s?", "doctors": r"médic[oa]s?",
           "journalists": r"periodistas?|reporteros?"},
    "it": {"teachers": r"insegnant[ie]|professor[ie]|docent[ie]",
           "students": r"student[ie]|studentesse|alunn[ie]",
           "soldiers": r"soldat[io]|militari", "police": r"poliziott[io]",
           "firefighters": r"pompier[ie]", "doctors": r"medic[io]",
           "journalists": r"giornalist[ie]|reporter"},
    "pt": {"crew": r"tripulantes?", "teachers": r"professor(?:es|as?)?",
           "students": r"estudantes?|alun[oa]s?",
           "soldiers": r"soldados?|militares", "police": r"policiais|polícias",
           "firefighters": r"bombeir[oa]s?", "doctors": r"médic[oa]s?",
           "journalists": r"jornalistas?|repórteres"},
    "ru": {"teachers": r"учител(?:ь|я|ей|ям|ями|ях)",
           "students": r"студент(?:а|ов|ы)?|школьник(?:а|ов|и)?|учащи(?:хся|еся)"
                       r"|учени(?:к|ка|ков|ки)",
           "soldiers": r"солдат(?:а|ы)?", "doctors": r"врач(?:а|ей|и)?|медик(?:а|ов|и)?",
           "journalists": r"журналист(?:а|ов|ы)?"},
    "el": {"teachers": r"καθηγητές|εκπαιδευτικοί",
           "students": r"μαθητές|μαθητών|φοιτητές|φοιτητών",
           "soldiers": r"στρατιώτες|στρατιωτών", "police": r"αστυνομικοί|αστυνομικών",
           "firefighters": r"πυροσβέστες|πυροσβεστών", "doctors": r"γιατροί|γιατρών",
           "journalists": r"δημοσιογράφοι|δημοσιογράφων"},
}  # fmt: skip
_TABLE = RoleTable(_ROLES)

#: Chinese, Japanese and Korean nouns of the same roles (written before or after the count).
_CJK_ROLES: dict[str, str] = {
    "乗務員": "crew", "乘务员": "crew", "船員": "crew", "船员": "crew", "선원": "crew",
    "승무원": "crew", "機組員": "crew", "乗組員": "crew",
    "教師": "teachers", "教师": "teachers", "教員": "teachers", "老师": "teachers",
    "老師": "teachers", "교사": "teachers", "교원": "teachers",
    "生徒": "students", "学生": "students", "學生": "students", "高校生": "students",
    "학생": "students", "학생들": "students",
    "兵士": "soldiers", "士兵": "soldiers", "군인": "soldiers", "병사": "soldiers",
    "警察官": "police", "警官": "police", "경찰관": "police",
    "消防士": "firefighters", "消防员": "firefighters", "소방관": "firefighters",
    "医師": "doctors", "医生": "doctors", "의사": "doctors",
    "記者": "journalists", "记者": "journalists", "기자": "journalists",
}  # fmt: skip

#: "members" followed by "of the crew", per language: one role in two words (and the English
#: police officers: "police" alone is as often a modifier, "12 police cars").
_TWO_WORDS = {
    "en": r"members?\s+of\s+(?:the\s+|its\s+)?crew\b|police\s+(?P<police>officers?)\b",
    "fr": r"membres?\s+(?:de\s+l'|de\s+l’|d'|d’)\s*équipages?\b",
    "es": r"(?:miembros?|integrantes)\s+de\s+(?:la\s+|su\s+)?tripulación\b",
    "it": r"membri\s+dell['’]\s*equipaggio\b",
    "pt": r"membros?\s+da\s+tripulação\b",
    "de": r"mitglieder(?:n)?\s+der\s+besatzung\b",
    "ru": r"член(?:а|ов|ы)\s+экипажа\b",
    "el": r"μέλη\s+(?:του\s+)?πληρώματος\b",
}
#: A conjunction after the noun: "350 teachers and students" counts two roles at once.
_AND = {
    "en": "and", "fr": "et", "de": "und", "es": "y|e", "it": "e|ed", "pt": "e",
    "ru": "и", "el": "και",
}  # fmt: skip


def role_of(word: str, language: str) -> str:
    """The role ``word`` (as written) names in ``language``; "" if none."""
    if language in ("zh", "ja", "ko"):
        return _CJK_ROLES.get(word, "")
    return _TABLE.role_of(word, language)


def role_key(
    text: str, start: int, end: int, noun: str, narrowing: str, language: str
) -> tuple[str, str] | None:
    """The key of the count at ``text[start:end]`` of ``noun`` (as written; ``narrowing``:
    what its key adds to the noun) when the noun is a role counted as such (module doc)."""
    if language not in _ROLES or not noun:
        return None
    after = text[end:]
    two = re.match(rf"\s*(?:{_TWO_WORDS[language]})", after, re.IGNORECASE)
    police = two is not None and two.groupdict().get("police") is not None
    crew = two is not None and not police
    if narrowing not in ("", "aboard") and not (crew and narrowing.startswith("of ")):
        return None  # "diez tripulantes de cabina": a part named by its complement
    role = "police" if police else "crew" if crew else role_of(noun, language)
    if not role:
        return None
    at = two.end() if two else after.find(noun) + len(noun)
    joined = re.match(rf"\s+(?:{_AND[language]})\s+(\w+)", after[at:], re.IGNORECASE)
    if joined and role_of(joined.group(1), language):
        return None  # "350 teachers and students": one count of two roles
    if not all_of_one_occasion(text, start, end, language):
        return None
    return (ANY_LANGUAGE, f"{ROLE} {role}")


#: An outcome (a part of the role) or a capacity, in any of the three languages.
_CJK_NOT_ALL = re.compile(
    r"救助|救出|获救|獲救|营救|營救|生还|生還|生存|疏散|撤离|撤離|避難|避难|死亡|死者|遇难|遇難|"
    r"失踪|失蹤|行方不明|安否|負傷|负伤|受伤|受傷|구조|구출|생존|대피|사망|실종|부상|"
    r"定員|定员|可载|可載|정원|수용"
)
#: A year in the sentence: the count may be of another event.
_YEAR = re.compile(r"(?:19|20)\d\d\s?[年년]")


#: The role nouns, longest first: the one a count's preceding text ends with.
_BY_LENGTH = sorted(_CJK_ROLES, key=len, reverse=True)


def role_before(text: str, start: int) -> str | None:
    """The role noun written right before the count at ``start`` ("生徒325人", "교사 15명"),
    spaces at most between them, or None."""
    before = text[max(0, start - 5) : start].rstrip(" ")
    return next((word for word in _BY_LENGTH if before.endswith(word)), None)


#: The counters of people ("記者3回" is three times, not three reporters).
_PEOPLE = frozenset("人名명位")


def cjk_role_key(
    word: str | None, counter: str, text: str, clause: tuple[int, int]
) -> tuple[str, str] | None:
    """The key of a Chinese, Japanese or Korean count on ``counter`` whose noun (written
    before or after it) is ``word``, when that names one role, the counter counts people, its
    clause ``text[clause[0]:clause[1]]`` names no outcome and its sentence no year (module
    doc)."""
    role = _CJK_ROLES.get(word or "", "") if counter in _PEOPLE else ""
    own = text[clause[0] : clause[1]]
    if not role or _CJK_NOT_ALL.search(own) or _YEAR.search(text):
        return None
    return (ANY_LANGUAGE, f"{ROLE} {role}")
