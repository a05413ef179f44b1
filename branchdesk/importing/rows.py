"""Rows of a sheet as catalogue records (one copy per row) or as readers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from branchdesk.domain.groups import SocialGroup
from branchdesk.domain.model import Audience
from branchdesk.domain.readers import ReaderInput
from branchdesk.importing.columns import fold
from branchdesk.importing.model import CopyData, Problem, RecordData, TableRow
from branchdesk.importing.values import (
    barcode_of,
    clean,
    date_of,
    language_of,
    normalise_isbn,
    year_of,
)

_CHILDREN = frozenset({"children", "детская", "детям", "балалар", "балаларға", "дети"})


class BadRow(Exception):
    def __init__(self, code: str, **params: str | int) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _date(cells: dict[str, str], name: str) -> date | None:
    try:
        return date_of(cells.get(name))
    except ValueError:
        raise BadRow("bad_date", field=name, value=cells.get(name, "")[:40]) from None


def record_from_row(row: TableRow, columns: dict[str, str]) -> RecordData:
    """One row: a title and at most one copy. Rows of the same title become one record
    with several copies when they are written (matched like a newer export)."""
    cells = {name: row.cells.get(header, "") for name, header in columns.items()}
    title = clean(cells.get("title"))
    if not title:
        raise BadRow("no_title")
    subtitle = clean(cells.get("subtitle"))
    if subtitle:
        title = f"{title} : {subtitle}"[:1000]
    notes: list[Problem] = []
    isbn = normalise_isbn(cells.get("isbn"))
    if cells.get("isbn") and isbn is None:
        notes.append(Problem(row.position, "bad_isbn", {"isbn": cells["isbn"][:30]}))
    copies: tuple[CopyData, ...] = ()
    written = cells.get("barcode") or cells.get("inventory_number")
    if written:
        barcode = barcode_of(written)
        if barcode is None:
            notes.append(Problem(row.position, "malformed_barcode", {"barcode": written[:40]}))
        else:
            copies = (
                CopyData(
                    barcode=barcode,
                    inventory_number=clean(cells.get("inventory_number"), 50),
                    location=clean(cells.get("location"), 100),
                    home_branch=(cells.get("home_branch") or "").strip().upper() or None,
                    price=clean(cells.get("price"), 20),
                    acquired_on=_date(cells, "acquired_on"),
                ),
            )
    audience = Audience.CHILDREN if fold(cells.get("audience", "")) in _CHILDREN else None
    return RecordData(
        position=row.position,
        title=title,
        authors=clean(cells.get("authors")),
        isbn=isbn,
        publisher=clean(cells.get("publisher"), 300),
        year=year_of(cells.get("year")),
        language=language_of(cells.get("language") or None, title),
        bbk=clean(cells.get("bbk"), 100),
        udc=clean(cells.get("udc"), 100),
        audience=audience or Audience.ADULT,
        subjects=clean(cells.get("subjects"), 5000),
        control_number=clean(cells.get("control_number"), 50),
        copies=copies,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class ReaderRow:
    position: int
    data: ReaderInput
    card: str | None
    registered_on: date | None


_SEX = {
    "m": "m",
    "м": "m",
    "муж": "m",
    "мужской": "m",
    "ер": "m",
    "f": "f",
    "ж": "f",
    "жен": "f",
    "женский": "f",
    "ә": "f",
    "әйел": "f",
}
_CATEGORIES = {
    "дошкольник": SocialGroup.PRESCHOOL,
    "мектеп жасына дейінгі": SocialGroup.PRESCHOOL,
    "учащийся": SocialGroup.PUPIL,
    "школьник": SocialGroup.PUPIL,
    "оқушы": SocialGroup.PUPIL,
    "студент": SocialGroup.STUDENT,
    "служащий": SocialGroup.EMPLOYEE,
    "специалист": SocialGroup.EMPLOYEE,
    "қызметкер": SocialGroup.EMPLOYEE,
    "рабочий": SocialGroup.WORKER,
    "жұмысшы": SocialGroup.WORKER,
    "пенсионер": SocialGroup.PENSIONER,
    "зейнеткер": SocialGroup.PENSIONER,
    "безработный": SocialGroup.UNEMPLOYED,
    "жұмыссыз": SocialGroup.UNEMPLOYED,
    "другие": SocialGroup.OTHER,
    "басқа": SocialGroup.OTHER,
}


def _category(text: str) -> str:
    folded = fold(text)
    if not folded:
        return SocialGroup.OTHER.value
    if folded in {g.value for g in SocialGroup}:
        return folded
    found = _CATEGORIES.get(folded)
    if found is None:
        raise BadRow("unknown_category", field="category", category=text[:40])
    return found.value


def _sex(text: str) -> str | None:
    folded = fold(text).rstrip(".")
    if not folded:
        return None
    found = _SEX.get(folded)
    if found is None:
        raise BadRow("unknown_sex", field="sex")
    return found


def reader_from_row(row: TableRow, columns: dict[str, str]) -> ReaderRow:
    cells = {name: row.cells.get(header, "").strip() for name, header in columns.items()}

    def text(name: str) -> str | None:
        return cells.get(name) or None

    data = ReaderInput(
        surname=cells.get("surname", ""),
        name=cells.get("name", ""),
        patronymic=text("patronymic"),
        iin=(cells.get("iin") or "").replace(" ", "") or None,
        birth_date=_date(cells, "birth_date"),
        sex=_sex(cells.get("sex", "")),
        category=_category(cells.get("category", "")),
        school_or_work=text("school_or_work"),
        education=text("education"),
        settlement=text("settlement"),
        street=text("street"),
        house=text("house"),
        flat=text("flat"),
        phone=text("phone"),
        guarantor_name=text("guarantor_name"),
        guarantor_iin=(cells.get("guarantor_iin") or "").replace(" ", "") or None,
        guarantor_phone=text("guarantor_phone"),
        consent_date=_date(cells, "consent_date"),
        language=text("language"),
        notes=text("notes"),
    )
    return ReaderRow(row.position, data, text("card"), _date(cells, "registered_on"))
