"""Making a database a branch: identity, default rules and the library's programmes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from uuid6 import uuid7

from branchdesk.domain.codes import is_branch_code
from branchdesk.domain.policy import ANY, DEFAULT_RULE
from branchdesk.domain.readers import check_name
from branchdesk.errors import InvalidInput, WorldError, raise_if_problem
from branchdesk.store.backup import copy_database, read_setting
from branchdesk.store.db import Database
from branchdesk.store.migrate import open_database
from branchdesk.store.schema import BranchRow, LoanPolicyRow, ProgrammeRow
from branchdesk.store.settings import Key, get_setting, put_setting

# The programmes and projects of the Stepnogorsk library system that events are held under.
SEED_PROGRAMMES = (
    "Туған жерім – тұнған шежіре",
    "Латиница – опора государственного языка",
    "Жан жылуы",
    "Болашаққа – кемел біліммен",
    "Мой родной город",
    "Ауылым – алтын бесігім",
    "Қазақстан қаламгерлерінің ұлы мұралары",
    "Кітапхана – болашақтың БІЛІМ, ІЗДЕНІС орталығы",
)


def init_branch(path: Path, code: str, name: str, name_ru: str | None = None) -> Database:
    """Create (or confirm) the branch in the database at `path`.

    Running it again for the same branch is harmless; a database of another branch is refused,
    because its card numbers and journal belong to that branch.
    """
    code = code.strip().upper()
    if not is_branch_code(code):
        raise InvalidInput("bad_branch_code", field="branch", code=code[:20])
    raise_if_problem(check_name(name, "name", required=True))
    db = open_database(path)
    with db.write() as session:
        existing = get_setting(session, Key.BRANCH)
        if existing is not None:
            if existing != code:
                raise WorldError("other_branch_database", found=existing, wanted=code)
            return db
        put_setting(session, Key.BRANCH, code)
        put_setting(session, Key.DEVICE_ID, str(uuid7()))
        put_setting(session, Key.CARD_SEQ, 0)
        session.add(
            BranchRow(
                code=code, name_kk=name.strip(), name_ru=(name_ru or name).strip(), address=""
            )
        )
        if not session.scalar(select(func.count()).select_from(LoanPolicyRow)):
            rule = DEFAULT_RULE
            session.add(
                LoanPolicyRow(
                    reader_category=ANY,
                    item_type=ANY,
                    loan_days=rule.loan_days,
                    max_loans=rule.max_loans,
                    max_renewals=rule.max_renewals,
                    renewal_days=rule.renewal_days,
                )
            )
        for programme in SEED_PROGRAMMES:
            session.add(ProgrammeRow(name=programme, active=True))
    return db


def restore_database(source: Path, target: Path) -> None:
    """Put a backup of this branch in place of its database.

    The backup's journal and counters are older than what this PC has already handed out, so
    the restored branch gets a new device identity (the centre must not take its new
    operations for repeats of old ones) and keeps the higher card counter (no card number is
    given out twice).
    """
    stored = read_setting(target, Key.CARD_SEQ)
    issued = stored if isinstance(stored, int) else 0
    copy_database(source, target)
    db = open_database(target)
    try:
        with db.write() as session:
            put_setting(session, Key.DEVICE_ID, str(uuid7()))
            put_setting(
                session, Key.CARD_SEQ, max(issued, int(get_setting(session, Key.CARD_SEQ, 0)))
            )
    finally:
        db.dispose()
