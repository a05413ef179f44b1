"""The journal (transactional outbox, DESIGN §5).

Every service that changes shared state calls `append` inside its own unit of work, so the
change and its operation commit together or not at all. Nothing here sends anything: the sync
worker reads pending rows in `device_seq` order. `device_seq` is the table's integer primary
key: SQLite hands out max+1 inside the writing transaction, and rows are never deleted, so the
sequence has no gaps and no repeats.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from uuid6 import uuid7

# Version of the operation payloads; the central server refuses ops it does not understand.
OP_SCHEMA_VERSION = 1


class OpKind(StrEnum):
    REGISTER_READER = "register_reader"
    UPDATE_READER = "update_reader"
    REREGISTER_READER = "reregister_reader"
    BLOCK_READER = "block_reader"
    UNBLOCK_READER = "unblock_reader"
    LEND = "lend"
    RETURN = "return"
    RENEW = "renew"
    OVERRIDE = "override"
    RECORD_VISIT = "record_visit"
    IN_HOUSE_USE = "in_house_use"
    RECORD_EVENT = "record_event"
    RECORD_ENQUIRY = "record_enquiry"
    RECORD_REFUSAL = "record_refusal"
    ADD_RECORD = "add_record"
    ADD_ITEM = "add_item"
    # A newer export of a record already in the catalogue: the fields that changed.
    UPDATE_RECORD = "update_record"
    CHANGE_ITEM_STATUS = "change_item_status"
    RESOLVE_CONFLICT = "resolve_conflict"


class OpState(StrEnum):
    PENDING = "pending"
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"


_INSERT = (
    "INSERT INTO journal (op_id, device_id, branch, operator, kind, payload, created_local, "
    "schema_version, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0)"
)


def _encode(value: object) -> str:
    """Dates as ISO dates; moments with their UTC offset, so the centre can order them and
    correct them by the PC's measured clock offset. Anything else is a bug, not a string."""
    if isinstance(value, datetime):
        return value.astimezone().isoformat(timespec="milliseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot journal {type(value).__name__}")


def append(
    conn: sqlite3.Connection,
    *,
    device_id: str,
    branch: str,
    operator: str,
    kind: OpKind,
    payload: Mapping[str, Any],
    created_local: datetime,
) -> str:
    """Add one pending operation inside the caller's transaction and return its op_id."""
    op_id = str(uuid7())
    conn.execute(
        _INSERT,
        (
            op_id,
            device_id,
            branch,
            operator,
            kind.value,
            json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_encode),
            created_local.astimezone().isoformat(timespec="milliseconds"),
            OP_SCHEMA_VERSION,
        ),
    )
    return op_id
