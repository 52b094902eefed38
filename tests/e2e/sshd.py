"""A private OpenSSH server on 127.0.0.1 for one test session.

Users run briefing on a server over ssh; only a real sshd shows what crosses the connection
(TERM does, LANG does not; SSH_CONNECTION is set; a dropped connection is a SIGHUP). Everything
lives in one temp dir: host and client keys, the config, the pid file and the log. The server
never touches the system's sshd: its own port, its own keys, stopped by the PID in its own pid
file only.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

SSHD = Path("/usr/sbin/sshd")
PRIVSEP_DIR = Path("/run/sshd")
#: How long sshd may take to accept its first login (bounded polling, not a sleep).
READY_TIMEOUT = 15.0

_CONFIG = """\
ListenAddress 127.0.0.1
Port {port}
HostKey {host_key}
PidFile {pid_file}
AuthorizedKeysFile {authorized_keys}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
StrictModes no
UseDNS no
PrintMotd no
PrintLastLog no
LogLevel ERROR
"""


def missing_tools() -> list[str]:
    """What this machine lacks to run the private sshd (empty when all is there)."""
    missing = [tool for tool in ("ssh", "ssh-keygen") if shutil.which(tool) is None]
    if not SSHD.exists():
        missing.append(str(SSHD))
    return missing


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _keygen(path: Path) -> None:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "briefing-e2e", "-f", str(path)],
        check=True,
        capture_output=True,
        timeout=30,
    )


class PrivateSshd:
    """Start with ``start()``, log in with ``command(...)``, stop with ``stop()``."""

    def __init__(self, workdir: Path) -> None:
        self.dir = workdir
        self.port = 0
        self.host_key = workdir / "host_ed25519"
        self.client_key = workdir / "client_ed25519"
        self.config = workdir / "sshd_config"
        self.pid_file = workdir / "sshd.pid"
        self.log = workdir / "sshd.log"
        self._process: subprocess.Popen[bytes] | None = None
        #: Log in as whoever runs the tests (root in CI; sshd allows root by key only).
        self.user = pwd.getpwuid(os.getuid()).pw_name

    def start(self) -> None:
        """Write keys and config, check it with ``sshd -t``, start it, wait for a real login."""
        _keygen(self.host_key)
        _keygen(self.client_key)
        authorized = self.dir / "authorized_keys"
        authorized.write_bytes(self.client_key.with_suffix(".pub").read_bytes())
        self.port = _free_port()
        self.config.write_text(
            _CONFIG.format(
                port=self.port,
                host_key=self.host_key,
                pid_file=self.pid_file,
                authorized_keys=authorized,
            ),
            encoding="utf-8",
        )
        try:
            PRIVSEP_DIR.mkdir(mode=0o755, parents=True, exist_ok=True)
        except OSError as error:
            raise RuntimeError(f"sshd needs {PRIVSEP_DIR} (create it as root): {error}") from error
        checked = subprocess.run(
            [str(SSHD), "-t", "-f", str(self.config)], capture_output=True, text=True, timeout=30
        )
        if checked.returncode != 0:
            raise RuntimeError(f"sshd -t rejected the config: {checked.stderr.strip()}")
        with self.log.open("wb") as log:
            self._process = subprocess.Popen(
                [str(SSHD), "-f", str(self.config), "-D", "-e"],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            probe = subprocess.run(
                [*self.command("true", tty=False)], capture_output=True, text=True, timeout=30
            )
            if probe.returncode == 0:
                return
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(f"sshd exited at start: {self.log.read_text(errors='replace')}")
            if time.monotonic() >= deadline:
                raise RuntimeError(f"sshd never accepted a login: {probe.stderr.strip()}")
            time.sleep(0.05)

    def command(self, remote: str, *, tty: bool = True, port: int | None = None) -> list[str]:
        """The ssh client argv that runs ``remote`` (one shell command line) as ``self.user``.

        ``port`` connects elsewhere than sshd's own port (a delaying proxy in front of it).
        """
        return [
            "ssh",
            *(["-tt"] if tty else ["-T"]),
            "-F", "/dev/null",
            "-p", str(port or self.port),
            "-i", str(self.client_key),
            "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes",
            "-o", "LogLevel=ERROR",
            "-o", "IdentitiesOnly=yes",
            f"{self.user}@127.0.0.1",
            remote,
        ]  # fmt: skip

    def stop(self) -> None:
        """Stop the server by the PID in its own pid file, and reap it."""
        try:
            pid = int(self.pid_file.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            pid = None
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        if self._process is not None:
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                # Still only our own child, by its own PID.
                self._process.kill()
                self._process.wait(timeout=10)
