"""Overdue books: a letter to each reader in the reader's language, listing what is late and
asking for it back; and the branch's overdue list for the librarian (A4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from branchdesk.i18n import QT_TRANSLATE_NOOP, translate
from branchdesk.printing.document import build, frame_width, para, table


@dataclass(frozen=True)
class LateLoan:
    barcode: str
    title: str
    due_on: date
    days_late: int


@dataclass(frozen=True)
class LateReader:
    card: str
    name: str
    phone: str | None
    address: str | None
    language: str  # the reader's: kk or ru
    loans: Sequence[LateLoan]


_WORDS = {
    "letter": QT_TRANSLATE_NOOP("documents", "Dear {name},"),
    "body": QT_TRANSLATE_NOOP(
        "documents",
        "the books below were due back at the library and are not returned yet. Please bring "
        "them back, or come and renew them. Thank you!",
    ),
    "list": QT_TRANSLATE_NOOP("documents", "Overdue books on {day}"),
    "card": QT_TRANSLATE_NOOP("documents", "Card"),
    "reader": QT_TRANSLATE_NOOP("documents", "Reader"),
    "phone": QT_TRANSLATE_NOOP("documents", "Phone"),
    "title": QT_TRANSLATE_NOOP("documents", "Title"),
    "barcode": QT_TRANSLATE_NOOP("documents", "Barcode"),
    "due": QT_TRANSLATE_NOOP("documents", "Due"),
    "late": QT_TRANSLATE_NOOP("documents", "Days late"),
    "total": QT_TRANSLATE_NOOP("documents", "Readers: {readers}; books: {books}."),
}

MARGIN = 18 * mm


def _say(lang: str) -> dict[str, str]:
    return {key: translate(lang, "documents", source) for key, source in _WORDS.items()}


def write_notices(out: Path, branch: str, readers: Sequence[LateReader], day: date) -> None:
    """One letter per reader, each on its own page."""
    width = frame_width(A4, MARGIN)
    story: list[Flowable] = []
    for n, reader in enumerate(readers):
        say = _say(reader.language)
        if n:
            story.append(PageBreak())
        story += [
            para(branch, 10),
            para(day.strftime("%d.%m.%Y"), 9),
            Spacer(1, 8 * mm),
            para(reader.name, 11, bold=True),
            para(reader.address or "", 9),
            Spacer(1, 8 * mm),
            para(say["letter"].format(name=reader.name), 11),
            para(say["body"], 11),
            Spacer(1, 4 * mm),
            table(
                [say["title"], say["barcode"], say["due"], say["late"]],
                [
                    [
                        loan.title,
                        loan.barcode,
                        loan.due_on.strftime("%d.%m.%Y"),
                        str(loan.days_late),
                    ]
                    for loan in reader.loans
                ],
                [width * 0.52, width * 0.18, width * 0.16, width * 0.14],
                9,
            ),
            Spacer(1, 6 * mm),
            para(f"{say['card']}: {reader.card}", 9),
        ]
    build(out, story, A4, MARGIN, "Overdue notices")


def write_overdue_list(
    out: Path, branch: str, readers: Sequence[LateReader], day: date, lang: str
) -> None:
    say = _say(lang)
    page = landscape(A4)  # seven columns, names and titles unbroken
    width = frame_width(page, 12 * mm)
    rows = [
        [
            reader.card,
            reader.name,
            reader.phone or "",
            loan.title,
            loan.barcode,
            loan.due_on.strftime("%d.%m.%Y"),
            str(loan.days_late),
        ]
        for reader in readers
        for loan in reader.loans
    ]
    header = [say[k] for k in ("card", "reader", "phone", "title", "barcode", "due", "late")]
    shares = (0.1, 0.2, 0.12, 0.31, 0.1, 0.09, 0.08)
    story: list[Flowable] = [
        para(branch, 10),
        para(say["list"].format(day=day.strftime("%d.%m.%Y")), 13, bold=True),
        Spacer(1, 3 * mm),
        table(header, rows, [width * s for s in shares]),
        Spacer(1, 3 * mm),
        para(say["total"].format(readers=len(readers), books=len(rows)), 9),
    ]
    build(out, story, page, 12 * mm, "Overdue list")
