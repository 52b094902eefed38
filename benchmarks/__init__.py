"""Benchmarks for briefing: corpus generator, same-run baselines and the harness (run.py)."""
