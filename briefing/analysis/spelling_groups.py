"""One name's spellings as one flag, with every variant: "Adhanom Ghebreyesus / Adhananom
Ghebreyesus / Adhanom Ghbreyesus / Adhanom Ghebreyesu".

The spelling rules compare two words at a time, each on its own ground: :mod:`.spelling`
within one language, :mod:`.borrowed_names` a name left in Latin letters by a text in another
script against the Latin-script outlets. Two rules may raise the same pair, one word may be
respelt two ways (three pairs), and two words of one name may each be respelt by another
outlet. Shown as raised, the reader sees one disagreement several times, and never all its
values side by side. So the pairs are joined here:

- flags that share a spelling are one word's spellings (the same pair from two rules is one
  flag, "Ghebreyesus" / "Ghbreyesus" and "Ghebreyesus" / "Ghebreyesu" one word spelt three
  ways);
- two such words that some article writes one right after the other ("Adhanom Ghebreyesus")
  are two words of one name, whose flags become one. Each article then stands for the whole
  name as it writes it: the usual spelling of each word (the one most articles write) unless
  it writes another.

A flag no other flag touches is left as it was raised.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.model import Article


class _Roots:
    """Union-find over strings: which spellings (or words of a name) are one."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(b)] = self.find(a)


def grouped_spellings(
    flags: Sequence[Discrepancy], articles: Sequence[Article]
) -> list[Discrepancy]:
    """``flags`` (spelling flags, in the order raised) with the flags of one name joined
    (module doc); a joined flag stands where its first flag stood."""
    single = [i for i, f in enumerate(flags) if not any(" " in c.value for c in f.claims)]
    words = _Roots()  # spellings of one word
    for i in single:
        first, *others = (c.value for c in flags[i].claims)
        for other in others:
            words.join(first, other)
    spelt = {c.value for i in single for c in flags[i].claims}
    names = _Roots()  # words of one name (each word by its spellings' root)
    after: dict[str, set[str]] = defaultdict(set)
    if len({words.find(w) for w in spelt}) > 1:
        # Only the articles that write a flagged spelling can write two side by side; the
        # flags quote every such article (a large packet's other articles are not read).
        quoted = {a for i in single for a in flags[i].article_ids}
        for a, b in _side_by_side([x for x in articles if x.id in quoted], spelt):
            first, second = words.find(a), words.find(b)
            if first != second:
                names.join(first, second)
                after[first].add(second)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, flag in enumerate(flags):
        key = names.find(words.find(flag.claims[0].value)) if i in single else f"#{i}"
        groups[key].append(i)
    found = []
    for members in sorted(groups.values()):
        if len(members) == 1:
            found.append((members[0], flags[members[0]]))
            continue
        slots: dict[str, list[Claim]] = defaultdict(list)
        for i in members:
            for claim in flags[i].claims:
                slots[words.find(claim.value)].append(claim)
        joined = _one_word(slots, flags[members[0]].note) if len(slots) == 1 else None
        found.append((members[0], joined or _one_name(slots, after)))
    return [flag for _, flag in sorted(found, key=lambda item: item[0])]


def _side_by_side(articles: Sequence[Article], words: set[str]) -> set[tuple[str, str]]:
    """Pairs of ``words`` some article writes one right after the other (a space between)."""
    pattern = re.compile(
        r"(?<![\w\-])("
        + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        + r")(?![\w\-])"
    )
    pairs: set[tuple[str, str]] = set()
    # What a paragraph adds is a set, so a text met before (wire copy) adds nothing.
    seen: set[str] = set()
    for article in articles:
        for paragraph in article.paragraphs:
            text = paragraph.text
            if text in seen:
                continue
            seen.add(text)
            previous: re.Match[str] | None = None
            for match in pattern.finditer(text):
                if previous is not None and text[previous.end() : match.start()].isspace():
                    pairs.add((previous.group(), match.group()))
                previous = match
    return pairs


def _spellings(claims: Sequence[Claim]) -> dict[str, dict[str, Quote]]:
    """Each spelling → its articles' first quotes, from every flag that shows it."""
    quotes: dict[str, dict[str, Quote]] = defaultdict(dict)
    for claim in claims:
        for quote in claim.quotes:
            quotes[claim.value].setdefault(quote.article_id, quote)
    return quotes


def _one_word(slots: dict[str, list[Claim]], note: str) -> Discrepancy:
    """One word's spellings from several flags (the same pair from two rules, or a word
    spelt three ways), each spelling once with all its articles."""
    (claims,) = slots.values()
    quotes = _spellings(claims)
    joined = [Claim(word, tuple(q.values())) for word, q in quotes.items()]
    joined.sort(key=lambda c: (-len(c.quotes), c.value))
    return Discrepancy("spelling", " / ".join(c.value for c in joined), tuple(joined), note=note)


def _one_name(slots: dict[str, list[Claim]], after: dict[str, set[str]]) -> Discrepancy:
    """A name whose words are respelt: each article's whole name as it writes it, the usual
    spelling (most articles') of each word it does not respell."""
    depth = dict.fromkeys(slots, 0)
    for _ in slots:  # the words' order: how many words some article writes before each
        for slot in slots:
            for later in after.get(slot, ()):
                if later in depth and depth[later] <= depth[slot] < len(slots):
                    depth[later] = depth[slot] + 1
    ordered = sorted(slots, key=lambda s: (depth[s], s))
    quotes = {s: _spellings(slots[s]) for s in ordered}
    usual = {s: max(quotes[s], key=lambda w: (len(quotes[s][w]), w)) for s in ordered}
    written: dict[str, dict[str, str]] = defaultdict(dict)  # article → word → its spelling
    for slot in ordered:
        for word, by_article in quotes[slot].items():
            for article_id in by_article:
                if word != usual[slot] or slot not in written[article_id]:
                    written[article_id][slot] = word
    forms: dict[str, list[Quote]] = defaultdict(list)
    for article_id, spelling in written.items():
        name = " ".join(spelling.get(s, usual[s]) for s in ordered)
        own = [s for s in ordered if spelling.get(s, usual[s]) != usual[s]] or list(spelling)
        forms[name].append(quotes[own[0]][spelling[own[0]]][article_id])
    claims = [Claim(name, tuple(q)) for name, q in forms.items()]
    claims.sort(key=lambda c: (-len(c.quotes), c.value))
    return Discrepancy(
        "spelling",
        " / ".join(c.value for c in claims),
        tuple(claims),
        note="one name spelt differently across outlets: each article's name as it writes it, "
        "with the spelling most articles give each word it does not respell",
    )
