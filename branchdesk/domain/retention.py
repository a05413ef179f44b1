"""Which backups to keep: the newest N of each kind (14 daily, 12 monthly by default).

Backups are named by the day or month they hold, so the name orders them; anything else in
the folder (a file a person put there) is never chosen for deletion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DAILY_KEEP = 14
MONTHLY_KEEP = 12
_DAILY = re.compile(r"^[A-Z]{2,5}-\d{4}-\d{2}-\d{2}\.sqlite$")
_MONTHLY = re.compile(r"^[A-Z]{2,5}-\d{4}-\d{2}\.sqlite$")


def daily_name(branch: str, year: int, month: int, day: int) -> str:
    return f"{branch}-{year:04d}-{month:02d}-{day:02d}.sqlite"


def monthly_name(branch: str, year: int, month: int) -> str:
    return f"{branch}-{year:04d}-{month:02d}.sqlite"


def surplus(names: Iterable[str], *, monthly: bool, keep: int) -> list[str]:
    """The backups of this kind beyond the newest `keep`, oldest first."""
    pattern = _MONTHLY if monthly else _DAILY
    ours = sorted((n for n in names if pattern.match(n)), key=lambda n: n.split("-", 1)[1])
    return ours[: max(len(ours) - keep, 0)]
