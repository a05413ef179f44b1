"""What a scanned or typed code is: a reader card, an item barcode, or garbage.

Card numbers are `<branch code>-<6 digits>` (allocated by the branch, so offline registration
never collides across branches); item barcodes are short runs of letters, digits and dashes
without the card shape. Anything else is refused before it reaches the database.
"""

from __future__ import annotations

import re
from enum import StrEnum

CARD_RE = re.compile(r"[A-Z]{2,5}-\d{6}")
BRANCH_CODE_RE = re.compile(r"[A-Z]{2,5}")
BARCODE_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-./]{0,31}")
# Branch letters, a dash and digits, but not six of them: a card number typed with a slip.
CARD_TYPO_RE = re.compile(r"[A-Za-z]{2,5}-\d{1,9}")


MAX_CARD_SEQ = 999_999


class ScanKind(StrEnum):
    CARD = "card"
    ITEM = "item"
    MALFORMED_CARD = "malformed_card"
    MALFORMED = "malformed"


def normalise_scan(text: str) -> str:
    """Scanners add CR/LF and stray spaces around what they read."""
    return text.strip()


def parse_card(text: str) -> str | None:
    """The card number in a scan or a typed text (a librarian may type it in lower case),
    or None when it does not have the card's shape."""
    number = normalise_scan(text).upper()
    return number if is_card_number(number) else None


def is_card_number(text: str) -> bool:
    return CARD_RE.fullmatch(text) is not None


def is_item_barcode(text: str) -> bool:
    return (
        BARCODE_RE.fullmatch(text) is not None
        and not is_card_number(text.upper())
        and CARD_TYPO_RE.fullmatch(text) is None
    )


def is_branch_code(text: str) -> bool:
    return BRANCH_CODE_RE.fullmatch(text) is not None


def classify_scan(text: str) -> ScanKind:
    code = normalise_scan(text)
    if is_card_number(code.upper()):
        return ScanKind.CARD
    if is_item_barcode(code):
        return ScanKind.ITEM
    if CARD_TYPO_RE.fullmatch(code):
        return ScanKind.MALFORMED_CARD
    return ScanKind.MALFORMED


def card_number(branch_code: str, seq: int) -> str:
    if not is_branch_code(branch_code):
        raise ValueError(f"bad branch code {branch_code!r}")
    if not 0 < seq <= MAX_CARD_SEQ:
        raise ValueError("card sequence exhausted for this branch")
    return f"{branch_code}-{seq:06d}"
