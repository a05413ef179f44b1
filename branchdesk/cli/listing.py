"""readers, items, status, journal: what is in the branch, for people and for scripts."""

from __future__ import annotations

import argparse
import json

from branchdesk.cli import carry
from branchdesk.cli.common import AddCommon, Commands, open_branch
from branchdesk.cli.text import emit_json, language, out, translate
from branchdesk.domain.model import ItemStatus
from branchdesk.errors import InvalidInput
from branchdesk.messages import status_label
from branchdesk.store import queries
from branchdesk.sync.journal import OpState


def add_commands(commands: Commands, common: AddCommon) -> None:
    readers = commands.add_parser("readers", help="list or find readers")
    readers.add_argument("--query", "-q", metavar="Q")
    readers.add_argument("--limit", type=int, default=None)
    readers.add_argument("--json", action="store_true")
    readers.set_defaults(handler=_readers)
    items = commands.add_parser("items", help="list or find copies")
    items.add_argument("--query", "-q", metavar="Q")
    items.add_argument("--status", choices=[s.value for s in ItemStatus])
    items.add_argument("--limit", type=int, default=None)
    items.add_argument("--json", action="store_true")
    items.set_defaults(handler=_items)
    status = commands.add_parser("status", help="counts, journal waiting, last sync, conflicts")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)
    journal = commands.add_parser("journal", help="operations in the journal")
    journal.add_argument("--state", choices=[s.value for s in OpState])
    journal.add_argument("--limit", type=int, default=None)
    journal.add_argument("--json", action="store_true")
    journal.set_defaults(handler=_journal)
    carry.add_journal_commands(journal, common)
    for parser in (readers, items, status, journal):
        common(parser)


def _limit(args: argparse.Namespace) -> int | None:
    if args.limit is not None and args.limit < 1:
        raise InvalidInput("too_small", field="limit")
    return args.limit if args.limit is not None or args.query else None


def _readers(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    with ctx.db.read() as session:
        found = queries.search_readers(session, args.query or "", limit=_limit(args))
    if args.json:
        emit_json(
            [
                {
                    "card": r.card_number,
                    "name": r.full_name,
                    "surname": r.surname,
                    "given_name": r.name,
                    "patronymic": r.patronymic,
                    "status": r.status.value,
                    "birth_date": r.birth_date,
                    "category": r.category,
                    "home_branch": r.home_branch,
                    "registered_on": r.registered_on,
                    "card_valid_until": r.card_valid_until,
                    "block_reason": r.block_reason,
                    "blocked_until": r.blocked_until,
                }
                for r in found
            ]
        )
        return 0
    for r in found:
        out(f"{r.card_number}  {r.full_name}  [{status_label(r.status.value, language())}]")
    return 0


def _items(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    status = ItemStatus(args.status) if args.status else None
    with ctx.db.read() as session:
        found = queries.search_items(session, args.query, status, limit=_limit(args))
    if args.json:
        emit_json(
            [
                {
                    "barcode": i.barcode,
                    "title": i.title,
                    "authors": i.authors,
                    "status": i.status.value,
                    "inventory_number": i.inventory_number,
                    "home_branch": i.home_branch,
                    "location": i.location,
                    "item_type": i.item_type.value,
                    "record": i.record_uuid,
                }
                for i in found
            ]
        )
        return 0
    for i in found:
        author = f"{i.authors.rstrip('.')}. " if i.authors else ""
        out(f"{i.barcode}  {author}{i.title}  [{status_label(i.status.value, language())}]")
    return 0


def _status(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    with ctx.db.read() as session:
        s = queries.branch_status(session, ctx.branch, ctx.today())
    if args.json:
        emit_json(
            {
                "branch": s.branch,
                "readers": s.readers,
                "records": s.records,
                "items": s.items,
                "items_on_loan": s.items_on_loan,
                "loans_open": s.open_loans,
                "loans_overdue": s.overdue_loans,
                "loans_total": s.loans_total,
                "journal_pending": s.journal_pending,
                "journal_total": s.journal_total,
                "last_sync": s.last_sync.isoformat() if s.last_sync else None,
                "conflicts": s.conflicts,
                "database": str(ctx.db.path),
            }
        )
        return 0
    never = translate("cli", "never", "last sync: never")
    lines = (
        translate("cli", "Branch {branch} ({path})"),
        translate("cli", "Readers: {readers}"),
        translate("cli", "Catalogue: {records} titles, {items} copies, {on_loan} on loan"),
        translate("cli", "Loans: {open} open, {overdue} overdue, {total} in all"),
        translate("cli", "Journal: {pending} operations waiting to be sent, {journal} in all"),
        translate("cli", "Last sync: {last_sync}"),
        translate("cli", "Conflicts: {conflicts}"),
    )
    values = {
        "branch": s.branch,
        "path": ctx.db.path,
        "readers": s.readers,
        "records": s.records,
        "items": s.items,
        "on_loan": s.items_on_loan,
        "open": s.open_loans,
        "overdue": s.overdue_loans,
        "total": s.loans_total,
        "pending": s.journal_pending,
        "journal": s.journal_total,
        "last_sync": s.last_sync.isoformat(" ", "minutes") if s.last_sync else never,
        "conflicts": s.conflicts,
    }
    for line in lines:
        out(line.format(**values))
    return 0


def _journal(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    with ctx.db.read() as session:
        entries = queries.journal_entries(session, args.state, args.limit)
    if args.json:
        emit_json(
            [
                {
                    "device_seq": e.device_seq,
                    "op_id": e.op_id,
                    "kind": e.kind,
                    "state": e.state,
                    "operator": e.operator,
                    "created_local": e.created_local,
                    "payload": json.loads(e.payload),
                    "result_code": e.result_code,
                    "attempts": e.attempts,
                }
                for e in entries
            ]
        )
        return 0
    for e in entries:
        out(
            f"{e.device_seq:>7}  {e.created_local[:19]}  {e.state:<9} {e.kind:<18} "
            f"{e.operator:<12} {e.result_code or ''}".rstrip()
        )
    return 0
