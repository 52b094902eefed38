"""The panes of the main screen; each renders what the screen binds down and posts intents up."""
