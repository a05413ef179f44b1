"""journal export, journal import-answers, central import-journal: a journal on a stick for a
branch that never gets a connection."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

from branchdesk.cli.common import AddCommon, open_branch
from branchdesk.cli.text import emit_json, out, translate


def add_journal_commands(journal: argparse.ArgumentParser, common: AddCommon) -> None:
    """`journal export FILE` and `journal import-answers FILE` under `journal`, which still
    lists the journal when no subcommand is given."""
    sub = journal.add_subparsers(dest="journal_command", metavar="COMMAND", required=False)
    export = sub.add_parser("export", help="the waiting operations to a file for the centre")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=_export)
    answers = sub.add_parser("import-answers", help="mark the journal from the centre's answers")
    answers.add_argument("file", metavar="FILE")
    answers.add_argument("--json", action="store_true")
    answers.set_defaults(handler=_import_answers)
    for parser in (export, answers):
        common(parser)


def add_central_command(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    parser: argparse.ArgumentParser = sub.add_parser(
        "import-journal", help="apply a branch's exported journal exactly once"
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--answers", metavar="FILE", help="where to write the answers (default: FILE-answers.json)"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_import_journal)
    return parser


def answers_path(journal: Path) -> Path:
    return journal.with_name(f"{journal.stem}-answers.json")


def _export(args: argparse.Namespace) -> int:
    from branchdesk.services.journal_file import export_journal

    ctx = open_branch(args)
    try:
        done = export_journal(ctx.db, Path(args.file).expanduser())
    finally:
        ctx.db.dispose()
    if args.json:
        emit_json({"out": str(done.path), "operations": done.operations, "pushes": done.pushes})
    else:
        out(
            translate("cli", "{operations} waiting operations written to {path}").format(
                operations=done.operations, path=done.path
            )
        )
    return 0


def _import_answers(args: argparse.Namespace) -> int:
    from branchdesk.services.journal_file import import_answers
    from branchdesk.sync.outbox import pending_count

    ctx = open_branch(args)
    try:
        counts = import_answers(ctx.db, Path(args.file).expanduser())
        with ctx.db.write_sql() as conn:
            pending = pending_count(conn)
    finally:
        ctx.db.dispose()
    if args.json:
        emit_json({"answers": counts, "pending": pending})
        return 0
    _print_counts(counts)
    out(translate("cli", "Waiting to be sent: {pending}").format(pending=pending))
    return 0


def _import_journal(args: argparse.Namespace) -> int:
    from branchdesk.cli.sync_commands import central_engine
    from branchdesk.services.journal_file import write_file

    engine = central_engine(args)  # first: the desk's bundle has no centre, and says so
    from branchdesk.central.carried import import_journal

    source = Path(args.file).expanduser()
    target = Path(args.answers).expanduser() if args.answers else answers_path(source)
    done = import_journal(engine, source)
    write_file(target, done.answers_text)
    if args.json:
        emit_json(
            {
                "branch": done.branch,
                "answers": str(target),
                "counts": done.counts,
                "stopped": done.stopped,
            }
        )
        return 0
    _print_counts(done.counts)
    out(
        translate("cli", "Answers for branch {branch} written to {path}").format(
            branch=done.branch, path=target
        )
    )
    if done.stopped:
        out(
            translate(
                "cli",
                "The centre misses earlier operations of this branch: import the answers at "
                "the branch, export its journal again and bring the new file.",
            )
        )
    return 0


def _print_counts(counts: dict[str, int]) -> None:
    out(
        translate(
            "cli",
            "Answers: {applied} applied, {conflict} with a conflict, {rejected} refused, "
            "{duplicate} already there.",
        ).format(**answer_counts(counts))
    )


def answer_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """The four answers a push or a carried journal gets, each counted (0 when none)."""
    return {kind: counts.get(kind, 0) for kind in ("applied", "conflict", "rejected", "duplicate")}
