"""Tests of ontwikkeltafel.exchange."""
