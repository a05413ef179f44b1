"""The central server's HTTP API under /api/v1 (DESIGN §6): FastAPI over the central store.

Every endpoint but health needs a branch's bearer token. A request a branch may not make,
a body that is not what the OpenAPI document says, or one too big: a 4xx with a JSON body
{"error", "message", "detail"} and nothing changed. A database that fails for a moment: 503
with Retry-After, and the branch tries again later.
"""

# No `from __future__ import annotations`: FastAPI reads the endpoints' annotations, and
# those name dependencies defined inside create_app.
import json
import tempfile
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import BackgroundTasks, Depends, FastAPI, Header, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, update
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from branchdesk.central import schema as t
from branchdesk.central.branches import Caller, branch_views, caller
from branchdesk.central.collector import collector_paused
from branchdesk.central.conflicts import conflict_views
from branchdesk.central.feed import counter_value, page, remaining, same_change
from branchdesk.central.push import Refused, Transient, answer_text, apply_push
from branchdesk.central.reports import make_central_report
from branchdesk.central.store import checkpoint, checkpoint_due
from branchdesk.central.wire import aware, now_utc, utc, wire_row, wire_value
from branchdesk.errors import InvalidInput
from branchdesk.messages import describe
from branchdesk.sync.protocol import (
    MAX_BODY_BYTES,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PAGE,
    BranchView,
    ConflictView,
    ErrorBody,
    Health,
    PullAnswer,
    PushAnswer,
    PushRequest,
)

_PDF = "application/pdf"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ApiError(Exception):
    def __init__(self, status: int, error: str, message: str, detail: Any = None) -> None:
        super().__init__(error)
        self.status, self.error, self.message, self.detail = status, error, message, detail


def _error(
    status: int, error: str, message: str, detail: Any = None, **headers: str
) -> JSONResponse:
    body = ErrorBody(error=error, message=message, detail=jsonable_encoder(detail))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers or None)


