"""Conflicts as the centre's staff and the branches read them."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, select

from branchdesk.central import schema as t


def conflict_views(
    engine: Engine, *, branch: str | None = None, state: str | None = None
) -> list[dict[str, Any]]:
    query = select(t.conflict).order_by(t.conflict.c.created_at.desc(), t.conflict.c.uuid)
    if state is not None:
        query = query.where(t.conflict.c.state == state)
    if branch is not None:
        query = query.where(t.conflict.c.branches.contains(branch))
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    found = []
    for row in rows:
        branches = row["branches"].split()
        if branch is not None and branch not in branches:
            continue
        found.append(
            {
                "uuid": row["uuid"],
                "kind": row["kind"],
                "state": row["state"],
                "branches": branches,
                "item": row["item_uuid"],
                "reader": row["reader_uuid"],
                "loans": json.loads(row["loans"]),
                "detail": json.loads(row["detail"]),
                "created_at": row["created_at"],
                "resolved_at": row["resolved_at"],
                "resolved_by": row["resolved_by"],
                "resolution": row["resolution"],
            }
        )
    return found
