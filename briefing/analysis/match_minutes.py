"""One act at two minutes: "in the 108th minute" / "(109e)" for the same person's same goal.

Within an event that is timed by its own clock (a match, a race), outlets place an act at an
elapsed mark: "in the 108th minute", "à la 108è minute", "(109e)", "(108′)", "en el minuto
108", "a los 109’", "in der 80. Minute", "на 109-й минуте", "في الدقيقة 108". Two outlets that
place one act at two marks disagree. The hard part is knowing it is one act: a match has many
goals, and a goal at 80 and another at 81 are no disagreement. So a mark is compared only when
all of this holds, and the finder says nothing otherwise:

- **the mark** is an ordinal minute as each language writes it (:data:`_MARKS`): an ordinal
  number beside the word for minute, the noun then its number where that is the ordinal order
  ("minuto 80", "الدقيقة 80"), or the match report's number with a minute sign or ordinal
  ending in brackets ("(109e)", "(108′)"). A count of minutes ("after 120 minutes", "dix
  minutes après", "через минуту") is a duration, not a mark, and is not read; nor is added
  time ("120+3′");
- **whose act** it is: the person named first in the mark's clause (the sentence cut at its
  commas, semicolons, dashes and at "and" / "but" words), read from the packet's person topics
  so that "Messi" and "Месси" are one person; a short time phrase naming nobody, set off by
  commas ("No obstante, a los 109’, Lionel Messi ..."), is the next clause's. Any other clause
  naming nobody ("but in the 117th minute France were given a penalty and Mbappé ...") gives
  its mark to no one;
- **which act**: marks of one person at most :data:`NEAR` minutes apart are one cluster. If
  any article gives that person two marks near the cluster (a goal at 80 and one at 81), it
  holds two acts and a single mark elsewhere cannot be matched to either: it is left alone,
  unless the marks named beside a penalty (:data:`_PENALTY`, the one kind of goal that reports
  name in every language) settle it, compared among themselves the same way. A mark named
  beside a booking or a substitution (:data:`_ASIDES`) is another kind of act, compared only
  with marks of its kind. A mark whose
  clause names nobody counts here for every person its sentence names ("Varga scored in the
  57th minute and again in the 58th": the 58th may be his).

What is not done: laps, rounds and days ("lap 12", "day 3 of the trial") are other units
with other look-alikes (a race's lap against a lap record; a day of a trial against a date)
and are left for a measured need; a pronoun ("il a inscrit le but (109e)") is not followed to
its person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.crosscounts import TopicSource
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import Sentence, language_of, sentences
from briefing.model import Article, Span, Topic

#: Marks of one person at most this many minutes apart may be one act told two ways.
NEAR = 2
#: A mark's number: one to three digits, not part of a larger number or of added time.
_N = r"(?<![\d.,+])(\d{1,3})(?!\s*\+)"
#: Ordinal minute marks per language; group 1 is the minute. The bracketed match-report form
#: ("(109e)", "(108′)", "(80′ et 81′)") is read in every language (:data:`_BRACKET`).
_MARKS = {
    "en": rf"\b{_N}(?:st|nd|rd|th)(?:[\s-]+minutes?\b|(?= and \d{{1,3}}(?:st|nd|rd|th) minutes\b))",
    "fr": rf"\b{_N}(?:e|è|ème|eme|ᵉ)\s+minute\b",
    "es": rf"\bminuto\s+{_N}\b|\ba los\s+{_N}[′’']",
    "pt": rf"\bminuto\s+{_N}\b",
    "it": rf"\bminuto\s+{_N}\b",
    "de": rf"\b{_N}\.\s+(?:Spiel)?[Mm]inute\b",
    "lb": rf"\b{_N}\.\s+Minutt\b",
    "ru": rf"\b{_N}-(?:й|я|ю|ой|ей|ая)\s+минут\w*|\b{_N}\s+минута\b",
    "uk": rf"\b{_N}-(?:й|а|у|ій)\s+хвилин\w*",
    "ar": rf"الدقيقة\s+{_N}((?:\s*و\s*د?\s*\d{{1,3}})*)",
}
#: Numbers in brackets with a minute sign or ordinal ending, listed with "et" / "and" / ",".
_BRACKET = re.compile(r"\(([^()]{0,40})\)")
_IN_BRACKET = re.compile(r"(?<![\d.,+°])(\d{1,3})(?:[′’']|e\b|è\b|ᵉ)(?!\s*\+)")
#: Words that name a penalty kick, per language.
_PENALTY = {
    "en": r"\bpenalt|\bspot[\s-]kick",
    "fr": r"\bpenalt|\bpénalt",
    "es": r"\bpenal(?:ti|es)?\b|\bpenalti",
    "pt": r"\bpênalti|\bpenalti",
    "it": r"\brigore\b|\brigori\b",
    "de": r"\bElfmeter|\bStrafstoß",
    "lb": r"\bEelefmeter|\bPenalty",
    "ru": r"пенальти",
    "uk": r"пенальті",
    "ar": r"ركلة جزاء|ركلتي جزاء|نقطة الجزاء",
}
#: Acts other than a goal, per language: a booking or sending-off ("card") and a substitution
#: ("change", by its verbs: "the substitute Lautaro" names a player, not an act). A mark
#: named beside one is compared only with marks of the same kind, so that a player's booking
#: at 57 is never set against his goal at 58.
_ASIDES = {
    "card": {
        "en": r"\bbooked\b|\b(?:yellow|red) card|\bsent off\b|\bcautioned\b",
        "fr": r"\bcarton\b|\baverti(?:e|s)?\b|\bexpulsé",
        "es": r"\btarjeta\b|\bamonestad|\bexpulsad",
        "pt": r"\bcartão\b|\bexpuls",
        "it": r"\bammonit|\bespuls|\bcartellino",
        "de": r"\bKarte\b|\bverwarnt|\bPlatzverweis|\bvom Platz gestellt",
        "lb": r"\bKaart\b",
        "ru": r"карточк|предупреждени|\bудал[её]н",
        "uk": r"картк|вилучен",
        "ar": r"بطاقة|البطاقة|طرد",
    },
    "change": {
        "en": r"\bsubstituted\b|\breplaced\b|\bcame on\b|\bbrought on\b|\btaken off\b",
        "fr": r"\bremplacé|\bremplace\b|\bentré en jeu",
        "es": r"\bsustituy[óo]\b|\bsustituid[oa]\b|\breemplaz[óa]|\bingresó\b",
        "pt": r"\bsubstituíd|\bsubstituiu\b|\bentrou\b",
        "it": r"\bsostituit|\bentrato\b",
        "de": r"\b(?:ein|aus)gewechselt\b",
        "lb": r"\b(?:ageweiselt|erausgeholl)\b",
        "ru": r"заменил|замен[её]н|вышел на замену",
        "uk": r"замінив|замінен|вийшов на заміну",
        "ar": r"استبدل|استبدال",
    },
}
#: Clause breaks: punctuation, and the "and" / "but" words that start another statement.
_BREAK = re.compile(
    r"[,;:،؛—–]|\s(?:and|but|while|et|mais|y|e|pero|mas|und|aber|an|и|а|но|і|та|але|لكن)\s",
)
#: Words at most of a time phrase set off by a comma ("In the 80th minute, ...").
_OPENING = 5
#: An act: its minute, its kind ("" for a plain mark, "penalty" or one of :data:`_ASIDES`),
#: the article, the sentence.
Act = tuple[int, str, str, Quote]
#: The kinds compared together: any goal (plain or from the spot), penalties alone (which
#: settle two close acts), and each aside on its own.
_COMPARED = (frozenset({"", "penalty"}), frozenset({"penalty"}), *({k} for k in _ASIDES))
#: Highest minute read as a mark (a match with extra time ends near 125).
_LAST = 150


def minute_discrepancies(
    articles: Sequence[Article], topics: TopicSource | None = None
) -> list[Discrepancy]:
    """One person's act placed at different minutes by different outlets (module doc)."""
    memo: dict[tuple[str, str], list[tuple[Sentence, list[_Mark]]]] = {}
    marks = [(article, found) for article in articles if (found := _article_marks(article, memo))]
    if not marks:
        return []  # the topics are only worked out when some article has a mark
    if topics is None:
        from briefing.topics import extract_topics

        topics = extract_topics
    people = [t for t in topics(articles) if t.kind == "person"]
    # person → (minute, kind, article id, quote): the acts tied to the person, and the
    # marks of a clause naming nobody in a sentence naming the person (they may be theirs)
    told: dict[str, list[Act]] = defaultdict(list)
    maybe: dict[str, list[Act]] = defaultdict(list)
    # Each person's mentions read once for every marked article (a stored topic builds its
    # mentions again each time they are asked: once per article was most of this rule's
    # time at 10,005 articles).
    by_article = _person_starts({article.id for article, _ in marks}, people)
    for article, found in marks:
        starts = by_article.get(article.id, {})
        for index, low, high, after, minute, kind, quote in found:
            named = [(s, p) for s, p in starts.get(index, ()) if low <= s < high]
            if not named:  # a time phrase of its own: "No obstante, a los 109’, Messi ..."
                named = [(s, p) for s, p in starts.get(index, ()) if high <= s < after]
            act = (minute, kind, article.id, quote)
            if named:
                told[min(named)[1]].append(act)
                continue
            span = quote.span
            for person in {p for s, p in starts.get(index, ()) if span.start <= s < span.end}:
                maybe[person].append(act)
    names = {t.id: t.name for t in people}
    flags: dict[tuple[str, frozenset[int]], Discrepancy] = {}
    for person, acts in sorted(told.items()):
        for kinds in _COMPARED:
            kept = [a for a in acts if a[1] in kinds]
            others = [a for a in maybe[person] if a[1] in kinds]
            for cluster in _clusters(kept):
                values = frozenset(minute for minute, *_ in cluster)
                if len(values) < 2 or (person, values) in flags:
                    continue
                if _one_each(cluster, kept + others):
                    flags[(person, values)] = _flag(names[person], cluster)
    return list(flags.values())


