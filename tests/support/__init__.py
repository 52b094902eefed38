"""Test helpers shared across test folders (importable because pytest's pythonpath has tests/)."""
