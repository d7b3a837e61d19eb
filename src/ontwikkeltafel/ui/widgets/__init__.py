"""Widgets the pages and forms share: typed fields, text fields, link lists, delegates, lists."""
