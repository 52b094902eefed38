"""Helpers for the app tests: building the app, waiting for it, reading the screen, recording.

The only thing a test may change about the façade is *when* it opens (``gated_opener``),
never what it returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.message import Message
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from briefing.config import Config
from briefing.tui.app import BriefingApp


def make_app(
    briefing_paths: Sequence[Path],
    *,
    colors: str = "256",
    config: Config | None = None,
    opener: Callable[..., Any] | None = None,
) -> BriefingApp:
    """The app as the CLI builds it, with an empty config unless one is given.

    Colours default to "256" (not "auto") so the theme never depends on the test's TERM.
    """
    return BriefingApp(
        list(briefing_paths),
        colors=colors,
        animations=False,
        opener=opener,
        config=config if config is not None else Config(),
    )


async def drain(app: App[Any]) -> None:
    """Wait for every worker; an exclusive worker replaced by a newer one is not an error."""
    for _ in range(100):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
        return


async def ready(pilot: Pilot[Any]) -> None:
    """Wait until opening, syncing and topics are done and the screen has caught up."""
    app = pilot.app
    for _ in range(200):
        await drain(app)
        await pilot.pause()
        screen = app.screen
        topics = getattr(screen, "topics", None)
        if topics is not None and not any(worker.is_running for worker in app.workers):
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for workers started by the last key (search, related) and the refresh after them."""
    await pilot.pause()
    await drain(pilot.app)
    await pilot.pause()
    await pilot.pause()


class Recorder:
    """Collects every message the app processes (``run_test(message_hook=...)``)."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    def __call__(self, message: Message) -> None:
        self.messages.append(message)

    def of(self, kind: type[Message]) -> list[Any]:
        return [m for m in self.messages if isinstance(m, kind)]

    def notified(self) -> list[tuple[str, str]]:
        """(title, message) of every notification so far, expired ones included."""
        from textual.notifications import Notify

        return [(n.notification.title, n.notification.message) for n in self.of(Notify)]

    def said(self) -> list[str]:
        """The text of every notification so far."""
        return [message for _, message in self.notified()]


def gated_opener() -> tuple[Callable[..., Any], threading.Event]:
    """The real ``Briefing.open``, held back until the returned event is set."""
    from briefing.briefing import Briefing

    gate = threading.Event()

    def opener(*args: Any, **kwargs: Any) -> Any:
        gate.wait(timeout=30)
        return Briefing.open(*args, **kwargs)

    return opener, gate


def screen_text(app: BriefingApp) -> str:
    """The visible screen as plain text (what a user would read)."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system=None,
        record=True,
        legacy_windows=False,
    )
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text()


#: Characters a terminal sends for the key names ``burst`` is given.
CHARACTERS = {"enter": "\r", "escape": "\x1b", "slash": "/", "space": " "}


def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Queue every key at once, as a terminal delivers a fast typist's keys or a paste.

    ``pilot.press`` waits for the app to go idle after every key, which hides exactly the
    races a fast typist hits in a real terminal (a key read before the previous one's focus
    change has landed).
    """
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        character = CHARACTERS.get(key, key if len(key) == 1 else None)
        event = events.Key(key, character)
        event.set_sender(pilot.app)
        driver.send_message(event)


def line_after(screen: str, needle: str) -> str:
    """The screen line below the first one containing ``needle`` (where a wrap continues)."""
    lines = screen.splitlines()
    index = next(i for i, line in enumerate(lines) if needle in line)
    return lines[index + 1]
