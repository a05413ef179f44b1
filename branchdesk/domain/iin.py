"""ИИН (Kazakhstan individual identification number): validation and decoding.

A reader's ИИН is typed by hand at registration; a wrong digit there silently merges or splits
readers, so the desk checks layout, date and check digit before storing it. The birth date and
sex carried in the number prefill the reader form and feed age-group statistics.

Layout and algorithm: reference notes §4 (YYMMDD, century/sex digit, 4-digit serial, check).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

IIN_LENGTH = 12
_DIGITS = frozenset("0123456789")
_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# Digit 7: century and sex. Odd = male, even = female.
_CENTURY_BASE = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class IinError(StrEnum):
    FORMAT = "format"  # not exactly 12 ASCII digits
    CENTURY = "century"  # 7th digit not 1-6
    DATE = "date"  # digits 1-6 are not a real calendar date
    CHECKSUM = "checksum"  # 12th digit does not match
    UNUSABLE = "unusable"  # both weighted sums give 10: such numbers are never issued


class Sex(StrEnum):
    MALE = "m"
    FEMALE = "f"


@dataclass(frozen=True)
class IinInfo:
    iin: str
    birth_date: date
    sex: Sex


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() accepts Arabic-Indic and superscript digits; an ИИН is ASCII only.
    return all(ch in _DIGITS for ch in text)


def iin_check_digit(first11: str) -> int | None:
    """Check digit for the first 11 digits, or None when both sums give 10.

    None is the case the kz-iin-validator refuses ("not active and usable"): the issuing
    authority skips these serials, so a number that needs one is a typo or a forgery.
    """
    if len(first11) != IIN_LENGTH - 1 or not _is_ascii_digits(first11):
        raise ValueError(f"expected 11 digits, got {first11!r}")
    digits = [int(ch) for ch in first11]
    check = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=True)) % 11
        if check == 10:
            return None
    return check


def parse_iin(text: str) -> IinInfo | IinError:
    """Decode an ИИН or say precisely what is wrong with it, so the form can point at it.

    Only surrounding whitespace is removed (a scanner's trailing newline, a pasted space);
    inner spaces or dashes are a FORMAT error rather than guessed away.
    """
    iin = text.strip()
    if len(iin) != IIN_LENGTH or not _is_ascii_digits(iin):
        return IinError.FORMAT
    marker = int(iin[6])
    base = _CENTURY_BASE.get(marker)
    if base is None:
        return IinError.CENTURY
    try:
        birth = date(base + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return IinError.DATE
    check = iin_check_digit(iin[:11])
    if check is None:
        return IinError.UNUSABLE
    if check != int(iin[11]):
        return IinError.CHECKSUM
    return IinInfo(iin=iin, birth_date=birth, sex=Sex.MALE if marker % 2 else Sex.FEMALE)


def is_valid_iin(text: str) -> bool:
    return isinstance(parse_iin(text), IinInfo)


def make_iin(birth: date, sex: Sex, serial: int) -> str | None:
    """Build a valid ИИН for demo data and tests; None when the serial needs the unusable case.

    Raises ValueError for a birth year outside 1800-2099 or a serial outside 0-9999, which no
    ИИН can encode.
    """
    if not 1800 <= birth.year <= 2099:
        raise ValueError(f"an ИИН cannot encode the year {birth.year}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial {serial} is not 0-9999")
    marker = (birth.year // 100 - 18) * 2 + (1 if sex is Sex.MALE else 2)
    first11 = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{marker}{serial:04d}"
    check = iin_check_digit(first11)
    if check is None:
        return None
    return f"{first11}{check}"
