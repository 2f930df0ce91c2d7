from kojin_desk.cli import main

raise SystemExit(main())
