"""End-to-end tests: the installed ``briefing`` in real terminals (tmux) and over ssh.

Run them with ``pytest -m e2e`` (they are part of the default run too). They need ``tmux``,
``ssh``, ``ssh-keygen`` and ``/usr/sbin/sshd`` (Debian: ``apt-get install tmux openssh-client
openssh-server``) and ``/run/sshd`` (created by the fixture when run as root). Without them the
tests skip, unless ``BRIEFING_E2E_REQUIRED=1`` (CI) turns the skip into a failure.

* ``support.terminal`` — the tmux driver (private server, keys, screen polling, raw pty runs);
* ``sshd`` — a private sshd on 127.0.0.1; ``launch`` — clean-environment launches, locally or
  through ``ssh -tt``, with the program's PID recorded;
* ``app_texts`` — the app's visible texts that prove each state; ``flows`` — the journeys;
* ``hostile`` — an article made of terminal escape sequences and markup;
* ``tiny_app`` — a ten-line Textual app the harness tests itself on.
"""
