"""Mentions that weigh as an item of a list rather than as something written about: a name
in a list of three or more or a dateline, a place inside the name of someone's office, a
place named only as the field of a comparison. Split from :mod:`briefing.topics.rank`, which
weighs them by :data:`~briefing.topics.scoring.LISTED_WEIGHT`.

Two kinds of use count for nothing at all: a wire's name in its own dateline-credited reports
(:func:`own_wire`, its byline speaking), and a place whose every use is one paragraph
(:func:`one_passage`, an aside of one passage)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.topics.candidates import Occurrence

#: What stands between two items of a list: English's commas and "and", and the list marks
#: of scripts without capitals (:mod:`.uncased_uses`): the ideographic comma and 和 / 与 / 及 / や
#: / と, a Korean 과 / 와, the Arabic comma and the و / ו / और the next word opens with.
_LIST_GLUE = re.compile(
    r",? (?:and|or) |, |\s*[、，،]\s*و?|\s*(?:和|与|與|及|以及|や|と)\s*|[과와] | و| ו| और "
)
_DATELINE = re.compile(r",?\s*(?:\(|[-–—]|:(?!\d))")
#: A Chinese wire's dateline after its place ("新华社新德里8月23日电"), and the end of a
#: Japanese one that opens its paragraph ("【ニューデリー時事】").
_CJK_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日[电電]")
_BRACKETED_DATELINE = re.compile(r"[^【】\n]{0,12}】")


def listed(
    occurrences: Sequence[Occurrence], paragraphs: dict[tuple[str, int], str]
) -> set[Occurrence]:
    """Mentions that are items of a list of three or more names, or a dateline.

    Being listed among the participants is a weaker mention than being written about: the
    seeds name all five Central Asian states in every article, and none of them is a subject.
    """
    by_paragraph: dict[tuple[str, int], list[Occurrence]] = defaultdict(list)
    for o in occurrences:
        by_paragraph[(o.article, o.paragraph)].append(o)
    found: set[Occurrence] = set()
    for key, occs in by_paragraph.items():
        text = paragraphs.get(key, "")
        # A dateline ("MOSCOW (AP) —", "MOSCOW: …") says where the reporter was, not what
        # the story is.
        found.update(
            o for o in occs if o.start == 0 and o.surface.isupper() and _DATELINE.match(text, o.end)
        )
        found.update(
            o
            for o in occs
            if o.start < 12
            and (
                _CJK_DATELINE.match(text, o.end)
                or (text[:1] == "【" and _BRACKETED_DATELINE.match(text, o.end))
            )
        )
        if len(occs) < 3:
            continue  # no list of three (most paragraphs name one or two listed names)
        ordered = sorted(occs, key=lambda o: (o.start, -o.end))
        run: list[Occurrence] = []
        for o in ordered:
            if run and o.start < run[-1].end:
                continue  # nested in the previous mention
            if run and _LIST_GLUE.fullmatch(text[run[-1].end : o.start]):
                run.append(o)
                continue
            if len(run) >= 3:
                found.update(run)
            run = [o]
        if len(run) >= 3:
            found.update(run)
    return found


def within(occurrences: Sequence[Occurrence], offices: Sequence[Occurrence]) -> set[Occurrence]:
    """Mentions inside the name of an office ("Mardin Valisi", the governor of Mardin): the
    place is the seat of someone's office there, not what the sentence is about, and
    weighs as an item of a list."""
    if not offices:
        return set()
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for o in offices:
        spans[(o.article, o.paragraph)].append((o.start, o.end))
    return {
        o
        for o in occurrences
        if any(s <= o.start and o.end <= e for s, e in spans.get((o.article, o.paragraph), ()))
    }


#: "the deadliest attack in", "the largest museum of the": a superlative, up to two words and
#: "in" or "of" right before a place.
_RANKED_IN = re.compile(r"\b(\w+est)\s+(?:[\w-]+\s+){1,2}(?:in|of)\s+(?:the\s+)?$")


def compared(
    occurrences: Sequence[Occurrence], paragraphs: dict[tuple[str, int], str]
) -> set[Occurrence]:
    """Places named only as the field of a comparison ("the deadliest attack in Europe",
    "the largest museum in the world"): the story is ranked among others there, and the
    place is not what it is about; such a mention weighs as an item of a list."""
    from briefing.topics.themes import superlative

    found = set()
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        if text[max(0, o.start - 7) : o.start].rstrip().rsplit(" ", 1)[-1] not in (
            "in",
            "of",
            "the",
        ):
            continue  # the cheap test first: most places follow no "in"/"of"
        ranked = _RANKED_IN.search(text, max(0, o.start - 60), o.start)
        if ranked is not None and superlative(ranked.group(1).casefold()):
            found.add(o)
    return found


#: A dateline's place at the start of a paragraph, then the credit's opening bracket:
#: "AHMEDABAD, India (", "Genua (", "PARIS (". Capitalised words, a region or country after
#: a comma, nothing that ends a sentence.
_DATELINE_OPENING = re.compile(
    r"\W{0,3}[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}(?:, ?[^\W\d_][^().;:!?\n]{0,40})? ?\($"
)
_CREDIT_CLOSING = re.compile(r"\)\s?[—–-]")


def own_wire(occurrences: Sequence[Occurrence], paragraphs: dict[tuple[str, int], str]) -> set[str]:
    """The articles whose dateline credits this body: "AHMEDABAD, India (AP) — …",
    "Genua (dpa) - …". Such an article is the wire's own report, so the wire named in it
    ("told The Associated Press") is its byline speaking, not something the story is
    about: its uses there are no mentions of a topic. Other outlets citing it still count,
    and a wire the story is about is written about elsewhere too. A name of several words
    before the bracket and no comma, whose first letter the bracket's opens with ("Red
    Eléctrica (REE) — …"), is an acronym defined, not a dateline."""
    found = set()
    for o in occurrences:
        if o.start > 80 or o.article in found:
            continue
        text = paragraphs.get((o.article, o.paragraph), "")
        opening = text[: o.start]
        if _CREDIT_CLOSING.match(text, o.end) and _DATELINE_OPENING.fullmatch(opening):
            place = opening.split(",")[0].rstrip(" (").split()
            defined = (
                "," not in opening and len(place) >= 2 and _initial(place[0]) == _initial(o.surface)
            )
            if all(word.lstrip("\"'“«")[:1].isupper() for word in place) and not defined:
                found.add(o.article)  # not "Red Eléctrica (REE) — …": an acronym defined
        elif _dash_credit(text, o) or _tag_credit(text, o):
            found.add(o.article)
    return found


