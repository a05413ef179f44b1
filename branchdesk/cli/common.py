"""What every command needs: the branch it works on and who is working."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from branchdesk.errors import WorldError
from branchdesk.paths import data_dir, database_path
from branchdesk.services.context import BranchContext
from branchdesk.store.migrate import open_database

AddCommon = Callable[[argparse.ArgumentParser], None]
Commands = Any  # argparse's _SubParsersAction is private


def branch_dir(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data_dir", None))


def open_branch(args: argparse.Namespace) -> BranchContext:
    path = database_path(branch_dir(args))
    if not path.exists():
        raise WorldError("branch_not_initialised", path=str(path))
    return BranchContext.load(open_database(path))


def operator(args: argparse.Namespace) -> str:
    chosen = getattr(args, "operator", None) or os.environ.get("BRANCHDESK_OPERATOR")
    if chosen:
        return str(chosen)
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "branchdesk"


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise WorldError("bad_date", value=text[:40]) from None
