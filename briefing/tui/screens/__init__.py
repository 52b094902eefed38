"""Screens: the main three-pane screen, the cross-reference view and the help."""