#: A dateline whose credit follows a dash, then a full stop: "PLACE, 1 Sept — NORDWIRE.",
#: "PLACE, 1 sept. /NORDWIRE/.": a capitalised place, a comma, a date (a digit in it).
_DASH_OPENING = re.compile(
    r"\W{0,3}[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}, ?[^—–\n]{0,16}\d[^—–\n]{0,16}"
    r"(?: [—–-] ?| ?/)"
)
_DASH_CLOSING = re.compile(r"/?[.,]")
#: A Japanese wire's credit tag opening its paragraph: "【NORDWIRE=時事】", "【NORDWIRE】" —
#: the name right after the bracket, then the bracket's close or "=" and the distributor.
_TAG_CLOSING = re.compile(r"(?:】|=[^【】\n]{1,12}】)")


def _dash_credit(text: str, o: Occurrence) -> bool:
    """The paragraph opens with a dateline crediting the body after a dash: "PLACE, 1 Sept
    — NORDWIRE. The court …", the wire's own report (no sentence says "PLACE, 1 Sept —
    X." of anything else)."""
    return bool(_DASH_CLOSING.match(text, o.end) and _DASH_OPENING.fullmatch(text[: o.start]))


def _tag_credit(text: str, o: Occurrence) -> bool:
    """The paragraph opens with a bracketed credit tag naming the body first ("【NORDWIRE=
    時事】…"): the wire's report, carried by the distributor after "=". A name in Latin
    letters only: a Japanese text's own tag opens with its place in Japanese ("【オスロ=
    共同】", Oslo, by the distributor), which is no wire."""
    return (
        o.surface.isascii()
        and text[: o.start].strip() == "【"
        and bool(_TAG_CLOSING.match(text, o.end))
    )


