"""One sync round: push every waiting operation, then pull every change (DESIGN §5).

No database transaction is held while a request is on the wire: a batch is read, sent, and
its answers recorded in a transaction of their own; a pulled page is applied and the cursor
moved in one transaction. A round stopped anywhere (network gone, PC switched off) loses
nothing: the next one starts where this one's last commit left off.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from branchdesk.store.db import Database
from branchdesk.store.settings import Key, read_value, write_value
from branchdesk.sync.client import CentralClient
from branchdesk.sync.errors import SyncError
from branchdesk.sync.inbox import apply_changes
from branchdesk.sync.outbox import Batch, next_batch, pending_count, record_answer
from branchdesk.sync.protocol import PULL_PAGE, PUSH_BATCH, PushAnswer
from branchdesk.sync.summary import Progress, Summary

_MAX_GAPS = 3


def _add(counts: dict[str, int], more: dict[str, int]) -> None:
    for key, value in more.items():
        counts[key] = counts.get(key, 0) + value


def _noop(_stage: str, _done: int, _total: int | None) -> None:
    pass


def sync_round(
    db: Database,
    client: CentralClient,
    *,
    progress: Progress = _noop,
    push_batch: int = PUSH_BATCH,
    pull_page: int = PULL_PAGE,
) -> Summary:
    started = time.perf_counter()
    summary = Summary()
    with db.write_sql() as conn:
        branch = str(read_value(conn, Key.BRANCH))
    with db.checkpoint_after():
        _push(db, client, branch, summary, progress, push_batch)
        _pull(db, client, summary, progress, pull_page)
    with db.write_sql() as conn:
        write_value(conn, Key.LAST_SYNC, datetime.now(UTC).isoformat(timespec="seconds"))
        write_value(conn, Key.SYNC_STOPPED, None)
        summary.pending = pending_count(conn)
    summary.seconds = time.perf_counter() - started
    return summary


def _offset_ms(server_time: datetime, sent: datetime, received: datetime) -> int:
    middle = sent + (received - sent) / 2
    server = server_time if server_time.tzinfo else server_time.replace(tzinfo=UTC)
    return int((server - middle).total_seconds() * 1000)


def _push(
    db: Database,
    client: CentralClient,
    branch: str,
    summary: Summary,
    progress: Progress,
    limit: int,
) -> None:
    """Batches go one after another on one connection; while the centre works on one, the
    next is read from the journal, and the answer to one is recorded while the next is on
    the wire (the centre is the slow side: the PC's share should not add to it)."""
    with db.write_sql() as conn:
        total = pending_count(conn)
    done = 0
    gaps = 0
    progress("push", 0, total)
    with db.write_sql() as conn:
        batch = next_batch(conn, branch, limit, total, datetime.now(UTC))
    if batch is None:
        return
    with ThreadPoolExecutor(1, thread_name_prefix="push") as wire:
        sending = wire.submit(_send, client, batch)
        while batch is not None:
            with db.write_sql() as conn:
                coming = next_batch(
                    conn, branch, limit, pending_count(conn), datetime.now(UTC), after=batch
                )
            answer, offset = sending.result()
            if answer.stopped is None and coming is not None:
                sending = wire.submit(_send, client, coming)
            summary.requests += 1
            summary.bytes_sent += len(batch.body)
            summary.clock_offset_ms = offset
            with db.write_sql() as conn:
                _add(summary.pushed, record_answer(conn, batch, answer))
                write_value(conn, Key.CLOCK_OFFSET_MS, offset)
            done += len(answer.results)
            progress("push", done, total)
            if answer.stopped is not None:  # a gap: record_answer reopened the missing ones
                gaps += 1
                if gaps > _MAX_GAPS:
                    raise SyncError("server", url=client.url, status=409)
                with db.write_sql() as conn:
                    coming = next_batch(conn, branch, limit, pending_count(conn), datetime.now(UTC))
                if coming is not None:
                    sending = wire.submit(_send, client, coming)
            batch = coming


def _send(client: CentralClient, batch: Batch) -> tuple[PushAnswer, int]:
    """One push, and the PC's clock offset measured from it."""
    sent = datetime.now(UTC)
    answer = client.push(batch.body)
    return answer, _offset_ms(answer.server_time, sent, datetime.now(UTC))


def _pull(
    db: Database, client: CentralClient, summary: Summary, progress: Progress, limit: int
) -> None:
    with db.write_sql() as conn:
        cursor = int(str(read_value(conn, Key.PULL_CURSOR, 0) or 0))
        check = read_value(conn, Key.PULL_CHECK)
    done = 0
    total: int | None = None
    resets = 0
    while True:
        sent = datetime.now(UTC)
        answer = client.pull(cursor, limit, check if cursor else None)
        received = datetime.now(UTC)
        summary.requests += 1
        if summary.clock_offset_ms is None and "server_time" in answer:
            # A round with nothing to push still measures the PC's clock.
            server = datetime.fromisoformat(answer["server_time"])
            summary.clock_offset_ms = _offset_ms(server, sent, received)
        if answer.get("reset"):
            # The centre does not know our cursor (its feed was compacted or restored): pull
            # everything again; applying a state twice changes nothing.
            resets += 1
            if resets > 1:
                raise SyncError("server", url=client.url, status=409)
            summary.reset = True
            cursor, check = 0, None
            continue
        if answer.get("total") is not None:
            total = done + int(answer["total"])
        changes = answer["changes"]
        with db.write_sql() as conn:
            applied = apply_changes(conn, changes)
            cursor = int(answer["cursor"])
            if changes:
                check = f"{changes[-1]['entity']}:{changes[-1]['uuid']}"
            write_value(conn, Key.PULL_CURSOR, cursor)
            write_value(conn, Key.PULL_CHECK, check)
            write_value(conn, Key.CLOCK_OFFSET_MS, summary.clock_offset_ms)
        _add(summary.pulled, applied.counts)
        summary.skipped.extend(applied.skipped)
        done += len(changes)
        progress("pull", done, total)
        if not answer.get("more"):
            return
