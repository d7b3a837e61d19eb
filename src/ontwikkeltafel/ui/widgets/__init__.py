"""Widgets the pages and forms share: typed fields, delegates, movable lists and link lists."""