def _article_marks(
    article: Article, memo: dict[tuple[str, str], list[tuple[Sentence, list[_Mark]]]]
) -> list[tuple[int, int, int, int, int, str, Quote]]:
    """(paragraph, clause start, clause end, end of the clause after it when the mark's is a
    short time phrase, minute, kind of act, quote) for each minute mark of the
    article, offsets within the paragraph. ``memo``: each paragraph's marks by its text and
    language (wire copy repeats paragraphs across a large briefing's articles)."""
    found = []
    for index, paragraph in enumerate(article.paragraphs):
        language = language_of(paragraph.language, article.language)
        marks = memo.get((paragraph.text, language))
        if marks is None:
            marks = memo[(paragraph.text, language)] = _paragraph_marks(paragraph.text, language)
        for sentence, at in marks:
            quote = Quote(
                article.id, article.source, Span(index, sentence.start, sentence.end),
                sentence.text,
            )  # fmt: skip
            found += [
                (index, low, high, after, minute, kind, quote)
                for low, high, after, minute, kind in at
            ]
    return found


#: One mark of a paragraph: clause start, clause end, end of the clause after it, minute,
#: kind of act (offsets within the paragraph).
_Mark = tuple[int, int, int, int, str]


def _paragraph_marks(text: str, language: str) -> list[tuple[Sentence, list[_Mark]]]:
    """Each sentence of a paragraph that holds a mark, with its marks (:data:`_Mark`)."""
    if language not in _MARKS or not _maybe(text, language):
        return []
    found = []
    for sentence in sentences(text, language):
        words = sentence.text
        at = minute_marks(words, language)
        if not at:
            continue
        marks = []
        cuts = [0, *(m.start() + 1 for m in _BREAK.finditer(words)), len(words)]
        for start, minute in at:
            low = max(c for c in cuts if c <= start)
            high = min(c for c in cuts if c > start)
            clause = words[low:high]
            after = high
            if high < len(words) and len(clause.split()) <= _OPENING:
                after = min(c for c in cuts if c > high)  # "a los 109’, Lionel Messi"
            kind = _kind(words, low, high, start, at, language)
            base = sentence.start
            marks.append((base + low, base + high, base + after, minute, kind))
        found.append((sentence, marks))
    return found


