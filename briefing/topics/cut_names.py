"""Names that are always the first half of a longer one: "Corriere" of "Corriere della Sera".

A name of several words joined by a particle ("Corriere della Sera", "Bank of England",
"Santiago de Compostela") is sometimes read only up to the particle, and the first half
becomes a topic of its own. When every use of a name (two at least) goes on, right after
it, with a particle of names and a capitalised word, the text never writes that name
alone: it is a piece of the longer one, no topic. So is a name every use of which goes on
with a hyphen glued to a code, a piece holding a digit or a capital after a small letter
("Coronavirus Sars" of "Coronavirus Sars-CoV-2": the reader cut the code at its hyphen);
a word after it ("Paris-Berlin", "Varnok-based") is no part of one name. One use written
alone ("Spain and Portugal", "Eugénie, the wife of ...") keeps it, and a conjunction is no
particle.

Closed grammar class only: :data:`~.lexicon.NAME_PARTICLES` and "of"; and a preposition of
purpose, an article allowed, before a capital ("Consejo Nacional| para la Salvaguardia de
la Patria", "National Council| for the Safeguard"), as bodies' names go on. A name every
use of which follows a capitalised word in mid-sentence and "in the" (French "au", Spanish
"en el", "en la") is the second half of a body's name that says where it works ("al-Qaeda
in the |Islamic Maghreb"): the reader's runs of capitals stop at "in", which joins no two
names ("Putin in the Kremlin"), so only a name the text never writes otherwise is cut.

So is a capitalised phrase every use of which comes right after a number in figures ("8200
Stunden Flugerfahrung", German capitalising its nouns: "8200 hours of flying experience"):
it is the unit of a measure, and a year before a name ("the 2018 Genoa collapse") is no
number of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import NAME_PARTICLES

_PARTICLES = NAME_PARTICLES | {"of"}
#: Prepositions of purpose that go on a body's name ("National Council for the Safeguard",
#: "Consejo Nacional para la Salvaguardia", "Conseil pour la Sauvegarde"), then at most one
#: article, then a capitalised word. Not German "für": German capitalises every noun, so
#: "für die Presse" would go on any name.
_PURPOSE = frozenset({"for", "para", "pour", "per"})
_ARTICLES = frozenset({"the", "la", "le", "el", "il", "lo", "l’", "l'"})


#: A hyphen glued to the name and to what follows it, up to a space or a stop.
_GLUED = re.compile(r"[-\u2010\u2011]([\w\u2010\u2011-]+)")
#: A code's piece: a digit, or a capital after a small letter ("CoV", "19", "CoV-2").
_CODE = re.compile(r"\d|[a-z][A-Z]")


def continued(occurrence: Occurrence, text: str) -> bool:
    """The use goes on with a particle (or two: "de la") and a capitalised word, one
    space apart: "Corriere| della Sera", "Alhaurín| de la Torre"; or with a hyphen glued
    to both sides, as one word ("Coronavirus Sars|-CoV-2")."""
    after = text[occurrence.end : occurrence.end + 40]
    glued = _GLUED.match(after)
    if glued is not None and _CODE.search(glued.group(1)):
        # "Coronavirus Sars|-CoV-2": cut at a hyphen inside a code; not "Paris|-Berlin",
        # two names, nor "Varnok|-based", a word made of the name.
        return True
    if not after.startswith(" "):
        return False
    words = after.split(" ", 4)[1:4]
    if words and words[0] in _PURPOSE:
        rest = words[1:]
        if rest and rest[0] in _ARTICLES:
            rest = rest[1:]
        return bool(rest) and re.sub(r"^[LlDd][’']", "", rest[0])[:1].isupper()
    particles = 0
    for word in words:
        if word in _PARTICLES and particles < 2:
            particles += 1
            continue
        word = re.sub(r"^[LlDd][’']", "", word)  # "dell'Italia", "d'Orsay"
        return particles > 0 and word[:1].isupper()
    return False


_PURPOSE_BEFORE = re.compile(
    r"(?<![\w’'])[^\W\d_][\w’'-]* (?:"
    + "|".join(sorted(_PURPOSE))
    + r")(?: (?:"
    + "|".join(re.escape(a) for a in sorted(_ARTICLES) if a[-1].isalpha())
    + r"))? $"
)


#: "in the" and its French and Spanish words inside a body's name that says where it works
#: ("al-Qaeda in the |Islamic Maghreb", "Al-Qaida au |Maghreb islamique", "Al Qaeda en el
#: |Magreb"): after a capitalised word in mid-sentence, not after a sentence's first word
#: ("Floods in the |Po Valley"). German is left out: it capitalises every noun before "in".
_WHERE_BEFORE = re.compile(r"(?<![\w’'])[^\W\d_][\w’'-]* (?:in the|au|en el|en la) $")
#: What ends a sentence, or opens a quotation, before its first word.
_OPENERS = frozenset('.!?:"“«')


def tail_of(occurrence: Occurrence, text: str) -> bool:
    """The use comes after a capitalised word and a preposition of purpose, an article
    allowed: "Consejo Nacional para la |Salvaguardia de la Patria", the second half of a
    body's name; or after a capitalised word in mid-sentence and "in the" (:data:`_WHERE_BEFORE`):
    "al-Qaeda in the |Islamic Maghreb"."""
    window = text[max(0, occurrence.start - 60) : occurrence.start]
    found = _PURPOSE_BEFORE.search(window)
    if found is not None and found.group()[:1].isupper():
        return True
    found = _WHERE_BEFORE.search(window)
    if found is None or not found.group()[:1].isupper():
        return False
    before = window[: found.start()].rstrip()
    return bool(before) and before[-1] not in _OPENERS


def cut_name(occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """Every use (two at least) is continued by a particle and a capitalised word, or every
    one follows a name and its preposition of purpose: the name is never written alone, so
    it is a piece of a longer one."""
    if len(occurrences) < 2:
        return False
    texts = [paragraphs.get((o.article, o.paragraph), "") for o in occurrences]
    return all(continued(o, t) for o, t in zip(occurrences, texts, strict=True)) or all(
        tail_of(o, t) for o, t in zip(occurrences, texts, strict=True)
    )


_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(\d[\d.,\u00a0\u202f]*)[ \u00a0]$")


def measured(occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """Every use (two at least) follows a number in figures that is no year (1900-2099):
    the name is the unit of a count, "8200 Stunden Flugerfahrung"."""
    if len(occurrences) < 2:
        return False
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        found = _NUMBER_BEFORE.search(text, max(0, o.start - 16), o.start)
        if found is None:
            return False
        digits = found.group(1).rstrip(".,")
        if digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2099:
            return False
    return True
