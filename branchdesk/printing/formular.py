"""The reader's формуляр: who the reader is and every loan they have had, newest first, in
the reader's language (A4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from branchdesk.i18n import QT_TRANSLATE_NOOP, translate
from branchdesk.printing.document import build, frame_width, para, table


@dataclass(frozen=True)
class HistoryLoan:
    lent_at: datetime
    barcode: str
    title: str
    due_on: date
    returned_at: datetime | None
    branch: str


@dataclass(frozen=True)
class Formular:
    branch: str
    reader_name: str
    card: str
    details: Sequence[tuple[str, str]]  # (caption, value), already in the reader's language
    loans: Sequence[HistoryLoan]
    language: str
    printed_at: datetime


_WORDS = {
    "heading": QT_TRANSLATE_NOOP("documents", "Reader's record (формуляр)"),
    "card": QT_TRANSLATE_NOOP("documents", "Card"),
    "lent": QT_TRANSLATE_NOOP("documents", "Lent"),
    "barcode": QT_TRANSLATE_NOOP("documents", "Barcode"),
    "title": QT_TRANSLATE_NOOP("documents", "Title"),
    "due": QT_TRANSLATE_NOOP("documents", "Due"),
    "returned": QT_TRANSLATE_NOOP("documents", "Returned"),
    "branch": QT_TRANSLATE_NOOP("documents", "Branch"),
    "on_loan": QT_TRANSLATE_NOOP("documents", "on loan"),
    "none": QT_TRANSLATE_NOOP("documents", "No loans yet."),
    "printed": QT_TRANSLATE_NOOP("documents", "Printed"),
}

MARGIN = 15 * mm


def caption(lang: str, source: str) -> str:
    return translate(lang, "documents", source)


def write_formular(out: Path, formular: Formular) -> None:
    say = {key: caption(formular.language, source) for key, source in _WORDS.items()}
    width = frame_width(A4, MARGIN)
    story: list[Flowable] = [
        para(formular.branch, 10),
        para(say["heading"], 14, bold=True),
        para(f"{formular.reader_name} · {say['card']} {formular.card}", 11, bold=True),
        Spacer(1, 2 * mm),
    ]
    story += [para(f"{name}: {value}", 9) for name, value in formular.details]
    story.append(Spacer(1, 4 * mm))
    if formular.loans:
        rows = [
            [
                loan.lent_at.strftime("%d.%m.%Y"),
                loan.barcode,
                loan.title,
                loan.due_on.strftime("%d.%m.%Y"),
                say["on_loan"]
                if loan.returned_at is None
                else loan.returned_at.strftime("%d.%m.%Y"),
                loan.branch,
            ]
            for loan in formular.loans
        ]
        header = [say[k] for k in ("lent", "barcode", "title", "due", "returned", "branch")]
        shares = (0.12, 0.13, 0.37, 0.13, 0.14, 0.11)
        story.append(table(header, rows, [width * s for s in shares]))
    else:
        story.append(para(say["none"], 9))
    story += [
        Spacer(1, 3 * mm),
        para(f"{say['printed']}: {formular.printed_at.strftime('%d.%m.%Y %H:%M')}", 8),
    ]
    build(out, story, A4, MARGIN, "Formular")
