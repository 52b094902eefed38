"""Words that describe a person are never the act: "Russian figure skater Kamila Valieva".

Part of :mod:`briefing.topics.event_action`: the leads of a story about one person often
write who the person is right before the name, in the same words in every lead ("figure
skater", "French President", "striker"), and so share those words as much as the act itself
("was given a four-year ban"). Such an appositive names the person, not what happened:
"Valieva’s Russian figure skater" is no event, nor is "actress" of "US actress Ana Ruiz" or
of "Ana Ruiz, an actress,". :func:`described` gives the words written in the run right
before a listed person's name, with nothing but spaces between them and the name, no
function word among them and the last a noun of a person ("skater", "president", "actress"),
and the head of an appositive set off by a comma right after the name, so that the act is
read from what the leads say was done ("ban", "visit", "transfer"), never
from who the person is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Article, Topic
from briefing.topics.event_refused import function_words
from briefing.topics.event_subject import CONTEXT
from briefing.topics.lexicon import STOPWORDS

#: How many words before a name an appositive may run ("Russian figure skater").
RUN = 3

#: The endings of nouns that name a person by what they do or are, by language: "skater",
#: "actor", "pianist", "president", "Russian", "employee"; "patineuse", "joueur", "actrice";
#: "Läuferin"; "jugadora", "tennista", "presidente"; and the feminine forms of such nouns,
#: "actress", "princesse", "Prinzessin", "actriz", "principessa". The appositive's head (the
#: word right before or after the name) must end so: a participle or a preposition before a
#: name ("a swap including Ana Ruiz") describes no one. French "-er" is left out: it ends an
#: infinitive ("assassiner Ana Ruiz"), which is the act.
AGENTS = {
    "en": re.compile(r"(?:er|or|ist|ant|ent|ian|ee|ess)$"),
    "fr": re.compile(r"(?:eur|euse|rice|iste|ant|ent|ien|ienne|esse)$"),
    "de": re.compile(r"(?:er|or|ist|ent|ant|in)$"),
    "es": re.compile(r"(?:or|ora|ista|ante|ente|ano|ana|esa|triz)$"),
    "it": re.compile(r"(?:ore|rice|ista|ante|ente|ano|ana|essa)$"),
    "pt": re.compile(r"(?:or|ora|ista|ante|ente|ano|ana|esa|triz)$"),
}

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def described(
    texts: Sequence[str], names: Collection[str], stop: Collection[str], language: str = "en"
) -> set[str]:
    """The casefolded words of ``texts`` (in ``language``) that stand in the run right
    before one of ``names`` (a person's aliases) with only spaces between them: "skater"
    and "figure" of "Russian figure skater Kamila Valieva", "president" of "President
    Macron’s visit". A word of ``stop`` (a function word: "the", "a", "by"), a punctuation
    mark or a line's end ends the run: "the ban on Valieva" describes no one; the word right
    before the name must end as a noun of a person does (:data:`AGENTS`); a word before it
    counts only when the texts write it nowhere but before another word of a run ("figure"
    of "figure skater", not "assassinate" of "tried to assassinate Governor Ruiz", written
    elsewhere too). A name's own word is not counted ("Kamila" of "Kamila Valieva"). The
    head of an appositive set off by a comma after the name counts too ("Ana Ruiz, a
    Ruritanian actress,", :func:`_after`)."""
    agent = AGENTS.get(language)
    if agent is None:
        return set()
    firsts = tuple({n.split()[0].casefold() for n in names if n.split()})
    own = {w.casefold() for n in names for w in n.split()}
    heads: set[str] = set()
    runs: set[str] = set()
    # Each distinct line read once: everything found is a set (wire copy repeats lines).
    distinct = list(dict.fromkeys(ln for t in texts for ln in t.splitlines()))
    lines = [list(_WORD.finditer(line)) for line in distinct]
    for line, words in zip(distinct, lines, strict=True):
        for i, match in enumerate(words):
            token = match.group().casefold()
            if not token.startswith(firsts):
                continue
            length = _name_at(line, match.start(), names)
            if not length:
                continue
            trailing = _after(line, match.start() + length, stop, agent)
            if trailing is not None and trailing not in own:
                heads.add(trailing)  # "Ana Ruiz, the actress,": who she is, after her name
            if i == 0 or not agent.search(words[i - 1].group().casefold()):
                continue  # "swap including Ana Ruiz": no noun of a person
            j, end = i - 1, match.start()
            while j >= 0 and i - j <= RUN:
                word = words[j]
                folded = word.group().casefold()
                if line[word.end() : end].strip() or folded in stop:
                    break
                if folded not in own:
                    (heads if j == i - 1 else runs).add(folded)
                end, j = word.start(), j - 1
    found = set(heads)
    # A modifier is the description's only when every use of it stands before its words.
    after: dict[str, set[str]] = {}
    modifiers = runs - heads
    for matches in lines if modifiers else ():
        said = [m.group().casefold() for m in matches]
        for k, said_word in enumerate(said):
            if said_word in modifiers:
                after.setdefault(said_word, set()).add(said[k + 1] if k + 1 < len(said) else "")
    found |= {w for w, nexts in after.items() if nexts <= heads | runs | own}
    return found


def _name_at(line: str, at: int, names: Collection[str]) -> int:
    """The length of the longest of ``names`` written at ``at`` of ``line`` as whole words,
    0 for none."""
    rest = line[at:].casefold()
    found = 0
    for name in names:
        folded = name.casefold()
        if rest.startswith(folded) and not rest[len(folded) : len(folded) + 1].isalnum():
            found = max(found, len(folded))
    return found


#: What closes an appositive after a name: a mark that ends a phrase, or the line's end.
_CLOSE = re.compile(r"\s*(?:[,;:.!?)\]–—]|\s-\s|$)")


def _after(line: str, end: int, stop: Collection[str], agent: re.Pattern[str]) -> str | None:
    """The head of the appositive set off by commas right after a name that ends at ``end``
    ("Ana Ruiz, a Ruritanian actress, married"; "Ana Ruiz, actress."): a comma, at most one
    function word (the article), then up to :data:`RUN` words with only spaces between them
    and no function word, the last one a noun of a person (``agent``) closed by a mark or
    the line's end. A clause after the comma ("Queen Ana, whose funeral was held") or a
    possessive ("Queen Ana's funeral") sets off no appositive."""
    comma = re.match(r"\s*,\s*", line[end:])
    if comma is None:
        return None
    at = end + comma.end()
    words: list[str] = []
    for k, match in enumerate(_WORD.finditer(line, at)):
        if line[at : match.start()].strip():
            return None  # a number or a mark inside: no plain noun phrase
        folded = match.group().casefold()
        if folded in stop:
            if k > 0:
                return None  # "whose funeral was": a clause, not a description
        else:
            words.append(folded)
        at = match.end()
        if words and _CLOSE.match(line, at):
            return words[-1] if agent.search(words[-1]) else None
        if len(words) >= RUN:
            return None
    return None


def of_people(
    texts: Sequence[str],
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
) -> set[str]:
    """:func:`described` of the people listed at the head of ``topics`` (their aliases) in
    ``texts`` (the leads of ``articles``), each read in its article's language, a function
    word of it ending the run."""
    names = [alias for t in topics[:CONTEXT] if t.kind == "person" for alias in t.aliases]
    spoken = [languages.get(a.id, "en") for a in articles]
    found: set[str] = set()
    for language in set(spoken):
        own = [text for text, lang in zip(texts, spoken, strict=True) if lang == language]
        stop = STOPWORDS | function_words(frozenset({language, "en"}))
        found |= described(own, names, stop, language)
    return found