def one_passage(occurrences: Sequence[Occurrence]) -> bool:
    """Every use of a place (two at least) is in one paragraph of one article: a line of a
    biography ("the unification of Romania and Moldova", "platforms banned in Moldova"),
    an aside of one passage. The settings of a story recur from passage to passage and
    from outlet to outlet; asked in larger packets only, as one use is
    (:func:`~briefing.topics.single_use.single_use`)."""
    if len(occurrences) < 2:
        return False
    first = occurrences[0]
    return all(o.article == first.article and o.paragraph == first.paragraph for o in occurrences)


def _initial(word: str) -> str:
    return word.lstrip("\"'“«")[:1].casefold()


#: Right after a place: "and (in) other ..." in the languages read here, a closed class of
#: words ("und in anderen Städten", "y otras ciudades", "и других городах"), or "and
#: elsewhere". A place so written is one example of many.
_AND_OTHERS = re.compile(
    r"[»”\"’']?,?\s+(?:"
    r"(?:and|or) (?:in |at |many |several |some |the )*(?:other|elsewhere)\b"
    r"|(?:und|oder) (?:in |an |vielen |mehreren |einigen )*(?:andere[nmrs]?\b|anderswo\b)"
    r"|(?:et|ou) (?:dans |à |en )*(?:d['’]autres|les autres|plusieurs autres|ailleurs)\b"
    r"|(?:y|e|o) (?:en |em |in |nas |nos |a |tante |muchas )*"
    r"(?:otr[oa]s|outr[oa]s|altr[ei]|le altre|gli altri)\b"
    r"|(?:en|of) (?:in )?andere\b"
    r"|(?:i|oraz|lub) (?:w |we )?inn(?:ych|e|ym)\b"
    r"|(?:и|или) (?:в |во )?(?:других|другие|другом|иных)\b"
    r"|(?:і|та|й|або) (?:в |у )?(?:інших|інші)\b"
    r"|ve (?:diğer|başka)\b"
    r")",
    re.IGNORECASE,
)


def exemplified(
    occurrences: Sequence[Occurrence], paragraphs: dict[tuple[str, int], str]
) -> set[Occurrence]:
    """Places given as one example of others: "mourning in St Petersburg and other cities",
    "Madrid y otras ciudades", "в Москве и других городах". The story reached many places
    and the text names one of them; the place is not what it is about, as the field of a
    comparison is not (:func:`compared`)."""
    found = set()
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        if _AND_OTHERS.match(text, o.end):
            found.add(o)
    return found


#: Right before a place: "as far as" in the languages read here ("jusqu'en", "bis nach",
#: "hasta", "aż w", "вплоть до").
_AS_FAR_AS = re.compile(
    r"(?:\bas far (?:away |north |south |east |west )?as"
    r"|\bjusqu['’](?:en|à|au|aux)|\bjusque dans"
    r"|\bbis (?:nach|in)|\bhasta(?: en)?|\baté(?: em| a| ao| à)?|\bfino (?:a|in)"
    r"|\baż (?:w|we|do|po)|\bвплоть до|\btot (?:in|aan))"
    r"\s+(?:the |la |le |l['’]|el |los |las |o |a |os |as |il |de |het )?$",
    re.IGNORECASE,
)


