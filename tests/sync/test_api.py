"""The central server's HTTP API against a real server on a loopback socket: who may call it,
what it does with bad input, and that a refused request changes nothing (DESIGN §6, §10)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from support.centrals import Central
from uuid6 import uuid7

from branchdesk.central import schema as t
from branchdesk.central.branches import revoke
from branchdesk.sync.protocol import MAX_BODY_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION

PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"
# What a refused request must leave exactly as it was.
WATCHED = (
    t.applied_op,
    t.loan,
    t.reader,
    t.item,
    t.record,
    t.change,
    t.conflict,
    t.device,
    t.counter,
    t.branch_table,
)


def snapshot(central: Central, tables: tuple[Any, ...] = WATCHED) -> dict[str, list[str]]:
    """Every row of the watched central tables, comparable across calls."""
    with central.engine.connect() as conn:
        return {
            table.name: sorted(repr(tuple(row)) for row in conn.execute(select(table)))
            for table in tables
        }


def uid() -> str:
    return str(uuid7())


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def op(kind: str, seq: int, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": uid(),
        "seq": seq,
        "kind": kind,
        "by": "admin",
        "at": now_text(),
        "v": 1,
        "p": payload,
    }


def push_body(branch: str, device: str, ops: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "protocol": PROTOCOL_VERSION,
        "branch": branch,
        "device": device,
        "sent_at": now_text(),
        "waiting": 0,
        "ops": ops,
    }


class Stock:
    """The operations that put one copy and one reader of a branch at the centre."""

    def __init__(self, branch: str, barcode: str, card: str) -> None:
        self.branch = branch
        self.record, self.item, self.reader = uid(), uid(), uid()
        today = datetime.now(UTC).date().isoformat()
        self.ops = [
            op(
                "add_record",
                1,
                {
                    "record": self.record,
                    "title": "Абай жолы",
                    "authors": "Әуезов М.",
                    "language": "kk",
                },
            ),
            op(
                "add_item",
                2,
                {
                    "item": self.item,
                    "record": self.record,
                    "barcode": barcode,
                    "home_branch": branch,
                },
            ),
            op(
                "register_reader",
                3,
                {
                    "reader": self.reader,
                    "card": card,
                    "surname": "Құнанбаев",
                    "name": "Абай",
                    "category": "other",
                    "birth_date": "1990-05-17",
                    "registered_on": today,
                    "home_branch": branch,
                },
            ),
        ]

    def lend(self, seq: int, **changed: Any) -> dict[str, Any]:
        payload = {
            "loan": uid(),
            "item": self.item,
            "reader": self.reader,
            "lent_at": now_text(),
            "due_on": "2099-01-15",
            "overrides": [],
        }
        payload.update(changed)
        return op("lend", seq, payload)


class Api:
    """httpx on the running server, with one branch's token unless told otherwise."""

    def __init__(self, central: Central, token: str | None) -> None:
        self.http = httpx.Client(base_url=central.address, timeout=30)
        self.token = token

    def headers(self, token: str | None = None, **extra: str) -> dict[str, str]:
        token = token if token is not None else self.token
        found = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), **extra}
        if token:
            found["Authorization"] = f"Bearer {token}"
        return found

    def push(self, body: Any, token: str | None = None, **headers: str) -> httpx.Response:
        return self.http.post(PUSH, json=body, headers=self.headers(token, **headers))

    def push_raw(self, content: bytes, token: str | None = None, **headers: str) -> httpx.Response:
        headers.setdefault("Content-Type", "application/json")
        return self.http.post(PUSH, content=content, headers=self.headers(token, **headers))

    def pull(self, token: str | None = None, **params: Any) -> httpx.Response:
        return self.http.get(PULL, params=params, headers=self.headers(token))


@pytest.fixture
def api(central: Central) -> Iterator[Api]:
    client = Api(central, central.add_branch("BST"))
    central.add_branch("SHT")
    yield client
    client.http.close()


