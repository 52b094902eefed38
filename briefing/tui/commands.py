"""Every command of the app as data: one list builds the bindings, the footer, the palette and help.

A command names its key(s), the action it runs, a description, the *scope* whose widget binds
it, and optionally a *condition* (``when``) that the screen's ``check_action`` evaluates, so
the footer, the palette and the help show only what is possible now. Ids are stable: they are
what users remap in ``config.toml`` (``[keys] next_unread = "U"``).

Every essential action has a plain-letter key: Escape backs out one level but is never the
only way out (tmux users pay up to 500 ms per Escape), and nothing depends on Home/End,
ctrl+arrows or the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Command:
    """One user-visible command."""

    id: str
    keys: str
    action: str
    description: str
    #: Which widget binds it: "screen" (anywhere on the main screen), "reader", "list".
    scope: str = "screen"
    #: Condition name checked by the screen (None: always possible).
    when: str | None = None
    #: Shown in the footer (help and palette list every command regardless).
    footer: bool = True
    #: How the key is written in the footer/help (defaults to the first key).
    key_display: str | None = None
    #: Checked before the key reaches the focused widget. For commands that move focus into a
    #: text box: a key is routed to the focused widget as soon as it is read, so without this
    #: "/migration" typed in one go sends "migration" to the reader. Their actions skip
    #: themselves (``SkipAction``) while a text box has focus, so the key is typed there.
    priority: bool = False
    #: The help screen's longer wording (the footer's must stay a word or two).
    detail: str | None = None


COMMANDS: tuple[Command, ...] = (
    # Help and quit come first, as in nano: the footer is in this order and cut at the right
    # edge when it is too long for the terminal, and these two must never be cut.
    Command("help", "question_mark,f1", "help", "help", key_display="?"),
    # q is "close this view": after a jump from the timeline, discrepancies, cross-reference or
    # bookmarks it goes back there (as q leaves an article in newsboat); at the top it quits.
    Command(
        "close",
        "q",
        "close_view",
        "back",
        when="from_screen",
        detail="back to the screen you jumped from (at the top level q quits)",
    ),
    Command("quit", "q", "quit", "quit", when="top", detail="quit (Q quits from any screen)"),
    Command("quit_all", "Q", "quit_now", "quit now", footer=False, detail="quit from any screen"),
    Command("search", "slash", "focus_search", "search", key_display="/", priority=True),
    Command("sources", "s", "show_pane('sources')", "sources"),
    Command(
        "overview",
        "i",
        "overview",
        "about",
        when="briefing",
        footer=False,
        detail="what the packet is: outlets, dates, languages, topics, disagreements",
    ),
    Command("reader", "r", "show_pane('reader')", "reader", footer=False),
    Command("topics", "t", "show_pane('topics')", "topics"),
    Command(
        "cross_ref",
        "x",
        "cross_ref",
        "x-ref",
        when="topic",
        detail="cross-reference the topic: every passage about it, by source",
    ),
    Command(
        "find",
        "f",
        "find",
        "find",
        when="article",
        priority=True,
        detail="find in the article; in the sources or topics list, filter it",
    ),
    Command(
        "next_mark",
        "n",
        "next_mark",
        "next hit",
        when="marks",
        detail="next search hit (on to the next result's article after the last), "
        "find match or topic mention",
    ),
    Command(
        "prev_mark",
        "N",
        "prev_mark",
        "prev hit",
        when="marks",
        footer=False,
        detail="previous search hit, find match or topic mention",
    ),
    Command(
        "next_unread", "u", "next_unread", "unread", when="unread", detail="next unread article"
    ),
    Command(
        "toggle_read",
        "m",
        "toggle_read",
        "read/unread",
        when="article",
        footer=False,
        detail="mark the article read or unread",
    ),
    Command(
        "sort",
        "o",
        "cycle_sort",
        "sort",
        footer=False,
        detail="sort sources by date, outlet, title",
    ),
    Command(
        "fold",
        "z",
        "toggle_fold",
        "fold furniture",
        when="foldable",
        footer=False,
        detail="show or fold captions and boilerplate",
    ),
    Command(
        "clear_topic",
        "c",
        "clear_topic",
        "all topics",
        when="topic_selected",
        detail="clear the topic filter: all sources again",
    ),
    Command(
        "suggestion",
        "ctrl+y",
        "accept_suggestion",
        "did you mean",
        when="suggestion",
        # The suggestion's own line says "(ctrl+y)"; in the footer the key came and went as
        # the user typed, and each time the footer rebuilt every key (40 ms of the UI thread).
        footer=False,
        detail="search for the did-you-mean suggestion",
    ),
    Command(
        "bookmark",
        "a",
        "bookmark",
        "bookmark passage",
        when="article",
        footer=False,
        detail="bookmark the current hit's sentence, or the paragraph under the cursor (▌)",
    ),
    Command(
        "copy",
        "y",
        "copy_paragraph",
        "copy paragraph",
        when="article",
        footer=False,
        detail='copy the paragraph under the cursor (OSC 52: set clipboard = "osc52" in config)',
    ),
    Command("bookmarks", "B", "bookmarks", "bookmarks", when="briefing", footer=False),
    Command("timeline", "T", "timeline", "timeline", when="briefing", footer=False),
    Command(
        "discrepancies",
        "D",
        "discrepancies",
        "discrepancies",
        when="briefing",
        footer=False,
        detail="where the sources disagree (dates, figures, spellings)",
    ),
    Command(
        "export",
        "E",
        "export",
        "export brief",
        when="briefing",
        footer=False,
        detail="write a Markdown brief with your bookmarks",
    ),
    Command(
        "back",
        "escape",
        "back_out",
        "back one level",
        footer=False,
        key_display="esc",
        detail="back one step: find box, text box, side pane, the list or screen you opened "
        "the article from, the topic filter",
    ),
    Command(
        "next_column",
        "l",
        "column(1)",
        "next column",
        footer=False,
        detail="next pane to the right (h: to the left); tab moves through every focus stop",
    ),
    Command("prev_column", "h", "column(-1)", "previous column", footer=False),
    # Reader movement (bound on the reader, so lists keep their own j/k).
    Command("down", "j,down", "scroll_down", "line down", scope="reader", footer=False),
    Command("up", "k,up", "scroll_up", "line up", scope="reader", footer=False),
    Command(
        "page_down",
        "space,pagedown,ctrl+f",
        "page_down",
        "page down",
        scope="reader",
        footer=False,
        key_display="space ^f",
    ),
    Command(
        "page_up",
        "b,pageup,ctrl+b",
        "page_up",
        "page up",
        scope="reader",
        footer=False,
        key_display="b ^b",
    ),
    Command(
        "next_paragraph",
        "right_curly_bracket",
        "paragraph(1)",
        "next paragraph",
        scope="reader",
        footer=False,
        key_display="}",
        detail="move the paragraph cursor (▌) down ({ up); j/k scroll and it follows",
    ),
    Command(
        "prev_paragraph",
        "left_curly_bracket",
        "paragraph(-1)",
        "previous paragraph",
        scope="reader",
        footer=False,
        key_display="{",
    ),
    Command("top", "g,home", "scroll_home", "top", scope="reader", footer=False),
    Command("bottom", "G,end", "scroll_end", "bottom", scope="reader", footer=False),
    Command("half_down", "ctrl+d", "half_down", "half page down", scope="reader", footer=False),
    Command("half_up", "ctrl+u", "half_up", "half page up", scope="reader", footer=False),
    # Lists (sources, results, topics, cross-reference).
    Command("list_down", "j", "cursor_down", "next item", scope="list", footer=False),
    Command("list_up", "k", "cursor_up", "previous item", scope="list", footer=False),
    # The reader's g/G and space/b mean the same in a list (Home/End/PgUp/PgDn work too).
    Command("list_top", "g", "first", "first item", scope="list", footer=False),
    Command("list_bottom", "G", "last", "last item", scope="list", footer=False),
    Command(
        "list_page_down",
        "space,ctrl+f",
        "page_down",
        "page down",
        scope="list",
        footer=False,
        key_display="space ^f",
    ),
    Command(
        "list_page_up",
        "b,ctrl+b",
        "page_up",
        "page up",
        scope="list",
        footer=False,
        key_display="b ^b",
    ),
)

#: Keys the other screens and dialogs bind themselves (see their ``BINDINGS``), by id, so a
#: user may remap them in ``config.toml`` too. Listed here rather than collected from the screen
#: classes so that reading the config does not import every screen at startup; a test checks
#: that this list and the screens agree.
SCREEN_KEY_IDS: frozenset[str] = frozenset(
    {
        "help_close",
        "screen_help",
        "overview_close",
        "close_screen",
        "xref_back",
        "timeline_back",
        "discrepancies_back",
        "discrepancies_close",
        "bookmarks_edit",
        "bookmarks_delete",
        "bookmarks_back",
        "bookmarks_export",
        "note_save",
        "note_cancel",
        "confirm_yes",
        "confirm_no",
        "export_cancel",
    }
)

#: What a key whose command is not possible now says, by condition: a key that silently
#: does nothing reads as a broken key. (The footer hides such commands; this is for the user
#: who knows the key and presses it anyway.)
WHY_NOT: dict[str, str] = {
    "article": "No article is open: choose one in Sources (s).",
    "marks": "Nothing to step through: search with / or find in the article with f.",
    "foldable": "This article has no captions or boilerplate to fold.",
    "topic": "Choose a topic first: t for the topics, Enter on one.",
    "topic_selected": "No topic is chosen, so all sources are shown already.",
    "suggestion": "No did-you-mean suggestion for the current search.",
    "briefing": "The briefing is still opening…",
    "unread": "Everything here has been read.",
    "from_screen": "Nothing to go back to: q quits here.",
    "top": "q goes back to the screen you came from first (Q quits at once).",
}

SCOPE_TITLES = {"screen": "Anywhere", "reader": "Reader", "list": "Lists"}

COMMAND_IDS: frozenset[str] = frozenset(command.id for command in COMMANDS)


def bindings_for(scope: str) -> list[Binding]:
    """Textual bindings for one scope, each with its command id so the keymap can remap it."""
    return [
        Binding(
            command.keys,
            command.action,
            command.description,
            show=command.footer,
            key_display=command.key_display,
            priority=command.priority,
            id=command.id,
        )
        for command in COMMANDS
        if command.scope == scope
    ]


def by_action(scope: str = "screen") -> dict[str, Command]:
    """Commands of a scope keyed by action name (without arguments), for ``check_action``."""
    return {command.action.split("(")[0]: command for command in COMMANDS if command.scope == scope}


def shown_keys(command: Command, keymap: dict[str, str]) -> str:
    """The key(s) a user presses now, honouring their remapping, for help texts."""
    keys = keymap.get(command.id)
    if keys is None:
        return command.key_display or command.keys.split(",")[0]
    return keys


#: ? (and F1) on a sub-screen: help, listing that screen's own keys first. Help says "?" works
#: anywhere; on the timeline, discrepancies, cross-reference and bookmarks it did nothing (ux60).
SCREEN_HELP = Binding(
    "question_mark,f1", "app.screen_help", "help", key_display="?", id="screen_help"
)


def closing_bindings(back_keys: str, back_id: str) -> list[Binding]:
    """The keys that leave a sub-screen, the same on every one: its own letter and Escape go
    back (hidden: the footer shows q), q goes back as in less and newsboat, Q quits the app;
    and ? opens the help, as on the main screen."""
    return [
        SCREEN_HELP,
        Binding("q", "back", "back", id="close_screen"),
        Binding(back_keys, "back", "back", show=False, id=back_id),
        Binding("Q", "app.quit", "quit", show=False, id="quit_all"),
    ]


#: h/l move between the columns of a screen that has several (discrepancies, cross-reference).
COLUMN_BINDINGS = [
    Binding("l", "app.focus_next", "next column", show=False),
    Binding("h", "app.focus_previous", "previous column", show=False),
]