class BodyLimit:
    """Reads the request body up to a limit and undoes gzip Content-Encoding, so that the
    endpoints see plain JSON and a huge or malformed body never reaches the parser."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip"):
            await _error(415, "unsupported_encoding", "Send JSON, plain or gzip.")(
                scope, receive, send
            )
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _too_big(self.limit)(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if encoding == "gzip":
            try:
                inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
                body = inflater.decompress(body, self.limit + 1)
                if len(body) > self.limit or inflater.unconsumed_tail:
                    await _too_big(self.limit)(scope, receive, send)
                    return
                if not inflater.eof or inflater.unused_data:
                    # Cut short, or bytes after the end (which would be silently dropped).
                    raise zlib.error("truncated or trailing data")
            except zlib.error:
                await _error(400, "bad_gzip", "The gzip body is damaged.")(scope, receive, send)
                return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class PausedCollector:
    """Pushes run with the cyclic garbage collector paused (see `collector`)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == "/api/v1/sync/push":
            with collector_paused():
                await self.app(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _invalid(errors: list[dict[str, Any]]) -> JSONResponse:
    return _error(422, "invalid_request", "The request does not match the API.", errors)


def _too_big(limit: int) -> JSONResponse:
    return _error(413, "body_too_large", f"The body is over {limit} bytes.", {"limit": limit})


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(
        title="branchdesk central",
        version=str(PROTOCOL_VERSION),
        description="The central library server of branchdesk: sync for the branches and "
        "read views for central staff. Every endpoint but health needs a branch token "
        "(Authorization: Bearer ...).",
    )
    # Level 6, as the branch compresses its pushes: an answer of 1,000 results takes half
    # the time of level 9 (0.9 ms against 1.9) and grows by 1 % (17.0 kB against 16.9).
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=6)
    app.add_middleware(BodyLimit)
    app.add_middleware(PausedCollector)
    bearer = HTTPBearer(auto_error=False)
    responses: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorBody} for code in (400, 401, 403, 413, 415, 422, 426, 503)
    }

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        extra = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        if exc.status == 503:
            extra["Retry-After"] = "5"
        return _error(exc.status, exc.error, exc.message, exc.detail, **extra)

    async def refused(request: Request) -> JSONResponse | None:
        """FastAPI parses a JSON body before the token is checked: the token still comes
        first, so a caller without one learns nothing about what the API accepts."""
        try:
            await run_in_threadpool(authorised, await bearer(request))
        except ApiError as exc:
            return await api_error(request, exc)
        return None

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{k: e.get(k) for k in ("type", "loc", "msg")} for e in exc.errors()]
        return await refused(request) or _invalid(errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and request.method == "POST":
            # A body JSON cannot read at all (not UTF-8, nested past the parser's depth).
            error = {"type": "json_invalid", "loc": ["body"], "msg": str(exc.detail)}
            return await refused(request) or _invalid([error])
        return _error(exc.status_code, "http_error", str(exc.detail))

    def authorised(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Caller:
        if credentials is None:
            raise ApiError(
                401, "token_required", "Send the branch token: Authorization: Bearer ..."
            )
        found = caller(engine, credentials.credentials)
        if found is None:
            raise ApiError(401, "token_invalid", "The branch token is wrong or was revoked.")
        return found

    def protocol(
        version: Annotated[int | None, Header(alias=PROTOCOL_HEADER, ge=0, le=10**6)] = None,
    ) -> int:
        if version is not None and not MIN_PROTOCOL_VERSION <= version <= PROTOCOL_VERSION:
            raise ApiError(
                426,
                "upgrade_required",
                "This branchdesk speaks another sync protocol; update it.",
                {"server": PROTOCOL_VERSION, "min": MIN_PROTOCOL_VERSION, "client": version},
            )
        return version or PROTOCOL_VERSION

    Authorised = Annotated[Caller, Depends(authorised)]

    @app.get("/api/v1/health", response_model=Health, tags=["sync"])
    def health() -> Health:
        return Health(
            status="ok",
            protocol=PROTOCOL_VERSION,
            min_protocol=MIN_PROTOCOL_VERSION,
            server_time=aware(now_utc()),
        )

    @app.post("/api/v1/sync/push", response_model=PushAnswer, responses=responses, tags=["sync"])
    def push(
        body: PushRequest,
        who: Authorised,
        _v: Annotated[int, Depends(protocol)],
        after: BackgroundTasks,
    ) -> Response:
        """Apply the branch's operations, in order, exactly once; one result per operation."""
        if body.protocol < MIN_PROTOCOL_VERSION or body.protocol > PROTOCOL_VERSION:
            protocol(body.protocol)
        if body.branch.upper() != who.branch:
            raise ApiError(403, "other_branch", "A branch can push only its own operations.")
        try:
            utc(body.sent_at)  # the clock offset is measured from it
        except OverflowError:
            error = {"type": "datetime_range", "loc": ["body", "sent_at"], "msg": "Not a moment"}
            raise ApiError(
                422, "invalid_request", "The request does not match the API.", [error]
            ) from None
        try:
            outcome = apply_push(engine, who.branch, body)
        except Refused as exc:
            raise ApiError(403, exc.code, "This device belongs to another branch.") from exc
        except Transient as exc:
            raise ApiError(
                503, "try_again", "The central database is busy; try again.", str(exc)
            ) from exc
        if checkpoint_due(engine, body.waiting):
            after.add_task(checkpoint, engine)  # once the branch has its answer
        return Response(answer_text(outcome, now_utc()), media_type="application/json")

    @app.get("/api/v1/sync/pull", response_model=PullAnswer, responses=responses, tags=["sync"])
    def pull(
        who: Authorised,
        _v: Annotated[int, Depends(protocol)],
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=10_000)] = PULL_PAGE,
        check: Annotated[str | None, Query(max_length=80)] = None,
    ) -> Response:
        """Changes meant for this branch after `cursor`, in commit order. `check` is
        "entity:uuid" of the change at `cursor` as the branch received it: a centre restored
        from a backup has another change there (or none) and answers `reset`."""
        now = now_utc()
        with engine.begin() as conn:
            top = counter_value(conn, "change_seq")
            floor = counter_value(conn, "feed_floor")
            if cursor and check is not None and not same_change(conn, cursor, check):
                floor = cursor + 1
            conn.execute(
                update(t.branch_table)
                .where(t.branch_table.c.code == who.branch)
                .values(last_pull_at=now)
            )
        head = {"protocol": PROTOCOL_VERSION, "branch": who.branch, "server_time": wire_value(now)}
        if cursor > top or 0 < cursor < floor:
            body = {**head, "reset": True, "changes": [], "cursor": 0, "more": True, "total": None}
            return Response(json.dumps(body), media_type="application/json")
        with engine.connect() as conn:
            texts, next_cursor, more = page(conn, who.branch, cursor, limit)
            total = remaining(conn, who.branch, cursor) if cursor == 0 and more else None
        text = (
            f'{{"protocol":{PROTOCOL_VERSION},"branch":"{who.branch}",'
            f'"server_time":"{head["server_time"]}",'
            f'"reset":false,"cursor":{next_cursor},"more":{"true" if more else "false"},'
            f'"total":{"null" if total is None else total},"changes":[{",".join(texts)}]}}'
        )
        return Response(text, media_type="application/json")

    @app.get(
        "/api/v1/branches", response_model=list[BranchView], responses=responses, tags=["centre"]
    )
    def branches(_: Authorised) -> list[dict[str, object]]:
        """Every branch with its last contact, operations waiting and PC clock offset."""
        # Times with their UTC offset, as RFC 3339 and the OpenAPI date-time say.
        return [wire_row(view) for view in branch_views(engine)]

    @app.get(
        "/api/v1/conflicts", response_model=list[ConflictView], responses=responses, tags=["centre"]
    )
    def conflicts(
        who: Authorised,
        state: Annotated[str | None, Query(pattern="^(open|resolved)$")] = None,
    ) -> list[dict[str, object]]:
        """Conflicts that concern the calling branch, newest first."""
        return [wire_row(view) for view in conflict_views(engine, branch=who.branch, state=state)]

    @app.get(
        "/api/v1/reports/{name}",
        response_class=Response,
        responses={
            **responses,
            200: {"content": {_PDF: {}, _XLSX: {}}, "description": "The report's file"},
            400: {"model": ErrorBody, "description": "A period or branch that is not one"},
        },
        tags=["centre"],
    )
    def report(
        _: Authorised,
        name: Literal["diary", "summary"],
        period: Annotated[
            str, Query(min_length=4, max_length=10, description="2026-11, 2026-Q4, 2026")
        ],
        format: Annotated[Literal["pdf", "xlsx"], Query()] = "pdf",
        lang: Annotated[Literal["kk", "kk-latn", "ru", "en"], Query()] = "kk",
        branch: Annotated[str | None, Query(pattern="^[A-Za-z0-9]{1,5}$")] = None,
    ) -> Response:
        """The library work diary or the summary for a period, of every branch together or of
        one (`branch`), counted from what the branches have pushed; as PDF or XLSX."""
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / f"{name}-{period}.{format}"
            try:
                make_central_report(engine, name, period, out, lang, branch=branch)
            except InvalidInput as exc:
                raise ApiError(400, exc.code, describe(exc.code, exc.params, "en")) from exc
            data = out.read_bytes()
        return Response(
            data,
            media_type=_PDF if format == "pdf" else _XLSX,
            headers={"Content-Disposition": f'attachment; filename="{out.name}"'},
        )

    return app