def _maybe(text: str, language: str) -> bool:
    """A cheap test that a paragraph may hold a mark, before it is split into sentences: a
    decimal digit (every mark's number is one, Eastern Arabic digits included) and either
    the word every :data:`_MARKS` pattern of the language spells (:data:`_MARK_WORDS`) or a
    bracket's mark (:data:`_BRACKET`): an opening bracket and a digit right before a minute
    sign or an ordinal ending (:data:`_IN_BRACKET` matches nothing else). Most paragraphs
    have none."""
    if _DIGIT.search(text) is None:
        return False
    if any(word in text for word in _MARK_WORDS[language]):
        return True
    return "(" in text and _BRACKET_DIGIT.search(text) is not None


#: Per language, literal text of which every :data:`_MARKS` alternative contains one (case as
#: the patterns write it): a paragraph with none of them and no bracket holds no mark.
_MARK_WORDS = {
    "en": ("minute",),
    "fr": ("minute",),
    "es": ("minuto", "a los"),
    "pt": ("minuto",),
    "it": ("minuto",),
    "de": ("inute",),
    "lb": ("Minutt",),
    "ru": ("минут",),
    "uk": ("хвилин",),
    "ar": ("الدقيقة",),
}
_DIGIT = re.compile(r"\d")
#: A digit right before what :data:`_IN_BRACKET` reads after a minute's number.
_BRACKET_DIGIT = re.compile(r"\d[′’'eèᵉ]")


