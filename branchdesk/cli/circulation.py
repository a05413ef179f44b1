"""lend, return, renew: the desk's scans from a script."""

from __future__ import annotations

import argparse
from typing import Any

from branchdesk.cli.common import AddCommon, Commands, open_branch, operator, parse_date
from branchdesk.cli.text import emit_json, err, message, out, translate
from branchdesk.domain.model import Loan
from branchdesk.domain.outcomes import Outcome
from branchdesk.services import circulation
from branchdesk.services.results import DeskResult, Override, Status


def add_commands(commands: Commands, common: AddCommon) -> None:
    lend = commands.add_parser("lend", help="lend copies to a reader")
    lend.add_argument("card")
    lend.add_argument("barcodes", nargs="+", metavar="BARCODE")
    lend.add_argument("--due", metavar="YYYY-MM-DD", help="due date instead of the policy's")
    _confirm_options(lend)
    lend.set_defaults(handler=_lend)
    back = commands.add_parser("return", help="take copies back")
    back.add_argument("barcodes", nargs="+", metavar="BARCODE")
    back.add_argument("--json", action="store_true")
    back.set_defaults(handler=_return)
    renew = commands.add_parser("renew", help="renew loans")
    renew.add_argument("barcodes", nargs="+", metavar="BARCODE")
    _confirm_options(renew)
    renew.set_defaults(handler=_renew)
    for parser in (lend, back, renew):
        common(parser)


def _confirm_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--override",
        metavar="REASON",
        help="go ahead past warnings that need a librarian's confirmation, with this reason",
    )
    parser.add_argument("--json", action="store_true")


def _outcome_json(o: Outcome) -> dict[str, Any]:
    return {
        "code": o.code.value,
        "severity": o.severity.name.lower(),
        "params": o.params,
        "message": message(o.code.value, o.params),
    }


def _loan_json(loan: Loan | None) -> dict[str, Any] | None:
    if loan is None:
        return None
    return {
        "loan": loan.uuid,
        "barcode": loan.item_barcode,
        "title": loan.title,
        "card": loan.reader_card,
        "lent_at": loan.lent_at.isoformat(),
        "due_on": loan.due_on.isoformat(),
        "renewals": loan.renewals,
        "returned_at": loan.returned_at.isoformat() if loan.returned_at else None,
    }


def _report(barcode: str, result: DeskResult, done_text: str, as_json: list[Any] | None) -> bool:
    if as_json is not None:
        as_json.append(
            {
                "barcode": barcode,
                "status": result.status.value,
                "outcomes": [_outcome_json(o) for o in result.outcomes],
                "loan": _loan_json(result.loan),
            }
        )
        return result.done
    notes = [message(o.code.value, o.params) for o in result.outcomes]
    if result.status is Status.DONE:
        out(done_text)
        for note in notes:
            out(f"  ! {note}")
    elif result.status is Status.NEEDS_CONFIRMATION:
        err(
            translate("cli", "{barcode}: needs a librarian's confirmation:").format(barcode=barcode)
        )
        for note in notes:
            err(f"  ? {note}")
        err(translate("cli", '  To go ahead, repeat with --override "REASON".'))
    else:
        err(translate("cli", "{barcode}: not done:").format(barcode=barcode))
        for note in notes:
            err(f"  × {note}")
    return result.done


def _finish(ok: bool, as_json: list[Any] | None) -> int:
    if as_json is not None:
        emit_json(as_json)
    return 0 if ok else 1


def _override(args: argparse.Namespace) -> Override | None:
    return None if args.override is None else Override(args.override)


def _lend(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    due = parse_date(args.due) if args.due else None
    as_json: list[Any] | None = [] if args.json else None
    ok = True
    for barcode in args.barcodes:
        result = circulation.lend(ctx, args.card, barcode, operator(args), _override(args), due)
        text = ""
        if result.loan is not None:
            text = translate("cli", "{barcode} «{title}» lent to {card}, due {due}").format(
                barcode=result.loan.item_barcode,
                title=result.loan.title,
                card=result.loan.reader_card,
                due=result.loan.due_on.isoformat(),
            )
        ok = _report(barcode, result, text, as_json) and ok
    return _finish(ok, as_json)


def _return(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    as_json: list[Any] | None = [] if args.json else None
    ok = True
    for barcode in args.barcodes:
        result = circulation.return_item(ctx, barcode, operator(args))
        if result.loan is not None:
            text = translate("cli", "{barcode} «{title}» returned by {card}").format(
                barcode=result.loan.item_barcode,
                title=result.loan.title,
                card=result.loan.reader_card,
            )
        else:
            text = translate("cli", "{barcode} is back on the shelf").format(barcode=barcode)
        ok = _report(barcode, result, text, as_json) and ok
    return _finish(ok, as_json)


def _renew(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    as_json: list[Any] | None = [] if args.json else None
    ok = True
    for barcode in args.barcodes:
        result = circulation.renew(ctx, barcode, operator(args), _override(args))
        text = ""
        if result.loan is not None:
            text = translate("cli", "{barcode} «{title}» renewed, now due {due}").format(
                barcode=result.loan.item_barcode,
                title=result.loan.title,
                due=result.loan.due_on.isoformat(),
            )
        ok = _report(barcode, result, text, as_json) and ok
    return _finish(ok, as_json)
