from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from branchdesk.domain.iin import (
    IinError,
    IinInfo,
    Sex,
    iin_check_digit,
    is_valid_iin,
    make_iin,
    parse_iin,
)

WEIGHTS_1 = range(1, 12)

births = st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31))
sexes = st.sampled_from(Sex)
serials = st.integers(min_value=0, max_value=9999)


def s1_mod_11(first11: str) -> int:
    return sum(int(d) * w for d, w in zip(first11, WEIGHTS_1, strict=True)) % 11


def valid_iins() -> st.SearchStrategy[str]:
    return st.builds(make_iin, births, sexes, serials).filter(lambda s: s is not None).map(str)


def find_unusable_prefix() -> str:
    """The first 11-digit prefix (valid date and century) whose two sums both give 10."""
    for serial in range(10_000):
        first11 = f"9001013{serial:04d}"
        if iin_check_digit(first11) is None:
            return first11
    raise AssertionError("no unusable prefix found")


# --- reference worked examples (§4.2) ---


def test_reference_example_with_fallback_sum() -> None:
    assert s1_mod_11("06121160001") == 10  # this example exercises the second sum
    assert parse_iin("061211600012") == IinInfo("061211600012", date(2006, 12, 11), Sex.FEMALE)


def test_reference_example_first_sum() -> None:
    assert parse_iin("791028302728") == IinInfo("791028302728", date(1979, 10, 28), Sex.MALE)


def test_surrounding_whitespace_is_ignored_inner_is_not() -> None:
    assert is_valid_iin("  791028302728\n")
    assert parse_iin("791028 302728") is IinError.FORMAT
    assert parse_iin("791028-302728") is IinError.FORMAT


@pytest.mark.parametrize(
    ("marker", "year", "sex"),
    [
        (1, 1879, Sex.MALE),
        (2, 1879, Sex.FEMALE),
        (3, 1979, Sex.MALE),
        (4, 1979, Sex.FEMALE),
        (5, 2079, Sex.MALE),
        (6, 2079, Sex.FEMALE),
    ],
)
def test_century_and_sex_digit(marker: int, year: int, sex: Sex) -> None:
    for serial in range(100):
        first11 = f"791028{marker}{serial:04d}"
        check = iin_check_digit(first11)
        if check is not None:
            break
    info = parse_iin(f"{first11}{check}")
    assert info == IinInfo(f"{first11}{check}", date(year, 10, 28), sex)


# --- round trip and error detection ---


@given(births, sexes, serials)
def test_make_iin_round_trips(birth: date, sex: Sex, serial: int) -> None:
    iin = make_iin(birth, sex, serial)
    assume(iin is not None)
    assert iin is not None
    info = parse_iin(iin)
    assert info == IinInfo(iin, birth, sex)
    assert iin[7:11] == f"{serial:04d}"


@given(valid_iins(), st.integers(min_value=1, max_value=9))
def test_changing_the_check_digit_always_fails(iin: str, shift: int) -> None:
    wrong = iin[:11] + str((int(iin[11]) + shift) % 10)
    assert parse_iin(wrong) is IinError.CHECKSUM


def test_double_ten_is_unusable() -> None:
    first11 = find_unusable_prefix()
    assert s1_mod_11(first11) == 10
    for last in "0123456789":
        assert parse_iin(first11 + last) is IinError.UNUSABLE
    assert make_iin(date(1990, 1, 1), Sex.MALE, int(first11[7:])) is None


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("791028002728", IinError.CENTURY),
        ("791028702728", IinError.CENTURY),
        ("791028902728", IinError.CENTURY),
        ("790231302728", IinError.DATE),  # 31 February
        ("791328302728", IinError.DATE),  # month 13
        ("791000302728", IinError.DATE),  # day 0
        ("000229302720", IinError.DATE),  # 1900 was not a leap year
        ("79102830272", IinError.FORMAT),  # 11 digits
        ("7910283027281", IinError.FORMAT),  # 13 digits
        ("79102830272X", IinError.FORMAT),
        ("７９１０２８３０２７２８", IinError.FORMAT),  # full-width digits
        ("٧٩١٠٢٨٣٠٢٧٢٨", IinError.FORMAT),  # Arabic-Indic digits pass str.isdigit()
        ("", IinError.FORMAT),
        ("791028302729", IinError.CHECKSUM),
    ],
)
def test_rejections(text: str, error: IinError) -> None:
    assert parse_iin(text) is error
    assert not is_valid_iin(text)


def test_leap_day_2000_is_a_date() -> None:
    iin = make_iin(date(2000, 2, 29), Sex.FEMALE, 1) or make_iin(date(2000, 2, 29), Sex.FEMALE, 2)
    assert iin is not None
    assert iin.startswith("0002296")
    assert is_valid_iin(iin)


def test_make_iin_rejects_what_cannot_be_encoded() -> None:
    with pytest.raises(ValueError, match="year"):
        make_iin(date(1799, 12, 31), Sex.MALE, 1)
    with pytest.raises(ValueError, match="serial"):
        make_iin(date(1990, 1, 1), Sex.MALE, 10_000)
    with pytest.raises(ValueError, match="11 digits"):
        iin_check_digit("1234567890")


# --- what the check digit does NOT promise ---
# Weight 11 on digit 11 in the first sum means that digit never moves S1 mod 11.


@given(valid_iins(), st.integers(min_value=1, max_value=9))
def test_digit_11_changes_go_undetected_when_first_sum_decides(iin: str, shift: int) -> None:
    assume(s1_mod_11(iin[:11]) != 10)
    changed = iin[:10] + str((int(iin[10]) + shift) % 10) + iin[11]
    assert is_valid_iin(changed)  # a typo in the last serial digit passes the check


@given(valid_iins(), st.integers(min_value=0, max_value=9), st.integers(min_value=1, max_value=9))
def test_digits_1_to_10_changes_are_missed_only_through_the_fallback(
    iin: str, pos: int, shift: int
) -> None:
    changed = iin[:pos] + str((int(iin[pos]) + shift) % 10) + iin[pos + 1 :]
    # Any single change in positions 1-10 moves S1 mod 11 (11 is prime, weights 1-10) ...
    assert s1_mod_11(changed[:11]) != s1_mod_11(iin[:11])
    # ... so it can only pass the check if one of the two numbers used the second sum.
    if iin_check_digit(changed[:11]) == int(changed[11]):
        assert 10 in (s1_mod_11(iin[:11]), s1_mod_11(changed[:11]))


def test_single_digit_changes_in_positions_1_to_10_can_pass_the_check() -> None:
    """Exhibit one: the check digit is not a guarantee against every single typo."""
    for serial, pos, digit in itertools.product(range(200), range(10), "0123456789"):
        iin = make_iin(date(1990, 5, 17), Sex.MALE, serial)
        if iin is None or iin[pos] == digit:
            continue
        changed = iin[:pos] + digit + iin[pos + 1 :]
        if iin_check_digit(changed[:11]) == int(changed[11]):
            assert 10 in (s1_mod_11(iin[:11]), s1_mod_11(changed[:11]))
            return
    raise AssertionError("expected an undetected single-digit change")
