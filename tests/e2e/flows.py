"""The user journeys of issue 3, written once and run locally, over ssh and across terminals.

Each step sends one key (or types one word) and waits for what a user would see change; the
assertions read the screen as plain text, like a user, plus two facts only tmux knows: whether
the program is on the alternate screen and what the window title is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from support.terminal import RESTORED_MODES, Expectation, Pane, matches

from e2e import app_texts as texts

#: Cold start builds the index and the topics: allow for a slow, shared CI machine.
READY_TIMEOUT = 90.0
#: Colour sequences that need more than the 16 basic colours (256-colour and 24-bit).
RICH_COLOUR = re.compile(r"\x1b\[[0-9;]*[34]8;[25];")


@dataclass(frozen=True)
class SeedFacts:
    """What the CLI says about the bundled seeds, so the app can be checked against it."""

    outlets: tuple[str, ...]
    query: str
    total: int
    top_matches: int
    #: A topic found in some but not all articles, so choosing it visibly filters the list.
    topic: str
    topic_articles: int
    #: Matches of the second-best hit (where n goes after the first article's last hit).
    second_matches: int
    #: Outlets of the articles that mention the topic (what the filtered list shows).
    topic_outlets: tuple[str, ...]


def footer(screen: str) -> str:
    """The last non-empty line: Textual's footer with the keys possible now."""
    lines = [line for line in screen.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def focused_pane(coloured: str) -> str | None:
    """Which pane has focus: the app draws that pane's border title in bold."""
    match = texts.FOCUSED_TITLE.search(coloured)
    return match.group(1) if match else None


def wait_focused(pane: Pane, name: str) -> None:
    """Wait until focus has moved into the named pane (Textual moves it after the key)."""
    pane.wait_for(lambda s: focused_pane(s) == name, colours=True)


def wait_ready(
    pane: Pane, listed: Expectation = texts.SEEDS_LISTED, *, timeout: float = READY_TIMEOUT
) -> str:
    """Wait until the briefing is opened (``listed`` shows), synced and its topics shown."""

    def ready(screen: str) -> bool:
        return (
            matches(listed, screen)
            and texts.TOPICS_COUNT.search(screen) is not None
            and not any(busy in screen for busy in texts.BUSY)
        )

    return pane.wait_for(ready, timeout=timeout)


def hit_counter(screen: str) -> tuple[int, int]:
    """The reader's "hits k/N" counter as (k, N)."""
    match = texts.HIT_COUNTER.search(screen)
    assert match is not None, screen
    return int(match.group(1)), int(match.group(2))


def assert_drawn_in_utf8(screen: str) -> None:
    """Box drawing arrived as characters, not as escaped code points or replacement marks."""
    assert "╭─" in screen and "╰─" in screen, screen
    assert "\\u25" not in screen and "\ufffd" not in screen, screen


def search_and_open_hit(pane: Pane, facts: SeedFacts) -> None:
    """``/`` query, Enter to the results, open the first hit; then n/N walk its hits."""
    # "/" moves focus into the search box: letters type there now, so q leaves the footer.
    pane.press("/", lambda s: texts.FOOTER_QUIT not in footer(s))
    pane.type(facts.query, texts.articles_found(facts.total))
    # Enter leaves the box for the results list: plain-letter keys are commands again.
    pane.press("Enter", lambda s: texts.FOOTER_QUIT in footer(s))
    # The cursor starts on the best hit: Enter opens it at its first match.
    screen = pane.press("Enter", texts.HIT_COUNTER)
    assert hit_counter(screen) == (1, facts.top_matches)

    screen = pane.press("n", "search hit 2/")
    assert hit_counter(screen) == (2, facts.top_matches)
    screen = pane.press("N", "search hit 1/")
    assert hit_counter(screen) == (1, facts.top_matches)
    hits_across_articles(pane, facts)


def hits_across_articles(pane: Pane, facts: SeedFacts) -> None:
    """From the last hit of the first article, n goes on to the second article's first hit,
    and the counter says where that is among all the hits (issue 13)."""
    for number in range(2, facts.top_matches + 1):
        pane.press("n", f"search hit {number}/{facts.top_matches} ")
    first = texts.PACKET_HIT.search(pane.screen())
    assert first is not None, pane.screen()
    total, articles = int(first.group(4)), int(first.group(5))
    assert articles == facts.total, pane.screen()
    screen = pane.press("n", f"search hit 1/{facts.second_matches} ")
    moved = texts.PACKET_HIT.search(screen)
    assert moved is not None, screen
    assert (int(moved.group(3)), int(moved.group(4))) == (facts.top_matches + 1, total), screen
    # and N back over the edge to the first article's last hit
    pane.press("N", f"search hit {facts.top_matches}/{facts.top_matches} ")


def timeline_jump_and_back(pane: Pane) -> None:
    """T, Enter on a statement: the reader; Esc: the timeline again; Enter, then q: the
    timeline again; q: the main screen, still running (issue 13)."""
    pane.press("T", texts.TIMELINE_SHOWN)
    pane.press("j", texts.TIMELINE_SHOWN)
    pane.press("Enter", texts.PASSAGE_COUNTER)
    # The footer redraws a moment after the reader: q now reads "back".
    pane.wait_for(lambda s: texts.FOOTER_BACK in footer(s))
    # A lone Escape: wait for its effect before the next key (or they merge into Alt+key).
    pane.press("Escape", texts.TIMELINE_SHOWN)
    pane.press("Enter", texts.PASSAGE_COUNTER)
    pane.press("q", texts.TIMELINE_SHOWN)
    pane.press("q", lambda s: texts.TIMELINE_SHOWN not in s and texts.FOOTER_QUIT in footer(s))
    assert pane.alternate_screen, "q on a sub-screen quit the app"


def choose_topic(pane: Pane, facts: SeedFacts) -> None:
    """``t`` to the topics, filter them by name, Escape, Enter chooses: the sources follow."""
    pane.keys("t")
    wait_focused(pane, "Topics")
    # f in a list focuses that list's filter box, where letters type.
    pane.press(texts.LIST_FILTER_KEY, lambda s: texts.FOOTER_QUIT not in footer(s))
    pane.type(facts.topic, texts.TOPICS_FILTERED_TO_ONE)
    # A lone Escape leaves the box for the list (its cursor on the one topic left): the one
    # key whose timing only a real terminal shows. Wait for its effect before the next key,
    # or the two would merge into Alt+Enter.
    pane.press("Escape", lambda s: texts.FOOTER_QUIT in footer(s))
    listed = texts.SOURCES_LISTED.format(shown=facts.topic_articles)

    def chosen_and_filtered(screen: str) -> bool:
        return (
            listed in screen
            and texts.FOOTER_CLEAR_TOPIC in footer(screen)
            and texts.CHOSEN_TOPIC.search(screen) is not None
        )

    screen = pane.press("Enter", chosen_and_filtered)
    chosen = texts.CHOSEN_TOPIC.search(screen)
    assert chosen is not None, screen
    assert facts.topic.startswith(chosen.group(1).strip()), screen


def open_and_close_help(pane: Pane) -> None:
    """``?`` opens the help and closes it again (Escape is never the only way out)."""
    screen = pane.press("?", texts.HELP_SHOWN)
    assert "quit" in screen
    pane.press(texts.HELP_CLOSE_KEY, lambda s: texts.HELP_SHOWN not in s)
    assert pane.alternate_screen, "closing the help closed the app"


def redrawn_at(width: int) -> Callable[[str], bool]:
    """The app has drawn for this width: its top border spans it and its footer is shown.

    tmux reports a new size at once, while the app redraws a moment later; until then the
    pane shows the old frame cut off, which must not count as "the layout still shows".
    """

    def check(screen: str) -> bool:
        # The first border (under the packet line): as wide as the terminal.
        top = next((x for x in screen.splitlines() if x[:1] in "╭┏"), "")
        return len(top) == width and top[-1:] in "╮┓" and "/ search" in footer(screen)

    check.__name__ = f"a frame drawn {width} wide"
    return check


def resize_through_sizes(pane: Pane, facts: SeedFacts) -> None:
    """Narrow, too small, back, then wide: the layout follows every size."""
    pane.resize(80, 24)
    screen = pane.wait_for(redrawn_at(80))
    assert texts.TOO_SMALL not in screen

    pane.resize(36, 10)
    pane.wait_for(texts.TOO_SMALL)
    pane.resize(80, 24)
    pane.wait_for(redrawn_at(80))

    pane.resize(200, 50)
    pane.wait_for(redrawn_at(200))
    # The panes appear before the list is laid out again at the new width (over a slow link
    # the two can come in separate frames): wait for the outlets themselves, which a list
    # that lost rows never shows, so a real loss still times out with the screen.
    screen = pane.wait_for(
        lambda s: (
            all(texts.pane_shown(name, s) for name in texts.PANES)
            and all(outlet in s for outlet in facts.topic_outlets)
        )
    )

    # Wide enough for the whole list: clearing the topic lists every seed article again.
    screen = pane.press("c", lambda s: texts.FOOTER_CLEAR_TOPIC not in footer(s))
    assert texts.SEEDS_LISTED.search(screen), screen
    for outlet in facts.outlets:
        assert outlet in screen, f"{outlet!r} is not listed at 200x50:\n{screen}"


def quit_cleanly(pane: Pane) -> int:
    """``q`` quits with status 0 and gives the terminal back as it found it; the status."""
    pane.keys("q")
    status = pane.exit_status()
    assert status == 0, pane.screen()
    assert pane.modes() == RESTORED_MODES
    assert "Traceback" not in pane.screen()
    return status


def full_flow(pane: Pane, facts: SeedFacts) -> int:
    """Issue 3 end to end: list, search, read hits, topic, help, resize, quit; the exit status."""
    screen = wait_ready(pane)
    assert_drawn_in_utf8(screen)
    search_and_open_hit(pane, facts)
    choose_topic(pane, facts)
    open_and_close_help(pane)
    timeline_jump_and_back(pane)
    resize_through_sizes(pane, facts)
    # While it runs the app owns the terminal (so the checks after quitting mean something).
    assert pane.modes()["alternate_on"] == "1"
    assert pane.modes()["mouse_any_flag"] == "1"
    return quit_cleanly(pane)


def launch_and_quit(pane: Pane, *, sixteen_colours: bool) -> int:
    """Start, check the first full screen draws legibly for this terminal, quit; the status."""
    screen = wait_ready(pane)
    assert_drawn_in_utf8(screen)
    coloured = pane.screen(colours=True)
    if sixteen_colours:
        assert not RICH_COLOUR.search(coloured), "256/24-bit colour sent to a 16-colour terminal"
    else:
        assert RICH_COLOUR.search(coloured), "a 256-colour terminal got only the basic 16"
    return quit_cleanly(pane)
