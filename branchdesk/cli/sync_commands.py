"""sync and the central library's commands (DESIGN §9)."""

from __future__ import annotations

import argparse
import os
import sys

from branchdesk.cli import carry
from branchdesk.cli.common import AddCommon, Commands, branch_dir, open_branch
from branchdesk.cli.importing import add_central_command as add_central_import
from branchdesk.cli.text import emit_json, language, out, translate
from branchdesk.errors import WorldError
from branchdesk.sync.summary import Summary


def add_commands(commands: Commands, common: AddCommon) -> None:
    sync = commands.add_parser("sync", help="push then pull now, print a summary")
    sync.add_argument("--json", action="store_true", help="the summary as JSON")
    sync.set_defaults(handler=_sync)
    common(sync)
    central = commands.add_parser("central", help="the central library's server")
    sub = central.add_subparsers(dest="central_command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", help="run the central server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8400)
    serve.set_defaults(handler=_serve)
    add = sub.add_parser("add-branch", help="register a branch; prints its token once")
    add.add_argument("code", metavar="CODE")
    add.add_argument("--name", required=True, metavar="NAME")
    add.add_argument("--name-ru", metavar="NAME")
    add.set_defaults(handler=_add_branch)
    renew = sub.add_parser("new-token", help="give a branch a new token (the old one stops)")
    renew.add_argument("code", metavar="CODE")
    renew.set_defaults(handler=_new_token)
    revoke = sub.add_parser("revoke", help="stop a branch's token")
    revoke.add_argument("code", metavar="CODE")
    revoke.set_defaults(handler=_revoke)
    branches = sub.add_parser("branches", help="branches with last sync and waiting figures")
    branches.add_argument("--json", action="store_true")
    branches.set_defaults(handler=_branches)
    conflicts = sub.add_parser("conflicts", help="conflicts between branches")
    conflicts.add_argument("--state", choices=("open", "resolved"))
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=_conflicts)
    rules = sub.add_parser("rules", help="set loan rules and calendar from a JSON file")
    rules.add_argument("file", metavar="FILE")
    rules.add_argument("--branch", metavar="CODE", help="only for this branch")
    rules.set_defaults(handler=_rules)
    staff = sub.add_parser(
        "add-staff", help="an account for a branch's desk (password read from standard input)"
    )
    staff.add_argument("code", metavar="CODE")
    staff.add_argument("login", metavar="LOGIN")
    staff.add_argument("--name", required=True, metavar="FULL_NAME")
    staff.add_argument("--role", default="librarian", choices=("librarian", "branch_admin"))
    staff.set_defaults(handler=_add_staff)
    report = sub.add_parser(
        "report", help="the diary or summary of every branch (or one) as PDF or XLSX"
    )
    report.add_argument("name", metavar="NAME", choices=("diary", "summary"))
    report.add_argument("--period", required=True, metavar="P", help="2026-11, 2026-Q4, 2026")
    report.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")
    report.add_argument("--branch", metavar="CODE", help="only this branch")
    report.add_argument("--json", action="store_true")
    report.set_defaults(handler=_report)
    imported = add_central_import(sub)
    carried = carry.add_central_command(sub)
    for parser in (
        serve,
        add,
        renew,
        revoke,
        branches,
        conflicts,
        rules,
        staff,
        report,
        imported,
        carried,
    ):
        parser.add_argument(
            "--db", metavar="URL", help="central database URL (or BRANCHDESK_CENTRAL_DB)"
        )
        common(parser)


def print_progress(stage: str, done: int, total: int | None) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{stage} {done}/{total}", end="", file=sys.stderr, flush=True)


def print_summary(summary: Summary) -> None:
    out(
        translate(
            "cli",
            "Sent: {applied} applied, {conflict} with a conflict, {rejected} refused, "
            "{duplicate} already there.",
        ).format(**carry.answer_counts(summary.pushed))
    )
    out(
        translate("cli", "Received: {changes} changes ({readers} readers, {items} copies).").format(
            changes=sum(summary.pulled.values()),
            readers=summary.pulled.get("reader", 0),
            items=summary.pulled.get("item", 0),
        )
    )
    out(translate("cli", "Waiting to be sent: {pending}").format(pending=summary.pending))
    if summary.clock_offset_ms is not None and abs(summary.clock_offset_ms) > 5 * 60 * 1000:
        out(
            translate(
                "cli", "This PC's clock is off by {minutes} minutes: set the date and time."
            ).format(minutes=round(summary.clock_offset_ms / 60000))
        )


