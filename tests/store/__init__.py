"""Tests of ontwikkeltafel.store."""
