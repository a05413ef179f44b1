"""init, demo, backup, restore: setting a branch up and keeping its data safe."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from branchdesk.cli.common import AddCommon, Commands, branch_dir, open_branch
from branchdesk.cli.text import out, translate
from branchdesk.errors import WorldError
from branchdesk.paths import backups_dir, database_path
from branchdesk.services.backups import check_backup
from branchdesk.services.setup import init_branch, restore_database
from branchdesk.store.backup import copy_database
from branchdesk.store.migrate import open_database
from branchdesk.store.queries import branch_status

DEMO_BRANCH = ("BST", "Бестөбе кітапханасы", "Библиотека Бестобе")


def add_commands(commands: Commands, common: AddCommon) -> None:
    init = commands.add_parser("init", help="set up this PC's branch")
    init.add_argument("--branch", required=True, metavar="CODE")
    init.add_argument("--name", required=True, metavar="NAME")
    init.add_argument("--central", metavar="URL", help="join this central library")
    init.add_argument("--token", metavar="TOKEN", help="the branch's token from the centre")
    init.set_defaults(handler=_init)
    demo = commands.add_parser("demo", help="fill a new branch with realistic demo data")
    demo.add_argument("--readers", type=int, default=200)
    demo.add_argument("--items", type=int, default=600)
    demo.add_argument("--years", type=int, default=3)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(handler=_demo)
    backup = commands.add_parser("backup", help="copy the branch database to a file")
    backup.add_argument("--out", metavar="FILE")
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser("restore", help="put a backup back in place")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--force",
        action="store_true",
        help="restore even though operations not yet sent to the centre will be lost",
    )
    restore.set_defaults(handler=_restore)
    for parser in (init, demo, backup, restore):
        common(parser)


def _init(args: argparse.Namespace) -> int:
    path = database_path(branch_dir(args))
    if args.central:
        return _join(args, path)
    db = init_branch(path, args.branch, args.name)
    db.dispose()
    out(
        translate("cli", "Branch {branch} is ready in {path}").format(
            branch=args.branch.strip().upper(), path=path
        )
    )
    return 0


def _join(args: argparse.Namespace, path: Path) -> int:
    """init --central: check the address and token, set the branch up, first pull."""
    from branchdesk.cli.sync_commands import print_progress, print_summary
    from branchdesk.services.sync import join_central

    if not args.token:
        raise WorldError("central_needs_token")
    db, summary = join_central(
        path, args.branch, args.name, args.central, args.token, print_progress
    )
    db.dispose()
    out(
        translate("cli", "Branch {branch} is ready in {path}").format(
            branch=args.branch.strip().upper(), path=path
        )
    )
    print_summary(summary)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from branchdesk.demo.generator import fill_demo
    from branchdesk.store.queries import branch_status

    for name in ("readers", "items", "years"):
        if getattr(args, name) < 1:
            raise WorldError("too_small", field=name)
    path = database_path(branch_dir(args))
    if path.exists():
        ctx = open_branch(args)
        db, branch = ctx.db, ctx.branch
    else:
        code, name_kk, name_ru = DEMO_BRANCH
        db, branch = init_branch(path, code, name_kk, name_ru), code
    with db.read() as session:
        readers = branch_status(session, branch, datetime.now().date()).readers
    if readers:
        raise WorldError("demo_needs_empty_branch", readers=readers)
    summary = fill_demo(
        db, branch, readers=args.readers, items=args.items, years=args.years, seed=args.seed
    )
    out(
        translate(
            "cli",
            "Demo branch {branch}: readers {readers}, copies {items}, "
            "loans {loans} (open {open}), in {path}",
        ).format(
            branch=branch,
            readers=summary.readers,
            items=summary.items,
            loans=summary.loans,
            open=summary.open_loans,
            path=path,
        )
    )
    return 0


def _backup(args: argparse.Namespace) -> int:
    ctx = open_branch(args)
    if args.out:
        target = Path(args.out).expanduser()
    else:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backups_dir(branch_dir(args)) / f"{ctx.branch}-{stamp}.sqlite"
    if target.resolve() == ctx.db.path.resolve():
        raise WorldError("backup_onto_database", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_database(ctx.db.path, target)
    out(translate("cli", "Backup written to {path}").format(path=target))
    return 0


def _restore(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    # Check the backup before touching anything: a damaged or foreign file changes nothing.
    found = check_backup(source, None)
    target = database_path(branch_dir(args))
    if not target.exists():
        copy_database(source, target)
    else:
        current = open_branch(args)
        if found != current.branch:
            raise WorldError(
                "other_branch_backup", path=str(source), found=found, wanted=current.branch
            )
        safety = _save_current(args, current.db.path, current.branch)
        out(translate("cli", "The current database was saved to {path}").format(path=safety))
        with current.db.read() as session:
            waiting = branch_status(session, current.branch, current.today()).journal_pending
        if waiting and not args.force:
            raise WorldError("restore_would_lose_operations", pending=waiting, path=str(safety))
        current.db.dispose()
        restore_database(source, target)
    open_database(target).dispose()
    out(translate("cli", "Restored {source} into {path}").format(source=source, path=target))
    return 0


def _save_current(args: argparse.Namespace, path: Path, branch: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backups_dir(branch_dir(args)) / f"{branch}-before-restore-{stamp}.sqlite"
    safety.parent.mkdir(parents=True, exist_ok=True)
    copy_database(path, safety)
    return safety
