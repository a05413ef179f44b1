"""Branches at the centre: adding one with its token, checking a token, the staff's view."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, func, select, update

from branchdesk.central import schema as t
from branchdesk.central.wire import now_utc
from branchdesk.domain.codes import is_branch_code
from branchdesk.errors import InvalidInput, WorldError

TOKEN_BYTES = 32


def _new_token() -> str:
    # Never one starting with "-": `--token -abc` would read as an option on a command line.
    while True:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        if not token.startswith("-"):
            return token


def token_hash(token: str) -> str:
    # Tokens are 256 random bits, so a plain SHA-256 is as good as a slow hash here.
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Caller:
    branch: str


def add_branch(engine: Engine, code: str, name_kk: str, name_ru: str | None = None) -> str:
    """Register a branch and return its token; only the token's hash is kept."""
    code = code.strip().upper()
    if not is_branch_code(code):
        raise InvalidInput("malformed_branch_code", field="branch", code=code[:10])
    name_kk = name_kk.strip()
    if not name_kk:
        raise InvalidInput("required", field="name")
    token = _new_token()
    with engine.begin() as conn:
        exists = conn.execute(select(t.branch_table.c.code).where(t.branch_table.c.code == code))
        if exists.first() is not None:
            raise WorldError("branch_exists", branch=code)
        conn.execute(
            t.branch_table.insert().values(
                code=code,
                name_kk=name_kk,
                name_ru=(name_ru or name_kk).strip(),
                token_hash=token_hash(token),
                active=True,
                created_at=now_utc(),
                waiting=0,
            )
        )
    return token


def new_token(engine: Engine, code: str) -> str:
    """Replace a branch's token (the old one stops working at once)."""
    token = _new_token()
    with engine.begin() as conn:
        done = conn.execute(
            update(t.branch_table)
            .where(t.branch_table.c.code == code.upper())
            .values(token_hash=token_hash(token), active=True)
        )
        if done.rowcount != 1:
            raise WorldError("unknown_branch", branch=code)
    return token


def revoke(engine: Engine, code: str) -> None:
    with engine.begin() as conn:
        done = conn.execute(
            update(t.branch_table).where(t.branch_table.c.code == code.upper()).values(active=False)
        )
        if done.rowcount != 1:
            raise WorldError("unknown_branch", branch=code)


def caller(engine: Engine, token: str) -> Caller | None:
    """The branch a bearer token belongs to, if it is valid and not revoked."""
    if not token or len(token) > 200:
        return None
    digest = token_hash(token)
    with engine.connect() as conn:
        row = conn.execute(
            select(
                t.branch_table.c.code, t.branch_table.c.token_hash, t.branch_table.c.active
            ).where(t.branch_table.c.token_hash == digest)
        ).first()
    if row is None or not row.active or not hmac.compare_digest(row.token_hash, digest):
        return None
    return Caller(branch=row.code)


def branch_views(engine: Engine) -> list[dict[str, object]]:
    open_conflicts = (
        select(func.count())
        .select_from(t.conflict)
        .where(t.conflict.c.state == "open", t.conflict.c.branches.contains(t.branch_table.c.code))
        .scalar_subquery()
    )
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                t.branch_table.c.code,
                t.branch_table.c.name_kk,
                t.branch_table.c.name_ru,
                t.branch_table.c.active,
                t.branch_table.c.last_push_at,
                t.branch_table.c.last_pull_at,
                t.branch_table.c.waiting,
                t.branch_table.c.clock_offset_ms,
                open_conflicts.label("open_conflicts"),
            ).order_by(t.branch_table.c.code)
        ).mappings()
        return [dict(r) for r in rows]
