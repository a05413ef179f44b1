"""cards, labels: documents for the printer (DESIGN §7, §9)."""

from __future__ import annotations

import argparse
from pathlib import Path

from branchdesk.cli.common import AddCommon, Commands, open_branch, parse_date
from branchdesk.cli.text import emit_json, out, translate
from branchdesk.services.cards import print_cards
from branchdesk.services.labels import print_labels


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
    for parser in (cards, labels):
        common(parser)


def _cards(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    try:
        since = None if args.new_since is None else parse_date(args.new_since)
        done = print_cards(
            ctx,
            Path(args.out),
            cards=args.readers or (),
            new_since=since,
            sheet=args.layout == "a4",
        )
    finally:
        ctx.db.dispose()
    if args.json:
        emit_json({"out": str(done.path), "cards": list(done.cards), "pages": done.pages})
    else:
        out(
            translate("cli", "{count} cards, {pages} pages: {path}").format(
                count=len(done.cards), pages=done.pages, path=done.path
            )
        )
    return 0


def _labels(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    try:
        since = None if args.new_since is None else parse_date(args.new_since)
        done = print_labels(
            ctx,
            Path(args.out),
            barcodes=args.items or (),
            new_since=since,
            copies_of=args.copies_of,
        )
    finally:
        ctx.db.dispose()
    if args.json:
        emit_json({"out": str(done.path), "items": list(done.barcodes), "pages": done.pages})
    else:
        out(
            translate("cli", "{count} labels, {pages} pages: {path}").format(
                count=len(done.barcodes), pages=done.pages, path=done.path
            )
        )
    return 0