def assert_error(response: httpx.Response, status: int, error: str | None = None) -> dict[str, Any]:
    """A 4xx with the documented JSON body {error, message, detail}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "message", "detail"}
    assert isinstance(body["message"], str)
    assert body["message"]
    if error is not None:
        assert body["error"] == error
    return body


def stocked(api: Api, central: Central, branch: str = "BST") -> Stock:
    """A branch's first batch, applied: one record, one copy, one reader."""
    stock = Stock(branch, "40000001" if branch == "BST" else "50000001", f"{branch}-000001")
    answer = api.push(push_body(branch, uid(), stock.ops), token=central.tokens[branch])
    assert answer.status_code == 200, answer.text
    assert [r["state"] for r in answer.json()["results"]] == ["applied"] * 3
    return stock


# --- the contract --------------------------------------------------------------------


def test_openapi_document_is_served_and_names_every_endpoint(api):
    response = api.http.get("/openapi.json")
    assert response.status_code == 200
    doc = response.json()
    paths = doc["paths"]
    assert "get" in paths["/api/v1/health"]
    assert "post" in paths[PUSH]
    assert "get" in paths[PULL]
    assert "get" in paths["/api/v1/branches"]
    assert "get" in paths["/api/v1/conflicts"]
    push = paths[PUSH]["post"]
    assert push["security"] == [{"HTTPBearer": []}]
    for status in ("200", "401", "403", "413", "415", "422", "426", "503"):
        assert status in push["responses"]
    assert doc["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert "security" not in paths["/api/v1/health"]["get"]


def test_health_needs_no_token(api):
    response = api.http.get("/api/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["protocol"] == PROTOCOL_VERSION
    assert datetime.fromisoformat(body["server_time"]).utcoffset() == timedelta(0)


# --- who may call ----------------------------------------------------------------------


def _calls() -> list[tuple[str, str, dict[str, Any]]]:
    body = push_body("BST", uid(), [])
    return [
        ("POST", PUSH, {"json": body}),
        ("POST", PUSH, {"content": b"{not json", "headers": {"Content-Type": "application/json"}}),
        ("POST", PUSH, {"content": b'"\xff"', "headers": {"Content-Type": "application/json"}}),
        ("GET", PULL, {}),
        ("GET", "/api/v1/branches", {}),
        ("GET", "/api/v1/conflicts", {}),
    ]


def test_every_endpoint_but_health_refuses_a_missing_or_wrong_token(api, central):
    stocked(api, central)
    before = snapshot(central)
    wrong = [
        ({}, "token_required"),
        ({"Authorization": "Bearer not-a-token"}, "token_invalid"),
        ({"Authorization": "Bearer " + "x" * 5000}, "token_invalid"),
        ({"Authorization": b"Bearer \xea\xeb\xfe\xf7"}, "token_invalid"),
        ({"Authorization": f"Basic {central.tokens['BST']}"}, "token_required"),
        ({"Authorization": central.tokens["BST"]}, "token_required"),
    ]
    for method, path, kwargs in _calls():
        for headers, error in wrong:
            sent = {**kwargs.get("headers", {}), **headers}
            response = api.http.request(method, path, **{**kwargs, "headers": sent})
            body = assert_error(response, 401, error)
            assert response.headers["www-authenticate"] == "Bearer", (method, path, body)
    assert snapshot(central) == before


def test_a_revoked_token_stops_at_once(api, central):
    stocked(api, central)
    assert api.pull().status_code == 200
    before = snapshot(central)
    revoke(central.engine, "BST")
    assert_error(api.pull(), 401, "token_invalid")
    assert_error(api.push(push_body("BST", uid(), [])), 401, "token_invalid")
    assert_error(api.http.get("/api/v1/branches", headers=api.headers()), 401, "token_invalid")
    after = snapshot(central)
    # Only the revocation itself changed the branch row.
    assert {k: v for k, v in after.items() if k != "branch"} == {
        k: v for k, v in before.items() if k != "branch"
    }
    assert api.pull(token=central.tokens["SHT"]).status_code == 200  # the others go on


def test_a_branch_pushes_only_its_own_operations_from_its_own_devices(api, central):
    stock = stocked(api, central)
    before = snapshot(central)
    # Shantobe's token, Bestobe's operations.
    answer = api.push(push_body("BST", uid(), [stock.lend(1)]), token=central.tokens["SHT"])
    assert_error(answer, 403, "other_branch")
    assert_error(
        api.push(push_body("bst", uid(), [stock.lend(1)]), token=central.tokens["SHT"]),
        403,
        "other_branch",
    )
    # A device Bestobe already used, claimed by Shantobe.
    with central.engine.connect() as conn:
        device = conn.execute(select(t.device.c.device_id)).scalar_one()
    sht = Stock("SHT", "50000001", "SHT-000001")
    answer = api.push(push_body("SHT", device, sht.ops), token=central.tokens["SHT"])
    assert_error(answer, 403, "device_of_other_branch")
    assert snapshot(central) == before


# --- bad input ---------------------------------------------------------------------------


def _bad_bodies() -> list[tuple[str, bytes]]:
    good = push_body("BST", uid(), [op("record_visit", 1, {"visit": uid(), "day": "2026-11-17"})])

    def edited(change: Any) -> bytes:
        body = json.loads(json.dumps(good))
        change(body)
        return json.dumps(body).encode()

    def set_op(key: str, value: Any) -> Any:
        return lambda b: b["ops"][0].__setitem__(key, value)

    deep = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    return [
        ("malformed JSON", b'{"protocol": 1, "branch": '),
        ("not UTF-8", b'{"protocol": 1, "branch": "\xff\xfe"}'),
        ("empty body", b""),
        ("a JSON array", b"[]"),
        ("a JSON string", b'"push"'),
        ("null", b"null"),
        ("protocol is text", edited(lambda b: b.__setitem__("protocol", "one"))),
        ("ops is an object", edited(lambda b: b.__setitem__("ops", {"a": 1}))),
        ("no device", edited(lambda b: b.pop("device"))),
        ("no ops", edited(lambda b: b.pop("ops"))),
        ("no sent_at", edited(lambda b: b.pop("sent_at"))),
        ("device not a uuid", edited(lambda b: b.__setitem__("device", "../../etc/passwd"))),
        ("branch too long", edited(lambda b: b.__setitem__("branch", "BESTOBE"))),
        ("sent_at not a time", edited(lambda b: b.__setitem__("sent_at", "yesterday"))),
        ("waiting negative", edited(lambda b: b.__setitem__("waiting", -1))),
        ("an unknown field", edited(lambda b: b.__setitem__("admin", True))),
        ("unknown operation kind", edited(set_op("kind", "drop_table"))),
        ("seq is text", edited(set_op("seq", "first"))),
        ("seq zero", edited(set_op("seq", 0))),
        ("seq too big", edited(set_op("seq", 2**70))),
        ("op id not a uuid", edited(set_op("id", "1; DROP TABLE loan"))),
        ("payload is a list", edited(set_op("p", [1, 2]))),
        ("operator empty", edited(set_op("by", ""))),
        ("op without a kind", edited(lambda b: b["ops"][0].pop("kind"))),
        ("op without a payload", edited(lambda b: b["ops"][0].pop("p"))),
        ("too many ops", edited(lambda b: b.__setitem__("ops", b["ops"] * 5001))),
        ("deeply nested payload", edited(set_op("p", "NEST")).replace(b'"NEST"', deep)),
    ]


def test_bodies_that_are_not_a_push_get_422_and_change_nothing(api, central):
    stocked(api, central)
    before = snapshot(central)
    for name, content in _bad_bodies():
        response = api.push_raw(content)
        body = assert_error(response, 422, "invalid_request")
        assert isinstance(body["detail"], list), name
        assert body["detail"], name
        assert {"type", "loc", "msg"} <= set(body["detail"][0]), name
    assert snapshot(central) == before


def test_bad_query_parameters_get_422(api, central):
    stocked(api, central)
    before = snapshot(central)
    for params in (
        {"cursor": -1},
        {"cursor": "x"},
        {"limit": 0},
        {"limit": 10**9},
        {"cursor": 2**70},
    ):
        assert_error(api.pull(**params), 422, "invalid_request")
    response = api.http.get("/api/v1/conflicts", params={"state": "x"}, headers=api.headers())
    assert_error(response, 422, "invalid_request")
    assert snapshot(central) == before


def test_bodies_too_big_are_refused_before_they_are_read_whole(api, central):
    stocked(api, central)
    before = snapshot(central)
    plain = b'{"pad":"' + b"a" * MAX_BODY_BYTES + b'"}'
    body = assert_error(api.push_raw(plain), 413, "body_too_large")
    assert body["detail"] == {"limit": MAX_BODY_BYTES}
    # A gzip bomb: a few kilobytes that inflate past the limit.
    bomb = gzip.compress(b" " * (MAX_BODY_BYTES + 1), compresslevel=9)
    assert len(bomb) < 64 * 1024
    assert_error(api.push_raw(bomb, **{"Content-Encoding": "gzip"}), 413, "body_too_large")
    # Without a token too: the size is checked first.
    assert_error(api.push_raw(bomb, token="", **{"Content-Encoding": "gzip"}), 413)
    assert snapshot(central) == before


def test_damaged_gzip_and_unknown_encodings(api, central):
    stocked(api, central)
    before = snapshot(central)
    whole = gzip.compress(json.dumps(push_body("BST", uid(), [])).encode())
    for damaged in (
        b"\x1f\x8b\x08\x00garbage",
        whole[: len(whole) // 2],
        b"plain text",
        whole + b"x",
    ):
        assert_error(api.push_raw(damaged, **{"Content-Encoding": "gzip"}), 400, "bad_gzip")
    for encoding in ("br", "deflate", "compress", "gzip, gzip"):
        response = api.push_raw(b"{}", **{"Content-Encoding": encoding})
        assert_error(response, 415, "unsupported_encoding")
    assert snapshot(central) == before


def test_an_old_or_unknown_protocol_is_told_to_upgrade(api, central):
    stock = stocked(api, central)
    before = snapshot(central)
    for version in ("0", "2", "999"):
        for response in (
            api.http.get(PULL, headers={**api.headers(), PROTOCOL_HEADER: version}),
            api.push(push_body("BST", uid(), [stock.lend(1)]), **{PROTOCOL_HEADER: version}),
        ):
            body = assert_error(response, 426, "upgrade_required")
            assert body["detail"]["server"] == PROTOCOL_VERSION
    newer = {**push_body("BST", uid(), [stock.lend(1)]), "protocol": PROTOCOL_VERSION + 1}
    assert_error(api.push(newer), 426, "upgrade_required")
    garbled = api.http.get(PULL, headers={**api.headers(), PROTOCOL_HEADER: "x"})
    assert_error(garbled, 422, "invalid_request")
    assert snapshot(central) == before


# --- exactly once and one bad operation --------------------------------------------------


def test_a_replayed_batch_is_answered_duplicate_and_changes_nothing(api, central):
    stock = Stock("BST", "40000001", "BST-000001")
    body = push_body("BST", uid(), [*stock.ops, stock.lend(4)])
    content = gzip.compress(json.dumps(body).encode())
    first = api.push_raw(content, **{"Content-Encoding": "gzip"})
    assert first.status_code == 200, first.text
    assert [r["state"] for r in first.json()["results"]] == ["applied"] * 4
    tables = tuple(table for table in WATCHED if table is not t.branch_table)
    before = snapshot(central, tables)
    assert len(before["applied_op"]) == 4
    assert len(before["loan"]) == 1

    again = api.push_raw(content, **{"Content-Encoding": "gzip"})
    assert again.status_code == 200, again.text
    results = again.json()["results"]
    assert [r["id"] for r in results] == [o["id"] for o in body["ops"]]
    assert [r["state"] for r in results] == ["duplicate"] * 4
    assert all(r["detail"] == {"was": "applied"} for r in results)
    assert again.json()["stopped"] is None
    assert snapshot(central, tables) == before
    # Plain JSON is the same request as far as the centre cares.
    assert [r["state"] for r in api.push(body).json()["results"]] == ["duplicate"] * 4
    assert snapshot(central, tables) == before


def test_a_bad_operation_is_rejected_alone_and_the_others_apply(api, central):
    stock = Stock("BST", "40000001", "BST-000001")
    unknown_item = stock.lend(4, item=uid())
    wrong_type = stock.lend(5, due_on=15)
    missing = stock.lend(6)
    del missing["p"]["lent_at"]
    good = stock.lend(7)
    body = push_body("BST", uid(), [*stock.ops, unknown_item, wrong_type, missing, good])
    answer = api.push(body)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [(r["state"], r["code"]) for r in results] == [
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("rejected", "unknown_item"),
        ("rejected", "bad_payload"),
        ("rejected", "bad_payload"),
        ("applied", None),
    ]
    assert results[4]["detail"] == {"key": "due_on"}
    assert results[5]["detail"] == {"key": "lent_at"}
    rejected = {unknown_item["id"], wrong_type["id"], missing["id"]}
    with central.engine.connect() as conn:
        loans = conn.execute(select(t.loan.c.uuid, t.loan.c.item_uuid)).all()
        states = dict(conn.execute(select(t.applied_op.c.op_id, t.applied_op.c.state)).all())
        origins = set(conn.execute(select(t.change.c.origin_op)).scalars())
        conflicts = conn.execute(select(t.conflict.c.uuid)).all()
        item_status = conn.execute(select(t.item.c.status)).scalar_one()
    assert loans == [(good["p"]["loan"], stock.item)]
    assert len(states) == 7  # a refused operation is processed too: the device is not blocked
    assert {k for k, v in states.items() if v == "rejected"} == rejected
    assert not origins & rejected  # nothing in the feed comes from a refused operation
    assert conflicts == []
    assert item_status == "on_loan"
    # The next batch of the device goes on after the refused ones.
    follow = push_body(
        "BST",
        body["device"],
        [op("record_visit", 8, {"visit": uid(), "day": "2026-11-17", "kind": "loan_desk"})],
    )
    assert [r["state"] for r in api.push(follow).json()["results"]] == ["applied"]


def test_data_the_database_refuses_rejects_that_operation_only(api, central):
    """Two readers with one card number: the centre's unique card makes the bulk write fail,
    and the batch is replayed one operation at a time."""
    stock = stocked(api, central)
    clash = op(
        "register_reader",
        1,
        {**stock.ops[2]["p"], "reader": uid()},
    )
    visit = op("record_visit", 2, {"visit": uid(), "day": "2026-11-17", "kind": "loan_desk"})
    answer = api.push(push_body("BST", uid(), [clash, visit]))
    assert answer.status_code == 200, answer.text
    assert [(r["state"], r["code"]) for r in answer.json()["results"]] == [
        ("rejected", "conflicting_data"),
        ("applied", None),
    ]
    with central.engine.connect() as conn:
        assert conn.execute(select(t.reader.c.uuid)).scalars().all() == [stock.reader]


def test_values_past_the_calendar_or_the_columns_reject_their_operation_only(api, central):
    """Found by fuzzing: on PostgreSQL these were 503 "try again" for ever (the branch's
    journal stuck) and a year-9999 clock was a 500."""
    stock = stocked(api, central)
    reader = stock.ops[2]["p"]
    nul_operator = op("record_visit", 1, {"visit": uid(), "day": "2026-11-17", "kind": "x"})
    nul_operator["by"] = "ad\x00min"
    far_future = op("record_visit", 2, {"visit": uid(), "day": "2026-11-17", "kind": "x"})
    far_future["at"] = "9999-12-31T23:59:59-05:00"
    bad = [
        (nul_operator, "by"),
        (far_future, "at"),
        (stock.lend(3, lent_at="0001-01-01T00:00:00+05:00"), "lent_at"),
        (
            op(
                "register_reader",
                4,
                {**reader, "reader": uid(), "card": "BST-2", "surname": "Қ" * 101},
            ),
            "surname",
        ),
        (
            op("register_reader", 5, {**reader, "reader": uid(), "card": "BST-3", "iin": "1" * 13}),
            "iin",
        ),
        (
            op("register_reader", 6, {**reader, "reader": uid(), "card": "BST-4", "name": "A\x00"}),
            "name",
        ),
        (stock.lend(7, item=stock.item + "\x00"), "item"),  # looked up before any handler runs
    ]
    visit = op("record_visit", 8, {"visit": uid(), "day": "2026-11-17", "kind": "loan_desk"})
    answer = api.push(push_body("BST", uid(), [o for o, _ in bad] + [visit]))
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [(r["state"], r["code"], r["detail"]) for r in results] == [
        *(("rejected", "bad_payload", {"key": key}) for _, key in bad),
        ("applied", None, None),
    ]
    with central.engine.connect() as conn:
        assert conn.execute(select(t.reader.c.uuid)).scalars().all() == [stock.reader]
        operators = set(conn.execute(select(t.applied_op.c.operator)).scalars())
    assert "ad\ufffdmin" in operators  # the refused operation is on record all the same

    # A PC clock off the calendar: the whole batch is malformed (nothing can be measured).
    before = snapshot(central)
    broken = {**push_body("BST", uid(), [visit]), "sent_at": "0001-01-01T00:00:00+05:00"}
    body = assert_error(api.push(broken), 422, "invalid_request")
    assert body["detail"][0]["loc"] == ["body", "sent_at"]
    assert snapshot(central) == before


# --- pull: what is meant for the caller -------------------------------------------------


def _pull_all(api: Api, token: str) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    cursor, more = 0, True
    while more:
        response = api.pull(token=token, cursor=cursor, limit=2)
        assert response.status_code == 200, response.text
        page = response.json()
        assert not page["reset"]
        changes += page["changes"]
        cursor, more = page["cursor"], page["more"]
    return changes


def test_pull_brings_the_callers_copies_and_every_branchs_readers(api, central):
    bst = stocked(api, central, "BST")
    sht = stocked(api, central, "SHT")
    for code, own, other in (("BST", bst, sht), ("SHT", sht, bst)):
        changes = _pull_all(api, central.tokens[code])
        seqs = [c["seq"] for c in changes]
        assert seqs == sorted(set(seqs))
        by_entity: dict[str, set[str]] = {}
        for change in changes:
            by_entity.setdefault(change["entity"], set()).add(change["uuid"])
        assert by_entity["item"] == {own.item}
        assert by_entity["record"] == {own.record}
        assert by_entity["reader"] == {own.reader, other.reader}
        assert all(c["data"]["home_branch"] == code for c in changes if c["entity"] == "item")
    top = api.pull(cursor=10**9)
    assert top.status_code == 200
    assert top.json()["reset"] is True
    assert top.json()["cursor"] == 0


def test_staff_views_answer_with_a_token(api, central):
    stocked(api, central)
    response = api.http.get("/api/v1/branches", headers=api.headers())
    assert response.status_code == 200
    branches = {b["code"]: b for b in response.json()}
    assert set(branches) == {"BST", "SHT"}
    last_push = datetime.fromisoformat(branches["BST"]["last_push_at"])
    assert last_push.utcoffset() == timedelta(0)  # RFC 3339 date-time: with its offset
    assert branches["SHT"]["last_push_at"] is None
    for state in (None, "open", "resolved"):
        params = {} if state is None else {"state": state}
        response = api.http.get("/api/v1/conflicts", params=params, headers=api.headers())
        assert response.status_code == 200
        assert response.json() == []
