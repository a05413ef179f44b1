"""The central library's commands and a branch joining it, as a script runs them: a real
`python -m branchdesk` process against a real server (DESIGN §9)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import httpx
import pytest
from integration.test_cli import bd
from sqlalchemy import select
from support.centrals import Central
from sync.test_api import Stock, push_body, uid

from branchdesk.central import schema as t
from branchdesk.central.branches import caller
from branchdesk.domain.readers import ReaderInput
from branchdesk.messages import describe
from branchdesk.paths import database_path
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import register_reader
from branchdesk.services.sync import run_sync
from branchdesk.store.migrate import open_database

SUMMARY_KEYS = {
    "pushed",
    "pulled",
    "pending",
    "requests",
    "bytes_sent",
    "clock_offset_ms",
    "reset",
    "skipped",
    "seconds",
}
BRANCH_VIEW_KEYS = {
    "code",
    "name_kk",
    "name_ru",
    "active",
    "last_push_at",
    "last_pull_at",
    "waiting",
    "clock_offset_ms",
    "open_conflicts",
}


@pytest.fixture
def central_url(tmp_path: Path) -> str:
    """The command line's part is the same on either database: SQLite here."""
    return f"sqlite:///{tmp_path / 'centre' / 'central.sqlite3'}"


def clean(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert "Traceback" not in result.stderr, result.stderr
    return result


def central_cmd(central: Central, *args: str) -> subprocess.CompletedProcess[str]:
    return clean(
        bd(Path(central.engine.url.database).parent, "central", *args, "--db", central.url)
    )


def test_add_branch_prints_the_token_once_and_keeps_only_its_hash(central, tmp_path):
    added = central_cmd(central, "add-branch", "bst", "--name", "Бестөбе кітапханасы")
    assert added.returncode == 0, added.stderr
    lines = added.stdout.strip().splitlines()
    assert lines[0] == "Branch BST added. Its token (shown only now):"
    token = lines[-1]
    assert len(token) >= 40
    assert caller(central.engine, token).branch == "BST"
    with central.engine.connect() as conn:
        stored = conn.execute(select(t.branch_table.c.token_hash)).scalar_one()
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    central.engine.dispose()
    files = Path(central.engine.url.database).parent.glob("central.sqlite3*")
    assert all(token.encode() not in f.read_bytes() for f in files)

    again = central_cmd(central, "add-branch", "BST", "--name", "Бестөбе")
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "Branch BST exists already. To give it a new token, use new-token."
    )
    assert again.stdout == ""
    bad = central_cmd(central, "add-branch", "bestobe", "--name", "Бестөбе")
    assert bad.returncode == 1
    assert "is not a branch code" in bad.stderr

    renewed = central_cmd(central, "new-token", "BST")
    assert renewed.returncode == 0
    fresh = renewed.stdout.strip()
    assert caller(central.engine, token) is None  # the old token stopped at once
    assert caller(central.engine, fresh).branch == "BST"
    revoked = central_cmd(central, "revoke", "BST")
    assert revoked.returncode == 0
    assert "no longer works" in revoked.stdout
    assert caller(central.engine, fresh) is None
    unknown = central_cmd(central, "revoke", "XYZ")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "There is no branch XYZ."


def _shantobe_reader(central: Central, branch_factory) -> str:
    """Another branch's reader at the centre: what a new branch's first pull brings."""
    sht = branch_factory("SHT")
    result = register_reader(
        sht, ReaderInput(surname="Иванова", name="Мария", birth_date=date(1985, 3, 2)), "admin"
    )
    assert result.reader is not None
    assert run_sync(sht.db).pending == 0
    return result.reader.card_number


