"""The desk's rules: given the facts of a reader and an item, which outcomes apply.

Pure functions over small fact records, so that the branch desk and the central server run
exactly the same rules (DESIGN §5: the server re-runs them on its own state).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from branchdesk.domain.model import ItemStatus, ReaderStatus
from branchdesk.domain.outcomes import Code, Outcome, outcome
from branchdesk.domain.policy import LoanLimit, LoanRule


@dataclass(frozen=True)
class ReaderFacts:
    card_number: str
    status: ReaderStatus
    block_reason: str | None
    blocked_until: date | None
    card_valid_until: date | None
    registered_year: int
    reregistered_years: frozenset[int]
    open_loans: int
    overdue_loans: int


@dataclass(frozen=True)
class Counted:
    """A loan limit (PolicyMatrix.limits_for) beside the reader's open loans it counts."""

    limit: LoanLimit
    open_loans: int


@dataclass(frozen=True)
class ItemFacts:
    barcode: str
    status: ItemStatus
    home_branch: str
    borrower_card: str | None


def is_blocked(reader: ReaderFacts, today: date) -> bool:
    """A block with an end date lapses by itself; nobody has to remember to lift it."""
    if reader.status is not ReaderStatus.BLOCKED:
        return False
    return reader.blocked_until is None or reader.blocked_until >= today


def reader_outcomes(reader: ReaderFacts, today: date) -> list[Outcome]:
    """What the desk shows when the card is scanned, before any item."""
    found: list[Outcome] = []
    if reader.status is ReaderStatus.CANCELLED:
        found.append(outcome(Code.READER_CANCELLED, card=reader.card_number))
    elif reader.status is ReaderStatus.CARD_LOST:
        found.append(outcome(Code.CARD_REPORTED_LOST, card=reader.card_number))
    if is_blocked(reader, today):
        params: dict[str, str | int] = {"reason": reader.block_reason or ""}
        if reader.blocked_until is not None:
            params["until"] = reader.blocked_until.isoformat()
        found.append(Outcome(Code.READER_BLOCKED, params))
    if reader.card_valid_until is not None and reader.card_valid_until < today:
        found.append(outcome(Code.CARD_EXPIRED, valid_until=reader.card_valid_until.isoformat()))
    if reader.overdue_loans:
        found.append(outcome(Code.OVERDUE_LOANS, count=reader.overdue_loans))
    if today.year != reader.registered_year and today.year not in reader.reregistered_years:
        found.append(outcome(Code.REREGISTRATION_DUE, year=today.year))
    return found


def lend_outcomes(
    reader: ReaderFacts,
    item: ItemFacts,
    limits: Sequence[Counted],
    branch: str,
    today: date,
) -> list[Outcome]:
    """`limits`: the loan limits the lend keeps, each with its count of open loans
    (PolicyMatrix.limits_for); none, where limits are not the caller's to check."""
    found = reader_outcomes(reader, today)
    if item.status is ItemStatus.WITHDRAWN:
        found.append(outcome(Code.ITEM_WITHDRAWN, barcode=item.barcode))
    elif item.status is ItemStatus.LOST:
        found.append(outcome(Code.ITEM_MARKED_LOST, barcode=item.barcode))
    elif item.status is ItemStatus.REFERENCE_ONLY:
        found.append(outcome(Code.REFERENCE_ONLY, barcode=item.barcode))
    elif item.status is ItemStatus.IN_TRANSIT:
        found.append(outcome(Code.ITEM_IN_TRANSIT, barcode=item.barcode))
    if item.borrower_card == reader.card_number:
        found.append(outcome(Code.ALREADY_LENT_TO_READER, barcode=item.barcode))
    elif item.borrower_card is not None:
        # A missed return: the book is in the librarian's hand, so the old loan ends.
        found.append(outcome(Code.ON_LOAN_TO_OTHER, barcode=item.barcode, card=item.borrower_card))
    found.extend(_limit_outcomes(limits))
    if item.home_branch != branch:
        found.append(outcome(Code.OTHER_BRANCH_ITEM, branch=item.home_branch))
    return found


def _limit_outcomes(limits: Sequence[Counted]) -> list[Outcome]:
    """Every limit already reached (a kind's and the reader's may both be: the librarian
    confirms past both at once); else, before the last loan the reader's limit allows, a word
    that one is left (said of the limit on all loans: a kind's own is small and named when it
    is reached)."""
    full = [c for c in limits if c.open_loans >= c.limit.most]
    found = [
        outcome(Code.LOAN_LIMIT, limit=c.limit.most, count=c.open_loans)
        if c.limit.item_type is None
        else outcome(
            Code.LOAN_LIMIT_OF_KIND,
            kind=c.limit.item_type,
            limit=c.limit.most,
            count=c.open_loans,
        )
        for c in full
    ]
    if not full:
        overall = next((c for c in limits if c.limit.item_type is None), None)
        if overall is not None and overall.open_loans + 1 == overall.limit.most - 1:
            found.append(outcome(Code.ONE_LOAN_LEFT, limit=overall.limit.most))
    return found


def renew_outcomes(
    reader: ReaderFacts, renewals: int, rule: LoanRule, today: date
) -> list[Outcome]:
    found = [
        o
        for o in reader_outcomes(reader, today)
        if o.code not in (Code.OVERDUE_LOANS, Code.REREGISTRATION_DUE)
    ]
    if renewals >= rule.max_renewals:
        found.append(outcome(Code.RENEWAL_LIMIT, limit=rule.max_renewals))
    return found
