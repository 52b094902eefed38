"""Bookmarks: the passages the analyst kept, with their notes; and the dialog that keeps one.

The screen and the dialogs all work on one ``BookmarkStore`` that the caller owns and passes
in: the store holds the bookmarks in memory and writes them all at once, so two stores of one
briefing in one process would overwrite each other's changes. Enter on a bookmark dismisses the
screen with the place to jump to (the main screen's cross-reference target); e edits its note,
d deletes it after a y/n question; B or Escape go back, q quits. Saving errors (a full disk, an
unreadable bookmarks file) are shown and lose nothing.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.widgets.option_list import Option

from briefing.briefing import Briefing
from briefing.model import Article, Span
from briefing.notes import Bookmark, BookmarkError, BookmarkStore
from briefing.tui.analysis_text import Target, bookmark_target, bookmark_text
from briefing.tui.commands import closing_bindings
from briefing.tui.screens.dialogs import ConfirmDialog, NoteDialog, preview
from briefing.tui.screens.timeline import STYLESHEET
from briefing.tui.text import clean, hanging_lines
from briefing.tui.widgets.navlist import NavList


@dataclass(frozen=True, slots=True)
class PassageRef:
    """A passage to keep: ``article.paragraphs[paragraph].text[start:end] == quote``."""

    article_id: str
    paragraph: int
    start: int
    end: int
    quote: str


def passage_to_keep(article: Article, paragraph: int, mark: Span | None = None) -> PassageRef:
    """The sentence around ``mark`` (a search hit, a find match), or the whole paragraph.

    A bookmark should hold a statement that reads on its own in the exported brief: the hit
    alone ("Rahmon") says nothing, the paragraph may run to a dozen sentences.
    """
    if mark is not None and 0 <= mark.paragraph < len(article.paragraphs):
        text = article.paragraphs[mark.paragraph].text
        sentence = Briefing.sentence_at(text, mark.start)
        return PassageRef(article.id, mark.paragraph, sentence.start, sentence.end, sentence.text)
    if not 0 <= paragraph < len(article.paragraphs):
        raise ValueError(f"{article.id} has no paragraph {paragraph}")
    text = article.paragraphs[paragraph].text
    return PassageRef(article.id, paragraph, 0, len(text), text)


class AddBookmarkScreen(NoteDialog[Bookmark]):
    """Keep a passage with an optional note; dismisses with the saved ``Bookmark``."""

    def __init__(
        self,
        article_id: str,
        paragraph: int,
        start: int,
        end: int,
        quote: str,
        *,
        store: BookmarkStore,
    ) -> None:
        existing = next(
            (
                b
                for b in store.for_article(article_id)
                if (b.paragraph, b.start, b.end) == (paragraph, start, end)
            ),
            None,
        )
        heading = "Edit the note of this bookmark" if existing else "Bookmark this passage"
        super().__init__(heading, quote, existing.note if existing else "")
        self.passage = PassageRef(article_id, paragraph, start, end, quote)
        self.store = store

    @classmethod
    def for_passage(cls, passage: PassageRef, *, store: BookmarkStore) -> AddBookmarkScreen:
        """The dialog for a ``PassageRef`` (from ``passage_to_keep``)."""
        p = passage
        return cls(p.article_id, p.paragraph, p.start, p.end, p.quote, store=store)

    def save(self, text: str) -> Bookmark:
        p = self.passage
        kept = self.store.add(p.article_id, p.paragraph, p.start, p.end, p.quote, note=text)
        if kept.note != text:  # the passage was kept before: the note may have been cleared
            kept = self.store.set_note(kept.id, text)
        self.app.notify("Bookmarked." if not text else "Bookmarked with a note.", markup=False)
        return kept


class EditNoteScreen(NoteDialog[Bookmark]):
    """Replace a bookmark's note ("" clears it); dismisses with the updated ``Bookmark``."""

    def __init__(self, bookmark: Bookmark, *, store: BookmarkStore) -> None:
        super().__init__("Note", bookmark.quote, bookmark.note)
        self.bookmark = bookmark
        self.store = store

    def save(self, text: str) -> Bookmark:
        try:
            return self.store.set_note(self.bookmark.id, text)
        except KeyError:
            raise BookmarkError("this bookmark was deleted meanwhile") from None


