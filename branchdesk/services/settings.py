"""The branch admin's settings: language, branch names, loan rules, calendar, staff, idle lock.

These are local branch configuration, not circulation: they are written straight to the
branch database and are not journaled or sent to the central library (the centre keeps its
own rules; a branch may close for repairs without asking it). Each change is one unit of
work. `BranchContext.config` is loaded once, so whoever calls a change that touches the
rules reloads it (`load_config`) for the desk to use them at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from branchdesk.domain.groups import SocialGroup
from branchdesk.domain.model import Branch, ItemType, Staff, StaffRole
from branchdesk.domain.policy import ANY, LoanRule
from branchdesk.domain.readers import check_text
from branchdesk.errors import InvalidInput, raise_if_problem
from branchdesk.i18n import KAZAKH_LATIN, LANGUAGES
from branchdesk.services.checks import required_text
from branchdesk.services.context import BranchContext
from branchdesk.services.results import Changes
from branchdesk.services.staff import PASSWORD_MIN, hash_password
from branchdesk.store.db import Database
from branchdesk.store.schema import BranchRow, ClosedPeriodRow, LoanPolicyRow, StaffRow
from branchdesk.store.settings import Key, get_setting, put_setting

LANGUAGE_KEY = "language"
IDLE_LOCK_KEY = "idle_lock_minutes"
LANGUAGE_CHOICES = (*LANGUAGES, KAZAKH_LATIN)
IDLE_LOCK_DEFAULT = 10
IDLE_LOCK_RANGE = (1, 120)
# Bounds that keep a typo from lending a book for thirty years or overflowing a date.
LOAN_DAYS_RANGE = (1, 365)
MAX_LOANS_RANGE = (0, 100)
MAX_RENEWALS_RANGE = (0, 20)
# A longer closure is a branch shut down, not a calendar entry; it also keeps the desk's
# search for the next open day short.
CLOSED_PERIOD_MAX_DAYS = 366
BRANCH_NAME_MAX = 200
ADDRESS_MAX = 300
NOTE_MAX = 200

SETTINGS_CHANGED = Changes(settings=True)
CATEGORIES = frozenset({ANY, *(g.value for g in SocialGroup)})
ITEM_TYPES = frozenset({ANY, *(t.value for t in ItemType)})

PolicyRow = tuple[str, str, LoanRule]


@dataclass(frozen=True)
class ClosedPeriod:
    """Days the branch is shut beyond weekly days off and national holidays."""

    id: int
    start: date
    end: date
    note: str


# ----- language -----


def get_language(db: Database) -> str | None:
    with db.read() as session:
        value = get_setting(session, LANGUAGE_KEY)
    return value if isinstance(value, str) else None


def set_language(ctx: BranchContext, lang: str) -> Changes:
    if lang not in LANGUAGE_CHOICES:
        raise InvalidInput("unknown_language", field="language", language=lang[:20])
    with ctx.db.write() as session:
        put_setting(session, LANGUAGE_KEY, lang)
    return SETTINGS_CHANGED


# ----- branch -----


def branch_details(ctx: BranchContext) -> Branch:
    with ctx.db.read() as session:
        row = _branch_row(session, ctx.branch)
        if row is None:
            return Branch(ctx.branch, "", "", "")
        return Branch(row.code, row.name_kk, row.name_ru, row.address)


def update_branch(ctx: BranchContext, name_kk: str, name_ru: str, address: str) -> Changes:
    name_kk = required_text(name_kk, "name_kk", BRANCH_NAME_MAX)
    name_ru = required_text(name_ru, "name_ru", BRANCH_NAME_MAX)
    address = address.strip()
    raise_if_problem(check_text(address, "address", ADDRESS_MAX))
    with ctx.db.write() as session:
        row = _branch_row(session, ctx.branch)
        if row is None:
            session.add(
                BranchRow(code=ctx.branch, name_kk=name_kk, name_ru=name_ru, address=address)
            )
        else:
            row.name_kk, row.name_ru, row.address = name_kk, name_ru, address
    return SETTINGS_CHANGED


def _branch_row(session: Session, code: str) -> BranchRow | None:
    return session.scalars(select(BranchRow).where(BranchRow.code == code)).first()


# ----- loan rules -----


def policy_rules(db: Database) -> list[PolicyRow]:
    """The matrix as stored, the fallback ("*", "*") first, then by group and item type."""
    with db.read() as session:
        rows = session.scalars(select(LoanPolicyRow)).all()
        found = [
            (
                r.reader_category,
                r.item_type,
                LoanRule(r.loan_days, r.max_loans, r.max_renewals, r.renewal_days),
            )
            for r in rows
        ]
    return sorted(found, key=lambda r: (r[0] != ANY, r[0], r[1] != ANY, r[1]))


def save_policy(ctx: BranchContext, rules: list[PolicyRow]) -> Changes:
    """Replace the whole matrix: what the admin sees in the table is what the desk uses."""
    check_policy(rules)
    with ctx.db.write() as session:
        # A bulk DELETE runs at once; deleting through the session would flush the new rows
        # first and trip the (category, item type) unique constraint.
        session.execute(delete(LoanPolicyRow))
        session.add_all(
            LoanPolicyRow(
                reader_category=category,
                item_type=item_type,
                loan_days=rule.loan_days,
                max_loans=rule.max_loans,
                max_renewals=rule.max_renewals,
                renewal_days=rule.renewal_days,
            )
            for category, item_type, rule in rules
        )
    return SETTINGS_CHANGED


def check_policy(rules: Iterable[PolicyRow]) -> None:
    seen: set[tuple[str, str]] = set()
    for category, item_type, rule in rules:
        if category not in CATEGORIES:
            raise InvalidInput("unknown_category", field="category", category=category[:20])
        if item_type not in ITEM_TYPES:
            raise InvalidInput("unknown_item_type", field="item_type", item_type=item_type[:20])
        if (category, item_type) in seen:
            raise InvalidInput(
                "duplicate_rule", field="category", category=category, item_type=item_type
            )
        seen.add((category, item_type))
        _check_rule(rule)
    if (ANY, ANY) not in seen:
        raise InvalidInput("policy_needs_fallback", field="category")


def _check_rule(rule: LoanRule) -> None:
    _check_range(rule.loan_days, "loan_days", LOAN_DAYS_RANGE)
    _check_range(rule.renewal_days, "renewal_days", LOAN_DAYS_RANGE)
    _check_range(rule.max_loans, "max_loans", MAX_LOANS_RANGE)
    _check_range(rule.max_renewals, "max_renewals", MAX_RENEWALS_RANGE)


def _check_range(value: int, field: str, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if not low <= value <= high:
        raise InvalidInput("out_of_range", field=field, min=low, max=high)


# ----- calendar -----


def weekly_days_off(db: Database) -> set[int]:
    """Days off as date.weekday() numbers: Monday 0 … Sunday 6."""
    with db.read() as session:
        return {int(d) for d in get_setting(session, Key.WEEKLY_DAYS_OFF, [6])}


def set_weekly_days_off(ctx: BranchContext, days: set[int]) -> Changes:
    if not days <= set(range(7)):
        raise ValueError(f"weekdays are 0-6, got {sorted(days)}")
    if len(days) == 7:
        raise InvalidInput("no_open_weekday", field="days_off")
    with ctx.db.write() as session:
        put_setting(session, Key.WEEKLY_DAYS_OFF, sorted(days))
    return SETTINGS_CHANGED


def closed_periods(db: Database) -> list[ClosedPeriod]:
    with db.read() as session:
        rows = session.scalars(select(ClosedPeriodRow).order_by(ClosedPeriodRow.start)).all()
        return [ClosedPeriod(r.id, r.start, r.end, r.note) for r in rows]


def add_closed_period(ctx: BranchContext, start: date, end: date, note: str) -> Changes:
    if end < start:
        raise InvalidInput("ends_before_start", field="until")
    if end - start >= timedelta(days=CLOSED_PERIOD_MAX_DAYS):
        raise InvalidInput("closed_too_long", field="until", max=CLOSED_PERIOD_MAX_DAYS)
    note = note.strip()
    raise_if_problem(check_text(note, "note", NOTE_MAX))
    with ctx.db.write() as session:
        session.add(ClosedPeriodRow(start=start, end=end, note=note))
    return SETTINGS_CHANGED


def remove_closed_period(ctx: BranchContext, period_id: int) -> Changes:
    """Removing a period already gone is not an error: either way the branch is open then."""
    with ctx.db.write() as session:
        session.execute(delete(ClosedPeriodRow).where(ClosedPeriodRow.id == period_id))
    return SETTINGS_CHANGED


# ----- staff -----


def list_staff(db: Database) -> list[Staff]:
    with db.read() as session:
        rows = session.scalars(select(StaffRow).order_by(StaffRow.login)).all()
        return [Staff(r.login, r.full_name, StaffRole(r.role), r.active) for r in rows]


def set_staff_active(ctx: BranchContext, login: str, active: bool) -> Changes:
    """(De)activate an account. The last active branch admin stays: without one, nobody
    could change the settings or add accounts again."""
    with ctx.db.write() as session:
        row = _staff_row(session, login)
        if not active and row.active and row.role == StaffRole.BRANCH_ADMIN.value:
            others = session.scalar(
                select(func.count()).where(
                    StaffRow.role == StaffRole.BRANCH_ADMIN.value,
                    StaffRow.active,
                    StaffRow.id != row.id,
                )
            )
            if not others:
                raise InvalidInput("last_admin", field="login", login=row.login)
        row.active = active
    return SETTINGS_CHANGED


def reset_password(ctx: BranchContext, login: str, password: str) -> Changes:
    if len(password) < PASSWORD_MIN:
        raise InvalidInput("password_too_short", field="password", min=PASSWORD_MIN)
    digest = hash_password(password)  # slow on purpose: outside the write lock
    with ctx.db.write() as session:
        _staff_row(session, login).password_hash = digest
    return SETTINGS_CHANGED


def _staff_row(session: Session, login: str) -> StaffRow:
    key = login.strip().lower()
    row = session.scalars(select(StaffRow).where(StaffRow.login == key)).first()
    if row is None:
        raise InvalidInput("unknown_staff", field="login", login=key[:64])
    return row


# ----- idle lock -----


def idle_lock_minutes(db: Database) -> int:
    """Minutes without a key or click before the desk locks; a damaged value means default."""
    with db.read() as session:
        value = get_setting(session, IDLE_LOCK_KEY, IDLE_LOCK_DEFAULT)
    low, high = IDLE_LOCK_RANGE
    return value if isinstance(value, int) and low <= value <= high else IDLE_LOCK_DEFAULT


def set_idle_lock_minutes(ctx: BranchContext, minutes: int) -> Changes:
    _check_range(minutes, "idle_lock_minutes", IDLE_LOCK_RANGE)
    with ctx.db.write() as session:
        put_setting(session, IDLE_LOCK_KEY, minutes)
    return SETTINGS_CHANGED
