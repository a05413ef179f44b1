"""The loan slip a reader takes home after a visit to the desk: what they have and until
when, in the reader's language; for an 80 mm receipt printer or an A5 sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from branchdesk.i18n import QT_TRANSLATE_NOOP, translate
from branchdesk.printing.document import FRAME_PADDING, build, frame_width, para, table

RECEIPT_WIDTH = 80 * mm
RECEIPT_MARGIN = 4 * mm


@dataclass(frozen=True)
class SlipLoan:
    barcode: str
    title: str
    due_on: date


@dataclass(frozen=True)
class Slip:
    branch: str
    reader_name: str
    card: str
    printed_at: datetime
    loans: Sequence[SlipLoan]
    language: str  # the reader's: kk or ru


_WORDS = {
    "heading": QT_TRANSLATE_NOOP("documents", "Books on loan"),
    "card": QT_TRANSLATE_NOOP("documents", "Card"),
    "title": QT_TRANSLATE_NOOP("documents", "Title"),
    "barcode": QT_TRANSLATE_NOOP("documents", "Barcode"),
    "due": QT_TRANSLATE_NOOP("documents", "Due"),
    "none": QT_TRANSLATE_NOOP("documents", "No books on loan."),
    "please": QT_TRANSLATE_NOOP("documents", "Please bring the books back by the date due."),
    "printed": QT_TRANSLATE_NOOP("documents", "Printed"),
}


def words(lang: str) -> dict[str, str]:
    return {key: translate(lang, "documents", source) for key, source in _WORDS.items()}


def write_slip(out: Path, slip: Slip, *, receipt: bool) -> None:
    """Write the slip to `out`: a receipt 80 mm wide and as long as it needs, or A5."""
    say = words(slip.language)
    width = frame_width((RECEIPT_WIDTH, 0), RECEIPT_MARGIN) if receipt else frame_width(A5, 12 * mm)
    size = 8 if receipt else 9
    story: list[Flowable] = [
        para(slip.branch, size + 1, bold=True),
        para(slip.reader_name, size, bold=True),
        para(f"{say['card']}: {slip.card}", size),
        Spacer(1, 2 * mm),
        para(say["heading"], size, bold=True),
    ]
    if slip.loans:
        rows = [[loan.title, loan.barcode, loan.due_on.strftime("%d.%m.%Y")] for loan in slip.loans]
        story.append(
            table(
                [say["title"], say["barcode"], say["due"]],
                rows,
                [width * 0.48, width * 0.25, width * 0.27],
                size - 1,
            )
        )
    else:
        story.append(para(say["none"], size))
    story += [
        Spacer(1, 2 * mm),
        para(say["please"], size),
        para(f"{say['printed']}: {slip.printed_at.strftime('%d.%m.%Y %H:%M')}", size - 1),
    ]
    if receipt:
        # As long as the slip is: one page off the roll.
        height = sum(f.wrap(width, 10_000)[1] for f in story)
        height += 2 * RECEIPT_MARGIN + 2 * FRAME_PADDING + 8 * mm
        build(out, story, (RECEIPT_WIDTH, height), RECEIPT_MARGIN, "Slip")
    else:
        build(out, story, A5, 12 * mm, "Slip")
