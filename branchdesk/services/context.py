"""The branch a desk works for: its database, identity and rules, loaded once.

Services read the calendar, the loan policy and the groups from here instead of from the
database on every scan; a settings change reloads them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.bbk import DEFAULT_BBK_MAP, BbkMap
from branchdesk.domain.calendar import BranchCalendar, ClosedRange
from branchdesk.domain.groups import AgeBands
from branchdesk.domain.policy import LoanRule, PolicyMatrix
from branchdesk.errors import InvalidInput, WorldError
from branchdesk.store.db import Database, sql_connection
from branchdesk.store.schema import ClosedPeriodRow, LoanPolicyRow
from branchdesk.store.settings import Key, get_setting
from branchdesk.sync.journal import OpKind, append


@dataclass(frozen=True)
class BranchConfig:
    calendar: BranchCalendar = field(default_factory=BranchCalendar)
    policy: PolicyMatrix = field(default_factory=PolicyMatrix)
    age_bands: AgeBands = field(default_factory=AgeBands)
    bbk_map: BbkMap = DEFAULT_BBK_MAP
    card_validity_months: int = 12


def load_config(session: Session) -> BranchConfig:
    weekly = get_setting(session, Key.WEEKLY_DAYS_OFF, [6])
    closed = tuple(ClosedRange(r.start, r.end) for r in session.scalars(select(ClosedPeriodRow)))
    rules = {
        (r.reader_category, r.item_type): LoanRule(
            loan_days=r.loan_days,
            max_loans=r.max_loans,
            max_renewals=r.max_renewals,
            renewal_days=r.renewal_days,
        )
        for r in session.scalars(select(LoanPolicyRow))
    }
    bands = get_setting(session, Key.AGE_BANDS)
    bbk = get_setting(session, Key.BBK_MAP)
    return BranchConfig(
        calendar=BranchCalendar(weekly_days_off=frozenset(weekly), closed=closed),
        policy=PolicyMatrix(rules=rules),
        age_bands=AgeBands(**bands) if bands else AgeBands(),
        bbk_map=BbkMap.from_pairs(bbk) if bbk else DEFAULT_BBK_MAP,
        card_validity_months=get_setting(session, Key.CARD_VALIDITY_MONTHS, 12),
    )


@dataclass
class BranchContext:
    """Everything a use case needs besides its arguments. `clock` is injectable for tests."""

    db: Database
    branch: str
    device_id: str
    config: BranchConfig
    clock: Callable[[], datetime] = datetime.now

    @classmethod
    def load(cls, db: Database, clock: Callable[[], datetime] = datetime.now) -> BranchContext:
        with db.read() as session:
            branch = get_setting(session, Key.BRANCH)
            device_id = get_setting(session, Key.DEVICE_ID)
            if branch is None or device_id is None:
                raise WorldError("branch_not_initialised", path=str(db.path))
            config = load_config(session)
        return cls(db=db, branch=branch, device_id=device_id, config=config, clock=clock)

    def journal(
        self,
        conn: Session | sqlite3.Connection,
        kind: OpKind,
        payload: Mapping[str, Any],
        operator: str,
        now: datetime,
    ) -> str:
        """Append this branch's operation to the journal inside the caller's unit of work.

        Every operation names who did it; without a name the whole unit of work is refused.
        """
        if not operator.strip():
            raise InvalidInput("required", field="operator")
        if isinstance(conn, Session):
            conn = sql_connection(conn)
        return append(
            conn,
            device_id=self.device_id,
            branch=self.branch,
            operator=operator,
            kind=kind,
            payload=payload,
            created_local=now,
        )

    def now(self) -> datetime:
        # Whole milliseconds: what the journal and the wire carry, so values compare equal.
        now = self.clock()
        return now.replace(microsecond=now.microsecond // 1000 * 1000)

    def today(self) -> date:
        return self.clock().date()
