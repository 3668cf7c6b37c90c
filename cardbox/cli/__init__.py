"""The command line over cardbox's core."""
