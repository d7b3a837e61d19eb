"""Run the command line (and with no sub-command the desktop app): ``python -m ontwikkeltafel``."""

from ontwikkeltafel.cli import main

raise SystemExit(main())
