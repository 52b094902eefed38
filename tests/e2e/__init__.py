"""End-to-end tests: the installed program in real terminals (tmux) and over ssh."""
