"""Reading actions that reach past one article: hits across the packet, copy, the overview.

``n``/``N`` walk the search hits of the open article; from its last hit ``n`` goes on to the
first hit of the next article in the results (``N`` from the first to the previous article's
last), and from the last article back to the first, saying so ("hit 4 of 12 · 3 articles") —
as ``n`` in less walks every match of a file, not only the screenful. Find matches and topic
mentions stay within the article, as before.

Copying takes the paragraph under the reader's cursor and writes it with OSC 52 (which passes
through tmux and ssh) only when the user asked for it in config.toml (``clipboard =
"osc52"``): a program that writes the clipboard unasked can overwrite what the user meant to
paste.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.tui.lines import plural
from briefing.tui.screens.navigation import Navigation
from briefing.tui.widgets.reader import Reader
from briefing.tui.widgets.search import SearchPane

if TYPE_CHECKING:
    from briefing.model import Hit as SearchHit


def _hits_of(pane: SearchPane) -> list[SearchHit]:
    result = pane.result
    return [hit for hit in result.hits if hit.spans] if result is not None else []


class ReadingActions(Navigation):
    """n/N across articles, y (copy), i (overview); state lives on ``MainScreen``."""

    def _tour(self) -> tuple[list[SearchHit], int] | None:
        """The result's hits and the open article's place among them, when n/N walk them."""
        reader = self.query_one(Reader)
        if reader.article is None or reader.marks_kind != "search hit":
            return None
        hits = _hits_of(self.query_one(SearchPane))
        ids = [hit.article_id for hit in hits]
        if reader.article.id not in ids:
            return None
        return hits, ids.index(reader.article.id)

    def show_tour(self) -> None:
        """Put "of 12 · 3 articles" beside the reader's hit counter."""
        reader = self.query_one(Reader)
        tour = self._tour()
        if tour is None:
            reader.set_tour("")
            return
        hits, place = tour
        before = sum(len(hit.spans) for hit in hits[:place])
        total = sum(len(hit.spans) for hit in hits)
        index = reader.mark_index
        where = f"{before + index + 1}" if index >= 0 else "–"
        reader.set_tour(f"{where} of {total} in {plural(len(hits), 'article')}")

    async def _step(self, forward: bool) -> None:
        reader = self.query_one(Reader)
        tour = self._tour()
        if tour is None or len(tour[0]) < 2 or not reader.at_last_mark(forward):
            reader.step_mark(forward=forward)
            self.show_tour()
            self.refresh_bindings()
            return
        hits, place = tour
        target = (place + (1 if forward else -1)) % len(hits)
        wrapped = (target == 0 and forward) or (target == len(hits) - 1 and not forward)
        hit = hits[target]
        spans = tuple(sorted(hit.spans))
        goto = spans[0] if forward else spans[-1]
        await self._open_article(hit.article_id, goto=goto, hits=spans)
        self.show_tour()
        total = sum(len(h.spans) for h in hits)
        number = sum(len(h.spans) for h in hits[:target]) + (1 if forward else len(spans))
        where = f"hit {number} of {total} · {plural(len(hits), 'article')}"
        if wrapped:
            edge = "first" if forward else "last"
            self.notify(f"Wrapped to the {edge} result: {where}", timeout=3, markup=False)
        else:
            self.notify(where, timeout=2, markup=False)
        self.refresh_bindings()

    async def action_next_mark(self) -> None:
        await self._step(True)

    async def action_prev_mark(self) -> None:
        await self._step(False)

    def action_copy_paragraph(self) -> None:
        """y: the paragraph under the cursor, to the clipboard by OSC 52 when enabled."""
        reader = self.query_one(Reader)
        if reader.article is None:
            return
        paragraphs = reader.article.paragraphs
        index = reader.top_paragraph
        if not 0 <= index < len(paragraphs):
            return
        config = getattr(self.app, "config", None)
        if getattr(config, "clipboard", None) != "osc52":
            self.notify(
                'Copying is off: add clipboard = "osc52" to config.toml (your terminal, tmux '
                "or ssh must allow OSC 52).",
                timeout=5,
                markup=False,
            )
            return
        text = paragraphs[index].text
        self.app.copy_to_clipboard(text)
        self.notify(
            f"Copied paragraph {index + 1} ({plural(len(text), 'character')}).",
            timeout=3,
            markup=False,
        )

    def action_overview(self) -> None:
        """i: what the packet is, at length, with the legend."""
        from briefing.tui.screens.overview import OverviewScreen
        from briefing.tui.widgets.packet import PacketLine

        self.app.push_screen(OverviewScreen(self.query_one(PacketLine).details()))
