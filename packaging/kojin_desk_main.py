"""Entry script of the frozen build (packaging/kojin_desk.spec): the same `main` as the kojin-desk command."""

from kojin_desk.cli import main

raise SystemExit(main())
