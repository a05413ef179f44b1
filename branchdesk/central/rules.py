"""What the centre decides for its branches: loan rules, calendar and staff accounts.

They reach the branches by pull like everything else: a rules document per audience ("*"
for every branch, or one branch's own, which wins over the common one) and one feed row
per staff account, to its branch.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, select
from uuid6 import uuid7

from branchdesk.central import schema as t
from branchdesk.central.feed import EVERYONE, write_changes
from branchdesk.central.wire import now_utc, wire_row
from branchdesk.domain.codes import is_branch_code
from branchdesk.domain.model import StaffRole
from branchdesk.domain.policy import LoanRule
from branchdesk.errors import InvalidInput, WorldError
from branchdesk.services.settings import CLOSED_PERIOD_MAX_DAYS, check_policy
from branchdesk.services.staff import PASSWORD_MIN, hash_password


def _branch_known(conn: Connection, code: str) -> None:
    found = conn.execute(select(t.branch_table.c.code).where(t.branch_table.c.code == code))
    if found.first() is None:
        raise WorldError("unknown_branch", branch=code)


def _policy(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = doc.get("policy")
    if not isinstance(rows, list) or not rows:
        raise InvalidInput("required", field="policy")
    checked = []
    for row in rows:
        try:
            rule = LoanRule(
                int(row["loan_days"]),
                int(row["max_loans"]),
                int(row["max_renewals"]),
                int(row["renewal_days"]),
            )
            checked.append(
                (str(row.get("reader_category", "*")), str(row.get("item_type", "*")), rule)
            )
        except (KeyError, TypeError, ValueError):
            raise InvalidInput("bad_rules_file", field="policy") from None
    check_policy(checked)
    return [
        {
            "reader_category": category,
            "item_type": item_type,
            "loan_days": rule.loan_days,
            "max_loans": rule.max_loans,
            "max_renewals": rule.max_renewals,
            "renewal_days": rule.renewal_days,
        }
        for category, item_type, rule in checked
    ]


def _calendar(doc: Mapping[str, Any]) -> tuple[list[int], list[dict[str, str]]]:
    days = doc.get("weekly_days_off", [6])
    if not isinstance(days, list) or not all(isinstance(d, int) and 0 <= d <= 6 for d in days):
        raise InvalidInput("bad_rules_file", field="weekly_days_off")
    if len(set(days)) == 7:
        raise InvalidInput("no_open_weekday", field="days_off")
    closed = []
    for period in doc.get("closed", []):
        try:
            start = date.fromisoformat(period["start"])
            end = date.fromisoformat(period["end"])
            note = str(period.get("note", ""))[:200]
        except (KeyError, TypeError, ValueError):
            raise InvalidInput("bad_rules_file", field="closed") from None
        if end < start:
            raise InvalidInput("ends_before_start", field="until")
        if end - start >= timedelta(days=CLOSED_PERIOD_MAX_DAYS):
            raise InvalidInput("closed_too_long", field="until", max=CLOSED_PERIOD_MAX_DAYS)
        closed.append({"start": start.isoformat(), "end": end.isoformat(), "note": note})
    return sorted(set(days)), closed


def set_rules(engine: Engine, doc: Mapping[str, Any], branch: str | None = None) -> None:
    """Replace the rules of every branch (branch None) or of one branch."""
    audience = EVERYONE if branch is None else branch.upper()
    policy = _policy(doc)
    days, closed = _calendar(doc)
    with engine.begin() as conn:
        if branch is not None:
            _branch_known(conn, audience)
        conn.execute(t.rules.delete().where(t.rules.c.audience == audience))
        conn.execute(
            t.rules.insert().values(
                audience=audience,
                policy=json.dumps(policy),
                weekly_days_off=json.dumps(days),
                closed=json.dumps(closed),
                updated_at=now_utc(),
            )
        )
        data = {"audience": audience, "policy": policy, "weekly_days_off": days, "closed": closed}
        write_changes(conn, [_change(audience, "rules", audience, data)])


def add_staff(
    engine: Engine, branch: str, login: str, full_name: str, role: str, password: str
) -> None:
    """An account for a branch's desk, or a new password and name for an existing one."""
    branch = branch.strip().upper()
    login = login.strip()
    if not is_branch_code(branch):
        raise InvalidInput("malformed_branch_code", field="branch", code=branch[:10])
    if not login or len(login) > 64:
        raise InvalidInput("required", field="login")
    if not full_name.strip():
        raise InvalidInput("required", field="full_name")
    if role not in {r.value for r in StaffRole}:
        raise InvalidInput("bad_role", field="role", role=role[:20])
    if len(password) < PASSWORD_MIN:
        raise InvalidInput("password_too_short", field="password", min=PASSWORD_MIN)
    with engine.begin() as conn:
        _branch_known(conn, branch)
        found = conn.execute(
            select(t.staff.c.uuid).where(t.staff.c.branch == branch, t.staff.c.login == login)
        ).scalar()
        uuid = found or str(uuid7())
        row = {
            "uuid": uuid,
            "branch": branch,
            "login": login,
            "full_name": full_name.strip(),
            "role": role,
            "password_hash": hash_password(password),
            "active": True,
            "updated_at": now_utc(),
        }
        if found:
            conn.execute(t.staff.update().where(t.staff.c.uuid == found).values(**row))
        else:
            conn.execute(t.staff.insert().values(**row))
        write_changes(conn, [_change(branch, "staff", uuid, wire_row(row))])


def _change(audience: str, entity: str, uuid: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "audience": audience,
        "entity": entity,
        "uuid": uuid,
        "deleted": False,
        "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        "origin_op": None,
    }
