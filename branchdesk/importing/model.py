"""What an import source yields: records with their copies, reader rows, and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from branchdesk.domain.model import Audience, Language


class Format(StrEnum):
    MARC21 = "marc21"
    RUSMARC = "rusmarc"  # and UNIMARC: the same tags for what is read here
    MARCXML = "marcxml"
    CSV = "csv"
    XLSX = "xlsx"


class Encoding(StrEnum):
    UTF8 = "utf-8"
    MARC8 = "marc-8"  # MARC21 only
    CP1251 = "cp1251"  # older Russian exports (IRBIS)


MARC_FORMATS = frozenset({Format.MARC21, Format.RUSMARC})
TABLE_FORMATS = frozenset({Format.CSV, Format.XLSX})


@dataclass(frozen=True)
class Problem:
    """A record, row or copy that could not be taken, or a note about one that was.

    `position` counts records (MARC) or rows (tables, the header being row 1) from 1;
    `offset` is the byte where a MARC record starts, when known. `code` and `params` are
    worded in the user's language by branchdesk.messages.
    """

    position: int
    code: str
    params: dict[str, str | int] = field(default_factory=dict)
    offset: int | None = None


@dataclass(frozen=True)
class CopyData:
    barcode: str
    inventory_number: str | None = None
    location: str | None = None
    home_branch: str | None = None  # a branch code as the file states it, if it does
    price: str | None = None
    acquired_on: date | None = None


@dataclass(frozen=True)
class RecordData:
    position: int
    title: str
    authors: str | None = None
    isbn: str | None = None
    publisher: str | None = None
    year: int | None = None
    language: Language = Language.OTHER
    bbk: str | None = None
    udc: str | None = None
    audience: Audience = Audience.ADULT
    subjects: str | None = None
    control_number: str | None = None
    copies: tuple[CopyData, ...] = ()
    # Things dropped while reading (an invalid ISBN, a copy without a barcode): the record
    # is still imported, and these are listed.
    notes: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class TableRow:
    """One data row of a CSV or Excel sheet: cell texts by header name."""

    position: int
    cells: dict[str, str]
