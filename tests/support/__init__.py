"""Helpers shared by the sync tests and the benchmarks (importable as `support`)."""
