"""Ontwikkeltafel: agendas, minutes, decisions and actions of Dutch development tables."""

__version__ = "0.1.0"
