"""kill -9 in the middle of a burst of lends: what the screen confirmed is on disk."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk.domain.policy import LoanRule
from branchdesk.store.schema import LoanPolicyRow

LOOP = Path(__file__).with_name("lend_loop.py")


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [7, 41])
def test_sigkill_mid_burst_loses_no_confirmed_lend(ctx, add_item, add_reader, kill_after):
    with ctx.db.write() as s:  # let one reader hold the whole burst
        s.query(LoanPolicyRow).delete()
        rule = LoanRule(max_loans=10_000)
        s.add(
            LoanPolicyRow(
                reader_category="*",
                item_type="*",
                loan_days=rule.loan_days,
                max_loans=rule.max_loans,
                max_renewals=rule.max_renewals,
                renewal_days=rule.renewal_days,
            )
        )
    card = add_reader()
    first = 40000001
    for i in range(200):
        add_item(barcode=str(first + i))
    ctx.db.dispose()

    proc = subprocess.Popen(
        [sys.executable, str(LOOP), str(ctx.db.path), card, str(first), "200"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    confirmed: list[str] = []
    while len(confirmed) < kill_after:
        line = proc.stdout.readline()
        assert line, "the loop ended before the kill"
        confirmed.append(line.split()[1])
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    conn = sqlite3.connect(ctx.db.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        lent = {
            r[0]
            for r in conn.execute("SELECT i.barcode FROM loan l JOIN item i ON i.id = l.item_id")
        }
        journaled = {
            json.loads(r[0])["barcode"]
            for r in conn.execute("SELECT payload FROM journal WHERE kind = 'lend'")
        }
        seqs = [r[0] for r in conn.execute("SELECT device_seq FROM journal ORDER BY device_seq")]
    finally:
        conn.close()
    assert set(confirmed) <= lent
    assert set(confirmed) <= journaled
    # At most the one lend in flight may be on disk without having been reported.
    assert lent == journaled
    assert len(lent - set(confirmed)) <= 1
    assert seqs == list(range(1, len(seqs) + 1))
