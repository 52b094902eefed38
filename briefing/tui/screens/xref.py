"""Cross-reference: every passage mentioning a topic, grouped by source, and co-occurring topics.

Opened with ``x`` on a topic. The passages come from ``Briefing.passages`` (a thread worker, as
a large briefing may take a moment); Enter on a passage dismisses the screen with the place to
jump to, and the main screen opens the article there with the topic's mentions highlighted.
Enter on a co-occurring topic switches this view to that topic. q, x or Escape go back; Q
quits; h/l (or Tab) move between the two lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.widgets.option_list import Option

from briefing import errorlog
from briefing.model import Passage, Span, Topic
from briefing.tui.analysis_text import plural
from briefing.tui.commands import COLUMN_BINDINGS, closing_bindings
from briefing.tui.text import (
    DIM,
    article_date,
    clean,
    hanging,
    outlet_or_file,
    passage_text,
    topic_option,
)
from briefing.tui.widgets.navlist import NavList

if TYPE_CHECKING:
    from briefing.briefing import Briefing

Target = tuple[str, Span, tuple[Span, ...]]


class _Loaded(Message):
    def __init__(
        self, topic: Topic, passages: tuple[Passage, ...], related: tuple[tuple[Topic, int], ...]
    ) -> None:
        super().__init__()
        self.topic = topic
        self.passages = passages
        self.related = related


def xref_subtitle(passages: int, articles: int) -> str:
    """The list's count and what Enter does. Articles, not outlets, are counted: most pages
    name no outlet, and "10 passages in 2 sources" hid eight articles under "unknown outlet"."""
    if not passages:
        return ""
    return f"{plural(passages, 'passage')} in {plural(articles, 'article')} · Enter opens"


class CrossRefScreen(Screen[Target | None]):
    """Passages about one topic, grouped by the source that wrote them."""

    #: What ? says this screen is, and what Enter does on it (the help lists its keys).
    HELP_TITLE = "Cross-reference"
    HELP_ENTER = "open the passage in the reader; on a topic beside it, cross-reference that one"

    BINDINGS: ClassVar[list[BindingType]] = [
        *closing_bindings("x,escape", "xref_back"),
        Binding("tab", "app.focus_next", "switch list", show=False),
        *COLUMN_BINDINGS,
    ]

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 (Textual's type)

    def __init__(self, briefing: Briefing, topic: Topic) -> None:
        super().__init__()
        self.briefing = briefing
        self.topic = topic
        self._targets: dict[str, Target] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="xref-title")
        with Horizontal(id="xref-main"):
            yield NavList(id="passages")
            with Vertical(id="xref-side"):
                title = Text("Often mentioned with", style="bold")
                title.append("  ×n: paragraphs shared", style=DIM)
                yield Static(title, id="cooccurring-title")
                yield NavList(id="cooccurring")
        yield Footer()

    def on_mount(self) -> None:
        self._load(self.topic)

    def _load(self, topic: Topic) -> None:
        self.topic = topic
        title = Text("Cross-reference: ", style="bold")
        title.append(clean(topic.name), style="bold")
        # The name is often among its own aliases: "also" lists only the other spellings.
        others = [clean(a) for a in topic.aliases if a.casefold() != topic.name.casefold()]
        also = f"; also: {', '.join(others)}" if others else ""
        title.append(f"  ({topic.kind}{also})", style=DIM)
        self.query_one("#xref-title", Static).update(title)
        self.query_one("#passages", NavList).set_options(
            [Option(Text("collecting passages…", style="dim italic"), disabled=True)]
        )
        self._worker(topic)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _worker(self, topic: Topic) -> None:
        try:
            passages = self.briefing.passages(topic.id)
            related = self.briefing.cooccurring(topic.id, limit=10)
        except Exception as error:  # shown as a line in the list, never a traceback
            errorlog.record(error, "cross-referencing a topic")
            self.post_message(_Loaded(topic, (), ()))
            self.app.call_from_thread(
                self.notify,
                f"Cross-reference failed: {clean(error)}",
                severity="error",
                markup=False,
            )
            return
        self.post_message(_Loaded(topic, tuple(passages), tuple(related)))

    @on(_Loaded)
    def _loaded(self, event: _Loaded) -> None:
        if event.topic.id != self.topic.id:
            return
        mentions: dict[str, tuple[Span, ...]] = {}
        for mention in event.topic.mentions:
            mentions.setdefault(mention.article_id, ())
            mentions[mention.article_id] += (mention.span,)
        groups: dict[str, list[Passage]] = {}
        for passage in event.passages:
            try:
                article = self.briefing.article(passage.article_id)
            except KeyError:
                continue
            groups.setdefault(outlet_or_file(article.source, article.id), []).append(passage)
        items: list[Option | None] = []
        self._targets = {}
        for source, passages in groups.items():
            items.append(
                Option(
                    Text(f"{source} · {plural(len(passages), 'passage')}", style="bold underline"),
                    disabled=True,
                )
            )
            last_article = None
            for passage in passages:
                if passage.article_id != last_article:
                    last_article = passage.article_id
                    article = self.briefing.article(passage.article_id)
                    label = Text(f" {article_date(article)}  ", style=DIM)
                    lead = len(label)
                    label.append(clean(article.title or article.id), style="italic")
                    items.append(Option(hanging(label, lead), disabled=True))
                key = f"p{len(self._targets)}"
                first = passage.highlights[0] if passage.highlights else (0, 0)
                goto = Span(passage.paragraph, passage.start + first[0], passage.start + first[1])
                self._targets[key] = (
                    passage.article_id,
                    goto,
                    mentions.get(passage.article_id, ()),
                )
                items.append(Option(hanging(passage_text(passage), 2), id=key))
        if not items:
            items.append(Option(Text("no passages found", style="dim italic"), disabled=True))
        passages_list = self.query_one("#passages", NavList)
        passages_list.set_options(items)
        passages_list.highlight_first()
        passages_list.border_subtitle = xref_subtitle(
            len(self._targets), len({target[0] for target in self._targets.values()})
        )
        passages_list.focus()
        self.query_one("#cooccurring", NavList).set_options(
            [
                Option(topic_option(t).append(f"  ×{n}", style=DIM), id=t.id)
                for t, n in event.related
            ]
            or [Option(Text("none", style="dim italic"), disabled=True)]
        )
        self._related = {t.id: t for t, _ in event.related}

    @on(NavList.OptionSelected, "#passages")
    def _jump(self, event: NavList.OptionSelected) -> None:
        event.stop()
        target = self._targets.get(event.option.id or "")
        if target is not None:
            self.dismiss(target)

    @on(NavList.OptionSelected, "#cooccurring")
    def _switch(self, event: NavList.OptionSelected) -> None:
        event.stop()
        topic = getattr(self, "_related", {}).get(event.option.id)
        if topic is not None:
            self._load(topic)

    def action_back(self) -> None:
        self.dismiss(None)
