"""Tests of ontwikkeltafel.services."""
