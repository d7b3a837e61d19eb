"""Tests of ontwikkeltafel.model."""
