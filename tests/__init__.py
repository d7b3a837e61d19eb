"""The test suite; mirrors src/ontwikkeltafel."""