def _join(central: Central, folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    token = central.tokens.get("BST") or central.add_branch("BST")
    return clean(
        bd(
            folder,
            "init",
            "--branch",
            "BST",
            "--name",
            "Бестөбе кітапханасы",
            "--central",
            central.address,
            # With "=": a token may begin with "-" (URL-safe base64), which argparse would
            # read as an option after a space.
            f"--token={token}",
            "--data-dir",
            str(folder),
            *extra,
        )
    )


def test_init_joins_a_running_central_and_sync_json_reports_the_round(
    central, branch_factory, tmp_path
):
    card = _shantobe_reader(central, branch_factory)
    folder = tmp_path / "bestobe"
    joined = _join(central, folder)
    assert joined.returncode == 0, joined.stderr
    assert f"Branch BST is ready in {database_path(folder)}" in joined.stdout
    assert "Received: 1 changes (1 readers, 0 copies)." in joined.stdout
    assert "Waiting to be sent: 0" in joined.stdout
    with sqlite3.connect(database_path(folder)) as conn:
        assert conn.execute("SELECT card_number FROM reader").fetchall() == [(card,)]

    db = open_database(database_path(folder))
    ctx = BranchContext.load(db)
    register_reader(
        ctx, ReaderInput(surname="Құнанбаев", name="Абай", birth_date=date(1990, 5, 17)), "admin"
    )
    db.dispose()
    synced = clean(bd(folder, "sync", "--json"))
    assert synced.returncode == 0, synced.stderr
    summary = json.loads(synced.stdout)
    assert set(summary) == SUMMARY_KEYS
    assert summary["skipped"] == 0
    assert summary["pushed"] == {"applied": 1}
    assert summary["pending"] == 0
    assert summary["requests"] >= 2  # one push, one pull at least
    assert summary["bytes_sent"] > 0
    assert isinstance(summary["clock_offset_ms"], int)
    assert summary["reset"] is False
    assert summary["seconds"] >= 0

    plain = clean(bd(folder, "sync"))
    assert plain.returncode == 0
    assert "Sent: 0 applied" in plain.stdout


def test_init_with_a_wrong_token_leaves_no_branch_behind(central, tmp_path):
    central.add_branch("BST")
    for lang in ("en", "ru", "kk"):
        folder = tmp_path / lang
        refused = clean(
            bd(
                folder,
                "--lang",
                lang,
                "init",
                "--branch",
                "BST",
                "--name",
                "Бестөбе",
                "--central",
                central.address,
                "--token",
                "not-the-token",
            )
        )
        assert refused.returncode == 1
        assert refused.stdout == ""
        assert refused.stderr.strip() == describe("sync_token", {"url": central.address}, lang)
        assert not database_path(folder).exists()
        if lang == "en":
            assert "refused this branch's token" in refused.stderr
        else:
            assert "токен" in refused.stderr  # the catalogue's words, not the English source


def test_init_with_another_branchs_token_is_refused(central, tmp_path):
    central.add_branch("SHT")
    folder = tmp_path / "bst"
    result = clean(
        bd(
            folder,
            "init",
            "--branch",
            "BST",
            "--name",
            "Бестөбе",
            "--central",
            central.address,
            f"--token={central.tokens['SHT']}",
        )
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "This token belongs to branch SHT, not BST. Check the token."
    assert not database_path(folder).exists()


def test_init_with_no_central_there_says_so(tmp_path):
    folder = tmp_path / "bst"
    result = clean(
        bd(
            folder,
            "init",
            "--branch",
            "BST",
            "--name",
            "Бестөбе",
            "--central",
            "http://127.0.0.1:9",
            "--token",
            "x",
        )
    )
    assert result.returncode == 1
    assert "cannot be reached" in result.stderr
    assert not database_path(folder).exists()


def test_sync_with_the_central_down_is_a_message_not_a_traceback(central, tmp_path):
    folder = tmp_path / "bestobe"
    assert _join(central, folder).returncode == 0
    central.stop()
    for args in (("sync",), ("sync", "--json")):
        down = clean(bd(folder, *args))
        assert down.returncode == 1
        assert down.stdout == ""
        assert "cannot be reached" in down.stderr
        assert central.url not in down.stderr


def test_central_branches_and_conflicts_as_json(central, tmp_path):
    central.add_branch("BST")
    central.add_branch("SHT", "Шантөбе кітапханасы")
    stock = Stock("BST", "40000001", "BST-000001")
    other_reader = Stock("BST", "40000002", "BST-000002").ops[2]
    # The same copy lent to two readers: a conflict at the centre.
    ops = [
        *stock.ops,
        stock.lend(4),
        other_reader,
        stock.lend(6, reader=other_reader["p"]["reader"]),
    ]
    for seq, op in enumerate(ops, 1):
        op["seq"] = seq
    answer = httpx.post(
        f"{central.address}/api/v1/sync/push",
        json=push_body("BST", uid(), ops),
        headers={"Authorization": f"Bearer {central.tokens['BST']}"},
    )
    assert answer.status_code == 200, answer.text
    assert [r["state"] for r in answer.json()["results"]][-1] == "conflict"

    listed = central_cmd(central, "branches", "--json")
    assert listed.returncode == 0, listed.stderr
    views = json.loads(listed.stdout)
    assert [v["code"] for v in views] == ["BST", "SHT"]
    assert all(set(v) == BRANCH_VIEW_KEYS for v in views)
    assert views[0]["open_conflicts"] == 1
    assert views[1]["name_kk"] == "Шантөбе кітапханасы"
    assert views[1]["last_push_at"] is None

    found = central_cmd(central, "conflicts", "--json")
    assert found.returncode == 0, found.stderr
    conflicts = json.loads(found.stdout)
    assert len(conflicts) == 1
    assert conflicts[0]["kind"] == "double_loan"
    assert conflicts[0]["branches"] == ["BST"]
    assert conflicts[0]["state"] == "open"
    assert (
        json.loads(central_cmd(central, "conflicts", "--json", "--state", "resolved").stdout) == []
    )
    table = central_cmd(central, "branches")
    assert table.returncode == 0
    assert "BST" in table.stdout


def test_central_report_writes_the_consolidated_file_and_says_so(central, tmp_path):
    central.add_branch("BST", "Бестөбе кітапханасы")
    out = tmp_path / "diary.xlsx"
    made = central_cmd(
        central, "report", "diary", "--period", "2026-11", "--out", str(out), "--json"
    )
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout) == {
        "report": "diary",
        "period": "2026-11",
        "start": "2026-11-01",
        "end": "2026-11-30",
        "out": str(out),
    }
    from openpyxl import load_workbook

    assert load_workbook(out).worksheets[0].max_row > 30  # a row a day and the totals
    one = central_cmd(
        central, "report", "summary", "--period", "2026", "--branch", "bst", "--out", str(out)
    )
    assert one.returncode == 0, one.stderr
    wrong = tmp_path / "summary.doc"
    refused = central_cmd(central, "report", "summary", "--period", "2026", "--out", str(wrong))
    assert refused.returncode != 0
    assert describe("pdf_or_xlsx", {"field": "out"}, "en") in refused.stderr
    assert not wrong.exists()
    nobody = central_cmd(
        central, "report", "diary", "--period", "2026-11", "--branch", "ZZZ", "--out", str(out)
    )
    assert nobody.returncode != 0
    assert describe("unknown_branch", {"branch": "ZZZ"}, "en") in nobody.stderr
