"""The bundle's entry point: the same `branchdesk` command as the installed package."""

import sys

from branchdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
