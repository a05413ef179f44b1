"""The command line run in process against the fixture's branch, as scripts call it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from branchdesk.cli import main

RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(request, ctx, capsys) -> RunCli:
    """run(*args, lang=...) -> (exit code, stdout, stderr); the language defaults to the
    module's CLI_LANG (else English). test_cli.py keeps a run of its own (no --lang)."""
    default = getattr(request.module, "CLI_LANG", "en")
    ctx.db.dispose()  # the command opens the branch itself, as a separate process would

    def call(*args: str, lang: str = default) -> tuple[int, str, str]:
        code = main(["--data-dir", str(ctx.db.path.parent), "--lang", lang, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call
