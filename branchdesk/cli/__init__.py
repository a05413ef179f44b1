"""The command line (DESIGN §9): a stable contract that scripts and tests rely on.

Errors of the world print one message in the chosen language on stderr and exit 1; usage
errors exit 2; no traceback unless it is a bug.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from branchdesk.cli.text import err, message, set_language
from branchdesk.errors import WorldError

EXIT_REFUSED = 1
# Each command's module, so that a run imports only the one it needs: the desk (no command)
# imports none of them, and `lend` does not pay for the importers or the printouts. In the
# order of `--help`; a test checks the table against the commands the modules define.
COMMAND_MODULES: dict[str, str] = {
    "init": "maintenance",
    "demo": "maintenance",
    "backup": "maintenance",
    "restore": "maintenance",
    "lend": "circulation",
    "return": "circulation",
    "renew": "circulation",
    "readers": "listing",
    "items": "listing",
    "status": "listing",
    "journal": "listing",
    "sync": "sync_commands",
    "central": "sync_commands",
    "cards": "documents",
    "labels": "documents",
    "slip": "documents",
    "formular": "documents",
    "overdue": "documents",
    "report": "documents",
    "import": "importing",
}
# Top-level options that take a value: their value is not the command (`--lang ru status`).
_VALUED = ("--data-dir", "--lang", "--operator")
# When this process began, as far as we can know it: the desk's ready_ms counts from here.
_STARTED = time.perf_counter()


def _process_started() -> float:
    """perf_counter() value at the process's start (Linux), else when the CLI was imported."""
    try:
        stat = Path("/proc/self/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return _STARTED
    age = uptime - ticks / os.sysconf("SC_CLK_TCK")
    return time.perf_counter() - max(age, 0.0)


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Accepted before or after the command; after it, SUPPRESS keeps the earlier value.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="branch data folder (or BRANCHDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--lang",
        choices=("kk", "ru", "en"),
        default=default,
        help="language of messages (or BRANCHDESK_LANG)",
    )
    parser.add_argument(
        "--operator",
        metavar="LOGIN",
        default=default,
        help="staff login recorded on each operation (or BRANCHDESK_OPERATOR)",
    )


def _modules_for(argv: Sequence[str] | None) -> Iterable[str]:
    """The command modules this command line needs, in `--help` order.

    The command's own module when the first word that is not an option names one; none when
    there is no word at all (the desk) and no help is asked for; every module otherwise, so
    that `--help` lists every command and a wrong command gets argparse's usual answer.
    """
    every = dict.fromkeys(COMMAND_MODULES.values())
    if argv is None:
        return every
    words = list(argv)
    position = 0
    while position < len(words):
        word = words[position]
        if word in ("-h", "--help"):
            return every
        if word == "--":
            break
        if len(word) > 2 and any(option.startswith(word) for option in _VALUED):
            position += 2  # argparse also takes a unique prefix: `--lang`, `--op LOGIN`
            continue
        if word.startswith("-"):
            position += 1  # --self-test, or --data-dir=DIR: no separate value
            continue
        chosen = COMMAND_MODULES.get(word)
        return (chosen,) if chosen else every
    return every if position < len(words) else ()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`'s command (every command when `argv` is None)."""
    parser = argparse.ArgumentParser(
        prog="branchdesk",
        description="Circulation desk for the branch libraries of a city library system.",
    )
    _common(parser, top=True)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help='open the main window, print {"ready_ms": ...} and exit (works offscreen)',
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _modules_for(argv):
        module = importlib.import_module(f"branchdesk.cli.{name}")
        module.add_commands(commands, lambda p: _common(p, top=False))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
    set_language(args.lang or os.environ.get("BRANCHDESK_LANG") or "en")
    try:
        if args.command is None:
            return _desk(args)
        result: int = args.handler(args)
    except WorldError as exc:
        err(message(exc.code, exc.params))
        return EXIT_REFUSED
    except ModuleNotFoundError:
        if args.command != "central":
            raise
        # The desk's bundle leaves the centre's server and its libraries out.
        err(message("central_not_installed", {}))
        return EXIT_REFUSED
    except OSError as exc:
        # A folder that is a file, a disk that went away, no permission: the world again.
        path = exc.filename or getattr(args, "data_dir", None) or ""
        err(message("file_error", {"path": str(path), "reason": exc.strerror or str(exc)}))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `branchdesk readers | head`: the reader of our output left; nothing is wrong.
        sys.stderr.close()
        return 0
    return result


def _desk(args: argparse.Namespace) -> int:
    """No command: the desk window (the librarian's everyday way in)."""
    # The desk's start makes a few hundred thousand objects that live as long as the process
    # (SQLAlchemy, the tables, Qt's bindings, the first screen); the cyclic collector would
    # walk them over and over while they are made (0.2-0.3 s of the start). It waits until
    # the first window shows, then they are set aside for good (gc.freeze) so that no later
    # collection walks them either. From the QApplication on, the desk's own collector runs
    # it, in the GUI thread only (ui/gui_collector.py); nothing runs in a thread before that.
    frozen = False

    def up() -> None:
        nonlocal frozen
        if not frozen:
            frozen = True
            gc.freeze()

    was_on = gc.isenabled()
    gc.disable()
    try:
        from branchdesk.cli.common import branch_dir
        from branchdesk.ui.app import run_desk
    except BaseException:
        if was_on:
            gc.enable()
        raise
    return run_desk(
        branch_dir(args),
        args.lang or os.environ.get("BRANCHDESK_LANG"),
        self_test=args.self_test,
        started=_process_started(),
        up=up,
    )
