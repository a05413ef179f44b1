"""Desk outcomes: what a scan means, as a code with parameters (DESIGN §4).

The domain never words a message; the desk and the command line translate the code. The
severity decides the flow: BLOCK stops, CONFIRM stops until a librarian overrides with a
reason, ALERT and INFO are shown without stopping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Severity(IntEnum):
    """Ordered so that max() over a scan's outcomes gives the one that decides the flow."""

    INFO = 1
    ALERT = 2
    CONFIRM = 3
    BLOCK = 4


class Code(StrEnum):
    # BLOCK
    MALFORMED_BARCODE = "malformed_barcode"
    MALFORMED_CARD = "malformed_card"
    UNKNOWN_BARCODE = "unknown_barcode"
    UNKNOWN_CARD = "unknown_card"
    ITEM_WITHDRAWN = "item_withdrawn"
    READER_CANCELLED = "reader_cancelled"
    CARD_REPORTED_LOST = "card_reported_lost"
    ALREADY_LENT_TO_READER = "already_lent_to_reader"
    NOT_ON_LOAN = "not_on_loan"
    DUE_DATE_IN_PAST = "due_date_in_past"
    RENEWAL_NEEDS_REREGISTRATION = "renewal_needs_reregistration"
    # CONFIRM
    READER_BLOCKED = "reader_blocked"
    CARD_EXPIRED = "card_expired"
    LOAN_LIMIT = "loan_limit"
    LOAN_LIMIT_OF_KIND = "loan_limit_of_kind"
    ON_LOAN_TO_OTHER = "on_loan_to_other"
    REFERENCE_ONLY = "reference_only"
    ITEM_MARKED_LOST = "item_marked_lost"
    ITEM_IN_TRANSIT = "item_in_transit"
    RENEWAL_LIMIT = "renewal_limit"
    # ALERT
    OVERDUE_LOANS = "overdue_loans"
    OTHER_BRANCH_ITEM = "other_branch_item"
    REREGISTRATION_DUE = "reregistration_due"
    RETURNED_LATE = "returned_late"
    SEND_TO_HOME_BRANCH = "send_to_home_branch"
    # INFO
    ONE_LOAN_LEFT = "one_loan_left"
    DUE_DATE_CLAMPED = "due_date_clamped"
    ITEM_FOUND = "item_found"
    TRANSIT_RECEIVED = "transit_received"


SEVERITY: dict[Code, Severity] = {
    **dict.fromkeys(
        (
            Code.MALFORMED_BARCODE,
            Code.MALFORMED_CARD,
            Code.UNKNOWN_BARCODE,
            Code.UNKNOWN_CARD,
            Code.ITEM_WITHDRAWN,
            Code.READER_CANCELLED,
            Code.CARD_REPORTED_LOST,
            Code.ALREADY_LENT_TO_READER,
            Code.NOT_ON_LOAN,
            Code.DUE_DATE_IN_PAST,
            Code.RENEWAL_NEEDS_REREGISTRATION,
        ),
        Severity.BLOCK,
    ),
    **dict.fromkeys(
        (
            Code.READER_BLOCKED,
            Code.CARD_EXPIRED,
            Code.LOAN_LIMIT,
            Code.LOAN_LIMIT_OF_KIND,
            Code.ON_LOAN_TO_OTHER,
            Code.REFERENCE_ONLY,
            Code.ITEM_MARKED_LOST,
            Code.ITEM_IN_TRANSIT,
            Code.RENEWAL_LIMIT,
        ),
        Severity.CONFIRM,
    ),
    **dict.fromkeys(
        (
            Code.OVERDUE_LOANS,
            Code.OTHER_BRANCH_ITEM,
            Code.REREGISTRATION_DUE,
            Code.RETURNED_LATE,
            Code.SEND_TO_HOME_BRANCH,
        ),
        Severity.ALERT,
    ),
    **dict.fromkeys(
        (Code.ONE_LOAN_LEFT, Code.DUE_DATE_CLAMPED, Code.ITEM_FOUND, Code.TRANSIT_RECEIVED),
        Severity.INFO,
    ),
}

Param = str | int


@dataclass(frozen=True)
class Outcome:
    code: Code
    params: dict[str, Param] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.code]


def outcome(code: Code, **params: Param) -> Outcome:
    return Outcome(code, dict(params))


def worst(outcomes: Iterable[Outcome]) -> Severity | None:
    return max((o.severity for o in outcomes), default=None)
