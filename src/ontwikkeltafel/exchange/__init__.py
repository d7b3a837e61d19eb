"""The JSON exchange format v1 (spec/exchange-v1.md): validation, import and export; no Qt."""

FORMAT_NAME = "ontwikkeltafel-exchange"
FORMAT_VERSION = 1
