"""The Topics pane: key topics grouped by kind with "articles·mentions" counts, filter as you type.

Under the topics, the articles related to the one in the reader (``Briefing.related``).
Enter on a topic posts ``TopicChosen`` (Enter on the chosen one again clears it); moving the
cursor posts ``TopicHighlighted`` so the cross-reference key works on the topic under the
cursor. The pane renders whatever ``Briefing.topics()`` returns, in its rank order.
"""

from __future__ import annotations

import contextlib

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Input, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import Article, Topic
from briefing.tui.lines import several_languages, source_entry
from briefing.tui.messages import ArticleChosen, TopicChosen, TopicHighlighted
from briefing.tui.text import group_topics, topic_matches, topic_option
from briefing.tui.widgets.navlist import NavList, focus_now

#: How many topics the list shows at once (best first); the filter box reaches the rest.
SHOWN_TOPICS = 150


class TopicsPane(Vertical):
    """Filter box over the grouped topic list."""

    topics: reactive[tuple[Topic, ...] | None] = reactive(None, always_update=True)
    chosen: reactive[str | None] = reactive(None)

    def compose(self) -> ComposeResult:
        # The placeholder doubles as the legend of the counts ("Putin  5·50").
        yield Input(placeholder="filter topics (f) · 5·50: articles·mentions", id="topics-filter")
        yield NavList(id="topics-list")
        yield Static(Text("Related articles", style="bold"), id="related-title")
        yield NavList(id="related")

    def set_related(self, related: tuple[Article, ...]) -> None:
        """Articles like the one in the reader (Whoosh more-like-this); Enter opens one."""
        options = self.query_one("#related", NavList)
        coded = several_languages(related)
        options.set_options(
            Option(source_entry(a, read=True, language=coded), id=a.id) for a in related
        )
        options.display = bool(related)
        self.query_one("#related-title", Static).display = bool(related)

    @on(NavList.OptionSelected, "#related")
    def _open_related(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ArticleChosen(event.option.id))

    def on_mount(self) -> None:
        self.border_title = "Topics"

    def _refresh_list(self) -> None:
        if not self.is_mounted:
            return
        options = self.query_one("#topics-list", NavList)
        if self.topics is None:
            options.set_options(
                [Option(Text("finding topics…", style="dim italic"), disabled=True)]
            )
            return
        needle = self.query_one("#topics-filter", Input).value
        items: list[Option | None] = []
        groups = group_topics(self.topics, needle, limit=SHOWN_TOPICS)
        for label, topics in groups:
            items.append(Option(Text(label, style="bold underline"), disabled=True))
            for topic in topics:
                prompt = topic_option(topic)
                if topic.id == self.chosen:
                    prompt = Text("▶ ", style="bold").append_text(prompt)
                    prompt.stylize("bold")
                items.append(Option(prompt, id=topic.id))
        folded = needle.casefold().strip()
        matching = sum(1 for topic in self.topics if topic_matches(topic, folded))
        shown = sum(len(group) for _, group in groups)
        if matching > shown:
            more = f"… {matching - shown} more: type in the filter to find them"
            items.append(Option(Text(more, style="dim italic"), disabled=True))
        if not items:
            empty = "no topics match" if self.topics else "no topics found in this briefing"
            items.append(Option(Text(empty, style="dim italic"), disabled=True))
        keep = options.highlighted_option.id if options.highlighted_option else None
        options.set_options(items)
        options.highlight_first()
        if keep is not None:
            # Filtered out: the cursor stays on the first topic.
            with contextlib.suppress(OptionDoesNotExist):
                options.highlighted = options.get_option_index(keep)
        self.border_subtitle = f"{matching}/{len(self.topics)}"

    watch_topics = watch_chosen = _refresh_list

    @on(Input.Changed, "#topics-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._refresh_list()

    @on(Input.Submitted, "#topics-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        focus_now(self.query_one("#topics-list", NavList))

    @on(NavList.OptionSelected, "#topics-list")
    def _choose(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            same = event.option.id == self.chosen
            self.post_message(TopicChosen(None if same else event.option.id))

    @on(NavList.OptionHighlighted, "#topics-list")
    def _highlight(self, event: NavList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(TopicHighlighted(event.option.id))
