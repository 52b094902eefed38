"""Small messages that panes send up to the screen, named for the user's intent.

Panes never reach into each other: a pane says what the user wants ("open this article at this
span"), the screen decides and binds the new state down to whichever panes care.
"""

from __future__ import annotations

from textual.message import Message

from briefing.model import Span


class ArticleChosen(Message):
    """Open an article, optionally scrolled to ``span`` with ``marks`` highlighted."""

    def __init__(
        self, article_id: str, span: Span | None = None, marks: tuple[Span, ...] = ()
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.span = span
        self.marks = marks


class SearchRequested(Message):
    """The query in the search box changed: run it (off the UI thread)."""

    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query


class SearchLeft(Message):
    """The user left the search box (Enter or Escape); ``to_results`` when Enter was pressed."""

    def __init__(self, to_results: bool) -> None:
        super().__init__()
        self.to_results = to_results


class SuggestionChosen(Message):
    """Search for the did-you-mean suggestion instead."""

    def __init__(self, suggestion: str) -> None:
        super().__init__()
        self.suggestion = suggestion


class TopicChosen(Message):
    """Filter sources by this topic and highlight its mentions (None clears)."""

    def __init__(self, topic_id: str | None) -> None:
        super().__init__()
        self.topic_id = topic_id


class TopicHighlighted(Message):
    """The cursor in the topics panel is on this topic (the cross-reference key uses it)."""

    def __init__(self, topic_id: str | None) -> None:
        super().__init__()
        self.topic_id = topic_id


class SyntaxHelpRequested(Message):
    """Show the query syntax help (``?`` in an empty search box)."""
