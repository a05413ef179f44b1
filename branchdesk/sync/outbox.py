"""Reading waiting operations for a push and recording the centre's answers (DESIGN §5).

The body of a push is assembled from the journal's stored JSON text, not parsed and written
again: at 10,000 waiting operations the client's own work must stay small beside the wire.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from branchdesk.sync.journal import OpState
from branchdesk.sync.protocol import PROTOCOL_VERSION, PushAnswer

# Every waiting operation in device order (also what a journal file carries).
PENDING_ALL = (
    "SELECT device_seq, op_id, device_id, operator, kind, payload, created_local, schema_version "
    "FROM journal WHERE state = 'pending' ORDER BY device_seq"
)
_PENDING = PENDING_ALL + " LIMIT ?"


@dataclass(frozen=True)
class Batch:
    device: str
    op_ids: tuple[str, ...]
    body: bytes  # gzip-compressed JSON
    raw_size: int


def pending_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM journal WHERE state = 'pending'").fetchone()[0])


def next_batch(
    conn: sqlite3.Connection,
    branch: str,
    limit: int,
    waiting: int,
    sent_at: datetime,
    after: Batch | None = None,
) -> Batch | None:
    """The next waiting operations of one device, in device order, as a push body; `after`:
    the batch that would come once the operations of `after` (on the wire now) are answered."""
    skip = set(after.op_ids) if after is not None else set()
    rows = [r for r in conn.execute(_PENDING, (limit + len(skip),)) if r[1] not in skip]
    if not rows:
        return None
    rows = rows[:limit]
    device = rows[0][2]
    parts: list[str] = []
    ids: list[str] = []
    for row in rows:
        if row[2] != device:
            break  # one device per request; the next request takes the other device's
        ids.append(row[1])
        parts.append(op_text(row))
    text = push_text(conn, branch, device, sent_at, max(waiting - len(ids), 0), parts).encode()
    return Batch(device, tuple(ids), gzip.compress(text, compresslevel=6), len(text))


def op_text(row: sqlite3.Row | tuple[object, ...]) -> str:
    """One journal row (as _PENDING selects it) as the push's JSON for an operation."""
    seq, op_id, _device, operator, kind, payload, created, version = row
    by = json.dumps(operator, ensure_ascii=False)
    return (
        f'{{"id":"{op_id}","seq":{seq},"kind":"{kind}","by":{by},'
        f'"at":"{created}","v":{version},"p":{payload}}}'
    )


def push_text(
    conn: sqlite3.Connection,
    branch: str,
    device: str,
    sent_at: datetime,
    waiting: int,
    ops: list[str],
) -> str:
    """A push request's JSON text around operations already written by op_text."""
    first = conn.execute(
        "SELECT min(device_seq) FROM journal WHERE device_id = ?", (device,)
    ).fetchone()[0]
    head = json.dumps(
        {
            "protocol": PROTOCOL_VERSION,
            "branch": branch,
            "device": device,
            "sent_at": sent_at.astimezone().isoformat(timespec="milliseconds"),
            "waiting": waiting,
            "first_seq": first,
        }
    )
    return f'{head[:-1]},"ops":[{",".join(ops)}]}}'


def record_answer(conn: sqlite3.Connection, batch: Batch, answer: PushAnswer) -> dict[str, int]:
    """Set each answered operation's state; count them by state. Operations after a stop
    stay pending and only their attempt count and last error change."""
    counts: dict[str, int] = {}
    answered = set()
    rows = []
    for result in answer.results:
        state = OpState(result.state.value)
        if result.state.value == "duplicate":
            # Already processed earlier (our answer got lost): keep what it was then.
            was = (result.detail or {}).get("was")
            state = OpState(was) if was in {s.value for s in OpState} else OpState.APPLIED
            counts["duplicate"] = counts.get("duplicate", 0) + 1
        counts[state.value] = counts.get(state.value, 0) + 1
        answered.add(result.id)
        message = None if result.detail is None else json.dumps(result.detail, ensure_ascii=False)
        rows.append((state.value, result.code, message, result.id))
    conn.executemany(
        "UPDATE journal SET state = ?, result_code = ?, result_message = ?, "
        "attempts = attempts + 1, last_error = NULL WHERE op_id = ? AND state = 'pending'",
        rows,
    )
    if answer.stopped is not None:
        conn.execute(
            "UPDATE journal SET attempts = attempts + 1, last_error = ? WHERE op_id = ?",
            (answer.stopped.reason, answer.stopped.id),
        )
        if answer.stopped.reason == "gap" and answer.stopped.expected_seq is not None:
            # The centre lost operations it had acknowledged (restored from a backup): send
            # them again; the ones it still has will be answered as duplicates.
            conn.execute(
                "UPDATE journal SET state = 'pending' WHERE device_id = ? AND device_seq >= ?",
                (batch.device, answer.stopped.expected_seq),
            )
    return counts
