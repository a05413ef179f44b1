"""The library work diary's kept months: a month's loans and visits at a branch, counted once
and kept in the branch database, so that a November diary adds up ten kept months instead of
walking the year loan by loan (the paper diary carries each month's totals forward too).

A kept month is true as long as nothing it was counted from changes. The triggers of
migration 0003 delete it when one does: a loan or visit of that month at that branch added,
changed or removed; any reader's birth date or group, any record's BBK index or language, or
any copy's record changed (those delete every kept month). A kept month also names the basis
it was counted on (the BBK map, the age bands and the counting's version here): counted on
another basis, it is counted again.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Mapping, Sequence

from branchdesk.domain.bbk import BbkMap
from branchdesk.domain.groups import AgeBands

# Raise when the diary counts loans or visits differently: every kept month is counted again.
COUNTING_VERSION = 1

Month = tuple[int, int]


def basis(bands: AgeBands, bbk: BbkMap) -> str:
    described = repr((COUNTING_VERSION, bands, bbk)).encode()
    return hashlib.sha256(described).hexdigest()[:32]


def _name(month: Month) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def read(
    conn: sqlite3.Connection, branch: str, months: Sequence[Month], on_basis: str
) -> dict[Month, Counter[str]]:
    if not months:
        return {}
    wanted = {_name(m): m for m in months}
    found = conn.execute(
        "SELECT month, figures FROM diary_month WHERE branch = ? AND basis = ? "
        "AND month BETWEEN ? AND ?",
        (branch, on_basis, min(wanted), max(wanted)),
    )
    return {wanted[m]: Counter(json.loads(f)) for m, f in found if m in wanted}


def keep(
    conn: sqlite3.Connection, branch: str, counted: Mapping[Month, Counter[str]], on_basis: str
) -> bool:
    """Keep the months counted, in `conn`'s transaction, which read what they were counted from.

    In WAL mode SQLite refuses to turn a transaction that has read into one that writes once
    another connection has committed since: the months may have been counted from rows that
    changed, with no kept month there yet for a trigger to delete. They are then not kept
    (the next diary counts them again); the figures just counted are still this transaction's
    true ones. A database opened read-only keeps nothing either."""
    if not counted:
        return True
    try:
        conn.executemany(
            "INSERT OR REPLACE INTO diary_month (branch, month, basis, figures) "
            "VALUES (?, ?, ?, ?)",
            [
                (branch, _name(month), on_basis, json.dumps(dict(figures), sort_keys=True))
                for month, figures in counted.items()
            ],
        )
    except sqlite3.OperationalError as exc:
        if _cannot_write(exc):
            return False
        raise
    return True


def _cannot_write(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_READONLY)
