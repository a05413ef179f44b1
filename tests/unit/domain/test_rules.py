"""The desk's rules and the policy matrix, as pure functions."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.domain.circulation import (
    Counted,
    ItemFacts,
    ReaderFacts,
    is_blocked,
    lend_outcomes,
    reader_outcomes,
    renew_outcomes,
)
from branchdesk.domain.codes import ScanKind, card_number, classify_scan
from branchdesk.domain.model import ItemStatus, ReaderStatus
from branchdesk.domain.outcomes import Code, Severity, outcome, worst
from branchdesk.domain.policy import ANY, LoanLimit, LoanRule, PolicyMatrix
from branchdesk.services.results import Override, Status, decide

TODAY = date(2026, 11, 17)


def reader(**changes: object) -> ReaderFacts:
    base: dict[str, object] = {
        "card_number": "BST-000001",
        "status": ReaderStatus.ACTIVE,
        "block_reason": None,
        "blocked_until": None,
        "card_valid_until": date(2027, 6, 1),
        "registered_year": 2026,
        "reregistered_years": frozenset(),
        "open_loans": 0,
        "overdue_loans": 0,
    }
    base.update(changes)
    return ReaderFacts(**base)  # type: ignore[arg-type]


def item(**changes: object) -> ItemFacts:
    base: dict[str, object] = {
        "barcode": "40000001",
        "status": ItemStatus.AVAILABLE,
        "home_branch": "BST",
        "borrower_card": None,
    }
    base.update(changes)
    return ItemFacts(**base)  # type: ignore[arg-type]


def codes_of(found: list) -> set[Code]:
    return {o.code for o in found}


def test_policy_falls_back_from_specific_to_any():
    child_books = LoanRule(loan_days=10, max_loans=3)
    any_periodical = LoanRule(loan_days=7)
    child_any = LoanRule(loan_days=12)
    matrix = PolicyMatrix(
        {
            ("pupil", "book"): child_books,
            ("pupil", ANY): child_any,
            (ANY, "periodical"): any_periodical,
        }
    )
    assert matrix.rule_for("pupil", "book") is child_books
    assert matrix.rule_for("pupil", "periodical") is child_any
    assert matrix.rule_for("pensioner", "periodical") is any_periodical
    assert matrix.rule_for("pensioner", "book") == LoanRule(15, 5, 2, 15)
    with pytest.raises(ValueError, match="period"):
        LoanRule(loan_days=0)


def test_a_rule_for_a_kind_of_item_limits_that_kind_and_the_general_rule_all():
    """Koha's reading of the matrix: five items, of them at most two periodicals."""
    matrix = PolicyMatrix(
        {
            (ANY, ANY): LoanRule(max_loans=5),
            (ANY, "periodical"): LoanRule(max_loans=2),
            ("pupil", ANY): LoanRule(max_loans=3),
            ("child", "audiovisual"): LoanRule(max_loans=1),
        }
    )
    assert matrix.limits_for("adult", "book") == (LoanLimit(5, None),)
    assert matrix.limits_for("adult", "periodical") == (
        LoanLimit(2, "periodical"),
        LoanLimit(5, None),
    )
    # A reader group's own rule is more specific than an item-type rule: it limits all.
    assert matrix.limits_for("pupil", "periodical") == (LoanLimit(3, None),)
    # A group's rule for a kind: that kind, and the rule that limits the group's loans.
    assert matrix.limits_for("child", "audiovisual") == (
        LoanLimit(1, "audiovisual"),
        LoanLimit(5, None),
    )
    assert PolicyMatrix().limits_for("adult", "book") == (LoanLimit(5, None),)


@pytest.mark.parametrize(
    ("limits", "expected"),
    [
        (
            [Counted(LoanLimit(2, "periodical"), 2), Counted(LoanLimit(5, None), 3)],
            [(Code.LOAN_LIMIT_OF_KIND, {"kind": "periodical", "limit": 2, "count": 2})],
        ),
        (
            [Counted(LoanLimit(2, "periodical"), 1), Counted(LoanLimit(5, None), 5)],
            [(Code.LOAN_LIMIT, {"limit": 5, "count": 5})],
        ),
        (  # both reached: both said, so that one confirmation is made knowing both
            [Counted(LoanLimit(2, "periodical"), 2), Counted(LoanLimit(5, None), 5)],
            [
                (Code.LOAN_LIMIT_OF_KIND, {"kind": "periodical", "limit": 2, "count": 2}),
                (Code.LOAN_LIMIT, {"limit": 5, "count": 5}),
            ],
        ),
        (
            [Counted(LoanLimit(2, "periodical"), 0), Counted(LoanLimit(5, None), 3)],
            [(Code.ONE_LOAN_LEFT, {"limit": 5})],
        ),
        ([Counted(LoanLimit(2, "periodical"), 1), Counted(LoanLimit(5, None), 2)], []),
        ([], []),  # the centre: limits are the lending branch's
    ],
)
def test_each_limit_counts_its_own_loans(limits, expected):
    found = lend_outcomes(reader(open_loans=5), item(), limits, "BST", TODAY)
    limit_codes = {Code.LOAN_LIMIT, Code.LOAN_LIMIT_OF_KIND, Code.ONE_LOAN_LEFT}
    assert [(o.code, o.params) for o in found if o.code in limit_codes] == expected


