"""The desk's loan documents: the slip after a visit (and its reprint), the reader's
формуляр, overdue letters and the overdue list (DESIGN §7). Each reader's document is in
the reader's language of service (Kazakh unless the reader is served in Russian)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from branchdesk.domain.codes import normalise_scan, parse_card
from branchdesk.domain.model import Reader
from branchdesk.errors import InvalidInput, NotFound, WorldError
from branchdesk.i18n import translate
from branchdesk.messages import FIELDS
from branchdesk.paths import printouts_dir
from branchdesk.printing.formular import Formular, HistoryLoan, write_formular
from branchdesk.printing.output import write_whole
from branchdesk.printing.overdue import LateLoan, LateReader, write_notices, write_overdue_list
from branchdesk.printing.slip import Slip, SlipLoan, write_slip
from branchdesk.services.context import BranchContext
from branchdesk.services.settings import branch_details
from branchdesk.store import queries

LAST_SLIP = "last-slip.pdf"


def reader_language(reader: Reader) -> str:
    return "ru" if reader.language == "ru" else "kk"


def print_slip(ctx: BranchContext, card: str, out: Path, *, receipt: bool = True) -> Path:
    """The reader's open loans and their due dates; kept as the last slip for a reprint."""
    _pdf(out)
    with ctx.db.read() as session:
        reader = _reader(session, card)
        loans = queries.reader_loans(session, reader.card_number)
    slip = Slip(
        branch=branch_details(ctx).name_in(reader_language(reader)),
        reader_name=reader.full_name,
        card=reader.card_number,
        printed_at=ctx.now(),
        loans=[SlipLoan(loan.item_barcode, loan.title, loan.due_on) for loan in loans],
        language=reader_language(reader),
    )
    write_slip(out, slip, receipt=receipt)
    kept = printouts_dir(ctx.db.path.parent)
    kept.mkdir(parents=True, exist_ok=True)
    if out.resolve() != (kept / LAST_SLIP).resolve():
        write_whole(kept / LAST_SLIP, lambda path: _copy(out, path))
    return out


def reprint_last_slip(ctx: BranchContext, out: Path) -> Path:
    _pdf(out)
    last = printouts_dir(ctx.db.path.parent) / LAST_SLIP
    if not last.is_file():
        raise WorldError("no_last_slip")
    write_whole(out, lambda path: _copy(last, path))
    return out


def print_formular(ctx: BranchContext, card: str, out: Path) -> Path:
    _pdf(out)
    with ctx.db.read() as session:
        reader = _reader(session, card)
        loans = queries.reader_loans(session, reader.card_number, open_only=False)
        lang = reader_language(reader)

    def field(name: str) -> str:
        return translate(lang, "fields", FIELDS[name])

    address = ", ".join(
        part for part in (reader.settlement, reader.street, reader.house, reader.flat) if part
    )
    details = [
        (field("birth_date"), _day(reader.birth_date)),
        (field("phone"), reader.phone or ""),
        (field("address"), address),
        (field("registered_on"), _day(reader.registered_on)),
        (field("card_valid_until"), _day(reader.card_valid_until)),
    ]
    formular = Formular(
        branch=branch_details(ctx).name_in(lang),
        reader_name=reader.full_name,
        card=reader.card_number,
        details=[(name, value) for name, value in details if value],
        loans=[
            HistoryLoan(
                loan.lent_at,
                loan.item_barcode,
                loan.title,
                loan.due_on,
                loan.returned_at,
                loan.branch,
            )
            for loan in loans
        ],
        language=lang,
        printed_at=ctx.now(),
    )
    write_formular(out, formular)
    return out


def print_overdue(
    ctx: BranchContext, out: Path, *, letters: bool, lang: str, day: date | None = None
) -> int:
    """Letters to every reader with books past due (each in the reader's language), or the
    list of them for the librarian (in `lang`); returns how many readers."""
    _pdf(out)
    day = day or ctx.today()
    with ctx.db.read() as session:
        late = queries.overdue_loans(session, day)
        readers: list[LateReader] = []
        for card in dict.fromkeys(loan.reader_card for loan in late):
            reader = queries.find_reader(session, card)
            assert reader is not None
            address = ", ".join(p for p in (reader.settlement, reader.street, reader.house) if p)
            readers.append(
                LateReader(
                    card=card,
                    name=reader.full_name,
                    phone=reader.phone,
                    address=address or None,
                    language=reader_language(reader),
                    loans=[
                        LateLoan(
                            loan.item_barcode, loan.title, loan.due_on, (day - loan.due_on).days
                        )
                        for loan in late
                        if loan.reader_card == card
                    ],
                )
            )
    if not readers:
        raise WorldError("nothing_to_print")
    branch = branch_details(ctx).name_in(lang)
    if letters:
        write_notices(out, branch, readers, day)
    else:
        write_overdue_list(out, branch, readers, day, lang)
    return len(readers)


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)


def _pdf(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("pdf_expected", field="out")


def _reader(session: Session, card: str) -> Reader:
    number = parse_card(card) or normalise_scan(card)
    found = queries.find_reader(session, number)
    if found is None:
        raise NotFound("unknown_card", card=number)
    return found


def _day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")
