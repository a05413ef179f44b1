"""Every code the domain and services can produce has words in the catalogue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from branchdesk.domain.iin import IinError
from branchdesk.domain.outcomes import SEVERITY, Code
from branchdesk.errors import StorageError
from branchdesk.messages import ERRORS, FIELDS, OUTCOMES, describe

PACKAGE = Path(__file__).resolve().parents[2] / "branchdesk"
RAISED = re.compile(r'(?:InvalidInput|WorldError|NotFound|StorageError)\(\s*"([a-z_]+)"')
PROBLEM = re.compile(r'Problem\(\s*(?:"[a-z_]+"|[a-z_]+),\s*"([a-z_]+)"')
FIELD = re.compile(r'field="([a-z_]+)"')


def source_codes(pattern: re.Pattern[str]) -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_outcome_code_has_a_severity_and_a_message():
    assert set(SEVERITY) == set(Code)
    assert {c.value for c in Code} == set(OUTCOMES)


def test_every_error_code_raised_in_the_code_has_a_message():
    known = set(ERRORS) | set(OUTCOMES)
    raised = source_codes(RAISED) | source_codes(PROBLEM) | {f"iin_{e.value}" for e in IinError}
    raised |= set(StorageError._KINDS.values())
    assert {"guarantor_required", "required", "unknown_barcode"} <= raised  # the scan works
    assert raised - known == set()


def test_every_field_named_in_an_error_has_a_label():
    assert source_codes(FIELD) - set(FIELDS) == set()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_describe_fills_fields_statuses_and_survives_unknown_codes(lang):
    text = describe("required", {"field": "surname"}, lang)
    assert "{" not in text
    changed = describe("status_change_not_allowed", {"old": "on_loan", "new": "withdrawn"}, lang)
    assert "on_loan" not in changed
    assert "withdrawn" not in changed
    assert describe("no_such_code", {"x": 1}, lang) == "no_such_code {'x': 1}"
    # A missing parameter stays visible instead of crashing the message.
    assert "{card}" in describe("unknown_card", {}, lang)
