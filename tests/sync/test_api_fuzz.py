"""Fuzzing the central server from its own OpenAPI document (DESIGN §6, §10): whatever a
branch or a stranger sends, the answer is never a server error and it is what the document
says. Schemathesis generates valid and invalid requests per operation; then every operation
kind's payload is fuzzed field by field, since the document says only "an object" of it. The
server is a real uvicorn on a loopback socket over SQLite and over PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from support.centrals import Central, drop_schema, make_central, postgres_url, private_schema
from sync.test_api import Stock, op, push_body, uid

from branchdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

# Bounded: 50 valid and 30 invalid requests per operation with the token (25 valid pushes and
# pulls again on PostgreSQL), 10 without one, 50 batches of fuzzed payloads per database;
# under a minute in all.
EXAMPLES = 50
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
SEEN: Counter[str] = Counter()


@dataclass
class Served:
    central: Central
    token: str


@contextmanager
def _serving(url: str) -> Iterator[Served]:
    central = make_central(url)
    central.start()
    token = central.add_branch("BST")
    central.add_branch("SHT")
    try:
        yield Served(central, token)
    finally:
        central.close()


@pytest.fixture(scope="module")
def sqlite_centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("fuzz")
    with _serving(f"sqlite:///{Path(folder) / 'central.sqlite3'}") as found:
        yield found


@pytest.fixture(scope="module")
def postgresql_centre() -> Iterator[Served]:
    url = postgres_url()
    if url is None:
        pytest.skip("no PostgreSQL server answers (set DATABASE_URL; .ci/run starts one)")
    private, name = private_schema(url)
    with _serving(private) as found:
        yield found
    drop_schema(url, name)


PUSH, PULL = "/api/v1/sync/push", "/api/v1/sync/pull"
OPERATIONS = [
    ("/api/v1/health", "GET"),
    (PUSH, "POST"),
    (PULL, "GET"),
    ("/api/v1/branches", "GET"),
    ("/api/v1/conflicts", "GET"),
    ("/api/v1/reports/{name}", "GET"),
]
POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE


def _cases(operations: list[tuple[str, str]], *modes: GenerationMode) -> list[Any]:
    # Negative cases need something to break: health takes no input at all.
    return [
        pytest.param(path, method, mode, id=f"{method} {path} {mode.value}")
        for path, method in operations
        for mode in modes
        if not (path.endswith("health") and mode is NEGATIVE)
    ]


def fuzz(
    served: Served, path: str, method: str, mode: GenerationMode, check, examples: int
) -> None:
    # Hypothesis drives the operation's strategy itself: schemathesis.pytest.from_fixture
    # fails under pytest 9 (it reads Function._nodeid, which is gone).
    schema = schemathesis.openapi.from_url(f"{served.central.address}/openapi.json")
    operation = schema[path][method]

    @settings(FUZZ, max_examples=examples)
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case) -> None:
        check(case)

    run()


def with_token(served: Served, path: str, method: str, mode: GenerationMode):
    def check(case) -> None:
        headers = {"Authorization": f"Bearer {served.token}"}
        if case.headers:
            case.headers.pop("Authorization", None)
        if not case.headers or PROTOCOL_HEADER not in case.headers:
            headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        if mode is POSITIVE and isinstance(case.body, dict):
            # The branch's own batch, so that the operations reach the handlers: random
            # kinds with random payloads, random clocks, random sequence numbers.
            case.body.update(branch="BST", protocol=PROTOCOL_VERSION)
        response = case.call(headers=headers, timeout=30)
        SEEN[f"token {method} {path} {response.status_code}"] += 1
        case.validate_response(response, checks=CHECKS)
        if path == PUSH and response.status_code == 200:
            for result in response.json()["results"]:
                SEEN[f"operation {result['state']} {result['code']}"] += 1
        if response.status_code == 401:
            # Schemathesis's negative cases drop the credentials; the valid token never fails.
            assert response.request.headers.get("Authorization") is None

    return check


@pytest.mark.parametrize(("path", "method", "mode"), _cases(OPERATIONS, POSITIVE, NEGATIVE))
def test_with_the_branch_token_no_server_error_and_answers_as_documented(
    sqlite_centre, path, method, mode
):
    check = with_token(sqlite_centre, path, method, mode)
    fuzz(sqlite_centre, path, method, mode, check, EXAMPLES if mode is POSITIVE else 30)


@pytest.mark.parametrize(
    ("path", "method", "mode"), _cases([(PUSH, "POST"), (PULL, "GET")], POSITIVE)
)
def test_on_postgresql_valid_pushes_and_pulls_never_fail_the_server(
    postgresql_centre, path, method, mode
):
    """What PostgreSQL refuses and SQLite keeps (NUL bytes, values past a column's length)."""
    check = with_token(postgresql_centre, path, method, mode)
    fuzz(postgresql_centre, path, method, mode, check, EXAMPLES // 2)


@pytest.mark.parametrize(("path", "method", "mode"), _cases(OPERATIONS, POSITIVE))
def test_without_a_token_only_health_answers(sqlite_centre, path, method, mode):
    def check(case) -> None:
        if case.headers:
            case.headers.pop("Authorization", None)
        response = case.call(timeout=30)
        SEEN[f"no token {method} {path} {response.status_code}"] += 1
        case.validate_response(response, checks=CHECKS)
        if path != "/api/v1/health":
            assert response.status_code == 401, response.text
            assert response.json()["error"] == "token_required"

    fuzz(sqlite_centre, path, method, mode, check, 10)


# --- payloads: every operation kind with some of its fields replaced by anything ---------

JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),  # NUL bytes, surrogates excluded by JSON, any script
    st.text(min_size=90, max_size=200),  # past most columns' lengths
    st.sampled_from(
        ["", "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "2026-02-30", "x" * 37]
    ),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
)


def _templates(item: str, reader: str, loan: str, record: str) -> dict[str, dict[str, Any]]:
    """A valid payload of every operation kind, naming the batch's own copy, reader, loan."""
    day, moment = "2026-11-17", "2026-11-17T10:30:00+05:00"
    return {
        "register_reader": {
            "reader": str(uuid4()),
            "card": "BST-000077",
            "surname": "Иванова",
            "name": "Мария",
            "category": "other",
            "registered_on": day,
            "home_branch": "BST",
        },
        "update_reader": {"reader": reader, "fields": {"phone": "+7 701 000 00 00"}},
        "reregister_reader": {"reader": reader, "year": 2027, "day": day},
        "block_reader": {"reader": reader, "reason": "lost a book", "until": "2027-01-01"},
        "unblock_reader": {"reader": reader},
        "lend": {
            "loan": str(uuid4()),
            "item": item,
            "reader": reader,
            "lent_at": moment,
            "due_on": "2026-12-02",
            "overrides": [{"code": "on_loan_to_other"}],
        },
        "return": {"item": item, "loan": loan, "returned_at": moment},
        "renew": {"loan": loan, "due_on": "2026-12-20"},
        "override": {"action": "lend", "code": "on_loan_to_other"},
        "record_visit": {"visit": str(uuid4()), "day": day, "reader": reader, "kind": "visit"},
        "in_house_use": {"use": str(uuid4()), "day": day, "item": item, "reader": reader},
        "record_event": {
            "event": str(uuid4()),
            "title": "Абай оқулары",
            "form": "reading",
            "starts_at": moment,
            "language": "kk",
            "attendance": {"total": 20, "children": 12, "youth": 3},
        },
        "record_enquiry": {"enquiry": str(uuid4()), "day": day, "kind": "topic", "topic": "BBK"},
        "record_refusal": {"refusal": str(uuid4()), "day": day, "title": "Қан мен тер"},
        "add_record": {"record": str(uuid4()), "title": "Көшпенділер", "language": "kk"},
        "add_item": {"item": str(uuid4()), "record": record, "barcode": "40000099"},
        "change_item_status": {"item": item, "to": "lost"},
        "resolve_conflict": {"conflict": str(uuid4()), "action": "dismiss"},
    }


@st.composite
def mangled_batches(draw: st.DrawFn) -> list[dict[str, Any]]:
    """A copy, a reader and a loan, then operations of random kinds with random fields."""
    stock = Stock("BST", str(40_000_000 + draw(st.integers(0, 9_999_999))), "")
    stock.ops[2]["p"]["card"] = f"BST-{draw(st.integers(0, 999_999)):06d}"
    lend = stock.lend(4)
    templates = _templates(stock.item, stock.reader, lend["p"]["loan"], stock.record)
    ops = [*stock.ops, lend]
    for kind in draw(st.lists(st.sampled_from(sorted(templates)), min_size=1, max_size=4)):
        payload = dict(templates[kind])
        keys = sorted(payload)
        for key in draw(st.lists(st.sampled_from(keys), max_size=3, unique=True)):
            if draw(st.booleans()):
                payload[key] = draw(JSON_VALUES)
            else:
                del payload[key]
        ops.append(op(kind, len(ops) + 1, payload))
    return ops


@pytest.mark.parametrize("centre", ["sqlite_centre", "postgresql_centre"])
def test_any_payload_is_answered_per_operation_and_never_fails_the_batch(request, centre):
    served: Served = request.getfixturevalue(centre)
    http = httpx.Client(base_url=served.central.address, timeout=30)
    headers = {"Authorization": f"Bearer {served.token}"}

    @settings(FUZZ, max_examples=EXAMPLES)
    @given(ops=mangled_batches())
    def run(ops: list[dict[str, Any]]) -> None:
        response = http.post(PUSH, json=push_body("BST", uid(), ops), headers=headers)
        assert response.status_code == 200, response.text
        results = response.json()["results"]
        assert [r["id"] for r in results] == [o["id"] for o in ops]
        for result in results[4:]:
            SEEN[f"mangled {centre.split('_')[0]} {result['state']} {result['code']}"] += 1

    with http:
        run()


def test_report_figures():
    """Not a check: prints what the fuzzing did (pytest -s), for the record."""
    print("\nfuzz answers:", dict(sorted(SEEN.items())), "total", sum(SEEN.values()))
