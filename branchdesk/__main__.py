from branchdesk.cli import main

raise SystemExit(main())
