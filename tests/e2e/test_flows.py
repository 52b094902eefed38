"""Issue 3 in real terminals: the installed ``briefing`` in tmux and through ssh.

The full journey runs twice locally (a cold first launch on the richest terminal, and a warm one
on the poorest: TERM=xterm with LANG=C) and once over ssh; the rest of the TERM × LANG matrix
launches and quits, which is where terminal and locale detection would break. That keeps the
suite well under CI's time budget while every terminal is still drawn at least once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from e2e import app_texts, flows
from e2e.flows import SeedFacts
from e2e.latency import DelayProxy
from e2e.launch import Launcher
from e2e.sshd import PrivateSshd

pytestmark = pytest.mark.e2e

TERMS = ("xterm-256color", "screen-256color", "xterm")
LANGS = ("C.UTF-8", "C")
#: Terminals with only the 16 basic colours.
SIXTEEN = {"xterm"}
#: (TERM, LANG) pairs that get the full journey; the others launch and quit.
FULL = {("xterm-256color", "C.UTF-8"), ("xterm", "C")}
QUICK = [(t, lang) for t in TERMS for lang in LANGS if (t, lang) not in FULL]


def test_full_flow_cold_first_launch(
    launcher: Launcher, briefing_exe: Path, seed_facts: SeedFacts
) -> None:
    """No cache at all: the app opens, indexes and finds topics itself, then the journey."""
    run = launcher.local([str(briefing_exe)], term="xterm-256color", lang="C.UTF-8")
    assert flows.full_flow(run.pane, seed_facts) == 0


def test_full_flow_on_a_16_colour_c_locale_terminal(
    warm_launcher: Launcher, briefing_exe: Path, seed_facts: SeedFacts
) -> None:
    run = warm_launcher.local([str(briefing_exe)], term="xterm", lang="C")
    assert flows.full_flow(run.pane, seed_facts) == 0


@pytest.mark.parametrize(("term", "lang"), QUICK, ids=[f"{t}-{lang}" for t, lang in QUICK])
def test_launch_and_quit(warm_launcher: Launcher, briefing_exe: Path, term: str, lang: str) -> None:
    run = warm_launcher.local([str(briefing_exe)], term=term, lang=lang)
    assert flows.launch_and_quit(run.pane, sixteen_colours=term in SIXTEEN) == 0


def test_full_flow_over_ssh(
    warm_launcher: Launcher, sshd: PrivateSshd, briefing_exe: Path, seed_facts: SeedFacts
) -> None:
    """Only TERM crosses ssh; the app must still draw, search, resize and give the pty back."""
    run = warm_launcher.over_ssh(sshd, [str(briefing_exe)], term="screen-256color", lang="C.UTF-8")
    assert flows.full_flow(run.pane, seed_facts) == 0


def test_launch_and_quit_over_ssh_on_xterm_c(
    warm_launcher: Launcher, sshd: PrivateSshd, briefing_exe: Path
) -> None:
    run = warm_launcher.over_ssh(sshd, [str(briefing_exe)], term="xterm", lang="C")
    assert flows.launch_and_quit(run.pane, sixteen_colours=True) == 0


def test_typing_straight_after_slash_is_not_lost(
    warm_launcher: Launcher, briefing_exe: Path, seed_facts: SeedFacts
) -> None:
    """A fast typist, a paste, or ssh delivering several keys in one packet."""
    pane = warm_launcher.local([str(briefing_exe)]).pane
    flows.wait_ready(pane)
    pane.text("/" + seed_facts.query)
    pane.wait_for(app_texts.articles_found(seed_facts.total))
    # In the box q types, so the footer drops it; wait for the footer to show that (it redraws
    # after the focus moves), or the check below could pass on the footer from before `/`.
    pane.wait_for(lambda s: app_texts.FOOTER_QUIT not in flows.footer(s))
    # Enter leaves the box: q is a command again.
    pane.press("Enter", lambda s: app_texts.FOOTER_QUIT in flows.footer(s))
    assert flows.quit_cleanly(pane) == 0


def test_full_flow_over_a_slow_ssh_link(
    warm_launcher: Launcher, sshd: PrivateSshd, briefing_exe: Path, seed_facts: SeedFacts
) -> None:
    """80 ms each way (a far-away server): keys arrive late and in bursts, Escape included."""
    proxy = DelayProxy(sshd.port, delay=0.08)
    proxy.start()
    try:
        run = warm_launcher.over_ssh(sshd, [str(briefing_exe)], port=proxy.port)
        assert flows.full_flow(run.pane, seed_facts) == 0
    finally:
        warm_launcher.close()
        proxy.stop()
