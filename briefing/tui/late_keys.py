"""Keys typed just after a key that opened or closed a screen reach the screen in front.

Textual hands each key to the focused widget as soon as it is read, and runs the app's
bindings only when the key has bubbled back up. Typed fast (``a`` then the note, ``T`` then
``j``), the second key is queued to the old screen's widget before the first key's binding
has pushed the new screen; when it bubbles back the old screen is gone from the front and
the key was lost (ux60: a note typed right after ``a`` kept none of its letters). The app
remembers which screen each key was handed to and, for a key that comes back under another
screen, sends it again once that screen has drawn (so its text box has focus).
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App
from textual.screen import Screen

_HANDED_TO: WeakKeyDictionary[events.Key, Screen[Any]] = WeakKeyDictionary()


def note(event: events.Key, screen: Screen[Any]) -> None:
    """Record the screen in front when the key was read."""
    _HANDED_TO[event] = screen


def hand_over(app: App[Any], event: events.Key) -> bool:
    """Send a key that came back under another screen on to that one; True if it was."""
    screen = _HANDED_TO.pop(event, None)
    if screen is None or screen is app.screen:
        return False
    event.stop()
    event.prevent_default()
    app.screen.call_after_refresh(app.post_message, events.Key(event.key, event.character))
    return True
