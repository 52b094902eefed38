"""Start a program the way a user would: in a tmux pane, locally or through ssh.

Each launch gets a clean environment (``env -i``) with its own cache, state, data and config
dirs, so a test never reads or writes the real user's briefing state and two tests never share
an index. The program's PID is written to a file before it starts (``echo $$; exec``), so signal
tests can reach exactly that process and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from support.terminal import RESTORED_MODES, Expectation, Pane, Tmux, shell_command

from e2e.sshd import PrivateSshd

#: Minimal PATH for the pane: the program under test is always given by absolute path.
PANE_PATH = "/usr/local/bin:/usr/bin:/bin"
#: The prompt of ``Launcher.shell`` (capture-pane drops its trailing space).
PROMPT = "e2e$"


def user_dirs(root: Path) -> dict[str, str]:
    """HOME and the four BRIEFING_* roots under ``root`` (created), so nothing real is touched."""
    names = {
        "HOME": "home",
        "BRIEFING_CACHE_DIR": "cache",
        "BRIEFING_STATE_DIR": "state",
        "BRIEFING_DATA_DIR": "data",
        "BRIEFING_CONFIG_DIR": "config",
    }
    dirs = {}
    for var, name in names.items():
        path = root / name
        path.mkdir(parents=True, exist_ok=True)
        dirs[var] = str(path)
    return dirs


def clean_env(root: Path, *, term: str = "xterm-256color", lang: str = "C.UTF-8") -> dict[str, str]:
    """The whole environment of a program under test: nothing inherited from the test runner."""
    return {"PATH": PANE_PATH, **user_dirs(root), "TERM": term, "LANG": lang}


@dataclass
class Launch:
    """One running program: its pane, and where its PID will appear."""

    pane: Pane
    pid_file: Path

    def recorded_pid(self) -> int | None:
        """The PID if the program got as far as writing it, else None."""
        try:
            return int(self.pid_file.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None

    def pid(self) -> int:
        """The program's PID (written before ``exec``, so it is the program itself)."""
        self.pane.wait_until(lambda: self.recorded_pid() is not None, f"a PID in {self.pid_file}")
        pid = self.recorded_pid()
        assert pid is not None
        return pid


