"""A MARC21 or RUSMARC record as a branchdesk record with its copies.

MARC21 (Koha and most western exports): 001 control number, 020 ISBN, 245 $a $b title,
100/700 authors, 264/260 publisher and year, 008/35-37 and 041 language, 008/22 audience,
084 $2 rubbk BBK, 080 UDC, 650 subjects; copies from Koha's 952 ($p barcode, $a home branch,
$c location, $i inventory number, $g price, $d acquired) and 852 ($p barcode, $a branch,
$b/$c location, $j taken as the inventory number).
RUSMARC (IRBIS and other Russian systems): 001, 010 ISBN, 200 $a $e title, 700/701 authors
(surname $a, then $g or $b), 210 (or 214) $c $d, 101 language, 100 $a/17-19 audience,
686 BBK, 675 UDC, 606 subjects; copies from IRBIS's 910 ($b inventory number, $h barcode,
$d place, $e price, $c date received). A copy with no barcode takes its inventory number
as the barcode, as IRBIS libraries often label them.
"""

from __future__ import annotations

from datetime import date

from pymarc import Field, Record

from branchdesk.domain.model import Audience
from branchdesk.importing.model import CopyData, Format, Problem, RecordData
from branchdesk.importing.values import (
    barcode_of,
    clean,
    date_of,
    join,
    language_of,
    normalise_isbn,
    year_of,
)

# 008/22 (MARC21 books) and 100 $a/17 (RUSMARC): codes for young readers.
_CHILDREN_MARC21 = frozenset("abcdj")
_CHILDREN_RUSMARC = frozenset("abcde")


class NoTitle(Exception):
    """A record without a title cannot be shown or found: it is listed, not imported."""


def _sub(record: Record, tag: str, code: str) -> str | None:
    for field in record.get_fields(tag):
        value = field.get(code)
        if value and value.strip():
            return value
    return None


def _subs(record: Record, tags: tuple[str, ...], code: str) -> list[str | None]:
    return [f.get(code) for f in record.get_fields(*tags)]


def _control(record: Record, tag: str) -> str | None:
    fields = record.get_fields(tag)
    return clean(fields[0].data, 50) if fields and fields[0].data else None


def _title(main: str | None, rest: str | None) -> str:
    first = clean(main)
    if not first:
        raise NoTitle
    second = clean(rest)
    return f"{first} : {second}"[:1000] if second else first


def _isbn(record: Record, tag: str, position: int, notes: list[Problem]) -> str | None:
    written = [v for v in _subs(record, (tag,), "a") if v and v.strip()]
    for value in written:
        found = normalise_isbn(value)
        if found:
            return found
    if written:
        notes.append(Problem(position, "bad_isbn", {"isbn": written[0].strip()[:30]}))
    return None


def _acquired(value: str | None, position: int, notes: list[Problem]) -> date | None:
    try:
        return date_of(value)
    except ValueError:
        notes.append(Problem(position, "bad_date", {"value": (value or "")[:40]}))
        return None


def _copy(
    field: Field,
    codes: dict[str, str],
    position: int,
    notes: list[Problem],
) -> CopyData | None:
    def get(name: str) -> str | None:
        code = codes.get(name)
        return clean(field.get(code), 100) if code else None

    inventory = get("inventory")
    written = get("barcode") or inventory
    barcode = barcode_of(written)
    if barcode is None:
        code = "malformed_barcode" if written else "copy_without_barcode"
        notes.append(Problem(position, code, {"barcode": (written or "")[:40]}))
        return None
    location = join([get("location"), get("sublocation")], " ", 100)
    return CopyData(
        barcode=barcode,
        inventory_number=clean(inventory, 50),
        location=location,
        home_branch=(get("branch") or "").upper() or None,
        price=clean(get("price"), 20),
        acquired_on=_acquired(get("acquired"), position, notes),
    )


_KOHA_952 = {
    "barcode": "p",
    "branch": "a",
    "location": "c",
    "inventory": "i",
    "price": "g",
    "acquired": "d",
}
_MARC_852 = {"barcode": "p", "branch": "a", "location": "b", "sublocation": "c", "inventory": "j"}
_IRBIS_910 = {"barcode": "h", "inventory": "b", "location": "d", "price": "e", "acquired": "c"}


