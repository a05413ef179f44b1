"""Run as a subprocess by test_durability: lends in a loop and reports each confirmed lend.

A line on stdout means "the screen confirmed it": the service returned after its commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from branchdesk.services import circulation
from branchdesk.services.context import BranchContext
from branchdesk.store.migrate import open_database


def main() -> None:
    path, card, first, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    ctx = BranchContext.load(open_database(path))
    print("ready", flush=True)
    for barcode in range(first, first + count):
        result = circulation.lend(ctx, card, str(barcode), "loop")
        if result.done:
            print(f"lent {barcode}", flush=True)


if __name__ == "__main__":
    main()