def minute_marks(text: str, language: str) -> list[tuple[int, int]]:
    """(offset, minute) of each ordinal minute mark of ``text`` in ``language`` (module doc),
    Eastern Arabic digits read as digits; none for a language without a pattern."""
    pattern = _MARKS.get(language)
    if pattern is None:
        return []
    plain = text.translate(_DIGITS)
    found = []
    for match in re.finditer(pattern, plain):
        groups = [g for g in match.groups() if g is not None]
        found.append((match.start(), int(groups[0])))
        for more in groups[1:]:  # the Arabic list "الدقيقة 79 ود81 ود118"
            found += [(match.start(), int(n)) for n in re.findall(r"\d{1,3}", more)]
    for bracket in _BRACKET.finditer(plain):
        for match in _IN_BRACKET.finditer(bracket.group(1)):
            found.append((bracket.start() + 1 + match.start(), int(match.group(1))))
    return [(start, minute) for start, minute in found if 0 < minute <= _LAST]


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _kind(
    text: str, low: int, high: int, start: int, at: list[tuple[int, int]], language: str
) -> str:
    """The kind of act of the mark at ``start``, in the clause ``text[low:high]``: an aside
    (:data:`_ASIDES`), a penalty, or "" for a plain mark. A word of a clause with two marks
    goes to the mark nearest it ("un penalty (80e) avant d’égaliser d’une volée (81e)")."""
    inside = [s for s, _ in at if low <= s < high]
    patterns = [(k, table[language]) for k, table in _ASIDES.items() if language in table]
    for kind, pattern in [*patterns, ("penalty", _PENALTY[language])]:
        word = re.search(pattern, text[low:high], re.IGNORECASE)
        if word is not None:
            where = low + word.start()
            if min(inside, key=lambda s: abs(s - where)) == start:
                return kind
    return ""


def _person_starts(
    article_ids: set[str], people: Sequence[Topic]
) -> dict[str, dict[int, list[tuple[int, str]]]]:
    """Article → paragraph → (offset, person topic id) of each mention of a person in each of
    ``article_ids``, in the order of the topics and their mentions."""
    found: dict[str, dict[int, list[tuple[int, str]]]] = {}
    for topic in people:
        for mention in topic.mentions:
            if mention.article_id in article_ids:
                paragraphs = found.setdefault(mention.article_id, defaultdict(list))
                paragraphs[mention.span.paragraph].append((mention.span.start, topic.id))
    return found


def _clusters(acts: list[Act]) -> list[list[Act]]:
    """``acts`` grouped by minutes less than :data:`NEAR` + 1 apart, chained."""
    groups: list[list[Act]] = []
    for act in sorted(acts, key=lambda a: a[0]):
        if groups and act[0] - groups[-1][-1][0] <= NEAR:
            groups[-1].append(act)
        else:
            groups.append([act])
    return groups


def _one_each(cluster: list[Act], acts: list[Act]) -> bool:
    """No article of the cluster gives the person two minutes near it among ``acts`` (their
    own and those maybe theirs): two acts, not one told two ways."""
    low, high = cluster[0][0] - NEAR, cluster[-1][0] + NEAR
    within = {article_id for _, _, article_id, _ in cluster}
    minutes: dict[str, set[int]] = defaultdict(set)
    for minute, _, article_id, _ in acts:
        if article_id in within and low <= minute <= high:
            minutes[article_id].add(minute)
    return all(len(m) == 1 for m in minutes.values())


def _flag(person: str, cluster: list[Act]) -> Discrepancy:
    by_minute: dict[int, list[Quote]] = defaultdict(list)
    for minute, _, _, quote in cluster:
        if quote not in by_minute[minute]:
            by_minute[minute].append(quote)
    claims = tuple(
        Claim(f"minute {minute}", tuple(quotes))
        for minute, quotes in sorted(by_minute.items(), key=lambda item: (-len(item[1]), item[0]))
    )
    return Discrepancy(
        "figure",
        f"{person}: the minute of one act",
        claims,
        note="one person's act in the event placed at different minutes, and no source "
        "gives that person two acts so close together",
    )