def test_a_clean_lend_has_no_outcomes():
    assert lend_outcomes(reader(), item(), [Counted(LoanLimit(5, None), 0)], "BST", TODAY) == []


@pytest.mark.parametrize(
    ("r", "i", "expected"),
    [
        (reader(status=ReaderStatus.CANCELLED), item(), Code.READER_CANCELLED),
        (reader(status=ReaderStatus.CARD_LOST), item(), Code.CARD_REPORTED_LOST),
        (reader(status=ReaderStatus.BLOCKED, block_reason="x"), item(), Code.READER_BLOCKED),
        (reader(card_valid_until=date(2026, 11, 16)), item(), Code.CARD_EXPIRED),
        (reader(open_loans=5), item(), Code.LOAN_LIMIT),
        (reader(open_loans=3), item(), Code.ONE_LOAN_LEFT),
        (reader(overdue_loans=2), item(), Code.OVERDUE_LOANS),
        (reader(registered_year=2025), item(), Code.REREGISTRATION_DUE),
        (reader(), item(status=ItemStatus.WITHDRAWN), Code.ITEM_WITHDRAWN),
        (reader(), item(status=ItemStatus.LOST), Code.ITEM_MARKED_LOST),
        (reader(), item(status=ItemStatus.REFERENCE_ONLY), Code.REFERENCE_ONLY),
        (reader(), item(status=ItemStatus.IN_TRANSIT), Code.ITEM_IN_TRANSIT),
        (reader(), item(borrower_card="BST-000001"), Code.ALREADY_LENT_TO_READER),
        (reader(), item(borrower_card="BST-000002"), Code.ON_LOAN_TO_OTHER),
        (reader(), item(home_branch="SHT"), Code.OTHER_BRANCH_ITEM),
    ],
)
def test_each_rule_raises_its_outcome(r, i, expected):
    limits = [Counted(LoanLimit(5, None), r.open_loans)]
    assert expected in codes_of(lend_outcomes(r, i, limits, "BST", TODAY))


def test_a_block_with_an_end_date_lapses_by_itself():
    blocked = reader(status=ReaderStatus.BLOCKED, blocked_until=date(2026, 11, 16))
    assert not is_blocked(blocked, TODAY)
    assert is_blocked(reader(status=ReaderStatus.BLOCKED, blocked_until=TODAY), TODAY)
    assert Code.READER_BLOCKED not in codes_of(reader_outcomes(blocked, TODAY))


def test_reregistered_this_year_is_not_due():
    assert Code.REREGISTRATION_DUE not in codes_of(
        reader_outcomes(reader(registered_year=2020, reregistered_years=frozenset({2026})), TODAY)
    )


def test_renewal_ignores_overdues_but_counts_renewals():
    found = renew_outcomes(reader(overdue_loans=3), 2, LoanRule(max_renewals=2), TODAY)
    assert codes_of(found) == {Code.RENEWAL_LIMIT}


def test_severity_decides_the_flow():
    block, confirm, alert = (
        outcome(Code.UNKNOWN_CARD, card="x"),
        outcome(Code.LOAN_LIMIT, limit=5, count=5),
        outcome(Code.OVERDUE_LOANS, count=1),
    )
    assert worst([alert, confirm]) is Severity.CONFIRM
    assert worst([]) is None
    assert decide([alert], None) is Status.DONE
    assert decide([alert, confirm], None) is Status.NEEDS_CONFIRMATION
    assert decide([confirm], Override("ok")) is Status.DONE
    assert decide([confirm], Override("ok", frozenset({Code.REFERENCE_ONLY}))) is (
        Status.NEEDS_CONFIRMATION
    )
    assert decide([block, confirm], Override("ok")) is Status.BLOCKED


@pytest.mark.parametrize(
    ("scan", "kind"),
    [
        ("BST-000123", ScanKind.CARD),
        ("bst-000123\r\n", ScanKind.CARD),
        ("40000001", ScanKind.ITEM),
        ("INV-2024/17", ScanKind.ITEM),
        ("", ScanKind.MALFORMED),
        ("   ", ScanKind.MALFORMED),
        ("4" * 33, ScanKind.MALFORMED),
        ("Абай", ScanKind.MALFORMED),
        ("40000001\x00", ScanKind.MALFORMED),
        ("BST-00001", ScanKind.MALFORMED_CARD),
        ("bst-0000123", ScanKind.MALFORMED_CARD),
    ],
)
def test_scans_are_classified(scan, kind):
    assert classify_scan(scan) is kind


def test_card_numbers_carry_the_branch_code():
    assert card_number("BST", 7) == "BST-000007"
    with pytest.raises(ValueError, match="exhausted"):
        card_number("BST", 1_000_000)
    with pytest.raises(ValueError, match="branch"):
        card_number("bst", 1)
