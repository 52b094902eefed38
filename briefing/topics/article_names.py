"""Names that open with the Arabic article written in Latin letters: "al-Qaeda", "el-Sisi".

Latin-script texts write the article of an Arabic name in lower case, joined by a hyphen
("al-Qaeda", "el-Sisi", "ash-Shabaab") or a space ("al Qaeda"), or capitalised ("Al Qaeda",
"Al-Qaida"). The reader's runs of capitals open at the first capital, so a lower-case article
was left out ("Qaeda" became the topic), and a capitalised "Al" before a name was trimmed as
the function word of another language of the briefing (Spanish and Italian "al", "to the").
The article belongs to the name:

- joined by a hyphen, a lower-case article ("al", "el" and the forms assimilated to a sun
  letter, "ad-", "ash-", "az-" ...) opens the name in any language: no language writes its
  own function word glued by a hyphen to a capitalised word;
- after a space, a lower-case "al" or "el" opens the name only in a paragraph whose language
  has no such function word: Spanish "el Gobierno", Italian "al Governo", Catalan "al
  Parlament" and Romanian "al Serviciului" are an article and a noun, while English, French
  and German write "al" and "el" only as the Arabic article;
- a capitalised "Al" in mid-sentence, before one capitalised word, is never the Spanish or
  Italian contraction (written in lower case there); but it may be a given name ("Al Gore"),
  so the second pass keeps it only when the briefing also writes the name with a lower-case
  or hyphenated article (:func:`written_with_article`), and otherwise reads the bare name
  as before.

The second pass makes the writings of one name one group (:func:`article_groups`): "al-Qaeda",
"al Qaeda", "Al Qaeda", and the bare "Qaeda" that a Spanish paragraph's "al Qaeda" leaves.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.name_links import HYPHENED
from briefing.topics.tokens import Token

#: Lower-case articles that open a name when a hyphen joins them to it (Latin letters).
HYPHEN_ARTICLES = frozenset({"al", "el"}) | frozenset(w for w in HYPHENED if w.isascii())
#: Lower-case articles that open a name after a space, where the language has no such word.
SPACED_ARTICLES = frozenset({"al", "el"})
#: The capitalised article that may open a name after a space (and may be a given name).
CAPITAL_ARTICLE = "Al"
_HYPHENS = frozenset("-\u2010\u2011")


def _touching(left: Token, right: Token) -> bool:
    return left.end == right.start


def _name_word(token: Token) -> bool:
    """A capitalised word of letters, no acronym: "Qaeda", "Sisi", not "CIA" or "3"."""
    text = token.text
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def article_before(tokens: Sequence[Token], first: int, own: Collection[str]) -> int | None:
    """The index of a lower-case Arabic article that opens the name whose first capitalised
    word is ``tokens[first]``, or None (module docstring). ``own`` holds the paragraph's
    language's function words: a spaced article that is one of them is no article."""
    if first < 1 or not _name_word(tokens[first]):
        return None
    if first >= 2 and tokens[first - 1].text in _HYPHENS:
        article, dash = tokens[first - 2], tokens[first - 1]
        if (
            article.text in HYPHEN_ARTICLES
            and _touching(article, dash)
            and _touching(dash, tokens[first])
            and not (first >= 3 and _touching(tokens[first - 3], article))  # "Abu-al-Qasim"
        ):
            return first - 2
        return None
    article = tokens[first - 1]
    if (
        article.text in SPACED_ARTICLES
        and article.text not in own
        and tokens[first].start == article.end + 1
        and not (first >= 2 and tokens[first - 2].text in _HYPHENS)
    ):
        return first - 1
    return None


def capital_article(words: Sequence[Token], text: str) -> bool:
    """``words`` is a capitalised "Al" in mid-sentence and one capitalised word one space
    after it: "Al Qaeda", "Al Jazeera" (or "Al Gore": the second pass decides)."""
    return (
        len(words) == 2
        and words[0].text == CAPITAL_ARTICLE
        and not words[0].initial
        and _name_word(words[1])
        and text[words[0].end : words[1].start] == " "
    )


def glued(text: str, article: Token, name: Token) -> Token:
    """One token for the article and the name word it opens, as the text writes them."""
    surface = text[article.start : name.end]
    return Token(surface, article.start, name.end, False, surface.lower())


def _split(surface: str) -> tuple[str, str, str] | None:
    """(article, joint, name) of an article name: ("al", "-", "Qaeda"); None otherwise."""
    for joint in ("-", "\u2010", "\u2011", " "):
        article, found, name = surface.partition(joint)
        if found and name and " " not in name and "-" not in name:
            break
    else:
        return None
    if joint == " ":
        if article not in SPACED_ARTICLES and article != CAPITAL_ARTICLE:
            return None
    elif article.lower() not in HYPHEN_ARTICLES:
        return None
    if not (name[:1].isupper() and name.isalpha() and not name.isupper()):
        return None
    return article, joint, name


def bare_name(surface: str) -> str | None:
    """The name of an article name without its article: "al-Qaeda", "al Qaeda", "Al Qaeda"
    → "Qaeda"; None for any other surface."""
    parts = _split(surface)
    return parts[2] if parts is not None else None


def written_with_article(surface: str) -> bool:
    """The surface writes the article in lower case or joined by a hyphen ("al Qaeda",
    "al-Qaeda", "Al-Qaida"): the article is no given name. "Al Qaeda" is no such evidence."""
    parts = _split(surface)
    return parts is not None and (parts[1] != " " or parts[0].islower())


def article_groups(
    unexplained: Mapping[str, list[Occurrence]],
) -> dict[str, list[Occurrence]]:
    """``unexplained`` (surface → uses) with the writings of one article name as one entry.

    Surfaces are grouped by their bare name, case folded ("Qaeda"). A group with a writing
    of the article in lower case or joined by a hyphen (:func:`written_with_article`) is one
    entry under that writing most used, and takes the bare name's own entry ("Qaeda", of a
    Spanish "al Qaeda") too. Without one, a capitalised "Al" before the name is read as
    before: the uses of "Al Gore" become uses of "Gore", the article left out."""
    groups: dict[str, list[str]] = {}
    for surface in unexplained:
        bare = bare_name(surface)
        if bare is not None:
            groups.setdefault(bare.casefold(), []).append(surface)
    if not groups:
        return dict(unexplained)
    out: dict[str, list[Occurrence]] = {}
    moved: dict[str, str] = {}  # surface → the entry it joins
    for surfaces in groups.values():
        evidence = [s for s in surfaces if written_with_article(s)]
        if evidence:
            head = max(evidence, key=lambda s: len(unexplained[s]))
            bare = bare_name(head) or head
            for surface in [*surfaces, bare]:
                if surface in unexplained:
                    moved[surface] = head
            continue
        for surface in surfaces:  # only "Al X": a given name, or the article; read as before
            moved[surface] = ""
    for surface, uses in unexplained.items():
        head = moved.get(surface, surface)
        if head:
            out.setdefault(head, []).extend(uses)
            continue
        bare = bare_name(surface) or surface
        cut = len(surface) - len(bare)
        out.setdefault(bare, []).extend(
            o._replace(start=o.start + cut, surface=o.surface[cut:]) for o in uses
        )
    return out
