"""Tests of ontwikkeltafel.ui."""