def _copies(record: Record, position: int, notes: list[Problem]) -> tuple[CopyData, ...]:
    found: list[CopyData] = []
    seen: set[str] = set()
    for tag, codes in (("952", _KOHA_952), ("852", _MARC_852), ("910", _IRBIS_910)):
        for field in record.get_fields(tag):
            copy = _copy(field, codes, position, notes)
            if copy is not None and copy.barcode not in seen:
                seen.add(copy.barcode)
                found.append(copy)
    return tuple(found)


def _marc21(record: Record, position: int) -> RecordData:
    notes: list[Problem] = []
    fixed_fields = record.get_fields("008")
    fixed = (fixed_fields[0].data or "") if fixed_fields else ""  # positional: never cleaned
    title = _title(_sub(record, "245", "a"), _sub(record, "245", "b"))
    published = record.get_fields("264") or record.get_fields("260")
    publisher = next((f.get("b") for f in published if f.get("b")), None)
    year = year_of(next((f.get("c") for f in published if f.get("c")), None))
    if year is None and len(fixed) >= 11:
        year = year_of(fixed[7:11])
    language_code = _sub(record, "041", "a") or (fixed[35:38] if len(fixed) >= 38 else None)
    bbk = next(
        (
            f.get("a")
            for f in record.get_fields("084")
            if (f.get("2") or "").strip().lower().startswith("rubbk")
        ),
        None,
    )
    children = len(fixed) > 22 and fixed[22] in _CHILDREN_MARC21
    return RecordData(
        position=position,
        title=title,
        authors=join(_subs(record, ("100", "110", "700", "710"), "a")),
        isbn=_isbn(record, "020", position, notes),
        publisher=clean(publisher, 300),
        year=year,
        language=language_of(language_code, title),
        bbk=clean(bbk, 100),
        udc=clean(_sub(record, "080", "a"), 100),
        audience=Audience.CHILDREN if children else Audience.ADULT,
        subjects=join(_subs(record, ("650", "651"), "a"), limit=5000),
        control_number=_control(record, "001") or clean(_sub(record, "999", "c"), 50),
        copies=_copies(record, position, notes),
        notes=tuple(notes),
    )


def _rusmarc_author(field: Field) -> str | None:
    surname = clean(field.get("a"))
    given = clean(field.get("g") or field.get("b"))
    return f"{surname}, {given}" if surname and given else surname


def _rusmarc(record: Record, position: int) -> RecordData:
    notes: list[Problem] = []
    title = _title(_sub(record, "200", "a"), _sub(record, "200", "e"))
    authors = join([_rusmarc_author(f) for f in record.get_fields("700", "701")])
    if authors is None:
        authors = clean(_sub(record, "200", "f"))
    published = record.get_fields("210") or record.get_fields("214")
    general = _sub(record, "100", "a") or ""
    children = len(general) > 17 and general[17] in _CHILDREN_RUSMARC
    return RecordData(
        position=position,
        title=title,
        authors=authors,
        isbn=_isbn(record, "010", position, notes),
        publisher=clean(next((f.get("c") for f in published if f.get("c")), None), 300),
        year=year_of(next((f.get("d") for f in published if f.get("d")), None)),
        language=language_of(_sub(record, "101", "a"), title),
        bbk=clean(_sub(record, "686", "a"), 100),
        udc=clean(_sub(record, "675", "a"), 100),
        audience=Audience.CHILDREN if children else Audience.ADULT,
        subjects=join(_subs(record, ("606",), "a"), limit=5000),
        control_number=_control(record, "001"),
        copies=_copies(record, position, notes),
        notes=tuple(notes),
    )


def map_record(record: Record, fmt: Format, position: int) -> RecordData:
    """Raises NoTitle for a record without one."""
    if fmt is Format.RUSMARC:
        return _rusmarc(record, position)
    return _marc21(record, position)
