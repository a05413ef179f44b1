"""Sync as the desk and the command line use it: join a central library, run a round, see
where things stand, resolve a conflict (DESIGN §5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from branchdesk.errors import InvalidInput, NotFound, WorldError
from branchdesk.services.context import BranchContext
from branchdesk.services.results import Changes
from branchdesk.services.setup import init_branch
from branchdesk.services.token_store import load_token, save_token
from branchdesk.store.db import Database
from branchdesk.store.queries import last_sync
from branchdesk.store.schema import ConflictRow, JournalRow
from branchdesk.store.settings import Key, get_setting, put_setting
from branchdesk.sync.errors import SyncError
from branchdesk.sync.journal import OpKind
from branchdesk.sync.summary import CLOCK_WARNING_MS, Progress, Summary

if TYPE_CHECKING:
    from branchdesk.sync.client import CentralClient

RESOLUTIONS = ("close_loan", "keep_both", "dismiss")
_CONFLICT_CHANGES = Changes(conflicts=True, journal=True)


@dataclass(frozen=True)
class SyncStatus:
    joined: bool  # a central library is set up
    url: str | None
    pending: int
    last_sync: datetime | None
    conflicts: int
    clock_offset_ms: int | None
    stopped: str | None  # "token" or "upgrade": the worker waits for a person

    @property
    def clock_wrong(self) -> bool:
        return self.clock_offset_ms is not None and abs(self.clock_offset_ms) > CLOCK_WARNING_MS


def sync_status(db: Database) -> SyncStatus:
    with db.read() as session:
        url = get_setting(session, Key.CENTRAL_URL)
        pending = session.scalar(
            select(func.count()).select_from(JournalRow).where(JournalRow.state == "pending")
        )
        conflicts = session.scalar(
            select(func.count()).select_from(ConflictRow).where(ConflictRow.state == "open")
        )
        return SyncStatus(
            joined=bool(url),
            url=url,
            pending=int(pending or 0),
            last_sync=last_sync(session),
            conflicts=int(conflicts or 0),
            clock_offset_ms=get_setting(session, Key.CLOCK_OFFSET_MS),
            stopped=get_setting(session, Key.SYNC_STOPPED),
        )


def check_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or len(url) > 300 or " " in url:
        raise InvalidInput("bad_central_url", field="central", url=url[:80])
    return url


def set_central(db: Database, url: str, token: str) -> None:
    """Remember the central library's address and this branch's token."""
    url = check_url(url)
    token = token.strip()
    if not token or len(token) > 200:
        raise InvalidInput("required", field="token")
    with db.write() as session:
        put_setting(session, Key.CENTRAL_URL, url)
        save_token(session, str(get_setting(session, Key.BRANCH)), url, token)
        put_setting(session, Key.SYNC_STOPPED, None)


def check_central(url: str, token: str, branch: str | None = None) -> None:
    """Ask the central library whether it answers, speaks our protocol and knows this token
    (as `branch`'s, when given), changing nothing anywhere. Takes network time: off the GUI
    thread."""
    from branchdesk.sync.client import CentralClient  # httpx and pydantic: not at start-up
    from branchdesk.sync.protocol import PROTOCOL_VERSION

    url = check_url(url)
    with CentralClient(url, token.strip()) as client:
        if client.health().min_protocol > PROTOCOL_VERSION:
            raise SyncError("upgrade", url=url)
        # A pull after every change there is checks the token and reads nothing.
        owner = client.pull(2**62, 1).get("branch")
    if branch is not None and owner is not None and owner != branch.strip().upper():
        raise WorldError("token_of_other_branch", branch=str(owner), wanted=branch.upper())


def client_for(db: Database) -> CentralClient:
    from branchdesk.sync.client import CentralClient

    with db.read() as session:
        url = get_setting(session, Key.CENTRAL_URL)
        token = load_token(session, str(get_setting(session, Key.BRANCH)), url) if url else None
    if not url:
        raise WorldError("not_joined")
    if not token:
        # The credential store lost it (another Windows account, a reset profile): the
        # worker stops and the desk asks for the token again, as for a refused one.
        raise SyncError("token", url=url)
    return CentralClient(url, token)


def run_sync(db: Database, progress: Progress | None = None) -> Summary:
    """One round: push, then pull. A refused token or an outdated protocol is remembered so
    the worker stops until a person acts; other failures are for the next try."""
    from branchdesk.sync.round import sync_round

    with client_for(db) as client:
        try:
            if progress is None:
                return sync_round(db, client)
            return sync_round(db, client, progress=progress)
        except SyncError as exc:
            if exc.kind in ("token", "upgrade"):
                with db.write() as session:
                    put_setting(session, Key.SYNC_STOPPED, exc.kind)
            raise


def join_central(
    path: Path,
    code: str,
    name: str,
    url: str,
    token: str,
    progress: Progress | None = None,
) -> tuple[Database, Summary]:
    """Set up this PC as a branch of a central library: check the address and the token
    first (nothing is written if they are wrong), then the first pull."""
    url = check_url(url)
    check_central(url, token, code)  # before this PC's database is touched
    fresh = not path.exists() or path.stat().st_size == 0
    db = init_branch(path, code, name)
    try:
        set_central(db, url, token)
        return db, run_sync(db, progress)
    except BaseException:
        db.dispose()
        if fresh:
            # A first pull cut short leaves no half-made branch behind: joining again starts
            # clean (the centre has everything; nothing was done here yet).
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise


def resolve_conflict(
    ctx: BranchContext,
    conflict_uuid: str,
    action: str,
    operator: str,
    *,
    loan: str | None = None,
    note: str = "",
) -> Changes:
    """A person's decision on a conflict, journaled for the centre, which decides it for
    every branch concerned; the decided conflict (and a loan it closed) comes back by pull.
    Until then the inbox shows it as on its way."""
    if action not in RESOLUTIONS:
        raise InvalidInput("bad_resolution", field="action", action=action[:20])
    if action == "close_loan" and not loan:
        raise InvalidInput("required", field="loan")
    if len(note) > 500:
        raise InvalidInput("too_long", field="note", max=500)
    now = ctx.now()
    with ctx.db.write() as session:
        row = session.scalars(select(ConflictRow).where(ConflictRow.uuid == conflict_uuid)).first()
        if row is None:
            raise NotFound("unknown_conflict", conflict=conflict_uuid[:36])
        if row.state != "open" or row.resolving:
            raise InvalidInput("conflict_closed", field="conflict")
        payload: dict[str, object] = {"conflict": row.uuid, "action": action, "note": note}
        if action == "close_loan":
            payload["loan"] = loan
        row.resolving = True
        ctx.journal(session, OpKind.RESOLVE_CONFLICT, payload, operator, now)
    return _CONFLICT_CHANGES
