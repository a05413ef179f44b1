"""A branch with no connection: its waiting operations to a file, the centre's answers back.

The export changes nothing in the journal: the operations stay pending until an answer
says what the centre did with them, from the answer file or from the next sync (the centre
then answers `duplicate` with the state they got, so they are marked either way, once).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from branchdesk.errors import WorldError
from branchdesk.store.db import Database
from branchdesk.store.settings import Key, read_value
from branchdesk.sync.carried import FILE_VERSION, JOURNAL_FORMAT, AnswersFile, read_carried
from branchdesk.sync.outbox import PENDING_ALL, Batch, op_text, pending_count, push_text
from branchdesk.sync.protocol import PUSH_BATCH


@dataclass(frozen=True)
class Exported:
    path: Path
    operations: int
    pushes: int


def export_journal(db: Database, path: Path, now: datetime | None = None) -> Exported:
    """Write every waiting operation to `path` as push requests of at most PUSH_BATCH
    operations of one device each (the shape the centre applies)."""
    sent_at = now or datetime.now(UTC)
    pushes: list[str] = []
    count = 0
    with db.write_sql() as conn:
        branch = str(read_value(conn, Key.BRANCH))
        offset = read_value(conn, Key.CLOCK_OFFSET_MS)
        waiting = pending_count(conn)
        rows = conn.execute(PENDING_ALL).fetchall()
        start = 0
        while start < len(rows):
            device = rows[start][2]
            end = start
            while end < len(rows) and end - start < PUSH_BATCH and rows[end][2] == device:
                end += 1
            ops = [op_text(row) for row in rows[start:end]]
            count += len(ops)
            pushes.append(push_text(conn, branch, device, sent_at, waiting - count, ops))
            start = end
    head = json.dumps(
        {
            "format": JOURNAL_FORMAT,
            "version": FILE_VERSION,
            "branch": branch,
            "exported_at": sent_at.astimezone().isoformat(timespec="milliseconds"),
            "clock_offset_ms": offset if isinstance(offset, int) else None,
        },
        ensure_ascii=False,
    )
    write_file(path, f'{head[:-1]},"pushes":[{",".join(pushes)}]}}\n')
    return Exported(path, count, len(pushes))


def write_file(path: Path, text: str) -> None:
    """Whole or not at all: a stick pulled out mid-write leaves the old file (or none)."""
    if path.is_dir():
        raise WorldError("file_error", path=str(path), reason="a folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)


def read_answers(path: Path) -> AnswersFile:
    return read_carried(path, AnswersFile, "not_an_answers_file")


def import_answers(db: Database, path: Path) -> dict[str, int]:
    """Mark the journal from the centre's answer file, as a push's answers would; counted by
    state. Operations already marked (by a sync, or this file read before) stay as they are."""
    from branchdesk.sync.outbox import record_answer

    answers = read_answers(path)
    counts: dict[str, int] = {}
    with db.write_sql() as conn:
        branch = str(read_value(conn, Key.BRANCH))
        if answers.branch.upper() != branch:
            raise WorldError(
                "other_branch_answers", path=str(path), found=answers.branch, wanted=branch
            )
        for carried in answers.answers:
            ids = tuple(result.id for result in carried.answer.results)
            batch = Batch(carried.device, ids, b"", 0)
            for state, n in record_answer(conn, batch, carried.answer).items():
                counts[state] = counts.get(state, 0) + n
    return counts
