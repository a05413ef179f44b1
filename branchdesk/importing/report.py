"""What an import did: counts, and every record, row or copy that needs a person's eye."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from branchdesk.importing.model import Problem

# Lists keep their first entries only; the counts stay exact (a 200 MB file of bad
# records must not fill the memory with its own report).
LIST_MAX = 10_000

COUNTS = (
    "records_added",
    "records_updated",
    "records_unchanged",
    "items_added",
    "items_unchanged",
    "readers_added",
    "readers_unchanged",
    "problems",
    "notes",
    "unclassified",
    "not_in_file",
)


@dataclass
class ImportReport:
    file: str
    format: str
    encoding: str
    kind: str  # "records" or "readers"
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    problems: list[Problem] = field(default_factory=list)  # not imported
    notes: list[Problem] = field(default_factory=list)  # imported, with something dropped
    unclassified: list[tuple[int, str]] = field(default_factory=list)  # no BBK: (pos, title)
    not_in_file: list[str] = field(default_factory=list)  # copies the file no longer lists
    columns: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, name: str, count: int = 1) -> None:
        self.counts[name] += count

    def copy_already_there(self, position: int, barcode: str, same_record: bool) -> None:
        """A copy whose barcode the catalogue already has: left alone if it is this record's,
        listed if another record's."""
        if same_record:
            self.add("items_unchanged")
        else:
            self.problem(Problem(position, "barcode_taken", {"barcode": barcode}))

    def problem(self, problem: Problem) -> None:
        self.add("problems")
        if len(self.problems) < LIST_MAX:
            self.problems.append(problem)

    def note(self, problem: Problem) -> None:
        self.add("notes")
        if len(self.notes) < LIST_MAX:
            self.notes.append(problem)

    def without_bbk(self, position: int, title: str) -> None:
        self.add("unclassified")
        if len(self.unclassified) < LIST_MAX:
            self.unclassified.append((position, title))

    def missing_copy(self, barcode: str) -> None:
        self.add("not_in_file")
        if len(self.not_in_file) < LIST_MAX:
            self.not_in_file.append(barcode)

    @property
    def changed(self) -> bool:
        return any(
            self.counts[n] for n in ("records_added", "records_updated", "items_added")
        ) or bool(self.counts["readers_added"])

    def as_json(self, describe: Callable[[str, Mapping[str, object]], str]) -> dict[str, Any]:
        def listed(found: list[Problem]) -> list[dict[str, Any]]:
            return [
                {
                    "position": p.position,
                    "offset": p.offset,
                    "reason": p.code,
                    "params": p.params,
                    "message": describe(p.code, p.params),
                }
                for p in found
            ]

        return {
            "file": self.file,
            "format": self.format,
            "encoding": self.encoding,
            "kind": self.kind,
            "counts": dict(self.counts),
            "problems": listed(self.problems),
            "notes": listed(self.notes),
            "unclassified": [{"position": p, "title": t} for p, t in self.unclassified],
            "not_in_file": list(self.not_in_file),
            "columns": dict(self.columns),
            "seconds": round(self.seconds, 3),
        }