def reached(
    occurrences: Sequence[Occurrence], paragraphs: dict[tuple[str, int], str]
) -> set[Occurrence]:
    """Places named as the edge of the story's reach: "the effects were felt as far as
    Belgium", "aż w Belgii", "jusqu'en Belgique". The place marks how far the story went,
    not where it happened, as the field of a comparison does (:func:`compared`)."""
    found = set()
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        if _AS_FAR_AS.search(text, max(0, o.start - 30), o.start):
            found.add(o)
    return found


#: Words that open a list of examples, in the languages read here: "including", "such as",
#: "notamment", "darunter", "como", "tra cui", "в том числе", ... (a closed class).
_EXAMPLES_OPEN = re.compile(
    r"(?:\bincluding|\bsuch as|\bamong them|\blike|\bnotamment|\bcomme|\bdont|\bparmi lesquels"
    r"|\bdarunter|\bwie|\bunter anderem|\bcomo|\bentre ell[oa]s|\bincluid[oa]s|\btra cui"
    r"|\bcome|\bincluindo|\bentre eles|\bw tym|\btakich jak|\btakie jak|\bjak"
    r"|\bв том числе|\bтакие как|\bсреди них|\bвключая|\bзокрема|\bтакі як|\bсеред них)\b"
    r"(?P<items>[^.!?;:()\n]{0,80})$",
    re.IGNORECASE,
)
#: A piece of each opening word above, casefolded: one must stand in the window before a
#: name for the pattern to be asked.
_OPENING_KEYS = (
    "inclu", "such as", "among them", "like", "notamment", "comme", "dont", "parmi",
    "darunter", "wie", "unter anderem", "como", "entre ", "tra cui", "come", "w tym",
    "jak", "в том числе", "такие как", "среди них", "включая", "зокрема", "такі як",
    "серед них",
)  # fmt: skip
#: Between the opening word and the name: a few words (a role, "actress") and earlier items.
_ITEMS = re.compile(r"[\w\s.'’,-]*")
#: "and", "or" and their equivalents between two items of a list.
_AND_OR = r"(?:and|or|und|oder|et|ou|y|o|e|i|oraz|lub|и|или|і|та|або|ve|veya)"
_ITEM_BEFORE = re.compile(r"(?:,|\s" + _AND_OR + r")\s*(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
_ITEM_AFTER = re.compile(r",\s+(?P<next>\w)|\s+" + _AND_OR + r"\s+\w", re.IGNORECASE)


def examples(
    occurrences: Sequence[Occurrence], paragraphs: dict[tuple[str, int], str]
) -> set[Occurrence]:
    """Names given as an item of a list of examples: "celebrities such as Ann Roe, Eva Lund
    and Tom Hale", "guests including actress Eva Lund and singer Ann Roe". The list stands
    for many like them (celebrities, carriers hit), and the name is one of them, as a place
    followed by "and other cities" is (:func:`exemplified`). The name must be an item of the
    list (a comma or "and" before or after it): "as the minister said" opens no list."""
    found = set()
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        window = text[max(0, o.start - 100) : o.start].casefold()
        if not any(key in window for key in _OPENING_KEYS):
            continue  # the cheap test first: the pattern is slow to search
        opened = _EXAMPLES_OPEN.search(text, max(0, o.start - 100), o.start)
        if opened is None or not _ITEMS.fullmatch(opened.group("items")):
            continue
        after = _ITEM_AFTER.match(text, o.end)
        # After a comma, the next item is a name ("Eva Lund, Tom Hale"), not a clause.
        if _ITEM_BEFORE.search(opened.group("items")) or (
            after is not None and (after.group("next") or "A").isupper()
        ):
            found.add(o)
    return found


def only_examples(
    occurrences: Sequence[Occurrence], paragraphs: dict[tuple[str, int], str]
) -> bool:
    """Every use of the name is an item of a list of examples (:func:`examples`): one of
    many the story reached, never written about; asked one use at a time, the first use that
    is no example ends it. Asked in larger packets only, as a single use is."""
    return bool(occurrences) and all(examples([o], paragraphs) for o in occurrences)