class BookmarksScreen(Screen[Target | None]):
    """Every bookmark of the briefing in reading order, with its note."""

    #: What ? says this screen is, and what Enter does on it (the help lists its keys).
    HELP_TITLE = "Bookmarks"
    HELP_ENTER = "open the bookmarked passage in the reader"

    CSS_PATH = [STYLESHEET]  # noqa: RUF012 (Textual's type)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "edit note", id="bookmarks_edit"),
        Binding("d", "delete", "delete", id="bookmarks_delete"),
        Binding("E", "export", "export", id="bookmarks_export"),
        *closing_bindings("B,escape", "bookmarks_back"),
    ]

    def __init__(self, briefing: Briefing, store: BookmarkStore) -> None:
        super().__init__()
        self.briefing = briefing
        self.store = store

    def compose(self) -> ComposeResult:
        yield Static(id="bookmarks-title", classes="analysis-title")
        yield NavList(id="bookmarks")
        yield Footer()

    def on_mount(self) -> None:
        for notice in self.store.notices:
            self.notify(clean(notice), title="Bookmarks", severity="warning", markup=False)
        self.refresh_list()
        self.query_one("#bookmarks", NavList).focus()

    @property
    def current(self) -> Bookmark | None:
        """The bookmark under the cursor."""
        listing = self.query_one("#bookmarks", NavList)
        index = listing.highlighted
        if index is None:
            return None
        option_id = listing.get_option_at_index(index).id
        try:
            return self.store.get(option_id) if option_id else None
        except KeyError:
            return None

    def refresh_list(self, near: int | None = None) -> None:
        """Show the store's bookmarks again, the cursor at ``near`` (or where it was)."""
        listing = self.query_one("#bookmarks", NavList)
        where = listing.highlighted if near is None else near
        kept = self.store.all()
        articles = self.briefing.articles_by_id
        if kept:
            options: list[Option | None] = []
            for bookmark in kept:
                if options:
                    options.append(None)  # a rule between bookmarks
                prompt = bookmark_text(bookmark, articles.get(bookmark.article_id))
                options.append(Option(hanging_lines(prompt), id=bookmark.id))
            listing.set_options(options)
            listing.highlighted = min(where or 0, len(kept) - 1)
        else:
            listing.set_options(
                [
                    Option(
                        Text("No bookmarks yet: keep a passage from the reader.", style="dim"),
                        disabled=True,
                    )
                ]
            )
        title = Text("Bookmarks", style="bold")
        title.append(
            f"  {len(kept)} kept · Enter opens · e edits the note · d deletes", style="dim"
        )
        self.query_one("#bookmarks-title", Static).update(title)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and delete only show, and run, when a bookmark is under the cursor."""
        if action in ("edit", "delete"):
            return self.is_mounted and self.current is not None
        return True

    @on(NavList.OptionSelected, "#bookmarks")
    def _jump(self, event: NavList.OptionSelected) -> None:
        event.stop()
        bookmark = self.current
        if bookmark is None:
            return
        if bookmark.article_id not in self.briefing.articles_by_id:
            self.notify(
                f"{clean(bookmark.article_id)} is no longer in this briefing; "
                "the quote and note are kept here.",
                severity="warning",
                markup=False,
            )
            return
        self.dismiss(bookmark_target(bookmark))

    @on(NavList.OptionHighlighted, "#bookmarks")
    def _moved(self, event: NavList.OptionHighlighted) -> None:
        event.stop()
        self.refresh_bindings()

    def action_edit(self) -> None:
        bookmark = self.current
        if bookmark is not None:
            self.app.push_screen(EditNoteScreen(bookmark, store=self.store), self._edited)

    def _edited(self, updated: Bookmark | None) -> None:
        if updated is not None:
            self.refresh_list()
            self.notify("Note saved.", markup=False)

    def action_delete(self) -> None:
        bookmark = self.current
        if bookmark is None:
            return
        question = Text("Delete this bookmark and its note?\n\n")
        question.append_text(preview(bookmark.quote))
        self.app.push_screen(
            ConfirmDialog(question, title="Delete bookmark"),
            lambda yes: self._delete(bookmark, bool(yes)),
        )

    def _delete(self, bookmark: Bookmark, yes: bool) -> None:
        if not yes:
            return
        listing = self.query_one("#bookmarks", NavList)
        where = listing.highlighted
        try:
            with contextlib.suppress(KeyError):  # already gone: the list below shows the truth
                self.store.remove(bookmark.id)
        except BookmarkError as error:
            self.notify(clean(error), severity="error", markup=False)
            return
        self.refresh_list(near=where)
        self.notify("Bookmark deleted.", markup=False)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_export(self) -> None:
        """E works here as on the main screen: the bookmarks are what the brief is made of."""
        from briefing.tui.screens.export import ExportDialog

        self.app.push_screen(ExportDialog(self.briefing, self.store))

    def on_screen_resume(self) -> None:
        """Kept between visits: show bookmarks added in the reader since the last one."""
        if self.is_mounted:
            self.refresh_list()
