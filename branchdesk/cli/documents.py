"""cards, labels, slip, formular, overdue: documents for the printer (DESIGN §7, §9)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from branchdesk.cli.common import AddCommon, Commands, open_branch, parse_date
from branchdesk.cli.text import emit_json, language, out, translate

if TYPE_CHECKING:
    # Printing brings reportlab and openpyxl: loaded by the command that prints, not by
    # every start of the program (the desk starts through this command line too).
    from branchdesk.services.context import BranchContext
    from branchdesk.services.reports import ReportMade

T = TypeVar("T")


def add_commands(commands: Commands, common: AddCommon) -> None:
    cards = commands.add_parser("cards", help="reader cards to a PDF")
    chosen = cards.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--readers", nargs="+", metavar="CARD")
    chosen.add_argument("--new-since", metavar="DATE", help="readers registered since DATE")
    cards.add_argument("--out", required=True, metavar="FILE.pdf")
    cards.add_argument(
        "--layout",
        choices=("a4", "cr80"),
        default="a4",
        help="A4 sheets of ten (default) or one 85.6 × 54 mm card per page",
    )
    cards.add_argument("--json", action="store_true")
    cards.set_defaults(handler=_cards)
    labels = commands.add_parser("labels", help="item labels to a PDF (A4, 24 a sheet)")
    chosen = labels.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--items", nargs="+", metavar="BARCODE")
    chosen.add_argument("--new-since", metavar="DATE", help="copies acquired since DATE")
    chosen.add_argument("--copies-of", metavar="BARCODE", help="every copy of this copy's title")
    labels.add_argument("--out", required=True, metavar="FILE.pdf")
    labels.add_argument("--json", action="store_true")
    labels.set_defaults(handler=_labels)
    slip = commands.add_parser("slip", help="a reader's loans and due dates, to take home")
    which = slip.add_mutually_exclusive_group(required=True)
    which.add_argument("card", nargs="?", metavar="CARD")
    which.add_argument("--last", action="store_true", help="the last slip printed, again")
    slip.add_argument("--out", required=True, metavar="FILE.pdf")
    slip.add_argument("--a5", action="store_true", help="an A5 sheet, not an 80 mm receipt")
    slip.set_defaults(handler=_slip)
    formular = commands.add_parser("formular", help="a reader's формуляр: every loan")
    formular.add_argument("card", metavar="CARD")
    formular.add_argument("--out", required=True, metavar="FILE.pdf")
    formular.set_defaults(handler=_formular)
    overdue = commands.add_parser("overdue", help="overdue books: the list, or letters")
    overdue.add_argument("--out", required=True, metavar="FILE.pdf")
    overdue.add_argument("--letters", action="store_true", help="a letter to each reader")
    overdue.add_argument("--json", action="store_true")
    overdue.set_defaults(handler=_overdue)
    report = commands.add_parser("report", help="a report for a period, as PDF or XLSX")
    report.add_argument("name", metavar="NAME", help="diary")
    report.add_argument("--period", required=True, metavar="P", help="2026-11, 2026-Q4, 2026")
    report.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    report.add_argument("--json", action="store_true")
    report.set_defaults(handler=_report)
    for parser in (cards, labels, slip, formular, overdue, report):
        common(parser)


def _on_branch(args: argparse.Namespace, work: Callable[[BranchContext], T]) -> T:
    """Run `work` on the branch, and let go of its database whatever happens."""
    ctx = open_branch(args)
    try:
        return work(ctx)
    finally:
        ctx.db.dispose()


def _since(args: argparse.Namespace) -> date | None:
    return None if args.new_since is None else parse_date(args.new_since)


def _cards(args: argparse.Namespace) -> int:
    from branchdesk.services.cards import print_cards

    done = _on_branch(
        args,
        lambda ctx: print_cards(
            ctx,
            Path(args.out),
            cards=args.readers or (),
            new_since=_since(args),
            sheet=args.layout == "a4",
        ),
    )
    if args.json:
        emit_json({"out": str(done.path), "cards": list(done.cards), "pages": done.pages})
    else:
        summary = translate("cli", "{count} cards, {pages} pages: {path}")
        out(summary.format(count=len(done.cards), pages=done.pages, path=done.path))
    return 0


def _labels(args: argparse.Namespace) -> int:
    from branchdesk.services.labels import print_labels

    done = _on_branch(
        args,
        lambda ctx: print_labels(
            ctx,
            Path(args.out),
            barcodes=args.items or (),
            new_since=_since(args),
            copies_of=args.copies_of,
        ),
    )
    if args.json:
        emit_json({"out": str(done.path), "items": list(done.barcodes), "pages": done.pages})
    else:
        summary = translate("cli", "{count} labels, {pages} pages: {path}")
        out(summary.format(count=len(done.barcodes), pages=done.pages, path=done.path))
    return 0


def _written(path: Path) -> None:
    out(translate("cli", "Written: {path}").format(path=path))


def _slip(args: argparse.Namespace) -> int:
    from branchdesk.services.documents import print_slip, reprint_last_slip

    if args.last:
        _written(_on_branch(args, lambda ctx: reprint_last_slip(ctx, Path(args.out))))
    else:
        receipt = not args.a5
        _written(
            _on_branch(
                args, lambda ctx: print_slip(ctx, args.card, Path(args.out), receipt=receipt)
            )
        )
    return 0


def _formular(args: argparse.Namespace) -> int:
    from branchdesk.services.documents import print_formular

    _written(_on_branch(args, lambda ctx: print_formular(ctx, args.card, Path(args.out))))
    return 0


def _overdue(args: argparse.Namespace) -> int:
    from branchdesk.services.documents import print_overdue

    readers = _on_branch(
        args,
        lambda ctx: print_overdue(ctx, Path(args.out), letters=args.letters, lang=language()),
    )
    if args.json:
        emit_json({"out": args.out, "readers": readers})
    else:
        _written(Path(args.out))
    return 0


def _report(args: argparse.Namespace) -> int:
    from branchdesk.services.reports import make_report

    done = _on_branch(
        args, lambda ctx: make_report(ctx, args.name, args.period, Path(args.out), language())
    )
    report_made(done, args.json)
    return 0


def report_made(done: ReportMade, as_json: bool) -> None:
    """What `report` and `central report` print when the file is written."""
    if as_json:
        emit_json(
            {
                "report": done.name,
                "period": done.period.name,
                "start": done.period.start.isoformat(),
                "end": done.period.end.isoformat(),
                "out": str(done.path),
            }
        )
    else:
        _written(done.path)
