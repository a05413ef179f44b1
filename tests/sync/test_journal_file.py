"""A branch with no connection carries its journal to the centre on a stick: the centre
applies it exactly once however often it is imported, answers as a push would, and the
branch marks its journal from the answer file or at its next sync."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from support.centrals import Central

from branchdesk.central import schema as t
from branchdesk.cli import main
from branchdesk.domain.readers import ReaderInput
from branchdesk.services import circulation
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import register_reader
from branchdesk.services.sync import run_sync


def _work(ctx: BranchContext) -> int:
    """Readers, copies and loans made offline; the number of operations journaled."""
    cards = []
    for surname in ("Сейітова", "Бекова", "Жұмабаева"):
        made = register_reader(
            ctx, ReaderInput(surname=surname, name="Айгүл", birth_date=date(1991, 3, 8)), "admin"
        )
        assert made.reader is not None
        cards.append(made.reader.card_number)
    for n, card in enumerate(cards):
        barcode = f"7100000{n}"
        add_record_with_item(
            ctx,
            RecordInput(title=f"Абай жолы {n}", authors="Әуезов М."),
            ItemInput(barcode=barcode),
            "admin",
        )
        assert circulation.lend(ctx, card, barcode, "admin").done
    return _pending(ctx)


def _pending(ctx: BranchContext) -> int:
    with sqlite3.connect(ctx.db.path) as conn:
        return int(conn.execute("SELECT count(*) FROM journal WHERE state='pending'").fetchone()[0])


def _cli(ctx: BranchContext, *args: str) -> int:
    return main(["--data-dir", str(ctx.db.path.parent), "--lang", "en", *args])


def _centre_counts(central: Central) -> tuple[int, int, int]:
    with central.engine.connect() as conn:
        ops = conn.execute(
            select(func.count()).select_from(t.applied_op).where(t.applied_op.c.branch == "BST")
        ).scalar_one()
        readers = conn.execute(select(func.count()).select_from(t.reader)).scalar_one()
        loans = conn.execute(select(func.count()).select_from(t.loan)).scalar_one()
    return ops, readers, loans


def test_a_journal_imported_twice_is_applied_once_and_marked_from_the_answers(
    central: Central, branch_factory, tmp_path: Path, capsys
):
    bst = branch_factory("BST")
    waiting = _work(bst)
    assert waiting > 0
    bst.db.dispose()
    stick = tmp_path / "stick" / "BST-journal.json"

    assert _cli(bst, "journal", "export", str(stick), "--json") == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["operations"] == waiting
    assert _pending(bst) == waiting  # the export itself marks nothing

    answers = [tmp_path / "first-answers.json", tmp_path / "second-answers.json"]
    for target in answers:
        code = main(
            ["central", "import-journal", str(stick), "--db", central.url, "--answers",
             str(target), "--json"]
        )  # fmt: skip
        assert code == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert _centre_counts(central) == (waiting, 3, 3)  # each operation once

    first = json.loads(answers[0].read_text(encoding="utf-8"))
    second = json.loads(answers[1].read_text(encoding="utf-8"))
    states = [r["state"] for a in first["answers"] for r in a["answer"]["results"]]
    assert states == ["applied"] * waiting
    again = [r for a in second["answers"] for r in a["answer"]["results"]]
    assert {r["state"] for r in again} == {"duplicate"}
    assert {r["detail"]["was"] for r in again} == {"applied"}
    assert '"duplicate": ' + str(waiting) in out

    # The branch reads the second answer file (the first was lost on the way): the same.
    assert _cli(bst, "journal", "import-answers", str(answers[1]), "--json") == 0
    marked = json.loads(capsys.readouterr().out)
    assert marked["pending"] == 0
    assert marked["answers"]["applied"] == waiting
    with sqlite3.connect(bst.db.path) as conn:
        assert conn.execute("SELECT DISTINCT state FROM journal").fetchall() == [("applied",)]
    # Reading it again changes nothing, and the next sync has nothing to send.
    assert _cli(bst, "journal", "import-answers", str(answers[0])) == 0
    assert run_sync(bst.db).pushed == {}
    assert _centre_counts(central)[0] == waiting


def test_a_branch_marks_an_imported_journal_at_its_next_sync(
    central: Central, branch_factory, tmp_path: Path
):
    bst = branch_factory("BST")
    waiting = _work(bst)
    bst.db.dispose()
    stick = tmp_path / "BST.json"
    assert _cli(bst, "journal", "export", str(stick)) == 0
    assert main(["central", "import-journal", str(stick), "--db", central.url]) == 0
    assert (tmp_path / "BST-answers.json").exists()  # the default answer file, beside it

    summary = run_sync(bst.db)  # no answer file read: the sync learns the same
    assert summary.pushed == {"duplicate": waiting, "applied": waiting}
    assert summary.pending == 0
    assert _centre_counts(central)[0] == waiting


def test_refused_files_change_nothing(central: Central, branch_factory, tmp_path: Path, capsys):
    bst = branch_factory("BST")
    _work(bst)
    bst.db.dispose()
    stick = tmp_path / "BST.json"
    assert _cli(bst, "journal", "export", str(stick)) == 0
    damaged = tmp_path / "damaged.json"
    damaged.write_text(stick.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    capsys.readouterr()
    assert main(["central", "import-journal", str(damaged), "--db", central.url]) == 1
    assert "not a journal exported by branchdesk" in capsys.readouterr().err
    # The centre's answers are not a journal, and a journal is not answers.
    assert main(["central", "import-journal", str(stick), "--db", central.url]) == 0
    assert _cli(bst, "journal", "import-answers", str(stick)) == 1
    assert "not an answer file" in capsys.readouterr().err
    assert _pending(bst) > 0
