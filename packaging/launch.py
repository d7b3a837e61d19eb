"""The bundle's program: the command line of spec/cli.md, with no sub-command the window."""

from ontwikkeltafel.cli import main

raise SystemExit(main())
