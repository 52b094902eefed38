"""The Textual application: stylesheets, theme, keymap, command palette and the main screen.

The app itself holds only what outlives a screen — the paths to open, how to open them (the
façade's ``Briefing.open``, replaceable in tests by any callable with the same signature), the
user's config — and turns the launch options into Textual settings. State lives in
``MainScreen``.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input

from briefing import paths
from briefing.config import Config, load_config
from briefing.tui import late_keys
from briefing.tui.commands import (
    COMMAND_IDS,
    COMMANDS,
    SCREEN_KEY_IDS,
    WHY_NOT,
    Command,
    shown_keys,
)
from briefing.tui.screens.main import MainScreen
from briefing.tui.text import clean

if TYPE_CHECKING:
    from briefing.briefing import Briefing

STYLES = ("app.tcss", "panes.tcss", "screens.tcss")
#: Legible where only the 16 ANSI colours exist (TERM=xterm, the Linux console).
SIXTEEN_COLOUR_THEME = "ansi-dark"
DEFAULT_THEME = "textual-dark"


class CommandsProvider(Provider):
    """The command palette lists every command on every screen (issue 13: "cross" and "fold"
    found nothing from the wrong pane).

    The main screen's commands come first, each with its key; one that cannot run now stays
    listed, with the reason ("Choose a topic first…"), and says it again if chosen. On a
    sub-screen (timeline, bookmarks…) its own keys are listed too, and a main-screen command
    closes the sub-screens first, then runs. Names, longer help texts and ids are all searched.
    """

    def _main(self) -> MainScreen | None:
        return next((s for s in self.app.screen_stack if isinstance(s, MainScreen)), None)

    def _entries(self) -> Iterable[tuple[str, str, str | None, Callable[[], None]]]:
        """(label, searched text, reason it cannot run or None, what to run)."""
        keymap = getattr(self.app, "keymap_overrides", {})
        screen = self.screen
        main = self._main()
        if screen is not main:
            for binding in getattr(screen, "BINDINGS", ()):
                if isinstance(binding, Binding) and binding.description:
                    key = binding.key_display or binding.key.split(",")[0]
                    label = f"{binding.description} ({type(screen).__name__[:-6].lower()})"
                    yield (
                        f"{label}  {key}",
                        label,
                        None,
                        partial(self._run_here, screen, binding.action),
                    )
        if main is None:
            return
        for command in COMMANDS:
            if command.scope != "screen":
                continue
            name = command.action.split("(")[0]
            possible = main.check_action(name, ())
            why = None
            if possible is False:
                why = WHY_NOT.get(command.when or "", "Not possible here now.")
            searched = f"{command.description} {command.detail or ''} {command.id}"
            label = f"{command.description}  {shown_keys(command, keymap)}"
            yield label, searched, why, partial(self._run, main, command, why)

    def _run_here(self, screen: Screen[Any], action: str) -> None:
        self.app.call_later(screen.run_action, action)

    def _run(self, main: MainScreen, command: Command, why: str | None) -> None:
        if why is not None:
            self.app.notify(why, timeout=4, markup=False)
            return

        async def run() -> None:
            while self.app.screen is not main and len(self.app.screen_stack) > 1:
                self.app.pop_screen()
            await main.run_action(command.action)

        self.app.call_later(run)

    @staticmethod
    def _label(label: Content, why: str | None) -> Content:
        if why is None:
            return label
        return Content.styled(label.plain, "dim") + Content.styled(f"  — {why}", "dim italic")

    async def discover(self) -> Hits:
        for label, _, why, run in self._entries():
            yield DiscoveryHit(self._label(Content(label), why), run, text=label)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, searched, why, run in self._entries():
            score = max(matcher.match(label), matcher.match(searched) * 0.9)
            if score > 0:
                shown = matcher.highlight(label) if why is None else Content(label)
                yield Hit(score, self._label(shown, why), run, text=label)


def remappable_ids() -> frozenset[str]:
    """Every binding id a user may remap in ``config.toml``: the command list and the ids the
    other screens and dialogs define for their own keys."""
    return COMMAND_IDS | SCREEN_KEY_IDS


def _open_briefing(*args: Any, **kwargs: Any) -> Briefing:
    """``Briefing.open``, imported on the worker thread so Whoosh loads after the first frame."""
    from briefing.briefing import Briefing

    return Briefing.open(*args, **kwargs)


class BriefingApp(App[int]):
    """Read, search and cross-reference a briefing."""

    # Textual declares these as plain class attributes; annotating them ClassVar would clash.
    CSS_PATH = [paths.bundled_styles() / name for name in STYLES]  # noqa: RUF012
    COMMANDS = {CommandsProvider}  # noqa: RUF012
    TITLE = "briefing"
    ENABLE_COMMAND_PALETTE = True
    # ctrl+z arrives as a key in raw mode; without this binding the shell's job control
    # (suspend, then `fg`) would not work.
    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+z", "suspend_process", "suspend", show=False, priority=True),
    ]

    def __init__(
        self,
        paths_: Sequence[Path] = (),
        *,
        colors: str = "auto",
        animations: bool = True,
        opener: Callable[..., Briefing] | None = None,
        config: Config | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths_)
        self.color_choice = colors
        self.config = config if config is not None else load_config(known_ids=remappable_ids())
        # config.toml's ``jobs``: how many processes reading and indexing use.
        self.opener: Callable[..., Any] = opener or partial(_open_briefing, jobs=self.config.jobs)
        self.keymap_overrides: dict[str, str] = dict(self.config.keys)
        self.return_code_on_quit = 0
        self.state_warning_shown = False
        if not animations:
            self.animation_level = "none"

    def on_mount(self) -> None:
        self._apply_theme()
        if self.keymap_overrides:
            self.set_keymap(self.keymap_overrides)
        for problem in self.config.problems:
            # Longer than a notice's usual few seconds: shown while the briefing opens, it
            # says why the user's settings are not in force.
            self.notify(
                clean(problem), title="config.toml", severity="warning", timeout=15, markup=False
            )
        self.push_screen(MainScreen())
        self._end_cleanly_on_sigterm()

    def _end_cleanly_on_sigterm(self) -> None:
        """SIGTERM (``kill``, a service manager, a closing tmux) quits like ``q``.

        Left to Python's default, SIGTERM kills the process on the spot, leaving the terminal
        in the alternate screen with the mouse captured, and the reading position unsaved.
        SIGHUP keeps its default: the terminal is gone, so there is nothing to give back.
        """
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(
                signal.SIGTERM, partial(self.exit, None, 128 + signal.SIGTERM)
            )

    def action_screen_help(self) -> None:
        """? on a sub-screen: the help, headed by what that screen's own keys do (remapped keys
        included: they are read from the screen's active bindings), then the rest."""
        from briefing.tui.screens.help import HelpScreen

        screen = self.screen
        # The screen's own bindings, not those every Textual screen inherits (tab, ctrl+c).
        own = {(b.action, b.description) for b in type(screen).BINDINGS if isinstance(b, Binding)}
        keys: dict[str, list[str]] = {}
        for active in screen.active_bindings.values():
            binding = active.binding
            mine = (binding.action, binding.description) in own and active.node is screen
            if mine and binding.description and binding.id != "screen_help":
                shown = keys.setdefault(binding.description, [])
                display = self.get_key_display(binding)
                if display not in shown:
                    shown.append(display)
        rows = [(" / ".join(shown), description) for description, shown in keys.items()]
        enter = getattr(screen, "HELP_ENTER", None)
        if enter:
            rows.insert(0, ("enter", enter))
        title = getattr(screen, "HELP_TITLE", type(screen).__name__)
        self.push_screen(HelpScreen(here=(title, tuple(rows))))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            late_keys.note(event, self.screen)
        await super().on_event(event)

    async def _on_key(self, event: events.Key) -> None:
        """A key back from a screen no longer in front goes to the one that is (late_keys);
        otherwise Textual's own handler runs next (it is called after this one)."""
        late_keys.hand_over(self, event)

    def get_key_display(self, binding: Binding) -> str:
        """In a text box ``?`` is typed (a wildcard in queries), so the footer offers F1 there."""
        if binding.id == "help" and isinstance(self.focused, Input):
            return "f1"
        return super().get_key_display(binding)

    def _apply_theme(self) -> None:
        wanted = self.config.theme
        if wanted and wanted in self.available_themes:
            self.theme = wanted
            return
        if wanted:
            self.notify(
                f"Unknown theme {clean(wanted)!r} in config.toml; using the default.",
                severity="warning",
                markup=False,
            )
        few_colours = self.console.color_system in ("standard", "windows")
        sixteen = self.color_choice == "16" or (self.color_choice == "auto" and few_colours)
        self.theme = SIXTEEN_COLOUR_THEME if sixteen else DEFAULT_THEME
