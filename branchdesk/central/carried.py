"""A branch's journal brought on a stick: applied as its pushes would be, answered the same.

The file's push requests go through `apply_push`, so an operation is applied exactly once
however often the file is imported (or also pushed later over the network): the second time
each one is answered `duplicate` with the state it got the first time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from branchdesk.central import schema as t
from branchdesk.central.push import Refused, Transient, answer_text, apply_push
from branchdesk.central.wire import aware, now_utc
from branchdesk.errors import WorldError
from branchdesk.sync.carried import ANSWERS_FORMAT, FILE_VERSION, JournalFile, read_carried
from branchdesk.sync.protocol import PushAnswer


@dataclass
class Imported:
    branch: str
    answers_text: str  # the answer file's JSON, for the branch
    counts: dict[str, int] = field(default_factory=dict)  # answers by state
    stopped: bool = False  # the centre misses earlier operations of the branch


def read_journal(path: Path) -> JournalFile:
    return read_carried(path, JournalFile, "not_a_journal_file")


def import_journal(engine: Engine, path: Path) -> Imported:
    journal = read_journal(path)
    branch = journal.branch.strip().upper()
    with engine.connect() as conn:
        active = conn.execute(
            select(t.branch_table.c.active).where(t.branch_table.c.code == branch)
        ).scalar_one_or_none()
    if active is None:
        raise WorldError("unknown_branch", branch=branch)
    if not active:
        raise WorldError("branch_revoked", branch=branch)
    offset = timedelta(milliseconds=journal.clock_offset_ms or 0)
    done = Imported(branch, "")
    parts: list[str] = []
    for request in journal.pushes:
        if request.branch.strip().upper() != branch:
            raise WorldError("not_a_journal_file", path=str(path))
        try:
            outcome = apply_push(engine, branch, request, offset=offset)
        except Refused as exc:
            raise WorldError("device_of_other_branch", branch=branch) from exc
        except Transient as exc:
            raise WorldError("central_busy", reason=str(exc)[:200]) from exc
        for _id, state, _code, _detail in outcome.results:
            done.counts[state.value] = done.counts.get(state.value, 0) + 1
        # Checked against the model the branch reads it with, so a file the branch would
        # refuse is never written.
        answer = PushAnswer.model_validate_json(answer_text(outcome, now_utc()))
        parts.append(f'{{"device":"{request.device}","answer":{answer.model_dump_json()}}}')
        if outcome.stopped is not None:
            # The rest of this device's operations wait behind the gap; the branch exports
            # again from there once it has read these answers.
            done.stopped = True
    head = (
        f'{{"format":"{ANSWERS_FORMAT}","version":{FILE_VERSION},"branch":"{branch}",'
        f'"imported_at":"{aware(now_utc()).isoformat()}"'
    )
    done.answers_text = f'{head},"answers":[{",".join(parts)}]}}\n'
    return done