def _sync(args: argparse.Namespace) -> int:
    from branchdesk.services.sync import run_sync

    ctx = open_branch(args)
    try:
        summary = run_sync(ctx.db, print_progress)
    finally:
        ctx.db.dispose()
        if sys.stderr.isatty():
            print(file=sys.stderr)
    if args.json:
        emit_json(summary.as_json())
    else:
        print_summary(summary)
    return 0


def central_engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    # Without the server (the desk's bundle) this import fails: cli.main says so.
    from branchdesk.central.store import default_url, open_central

    url = args.db or os.environ.get("BRANCHDESK_CENTRAL_DB") or default_url(branch_dir(args))
    return open_central(url)


def _report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from branchdesk.central.reports import make_central_report
    from branchdesk.cli.documents import report_made

    done = make_central_report(
        central_engine(args), args.name, args.period, Path(args.out), language(), branch=args.branch
    )
    report_made(done, args.json)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from branchdesk.central.serve import serve

    engine = central_engine(args)
    serve(engine, args.host, args.port)
    return 0


def _add_branch(args: argparse.Namespace) -> int:
    from branchdesk.central.branches import add_branch

    token = add_branch(central_engine(args), args.code, args.name, args.name_ru)
    out(
        translate("cli", "Branch {branch} added. Its token (shown only now):").format(
            branch=args.code.strip().upper()
        )
    )
    out(token)
    return 0


def _new_token(args: argparse.Namespace) -> int:
    from branchdesk.central.branches import new_token

    out(new_token(central_engine(args), args.code))
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from branchdesk.central.branches import revoke

    revoke(central_engine(args), args.code)
    out(
        translate("cli", "The token of branch {branch} no longer works.").format(
            branch=args.code.upper()
        )
    )
    return 0


def _rules(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from branchdesk.central.rules import set_rules

    try:
        doc = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except ValueError as exc:
        raise WorldError("bad_rules_file", field="file") from exc
    if not isinstance(doc, dict):
        raise WorldError("bad_rules_file", field="file")
    set_rules(central_engine(args), doc, args.branch)
    out(translate("cli", "The rules are saved; branches receive them with their next sync."))
    return 0


def _add_staff(args: argparse.Namespace) -> int:
    import getpass

    from branchdesk.central.rules import add_staff

    if sys.stdin.isatty():
        password = getpass.getpass(translate("cli", "Password: "))
    else:
        password = sys.stdin.readline().rstrip("\n")
    add_staff(central_engine(args), args.code, args.login, args.name, args.role, password)
    out(
        translate("cli", "Account {login} is saved for branch {branch}.").format(
            login=args.login, branch=args.code.upper()
        )
    )
    return 0


def _branches(args: argparse.Namespace) -> int:
    from branchdesk.central.branches import branch_views
    from branchdesk.central.wire import wire_row

    views = branch_views(central_engine(args))
    if args.json:
        emit_json([wire_row(v) for v in views])
        return 0
    for v in views:
        offset = "-" if v["clock_offset_ms"] is None else v["clock_offset_ms"]
        out(
            f"{v['code']:<6}{v['name_kk']:<30}{v['last_push_at'] or '-'!s:<28}"
            f"{v['waiting']:>8}{offset!s:>10}{v['open_conflicts']:>5}"
        )
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from branchdesk.central.conflicts import conflict_views
    from branchdesk.central.wire import wire_row

    views = conflict_views(central_engine(args), state=args.state)
    if args.json:
        emit_json([wire_row(v) for v in views])
        return 0
    for v in views:
        branches = " ".join(v["branches"])
        out(f"{v['created_at']:%Y-%m-%d %H:%M}  {v['state']:<9}{v['kind']:<24}{branches}")
    return 0
