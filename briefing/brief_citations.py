"""How the brief names its sources and quotes them: citations, the reference list, quoted
passages and the user's notes beside them.

Split from :mod:`briefing.brief` so that the summary and the timeline section
(:mod:`briefing.brief_timeline`) share one way of citing an article ("The Associated Press,
8 October 2025", numbered only where two would read alike) and of quoting untrusted text as
literal Markdown, without either depending on the other's judgement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefing.brief_quotes import clean_quote
from briefing.corpus.language import UNDETERMINED
from briefing.markdown import code, day_span, md, short_date
from briefing.model import Article
from briefing.notes import Bookmark


class Citer:
    """How the brief names each article: outlet and date, numbered only where that is needed.

    An article that names no outlet is cited by its number in the reference list ("unnamed
    outlet [1], undated"), where its title is; two articles of one outlet on one day are
    told apart the same way.
    """

    def __init__(self, articles: Sequence[Article]):
        self.articles = {a.id: a for a in articles}
        self.number = {a.id: n for n, a in enumerate(articles, 1)}
        base = {a.id: (a.source or "unnamed outlet", cited_date(a)) for a in articles}
        clashes = Counter(base.values())
        #: Article id → (outlet, reference number or "", date), the parts of its citation.
        self.parts = {
            a.id: (
                base[a.id][0],
                f" [{self.number[a.id]}]" if clashes[base[a.id]] > 1 or not a.source else "",
                base[a.id][1],
            )
            for a in articles
        }
        #: More than one language: the references say each article's.
        self.multilingual = len({a.language for a in articles}) > 1
        self._texts: dict[str, str] = {}

    def label(self, article_id: str) -> str:
        """The citation as plain text: "Anadolu Agency, 9 October 2025"."""
        who, number, when = self.parts.get(article_id, (article_id, "", ""))
        return f"{who}{number}, {when}" if when else who

    def cite(self, article_ids: Iterable[str], *, quoted_first: bool = True) -> str:
        """ "Anadolu Agency, 9 October 2025; Zamin.uz, undated" (Markdown, escaped).

        Past the first, articles that name no outlet are cited together when there are
        :data:`UNNAMED_TOGETHER` or more — "unnamed outlets [4], [8], [9], 26–28 November
        2025" — rather than a line of "unnamed outlet [n], date" repeated: the number finds
        each in the references, where its date and title are. ``quoted_first``: the first
        article is the one whose words are quoted, cited on its own; in a list of further
        sources ("also …") none is."""
        ids = [i for i in dict.fromkeys(article_ids) if i]
        rest = [
            i
            for i in ids[1 if quoted_first else 0 :]
            if i in self.articles and not self.articles[i].source
        ]
        if len(rest) < UNNAMED_TOGETHER:
            return "; ".join(self._markdown(i) for i in ids)
        named = [self._markdown(i) for i in ids if i not in rest]
        return "; ".join([*named, self._unnamed(rest)])

    def _unnamed(self, article_ids: Sequence[str]) -> str:
        """ "unnamed outlets [4], [8], [9], 26–28 November 2025 (1 undated)"; an article
        dated only by its month widens the span by months ("October – November 2024")."""
        ordered = sorted(article_ids, key=lambda i: self.number[i])
        numbers = ", ".join(f"[{self.number[i]}]" for i in ordered)
        dated = sorted(
            (a.date, a.date_precision == "month")
            for i in ordered
            if (a := self.articles[i]).date is not None
        )
        undated = len(ordered) - len(dated)
        when = ""
        if dated:
            first, last = dated[0][0], dated[-1][0]
            # A month-dated article may sit anywhere in its month: both ends are months then.
            months = any(month for _, month in dated)
            when = day_span(first, last, first_month=months, last_month=months)
        if undated:
            gap = "undated" if not dated else f"{undated} undated"
            when = f"{when} ({gap})" if when else gap
        return f"unnamed outlets {numbers}, {when}"

    def said(self, text: str, article_id: str) -> str:
        """``text`` quoted (:func:`quoted`), then the language it is in when the packet has
        several and it is not English, the brief's: "“Das Feuer …” (in German)". That is
        the sentence's own language, not its article's: a Korean page may open with an
        English wire line (:func:`briefing.corpus.language.sentence_language`)."""
        from briefing.corpus.language import sentence_language

        article = self.articles.get(article_id)
        tongue = article.language if article is not None else None
        if article is not None and tongue and self.multilingual:
            tongue = sentence_language(clean_quote(text), tongue, self._text(article))
        if not self.multilingual or not tongue or tongue in ("en", UNDETERMINED):
            return quoted(text)
        return f"{quoted(text)} (in {md(language_name(tongue))})"

    def _text(self, article: Article) -> str:
        """The article's paragraphs joined (for the script most of it is written in)."""
        if article.id not in self._texts:
            self._texts[article.id] = " ".join(p.text for p in article.paragraphs)
        return self._texts[article.id]

    def _markdown(self, article_id: str) -> str:
        # The outlet is untrusted text; the reference number is ours and stays unescaped
        # ("[1]" is no link: the brief defines no link references).
        who, number, when = self.parts.get(article_id, (article_id, "", ""))
        return md(who) + number + (f", {when}" if when else "")

    def references(self) -> list[str]:
        """The numbered reference list: outlet, date, title, language when several, file id."""
        lines = ["## References", ""]
        for article_id, article in self.articles.items():
            who = md(article.source or "Unnamed outlet")
            title = f"“{md(article.title)}”" if article.title else "untitled"
            tongue = (
                f" ({md(language_name(article.language))})"
                if self.multilingual and article.language not in ("", UNDETERMINED)
                else ""
            )
            lines.append(
                f"{self.number[article_id]}. {who}, {cited_date(article)} — {title}{tongue} "
                f"{code(article_id)}"
            )
        return [*lines, ""]


def cited_date(article: Article) -> str:
    """The article's date as a citation gives it: "9 October 2025", "December 2024", "undated"."""
    return short_date(article.date, article.date_precision)


#: Past the first article, this many that name no outlet are cited together.
UNNAMED_TOGETHER = 3


def quoted(text: str) -> str:
    """Untrusted text in “quotes”, as literal Markdown; its own double quotes become single
    ones, so a quote that itself opens with a quotation reads ‘…’ inside “…”. The page's
    furniture around the words (markup, a list marker, a dateline) is left out
    (:func:`briefing.brief_quotes.clean_quote`)."""
    flat = clean_quote(text)
    if "„" not in flat and "«" not in flat:
        flat = flat.translate(_INNER_QUOTES)
        if flat.count('"') % 2 == 0:
            parts = flat.split('"')
            flat = "".join(
                part + ("‘" if i % 2 == 0 else "’") if i < len(parts) - 1 else part
                for i, part in enumerate(parts)
            )
    return f"“{md(flat)}”"


_INNER_QUOTES = str.maketrans({"“": "‘", "”": "’"})


@dataclass
class Notes:
    """Bookmarks waiting for the passage they are about; each is placed once."""

    bookmarks: Sequence[Bookmark]
    placed: set[str] = field(default_factory=set)

    def beside(
        self, article_id: str, paragraph: int, start: int, end: int, indent: str
    ) -> list[str]:
        """Lines for the notes about this passage (overlapping it), not placed before."""
        lines = []
        for bookmark in self.bookmarks:
            if bookmark.id in self.placed or bookmark.article_id != article_id:
                continue
            if bookmark.paragraph != paragraph or bookmark.end <= start or bookmark.start >= end:
                continue
            self.placed.add(bookmark.id)
            text = note_text(bookmark)
            if text:
                lines.append(f"{indent}**Note:** {text}")
        return lines

    def about(self, article_id: str, paragraph: int, start: int, end: int) -> bool:
        """True when a bookmark not placed yet is about this passage."""
        return any(
            b.id not in self.placed
            and b.article_id == article_id
            and b.paragraph == paragraph
            and b.start < end
            and start < b.end
            for b in self.bookmarks
        )

    def left(self) -> list[Bookmark]:
        """The bookmarks no quote of the brief has taken yet."""
        return [b for b in self.bookmarks if b.id not in self.placed]

    def quote(self, bookmark: Bookmark, citer: Citer) -> list[str]:
        """A bookmarked passage quoted on its own, with its note under it; marks it placed."""
        self.placed.add(bookmark.id)
        said = citer.said(bookmark.quote, bookmark.article_id)
        lines = [f"- {said} — {citer.cite([bookmark.article_id])}"]
        text = note_text(bookmark)
        if text:
            lines.append(f"  **Note:** {text}")
        return lines


def note_text(bookmark: Bookmark) -> str:
    """The user's note as Markdown: escaped, its lines kept as hard breaks."""
    from briefing.corpus.sanitize import sanitize

    parts = [md(line) for line in sanitize(bookmark.note).split("\n") if line.strip()]
    return "  \n  ".join(parts)


def language_name(code: str) -> str:
    """ "English" for "en" (ISO 639 via pycountry); the code itself when unknown ("und",
    undetermined, is not shown as a name: the callers leave it out). The
    standard's qualifier in brackets is left out: "Modern Greek", not "Modern Greek (1453-)";
    "Malay", not "Malay (macrolanguage)"."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    if found is None:
        return code
    return _QUALIFIER.sub("", str(found.name)) or str(found.name)


#: ISO 639's bracketed qualifier closing a name: "(1453-)", "(macrolanguage)".
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")