def process_alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (a zombie has already ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    # The state is the field after the parenthesised command name.
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@dataclass
class Launcher:
    """Launches programs in panes of one private tmux server; ``close`` kills them all."""

    tmux: Tmux
    root: Path
    #: A cache root to start from (copied, so this test cannot change it for the others).
    cache_from: Path | None = None
    panes: list[Pane] = field(default_factory=list)
    launches: list[Launch] = field(default_factory=list)
    _count: int = 0

    def __post_init__(self) -> None:
        if self.cache_from is not None:
            shutil.copytree(self.cache_from, self.root / "cache", dirs_exist_ok=True)

    def user_dirs(self) -> dict[str, str]:
        """HOME and the four BRIEFING_* roots, all inside this test's temp dir."""
        return user_dirs(self.root)

    def _next_pid_file(self) -> Path:
        self._count += 1
        return self.root / f"program-{self._count}.pid"

    def local(
        self,
        argv: Sequence[str],
        *,
        term: str = "xterm-256color",
        lang: str = "C.UTF-8",
        size: tuple[int, int] = (120, 40),
        cwd: Path | None = None,
        extra_env: Mapping[str, str] | None = None,
    ) -> Launch:
        """Run ``argv`` in a fresh pane with a clean environment."""
        pid_file = self._next_pid_file()
        env = clean_env(self.root, term=term, lang=lang)
        env.update(extra_env or {})
        wrapped = ["/bin/sh", "-c", f'echo $$ > {shlex.quote(str(pid_file))}; exec "$@"', "sh"]
        command = shell_command([*wrapped, *argv], env)
        return self._track(Launch(self._spawn(command, size=size, cwd=cwd or self.root), pid_file))

    def over_ssh(
        self,
        sshd: PrivateSshd,
        argv: Sequence[str],
        *,
        term: str = "xterm-256color",
        lang: str = "C.UTF-8",
        size: tuple[int, int] = (120, 40),
        cwd: Path | None = None,
        port: int | None = None,
    ) -> Launch:
        """Run ``argv`` on the private sshd through ``ssh -tt``, the client itself in a pane.

        Only TERM crosses ssh (from the client's environment, in the pty request); LANG and the
        BRIEFING_* dirs are set in the remote command, the way a user's shell profile would.
        """
        pid_file = self._next_pid_file()
        remote_env = {**self.user_dirs(), "LANG": lang}
        remote = " ".join(
            [
                "cd", shlex.quote(str(cwd or self.root)), "&&",
                "echo", "$$", ">", shlex.quote(str(pid_file)), "&&",
                "exec", "env",
                *(shlex.quote(f"{k}={v}") for k, v in remote_env.items()),
                *(shlex.quote(a) for a in argv),
            ]
        )  # fmt: skip
        client_env = {"PATH": PANE_PATH, "HOME": self.user_dirs()["HOME"], "TERM": term}
        command = shell_command(sshd.command(remote, port=port), client_env)
        return self._track(Launch(self._spawn(command, size=size, cwd=self.root), pid_file))

    def shell(self, *, size: tuple[int, int] = (120, 40)) -> Pane:
        """An interactive ``/bin/sh -i`` (job control on) showing the prompt ``PROMPT``."""
        env = {**clean_env(self.root), "PS1": PROMPT + " "}
        pane = self._spawn(shell_command(["/bin/sh", "-i"], env), size=size, cwd=self.root)
        pane.wait_for(PROMPT)
        return pane

    def _track(self, launch: Launch) -> Launch:
        self.launches.append(launch)
        return launch

    def _spawn(self, command: str, *, size: tuple[int, int], cwd: Path) -> Pane:
        pane = self.tmux.spawn(command, size=size, cwd=cwd)
        self.panes.append(pane)
        return pane

    def close(self) -> None:
        """Kill every session this launcher started (by name), then any program still running.

        A program reached over ssh is not a child of tmux: if a test failed before it quit, it
        is ended here by its own PID (from its pid file), never by name.
        """
        for pane in self.panes:
            pane.kill()
        self.panes.clear()
        for launch in self.launches:
            pid = launch.recorded_pid()
            if pid is not None and process_alive(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        self.launches.clear()


def suspend_and_resume(pane: Pane, command: str, ready: Expectation) -> None:
    """In a ``Launcher.shell`` pane: start ``command``, ctrl+z it, check the shell, ``fg`` it."""
    pane.type(command, command)
    pane.keys("Enter")
    pane.wait_for(ready)
    assert pane.alternate_screen

    pane.keys("C-z")
    pane.wait_until(lambda: not pane.alternate_screen, "the shell's normal screen")
    pane.wait_for("Stopped")
    # The shell gets a usable terminal while the program sleeps: no mouse reports, a cursor.
    assert pane.modes() == RESTORED_MODES

    pane.type("fg", f"{PROMPT} fg")
    pane.keys("Enter")
    pane.wait_until(lambda: pane.alternate_screen, "the program back on the alternate screen")
    pane.wait_for(ready)


def quit_to_shell(pane: Pane, key: str = "q") -> int:
    """Quit the program in a ``Launcher.shell`` pane and return its exit status."""
    pane.keys(key)
    pane.wait_until(lambda: not pane.alternate_screen, "the shell after quitting")
    pane.type('echo "[exit $?]"', 'echo "[exit $?]"')
    pane.keys("Enter")
    return pane.exit_status()


def required() -> bool:
    """CI sets BRIEFING_E2E_REQUIRED=1: a missing tmux or sshd is then a failure, not a skip."""
    return os.environ.get("BRIEFING_E2E_REQUIRED") == "1"
