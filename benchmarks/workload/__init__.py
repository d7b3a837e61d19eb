"""Seeded builder of the synthetic workload "municipality, ten years" (exchange format v1)."""
