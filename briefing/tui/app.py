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

from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.widgets import Input

from briefing import paths
from briefing.config import Config, load_config
from briefing.tui.commands import COMMAND_IDS, COMMANDS, SCREEN_KEY_IDS, Command, shown_keys
from briefing.tui.screens.main import MainScreen
from briefing.tui.text import clean

if TYPE_CHECKING:
    from briefing.briefing import Briefing

STYLES = ("app.tcss", "panes.tcss", "screens.tcss")
#: Legible where only the 16 ANSI colours exist (TERM=xterm, the Linux console).
SIXTEEN_COLOUR_THEME = "ansi-dark"
DEFAULT_THEME = "textual-dark"


class CommandsProvider(Provider):
    """The command palette lists the same commands as the footer and help, when possible now."""

    def _possible(self) -> Iterable[Command]:
        screen = self.screen
        for command in COMMANDS:
            if command.scope != "screen" or command.id in ("back",):
                continue
            name = command.action.split("(")[0]
            if screen.check_action(name, ()) is False:
                continue
            yield command

    def _run(self, command: Command) -> None:
        self.app.call_later(self.screen.run_action, command.action)

    def _with_key(self, command: Command, label: Content) -> Content:
        """The command's name and, dimmed, the key that runs it: the palette teaches the keys."""
        keymap = getattr(self.app, "keymap_overrides", {})
        return label + Content.styled(f"  {shown_keys(command, keymap)}", "dim")

    async def discover(self) -> Hits:
        for command in self._possible():
            label = self._with_key(command, Content(command.description))
            yield DiscoveryHit(label, partial(self._run, command), text=command.description)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._possible():
            score = matcher.match(command.description)
            if score > 0:
                label = self._with_key(command, matcher.highlight(command.description))
                yield Hit(score, label, partial(self._run, command), text=command.description)


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
        self.opener: Callable[..., Any] = opener or _open_briefing
        self.config = config if config is not None else load_config(known_ids=remappable_ids())
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
            self.notify(clean(problem), title="config.toml", severity="warning", markup=False)
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
